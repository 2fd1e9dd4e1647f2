"""Dataset files as sources: identified by normalised content, replaced (not doubled) by a corrected file
of the same version only when asked, removable, unpacked with a size cap, and refused when no row is
usable."""
from __future__ import annotations

import errno
import gzip

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.datasets import files

from .conftest import shared_path

NAME = "cow-diplomatic-exchange"


@pytest.fixture(scope="module")
def exchange(tmp_path_factory):
    """The first ~5,000 rows of COW Diplomatic Exchange, the same with CRLF ends and gzipped, and a
    corrected copy (one row changed) with the same version."""
    d = tmp_path_factory.mktemp("exchange")
    raw = shared_path("datasets", "cow_diplomatic_exchange", "Diplomatic_Exchange_2006v1.csv").read_bytes()
    head = b"\n".join(raw.replace(b"\r\n", b"\n").split(b"\n")[:5000]) + b"\n"  # published with CRLF
    (d / "lf.csv").write_bytes(head)
    (d / "crlf.csv").write_bytes(head.replace(b"\n", b"\r\n"))
    (d / "lf.csv.gz").write_bytes(gzip.compress(head))
    lines = head.split(b"\n")
    lines[1] = lines[1].replace(b",0,0,0,", b",1,1,1,", 1)
    (d / "corrected.csv").write_bytes(b"\n".join(lines))
    assert (d / "corrected.csv").read_bytes() != head
    return d


def load(db, path, *extra):
    return CliRunner().invoke(main, ["data", "load", NAME, "--file", str(path), "--db", str(db), *extra])


def counts(db) -> tuple[int, int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("sources", "relations", "evidence"))


def error_line(r) -> str:
    assert r.exit_code == 1, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "internal error" not in lines[0], r.stderr
    return lines[0]


def test_datasets_identity_same_content_other_line_ends_or_packing_loads_once(exchange, tmp_path):
    db = tmp_path / "d.duckdb"
    assert load(db, exchange / "lf.csv").exit_code == 0
    once = counts(db)
    assert once[0] == 1 and once[1] > 1000
    for other in ("crlf.csv", "lf.csv.gz"):
        r = load(db, exchange / other)
        assert r.exit_code == 0 and "already loaded" in r.stderr, r.output
    assert counts(db) == once  # not doubled


def test_datasets_identity_corrected_file_of_the_same_version_is_a_choice(exchange, tmp_path):
    db = tmp_path / "d.duckdb"
    assert load(db, exchange / "lf.csv").exit_code == 0
    before = counts(db)
    msg = error_line(load(db, exchange / "corrected.csv"))
    assert "already loaded from another file" in msg and "--replace" in msg
    assert counts(db) == before
    r = load(db, exchange / "corrected.csv", "--replace")
    assert r.exit_code == 0 and "replaced source" in r.stderr, r.output
    assert load(tmp_path / "fresh.duckdb", exchange / "corrected.csv").exit_code == 0
    assert counts(db) == counts(tmp_path / "fresh.duckdb")  # one file of this version, its rows, not both
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT path FROM sources").fetchone()[0].endswith("corrected.csv")
        orphans = con.execute("SELECT count(*) FROM relations WHERE source_id NOT IN (SELECT id FROM sources)")
        assert orphans.fetchone()[0] == 0
    dossier = CliRunner().invoke(main, ["dossier", "USA", "--as-of", "1925-12-31", "--format", "json", "--db", str(db)])
    assert dossier.exit_code == 0, dossier.output


def test_datasets_identity_data_remove(exchange, tmp_path):
    db = tmp_path / "d.duckdb"
    assert load(db, exchange / "lf.csv").exit_code == 0
    text = "Cuba and Venezuela signed an agreement on energy cooperation in Havana on 3 May 2021."
    assert CliRunner().invoke(main, ["ingest", "-", "--date", "2021-05-04", "--db", str(db)], input=text).exit_code == 0
    r = CliRunner().invoke(main, ["data", "remove", NAME, "--db", str(db)])
    assert r.exit_code == 0 and "removed" in r.stderr, r.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT kind FROM sources").fetchall() == [("document",)]
        assert con.execute("SELECT count(*) FROM relations WHERE source_id NOT IN (SELECT id FROM sources)"
                           ).fetchone()[0] == 0
        # the actor index holds only what remains
        assert con.execute("SELECT count(*) FROM actor_edges_sources").fetchone()[0] == 1
    again = CliRunner().invoke(main, ["data", "remove", NAME, "--db", str(db)])
    assert "is not loaded" in error_line(again)
    assert "nope" in error_line(CliRunner().invoke(main, ["data", "remove", "nope", "--db", str(db)]))


def test_datasets_identity_unpacked_size_is_capped(exchange, tmp_path, monkeypatch):
    header = (exchange / "lf.csv").read_bytes().split(b"\n")[0] + b"\n"
    bomb = tmp_path / "bomb.csv.gz"
    with gzip.open(bomb, "wb") as f:
        f.write(header)
        for _ in range(20):
            f.write(b"2,20,1920,0,0,0,2006\n" * 50_000)  # ~20 MB unpacked
    monkeypatch.setenv("PLURIPOLAR_MAX_UNPACKED", "5000000")
    db = tmp_path / "d.duckdb"
    msg = error_line(load(db, bomb))
    assert "decompression bomb" in msg and "PLURIPOLAR_MAX_UNPACKED" in msg
    assert not db.exists() or counts(db) == (0, 0, 0)


def test_datasets_identity_files_without_usable_rows_are_refused(exchange, tmp_path):
    header = (exchange / "lf.csv").read_bytes().split(b"\n")[0] + b"\n"
    cases = {"header-only.csv": header, "nul-tail.csv": header + bytes(200_000),
             "unknown-states.csv": header + b"9991,9992,1920,1,1,1,2006\n9993,9994,1925,1,1,1,2006\n",
             "mixed-ends.csv": header.replace(b"\n", b"\r\n") + b"2,20,1920,0,0,0,2006\n"}
    expected = {"header-only.csv": "no data rows", "nul-tail.csv": "NUL bytes",
                "unknown-states.csv": "none of its 2 rows could be used", "mixed-ends.csv": "line ends"}
    db = tmp_path / "d.duckdb"
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert expected[name] in error_line(load(db, tmp_path / name)), name
    assert not db.exists() or counts(db) == (0, 0, 0)


def test_datasets_identity_full_temp_folder_is_named(exchange, tmp_path, monkeypatch):
    def full(src, dst, packed, shown):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_copy_capped", full)
    msg = error_line(load(tmp_path / "d.duckdb", exchange / "lf.csv.gz"))
    assert "no space left" in msg and "TMPDIR" in msg and "damaged" not in msg
