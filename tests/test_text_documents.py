"""A judgement a document makes is its authors' or the adopting body's; a vetoed one asserts no one's
judgement; an absolute "with X abstaining" names no party (sentences written for the test)."""
import pytest


def keys(text, ex):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date="2024-05-10")
            if not r.negated}


@pytest.mark.parametrize("text, expected", [
    ("Russia vetoed a Security Council resolution introduced by Ireland and Mexico condemning the annexation.",
     set()),
    ("France tabled a motion condemning Iran.", {("FRA", "criticism", "IRN")}),
    ("The resolution, drafted by Norway with its partners, condemns Israel.", {("NOR", "criticism", "ISR")}),
    ("The General Assembly approved a resolution that calls for Myanmar to end the violence.",
     {("UN", "criticism", "MMR")}),
])
def test_a_document_s_judgement_is_its_authors_or_adopters(ex, text, expected):
    assert {k for k in keys(text, ex) if k[1] == "criticism"} == expected


def test_a_vetoed_resolution_still_judges_by_its_named_authors(ex):
    text = "China vetoed a resolution introduced by Britain and France condemning Syria's attacks."
    assert ("GBR", "criticism", "SYR") in keys(text, ex)
    assert not {k for k in keys(text, ex) if k[0] == "CHN" and k[1] == "criticism"}


@pytest.mark.parametrize("text, absent", [
    ("Kenya condemned the coup, with its neighbour Uganda abstaining from the vote.", ("KEN", "criticism", "UGA")),
    ("Peru criticised the decision, with Chile voting against it.", ("PER", "criticism", "CHL")),
])
def test_an_absolute_with_clause_names_no_party(ex, text, absent):
    assert absent not in keys(text, ex)


@pytest.mark.parametrize("text, expected", [
    ("Germany called for Iran to stop enriching uranium.", ("DEU", "criticism", "IRN")),
    ("Canada called for Rwanda to withdraw its troops from Congo.", ("CAN", "criticism", "RWA")),
])
def test_a_call_for_an_actor_to_stop_judges_it(ex, text, expected):
    assert expected in keys(text, ex)
