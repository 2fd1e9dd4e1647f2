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


def symmetric(got):
    return {(min(a, b), p, max(a, b)) for a, p, b in got}


@pytest.mark.parametrize("text, expected, story", [
    # the sentence joins two states before "the two countries": they, not the pair of the sentence before
    ("Iran and Iraq agreed to boost trade. China praised the US-Saudi summit in Riyadh, where the two countries "
     "signed an arms deal.", ("SAU", "agreement", "USA"), ("IRN", "agreement", "IRQ")),
    ("Peru and Chile signed a deal. Brazil welcomed the India-Pakistan talks, after which the two countries "
     "restored diplomatic relations.", ("IND", "diplomatic_relations", "PAK"), ("CHL", "diplomatic_relations", "PER")),
])
def test_the_two_countries_after_a_joined_pair_are_that_pair(ex, text, expected, story):
    got = symmetric(keys(text, ex))
    assert expected in got
    assert story not in got


def test_the_two_countries_without_a_pair_in_the_sentence_are_the_story_s(ex):
    got = symmetric(keys("Russia and China signed an energy deal. Japan criticised the deal, and the two countries "
                         "then held naval drills.", ex))
    assert ("CHN", "cooperation", "RUS") in got


@pytest.mark.parametrize("text", [
    "China and Colombia held talks. Both parties reaffirmed mutual understanding and support on issues related to "
    "their core interests.",
    "Kenya and Ethiopia signed a pact. The two countries pledged mutual support in the event of an attack.",
])
def test_mutual_support_of_a_pair_goes_both_ways(ex, text):
    got = {k for k in keys(text, ex) if k[1] == "support"}
    assert len(got) == 2 and {(o, p, s) for s, p, o in got} == got


def test_support_of_a_pair_for_a_third_state_is_not_mutual(ex):
    got = keys("Kenya and Ethiopia signed a pact. The two countries pledged support for Somalia.", ex)
    assert {("ETH", "support", "SOM"), ("KEN", "support", "SOM")} <= got
    assert not {k for k in got if k[1] == "support" and k[2] != "SOM"}
