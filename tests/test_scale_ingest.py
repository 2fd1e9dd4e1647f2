"""`ingest` streams JSONL in batches: an interrupted run resumes, and memory does not grow with input."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pyarrow as pa
import pytest
from click.testing import CliRunner

from pluripolar import api
from pluripolar.cli import main
from pluripolar.sources import Document, read_jsonl
from pluripolar.store import Store
from pluripolar.store.rows import EVIDENCE_SCHEMA, RELATION_SCHEMA

STATES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Egypt", "Turkey",
          "Chile", "Vietnam", "Norway", "Nigeria", "Peru", "Spain", "Indonesia", "Poland"]
SENTENCES = ["{a} and {b} signed a trade agreement in {m}.", "{a} imposed new sanctions on {b} in {m}.",
             "The president of {a} visited {b} in {m}.", "{a} condemned {b} over the border incident.",
             "{a} sent humanitarian aid to {b} after the floods in {m}.",
             "{a} and {b} agreed to expand cooperation in energy and transport."]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def write_docs(path, n: int, sentences: int = 2, seed: int = 7) -> list[str]:
    """A JSONL of `n` distinct news-like documents; returns their ids."""
    rng, seen, ids = random.Random(seed), set(), []
    pool = [rng.choice(SENTENCES).format(a=a, b=b, m=rng.choice(MONTHS))
            for a, b in (rng.sample(STATES, 2) for _ in range(2000))]
    with open(path, "w", encoding="utf-8") as f:
        while len(ids) < n:
            text = " ".join(rng.choices(pool, k=sentences))
            text = f"Report {len(ids) + 1}. {text}"
            if text in seen:
                continue
            seen.add(text)
            ids.append(f"n{len(ids) + 1}")
            f.write(json.dumps({"doc": ids[-1], "text": text, "date": "2024-08-01"}) + "\n")
    return ids


def stored(db) -> int:
    with Store(db, must_exist=True, read_only=True) as s:
        return s.con.execute("SELECT count(*) FROM sources").fetchone()[0]


def test_scale_ingest_resumes_after_an_interruption(tmp_path):
    docs, db = tmp_path / "docs.jsonl", tmp_path / "s.duckdb"
    ids = write_docs(docs, 200)

    def interrupted():
        for n, d in enumerate(read_jsonl(docs)):
            if n == len(ids) // 2:
                raise KeyboardInterrupt
            yield d

    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        api.ingest(interrupted(), store, batch_size=32)
    first = stored(db)
    assert 0 < first <= len(ids) // 2          # whole batches were committed before the stop
    res = CliRunner().invoke(main, ["ingest", "--input", str(docs), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert f"stored {len(ids) - first}, already stored {first}" in res.output
    assert stored(db) == len(ids)
    again = CliRunner().invoke(main, ["ingest", "--input", str(docs), "--db", str(db)])
    assert f"stored 0, already stored {len(ids)}" in again.output and stored(db) == len(ids)


def _copies(path, text: str, n: int) -> None:
    """A JSONL of `n` documents with the same text (so one stored source makes them all skipped)."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"doc": f"c{i}", "text": text, "date": "2024-08-01"}) + "\n")


def _prestore(db, text: str) -> None:
    """Store the text as a source without extraction (as if an earlier ingest had found nothing)."""
    empty = pa.Table.from_pylist([], schema=RELATION_SCHEMA), pa.Table.from_pylist([], schema=EVIDENCE_SCHEMA)
    with Store(db) as store:
        store.write_source(api.document_source(Document(doc="c0", text=text)), *empty)


def _peak_rss_kib(docs, db) -> int:
    """Peak resident memory of a `pluripolar ingest --input docs` process, in KiB."""
    proc = subprocess.Popen([sys.executable, "-c", "from pluripolar.cli import main; main()",
                             "ingest", "--input", str(docs), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode()
    assert os.waitstatus_to_exitcode(status) == 0, err
    assert "already stored" in err
    return usage.ru_maxrss


@pytest.mark.slow
def test_scale_ingest_memory_does_not_grow_with_input(tmp_path):
    """10× more input (about 90 MB of stored documents to stream past) must not raise the peak by 15 %."""
    sample = tmp_path / "sample.jsonl"
    write_docs(sample, 1, sentences=10_000)
    text = json.loads(sample.read_text())["text"]
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    _copies(small, text, 15)
    _copies(large, text, 150)
    assert large.stat().st_size > 80_000_000
    peaks = {}
    for name, docs in (("small", small), ("large", large)):
        _prestore(tmp_path / f"{name}.duckdb", text)
        peaks[name] = _peak_rss_kib(docs, tmp_path / f"{name}.duckdb")
    growth = (large.stat().st_size - small.stat().st_size) / 1024
    assert peaks["large"] < peaks["small"] * 1.15, peaks
    assert peaks["large"] - peaks["small"] < growth / 2, peaks   # far less than holding the extra input
