"""Benchmark `scale gdelt` on DuckDB and Spark at 1×, 10× and 100× the GDELT 2.0 sample.

The sample export (2,111 rows) is replicated into k files of a temporary folder, each copy with its
GLOBALEVENTIDs shifted so that rows stay distinct. Each (engine, factor) runs in its own subprocess:
the Spark session is started first (not timed), then the aggregation runs `--runs` times; the median
is reported with rows/s, and the peak resident memory of the process (plus, for Spark, of its JVM).
The growth ratio time(100×)/time(1×) shows how cost grows with input.

    .venv/bin/python benchmarks/bench_gdelt.py [--factors 1 10 100] [--runs 3] [--engines duckdb spark]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLE = ("datasets", "gdelt", "20191024143000.export.CSV")
ID_STEP = 10_000_000_000  # shift per copy: above any real GLOBALEVENTID

_CHILD = r"""
import json, os, resource, statistics, sys, time
engine, pattern, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
from pluripolar.scale import gdelt_dyad_month
jvm_peak = None
if engine == "spark":
    from pluripolar.scale.spark import session
    ctx = session("local[2]", shuffle_partitions=4)
    spark = ctx.__enter__()
times = []
for i in range(runs):
    t = time.perf_counter()
    s = gdelt_dyad_month(pattern, out, engine=engine)
    times.append(time.perf_counter() - t)
if engine == "spark":
    pid = spark.sparkContext._gateway.proc.pid
    with open(f"/proc/{pid}/status") as f:
        jvm_peak = next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
    ctx.__exit__(None, None, None)
print(json.dumps({"median_s": statistics.median(times), "runs": times, "events": s.events,
                  "dyad_months": s.dyad_months, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "jvm_peak_kib": jvm_peak}))
"""


def replicate(sample: Path, folder: Path, factor: int) -> int:
    """Write `factor` copies of the sample into `folder`; returns the number of rows."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = sample.read_bytes().splitlines(keepends=True)
    for k in range(factor):
        with open(folder / f"copy{k:04d}.export.CSV", "wb") as f:
            for line in lines:
                event_id, rest = line.split(b"\t", 1)
                f.write(str(int(event_id) + k * ID_STEP).encode() + b"\t" + rest)
    return len(lines) * factor


def run(engine: str, folder: Path, out: Path, runs: int) -> dict:
    env = {**os.environ, "SPARK_LOCAL_IP": os.environ.get("SPARK_LOCAL_IP", "127.0.0.1")}
    proc = subprocess.run([sys.executable, "-c", _CHILD, engine, str(folder / "*.CSV"), str(out), str(runs)],
                          capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{engine} run failed: {proc.stderr.strip().splitlines()[-1]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", nargs="+", default=["duckdb", "spark"], choices=["duckdb", "spark"])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = ap.parse_args()
    sample = Path(args.shared).joinpath(*SAMPLE)
    if not sample.exists():
        raise SystemExit(f"bench_gdelt: {sample} not found (needs ../shared)")
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-gdelt-") as tmp:
        for factor in args.factors:
            folder = Path(tmp) / f"x{factor}"
            rows = replicate(sample, folder, factor)
            for engine in args.engines:
                r = run(engine, folder, Path(tmp) / f"out-{engine}-{factor}", args.runs)
                results.append({"engine": engine, "factor": factor, "rows": rows, **r})
                jvm = f"  jvm peak {r['jvm_peak_kib'] / 1024:.0f} MB" if r["jvm_peak_kib"] else ""
                print(f"{engine:6} {factor:>4}×  {rows:>9,} rows  median {r['median_s']:.2f} s  "
                      f"{rows / r['median_s']:>12,.0f} rows/s  peak {r['peak_kib'] / 1024:.0f} MB{jvm}",
                      flush=True)
    lo, hi = min(args.factors), max(args.factors)
    for engine in args.engines:
        t = {r["factor"]: r["median_s"] for r in results if r["engine"] == engine}
        print(f"{engine}: time({hi}×)/time({lo}×) = {t[hi] / t[lo]:.1f} for {hi // lo}× the rows")
    print(json.dumps({"bench": "gdelt", "results": results}))


if __name__ == "__main__":
    main()
