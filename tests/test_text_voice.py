"""Who speaks for whom: the voice of a joint statement or declaration ("we", "the ministers", "the
leaders") resolved to the states that issue it, on sentences and short documents written for the test,
with the counter-examples (a journalist's or a company's "we", a statement only reported, a statement's
topic) that must not take the voice."""
import pytest

from .conftest import found, of


def pairs(predicate, got):
    """The unordered pairs of a symmetric predicate among the `found` keys."""
    return {frozenset((k[0], k[2])) for k in of(predicate, got)}


@pytest.mark.parametrize("text, expected", [
    # a heading naming the issuers
    ("Joint statement of the foreign ministers of Kenya, Ethiopia and Uganda\n\n"
     "The ministers agreed to strengthen cooperation on border security.",
     {frozenset(("ETH", "KEN")), frozenset(("ETH", "UGA")), frozenset(("KEN", "UGA"))}),
    # "we" set off by an apposition that lists the speakers
    ("We, the leaders of Brazil, India and South Africa, met today. We agreed to work together on climate "
     "finance.", {frozenset(("BRA", "IND")), frozenset(("BRA", "ZAF")), frozenset(("IND", "ZAF"))}),
    ("Today we — the presidents of Ghana and Togo — agreed to deepen cooperation on trade.",
     {frozenset(("GHA", "TGO"))}),
])
def test_a_joint_voice_is_each_pair_of_its_speakers(ex, text, expected):
    assert expected <= pairs("cooperation", found(text, ex))


@pytest.mark.parametrize("text, expected", [
    ("Joint Declaration between Chile and Peru on maritime cooperation\n\n"
     "We strongly condemn Venezuela's decision to expel our diplomats.",
     {("CHL", "criticism", "VEN"), ("PER", "criticism", "VEN")}),
    ("A spokesperson of the Foreign Ministry of Iran made public the following statement:\n\n"
     "We condemn the sanctions imposed by Canada on our country.", {("IRN", "criticism", "CAN")}),
    # a press conference: the answer's "we" is the state the question asks about
    ("Q: The Philippines accused Beijing of harassment at sea. What is China's response?\n"
     "A: We firmly oppose the Philippines' provocations.", {("CHN", "criticism", "PHL")}),
])
def test_we_in_a_statement_is_its_issuers(ex, text, expected):
    got = {k[:3] for k in found(text, ex)}
    assert expected <= got


def test_the_ministers_are_the_last_plural_subject_without_a_statement(ex):
    got = found("The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Monday. "
                "The ministers agreed to boost trade and investment.", ex)
    assert {frozenset(("EGY", "IRQ")), frozenset(("EGY", "JOR")), frozenset(("IRQ", "JOR"))} <= \
        pairs("cooperation", got)


def test_the_ministers_with_no_group_said_before_are_nobody(ex):
    assert not pairs("cooperation", found("Kenya hosted a conference on climate. "
                                          "The ministers agreed to boost trade and investment.", ex))


def test_we_in_a_relative_clause_of_reported_speech_is_the_speaker(ex):
    got = found('"We will keep the promise that we made to support Ukraine," the Estonian foreign minister said.', ex)
    assert ("EST", "support", "UKR") in {k[:3] for k in got}


@pytest.mark.parametrize("text", [
    # a statement only reported, then a journalist's "we"
    "Russia and China issued a joint statement on Monday. We have long criticised Iran in this newspaper.",
    # a company quoted inside a joint statement speaks for itself, not for the issuers
    'Joint statement of France and India\n\n"We will keep supporting Ukraine," the chief executive of the company said.',
])
def test_a_we_that_is_not_the_statement_s_voice_relates_no_state(ex, text):
    got = found(text, ex)
    assert not {k for k in got if k[1] in ("criticism", "support")}


def test_a_statement_s_topic_is_not_its_voice(ex):
    got = found("Statement by the European Union on the situation in Venezuela\n\n"
                "We condemn the arrest of opposition leaders and call on Cuba to stop its support.", ex)
    assert ("EU", "criticism", "CUB") in {k[:3] for k in got}
    assert not {k for k in got if k[0] == "VEN"}


@pytest.mark.parametrize("text, expected", [
    ('"Despite our repeated warnings, Japan has resumed whaling," the Australian foreign minister said.',
     ("AUS", "criticism", "JPN")),
    ("Despite strong protests from China, the Philippines went ahead with the drills.", ("CHN", "criticism", "PHL")),
])
def test_a_warning_conceded_is_against_the_clause_s_subject(ex, text, expected):
    assert expected in {k[:3] for k in found(text, ex)}


def test_a_conceded_criticism_with_its_own_target_keeps_it(ex):
    got = {k[:3] for k in found("Despite Russia's criticism of Ukraine, Moldova held elections.", ex)}
    assert ("RUS", "criticism", "UKR") in got
    assert ("RUS", "criticism", "MDA") not in got
