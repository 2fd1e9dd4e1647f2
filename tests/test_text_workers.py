"""Extraction on several processes: the same relations as one process, in input order."""
from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar import api
from pluripolar.cli import main
from pluripolar.sources import Document
from pluripolar.text import workers

pytestmark = pytest.mark.slow

SENTENCES = [
    "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations, in a deal brokered by China.",
    "The United States imposed sanctions on Venezuela's state oil company last week.",
    "Kenya and Ethiopia signed an agreement to trade electricity across their border.",
    "France withdrew its troops from Mali in 2022, ending a nine-year deployment.",
    "Japan condemned North Korea's missile launch on Tuesday.",
]
DOCS = [Document(doc=f"w{i:02d}", text=" ".join(SENTENCES[i % 5:] + SENTENCES[:i % 5] + [f"Report {i}."]),
                 date="2024-03-01") for i in range(19)]  # 3 chunks of at most 8: the pool is used


def records(results) -> list[tuple[str, dict]]:
    return [(d.doc, api.relation_record(r)) for d, rels in results for r in rels]


@pytest.fixture(scope="module")
def one_worker() -> list[tuple[str, dict]]:
    return records(api.extract(DOCS, workers=1))


def test_workers_output_is_identical_to_one_worker_and_in_input_order(one_worker):
    assert one_worker and len({doc for doc, _ in one_worker}) == len(DOCS)
    two = records(api.extract(iter(DOCS), workers=2))
    assert two == one_worker
    assert [doc for doc, _ in two] == sorted(doc for doc, _ in two)


def test_workers_a_single_chunk_is_extracted_without_a_pool(one_worker, monkeypatch):
    def no_pool(*a, **kw):
        raise AssertionError("a pool was started for one chunk")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
    few = DOCS[:workers.CHUNK]
    assert records(api.extract(few, workers=2)) == [r for r in one_worker if r[0] in {d.doc for d in few}]


def test_workers_cli_ingest_stores_every_document_in_input_order(one_worker, tmp_path):
    lines = "".join(f'{{"doc": "{d.doc}", "text": "{d.text}", "date": "{d.date}"}}\n' for d in DOCS)
    (tmp_path / "docs.jsonl").write_text(lines)
    db = tmp_path / "w.duckdb"
    res = CliRunner().invoke(main, ["ingest", "--input", str(tmp_path / "docs.jsonl"), "--workers", "2",
                                    "--db", str(db)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    names = [r[0] for r in con.execute("SELECT name FROM sources ORDER BY added_at, rowid").fetchall()]
    n = con.execute("SELECT count(*) FROM relations").fetchone()[0]
    con.close()
    assert names == [d.doc for d in DOCS] and n == len(one_worker)


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc)."""
    from pathlib import Path

    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


def test_workers_end_when_their_parent_is_killed(tmp_path):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    lines = "".join(f'{{"doc": "k{i}", "text": "{SENTENCES[i % 5]} Note {i}."}}\n' for i in range(4000))
    (tmp_path / "many.jsonl").write_text(lines)
    proc = subprocess.Popen([str(Path(sys.executable).with_name("pluripolar")), "extract", "--input",
                             str(tmp_path / "many.jsonl"), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers_seen: list[int] = []
    while time.monotonic() < deadline and len(workers_seen) < 2:
        servers = _children(proc.pid)
        workers_seen = [w for s in servers for w in _children(s)]
        time.sleep(0.2)
    assert len(workers_seen) == 2, "the pool did not start"
    family = servers + workers_seen
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(p) for p in family):
        time.sleep(0.2)
    assert [p for p in family if _alive(p)] == []
