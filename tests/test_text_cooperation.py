"""Cooperation in wordings the dev corpus does not have (joint undertakings, growing trade), each on
sentences of different wording written for the test."""
import pytest


def pairs(text, ex, predicate="cooperation"):
    return {frozenset((r.subject, r.object)) for r in ex.extract(text, doc_id="t", date="2024-05-10")
            if r.predicate == predicate and not r.negated}


@pytest.mark.parametrize("text, expected", [
    ("Senegal and Gambia launched a joint border patrol.", {"GMB", "SEN"}),
    ("Russia and India formed a joint venture to build ships.", {"IND", "RUS"}),
    ("Egypt and Sudan set up a joint committee on the Nile.", {"EGY", "SDN"}),
])
def test_a_joint_undertaking_is_cooperation_of_its_participants(ex, text, expected):
    assert frozenset(expected) in pairs(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Vietnam and Laos vowed to boost trade and investment.", {"LAO", "VNM"}),
    ("India and Brazil want to increase investment.", {"BRA", "IND"}),
])
def test_growing_trade_or_investment_between_states_is_cooperation(ex, text, expected):
    assert frozenset(expected) in pairs(text, ex)


@pytest.mark.parametrize("text", [
    "China boosted trade with the rest of the world.",
    "Turkey raised tariffs on imports from the European Union.",
    "The United States imposed tariffs that cut trade with China.",
    "Mali launched a joint operation.",
])
def test_trade_alone_or_cut_and_a_one_state_operation_are_no_cooperation(ex, text):
    assert not pairs(text, ex)
