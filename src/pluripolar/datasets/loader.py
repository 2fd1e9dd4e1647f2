"""Read a dataset file, map it, and write it to the store in one transaction (idempotent by content)."""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import InvalidInput
from ..model import Source
from ..store import Store
from ..store.rows import EVIDENCE_SCHEMA, RELATION_SCHEMA
from . import crosswalk, macros, names, relations
from .files import file_id, match_layout, plain_csv, read_into
from .registry import get
from .spec import Companion, Dataset, Layout


@dataclass(frozen=True)
class LoadResult:
    """What one `data load` did."""

    dataset: str
    version: str
    source_id: str
    rows_read: int
    relations: int
    table_rows: dict[str, int] = field(default_factory=dict)
    unmapped: int = 0              # mapped rows dropped because a code has no actor id
    seconds: float = 0.0
    already_loaded: bool = False


def _existing(path: str | Path) -> Path:
    p = Path(path).expanduser()
    if not p.is_file():
        raise InvalidInput(f"{p}: no such file")
    return p


def _companions(ds: Dataset, path: Path) -> dict[str, Path]:
    return {c.table: path.with_name(c.filename) for c in ds.companions if path.with_name(c.filename).is_file()}


def _read_all(con: duckdb.DuckDBPyConnection, ds: Dataset, path: Path) -> tuple[Layout, int, frozenset[str]]:
    with plain_csv(path) as (csv_path, _):
        layout, names = match_layout(ds, csv_path, path)
        rows = read_into(con, "raw", csv_path, layout, names, path)
    present = _companions(ds, path)
    for comp in ds.companions:
        if comp.table in present:
            comp_path = present[comp.table]
            with plain_csv(comp_path) as (csv_path, _):
                names = match_layout(_as_dataset(ds, comp), csv_path, comp_path)[1]
                read_into(con, comp.table, csv_path, comp.layout, names, comp_path)
    return layout, rows, frozenset(present)


def _as_dataset(ds: Dataset, comp: Companion) -> Dataset:
    return replace(ds, name=f"{ds.name} ({comp.filename})", layouts=(comp.layout,))


def read(name: str, path: str | Path) -> pa.Table:
    """A dataset file as an Arrow table with typed columns and `_row`, after checking its layout."""
    ds, p = get(name), _existing(path)
    with duckdb.connect() as con:
        _read_all(con, ds, p)
        return con.execute("SELECT * FROM raw ORDER BY _row").to_arrow_table()


def load(name: str, path: str | Path, store: Store) -> LoadResult:
    """Load a dataset file into the store: its relations and analysis rows, all or nothing.

    Loading a file already loaded (same dataset, same bytes) adds nothing.
    """
    started = time.perf_counter()
    ds, p = get(name), _existing(path)
    paths = [p, *sorted(_companions(ds, p).values())]
    source_id = file_id(ds.name, paths)
    if store.has_source(source_id):
        return LoadResult(ds.name, "", source_id, 0, 0, already_loaded=True,
                          seconds=time.perf_counter() - started)
    with duckdb.connect() as con:
        con.execute("SET enable_progress_bar = false")
        layout, rows, present = _read_all(con, ds, p)
        crosswalk.register(con)
        macros.register(con)
        mapping = ds.mapping(layout, present)
        for table, (names_sql, date) in mapping.names.items():
            names.register(con, names_sql, date, table)
        if mapping.relations:
            rel, ev, unmapped = relations.build(con, mapping.relations, dataset=ds.name,
                                                version=layout.version, source_id=source_id)
        else:
            rel, ev, unmapped = RELATION_SCHEMA.empty_table(), EVIDENCE_SCHEMA.empty_table(), 0
        tables = {t: con.execute(f"SELECT $source_id AS source_id, * FROM ({sql})",
                                 {"source_id": source_id}).to_arrow_table()
                  for t, sql in mapping.tables.items()}
    source = Source(id=source_id, kind="dataset", name=ds.name, url=ds.url, title=ds.description,
                    dataset=ds.name, version=layout.version, path=str(p.resolve()))
    written = store.write_source(source, rel, ev, tables, extractor=ds.name, extractor_version=layout.version)
    return LoadResult(ds.name, layout.version, source_id, rows, rel.num_rows,
                      {t: v.num_rows for t, v in tables.items()}, unmapped,
                      time.perf_counter() - started, already_loaded=written is None)


