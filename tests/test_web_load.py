"""The served app on loopback: reads keep being answered during an ingest, and a short bounded load test."""
from __future__ import annotations

import asyncio
import importlib.util
import threading
from pathlib import Path

import httpx
import pytest

from pluripolar.web import services
from pluripolar.web.app import create_app
from pluripolar.web.server import background_server

from .web_support import seeded_db  # noqa: F401  (fixture)

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_web_load.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_web_load", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base_url(seeded_db):
    with background_server(create_app(seeded_db, ingest_burst=1000, ingest_rate=1000, share_store=True)) as url:
        yield url


def test_web_load_reads_answer_while_an_ingest_runs(base_url, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real_save = services.save

    def slow_save(store, doc, *review):
        started.set()
        release.wait(20)
        return real_save(store, doc, *review)

    monkeypatch.setattr(services, "save", slow_save)
    result: dict = {}

    def post() -> None:
        text = "Cuba and Venezuela signed an agreement on agriculture in Havana on 3 May 2021."
        result["r"] = httpx.post(f"{base_url}/api/ingest", json={"text": text, "date": "2021-05-04"}, timeout=60)

    writer = threading.Thread(target=post)
    writer.start()
    try:
        assert started.wait(20), "the ingest did not start"
        reads = [httpx.get(f"{base_url}{p}", timeout=10) for p in ("/api/sources", "/api/dossier/PRK", "/")]
        assert [r.status_code for r in reads] == [200, 200, 200]
        assert writer.is_alive()  # the ingest was still running while all three reads were answered
    finally:
        release.set()
        writer.join(60)
    assert result["r"].status_code == 200 and result["r"].json()["summary"]["stored"] == 1


def test_web_load_short_run_has_no_errors(base_url):
    stats = asyncio.run(_bench().load(base_url, clients=8, seconds=2.0))
    assert stats["errors"] == 0, stats["first_error"]
    assert stats["requests"] >= 8 and stats["p50_ms"] <= stats["p95_ms"] <= stats["p99_ms"]
    print(f"\nweb load: {stats}")


def test_web_load_readers_beside_writers_have_no_errors(base_url):
    # Each ingest adds a source that the dossier's derived actor index lacks until it is rebuilt; the
    # dossier readers must neither rebuild it beside the writer nor fail (main before this: 44 of 798
    # requests were 500s, "duplicate key" and "Conflict on tuple deletion").
    stats = asyncio.run(_bench().load(base_url, clients=4, writers=1, seconds=4.0))
    assert stats["errors"] == 0, stats["first_error"]
    assert stats["writes"] >= 1 and stats["requests"] >= 8
    with httpx.Client(base_url=base_url) as http:
        sources = http.get("/api/sources", params={"limit": 1000}).json()["rows"]
        dossier = http.get("/api/dossier/CUB").json()
    assert len(sources) >= 1 + stats["writes"]  # the seed and every acknowledged ingest are stored
    # the index the dossier reads is up to date with the writes: Cuba's agreements with Venezuela show
    assert any(p["id"] == "VEN" for p in dossier["map"]), dossier["map"]
    print(f"\nweb load with a writer: {stats}")


def test_web_load_refuses_non_loopback_targets():
    with pytest.raises(ValueError):
        asyncio.run(_bench().load("http://192.0.2.1:8000", seconds=0.1))
