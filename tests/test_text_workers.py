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
