"""Benchmark `data load` against DuckDB's own read of the same file.

For each dataset: time `pluripolar.datasets.load` into a fresh store, and DuckDB's `read_csv` +
`CREATE TABLE AS` of the same file into a fresh DuckDB file, each in its own subprocess (so peak RSS,
which tracemalloc cannot see inside DuckDB, is per run), the two alternating so that a change in the
machine's load hits both. Prints the medians of several runs: rows/s, the ratio load/baseline (target
≥ 0.5), the same ratio with closing the file counted (DuckDB may leave its checkpoint to the close)
and peak memory.

`floor` is the ratio no loader of these records could beat: the same read of the file, then inserting
the very rows the load stores (relations, evidence, analysis rows, computed beforehand, so no mapping
at all) into a fresh store in one transaction. When it is below 0.5, the aim is out of reach for
what the store must hold per row, whatever the mapping does.

    .venv/bin/python benchmarks/bench_load.py [NAME …] [--runs 3] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = {
    "cow-diplomatic-exchange": ("cow_diplomatic_exchange", "Diplomatic_Exchange_2006v1.csv"),
    "unga-votes": ("unga_votes", "un_votes.csv"),
    "atop": ("atop_alliances", "atop_alliance_v5.1_ddy_from_peacesciencer.csv"),
}

_CHILD = r"""
import json, resource, sys, time
mode, name, path, db = sys.argv[1:5]
if mode == "load":
    from pluripolar import datasets
    from pluripolar.store import Store
    store = Store(db)
    t = time.perf_counter()
    rows = datasets.load(name, path, store).rows_read
    seconds = time.perf_counter() - t
    store.close()
elif mode == "floor":
    from pluripolar import datasets
    from pluripolar.store import Store
    with Store(db + ".ref") as ref:
        datasets.load(name, path, ref)
    store = Store(db)
    con = store.con
    con.execute(f"ATTACH '{db}.ref' AS ref (READ_ONLY)")
    tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'ref' "
                                        "AND table_name NOT IN ('schema_migrations', 'actor_edges_state')").fetchall()]
    for t in tables:
        con.execute(f"CREATE TEMP TABLE _{t} AS SELECT * FROM ref.{t}")
    con.execute("DETACH ref")
    t = time.perf_counter()
    con.begin()
    rows = con.execute("CREATE TEMP TABLE raw AS SELECT * FROM read_csv(?)", [path]).fetchone()[0]
    for table in tables:
        con.execute(f"INSERT INTO {table} SELECT * FROM _{table}")
    con.commit()
    seconds = time.perf_counter() - t
    store.close()
else:
    import duckdb
    con = duckdb.connect(db)
    t = time.perf_counter()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [path])
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    seconds = time.perf_counter() - t
    con.close()
print(json.dumps({"rows": rows, "seconds": seconds, "closed": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(mode: str, name: str, path: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _CHILD, mode, name, str(path), str(Path(tmp) / "b.duckdb")],
                             check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", default=list(CASES), help="datasets to time (default: all)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = ap.parse_args()
    print(f"{'dataset':26} {'rows':>9} {'load rows/s':>12} {'duckdb rows/s':>14} {'ratio':>6} {'closed':>7} "
          f"{'floor':>6} {'load MB':>8} {'duckdb MB':>10}")
    for name in args.names:
        path = Path(args.shared, "datasets", *CASES[name])
        runs = [(_run("load", name, path), _run("duckdb", name, path), _run("floor", name, path))
                for _ in range(args.runs)]
        load, base, floor = ([r[i] for r in runs] for i in range(3))
        rows = load[0]["rows"]
        t_load, t_base, t_floor = (statistics.median(r["seconds"] for r in rs) for rs in (load, base, floor))
        c_load, c_base = (statistics.median(r["closed"] for r in rs) for rs in (load, base))
        print(f"{name:26} {rows:>9,} {rows / t_load:>12,.0f} {rows / t_base:>14,.0f} {t_base / t_load:>6.2f} "
              f"{c_base / c_load:>7.2f} {t_base / t_floor:>6.2f} {statistics.median(r['peak_mb'] for r in load):>8.0f} "
              f"{statistics.median(r['peak_mb'] for r in base):>10.0f}")


if __name__ == "__main__":
    main()
