"""Every bad input to `extract` and `ingest`: one line on stderr, the documented exit code, no traceback,
and the store unchanged. Good but unusual input (latin-1, HTML, non-English) goes through."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar.cli import main

ENGLISH = "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations, in a deal brokered by China."
SPANISH = ("El gobierno de España y el de Marruecos firmaron el lunes un acuerdo de cooperación en materia "
           "de migración, según informó el ministerio de Asuntos Exteriores en un comunicado.")
GERMAN = ("Die Regierung von Spanien und die von Marokko unterzeichneten am Montag ein Abkommen über die "
          "Zusammenarbeit in Fragen der Migration, wie das Außenministerium in einer Mitteilung bekannt gab.")
PLURIPOLAR = Path(sys.executable).with_name("pluripolar")


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def counts(db: Path) -> tuple[int, int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("sources", "relations", "evidence"))
    finally:
        con.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("inputs")
    (d / "good.txt").write_text(ENGLISH)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text(" \n\n\t ")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "latin1.txt").write_bytes("Côte d'Ivoire expelled the ambassador of France, São Tomé said.".encode("latin-1"))
    (d / "page.html").write_text(f"<html><head><title>Deal</title><script>steal()</script></head><body><nav>Menu"
                                 f"</nav><article><p>{ENGLISH}</p></article></body></html>")
    (d / "spanish.txt").write_text(SPANISH)
    (d / "german.txt").write_text(GERMAN)
    (d / "big.txt").write_text(ENGLISH * 20)
    (d / "bad.jsonl").write_text(json.dumps({"doc": "j1", "text": "Russia imposed sanctions on Ukraine."}) + "\n"
                                 "{oops\n" + json.dumps({"doc": "j3", "text": "Niger expelled the French ambassador."})
                                 + "\n")
    return d


@pytest.fixture(scope="module")
def db(tmp_path_factory, files):
    path = tmp_path_factory.mktemp("store") / "r.duckdb"
    res = run("ingest", files / "good.txt", "--db", path)
    assert res.exit_code == 0, res.output
    return path


ERRORS = [
    (["empty.txt"], "empty.txt: empty document"),
    (["blank.txt"], "blank.txt: empty document"),
    (["image.png"], "image.png: binary file, not a text, HTML, PDF, DOCX or RTF document"),
    (["missing.txt"], "missing.txt: no such file"),
    (["."], ": is a directory, not a document"),
    (["big.txt", "--max-bytes", "1000"], "big.txt: 2,000 bytes is over the 1,000-byte limit "
                                         "(raise it with --max-bytes or PLURIPOLAR_MAX_BYTES)"),
    (["--input", "bad.jsonl"], "bad.jsonl:2: not JSON (Expecting property name enclosed in double quotes at column 2)"),
    (["good.txt", "--date", "2024-02-30"], "--date: '2024-02-30' is not a date in the form YYYY-MM-DD"),
    (["file:///etc/passwd"], "file:///etc/passwd: only http and https URLs can be read"),
    (["http://127.0.0.1:9/x"], "127.0.0.1 (loopback address): refused (use --allow-private to read from it)"),
    (["http://169.254.169.254/latest/meta-data/"], "(link-local address): refused"),
]


def one_error_line(res) -> str:
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), res.stderr
    return lines[0]


@pytest.mark.parametrize("args,message", ERRORS, ids=[e[1][:40] for e in ERRORS])
def test_reliability_cli_ingest_bad_input_is_one_line_exit_1_nothing_stored(files, db, args, message, monkeypatch):
    monkeypatch.chdir(files)
    before = counts(db)
    res = run("ingest", *args, "--db", db)
    assert res.exit_code == 1
    assert message in one_error_line(res)
    assert counts(db) == before


@pytest.mark.parametrize("args,message", ERRORS[:8], ids=[e[1][:40] for e in ERRORS[:8]])
def test_reliability_cli_extract_bad_input_is_one_line_exit_1(files, args, message, monkeypatch):
    monkeypatch.chdir(files)
    res = run("extract", *args)
    assert res.exit_code == 1 and res.stdout == ""
    assert message in one_error_line(res)


def test_reliability_cli_usage_errors_exit_2(files, db):
    assert run("ingest", "--db", db).exit_code == 2
    assert run("ingest", files / "good.txt", "--max-bytes", "0", "--db", db).exit_code == 2
    res = run("ingest", files / "good.txt", "--db", db, env={"PLURIPOLAR_MAX_BYTES": "lots"})
    assert res.exit_code == 2 and "Invalid value for '--max-bytes': 'lots'" in res.stderr


def test_reliability_cli_skip_bad_reports_the_line_and_stores_the_rest(files, tmp_path):
    db = tmp_path / "s.duckdb"
    res = run("ingest", "--input", files / "bad.jsonl", "--skip-bad", "--db", db)
    assert res.exit_code == 0, res.output
    skipped = [line for line in res.stderr.splitlines() if line.startswith("skipped:")]
    assert skipped == [f"skipped: {files / 'bad.jsonl'}:2: not JSON "
                       "(Expecting property name enclosed in double quotes at column 2)"]
    assert counts(db)[0] == 2


def test_reliability_cli_latin1_and_html_are_stored_as_clean_text(files, tmp_path):
    db = tmp_path / "h.duckdb"
    res = run("ingest", files / "latin1.txt", files / "page.html", "--db", db)
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    texts = dict(con.execute("SELECT name, text FROM sources").fetchall())
    con.close()
    assert texts["latin1"] == "Côte d'Ivoire expelled the ambassador of France, São Tomé said."
    assert texts["page"] == f"Deal\n{ENGLISH}"


def test_reliability_cli_a_language_without_data_is_reported_and_stored(files, tmp_path):
    db = tmp_path / "l.duckdb"
    res = run("ingest", files / "german.txt", files / "spanish.txt", files / "good.txt", "--db", db)
    assert res.exit_code == 0, res.output
    notes = [line for line in res.stderr.splitlines() if "looks like" in line]
    # Spanish has its own pipeline (docs/extraction.md); German is read as English and said so
    assert notes == ["german: looks like German, a language extraction has no data for; read as English, "
                     "relations may be missed"]
    assert sorted(res.stderr.splitlines()[-1].split("languages: ")[1].split(", ")) == ["de 1", "en 1", "es 1"]
    assert counts(db)[0] == 3


@pytest.fixture
def local_site(tmp_path):
    (tmp_path / "article.html").write_text(f"<html><body><article><p>{ENGLISH}</p></article></body></html>")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path), **kw)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_reliability_cli_allow_private_reads_a_local_url(local_site, tmp_path):
    db = tmp_path / "u.duckdb"
    url = f"{local_site}/article.html"
    refused = run("ingest", url, "--db", db)
    assert refused.exit_code == 1 and "loopback address" in one_error_line(refused)
    res = run("ingest", url, "--allow-private", "--db", db)
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT url, text FROM sources").fetchall() == [(url, ENGLISH)]
    con.close()


def test_reliability_cli_subprocess_binary_input_is_one_line(files, tmp_path):
    res = subprocess.run([str(PLURIPOLAR), "ingest", str(files / "image.png"), "--db", str(tmp_path / "p.duckdb")],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr == f"Error: {files / 'image.png'}: binary file, not a text, HTML, PDF, DOCX or RTF document\n"


def test_reliability_cli_stdin_jsonl_bad_line_is_one_line(tmp_path):
    lines = json.dumps({"doc": "a", "text": ENGLISH}) + "\n" + '{"doc": "b", "text": "Iran", "date": "May 2020"}\n'
    res = CliRunner().invoke(main, ["extract", "--input", "-"], input=lines)
    assert res.exit_code == 1
    assert one_error_line(res) == "Error: -:2: date: 'May 2020' is not a date in the form YYYY-MM-DD"
