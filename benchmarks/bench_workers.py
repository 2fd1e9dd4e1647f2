"""Extraction on several cores: documents/s at 1 and N workers on the same texts.

    python benchmarks/bench_workers.py [--docs 672] [--workers N] [--repeat 3]

Replicates the dev corpus texts (../shared/corpus/docs) to `--docs` documents and extracts them with
`api.extract(..., workers=1)` and `workers=N` (default: every core), each run in a fresh process and
timed end to end (model loading included: once in-process for 1 worker, once per worker process for
N), alternating 1 and N so that load from other work falls on both; medians of `--repeat` runs.
Checks that the N-worker output equals the 1-worker output, prints documents/s and the speed-up, and
exits 1 when the output differs or when 2 workers are under 1.6× one. For more than one machine, the
same extractor runs on Apache Spark (`extract --engine spark`, `bench_gdelt.py` for the Spark path).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
TARGET_2 = 1.6


def documents(n: int):
    from pluripolar.sources import Document

    base = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if not base:
        sys.exit(f"no texts in {CORPUS}")
    return [Document(doc=f"d{i}", text=base[i % len(base)], date="2024-01-01") for i in range(n)]


def child(workers: int, n: int) -> None:
    """One measured run: extract `n` documents with `workers` processes; print seconds and a digest."""
    from pluripolar import api

    docs = documents(n)
    start = time.perf_counter()
    digest = hashlib.sha256()
    for _, rels in api.extract(docs, workers=workers):
        for r in rels:
            digest.update(json.dumps(api.relation_record(r), sort_keys=True, default=str).encode())
    print(json.dumps({"seconds": time.perf_counter() - start, "digest": digest.hexdigest()}))


def run(workers: int, n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(workers), "--docs", str(n)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=672)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.docs)
        return 0
    from pluripolar.text.workers import default_workers

    n_workers = args.workers or default_workers()
    times: dict[int, list[float]] = {1: [], n_workers: []}
    digests = set()
    loads = []
    for _ in range(args.repeat):
        for w in (1, n_workers):
            loads.append(os.getloadavg()[0])
            r = run(w, args.docs)
            times[w].append(r["seconds"])
            digests.add(r["digest"])
    one, many = statistics.median(times[1]), statistics.median(times[n_workers])
    speedup = one / many
    print(f"documents={args.docs} repeat={args.repeat} cores={default_workers()} "
          f"load average during runs {min(loads):.1f}-{max(loads):.1f}")
    print(f"1 worker:  {one:.1f} s  ({args.docs / one:.1f} documents/s)  runs: {', '.join(f'{t:.1f}' for t in times[1])}")
    print(f"{n_workers} workers: {many:.1f} s  ({args.docs / many:.1f} documents/s)  "
          f"runs: {', '.join(f'{t:.1f}' for t in times[n_workers])}")
    print(f"speed-up {speedup:.2f}x; output identical: {len(digests) == 1}")
    if len(digests) != 1:
        return 1
    return 0 if n_workers != 2 or speedup >= TARGET_2 else 1


if __name__ == "__main__":
    sys.exit(main())
