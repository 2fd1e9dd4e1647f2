"""The request gate (web/guard.py) and paging: Host allow-list, writes checked from their headers before
the body is read, rate limits counting failed tokens, minimum token length, list endpoints paged."""
from __future__ import annotations

import select
import socket

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from pluripolar.errors import InvalidInput
from pluripolar.web.app import create_app
from pluripolar.web.guard import allowed_hosts, host_name
from pluripolar.web.server import background_server

from .web_support import seeded_db  # noqa: F401  (fixture)

LOCAL = "http://127.0.0.1:8000"
TOKEN = "a-long-enough-token-0123456789"
EMPTY_DOC = {"text": "   "}


@pytest.fixture
def make_client(tmp_path):
    def make(base_url: str = LOCAL, **kwargs) -> TestClient:
        return TestClient(create_app(tmp_path / "w.duckdb", **kwargs), raise_server_exceptions=False,
                          base_url=base_url)

    return make


def _error(r, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == status and "\n" not in body["error"]
    return body["error"]


def test_web_guard_host_must_name_the_bound_address(make_client):
    evil = make_client(base_url="http://evil.example")
    assert "evil.example" in _error(evil.get("/api/sources"), 400)
    assert _error(evil.post("/api/ingest", json={"text": "Cuba and Venezuela signed an agreement."}), 400)
    assert evil.get("/").status_code == 400  # pages too (DNS rebinding reads)
    for ok in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000", "http://LOCALHOST"):
        assert make_client(base_url=ok).get("/api/sources").status_code == 200, ok
    named = make_client(base_url="http://pluripolar.internal", allow_hosts=["pluripolar.internal"])
    assert named.get("/api/sources").status_code == 200
    public = make_client(base_url="http://localhost", host="192.0.2.7", public=True, token=TOKEN)
    assert _error(public.get("/api/sources"), 400)  # a non-loopback bind answers only for its own address


def test_web_guard_host_parsing():
    assert [host_name(h) for h in ("a.example:80", "[::1]:8000", "::1", "LOCALHOST", "x")] == \
        ["a.example", "::1", "::1", "localhost", "x"]
    assert allowed_hosts("127.0.0.1") >= {"127.0.0.1", "localhost", "::1"}
    assert allowed_hosts("192.0.2.7", ["Proxy.Example "]) == {"192.0.2.7", "proxy.example"}


def test_web_guard_token_needs_sixteen_characters(tmp_path, monkeypatch):
    with pytest.raises(InvalidInput, match="at least 16"):
        create_app(tmp_path / "w.duckdb", token="s3cret")
    from pluripolar.cli import main

    monkeypatch.setenv("PLURIPOLAR_TOKEN", "short")
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "w.duckdb")])
    assert r.exit_code == 1 and "at least 16" in r.output and len(r.output.strip().splitlines()) == 1


def test_web_guard_failed_tokens_use_up_the_rate_limit(make_client):
    c = make_client(token=TOKEN, ingest_burst=2, ingest_rate=0.01)
    wrong = {"Authorization": "Bearer wrong-wrong-wrong-wrong"}
    assert [c.post("/api/ingest", json=EMPTY_DOC, headers=wrong).status_code for _ in range(2)] == [401, 401]
    assert "too many" in _error(c.post("/api/ingest", json=EMPTY_DOC, headers=wrong), 429)
    assert c.get("/api/sources").status_code == 200  # reads are not limited


def _raw(url: str, *parts: bytes) -> tuple[int, bytes, int]:
    """Send `parts` to the server one after another until it answers; its status, body, and how many
    parts were sent before the answer came (the server may close the connection while we still send)."""
    host, port = url.removeprefix("http://").split(":")
    data, sent = b"", 0
    with socket.create_connection((host, int(port)), timeout=10) as s:
        for part in parts:
            try:
                s.sendall(part)
            except OSError:
                break
            sent += 1
            if select.select([s], [], [], 0.05)[0]:
                break
        try:
            while chunk := s.recv(65536):
                data += chunk
        except OSError:
            pass
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body, sent


def test_web_guard_refuses_before_reading_the_body(tmp_path):
    # Headers announce a 300 MB body that is never sent: the answer must come from the headers alone
    # (if the server waited for the body, the socket would time out instead).
    app = create_app(tmp_path / "w.duckdb", token=TOKEN)
    with background_server(app) as url:
        host = url.removeprefix("http://")
        head = (f"POST /api/ingest HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                "Content-Length: 300000000\r\n").encode()
        status, body, _ = _raw(url, head + b"Connection: close\r\n\r\n")
        assert status == 401 and b"token" in body  # no token: refused before the size is even looked at
        status, body, _ = _raw(url, head + f"Authorization: Bearer {TOKEN}\r\nConnection: close\r\n\r\n".encode())
        assert status == 413 and b"over" in body
        # chunked, no Content-Length: cut off once past the limit, not read to the end
        chunk = b"x" * (1 << 20)
        n = app.state.pp.max_body // len(chunk) + 20
        start = (f"POST /api/extract HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                 f"Authorization: Bearer {TOKEN}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        status, body, sent = _raw(url, start.encode(), *[f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"] * n)
        assert status == 413 and sent < n  # answered before the whole body was sent


def test_web_paging_defaults_maxima_and_next_offset(seeded_db):  # noqa: F811
    with TestClient(create_app(seeded_db), base_url=LOCAL, raise_server_exceptions=False) as c:
        everything = c.get("/api/relations", params={"limit": 1000}).json()
        assert everything["next_offset"] is None and everything["offset"] == 0
        first = c.get("/api/relations").json()
        assert first["limit"] == 100 and first["count"] == min(100, everything["count"])
        walked, offset = [], 0
        while offset is not None:
            page = c.get("/api/relations", params={"limit": 7, "offset": offset}).json()
            assert page["count"] <= 7
            walked += page["rows"]
            offset = page["next_offset"]
        assert [r["id"] for r in walked] == [r["id"] for r in everything["rows"]]
        assert "limit" in _error(c.get("/api/relations", params={"limit": 1001}), 422)
        assert _error(c.get("/api/sources", params={"offset": -1}), 422)
        actors = c.get("/api/actors", params={"limit": 10, "offset": 10}).json()
        assert actors["count"] == 10 and actors["next_offset"] == 20 and actors["total"] > 100
        spec = c.get("/openapi.json").json()
        for path in ("/api/relations", "/api/sources", "/api/actors", "/api/claims", "/api/dyad/{a}/{b}"):
            params = {p["name"]: p["schema"] for p in spec["paths"][path]["get"]["parameters"]}
            assert params["limit"]["default"] == 100 and params["limit"]["maximum"] == 1000, path
            assert params["offset"]["minimum"] == 0, path


@pytest.mark.parametrize("url", ["/api/relations?since=2020", "/api/relations?until=yesterday",
                                 "/api/relations?limit=99999999999999999999",
                                 "/api/dossier/PRK?as_of=99999999999999999999",
                                 "/actor/PRK?as_of=99999999999999999999", "/api/polarity?first=99999999999999999999"])
def test_web_bad_values_are_4xx_with_a_message(seeded_db, url):  # noqa: F811
    with TestClient(create_app(seeded_db), base_url=LOCAL, raise_server_exceptions=False) as c:
        r = c.get(url)
    assert r.status_code in (400, 404, 422), (url, r.status_code, r.text[:200])
