"""Opening the store: only DuckDB files (or new ones), no extension downloads, a schema-version guard,
read commands read-only beside each other and beside `serve` (writable or read-only), one line when a
writer holds the store, and a store on a read-only file can be read."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.errors import StoreError
from pluripolar.model import Relation, Source
from pluripolar.store import Store
from pluripolar.store.db import migrations

TEXT = "Cuba and Venezuela signed an agreement on energy cooperation in Havana on 3 May 2021."


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_line_error(r) -> str:
    assert r.exit_code == 1, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in r.output, r.output
    return lines[0]


@pytest.fixture
def small_store(tmp_path) -> Path:
    """A store with one source and one relation, closed."""
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s.add_document(Source(id="s1", kind="document", name="doc1", text=TEXT, date="2021-05-04"),
                       [Relation(subject="CUB", predicate="agreement", object="VEN", doc="doc1")],
                       extractor="test", extractor_version="0")
        from pluripolar import api

        api.update_index(s)
    return db


def test_store_open_refuses_uris_and_foreign_files(tmp_path):
    for uri in ("md:foo", "s3://bucket/x.duckdb", "http://example.org/x.duckdb"):
        assert "not a URI" in one_line_error(run("sources", "--db", uri))
    lite = tmp_path / "other.sqlite"
    with sqlite3.connect(lite) as con:
        con.execute("CREATE TABLE t (a)")
    before = lite.read_bytes()
    assert "SQLite database" in one_line_error(run("relations", "--db", lite))
    assert "SQLite database" in one_line_error(run("data", "load", "cow-majors", "--file", lite, "--db", lite))
    assert lite.read_bytes() == before  # untouched
    csv = tmp_path / "table.csv"
    csv.write_text("a,b\n1,2\n")
    assert "not a DuckDB file" in one_line_error(run("sources", "--db", csv))
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    assert "empty file" in one_line_error(run("sources", "--db", empty))
    Store(tmp_path / "new.duckdb").close()  # a new file becomes a store


def _tables(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]


def test_store_open_another_programs_duckdb_is_refused_untouched(tmp_path):
    """A DuckDB file holding someone else's tables is no store: read commands used to run pluripolar's
    migrations into it (the robustness matrix: `relations --db theirs.duckdb` added 16 tables, exit 0)."""
    theirs = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(theirs)) as con:
        con.execute("CREATE TABLE measurements (x INTEGER)")
        con.execute("CREATE VIEW big AS SELECT * FROM measurements WHERE x > 9")
    for args in (("relations",), ("dossier", "CUB"), ("ingest", "-"), ("data", "remove", "cow-majors")):
        msg = one_line_error(CliRunner().invoke(main, [*args, "--db", str(theirs)], input=TEXT))
        assert "DuckDB database of something else (tables: big, measurements)" in msg, msg
    assert _tables(theirs) == ["measurements"]
    blank = tmp_path / "blank.duckdb"  # an empty DuckDB database becomes a store, as a new file does
    duckdb.connect(str(blank)).close()
    assert run("sources", "--db", blank).exit_code == 0
    assert "schema_migrations" in _tables(blank)


def test_store_open_extensions_never_autoload(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        settings = dict(s.con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoload_known_extensions', 'autoinstall_known_extensions')").fetchall())
        assert settings == {"autoload_known_extensions": "false", "autoinstall_known_extensions": "false"}
        with pytest.raises(duckdb.Error, match="(?i)extension"):
            s.con.execute("SELECT * FROM sqlite_scan('nothing.db', 't')")
        limit = s.con.execute("SELECT current_setting('memory_limit'), current_setting('max_temp_directory_size')"
                              ).fetchone()
        assert all(v for v in limit)


def test_store_open_memory_limit_setting_is_checked(small_store, tmp_path, monkeypatch):
    monkeypatch.setenv("PLURIPOLAR_MEMORY_LIMIT", "lots")
    assert "PLURIPOLAR_MEMORY_LIMIT" in one_line_error(run("sources", "--db", small_store))
    monkeypatch.setenv("PLURIPOLAR_MEMORY_LIMIT", "300MB")
    with Store(tmp_path / "y.duckdb") as s:
        assert s.con.execute("SELECT current_setting('memory_limit')").fetchone()[0].startswith("286")  # MiB


def test_store_open_schema_guard_names_both_versions(small_store):
    with duckdb.connect(str(small_store)) as con:
        con.execute("INSERT INTO schema_migrations (name) VALUES ('9999_from_the_future')")
    latest = migrations()[-1][0]
    for args in (("sources",), ("ingest", "-"), ("dossier", "CUB")):
        msg = one_line_error(CliRunner().invoke(main, [*args, "--db", str(small_store)], input=TEXT))
        assert "9999_from_the_future" in msg and latest in msg and "upgrade pluripolar" in msg
    with duckdb.connect(str(small_store), read_only=True) as con:  # nothing was written
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 1


def _hold(db: Path, read_only: bool) -> subprocess.Popen:
    """Another process holding the store open (as `serve` does) until its stdin closes."""
    code = textwrap.dedent(f"""
        import sys
        from pluripolar.store import Store
        with Store({str(db)!r}, read_only={read_only}) as s:
            print("open", flush=True)
            sys.stdin.read()
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "open"
    return p


def test_store_open_reads_run_beside_a_read_only_server_and_each_other(small_store):
    holders = [_hold(small_store, read_only=True) for _ in range(2)]  # e.g. `serve --read-only` and a reader
    try:
        for args in (("sources", "--format", "jsonl"), ("relations", "--format", "jsonl"), ("dossier", "CUB"),
                     ("dyad", "CUB", "VEN")):
            r = run(*args, "--db", small_store)
            assert r.exit_code == 0, r.output
        assert "doc1" in run("sources", "--format", "jsonl", "--db", small_store).output
    finally:
        for p in holders:
            p.communicate("")


def test_store_open_a_writer_holding_the_store_gets_one_line(small_store):
    holder = _hold(small_store, read_only=False)
    try:
        for args in (("sources",), ("ingest", "-")):
            msg = one_line_error(CliRunner().invoke(main, [*args, "--db", str(small_store)], input=TEXT))
            assert f"pid {holder.pid}" in msg and "serve --read-only" in msg and "/api/ingest" in msg
    finally:
        holder.communicate("")


def test_store_open_a_read_only_file_can_be_read(small_store, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    db = folder / "s.duckdb"
    shutil.copy(small_store, db)
    lock = ["chattr", "+i"] if shutil.which("chattr") and _is_root() else None
    try:
        if lock:
            if subprocess.run([*lock, str(db), str(folder)], capture_output=True).returncode:
                pytest.skip("chattr +i is not supported on this file system")
        else:
            db.chmod(0o444)
            folder.chmod(0o555)
        r = run("relations", "--format", "jsonl", "--db", db)
        assert r.exit_code == 0 and '"CUB"' in r.output, r.output
        msg = one_line_error(CliRunner().invoke(main, ["ingest", "-", "--db", str(db)], input=TEXT))
        assert "read commands open it read-only" in msg
    finally:
        if lock:
            subprocess.run(["chattr", "-i", str(db), str(folder)], capture_output=True)
        folder.chmod(0o755)


def _is_root() -> bool:
    import os

    return os.geteuid() == 0


def test_store_open_truncated_store_is_one_line(small_store, tmp_path):
    cut = tmp_path / "cut.duckdb"
    data = small_store.read_bytes()
    cut.write_bytes(data[: len(data) // 3])
    assert "damaged or truncated" in one_line_error(run("sources", "--db", cut))


def _serve(db: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """`pluripolar serve` on a free loopback port, once it answers."""
    import time

    import httpx

    from pluripolar.web.server import free_port

    port = free_port()
    cmd = [str(Path(sys.executable).with_name("pluripolar")), "serve", "--db", str(db), "--port", str(port), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "api/sources", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"serve did not start: {proc.stderr.read()}")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(30)


def test_store_open_beside_a_running_serve(small_store):
    # issue 13 item 7: read commands run beside a writable `serve`, which holds the file writable only
    # while it stores a document; a write command is told to go through the server
    import threading

    import httpx

    proc, url = _serve(small_store)
    try:
        for args in (("sources", "--format", "jsonl"), ("dossier", "CUB"), ("relations", "--format", "jsonl")):
            r = run(*args, "--db", small_store)
            assert r.exit_code == 0, r.output
        msg = one_line_error(CliRunner().invoke(main, ["ingest", "-", "--db", str(small_store)], input=TEXT))
        assert f"{url}api/ingest" in msg
        reads: list[int] = []
        stop = threading.Event()

        def read_beside() -> None:  # another process reading all the while
            while not stop.is_set():
                reads.append(subprocess.run([str(Path(sys.executable).with_name("pluripolar")), "sources",
                                             "--format", "jsonl", "--db", str(small_store)],
                                            capture_output=True, timeout=120).returncode)

        reader = threading.Thread(target=read_beside)
        reader.start()
        try:
            texts = ["Chile and Peru signed an agreement on fisheries in Lima on 4 May 2021.",
                     "Ghana and Togo signed an agreement on energy in Accra on 5 May 2021."]
            for text in texts:
                stored = httpx.post(url + "api/ingest", json={"text": text, "date": "2021-05-06"}, timeout=120)
                assert stored.status_code == 200 and stored.json()["summary"]["stored"] == 1, stored.text
        finally:
            stop.set()
            reader.join(180)
        assert reads and set(reads) == {0}  # every read beside the server's writes succeeded
        listed = run("relations", "--format", "jsonl", "--db", small_store)
        assert listed.exit_code == 0 and '"CHL"' in listed.output and '"GHA"' in listed.output
        assert httpx.get(url + "api/dossier/GHA", timeout=30).json()["counts"]["agreements"]["value"] == 1
    finally:
        _stop(proc)
    assert not Path(str(small_store) + ".serve.json").exists()  # the note goes with the server
    proc, url = _serve(small_store, "--read-only")
    try:
        for args in (("relations", "--format", "jsonl"), ("dossier", "CUB"), ("sources",)):
            r = run(*args, "--db", small_store)
            assert r.exit_code == 0, r.output
        import httpx

        refused = httpx.post(url + "api/ingest", json={"text": TEXT})
        assert refused.status_code == 403 and "read-only" in refused.json()["error"]
    finally:
        _stop(proc)
