"""General extraction rules, each on sentences written for it (other wordings, other countries than
the dev corpus): cities as places, orders to leave, first-person voices, agent nouns, mutual
commitments, and which relations may take the article date."""
import pytest

from pluripolar.text import Extractor
from pluripolar.text.merge import reported_as_news


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def keys(text, ex, date="2024-05-10"):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date=date)}


@pytest.mark.parametrize("text, expected", [
    ("Leaders held talks at a summit in Osaka involving Indonesian President Joko Widodo.", ("IDN", "visit", "JPN")),
    ("The Kenyan foreign minister arrived in Lagos for talks.", ("KEN", "visit", "NGA")),
    ("Hungarian Prime Minister Viktor Orban, a key supporter of Israel, arrived in Karachi.", ("HUN", "visit", "PAK")),
])
def test_rules_a_city_is_the_place_of_a_visit(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_city_never_acts_for_its_state(ex):
    assert not keys("Mumbai condemned Pakistan and Karachi praised Iran.", ex)


@pytest.mark.parametrize("text, expected", [
    ("Chad gave the German ambassador 48 hours to leave the country.", ("TCD", "expulsion", "DEU")),
    ("The government of Mali ordered the Swedish envoy to leave within 72 hours.", ("MLI", "expulsion", "SWE")),
    ("Peru declared the Mexican ambassador persona non grata on Tuesday.", ("PER", "expulsion", "MEX")),
    ("The Dutch ambassador to Turkey, Jan Smit, has been ordered to leave the country.", ("TUR", "expulsion", "NLD")),
    ("Britain's ambassador to Iran was given a week to leave.", ("IRN", "expulsion", "GBR")),
])
def test_rules_a_diplomat_ordered_to_leave_is_expelled(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_a_diplomat_not_ordered_out_is_no_expulsion(ex):
    found = keys("Turkey summoned the Dutch ambassador. The Spanish envoy to Chile said he would leave.", ex)
    assert not {k for k in found if k[1] == "expulsion"}


def test_rules_we_is_the_organisation_named_as_the_speaker(ex):
    text = ("From the African Union, we welcome the talks.\n"
            "We firmly reject the aggressive policy of Rwanda.")
    assert ("AU", "criticism", "RWA") in keys(text, ex)
    assert not keys("We condemn the United States.", ex)  # no speaker named: no subject


@pytest.mark.parametrize("text, expected", [
    ("Hungarian Prime Minister Viktor Orban, a key supporter of Israel, spoke.", ("HUN", "support", "ISR")),
    ("Iran is the main sponsor of the Syrian government.", ("IRN", "support", "SYR")),
    ("Cuba applauded Mexico's decision.", ("CUB", "support", "MEX")),
])
def test_rules_agent_nouns_and_praise_verbs_are_support(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Australia and its allies, especially New Zealand, sent ships.", ("AUS", "alliance", "NZL")),
    ("Brazil and Chile agreed to mutually provide military assistance in case of attack.", ("BRA", "alliance", "CHL")),
    ("Kenya and Ethiopia signed a pact pledging mutual aid in the event of aggression.", ("ETH", "alliance", "KEN")),
])
def test_rules_mutual_assistance_and_allies_are_alliances(ex, text, expected):
    assert expected in keys(text, ex)


def test_rules_one_sided_aid_stays_aid(ex):
    assert keys("Japan provided aid to Kenya.", ex) == {("JPN", "aid", "KEN")}


def test_rules_only_events_take_the_article_date(ex):
    rels = {r.predicate: r for r in ex.extract(
        "Ghana and Togo signed a trade agreement. Ghana is a member of the African Union.",
        doc_id="t", date="2024-05-10")}
    assert rels["agreement"].date == "2024-05-10" and rels["agreement"].attrs["date_inferred"] is True
    assert rels["membership"].date is None
    assert reported_as_news("sanction", "lifted") and reported_as_news("visit", None)
    assert not reported_as_news("diplomatic_relations", "maintained") and not reported_as_news("claim", None)


def test_rules_a_day_before_a_duration_word_is_still_that_day():
    from datetime import date

    from pluripolar.text.dates import resolve

    assert resolve("February 22 a day", date(2022, 3, 8)) == "2022-02-22"
    assert resolve("(35)", date(2022, 3, 8)) is None


def test_rules_only_verbs_of_object_control_lend_their_object_as_subject(ex):
    assert ("JPN", "sanction", "IRN") in keys("The US pushed Japan to impose sanctions on Iran.", ex)
    found = keys("India will use Mauritius to support naval patrols.", ex)
    assert not {k for k in found if k[1] == "support"}
