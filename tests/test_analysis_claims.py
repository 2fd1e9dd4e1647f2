"""Claims against counts, contradictions between sources, and the dyad timeline, on hand-made stores."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pluripolar import analysis
from pluripolar.cli import main
from pluripolar.model import Evidence, Relation, Source
from pluripolar.store.rows import content_hash

CENSUS_PARTNERS = ["BOL", "CHN", "CUB", "PSE", "RUS", "TWN"]  # PSE observer, TWN not a UN member
EMBASSIES = ["BOL", "CUB", "CHN"]


def _census(store, year: str = "2005") -> None:
    """A dataset source: VEN's diplomatic partners and embassies in one snapshot."""
    rels = [Relation(*sorted(("VEN", p))[:1], "diplomatic_relations", sorted(("VEN", p))[1], date=year,
                     attrs={"status": "maintained"}, evidence=(Evidence("", None, None, None, row=i + 1),))
            for i, p in enumerate(CENSUS_PARTNERS)]
    rels += [Relation("VEN", "embassy", p, date=year, attrs={"status": "maintained"},
                      evidence=(Evidence("", None, None, None, row=100 + i),)) for i, p in enumerate(EMBASSIES)]
    src = Source(content_hash(f"census {year}"), "dataset", "test-census", dataset="test-census", version="1")
    store.add_document(src, rels, extractor="test-census", extractor_version="1")


def _doc(store, name: str, text: str, date: str, rels: list[Relation]) -> None:
    store.add_document(Source(content_hash(text), "document", name, text=text, date=date), rels,
                       extractor="test", extractor_version="1")


def _claim(text: str, quote: str, measure: str, value, qualifier=None, date=None) -> Relation:
    i = text.index(quote)
    attrs = {"measure": measure, "value": value}
    if qualifier:
        attrs["qualifier"] = qualifier
    return Relation("VEN", "claim", None, date=date, attrs=attrs, evidence=(Evidence("", quote, i, i + len(quote)),))


def _verdicts(store) -> dict[str, dict]:
    return {c["quote"]: c for c in analysis.check_claims(store, "VEN")["claims"]}


def test_analysis_claims_consistent_inconsistent_and_region(store):
    _census(store)
    text = ("Venezuela keeps relations with 6 countries. It has ties with 9 states. "
            "Of these, 4 UN countries. It has 2 embassies in the Americas.")
    _doc(store, "d2006", text, "2006-03-01", [
        _claim(text, "relations with 6 countries", "diplomatic_relations_count", 6),
        _claim(text, "ties with 9 states", "diplomatic_relations_count", 9),
        _claim(text, "4 UN countries", "diplomatic_relations_count", 4, "UN countries"),
        _claim(text, "2 embassies in the Americas", "embassies_count", 2, "in the Americas"),
    ])
    v = _verdicts(store)
    ok = v["relations with 6 countries"]
    assert (ok["verdict"], ok["claimed"], ok["counted"]) == ("consistent", 6, 6)
    assert ok["data_sources"] == {"test-census": 6} and ok["data_date"] == "2005-12-31" and ok["gap_years"] == 0.2
    bad = v["ties with 9 states"]
    assert (bad["verdict"], bad["claimed"], bad["counted"], bad["difference"]) == ("inconsistent", 9, 6, -3)
    un = v["4 UN countries"]
    assert (un["verdict"], un["counted"]) == ("consistent", 4)  # PSE and TWN are not UN members
    americas = v["2 embassies in the Americas"]
    assert (americas["verdict"], americas["counted"]) == ("consistent", 2)  # BOL, CUB; not CHN


def test_analysis_claims_not_checkable_with_reason(store):
    _census(store)
    text = "Venezuela maintains relations with 164 UN countries and trade worth 5 billion."
    _doc(store, "founding", text, "2020-10-30", [
        _claim(text, "164 UN countries", "diplomatic_relations_count", 164, "UN countries"),
        _claim(text, "trade worth 5 billion", "trade_value_usd", 5e9),
    ])
    v = _verdicts(store)
    old = v["164 UN countries"]
    assert old["verdict"] == "not_checkable" and old["difference"] is None
    assert (old["counted"], old["data_date"], old["gap_years"]) == (4, "2005-12-31", 14.8)  # the nearest count
    assert old["reason"] == ("no loaded data within 5 years of the claim date 2020-10-30: nearest count 4 on "
                             "2005-12-31 (14.8 years earlier; test-census)")
    trade = v["trade worth 5 billion"]
    assert trade["verdict"] == "not_checkable" and "trade_value_usd" in trade["reason"]


def test_analysis_claims_no_data_at_all(store):
    text = "Venezuela has 3 military bases abroad."
    _doc(store, "bases", text, "2020-01-01", [_claim(text, "3 military bases", "bases_count", 3)])
    [c] = analysis.check_claims(store)["claims"]
    assert c["verdict"] == "not_checkable" and "no loaded dataset gives bases_count" in c["reason"]


D1 = "Relations between the DPRK and Venezuela date back to 1965, the minister said."
D2 = "Diplomatic relations between Venezuela and North Korea began on October 28, 1974."
D3 = "Venezuela broke off relations with North Korea in 2005, a report said."


def _ev(text: str, quote: str) -> tuple[Evidence, ...]:
    i = text.index(quote)
    return (Evidence("", quote, i, i + len(quote)),)


@pytest.fixture
def pair_store(store):
    _doc(store, "d1", D1, "2020-10-30", [Relation("PRK", "diplomatic_relations", "VEN", date="1965",
                                                  attrs={"status": "established"}, evidence=_ev(D1, "date back to 1965"))])
    _doc(store, "d2", D2, "2019-10-28", [Relation("PRK", "diplomatic_relations", "VEN", date="1974-10-28",
                                                  attrs={"status": "established"},
                                                  evidence=_ev(D2, "began on October 28, 1974"))])
    _doc(store, "d3", D3, "2006-01-10", [Relation("PRK", "diplomatic_relations", "VEN", date="2005",
                                                  attrs={"status": "severed"},
                                                  evidence=_ev(D3, "broke off relations with North Korea in 2005"))])
    src = Source(content_hash("wave 2005"), "dataset", "test-census", dataset="test-census")
    store.add_document(src, [Relation("PRK", "diplomatic_relations", "VEN", date="2005",
                                      attrs={"status": "maintained"}, evidence=(Evidence("", None, None, None, row=7),))],
                       extractor="test-census", extractor_version="1")
    return store


def test_analysis_contradictions_dates_and_direction(pair_store):
    found = analysis.contradictions(pair_store, "VEN")
    kinds = sorted((c["kind"], c["a"]["source"], c["b"]["source"]) for c in found)
    assert kinds == [("date", "d2", "d1"), ("direction", "d3", "test-census")]
    date = next(c for c in found if c["kind"] == "date")
    assert {date["a"]["quote"], date["b"]["quote"]} == {"date back to 1965", "began on October 28, 1974"}
    assert {date["a"]["date"], date["b"]["date"]} == {"1965", "1974-10-28"}
    direction = next(c for c in found if c["kind"] == "direction")
    assert direction["a"]["status"] == "severed" and direction["b"]["status"] == "maintained"
    assert direction["a"]["quote"] == "broke off relations with North Korea in 2005"
    assert analysis.contradictions(pair_store, "USA") == []


def test_analysis_dyad_oldest_first_with_marks(pair_store):
    d = analysis.dyad(pair_store, "Venezuela", "North Korea")
    assert [e["date"] for e in d["events"]] == ["1965", "1974-10-28", "2005", "2005"]
    assert [e["effective"].isoformat() for e in d["events"]] == sorted(e["effective"].isoformat() for e in d["events"])
    marked = {e["date"]: e["contradiction"] for e in d["events"]}
    assert marked["1965"] and marked["1974-10-28"]
    assert all(e["contradiction"] for e in d["events"] if e["date"] == "2005")
    ids = {c["id"] for c in d["contradictions"]}
    assert all(set(e["contradictions"]) <= ids for e in d["events"])
    assert d["events"][0]["evidence"][0]["quote"] == "date back to 1965"
    assert {d["a"]["id"], d["b"]["id"]} == {"VEN", "PRK"}


def test_analysis_claims_cli_json_and_table(pair_store):
    r = CliRunner().invoke(main, ["claims", "--actor", "VEN", "--format", "json", "--db", str(pair_store.path)])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert set(out) == {"claims", "contradictions"} and len(out["contradictions"]) == 2
    t = CliRunner().invoke(main, ["dyad", "VEN", "PRK", "--db", str(pair_store.path)])
    assert t.exit_code == 0 and "date back to 1965" in t.output
    same = CliRunner().invoke(main, ["dyad", "VEN", "Venezuela", "--db", str(pair_store.path)])
    assert same.exit_code == 1 and "two different actors" in same.output
