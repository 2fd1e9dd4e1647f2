"""States agreeing together on a deed make an agreement; agreeing on a relation another word names, or
agreeing with someone's view, makes none (sentences written for the test)."""
import pytest


def keys(text, ex):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date="2024-05-10")}


@pytest.mark.parametrize("text, expected", [
    ("China and Russia have agreed to align their infrastructure projects.", ("CHN", "agreement", "RUS")),
    ("Kenya agreed with Ethiopia to open the border crossing at Moyale.", ("ETH", "agreement", "KEN")),
    ("The representatives of Chile, Peru and Bolivia have agreed the following.", ("BOL", "agreement", "PER")),
])
def test_states_agreeing_on_a_deed_make_an_agreement(ex, text, expected):
    assert expected in keys(text, ex)


@pytest.mark.parametrize("text", [
    "Japan said it agrees with the United States and India that the region must stay open.",
    "Iran and Saudi Arabia agreed to restore diplomatic relations.",
    "Russia agreed to sell wheat to Egypt.",
])
def test_agreeing_to_a_named_relation_or_with_a_view_is_no_agreement(ex, text):
    assert not {k for k in keys(text, ex) if k[1] == "agreement"}
