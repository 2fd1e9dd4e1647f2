"""Issue 13, items 1-3: no document lost when its extraction fails, texts of any size up to the limit,
near-linear time on long sentences, a per-document time limit, and a FIFO as the store path."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from pluripolar import api
from pluripolar.cli import main
from pluripolar.errors import ExtractionFailed
from pluripolar.sources import Document
from pluripolar.store import Store
from pluripolar.text import Extractor, extractor as extractor_module
from pluripolar.text.pieces import MAX_SENTENCE, bounded, text_pieces
from pluripolar.web.app import create_app

PLURIPOLAR = Path(sys.executable).with_name("pluripolar")
LOCAL = "http://127.0.0.1:8000"  # the Host the web app answers for
TOMORROW = "France and Germany will sign a trade agreement tomorrow, and Russia condemned Ukraine on Monday."
DOCS = [("j1", "Russia imposed sanctions on Ukraine."), ("j2", "Japan condemned China on Monday."),
        ("j3", "Niger expelled the French ambassador.")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def stored_names(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM sources").fetchall())
    finally:
        con.close()


def quotes_are_slices(text: str, rels) -> None:
    for r in rels:
        for e in r.evidence:
            assert text[e.char_start:e.char_end] == e.quote and e.quote
            assert e.sentence in text


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"doc": d, "text": t, "date": "2024-03-06"}) + "\n" for d, t in DOCS))
    return path


@pytest.fixture
def j2_fails(monkeypatch):
    """Document j2 fails in a stage of the extractor, as the 9999-12-31 OverflowError did."""
    original = Extractor._relations

    def flaky(self, pieces, text, doc_id, *args):
        if doc_id == "j2":
            raise OverflowError("date value out of range")
        return original(self, pieces, text, doc_id, *args)

    monkeypatch.setattr(Extractor, "_relations", flaky)


# --- item 1: a failed document is not stored as done

def test_reliability_extract_far_article_date_is_extracted_and_stored(tmp_path):
    # the reproduction of issue 13: `ingest --date 9999-12-31` stored the document with 0 relations, exit 0
    doc = tmp_path / "far.txt"
    doc.write_text(TOMORROW)
    db = tmp_path / "s.duckdb"
    for date in ("9999-12-31", "0001-01-01"):
        res = run("extract", doc, "--date", date, "--format", "jsonl")
        assert res.exit_code == 0, res.output
        rels = [json.loads(line) for line in res.stdout.splitlines()]
        assert {(r["subject"], r["predicate"], r["object"]) for r in rels} >= {("DEU", "agreement", "FRA")}
    res = run("ingest", doc, "--date", "9999-12-31", "--db", db)
    assert res.exit_code == 0, res.output
    assert "relations: 0" not in res.stderr and stored_names(db) == ["far"]


def test_reliability_extract_failed_document_is_reported_not_stored_and_retried(tmp_path, jsonl, j2_fails,
                                                                                monkeypatch):
    db = tmp_path / "s.duckdb"
    res = run("ingest", "--input", jsonl, "--db", db)
    assert res.exit_code == 1
    assert "failed: j2: extraction failed (OverflowError: date value out of range at " in res.stderr
    assert "(stored 2, already stored 0, failed 1)" in res.stderr
    assert res.stderr.strip().splitlines()[-1].startswith("Error: 1 document not extracted (listed above)")
    assert stored_names(db) == ["j1", "j3"]
    res = run("ingest", "--input", jsonl, "--db", db, "--skip-bad")  # still failing: reported, exit 0
    assert res.exit_code == 0 and "failed: j2:" in res.stderr and "failed 1" in res.stderr
    monkeypatch.undo()  # the stage is fixed: the rerun stores j2, the others are already stored
    res = run("ingest", "--input", jsonl, "--db", db)
    assert res.exit_code == 0, res.output
    assert "(stored 1, already stored 2)" in res.stderr and stored_names(db) == ["j1", "j2", "j3"]


def test_reliability_extract_cli_extract_reports_a_failed_document(jsonl, j2_fails):
    res = run("extract", "--input", jsonl, "--format", "jsonl")
    assert res.exit_code == 1 and "failed: j2: extraction failed" in res.stderr
    assert {json.loads(line)["doc"] for line in res.stdout.splitlines()} == {"j1", "j3"}
    assert run("extract", "--input", jsonl, "--format", "jsonl", "--skip-bad").exit_code == 0


def test_reliability_extract_api_counts_failures_and_raises_by_default(tmp_path, j2_fails):
    docs = [Document(doc=d, text=t, date="2024-03-06") for d, t in DOCS]
    failed: list[str] = []
    with Store(tmp_path / "s.duckdb") as store:
        summary = api.ingest(docs, store, on_failure=lambda d, e: failed.append(d.doc))
        assert (summary.stored, summary.failed, failed) == (2, 1, ["j2"])
        assert not store.has_source(api.document_source(docs[1]).id)
        with pytest.raises(ExtractionFailed, match="^j2: "):
            api.ingest(docs, store)
    with pytest.raises(ExtractionFailed):
        list(api.extract(docs[1:2]))


def test_reliability_extract_web_ingest_says_it_failed_and_releases_the_lock(tmp_path, j2_fails):
    app = create_app(tmp_path / "w.duckdb")
    with TestClient(app, raise_server_exceptions=False, base_url=LOCAL) as c:
        for route in ("/api/ingest", "/api/extract"):
            r = c.post(route, json={"text": DOCS[1][1], "doc": "j2"})
            assert r.status_code == 400 and r.json()["ok"] is False
            assert r.json()["error"].startswith("j2: extraction failed (OverflowError") and "not stored" in r.json()["error"]
        assert c.get("/api/sources").json()["count"] == 0
        assert c.post("/api/ingest", json={"text": DOCS[0][1], "doc": "j1"}).status_code == 200  # lock released


# --- items 2 and 3: any size up to the limit, near-linear time, a time limit

def test_reliability_extract_text_over_spacys_limit_is_extracted(ex):
    # spaCy refuses over 1,000,000 characters (E088): the text is parsed in pieces, offsets stay exact
    text = "France condemned Germany on 3 May 2021." + " " * 1_100_000 + "\nJapan expelled the Chinese ambassador."
    rels = ex.extract(text, doc_id="huge", date="2024-01-01")
    assert {(r.subject, r.predicate, r.object) for r in rels} == {("FRA", "criticism", "DEU"), ("JPN", "expulsion", "CHN")}
    assert [r.evidence[0].char_start > 1_100_000 for r in rels] == [False, True]
    quotes_are_slices(text, rels)


def test_reliability_extract_pieces_keep_relations_and_exact_offsets(ex, monkeypatch):
    paragraphs = [
        "Peru and Chile signed a trade agreement on 4 May 2019.",
        "Norway expelled two Russian diplomats on Tuesday.",
        "The United States imposed sanctions on Iran.",
        "Kenya and Uganda signed a defence pact.",
    ] * 6
    text = "\n\n".join(paragraphs)
    whole = ex.extract(text, doc_id="w", date="2019-05-10")
    monkeypatch.setattr(extractor_module, "PIECE_CHARS", 300)  # pieces of at most 300 characters
    cut = ex.extract(text, doc_id="w", date="2019-05-10")
    assert len(text_pieces(text, 300)) == 4
    assert [(r.subject, r.predicate, r.object, r.date) for r in cut] == \
        [(r.subject, r.predicate, r.object, r.date) for r in whole]
    assert [[(e.char_start, e.char_end) for e in r.evidence] for r in cut] == \
        [[(e.char_start, e.char_end) for e in r.evidence] for r in whole]
    quotes_are_slices(text, cut)


@pytest.mark.parametrize("text", ["ab\ncd. ef gh" * 40, "x" * 1000, "one two. three\n" * 77, "a\n" * 500])
def test_reliability_extract_text_pieces_cover_the_text(text):
    pieces = text_pieces(text, 64)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= 64 for a, b in pieces) and pieces[0][0] == 0 and pieces[-1][1] == len(text)
    if text.count("\n") * 32 > len(text):  # a line break in every half piece: every cut is after one
        assert all(text[b - 1] == "\n" for a, b in pieces[:-1])


def test_reliability_extract_long_sentence_is_cut_and_extracted(ex):
    unit = "France signed a trade agreement with Germany, Russia condemned the sanctions imposed by Iran on Iraq, "
    text = unit * 120 + "and Japan expelled the Chinese ambassador."
    doc = ex.nlp(text)
    assert max(len(s) for s in doc.sents) > 5 * MAX_SENTENCE
    cut = bounded(ex.nlp, doc)
    assert cut.text == text and max(len(s) for s in cut.sents) <= MAX_SENTENCE
    rels = ex.extract(text, doc_id="long", date="2024-01-01")
    assert {("DEU", "agreement", "FRA"), ("JPN", "expulsion", "CHN")} <= {(r.subject, r.predicate, r.object) for r in rels}
    assert len(max(rels, key=lambda r: len(r.evidence)).evidence) > 50  # every repetition is evidence
    quotes_are_slices(text, rels)


def test_reliability_extract_normal_text_is_not_reparsed(ex):
    doc = ex.nlp("Kenya and Uganda signed a defence pact. Norway expelled two Russian diplomats.")
    assert bounded(ex.nlp, doc) is doc


def test_reliability_extract_a_list_of_states_gives_every_pair(ex):
    # 60 states before one trigger: 1,770 pairs, each read once per trigger (was cubic: 100 states took 43 s)
    import csv
    from importlib import resources

    rows = csv.DictReader(resources.files("pluripolar.actors").joinpath("data", "states.csv").open(encoding="utf-8"))
    names = [r["name"] for r in rows if r["kind"] == "state" and not r["valid_to"] and r["name"].isalpha()][:60]
    text = ", ".join(names[:-1]) + " and " + names[-1] + " signed a trade and energy cooperation agreement."
    rels = [r for r in ex.extract(text, doc_id="list") if r.predicate in ("agreement", "cooperation")]
    assert len({frozenset((r.subject, r.object)) for r in rels}) >= 1500
    assert len(rels) == 2 * 1770 and all(r.attrs == {"sectors": ["energy", "trade"]} for r in rels)


def test_reliability_extract_time_limit_is_a_clear_failure(ex, tmp_path):
    with pytest.raises(ExtractionFailed, match=r"^t: not extracted within its time limit \(1e-09 s for 32 characters\)"):
        ex.extract("Japan condemned China on Monday.", doc_id="t", time_limit=1e-9)
    doc = tmp_path / "t.txt"
    doc.write_text("Japan condemned China on Monday.")
    res = run("ingest", doc, "--time-limit", "0.000000001", "--db", tmp_path / "s.duckdb")
    assert res.exit_code == 1 and "failed: t: not extracted within its time limit" in res.stderr
    assert stored_names(tmp_path / "s.duckdb") == []
    assert run("ingest", doc, "--time-limit", "0", "--db", tmp_path / "s.duckdb").exit_code == 2


def test_reliability_extract_web_time_limit_releases_the_lock(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor_module, "TIME_LIMIT", 1e-9)
    with TestClient(create_app(tmp_path / "w.duckdb"), raise_server_exceptions=False, base_url=LOCAL) as c:
        for _ in range(2):  # the second request gets the lock: the first released it
            r = c.post("/api/ingest", json={"text": DOCS[0][1], "doc": "slow"})
            assert r.status_code == 400 and "not extracted within its time limit" in r.json()["error"]


# --- the store path

def test_reliability_extract_fifo_as_store_path_is_refused(tmp_path):
    fifo = tmp_path / "store.fifo"
    os.mkfifo(fifo)
    res = subprocess.run([str(PLURIPOLAR), "sources", "--db", str(fifo)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 1
    assert res.stderr.strip() == f"Error: {fifo} is not a regular file (a device or pipe); a store is a DuckDB file"


def test_reliability_extract_sentence_ents_are_spacys(ex):
    # spaCy's Span.ents builds every entity of the document per call (quadratic over a long text)
    from pluripolar.text.pieces import sentence_ents

    doc = ex.nlp("Peru and Chile signed a trade agreement on 4 May 2019. Norway expelled two Russian diplomats "
                 "on Tuesday.\n\nThe United States imposed sanctions on Iran in March.")
    assert len(list(doc.sents)) == 3 and len(doc.ents) >= 6
    for sent in doc.sents:
        assert sentence_ents(sent) == list(sent.ents)
    assert sentence_ents(doc[3:9]) == list(doc[3:9].ents)
