"""A current source: Wikidata's diplomatic relations, embassies and memberships, read from a small sample
in the query service's own JSON format (tests/data), offline; claims checked against the nearest data."""
from __future__ import annotations

import email.utils
import http.server
import json
import threading
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from pluripolar import analysis, api, datasets
from pluripolar.cli import main
from pluripolar.datasets import wikidata
from pluripolar.errors import PluripolarError
from pluripolar.model import Evidence, Relation, Source
from pluripolar.store import Store
from pluripolar.store.rows import content_hash
from pluripolar.web.app import create_app

from .conftest import shared_path

LOCAL = "http://127.0.0.1"  # the app answers only for its own address

SAMPLE = Path(__file__).parent / "data" / "wikidata_relations_sample.json"
FETCHED = "2024-06-01"  # the day the sample stands for
NATO_2021 = {"USA", "GBR", "FRA", "TUR", "MKD"}


@pytest.fixture
def wd(store):
    r = datasets.load("wikidata-relations", SAMPLE, store, date=FETCHED)
    assert (r.rows_read, r.unmapped, r.snapshot) == (21, 2, FETCHED)  # PRI (a territory) and IUCN skipped
    return store


def _partners(store, actor, pred, side, as_of):
    d = analysis.dossier(store, actor, as_of)
    return {p["id"]: p for ps in d["partners"].get(pred, {}).values() for p in ps if p["side"] == side}


def test_wikidata_sample_relations_with_their_dates(wd):
    rels = {(r["subject"], r["predicate"], r["object"], r["date"], r["attrs"]["status"]): r
            for r in api.relations(wd, source="wikidata-relations")}
    assert rels[("USA", "diplomatic_relations", "VEN", "1835", "maintained")]["date_end"] == date(2019, 1, 23)
    assert ("USA", "diplomatic_relations", "VEN", "2019-01-23", "severed") in rels
    assert ("CUB", "diplomatic_relations", "VEN", FETCHED, "maintained") in rels  # stated from both sides, undated
    assert len(rels[("CUB", "diplomatic_relations", "VEN", FETCHED, "maintained")]["evidence"]) == 2
    assert ("VEN", "membership", "OAS", "2019-04-27", "left") in rels
    assert ("USA", "embassy", "VEN", "2019-03-14", "closed") in rels
    assert not any("PRI" in k for k in rels)


def test_wikidata_venezuela_over_time(wd):
    assert set(_partners(wd, "VEN", "diplomatic_relations", "both", "2018-06-30")) == {"USA", "CHN", "PRK"}
    assert set(_partners(wd, "VEN", "diplomatic_relations", "both", FETCHED)) == {"CUB", "RUS", "BRA", "CHN", "PRK"}
    assert "OAS" in _partners(wd, "VEN", "membership", "out", "2018-06-30")
    assert set(_partners(wd, "VEN", "membership", "out", FETCHED)) == {"UN", "OPEC"}
    today = analysis.dossier(wd, "VEN")["counts"]["diplomatic_partners"]
    assert (today["value"], today["current"], today["last_observed"]) == (5, 0, {"2024": 5})


def test_wikidata_nato_has_its_members(wd):
    assert set(_partners(wd, "NATO", "membership", "in", "2021-06-30")) == NATO_2021
    counts = analysis.dossier(wd, "NATO", FETCHED)["counts"]["members"]
    assert (counts["value"], counts["current"]) == (7, 7)
    page = TestClient(create_app(wd.path), base_url=LOCAL).get("/actor/NATO", params={"as_of": FETCHED}).text
    assert "<strong>7</strong> members" in page


def _claim_doc(store, date_: str, value: int) -> None:
    text = f"Venezuela maintains relations with {value} UN countries."
    quote = f"{value} UN countries"
    i = text.index(quote)
    store.add_document(Source(content_hash(text), "document", "founding", text=text, date=date_), [
        Relation("VEN", "claim", None, attrs={"measure": "diplomatic_relations_count", "value": value,
                                              "qualifier": "UN countries"},
                 evidence=(Evidence("", quote, i, i + len(quote)),))], extractor="test", extractor_version="1")


def test_claims_checked_against_the_nearest_data(wd):
    """The founding document's 2020 claim is set against the Wikidata statements taken 3.6 years later
    (5 UN states in the sample), not against a 2005 wave; the Counted column shows the count."""
    datasets.load("cow-diplomatic-exchange", shared_path("datasets", "cow_diplomatic_exchange",
                                                         "Diplomatic_Exchange_2006v1.csv"), wd)
    _claim_doc(wd, "2020-10-30", 164)
    [c] = analysis.check_claims(wd, "VEN")["claims"]
    assert (c["verdict"], c["counted"], c["data_date"], c["gap"]) == ("inconsistent", 5, FETCHED, "3.6 years later")
    assert c["data_sources"] == {"wikidata-relations": 5}
    html = TestClient(create_app(wd.path), base_url=LOCAL).get("/claims").text
    assert '<td class="num counted">5<br><span class="meta">on 2024-06-01, 3.6 years later</span>' in html


def test_claims_without_near_data_show_the_nearest_count(store):
    datasets.load("cow-diplomatic-exchange", shared_path("datasets", "cow_diplomatic_exchange",
                                                         "Diplomatic_Exchange_2006v1.csv"), store)
    _claim_doc(store, "2020-10-30", 164)
    [c] = analysis.check_claims(store, "VEN")["claims"]
    assert c["verdict"] == "not_checkable" and c["data_date"] == "2005-12-31" and c["gap"] == "14.8 years earlier"
    assert c["counted"] > 60 and f"nearest count {c['counted']} on 2005-12-31 (14.8 years earlier" in c["reason"]


@pytest.mark.parametrize("content, message", [
    (b'{"head": {"vars": ["kind"]}, "results": ', "not valid JSON"),
    (b'{"rows": []}', "JSON but not SPARQL query results"),
    (b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}', "not in the layout of wikidata-relations"),
])
def test_wikidata_bad_files_are_one_clear_error(store, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(PluripolarError, match=message):
        datasets.load("wikidata-relations", bad, store)
    assert store.con.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    r = CliRunner().invoke(main, ["data", "load", "wikidata-relations", "--file", str(bad), "--db", str(store.path)])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and message in r.output


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def send_header(self, keyword: str, value: str) -> None:
        if keyword == "Last-Modified":
            value = email.utils.formatdate(1_717_200_000, usegmt=True)  # 2024-06-01
        super().send_header(keyword, value)


def test_wikidata_fetch_saves_the_results_dated_by_the_server(tmp_path, monkeypatch):
    """`data fetch` (here from a local server standing in for the query service) saves the JSON under
    its own name, dated by Last-Modified, so a load without --date takes that day."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(SAMPLE.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{SAMPLE.name}?format=json"
        spec = datasets.get("wikidata-relations")
        assert spec.download_url.startswith(wikidata.ENDPOINT + "?query=") and "format=json" in spec.download_url
        monkeypatch.setattr(wikidata, "WIKIDATA_RELATIONS", spec.__class__(**{**spec.__dict__, "download_url": url}))
        r = CliRunner().invoke(main, ["data", "fetch", "wikidata-relations", "--dest", str(tmp_path)])
        assert r.exit_code == 0, r.output
    finally:
        server.shutdown()
    saved = Path(r.output.strip().splitlines()[-1])
    assert saved.name == "wikidata_relations.json" and saved.read_bytes() == SAMPLE.read_bytes()
    with Store(tmp_path / "f.duckdb") as s:
        assert datasets.load("wikidata-relations", saved, s).snapshot == FETCHED
    assert json.loads(saved.read_text())["head"]["vars"][0] == "kind"
