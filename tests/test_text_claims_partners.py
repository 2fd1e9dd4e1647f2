"""A count of the states with ties to one actor is that actor's claim (sentences written for the test)."""
import pytest


def claims(text, ex):
    return {(r.subject, r.attrs["measure"], r.attrs["value"]) for r in ex.extract(text, doc_id="t", date="2024-05-10")
            if r.predicate == "claim"}


@pytest.mark.parametrize("text, expected", [
    ("There now remain just 12 nations worldwide with official ties to Taiwan.", ("TWN", 12)),
    ("Barely 56 states have formal diplomatic relations with Bhutan.", ("BTN", 56)),
    ("Some 40 countries that have relations with Israel condemned the strike.", ("ISR", 40)),
])
def test_a_count_of_partners_is_the_partner_s_claim(ex, text, expected):
    assert (expected[0], "diplomatic_relations_count", expected[1]) in claims(text, ex)


def test_a_count_of_states_meeting_one_is_no_claim(ex):
    assert not claims("Some 40 countries met with Israel on Monday.", ex)
