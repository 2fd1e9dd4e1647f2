"""Extraction rules for the hosts, lists and senses of embassy, sanction, military presence, membership
and visit relations in wording the dev corpus does not have; each rule on at least two sentences of
different wording, written for the test unless a corpus is named."""
import pytest

from pluripolar.ontology import load
from pluripolar.text import Extractor


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def found(text, ex, date="2024-05-10"):
    """(subject, predicate, object, status, negated) of the annotation guide's predicates."""
    guide = load().guide
    return {(r.subject, r.predicate, r.object, (r.attrs or {}).get("status"), r.negated)
            for r in ex.extract(text, doc_id="t", date=date) if r.predicate in guide}


def of(predicate, got):
    return {k for k in got if k[1] == predicate}


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Yván Gil said he had requested the closure of the diplomatic missions of Chile and Peru.",
     {("CHL", "embassy", "VEN", "closed", False), ("PER", "embassy", "VEN", "closed", False)}),
    ("Russia shut the US consulate last year.", {("USA", "embassy", "RUS", "closed", False)}),
    ("Kenya ordered the closure of the Sudanese embassy.", {("SDN", "embassy", "KEN", "closed", False)}),
])
def test_a_state_closing_anothers_post_hosts_it(ex, text, expected):
    assert of("embassy", found(text, ex)) == expected


def test_an_owner_closing_its_own_post_names_no_host(ex):
    assert not of("embassy", found("Argentina closed its embassy on Monday.", ex))


@pytest.mark.parametrize("text, expected", [
    ("Cuba and the United States restored relations, with the reopening of reciprocal embassies in Havana and "
     "Washington.", {("CUB", "embassy", "USA", "opened", False), ("USA", "embassy", "CUB", "opened", False)}),
    ("Ghana and Kenya reopened their embassies.",
     {("GHA", "embassy", "KEN", "opened", False), ("KEN", "embassy", "GHA", "opened", False)}),
])
def test_reciprocal_posts_go_both_ways(ex, text, expected):
    assert expected <= of("embassy", found(text, ex))
