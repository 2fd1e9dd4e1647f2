"""Bounded load test of `pluripolar serve` on loopback: N concurrent clients for a fixed few seconds.

Starts the app on 127.0.0.1 (a free port) over a temporary store holding the founding document when
../shared is present, then runs `clients` concurrent httpx clients that cycle through read endpoints
and `writers` clients that ingest small new documents (each ingest also rebuilds the derived actor
index that the dossier reads) until `seconds` have passed. Prints requests/s, p50/p95/p99 latency of
reads and of writes, and the error count; exits 1 on any error. Traffic goes to 127.0.0.1 only and
stops by itself.

    .venv/bin/python benchmarks/bench_web_load.py [--clients 16] [--writers 2] [--seconds 10] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

READ_PATHS = ("/api/overview", "/api/sources", "/api/actors?kind=state", "/api/dossier/PRK",
              "/api/relations?actor=PRK", "/actor/PRK", "/", "/static/style.css", "/api/dossier/CUB",
              "/api/claims", "/api/dyad/CUB/VEN")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def write_body(n: int) -> dict[str, str]:
    """The n-th document a writer ingests: new text each time, naming two states and a date."""
    day, month, year = n % 28 + 1, MONTHS[n // 28 % 12], 1990 + n // 336
    return {"text": f"Cuba and Venezuela signed an agreement on energy cooperation in Havana on {day} {month} "
                    f"{year}. Venezuela expressed its support for Cuba.", "date": f"{year}-12-31"}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) of `values`, by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


async def load(base_url: str, paths: tuple[str, ...] = READ_PATHS, clients: int = 8,
               seconds: float = 3.0, max_requests: int = 100_000, writers: int = 0,
               token: str | None = None) -> dict[str, float]:
    """Hit `paths` from `clients` concurrent readers and ingest new documents from `writers` concurrent
    writers for `seconds`; latency percentiles in ms, for reads and for writes."""
    if urlsplit(base_url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the load test only targets loopback addresses")
    latencies: list[float] = []
    write_latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    written = iter(range(1_000_000))
    headers = {"Authorization": f"Bearer {token}"} if token else {}

    async def writer() -> None:
        async with httpx.AsyncClient(base_url=base_url, timeout=120.0, headers=headers) as http:
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    r = await http.post("/api/ingest", json=write_body(next(written)))
                    if r.status_code != 200 or r.json()["summary"]["stored"] != 1:
                        errors.append(f"ingest: HTTP {r.status_code} {r.text[:200]}")
                        continue
                except httpx.HTTPError as e:
                    errors.append(f"ingest: {type(e).__name__}")
                    continue
                write_latencies.append((time.perf_counter() - start) * 1000)

    async def client(n: int) -> None:
        async with httpx.AsyncClient(base_url=base_url, timeout=30.0) as http:
            i = n
            while time.perf_counter() < deadline and len(latencies) + len(errors) < max_requests:
                path = paths[i % len(paths)]
                i += 1
                start = time.perf_counter()
                try:
                    r = await http.get(path)
                    if r.status_code != 200:
                        errors.append(f"{path}: HTTP {r.status_code}")
                        continue
                except httpx.HTTPError as e:
                    errors.append(f"{path}: {type(e).__name__}")
                    continue
                latencies.append((time.perf_counter() - start) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)), *(writer() for _ in range(writers)))
    elapsed = time.perf_counter() - began
    return {"clients": clients, "writers": writers, "seconds": round(elapsed, 2), "requests": len(latencies),
            "rps": round(len(latencies) / elapsed, 1), "errors": len(errors),
            "first_error": errors[0] if errors else None,
            "p50_ms": round(percentile(latencies, 50), 1) if latencies else None,
            "p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
            "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
            "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
            "writes": len(write_latencies),
            "write_p50_ms": round(percentile(write_latencies, 50), 1) if write_latencies else None,
            "write_p95_ms": round(percentile(write_latencies, 95), 1) if write_latencies else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()

    from pluripolar import api
    from pluripolar.sources import read_file
    from pluripolar.store import Store
    from pluripolar.web.app import create_app
    from pluripolar.web.server import background_server

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        seed = args.shared / "seed" / "000_c93953e814c4a429.txt"
        with Store(db) as s:
            if seed.exists():
                api.ingest([read_file(seed, date="2020-10-30")], s)
            else:
                print(f"note: {seed} absent; serving an empty store", file=sys.stderr)
        app = create_app(db, ingest_burst=1_000_000, ingest_rate=1_000_000)  # writers go as fast as they can
        with background_server(app) as base:
            stats = asyncio.run(load(base, clients=args.clients, seconds=args.seconds, writers=args.writers))
    for k, v in stats.items():
        print(f"{k}: {v}")
    return 1 if stats["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
