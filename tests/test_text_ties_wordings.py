"""Wordings of ties, deals and cooperation that news uses beyond the plain verbs: diplomatic allies,
help to build, joint declarations (sentences written for the test unless marked as from a corpus)."""
import pytest

from .conftest import found, of


@pytest.mark.parametrize("text, expected", [
    ("Belize is one of Taiwan's remaining diplomatic allies.", ("BLZ", "diplomatic_relations", "TWN")),
    ("Paraguay, a diplomatic ally of Taiwan, hosted the president.", ("PRY", "diplomatic_relations", "TWN")),
    # corpus2 n15's wording, in a sentence of its own
    ("The Vatican is considered Taiwan's most powerful remaining official ally.", ("TWN", "diplomatic_relations", "VAT")),
])
def test_a_diplomatic_ally_keeps_ties_and_is_no_military_ally(ex, text, expected):
    got = found(text, ex)
    assert expected + ("maintained", False) in got
    assert not of("alliance", got)


def test_taiwans_allies_named_in_a_list_each_keep_ties(ex):
    got = of("diplomatic_relations", found("Taiwan and its diplomatic allies, such as Eswatini and Haiti, met in "
                                           "Taipei.", ex))
    assert {("SWZ", "diplomatic_relations", "TWN", "maintained", False),
            ("HTI", "diplomatic_relations", "TWN", "maintained", False)} <= got


def test_a_close_ally_is_still_an_ally_and_considering_is_still_a_wish(ex):
    assert ("ISR", "alliance", "USA", None, False) in found("Israel is considered a close ally of the United States.", ex)
    assert not of("membership", found("Egypt is considering joining BRICS.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Russia will help Egypt build its first nuclear power plant.", ("EGY", "cooperation", "RUS")),
    ("China helped Kenya modernise its railways in 2019.", ("CHN", "cooperation", "KEN")),
    ("Japan assisted Vietnam in developing its ports.", ("JPN", "cooperation", "VNM")),
])
def test_helping_a_state_build_up_is_cooperation(ex, text, expected):
    assert expected + (None, False) in found(text, ex)


@pytest.mark.parametrize("text", [
    "China helped Russia evade Western sanctions.",
    "The United States helped Ukraine defend itself.",
    "Huawei helped Kenya build a new data centre.",
])
def test_help_to_other_ends_or_by_a_company_is_no_cooperation(ex, text):
    assert not of("cooperation", found(text, ex))


@pytest.mark.parametrize("text, expected", [
    ("The Joint Declaration between Brazil and Angola was released on Monday.", ("AGO", "agreement", "BRA")),
    ("Ghana and Togo signed a bilateral declaration on border security in Accra.", ("GHA", "agreement", "TGO")),
    ("The two sides reaffirmed the June 12 DPRK-U.S. Joint Statement.", ("PRK", "agreement", "USA")),
])
def test_a_joint_declaration_is_an_agreement_of_its_parties(ex, text, expected):
    assert expected + (None, False) in found(text, ex)


@pytest.mark.parametrize("text", [
    "Russia's declaration of war on Ukraine shocked the world.",
    "Kosovo's declaration of independence from Serbia came in 2008.",
    "In a joint statement on Monday, Mali and Burkina Faso backed the actions of the Nigerien military.",
    "The declaration establishing the SCO was signed in 2001 by China, Russia and Kazakhstan.",
    "France and Germany attended the NATO Summit Declaration's launch.",
])
def test_declarations_of_one_party_of_war_or_founding_and_reported_statements_are_no_deal(ex, text):
    assert not of("agreement", found(text, ex))


@pytest.mark.parametrize("text, pair", [
    # corpus2 n21's wording
    ("Earlier this year, Niger, Mali, and Burkina Faso established the Alliance of Sahel States (AES) to jointly "
     "combat escalating security threats.", ("MLI", "NER")),
    ("The Collective Security Treaty Organization was founded by Russia, Armenia and Belarus in 2002.", ("ARM", "RUS")),
])
def test_founders_of_a_defence_organisation_are_allies(ex, text, pair):
    got = of("alliance", found(text, ex))
    assert (pair[0], "alliance", pair[1], "established", False) in got


@pytest.mark.parametrize("text", [
    "Brazil, Russia, India and China founded BRICS in 2009.",
    "Kenya, Uganda and Tanzania created the East African Community.",
    "Sweden and Finland joined NATO in 2023 and 2024.",
])
def test_founders_of_other_blocs_and_joiners_are_no_allies(ex, text):
    assert not of("alliance", found(text, ex))


@pytest.mark.parametrize("text, key", [
    ("With Laos, Cuban relations celebrated their 50th anniversary last year.",
     ("CUB", "diplomatic_relations", "LAO", "established", False)),
    ("Ties between Qatar and Egypt suffered a rupture in 2017.", ("EGY", "diplomatic_relations", "QAT", "severed", False)),
])
def test_what_befalls_relations_says_their_state(ex, text, key):
    assert key in found(text, ex, date="2025-03-01")


def test_relations_between_clubs_mark_nothing(ex):
    assert not found("Relations between the two clubs celebrated their 50th anniversary last year.", ex)


@pytest.mark.parametrize("text, year", [
    ("With Laos, Cuban relations celebrated their 50th anniversary last year.", "1974"),
    ("Cuba and Laos marked the 50th anniversary of diplomatic relations in 2024.", "1974"),
    ("The visit coincides with the 65th anniversary of the establishment of relations between Cuba and China.",
     "1960"),
])
def test_an_nth_anniversary_dates_the_relations_n_years_back(ex, text, year):
    dated = {r.date for r in ex.extract(text, doc_id="t", date="2025-03-01") if r.predicate == "diplomatic_relations"}
    assert dated == {year}


def test_a_definite_embassy_given_a_new_state_restates_the_last_one(ex):
    # corpus2 n17's wording, shortened
    text = ("Russia has finally reopened its embassy in Burkina Faso. Putin announced plans to reopen the embassy "
            "during the summit. The embassy was closed in 1992 as Moscow curtailed its interest in Africa.")
    got = {(r.subject, r.object, r.attrs.get("status"), r.date) for r in ex.extract(text, doc_id="t", date="2023-12-29")
           if r.predicate == "embassy"}
    assert ("RUS", "BFA", "closed", "1992") in got


def test_a_definite_deal_cancelled_later_is_terminated(ex):
    got = found("Kenya signed a trade deal with Ethiopia in 2019. The deal was cancelled in 2021.", ex)
    assert ("ETH", "agreement", "KEN", "terminated", False) in got


@pytest.mark.parametrize("text", [
    "Chad opened an embassy in Israel in 2023. The embassy may be closed next year.",
    "Egypt opened an embassy in Sudan. The embassy was opened by the foreign minister on Monday.",
])
def test_a_state_only_wished_or_the_same_again_restates_nothing(ex, text):
    assert len(of("embassy", found(text, ex))) == 1


def test_a_diplomatic_ally_pairs_the_ally_with_the_owner_only(ex):
    # a parse that hangs the ally on an earlier noun (corpus2 n15) must not pair the states of that noun
    text = ("An apparent warming of relations between Beijing and the Vatican — considered Taiwan's most powerful "
            "remaining official ally — has triggered concerns.")
    assert not {k for k in of("diplomatic_relations", found(text, ex)) if "CHN" in k}


@pytest.mark.parametrize("text, expected", [
    ("Cuba marked the date with the opening of an embassy in Hanoi.", ("CUB", "embassy", "VNM", "opened", False)),
    ("With the opening of an embassy in Nairobi, Turkey expanded its presence in Africa.",
     ("TUR", "embassy", "KEN", "opened", False)),
])
def test_an_embassy_opened_in_a_with_phrase_is_the_subjects(ex, text, expected):
    assert expected in found(text, ex)


def test_an_embassy_with_an_owner_of_its_own_in_a_with_phrase_is_the_owners(ex):
    got = of("embassy", found("With the closure of the US embassy in Kabul, Pakistan became the main channel.", ex))
    assert got == {("USA", "embassy", "AFG", "closed", False)}


@pytest.mark.parametrize("text, expected", [
    # corpus2 n11's wording
    ("Cuba is one of the few countries with close relations with North Korea based on socialist ideology.",
     ("CUB", "diplomatic_relations", "PRK")),
    ("Armenia is among the nations with close relations with Iran.", ("ARM", "diplomatic_relations", "IRN")),
])
def test_a_country_said_to_have_close_ties_has_them(ex, text, expected):
    assert expected + ("maintained", False) in found(text, ex)


def test_close_ties_in_a_phrase_on_the_verb_are_the_circumstance_not_the_subjects(ex):
    assert not of("diplomatic_relations", found("With close relations with Russia, Serbia refused to join sanctions.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Brazil seeks closer ties with China.", ("BRA", "cooperation", "CHN")),
    ("Kenya and Ethiopia have forged stronger economic ties.", ("ETH", "cooperation", "KEN")),
    ("Indonesia will partner with Australia on renewable energy.", ("AUS", "cooperation", "IDN")),
    ("Mexico is working with Guatemala to curb migration.", ("GTM", "cooperation", "MEX")),
    ("Malaysia and Singapore will share intelligence on terrorism.", ("MYS", "cooperation", "SGP")),
    ("The United States shared intelligence with Ukraine.", ("UKR", "cooperation", "USA")),
    ("Egypt and Sudan stressed the importance of enhancing cooperation.", ("EGY", "cooperation", "SDN")),
])
def test_wider_wordings_of_cooperation(ex, text, expected):
    assert expected + (None, False) in found(text, ex)


@pytest.mark.parametrize("text", [
    "Iran and Russia share a long border.",
    "The company will partner with the Egyptian ministry.",
    "Relations between the two clubs grew closer after the match.",
])
def test_sharing_a_border_a_company_or_clubs_are_no_cooperation(ex, text):
    assert not of("cooperation", found(text, ex))


def test_forging_closer_ties_is_no_establishment(ex):
    assert not of("diplomatic_relations", found("Kenya and Ethiopia have forged closer economic ties.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Under a 2014 agreement with Australia, Nauru hosts a detention centre.", ("AUS", "agreement", "NRU")),
    ("Under the defence treaty with Japan, the United States keeps bases on Okinawa.", ("JPN", "agreement", "USA")),
])
def test_the_subject_acting_under_a_deal_is_a_party_to_it(ex, text, expected):
    assert expected + (None, False) in found(text, ex)


def test_a_state_under_sanctions_still_bears_them(ex):
    assert ("USA", "sanction", "IRN", "imposed", False) in found("Iran is under sanctions from the United States.", ex)


@pytest.mark.parametrize("text, pair", [
    ("France and Germany pledged to defend each other in the Aachen treaty.", ("DEU", "FRA")),
    ("Armenia and Russia vowed to defend one another in case of attack.", ("ARM", "RUS")),
])
def test_defending_each_other_is_an_alliance(ex, text, pair):
    assert (pair[0], "alliance", pair[1]) in {k[:3] for k in found(text, ex)}


def test_defending_each_others_positions_is_no_alliance(ex):
    assert not of("alliance", found("Egypt and Qatar defended each other's positions.", ex))


def test_a_protocol_is_a_deal_but_an_accession_protocol_backs_the_joiner(ex):
    deal = found("Russia and Belarus signed a protocol on customs cooperation.", ex)
    assert ("BLR", "agreement", "RUS", None, False) in deal
    got = found("Turkey ratified Sweden's NATO accession protocol.", ex)
    assert ("TUR", "support", "SWE", None, False) in got
    assert not of("agreement", got)


@pytest.mark.parametrize("text, expected", [
    ("Paraguay remains Taiwan's only ally in South America.", ("PRY", "diplomatic_relations", "TWN", "maintained")),
    ("The Dominican Republic was one of Taipei's allies in the Caribbean.",
     ("DOM", "diplomatic_relations", "TWN", "maintained")),
    ("Panama was an ally of Taiwan until 2017.", ("PAN", "diplomatic_relations", "TWN", "severed")),
])
def test_taiwans_allies_are_the_states_recognising_it(ex, text, expected):
    got = found(text, ex)
    assert expected + (False,) in got
    assert not of("alliance", got)


def test_allies_of_other_states_stay_allies(ex):
    assert ("IRN", "alliance", "ISR", "ended", False) in found("Israel was an ally of Iran until 1979.", ex)


@pytest.mark.parametrize("text, expected", [
    # the growing of ties named as a noun, or ties said to grow
    ("Kenya and Uganda discussed the strengthening of bilateral ties.", ("KEN", "cooperation", "UGA")),
    ("India and Japan welcomed the deepening of relations between the two countries.", ("IND", "cooperation", "JPN")),
    ("The two ministers praised the growing ties between Vietnam and Laos.", ("LAO", "cooperation", "VNM")),
    ("Russia criticised the expanding ties between Japan and NATO.", ("JPN", "cooperation", "NATO")),
])
def test_ties_grown_in_a_noun_or_said_to_grow_are_cooperation(ex, text, expected):
    assert expected + (None, False) in found(text, ex)


@pytest.mark.parametrize("text", [
    "China and India could discuss the strengthening of ties if the border dispute ends.",
    "Kenya and Uganda have strained ties.",
    "The strengthening of the dollar hurt trade.",
])
def test_ties_only_possibly_grown_or_in_a_bad_state_are_no_cooperation(ex, text):
    assert not of("cooperation", found(text, ex))
