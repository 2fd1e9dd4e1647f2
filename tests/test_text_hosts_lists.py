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


@pytest.mark.parametrize("text, expected", [
    ("The Latvian Saeima passed a decision to ban the import of agricultural products from Russia and Belarus.",
     {("LVA", "sanction", "RUS", "imposed", False), ("LVA", "sanction", "BLR", "imposed", False)}),
    ("The Estonian Riigikogu voted on Tuesday to extend sanctions against Iran.",
     {("EST", "sanction", "IRN", "imposed", False)}),
])
def test_a_states_adjective_on_an_unknown_proper_noun_names_its_institution(ex, text, expected):
    assert expected <= of("sanction", found(text, ex))


@pytest.mark.parametrize("text, expected", [
    ("Japan and Australia are also set to release their own sanctions lists against North Korean individuals.",
     {("JPN", "sanction", "PRK", "imposed", False), ("AUS", "sanction", "PRK", "imposed", False)}),
    ("Norway and Iceland are set to publish their own sanctions lists against Belarusian officials.",
     {("NOR", "sanction", "BLR", "imposed", False), ("ISL", "sanction", "BLR", "imposed", False)}),
])
def test_a_sanction_targets_what_it_names_not_the_subjects_above_it(ex, text, expected):
    assert of("sanction", found(text, ex)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cuba is under sanctions imposed by the United States.", ("USA", "sanction", "CUB", "imposed", False)),
    ("Both Venezuela and Iran remain under a US embargo.", ("USA", "sanction", "IRN", "imposed", False)),
    ("Russia, under EU sanctions since 2014, sold oil to India.", ("EU", "sanction", "RUS", "imposed", False)),
])
def test_the_one_under_sanctions_bears_them(ex, text, expected):
    got = of("sanction", found(text, ex))
    assert expected in got and not {k for k in got if k[2] == "IND"}
