"""The DuckDB store: opening, migrations, and the one path by which sources are written."""
from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import StaleStore, StoreError
from ..model import Relation, Source
from .actor_index import actor_edges_behind
from .paths import resolve_db_path, serving_at
from . import relation_rows
from .rows import DOCUMENT_RELATION_SCHEMA, document_rows, last_day
from .settings import connect_config

Filler = Callable[[duckdb.DuckDBPyConnection], int]

DOCUMENT_COLUMNS = [c for c in DOCUMENT_RELATION_SCHEMA.names if c != "valid_to"]
SOURCE_COLUMNS = ("id", "kind", "name", "url", "title", "date", "text", "dataset", "version",
                  "path", "author", "outlet", "language", "extractor", "extractor_version", "n_relations")


def migrations() -> list[tuple[str, str]]:
    """Every migration shipped with pluripolar as (name, SQL), in the order they apply."""
    folder = resources.files(__package__).joinpath("migrations")
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


class Store:
    """A pluripolar store in one DuckDB file (or in memory for `:memory:`).

    `read_only` opens it so that several processes can read at once (DuckDB allows many readers or one
    writer per file). Writes from the threads sharing one Store (and the cursor views made from it) are
    serialised by `write_lock`, so derived tables are never rebuilt by two threads at once.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, must_exist: bool = False,
                 read_only: bool = False, wait: float = 0.0) -> None:
        self.path = Path(":memory:") if str(path) == ":memory:" else resolve_db_path(path)
        self.read_only = read_only
        self.write_lock = threading.RLock()
        # What opens this store writable for one write when it is open read-only (the web app sets it)
        self.writer: Callable[[], AbstractContextManager[Store]] | None = None
        if str(self.path) != ":memory:":
            check_store_path(self.path, must_exist=must_exist or read_only)
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = _open(self.path, read_only, wait)
        try:
            self._check_schema()
            if not read_only:
                self.migrate()
        except BaseException:
            self.con.close()
            raise

    def _check_schema(self) -> None:
        """Refuse a store written by a newer pluripolar (a migration this one does not know), and a
        read-only store that still needs migrations this one would apply."""
        known = [name for name, _ in migrations()]
        try:
            applied = {r[0] for r in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        except duckdb.CatalogException:
            self._check_foreign()
            applied = set()
        unknown = sorted(applied - set(known))
        if unknown:
            raise StoreError(f"{self.path} has schema version {unknown[-1]}, newer than this pluripolar's "
                             f"{known[-1]}: upgrade pluripolar to use it, or choose another store with --db")
        if self.read_only and set(known) - applied:
            raise StaleStore(f"{self.path} has schema version {max(applied, default='none')}, older than "
                             f"{known[-1]}: run a write command (e.g. `pluripolar ingest`) on it once to "
                             "upgrade it")

    def _check_foreign(self) -> None:
        """Refuse a DuckDB file holding tables or views but no pluripolar schema: another program's
        database, which pluripolar's migrations (run by read commands too) must never write into."""
        names = [r[0] for r in self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary UNION ALL "
            "SELECT view_name FROM duckdb_views() WHERE NOT temporary AND NOT internal ORDER BY 1").fetchall()]
        if names:
            shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
            raise StoreError(f"{self.path} is a DuckDB database of something else (tables: {shown}), not a "
                             "pluripolar store: give a new file name or a pluripolar store")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded, each in its own transaction; return their names."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {r[0] for r in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in migrations():
            if name in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [name])
            applied.append(name)
        return applied

    def schema_version(self) -> str | None:
        """The name of the latest applied migration."""
        row = self.con.execute("SELECT max(name) FROM schema_migrations").fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: commit when the block ends, roll back when it raises."""
        self.con.begin()
        try:
            yield self.con
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store to write through: this one when it is writable; else, for one write, what its owner
        opens writable (`writer`: the web app's, which holds the file writable only while writing, so that
        read commands can share it); a read-only store without one refuses."""
        if not self.read_only:
            yield self
        elif self.writer is None:
            raise StoreError(f"the store {self.path} is open read-only here: nothing can be written")
        else:
            with self.writer() as writable:
                yield writable

    def index_behind(self) -> int:
        """How many stored sources the derived actor index does not cover yet."""
        return actor_edges_behind(self.con)

    def has_source(self, source_id: str) -> bool:
        """Whether a source with this content hash is already stored."""
        return self.con.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is not None

    def add_document(self, source: Source, relations: Sequence[Relation], *,
                     extractor: str, extractor_version: str, corrections: pa.Table | None = None) -> int | None:
        """Store a document and the relations extracted from it; None if it was already stored. Their ids,
        date bounds and event codes are computed as for datasets (`relation_rows`). `corrections`: an
        analyst's review of the extractor's output, stored in the same transaction (`_add_corrections`)."""
        rels, quotes = document_rows(relations)

        def fill(con: duckdb.DuckDBPyConnection) -> int:
            con.register("_document_relations", rels)
            con.register("_document_quotes", quotes)
            try:
                written = relation_rows.insert(
                    con, f"SELECT * EXCLUDE (valid_to), {last_day('valid_to')} AS date_end FROM _document_relations",
                    origin=source.id, source_id=source.id, extractor=extractor, extractor_version=extractor_version,
                    quotes="SELECT * FROM _document_quotes", columns=[*DOCUMENT_COLUMNS, "date_end"])[0]
                if corrections is not None and corrections.num_rows:
                    _add_corrections(con, source.id, corrections)
                return written
            finally:
                con.unregister("_document_relations")
                con.unregister("_document_quotes")

        return self.write_source(source, extractor=extractor, extractor_version=extractor_version, fill=fill)

    def write_source(self, source: Source, relations: pa.Table | None = None, evidence: pa.Table | None = None,
                     tables: Mapping[str, pa.Table] | None = None, *, extractor: str | None = None,
                     extractor_version: str | None = None, fill: Filler | None = None) -> int | None:
        """The one write path: a source, its relations, evidence and analysis rows in one transaction.

        Rows come as Arrow tables, or from `fill`, which writes them itself with SQL on the store's
        connection inside the transaction (staging in TEMP tables, which are never persisted) and
        returns how many relations it wrote; a bulk load so skips the round trip through Arrow.
        Returns the number of relations written, or None when the source was already stored.
        """
        row = {k: v for k, v in asdict(source).items() if k in SOURCE_COLUMNS}
        row.update(extractor=extractor, extractor_version=extractor_version)
        try:
            with self.write_lock, self.transaction() as con:
                if self.has_source(source.id):
                    return None
                n = fill(con) if fill else 0
                for name, table in (("relations", relations), ("evidence", evidence), *(tables or {}).items()):
                    _insert(con, name, table)
                row["n_relations"] = n + (relations.num_rows if relations is not None else 0)
                cols = [c for c in SOURCE_COLUMNS if c in row]
                con.execute(f"INSERT INTO sources ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                            [row[c] for c in cols])
        except duckdb.Error as e:
            raise StoreError(f"could not write source {source.name}: {_first_line(e)}") from None
        return row["n_relations"]


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
DUCKDB_MAGIC = b"DUCK"  # at byte 8 of every DuckDB database file


def check_store_path(path: Path, *, must_exist: bool = False) -> None:
    """Refuse a store path that is not a DuckDB file (or a new one): a URI such as `md:name` or `s3://`
    (DuckDB would reach the network for it), a directory, device or pipe, or a file of another kind (a
    SQLite database, a CSV), so DuckDB never tries to load an extension or overwrite foreign data."""
    text = str(path)
    if _URI.match(text):
        raise StoreError(f"{text}: a store is a local DuckDB file path, not a URI (give a file name such as "
                         "store.duckdb)")
    if not path.exists():
        if must_exist:
            raise StoreError(f"no store at {path}: ingest a document or load a dataset first")
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file")
    if not path.is_file():
        raise StoreError(f"{path} is not a regular file (a device or pipe); a store is a DuckDB file")
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise StoreError(f"cannot read store {path}: {e.strerror or e}") from None
    if not head:
        raise StoreError(f"{path} is an empty file, not a DuckDB store: delete it or give a new file name")
    if head[8:12] != DUCKDB_MAGIC:
        kind = "a SQLite database" if head.startswith(b"SQLite format 3") else "not a DuckDB file"
        raise StoreError(f"{path} is {kind}, not a pluripolar store: give a new file name or a DuckDB store")


LOCK_WAIT = float(os.environ.get("PLURIPOLAR_LOCK_WAIT", "30"))  # seconds a read waits for a writer


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A connection to the store, waiting up to `wait` seconds while another process holds it locked
    (a server writing one document, a reader beside a server about to write); else one line saying why."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return _connect(path, read_only)
        except duckdb.Error as e:
            if not (_locked(e) and time.monotonic() < deadline):
                raise StoreError(_open_error(path, e)) from None
        time.sleep(0.05)


def _locked(e: duckdb.Error) -> bool:
    """Whether DuckDB refused the file because another process holds its lock."""
    return bool(_LOCK_HOLDER.search(str(e))) or "Could not set lock" in str(e)


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection with the store settings. In a process that already holds the file writable, DuckDB
    refuses a read-only connection ("different configuration"): the reader then shares the writable
    database (the Store still never writes through it, being marked read-only)."""
    try:
        return duckdb.connect(str(path), read_only=read_only, config=connect_config())
    except duckdb.ConnectionException as e:
        if read_only and "different configuration" in str(e):
            return duckdb.connect(str(path), config=connect_config())
        raise


_DAMAGED = ("Could not read enough bytes", "checksum", "corrupt", "not a valid DuckDB database")
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


def _open_error(path: Path, e: duckdb.Error) -> str:
    """One line saying why the store did not open and what to do."""
    text = str(e)
    held = _LOCK_HOLDER.search(text)
    if _locked(e):
        pid = f" (pid {held.group(2)})" if held else ""
        url = serving_at(path, int(held.group(2))) if held else None
        if url:
            return (f"the store {path} is held by `pluripolar serve` at {url}{pid}: write through it (ingest "
                    f"at {url}api/ingest, the JSON API at {url}api/); read commands run beside it, waiting "
                    "while it stores a document")
        return (f"the store {path} is in use by another process{pid}, such as `pluripolar serve` or an "
                "ingest: wait for it or stop it; while `serve` runs, ingest through its /api/ingest, or "
                "start it with `serve --read-only` so that read commands can share the store")
    if any(m in text for m in ("Read-only file system", "Permission denied", "Operation not permitted")):
        return (f"cannot open store {path} for writing ({_first_line(e)}); read commands open it "
                "read-only and still work")
    if isinstance(e, duckdb.SerializationException) or any(m.lower() in text.lower() for m in _DAMAGED):
        return f"cannot open store {path}: the file is damaged or truncated ({_first_line(e)}); restore it from a copy"
    return f"cannot open store {path}: {_first_line(e)}"


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, sql: str, source_id: str) -> int:
    """Insert the rows of the SELECT `sql` into the analysis table `table` (a dataset's capabilities,
    votes …) as rows of source `source_id`, through `con` inside the write transaction; how many."""
    return con.execute(f"INSERT INTO {table} BY NAME SELECT $source_id AS source_id, * FROM ({sql})",
                       {"source_id": source_id}).fetchone()[0]


def _add_corrections(con: duckdb.DuckDBPyConnection, source_id: str, corrections: pa.Table) -> None:
    """Store an analyst's corrections of a document's extracted relations (table `corrections`): each
    row gives the action, the relation as extracted, the changes, extractor, version and analyst, and
    for an edit the stored relation's subject, predicate, object, date and negation, by which it is
    linked to the relation just written (`relation_id`)."""
    con.register("_corrections", corrections)
    try:
        con.execute("""
            INSERT INTO corrections (source_id, relation_id, action, extracted, changes, extractor,
                                     extractor_version, analyst)
            SELECT $source_id, (SELECT r.id FROM relations r
                                WHERE r.source_id = $source_id AND r.subject = c.subject AND r.predicate = c.predicate
                                  AND r.object IS NOT DISTINCT FROM c.object AND r.date IS NOT DISTINCT FROM c.date
                                  AND r.negated = c.negated ORDER BY r.id LIMIT 1),
                   c.action, c.extracted, c.changes, c.extractor, c.extractor_version, c.analyst
            FROM _corrections c""", {"source_id": source_id})
    finally:
        con.unregister("_corrections")


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table | None) -> None:
    if data is None or data.num_rows == 0:
        return
    con.register("_incoming", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _incoming")
    finally:
        con.unregister("_incoming")


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
