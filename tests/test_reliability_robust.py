"""Classes of failure found by the robustness matrix (every command and endpoint given missing, empty,
binary, hostile and out-of-range input, and stores in every bad state): each one line, the right exit
code, no traceback, and the store as it was."""
from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.errors import InvalidInput
from pluripolar.sources.fetch import fetch_bytes


def one_line_error(r) -> str:
    assert r.exit_code == 1, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in r.output, r.output
    return lines[0]


def test_robust_serve_on_a_port_in_use_is_one_line_before_the_store_opens(tmp_path):
    """uvicorn logged `ERROR: [Errno 98] …` after `serving … on` and exited 3; now one line, exit 1, and
    the store is never opened (no store file, no serve note)."""
    db = tmp_path / "s.duckdb"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        msg = one_line_error(CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(port)]))
    assert f"cannot listen on 127.0.0.1 port {port}" in msg and "choose another --port" in msg, msg
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("host, expected", [("no-such-host.invalid", "not an address or host name"),
                                            ("192.0.2.1", "no network interface of this machine")])
def test_robust_serve_on_an_address_it_cannot_have_is_one_line(tmp_path, monkeypatch, host, expected):
    monkeypatch.setenv("PLURIPOLAR_TOKEN", "a-token-of-twenty-chars")  # a public bind needs one
    msg = one_line_error(CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.duckdb"), "--host", host]))
    assert expected in msg, msg


def test_robust_serve_public_without_token_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.delenv("PLURIPOLAR_TOKEN", raising=False)
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0"])
    assert r.exit_code == 2 and r.output.strip() == ("Error: refusing to listen on non-loopback address 0.0.0.0 "
                                                     "without PLURIPOLAR_TOKEN set"), r.output


def test_robust_ctrl_c_while_the_commands_import_is_no_traceback():
    """Start-up imports spaCy and the API for seconds; a Ctrl-C then printed a 30-line traceback."""
    code = textwrap.dedent("""
        import importlib
        real = importlib.import_module
        def interrupted(name, *args, **kwargs):
            if name.endswith(".explain"):
                raise KeyboardInterrupt
            return real(name, *args, **kwargs)
        importlib.import_module = interrupted
        import pluripolar.cli
    """)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 130 and p.stderr.strip() == "interrupted", p.stderr


@pytest.mark.parametrize("url", ["http://[::1", "https://[not-an-address]/x"])
def test_robust_unparsable_url_says_so(url):
    with pytest.raises(InvalidInput, match=r"not a valid URL \("):
        fetch_bytes(url)


def test_robust_long_runs_of_brackets_are_one_token_and_extraction_goes_on(ex):
    """spaCy strips a stretch's brackets one at a time, rescanning the rest each time: 20,000 brackets took
    11 minutes in one parse, which no time limit could stop. A stretch over the limit is one token now; the
    news around it is read as before, quotes exact."""
    from pluripolar.text.pipeline import LONGEST_SPLIT

    assert len(ex.nlp.tokenizer("(" * 6000 + "x" + ")" * 6000)) == 1
    assert [t.text for t in ex.nlp.tokenizer("(" * 3 + "Cuba" + ")" * 3)] == ["(", "(", "(", "Cuba", ")", ")", ")"]
    assert len(ex.nlp.tokenizer("[" * LONGEST_SPLIT)) == LONGEST_SPLIT  # up to the limit, split as ever
    news = "Cuba and Venezuela signed an agreement on energy cooperation on 3 May 2021."
    junk = " ".join(f"{'[' * 3000}{i}{']' * 3000}" for i in range(5))
    text = f"{junk}\n{news}\n{'«' * 5000}"
    rels = ex.extract(text, doc_id="brackets", date="2021-05-04")
    assert {(r.subject, r.predicate, r.object) for r in rels} >= {("CUB", "agreement", "VEN")}
    for r in rels:
        for e in r.evidence:
            assert text[e.char_start:e.char_end] == e.quote


@pytest.fixture
def small_store(tmp_path):
    from pluripolar import api
    from pluripolar.model import Relation, Source
    from pluripolar.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s.add_document(Source(id="s1", kind="document", name="doc1", text="Cuba and Venezuela signed a deal.",
                              date="2021-05-04"),
                       [Relation(subject="CUB", predicate="agreement", object="VEN", doc="doc1")],
                       extractor="test", extractor_version="0")
        api.update_index(s)
    return db


def _tables(db) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in names}


def test_robust_a_file_that_cannot_be_written_is_one_line(small_store, tmp_path):
    """`graph export -o /no/such/folder/x`, `scale gdelt --out` under /proc, `--db` with a 5,000-character
    name: each was `internal error: FileNotFoundError …` (or OSError); now the file and the reason."""
    missing = tmp_path / "no" / "such" / "folder" / "g.graphml"
    msg = one_line_error(CliRunner().invoke(main, ["graph", "export", "--format", "graphml", "-o", str(missing),
                                                   "--db", str(small_store)]))
    assert msg == f"Error: {missing}: No such file or directory", msg
    msg = one_line_error(CliRunner().invoke(main, ["relations", "--db", "A" * 5000]))
    assert "(5,000 characters): File name too long" in msg and len(msg) < 200, msg
    assert not missing.parent.exists()


def test_robust_an_argument_that_is_not_utf8_is_a_usage_error(small_store):
    """Bytes that are not UTF-8 (`--actor $'\\xff'`) reach Python as lone surrogates: DuckDB failed with
    `internal error: RuntimeError: Unable to cast Python instance`; `--db` with one, UnicodeEncodeError."""
    before = _tables(small_store)
    for args in (["relations", "--actor", "\udcff\udcfe", "--db", str(small_store)],
                 ["data", "remove", "cow-majors", "--version", "x\udcff", "--db", str(small_store)],
                 ["sources", "--db", "\udcffstore.duckdb"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2 and "Traceback" not in r.output, r.output
        assert r.output.strip().splitlines()[-1].startswith("Error: argument '") and "not valid UTF-8" in r.output
    assert _tables(small_store) == before


def test_robust_row_counts_past_what_a_query_can_take_are_refused(small_store):
    """`relations --limit 99999999999999999999` was `internal error: ConversionException` from DuckDB."""
    from pluripolar import api
    from pluripolar.store import Store

    for opt in ("--limit", "--offset"):
        msg = one_line_error(CliRunner().invoke(main, ["relations", opt, "99999999999999999999", "--db",
                                                       str(small_store)]))
        assert f"{opt[2:]} 99999999999999999999 is not a number of rows" in msg, msg
    with Store(small_store, read_only=True) as s:  # the same check for every caller of the API
        with pytest.raises(InvalidInput, match="offset"):
            api.relations(s, offset=2**63)
        assert api.relations(s, offset=2**63 - 1) == []


def test_robust_hostile_names_print_as_escapes_in_errors(small_store):
    """A terminal escape or a right-to-left override in a name was printed raw in the error line."""
    before = _tables(small_store)
    msg = one_line_error(CliRunner().invoke(main, ["data", "remove", "cow-majors", "--version",
                                                   "\x1b[2J\x1b[31mred\u202eASU\x07", "--db", str(small_store)]))
    assert msg == "Error: cow-majors \\x1b[2J\\x1b[31mred\\u202eASU\\x07 is not loaded; `pluripolar sources` lists what is"
    assert _tables(small_store) == before


def test_robust_a_gold_file_nested_too_deep_is_one_line(tmp_path):
    """`explain --gold` with a line of 100,000 nested brackets was `internal error: RecursionError`; the gold
    reader now parses lines as the document reader does (one function for both)."""
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"doc": "d1", "text": "Cuba and Venezuela signed an agreement."}\n')
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d1", "subject": "CUB", "predicate": "agreement", "object": "VEN"}\n'
                    + "[" * 100_000 + "]" * 100_000 + "\n")
    msg = one_line_error(CliRunner().invoke(main, ["explain", "--input", str(docs), "--gold", str(gold)]))
    assert msg == f"Error: {gold}:2: not usable JSON (RecursionError)", msg
