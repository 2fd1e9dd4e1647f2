"""The DuckDB store: opening, migrations, and the one path by which sources are written."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..model import Relation, Source
from .paths import resolve_db_path
from .rows import relation_tables

Filler = Callable[[duckdb.DuckDBPyConnection], int]

SOURCE_COLUMNS = ("id", "kind", "name", "url", "title", "date", "text", "dataset", "version",
                  "path", "extractor", "extractor_version", "n_relations")


def migrations() -> list[tuple[str, str]]:
    """Every migration shipped with pluripolar as (name, SQL), in the order they apply."""
    folder = resources.files(__package__).joinpath("migrations")
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


class Store:
    """A pluripolar store in one DuckDB file (or in memory for `:memory:`)."""

    def __init__(self, path: str | os.PathLike | None = None, *, must_exist: bool = False,
                 read_only: bool = False) -> None:
        self.path = Path(":memory:") if str(path) == ":memory:" else resolve_db_path(path)
        if str(self.path) != ":memory:":
            if must_exist and not self.path.exists():
                raise StoreError(f"no store at {self.path}: ingest a document or load a dataset first")
            if self.path.exists() and self.path.is_dir():
                raise StoreError(f"{self.path} is a directory, not a store file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(f"cannot open store {self.path}: {_first_line(e)}") from None
        if not read_only:
            self.migrate()

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

    def has_source(self, source_id: str) -> bool:
        """Whether a source with this content hash is already stored."""
        return self.con.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is not None

    def add_document(self, source: Source, relations: Sequence[Relation], *,
                     extractor: str, extractor_version: str) -> int | None:
        """Store a document and the relations extracted from it; None if it was already stored."""
        rel, ev = relation_tables(source.id, relations)
        return self.write_source(source, rel, ev, extractor=extractor, extractor_version=extractor_version)

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
            with self.transaction() as con:
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
