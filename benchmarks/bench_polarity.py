"""Benchmark: the CON series 1816–2022 (COW NMC v7.0, COW majors) must take under a second.

Usage: .venv/bin/python benchmarks/bench_polarity.py [--cache benchmarks/.cache] [--runs 20]
Builds (once, cached) a store with cow-nmc and cow-majors loaded from ../shared, then times the whole
series through `pluripolar.analysis.polarity`, against a baseline in the same process: one DuckDB
query that only reads the capability and major-power tables. Exits 1 when the target is missed.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "datasets"
FILES = {
    "cow-nmc": SHARED / "cow_nmc" / "NMC-70-abridged_from_peacesciencer.csv",
    "cow-majors": SHARED / "cow_state_system" / "majors2016_from_peacesciencer.csv",
}
TARGET_SECONDS = 1.0


def polarity_store(cache: Path):
    """A store with the NMC and majors files loaded (reused from `cache` when present)."""
    from pluripolar import datasets
    from pluripolar.store import Store

    cache.mkdir(parents=True, exist_ok=True)
    store = Store(cache / "polarity.duckdb")
    for name, path in FILES.items():
        datasets.load(name, path, store)
    return store


def time_con_series(store, runs: int) -> dict[str, float]:
    """Median and worst seconds for the CON series 1816–2022, and the baseline's median."""
    from pluripolar import analysis

    analysis.polarity(store, "con", "cow", 1816, 2022)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        rows = analysis.polarity(store, "con", "cow", 1816, 2022)
        times.append(time.perf_counter() - t)
    assert len(rows) == 207, len(rows)
    base = []
    for _ in range(runs):
        t = time.perf_counter()
        store.con.execute("SELECT year, sum(cinc) FROM capabilities JOIN major_powers USING (ccode) "
                          "GROUP BY year").fetchall()
        base.append(time.perf_counter() - t)
    return {"median_s": statistics.median(times), "max_s": max(times), "baseline_median_s": statistics.median(base)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / ".cache")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    with polarity_store(args.cache) as store:
        r = time_con_series(store, args.runs)
    ok = r["max_s"] < TARGET_SECONDS
    print(f"CON series 1816-2022: median {r['median_s'] * 1000:.1f} ms, worst {r['max_s'] * 1000:.1f} ms "
          f"(target < {TARGET_SECONDS * 1000:.0f} ms; {r['median_s'] / r['baseline_median_s']:.1f}x a plain "
          f"aggregate over the same tables) {'OK' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
