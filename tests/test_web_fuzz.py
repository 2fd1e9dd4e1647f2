"""Junk values on every route: every parameter of every operation in /openapi.json (and of every page
route) gets hostile values one at a time and in random mixes, and every POST route gets junk bodies.
No response may be a 500; each error must be the one-line envelope (JSON under /api/).
"""
from __future__ import annotations

import json
import random
import re
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from pluripolar.web.app import create_app
from pluripolar.web.pages import router as pages_router
from pluripolar.web.routes_api import router as api_router

from .web_support import seeded_db  # noqa: F401  (fixture)

LOCAL = "http://127.0.0.1:8000"
JUNK = ("", " ", "0", "-1", "1", "2020", "2020-13-45", "0000-00-00", "9999-12-31", "99999999999999999999",
        "-99999999999999999999", "1e309", "NaN", "null", "true", "[]", "{}", "PRK", "North Korea", "PRK,USA",
        "'; DROP TABLE sources; --", "%", "%00", "\x00", "\ud7ff", "ﬀ\u202e", "../../etc/passwd",
        "<script>alert(1)</script>", "a" * 5000, "9" * 5000, "top:0", "share:-1", "top:99999999999999999999",
        "2020-02-30", "20201030", "2020-W01-1", "--", "\\", "$lo", "$1")
JUNK_BODIES = ([], {}, None, 1, "text", [{"text": "x"}], {"text": 1}, {"text": None, "url": None},
               {"text": "x", "date": "2020-13-45"}, {"text": "x", "date": "99999999999999999999"},
               {"url": "file:///etc/passwd"}, {"url": "http://127.0.0.1:1/"}, {"url": "gopher://x"},
               {"text": "x", "doc": "../../etc/passwd"}, {"text": "\ud800"}, {"text": "Cuba " * 50, "doc": "\x00"},
               {"text": "x", "title": ["a"]}, {"text": "x", "extra": 1e309})
RAW_BODIES = (b"", b"{", b"[" * 100_000, b'{"text": ' + b"9" * 10_000 + b"}", b"\xff\xfe\x00",
              b'{"text": "\\ud800"}', b"null", b'"\\u0000"')


@pytest.fixture(scope="module")
def client(seeded_db):  # noqa: F811
    with TestClient(create_app(seeded_db, ingest_burst=10_000, ingest_rate=1000), base_url=LOCAL,
                    raise_server_exceptions=False) as c:
        yield c


def _operations(client) -> list[tuple[str, str, list[dict]]]:
    """(method, path template, parameters) of every operation in /openapi.json and every page route."""
    spec = client.get("/openapi.json").json()
    ops = [(m.upper(), path, op.get("parameters", [])) for path, item in spec["paths"].items()
           for m, op in item.items()]
    for route in pages_router.routes:
        if isinstance(route, APIRoute):
            params = [{"name": p.alias, "in": "path"} for p in route.dependant.path_params]
            params += [{"name": p.alias, "in": "query"} for p in route.dependant.query_params]
            params += [{"name": p.alias, "in": "query"} for d in route.dependant.dependencies
                       for p in d.query_params]
            ops += [(m, route.path, params) for m in route.methods if m == "GET"]
    return ops


def _url(path: str, values: dict[str, str], params: list[dict]) -> str:
    """The path with path parameters filled (a plausible value when not junked) and query junk added."""
    defaults = {"actor_id": "PRK", "a": "PRK", "b": "VEN", "source_id": "x"}
    for p in params:
        if p["in"] == "path":
            value = values.get(p["name"], defaults.get(p["name"], "x"))
            path = path.replace("{" + p["name"] + "}", quote(value, safe="") or "%20")
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in values.items()
                     if any(p["name"] == k and p["in"] == "query" for p in params))
    return path + ("?" + query if query else "")


def _check(r, url: str) -> None:
    assert r.status_code != 500 and r.status_code < 500, f"{url}: {r.status_code} {r.text[:300]}"
    if r.status_code >= 400 and r.request.url.path.startswith("/api/"):
        body = r.json()
        assert body["ok"] is False and "\n" not in body["error"], url


def test_web_fuzz_every_parameter_of_every_route_never_500(client):
    rng = random.Random(13)
    ops = [op for op in _operations(client) if op[0] == "GET"]
    assert len(ops) >= 15  # the API's GET routes and the pages
    requests = 0
    for method, path, params in ops:
        names = [p["name"] for p in params]
        cases = [{n: v} for n in names for v in JUNK] + [
            {n: rng.choice(JUNK) for n in names} for _ in range(10 if names else 0)]
        for values in cases or [{}]:
            url = _url(path, values, params)
            _check(client.get(url), url)
            requests += 1
    print(f"\nfuzzed GET requests: {requests}")
    assert requests > 1000


def test_web_fuzz_junk_bodies_never_500(client):
    posts = [path for method, path, _ in _operations(client) if method == "POST"]
    assert set(posts) == {"/api/extract", "/api/ingest"}
    for path in posts:
        for body in JUNK_BODIES:
            _check(client.post(path, content=json.dumps(body), headers={"content-type": "application/json"}), path)
        for raw in RAW_BODIES:
            _check(client.post(path, content=raw, headers={"content-type": "application/json"}), path)


def test_web_fuzz_routes_are_all_covered(client):
    # every route of the app is reached by the generator (a new route cannot escape the fuzzing)
    seen = {re.sub(r"\{[^}]+\}", "{}", p) for _, p, _ in _operations(client)}
    routes = [r.path for router in (api_router, pages_router) for r in router.routes if isinstance(r, APIRoute)]
    assert len(routes) >= 20
    for path in routes:
        assert re.sub(r"\{[^}]+\}", "{}", path) in seen, path
