"""The command line end to end on the founding document."""
import json

import pytest
from click.testing import CliRunner

from pluripolar.cli import main


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    from .conftest import shared_path

    seed = shared_path("seed", "000_c93953e814c4a429.txt")
    db = tmp_path_factory.mktemp("cli") / "w.duckdb"
    res = run("ingest", seed, "--date", "2020-10-30", "--db", db)
    assert res.exit_code == 0, res.output
    return seed, db, res


def _relations(db):
    res = run("relations", "--db", db, "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_cli_ingest_reports_a_summary(ingested):
    _, _, res = ingested
    assert "documents: 1" in res.stderr and "relations:" in res.stderr and "seconds:" in res.stderr


def test_cli_relations_have_exact_quotes_from_the_document(ingested):
    seed, db, _ = ingested
    text = seed.read_text(encoding="utf-8")
    rows = _relations(db)
    assert len(rows) >= 10
    for r in rows:
        assert {"subject", "predicate", "object", "date", "attrs", "negated", "confidence", "evidence"} <= r.keys()
        assert r["evidence"], r
        for e in r["evidence"]:
            assert e["source"] == seed.stem
            assert text[e["char_start"]:e["char_end"]] == e["quote"]


def test_cli_ingesting_again_adds_nothing(ingested):
    seed, db, _ = ingested
    before = len(_relations(db))
    res = run("ingest", seed, "--date", "2020-10-30", "--db", db)
    assert res.exit_code == 0
    assert "already stored 1" in res.stderr
    assert len(_relations(db)) == before


def test_cli_relations_filters_by_actor_and_predicate(ingested):
    _, db, _ = ingested
    res = run("relations", "--db", db, "--actor", "DPRK", "--predicate", "embassy", "--format", "jsonl")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all(r["predicate"] == "embassy" and "PRK" in (r["subject"], r["object"]) for r in rows)
    res = run("relations", "--db", db, "--format", "csv")
    assert res.stdout.splitlines()[0].startswith("id,subject,predicate,object,date")


def test_cli_sources_lists_the_document(ingested):
    seed, db, _ = ingested
    res = run("sources", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["name"] for r in rows] == [seed.stem]
    assert rows[0]["date"] == "2020-10-30"


def test_cli_extract_writes_annotation_records(seed_path):
    res = run("extract", seed_path, "--date", "2020-10-30", "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    text = seed_path.read_text(encoding="utf-8")
    assert len(rows) >= 10
    for r in rows:
        assert r["doc"] == seed_path.stem
        assert {"plover", "cameo", "confidence", "char_start", "char_end", "sentence"} <= r.keys()
        assert text[r["char_start"]:r["char_end"]] == r["quote"]


def test_cli_actors_resolve_explains():
    res = run("actors", "resolve", "Pyongyang")
    assert res.exit_code == 0
    assert res.stdout.startswith("PRK")


@pytest.mark.parametrize("args, message", [
    (["extract", "/nonexistent/file.txt"], "no such file"),
    (["extract", "--input", "/nonexistent.jsonl"], "no such file"),
    (["ingest", "x.txt", "--date", "30/10/2020"], "YYYY-MM-DD"),
    (["relations", "--db", "/nonexistent/dir/none.duckdb"], "no store at"),
    (["actors", "resolve", "Atlantis"], "Atlantis"),
])
def test_cli_errors_are_one_line(args, message):
    res = run(*args)
    assert res.exit_code != 0
    assert "Traceback" not in res.stderr
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], res.stderr


def test_cli_unknown_predicate_names_valid_ones(ingested):
    _, db, _ = ingested
    res = run("relations", "--db", db, "--predicate", "friendship")
    assert res.exit_code == 1 and "diplomatic_relations" in res.stderr
