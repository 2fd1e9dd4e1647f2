"""A clause's subject, read by one helper (`syntax.subjects`, `syntax.subject_mentions`) wherever the text
asks who the subject names: the antecedent of "its" (coref) and the owner of a trade claim (claims)."""
import pytest

from pluripolar.text.mentions import find_mentions
from pluripolar.text.syntax import subject_mentions, subjects


def parsed(ex, text):
    doc = ex.nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return root, find_mentions(doc, ex.gazetteer, "2024-05-10")


@pytest.mark.parametrize("text, expected", [
    ("Cuba was sanctioned by the United States in 1962.", ["CUB"]),  # a passive subject counts
    ("Paris and Berlin agreed on a new budget rule.", ["FRA", "DEU"]),  # every conjunct
    ("The government of Chile and Peru's foreign ministry issued a joint statement.", ["CHL", "PER"]),
    ("Japan's trade with China grew by a tenth last year.", ["JPN"]),  # the partner after "with" aside
    ("Trade with Russia fell sharply in March.", []),
    ("Port authorities in Rotterdam and Ghana signed a shipping accord.", ["GHA"]),  # a city is a place
])
def test_subjects_name_the_actors_of_the_subject_phrase(ex, text, expected):
    root, mentions = parsed(ex, text)
    assert [m.actor for m in subject_mentions(root, mentions)] == expected


def test_subjects_before_a_word_leave_out_an_inverted_subject(ex):
    root, mentions = parsed(ex, "Among the countries that signed the accord was Norway.")
    assert [t.text for t in subjects(root)] == ["Norway"]
    assert subjects(root, before=root.i) == [] and subject_mentions(root, mentions, before=root.i) == []


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Mexico was praised by Spain for its aid to Cuba.", ("MEX", "aid", "CUB"), ("ESP", "aid", "CUB")),
    ("Norway was commended by Sweden for its aid to Ukraine.", ("NOR", "aid", "UKR"), ("SWE", "aid", "UKR")),
])
def test_subjects_its_after_a_passive_subject_is_that_subject(ex, text, expected, not_expected):
    found = {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date="2024-05-10")}
    assert expected in found and not_expected not in found
