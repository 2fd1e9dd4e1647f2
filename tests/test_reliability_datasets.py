"""Bad dataset files: wrong layout, truncated or corrupt archives, wrong encoding. Each gets one clear
line naming the file, exit 1, and nothing stored."""
from __future__ import annotations

import gzip
import zipfile

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar.cli import main

from .conftest import shared_path


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad-datasets")
    exchange = shared_path("datasets", "cow_diplomatic_exchange", "Diplomatic_Exchange_2006v1.csv").read_bytes()
    head = exchange[:2_000_000]
    packed = gzip.compress(head)
    (d / "exchange.csv.gz").write_bytes(packed[:len(packed) // 2])
    with zipfile.ZipFile(d / "whole.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Diplomatic_Exchange_2006v1.csv", head)
    whole = (d / "whole.zip").read_bytes()
    (d / "exchange.zip").write_bytes(whole[:len(whole) // 2])
    corrupt = bytearray(whole)
    corrupt[200:400] = bytes(200)
    (d / "corrupt.zip").write_bytes(bytes(corrupt))
    states = shared_path("datasets", "cow_state_system", "states2016.csv").read_bytes()
    (d / "states-utf16.csv").write_bytes(states.decode("utf-8").encode("utf-16"))  # line ends kept as they are
    (d / "states-bad-bytes.csv").write_bytes(states + b"XYZ,999,Caf\xe9 \xff\xfe,1816,1,1,2016,12,31,2016\r\n")
    return d


CASES = [
    ("cow-diplomatic-exchange", ("datasets", "cow_nmc", "NMC-60-abridged.csv"), "expected columns: ccode1, ccode2"),
    ("cow-diplomatic-exchange", "exchange.csv.gz", "exchange.csv.gz"),
    ("cow-diplomatic-exchange", "exchange.zip", "exchange.zip"),
    ("cow-diplomatic-exchange", "corrupt.zip", "corrupt.zip"),
    ("cow-states", "states-utf16.csv", "states-utf16.csv"),
    ("cow-states", "states-bad-bytes.csv", "states-bad-bytes.csv"),
]


@pytest.mark.parametrize("name,file,message", CASES, ids=[c[1] if isinstance(c[1], str) else "layout" for c in CASES])
def test_reliability_datasets_bad_file_is_one_line_and_stores_nothing(bad_files, tmp_path, name, file, message):
    path = shared_path(*file) if isinstance(file, tuple) else bad_files / file
    db = tmp_path / "d.duckdb"
    res = CliRunner().invoke(main, ["data", "load", name, "--file", str(path), "--db", str(db)])
    assert res.exit_code == 1, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in res.stderr, res.stderr
    assert message in lines[0] and "internal error" not in lines[0], lines[0]
    if db.exists():
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM relations").fetchone()[0] == 0
        con.close()
