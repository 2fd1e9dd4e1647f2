"""The web app's JSON API and its security defaults, through FastAPI's TestClient."""
from __future__ import annotations

import html

import duckdb
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from pluripolar.web import services
from pluripolar.web.app import create_app
from pluripolar.web.security import TokenBucket, is_loopback, token_matches

from .web_support import XSS_TEXT, seeded_db  # noqa: F401  (fixture)

LOCAL = "http://127.0.0.1:8000"  # the Host the app answers for (the bound loopback address)
EMPTY_DOC = {"text": "   "}  # passes the write guard, then fails as bad input: no extraction runs


@pytest.fixture
def make_client(tmp_path):
    def make(**kwargs) -> TestClient:
        return TestClient(create_app(tmp_path / "w.duckdb", **kwargs), raise_server_exceptions=False, base_url=LOCAL)

    return make


def _envelope(r, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == status and set(body) == {"ok", "error", "status"}
    assert "\n" not in body["error"] and "Traceback" not in body["error"]
    return body["error"]


def test_web_api_openapi_lists_the_api(make_client):
    paths = make_client().get("/openapi.json").json()["paths"]
    for p in ("/api/actors", "/api/relations", "/api/dossier/{actor_id}", "/api/dyad/{a}/{b}", "/api/claims",
              "/api/polarity", "/api/sources", "/api/sources/{source_id}", "/api/ingest", "/api/extract"):
        assert p in paths
    assert "post" in paths["/api/ingest"] and "/actor/{actor_id}" not in paths


def test_web_api_security_headers_on_pages_and_api(make_client):
    c = make_client()
    for url in ("/ingest", "/api/sources", "/static/style.css"):
        h = c.get(url).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'self'" in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"


def test_web_api_errors_use_one_envelope(make_client):
    c = make_client()
    assert "nope" in _envelope(c.get("/api/sources/nope"), 404)
    assert "/api/missing" in _envelope(c.get("/api/missing"), 404)
    assert _envelope(c.get("/api/relations?limit=zero"), 422).startswith("query.limit:")
    assert "predicate" in _envelope(c.get("/api/relations?predicate=befriends"), 400)
    page = c.get("/source/nope")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_web_api_unexpected_error_is_one_line_500(make_client, monkeypatch):
    def boom(*args):
        raise RuntimeError("secret detail\nsecond line")

    monkeypatch.setattr(services, "sources", boom)
    error = _envelope(make_client().get("/api/sources"), 500)
    assert "RuntimeError" in error and "secret" not in error


def test_web_api_writes_need_the_token_when_set(make_client):
    c = make_client(token="s3cret-s3cret-s3cret")
    assert "token" in _envelope(c.post("/api/ingest", json=EMPTY_DOC), 401)
    assert _envelope(c.post("/api/ingest", json=EMPTY_DOC, headers={"Authorization": "Bearer wrong"}), 401)
    ok = c.post("/api/ingest", json=EMPTY_DOC, headers={"Authorization": "Bearer s3cret-s3cret-s3cret"})
    assert "text" in _envelope(ok, 400)  # past the guard: refused for its content, not its token
    assert c.get("/api/sources").status_code == 200  # reads stay open


def test_web_api_public_bind_without_token_refuses_writes(make_client):
    assert "PLURIPOLAR_TOKEN" in _envelope(make_client(public=True).post("/api/ingest", json=EMPTY_DOC), 403)


def test_web_api_cross_site_writes_are_refused(make_client):
    c = make_client()
    assert "cross-origin" in _envelope(
        c.post("/api/ingest", json=EMPTY_DOC, headers={"Origin": "http://evil.example"}), 403)
    form = c.post("/api/ingest", content=b"text=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert _envelope(form, 415)
    preflight = c.options("/api/ingest", headers={"Origin": "http://evil.example",
                                                  "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers  # CORS is off


def test_web_api_ingest_is_rate_limited(make_client):
    c = make_client(ingest_burst=2, ingest_rate=0.01)
    assert [c.post("/api/ingest", json=EMPTY_DOC).status_code for _ in range(2)] == [400, 400]
    r = c.post("/api/ingest", json=EMPTY_DOC)
    assert "too many" in _envelope(r, 429)
    assert int(r.headers["retry-after"]) >= 1


def test_web_api_token_bucket_refills():
    b = TokenBucket(burst=2, rate=0.5)
    assert [b.take("a", now=0.0), b.take("a", now=0.0)] == [0.0, 0.0]
    assert b.take("a", now=0.0) == pytest.approx(2.0)  # one token needs 1 / 0.5 s
    assert b.take("b", now=0.0) == 0.0  # buckets are per client
    assert b.take("a", now=2.0) == 0.0


def test_web_api_token_compare_is_constant_time(monkeypatch):
    import hmac

    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    assert token_matches("abc", "abc") and not token_matches("abd", "abc") and not token_matches(None, "abc")
    assert calls == [(b"abc", b"abc"), (b"abd", b"abc")]


def test_web_api_loopback_addresses():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.4", "::", "example.org"))


def test_web_serve_refuses_public_bind_without_token(monkeypatch, tmp_path):
    from pluripolar.cli import main

    monkeypatch.delenv("PLURIPOLAR_TOKEN", raising=False)
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "w.duckdb"), "--host", "0.0.0.0"])
    assert r.exit_code == 2
    assert "PLURIPOLAR_TOKEN" in r.output and len(r.output.strip().splitlines()) == 1


def test_web_services_segments_cut_text_at_every_quote():
    text = "abcdefghij"
    segs = services.segments(text, [(2, 5), (4, 8), (2, 5), (9, 99)])  # overlap, duplicate, out of range
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["spans"], s["anchors"]) for s in segs] == [
        ("ab", [], []), ("cd", ["char-2-5"], ["char-2-5"]), ("e", ["char-2-5", "char-4-8"], ["char-4-8"]),
        ("fgh", ["char-4-8"], []), ("ij", [], [])]


# With the founding document ingested (extractor and actor knowledge base).

@pytest.fixture
def seeded(seeded_db):
    with TestClient(create_app(seeded_db), raise_server_exceptions=False, base_url=LOCAL) as c:
        yield c


def test_web_api_dossier_has_the_prk_embassies(seeded_db):
    with duckdb.connect(str(seeded_db), read_only=True) as con:  # before the app opens the file
        hosts = {r[0] for r in con.execute("SELECT DISTINCT object FROM relations "
                                           "WHERE subject = 'PRK' AND predicate = 'embassy'").fetchall()}
    with TestClient(create_app(seeded_db), base_url=LOCAL) as c:
        dossier = c.get("/api/dossier/PRK", params={"as_of": "2020-10-30"}).json()
    assert {"PER", "CUB", "BRA", "MEX", "VEN"} <= hosts
    embassy_partners = {p["id"] for p in dossier["map"] if "embassy" in p["predicates"]}
    assert hosts <= embassy_partners
    assert all(p["iso_numeric"] for p in dossier["map"] if p["id"] in hosts)
    assert dossier["actor"]["iso_numeric"] == 408  # ISO 3166 numeric of North Korea


def test_web_api_page_shows_what_its_api_returns(seeded):
    dossier = seeded.get("/api/dossier/PRK").json()
    page = seeded.get("/actor/PRK").text
    for p in dossier["map"]:
        assert html.escape(p["name"]) in page
    sources = seeded.get("/api/sources").json()["rows"]
    listing = seeded.get("/sources").text
    assert all(f'/source/{s["id"]}' in listing for s in sources) and len(sources) == 1


def test_web_api_source_quotes_are_slices_of_the_text(seeded):
    sid = seeded.get("/api/sources").json()["rows"][0]["id"]
    src = seeded.get(f"/api/sources/{sid}").json()
    assert "".join(s["text"] for s in src["segments"]) == src["text"]
    quotes = [e for r in src["relations"] for e in r["evidence"] if e.get("char_start") is not None]
    assert quotes
    for e in quotes:
        assert src["text"][e["char_start"]:e["char_end"]] == e["quote"]


def test_web_api_ingest_round_trip_keeps_markup_as_text(seeded):
    preview = seeded.post("/api/extract", json={"text": XSS_TEXT, "date": "2021-03-20"}).json()
    assert preview["stored"] is False and preview["document"]["text"] == XSS_TEXT
    saved = seeded.post("/api/ingest", json={"text": XSS_TEXT, "date": "2021-03-20", "title": "xss"}).json()
    assert saved["summary"]["stored"] == 1
    page = seeded.get(f"/source/{saved['source_id']}").text
    assert "<script>window" not in page and "&lt;script&gt;window" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=&#34;" in page
    again = seeded.post("/api/ingest", json={"text": XSS_TEXT, "date": "2021-03-20"}).json()
    assert again["summary"]["skipped"] == 1


def test_web_api_lone_surrogate_text_is_bad_input(make_client):
    c = make_client()
    body = '{"text": "Japan and Chile \\ud800 signed a deal."}'
    r = c.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert "not valid Unicode" in _envelope(r, 400)


def test_web_contradictions_name_their_sources_by_title_outlet_and_date(tmp_path):
    from pluripolar import api
    from pluripolar.sources import Document
    from pluripolar.store import Store

    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        api.ingest([Document("a", "North Korea and Venezuela established diplomatic relations in 1965.", "2020-01-01",
                             title="Pyongyang's Caribbean friends", outlet="Korea Herald"),
                    Document("b", "Diplomatic relations between Venezuela and North Korea were established "
                                  "on October 28, 1974.", "2020-02-01")], store)
        ids = {r[0]: r[1] for r in store.con.execute("SELECT name, id FROM sources").fetchall()}
    c = TestClient(create_app(db), raise_server_exceptions=False, base_url=LOCAL)
    for url in ("/claims", "/dyad/PRK/VEN"):
        page = c.get(url).text
        assert page.count('class="contradiction"') == 1
        box = page[page.index('class="contradiction"'):]
        assert (f'<a href="/source/{ids["a"]}"><span class="source-name">Pyongyang&#39;s Caribbean friends</span>'
                " · Korea Herald · 2020-01-01</a>") in box
        assert "says 1965 · established" in box and "says 1974-10-28 · established" in box
        # an untitled document falls back to its name, still with its date
        assert f'<a href="/source/{ids["b"]}"><span class="source-name">b</span> · 2020-02-01</a>' in box
    assert '<a href="/dyad/PRK/VEN">PRK → VEN</a>' in c.get("/claims").text
    side = c.get("/api/dyad/PRK/VEN").json()["contradictions"][0]
    sides = {s["source_id"]: s for s in (side["a"], side["b"])}
    assert sides[ids["a"]]["title"] == "Pyongyang's Caribbean friends" and sides[ids["a"]]["outlet"] == "Korea Herald"
    assert str(sides[ids["b"]]["source_date"]) == "2020-02-01"
