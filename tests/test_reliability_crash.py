"""Crash consistency: an ingest and a dataset load killed with SIGKILL midway leave a store that opens
cleanly and holds all or nothing of each source; a rerun completes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pluripolar.store import Store

from .conftest import shared_path

pytestmark = pytest.mark.slow

PLURIPOLAR = str(Path(sys.executable).with_name("pluripolar"))
SENTENCES = ["Iran and Saudi Arabia agreed to restore diplomatic relations.",
             "Russia imposed sanctions on Ukraine.", "Niger expelled the French ambassador.",
             "China signed a trade agreement with Brazil.", "The United States deployed troops to Poland."]
N_DOCS = 120


def fresh_store(path: Path) -> int:
    """Create and migrate a store; its size on disk (file plus WAL) once closed."""
    Store(path).close()
    return disk_size(path)


def disk_size(path: Path) -> int:
    wal = path.with_name(path.name + ".wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def kill_when_writing(args: list[str], db: Path, baseline: int, grown: int) -> subprocess.Popen:
    """Run `pluripolar args`, SIGKILL it once the store has grown by `grown` bytes."""
    proc = subprocess.Popen([PLURIPOLAR, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PLURIPOLAR_DB": str(db)})
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if disk_size(db) > baseline + grown:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"not killed midway (exit {proc.returncode}): {proc.stderr.read()!r}"
    return proc


def source_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT table_name FROM information_schema.columns "
                                      "WHERE column_name = 'source_id' AND table_name <> 'sources'").fetchall()]


def check_all_or_nothing(db: Path) -> dict[str, int]:
    """The store opens read-write (WAL replayed); every source is whole and nothing is orphaned.

    Returns relation counts per source name.
    """
    Store(db).close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table in source_tables(con):
            orphans = con.execute(f"SELECT count(*) FROM {table} t LEFT JOIN sources s ON s.id = t.source_id "
                                  "WHERE s.id IS NULL").fetchone()[0]
            assert orphans == 0, f"{orphans} rows of {table} belong to no stored source"
        mismatched = con.execute("""
            SELECT s.name, s.n_relations, count(r.id) FROM sources s LEFT JOIN relations r ON r.source_id = s.id
            GROUP BY s.id, s.name, s.n_relations HAVING count(r.id) <> s.n_relations""").fetchall()
        assert mismatched == [], f"sources whose relations are incomplete: {mismatched[:5]}"
        loose = con.execute("SELECT count(*) FROM evidence e LEFT JOIN relations r ON r.id = e.relation_id "
                            "WHERE r.id IS NULL").fetchone()[0]
        assert loose == 0
        bare = con.execute("SELECT count(*) FROM relations r WHERE NOT EXISTS "
                           "(SELECT 1 FROM evidence e WHERE e.relation_id = r.id)").fetchone()[0]
        assert bare == 0, f"{bare} relations without evidence"
        rows = con.execute("SELECT s.text, e.quote, e.char_start, e.char_end FROM evidence e "
                           "JOIN sources s ON s.id = e.source_id WHERE s.kind = 'document'").fetchall()
        assert all(quote == text[a:b] for text, quote, a, b in rows)
        return dict(con.execute("SELECT s.name, count(r.id) FROM sources s LEFT JOIN relations r "
                                "ON r.source_id = s.id GROUP BY s.name").fetchall())
    finally:
        con.close()


def test_reliability_crash_killed_ingest_keeps_whole_documents(tmp_path):
    docs = tmp_path / "big.jsonl"
    with docs.open("w") as f:
        for i in range(N_DOCS):
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)) + f" (Report {i}.)"
            f.write(json.dumps({"doc": f"r{i}", "text": text, "date": "2024-05-01"}) + "\n")
    db = tmp_path / "crash.duckdb"
    baseline = fresh_store(db)
    kill_when_writing(["ingest", "--input", str(docs)], db, baseline, grown=20_000)
    stored = check_all_or_nothing(db)
    print(f"killed with {len(stored)} of {N_DOCS} documents stored")
    assert 0 < len(stored) < N_DOCS, f"{len(stored)} documents stored when killed"
    assert sum(stored.values()) > 0
    rerun = subprocess.run([PLURIPOLAR, "ingest", "--input", str(docs), "--db", str(db)], capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already stored {len(stored)})" in rerun.stderr
    after = check_all_or_nothing(db)
    assert len(after) == N_DOCS
    assert all(after[name] == n for name, n in stored.items())  # nothing stored twice or changed


def test_reliability_crash_killed_dataset_load_is_all_or_nothing(tmp_path):
    csv = shared_path("datasets", "cow_diplomatic_exchange", "Diplomatic_Exchange_2006v1.csv")
    db = tmp_path / "data.duckdb"
    baseline = fresh_store(db)
    args = ["data", "load", "cow-diplomatic-exchange", "--file", str(csv)]
    kill_when_writing(args, db, baseline, grown=256_000)
    assert "cow-diplomatic-exchange" not in check_all_or_nothing(db)  # one transaction, killed before commit
    rerun = subprocess.run([PLURIPOLAR, *args, "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert check_all_or_nothing(db)["cow-diplomatic-exchange"] > 0  # whole: n_relations rows, all evidenced
