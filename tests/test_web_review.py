"""Ingest review (accept, reject, edit before saving; corrections kept beside the extractor's output;
flags for future, inferred and hedged dates), fuzzy actor search, the helpful 404 and the API docs."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pluripolar.actors.search import max_edits, search
from pluripolar.web.app import create_app

LOCAL = "http://127.0.0.1:8000"
DOC = {"title": "Review me", "date": "2024-03-12",
       "text": "Brazil would open an embassy in Cuba next year, the minister said on Tuesday. "
               "Russia and China signed an agreement on energy cooperation. Peru criticised Chile on 3 March 2024. "
               "Japan will send aid to Nepal on 2 May 2024."}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("review") / "r.duckdb", ingest_burst=100),
                      raise_server_exceptions=False,
                      base_url=LOCAL)


@pytest.fixture(scope="module")
def proposed(client):
    body = client.post("/api/extract", json=DOC).json()
    return {(r["subject"], r["predicate"], r["object"]): r for r in body["relations"]}


def test_web_review_flags_what_needs_a_look(proposed):
    flags = {k: {f["flag"] for f in r["flags"]} for k, r in proposed.items()}
    assert "hedged" in flags[("BRA", "embassy", "CUB")]  # "would open … next year": not yet happened
    assert flags[("CHN", "agreement", "RUS")] == {"inferred"}  # undated: the document's date stands for it
    assert flags[("PER", "criticism", "CHL")] == set()  # dated in the text, before the document
    japan = next(r for k, r in proposed.items() if k[0] == "JPN")
    assert {"future", "hedged"} <= {f["flag"] for f in japan["flags"]}  # 2 May 2024 is after 12 March 2024
    assert all(f["why"] for r in proposed.values() for f in r["flags"])


def test_web_review_saves_what_the_analyst_decided_and_keeps_the_extractors_output(client, proposed):
    embassy, coop = proposed[("BRA", "embassy", "CUB")], proposed[("CHN", "cooperation", "RUS")]
    review = [{"index": embassy["index"], "action": "reject", "expect": embassy["key"]},
              {"index": coop["index"], "action": "edit", "expect": coop["key"], "predicate": "support",
               "date": "2024-03-01", "subject": "Russia", "object": "China"}]
    saved = client.post("/api/ingest", json={**DOC, "review": review, "analyst": "A. Analyst"}).json()
    assert saved["summary"]["stored"] == 1 and saved["summary"]["relations"] == len(proposed) - 1
    source = client.get(f"/api/sources/{saved['source_id']}").json()
    stored = {(r["subject"], r["predicate"], r["object"]): r for r in source["relations"]}
    assert ("BRA", "embassy", "CUB") not in stored and ("CHN", "cooperation", "RUS") not in stored
    edited = stored[("RUS", "support", "CHN")]
    assert edited["date"] == "2024-03-01" and "date_inferred" not in edited["attrs"]
    assert edited["correction"]["analyst"] == "A. Analyst"
    assert edited["correction"]["changes"] == {"subject": ["CHN", "RUS"], "object": ["RUS", "CHN"],
                                               "predicate": ["cooperation", "support"],
                                               "date": ["2024-03-12", "2024-03-01"]}
    assert edited["evidence"][0]["extractor"] == "pluripolar.text" and edited["evidence"][0]["extractor_version"]
    assert edited["evidence"][0]["quote"] == coop["quote"]
    kinds = {k["action"]: k for k in source["corrections"]}
    assert set(kinds) == {"rejected", "edited"}
    assert kinds["rejected"]["extracted"]["quote"] == embassy["quote"] and kinds["rejected"]["relation_id"] is None
    assert kinds["edited"]["extracted"]["predicate"] == "cooperation" and kinds["edited"]["relation_id"] == edited["id"]
    assert all(k["extractor_version"] and k["analyst"] == "A. Analyst" for k in source["corrections"])
    page = client.get(f"/source/{saved['source_id']}").text
    assert "edited by A. Analyst" in page and 'id="rejected"' in page and "rejected by A. Analyst" in page


@pytest.mark.parametrize(("item", "word"), [
    ({"index": 99}, "preview again"),
    ({"index": 0, "expect": "USA|visit|CHN|0-1"}, "no longer"),
    ({"index": 0, "action": "edit", "predicate": "hugs"}, "hugs"),
    ({"index": 0, "action": "edit", "subject": "Atlantis"}, "Atlantis"),
    ({"index": 0, "action": "edit", "date": "last Tuesday"}, "YYYY"),
    ({"index": 0, "action": "edit", "status": "melted"}, "melted"),
    ({"index": 0, "action": "maybe"}, "action"),
    ({"index": "0"}, "index"),
    ({"index": 0, "colour": "red"}, "colour"),
])
def test_web_review_bad_decisions_are_refused_and_nothing_is_stored(client, item, word):
    doc = {**DOC, "text": DOC["text"] + " (draft)"}
    before = client.get("/api/sources").json()["count"]
    r = client.post("/api/ingest", json={**doc, "review": [item]})
    assert r.status_code == 400 and word in r.json()["error"] and "\n" not in r.json()["error"]
    assert client.get("/api/sources").json()["count"] == before


def test_web_search_tolerates_misspellings_and_matches_whole_names():
    assert [m.actor_id for m in search("Hamas")] == ["org:hamas"]  # never the Bahamas
    assert search("Venezuala")[0].actor_id == "VEN"
    assert search("Rusia")[0].actor_id == "RUS"
    assert {"PRK", "KOR"} <= {m.actor_id for m in search("Korea")[:3]}
    assert search("Bahamas")[0].actor_id == "BHS"
    assert search("zz") == [] and search("   ") == []
    assert [max_edits(q) for q in ("EU", "Cuba", "Venezuala")] == [0, 1, 2]


def test_web_search_page_and_api(client):
    found = client.get("/api/actors", params={"q": "Venezuala"}).json()["rows"]
    assert found[0]["id"] == "VEN" and found[0]["match"]["how"] == "fuzzy"
    assert "BHS" not in {a["id"] for a in client.get("/api/actors", params={"q": "Hamas"}).json()["rows"]}
    page = client.get("/", params={"q": "Venezuala"}).text
    assert 'href="/actor/VEN"' in page and "close spelling" in page


def test_web_404_suggests_and_helps(client):
    r = client.get("/dyad/CUB/Venezuala")
    assert r.status_code == 404 and 'href="/dyad/CUB/VEN"' in r.text
    assert "pluripolar actors" not in r.text  # no command line to run
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and 'name="q"' in missing.text and 'href="/api/docs"' in missing.text
    api = client.get("/api/dossier/Venezuala")
    assert api.status_code == 404 and api.json()["ok"] is False  # the API keeps its envelope


def test_web_api_docs_are_served_from_npm_assets(client):
    from pluripolar.web.pages import DIST

    page = client.get("/api/docs").text
    assert '<div id="swagger-ui">' in page and "/static/dist/swagger-ui.css" in page
    assert "/static/dist/apidocs.js" in page or not (DIST / "apidocs.js").exists()
    assert "http://" not in page.split("<body")[0] and "https://" not in page.split("<body")[0]  # no CDN
