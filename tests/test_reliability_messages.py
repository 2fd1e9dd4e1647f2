"""Messages that were unclear (issue 13, finding 13): each now names the file, line or value and what to
do. (Truncated store, full temp folder and the CSV parser's 'invalid state' are in test_store_open and
test_datasets_identity.)"""
from __future__ import annotations

import duckdb
from click.testing import CliRunner

from pluripolar.cli import main

STATES_HEADER = "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
TEXT = "Cuba and Venezuela signed an agreement on energy cooperation in Havana on 3 May 2021."


def error_line(r) -> str:
    assert r.exit_code == 1, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "internal error" not in lines[0], r.stderr
    return lines[0]


def test_messages_a_newline_in_a_file_name_does_not_cut_the_message(tmp_path):
    name = tmp_path / "first\nsecond.txt"
    msg = error_line(CliRunner().invoke(main, ["extract", str(name)]))
    assert "first\\nsecond.txt: no such file" in msg


def test_messages_ingest_dash_reads_standard_input(tmp_path):
    db = tmp_path / "d.duckdb"
    r = CliRunner().invoke(main, ["ingest", "-", "--date", "2021-05-04", "--db", str(db)], input=TEXT)
    assert r.exit_code == 0 and "stored 1" in r.stderr, r.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT name, text FROM sources").fetchall() == [("stdin", TEXT)]
    assert "empty document" in error_line(CliRunner().invoke(main, ["extract", "-"], input=""))


def test_messages_an_impossible_date_in_a_dataset_names_the_file_and_value(tmp_path):
    path = tmp_path / "states.csv"
    path.write_text(STATES_HEADER + "USA,2,United States of America,1816,13,45,2016,12,31,2016\n")
    msg = error_line(CliRunner().invoke(main, ["data", "load", "cow-states", "--file", str(path),
                                               "--db", str(tmp_path / "d.duckdb")]))
    assert str(path) in msg and "1816-13-45" in msg and "correct or remove that row" in msg


def test_messages_web_errors_keep_one_line(tmp_path):
    from fastapi.testclient import TestClient

    from pluripolar.web.app import create_app

    c = TestClient(create_app(tmp_path / "w.duckdb"), base_url="http://127.0.0.1", raise_server_exceptions=False)
    r = c.post("/api/extract", json={"text": "x", "date": "2021-05-04\n2022"})
    assert r.status_code == 400 and "\\n" in r.json()["error"] and "\n" not in r.json()["error"]
