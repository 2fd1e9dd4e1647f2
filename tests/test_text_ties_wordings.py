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
