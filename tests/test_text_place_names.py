"""A capital or city opening the name of a treaty or document is no actor; in a title-case headline
it still is (sentences written for the test)."""
import pytest


def actors(text, ex):
    return {a for r in ex.extract(text, doc_id="t", date="2024-05-10") for a in (r.subject, r.object)}


@pytest.mark.parametrize("text, absent", [
    ("Ukraine and Russia signed the Minsk Agreements in 2015.", "BLR"),
    ("Hungary said on Thursday it would withdraw from the Rome Statute, angering the European Union.", "ITA"),
    ("Egypt and Israel upheld the Camp David Accords and the Oslo Accords for decades.", "NOR"),
])
def test_a_place_opening_a_name_is_no_party(ex, text, absent):
    assert absent not in actors(text, ex)


def test_a_capital_in_a_headline_still_stands_for_its_state(ex):
    assert "CHN" in actors("Beijing Condemns US Sanctions on Chinese Firms", ex)
