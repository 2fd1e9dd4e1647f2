"""Read a dataset file, map it, and write it to the store in one transaction (idempotent by content).

The file is read and mapped in the store's own connection, inside its write transaction: the rows are
staged in TEMP tables (in the connection's temporary catalog, never in the store file) and go to the
store's tables with `INSERT … SELECT` (store/relation_rows.py), so nothing makes a round trip through Python
or Arrow.
"""
from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import InvalidInput
from ..model import Source
from ..store import Store
from ..store.removal import dataset_sources, delete_sources
from ..store.settings import connect_config
from ..store import relation_rows
from ..store.db import insert_rows
from . import coverage, crosswalk, macros, names, published, sparql
from .files import drop_read, file_id, match_layout, plain_csv, read_into
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
    snapshot: str | None = None    # the date a snapshot list's rows were given
    seconds: float = 0.0
    already_loaded: bool = False
    replaced: tuple[str, ...] = ()  # ids of the files of the same dataset and version this one replaced


@dataclass(frozen=True)
class _File:
    """One file of a load, unpacked and its header checked: read into `table` with `layout`."""

    table: str
    path: Path                     # the plain file DuckDB reads
    shown_as: Path                 # the file the user gave
    layout: Layout
    names: tuple[str, ...]


@dataclass
class _Counts:
    """What `_write_rows` read and wrote besides relations (it returns those to the store)."""

    rows_read: int = 0
    table_rows: dict[str, int] = field(default_factory=dict)
    unmapped: int = 0


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def _existing(path: str | Path) -> Path:
    p = Path(path).expanduser()
    if not p.is_file():
        raise InvalidInput(f"{p}: no such file")
    return p


def _companions(ds: Dataset, path: Path) -> dict[str, Path]:
    return {c.table: path.with_name(c.filename) for c in ds.companions if path.with_name(c.filename).is_file()}


def _checked(stack: ExitStack, ds: Dataset, path: Path) -> list[_File]:
    """The load's files, the main one first, unpacked (for as long as `stack` lasts) and their layouts
    matched from their headers alone, so a wrong file fails before anything is read or written."""
    plain = stack.enter_context(sparql.tabular(stack.enter_context(plain_csv(path))[0], path))
    layout, cols = match_layout(ds, plain, path)
    files = [_File("raw", plain, path, layout, cols)]
    present = _companions(ds, path)
    for comp in ds.companions:
        if comp.table in present:
            comp_path = present[comp.table]
            plain = stack.enter_context(plain_csv(comp_path))[0]
            cols = match_layout(_as_dataset(ds, comp), plain, comp_path)[1]
            files.append(_File(comp.table, plain, comp_path, comp.layout, cols))
    return files


def _as_dataset(ds: Dataset, comp: Companion) -> Dataset:
    return replace(ds, name=f"{ds.name} ({comp.filename})", layouts=(comp.layout,))


def _read_all(con: duckdb.DuckDBPyConnection, files: list[_File]) -> int:
    """Read every file into its TEMP table; the main file's row count."""
    return [read_into(con, f.table, f.path, f.layout, f.names, f.shown_as) for f in files][0]


def read(name: str, path: str | Path) -> pa.Table:
    """A dataset file as an Arrow table with typed columns and `_row`, after checking its layout."""
    ds, p = get(name), _existing(path)
    with ExitStack() as stack, duckdb.connect(config=connect_config()) as con:
        _read_all(con, _checked(stack, ds, p))
        return con.execute("SELECT * FROM raw ORDER BY _row").to_arrow_table()


def _write_rows(con: duckdb.DuckDBPyConnection, ds: Dataset, files: list[_File], source_id: str,
                counts: _Counts, snapshot: str | None) -> int:
    """Read, map and insert a load's rows through the store's connection `con`, inside its write
    transaction (a snapshot list's relations dated `snapshot`), with its coverage row and the rows its
    evidence cites; count them into `counts` and return the number of relations written. A value the
    mapping cannot convert (a date such as 1816-13-45) is an error naming the file and the value."""
    try:
        return _map_rows(con, ds, files, source_id, counts, snapshot)
    except (duckdb.ConversionException, duckdb.OutOfRangeException, duckdb.InvalidInputException) as e:
        raise InvalidInput(f"{files[0].shown_as}: a row holds a value that cannot be used ({_first_line(e)}); "
                           "correct or remove that row") from None


def _map_rows(con: duckdb.DuckDBPyConnection, ds: Dataset, files: list[_File], source_id: str,
              counts: _Counts, snapshot: str | None) -> int:
    layout = files[0].layout
    con.execute("SET enable_progress_bar = false")
    con.execute("SET VARIABLE snapshot = ?", [snapshot])  # a mapping may date rows by getvariable('snapshot')
    counts.rows_read = _read_all(con, files)
    crosswalk.register(con)
    macros.register(con)
    mapping = ds.mapping(layout, frozenset(f.table for f in files[1:]))
    for table, (names_sql, date) in mapping.names.items():
        names.register(con, names_sql, date, table)
    if not counts.rows_read:
        raise InvalidInput(f"{files[0].shown_as}: no data rows under its header; nothing to load")
    written = 0
    if mapping.relations:
        written, counts.unmapped = relation_rows.insert(
            con, mapping.relations, origin=f"{ds.name}|{layout.version}", source_id=source_id,
            extractor=ds.name, extractor_version=layout.version,
            snapshot=snapshot if ds.timing.kind == "snapshot" else None)
    for table, sql in mapping.tables.items():
        counts.table_rows[table] = insert_rows(con, table, sql, source_id)
    if not written and not any(counts.table_rows.values()):
        raise InvalidInput(f"{files[0].shown_as}: none of its {counts.rows_read:,} rows could be used "
                           f"({counts.unmapped:,} name no known actor); nothing loaded")
    coverage.record(con, ds, source_id, files[0].shown_as, snapshot)
    published.keep_rows(con, source_id, files[0].names)
    for table in mapping.names:
        con.execute(f"DROP TABLE {table}")
    for f in files:
        drop_read(con, f.table)
    return written


def load(name: str, path: str | Path, store: Store, *, replace: bool = False, date: str | None = None
         ) -> LoadResult:
    """Load a dataset file into the store: its relations and analysis rows, all or nothing.

    Loading a file already loaded (same dataset, same content once line ends are normalised and it is
    unpacked) adds nothing. Another file of a dataset and version already loaded is refused unless
    `replace`, when the old file's rows go and the new file's come in the same transaction. A snapshot
    list (OFAC SDN …) is dated by `date`, else its dataset's own date, else the file's modification
    day; other datasets date their own rows and refuse `date`.
    """
    started = time.perf_counter()
    ds, p = get(name), _existing(path)
    snapshot = coverage.snapshot_date(ds, p, date)
    counts = _Counts()
    with ExitStack() as stack:
        files = _checked(stack, ds, p)
        version = files[0].layout.version
        source_id = file_id(ds.name, [f.path for f in files])
        if store.has_source(source_id):
            return LoadResult(ds.name, version, source_id, 0, 0, already_loaded=True,
                              seconds=time.perf_counter() - started)
        older = [s["id"] for s in dataset_sources(store.con, ds.name, version)]
        if older and not replace:
            raise InvalidInput(f"{ds.name} {version} is already loaded from another file (source {older[0][:12]}): "
                               f"give --replace to load {p.name} in its place, or keep the loaded one")
        source = Source(id=source_id, kind="dataset", name=ds.name, url=ds.url, title=ds.description,
                        dataset=ds.name, version=version, path=str(p.resolve()))

        def fill(con: duckdb.DuckDBPyConnection) -> int:
            delete_sources(con, older)
            return _write_rows(con, ds, files, source_id, counts, snapshot)

        written = store.write_source(source, extractor=ds.name, extractor_version=version, fill=fill)
    return LoadResult(ds.name, version, source_id, counts.rows_read, written or 0, counts.table_rows,
                      counts.unmapped, snapshot, time.perf_counter() - started, already_loaded=written is None,
                      replaced=tuple(older))
