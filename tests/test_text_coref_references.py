"""Pronouns and definite references resolved to the actor meant: "it" continuing the subject of the
clause that governs it, the subject's own name among the places it is qualified by, "the kingdom" and
"the sultanate" as the last state whose official name says so, and a bare "the two" that refers to
people, not to the story's two states. Sentences written for the test, with counter-examples."""
import pytest

from .conftest import found


def keys(text, ex):
    return {k[:3] for k in found(text, ex)}


@pytest.mark.parametrize("text, expected", [
    ("Turkey approved Finland's bid but said it would impose sanctions on Sweden.", ("TUR", "sanction", "SWE")),
    ("Moscow's sanctions against Poland came a day after it expelled the Polish ambassador.",
     ("RUS", "expulsion", "POL")),
    ("The African Union, headquartered in Addis Ababa, Ethiopia, said it had suspended Niger.",
     ("NER", "membership", "AU")),
])
def test_it_continues_the_subject_of_the_clause_governing_it(ex, text, expected):
    assert expected in keys(text, ex)


def test_it_in_a_coordinated_clause_continues_its_subject(ex):
    got = keys("In 1960, Cuba was the first country to recognise China, and in 1961 it was also the first to "
               "establish diplomatic relations with Vietnam.", ex)
    assert ("CUB", "diplomatic_relations", "VNM") in {(min(a, b), p, max(a, b)) for a, p, b in got}


@pytest.mark.parametrize("text, expected", [
    ("Paraguay is the only South American country to maintain diplomatic relations with Taiwan.",
     ("PRY", "diplomatic_relations", "TWN")),
    ("Cuba was the first state to establish diplomatic relations with Angola.", ("AGO", "diplomatic_relations", "CUB")),
])
def test_the_first_to_act_is_the_copula_s_subject(ex, text, expected):
    got = keys(text, ex)
    assert expected in {(min(a, b), p, max(a, b)) for a, p, b in got}


@pytest.mark.parametrize("text, expected", [
    # the governing clause acts on a state: that state may be meant, the nearest is taken
    ("Japan welcomed China's decision after it lifted its sanctions on Australia.", ("CHN", "sanction", "AUS")),
])
def test_it_after_a_clause_acting_on_a_state_is_not_forced_to_the_subject(ex, text, expected):
    got = keys(text, ex)
    assert expected in got
    assert ("JPN", "sanction", "AUS") not in got


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia's envoy met Syria's foreign minister in Riyadh. Two months later, the kingdom reopened its "
     "embassy in Damascus.", ("SAU", "embassy", "SYR")),
    ("Oman and Iran held talks in Tehran. Iran thanked the sultanate for its support.", ("OMN", "support", "IRN")),
])
def test_the_kingdom_is_the_last_state_whose_official_name_says_so(ex, text, expected):
    assert expected in keys(text, ex)


def test_the_kingdom_with_no_kingdom_named_is_nobody(ex):
    got = keys("Rwanda hosted talks with Kenya's president. The kingdom later expelled the Ugandan ambassador.", ex)
    assert not {k for k in got if k[1] == "expulsion"}


def test_the_two_after_two_people_are_those_people(ex):
    got = keys("Canada and Mexico signed a trade deal. Two Mexican journalists were later detained in Cuba. "
               "The two had criticised the government of Venezuela.", ex)
    assert not {k for k in got if k[1] == "criticism"}
    got = keys("Mali and Niger signed a defence pact in May. Two French aid workers were kidnapped in June. "
               "The two had supported Ukraine.", ex)
    assert not {k for k in got if k[1] == "support"}


def test_the_two_after_two_states_are_the_states(ex):
    got = keys("Mali and Niger signed a defence pact in May. The two have since expelled the French ambassador.", ex)
    assert {("MLI", "expulsion", "FRA"), ("NER", "expulsion", "FRA")} <= got
