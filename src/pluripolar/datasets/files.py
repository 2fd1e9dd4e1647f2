"""Dataset files on disk: content ids, compression, layout checks, and reading into DuckDB."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import InvalidInput, LayoutMismatch
from .spec import Dataset, Layout

_CHUNK = 1 << 20


def file_id(dataset: str, paths: Sequence[Path]) -> str:
    """The source id of a load: sha256 over the dataset name and the bytes of its files, streamed."""
    h = hashlib.sha256(dataset.encode("utf-8") + b"\0")
    for path in paths:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
    return h.hexdigest()


def compression_of(path: Path) -> str:
    """`gzip`, `zip` or `none`, from the file's first bytes (not its name)."""
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic[:2] == b"\x1f\x8b":
        return "gzip"
    if magic == b"PK\x03\x04":
        return "zip"
    return "none"


@contextmanager
def plain_csv(path: Path) -> Iterator[tuple[Path, str]]:
    """The file as DuckDB reads it: (path, compression). A gzip or zip file is decompressed, streaming,
    to a temporary file first, so that a truncated or corrupt archive fails here, before anything is read."""
    kind = compression_of(path)
    if kind == "none":
        yield path, kind
        return
    with tempfile.TemporaryDirectory(prefix="pluripolar-") as tmp:
        out = Path(tmp) / path.name
        try:
            if kind == "gzip":
                with gzip.open(path, "rb") as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
            else:
                _unzip_single(path, out)
        except (zipfile.BadZipFile, gzip.BadGzipFile, EOFError, zlib.error, OSError) as e:
            raise InvalidInput(f"{path}: damaged or truncated {kind} file ({_first_line(e)}); "
                               "download it again") from None
        yield out, "none"


def _unzip_single(path: Path, out: Path) -> None:
    with zipfile.ZipFile(path) as z:
        members = [m for m in z.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise InvalidInput(f"{path}: expected one file in the zip archive, found {len(members)}")
        with z.open(members[0]) as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst, _CHUNK)


def first_record(path: Path, layout: Layout, shown_as: Path) -> list[str]:
    """The fields of the file's first line, parsed with the layout's delimiter and encoding."""
    with open(path, "rb") as f:
        line = f.readline(1 << 16)
    if b"\x00" in line:
        raise InvalidInput(f"{shown_as}: not {layout.encoding} text (NUL bytes: UTF-16?); save it as UTF-8")
    text = line.decode(layout.encoding, errors="replace").lstrip("\ufeff").rstrip("\r\n")
    try:
        return next(csv.reader(io.StringIO(text), delimiter=layout.delimiter), [])
    except csv.Error:
        return [text[:80]]


def match_layout(dataset: Dataset, path: Path, shown_as: Path) -> tuple[Layout, tuple[str, ...]]:
    """The dataset layout of a plain file and its column names, or LayoutMismatch naming the expected
    columns; `shown_as` is the path the user gave (the archive, when `path` was unpacked from one)."""
    found: list[str] = []
    for layout in dataset.layouts:
        found = [c.strip() for c in first_record(path, layout, shown_as)]
        if not layout.header:
            if len(found) == len(layout.columns):
                return layout, layout.columns
        elif found == list(layout.columns) or (not layout.exact and set(layout.columns) <= set(found)):
            return layout, tuple(found)
    expected = " or ".join(f"{'' if la.exact else 'at least '}{', '.join(c or '(blank)' for c in la.columns)}"
                           + (f" (layout {la.name})" if len(dataset.layouts) > 1 else "")
                           + ("" if la.header else f" ({len(la.columns)} columns, no header)")
                           for la in dataset.layouts)
    shown = ", ".join(found[:12]) + (" …" if len(found) > 12 else "")
    raise LayoutMismatch(f"{shown_as.name}: not in the layout of {dataset.name}; expected columns: {expected}; "
                         f"found: {shown or '(empty file)'}")


def read_into(con: duckdb.DuckDBPyConnection, table: str, path: Path, layout: Layout,
              names: tuple[str, ...], shown_as: Path) -> int:
    """Read a file of a known layout into TEMP `table` (typed columns, `_row` = 1-based data row); the rows
    stay in the connection's temporary catalog, never in a store file, until `drop_read`."""
    columns = {c or f"column{i}": layout.types.get(c, "VARCHAR") for i, c in enumerate(names)}
    try:
        return con.execute(
            f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT row_number() OVER () AS _row, * FROM read_csv(?, "
            "header=?, columns=?, auto_detect=false, delim=?, quote='\"', escape='\"', nullstr=?, encoding=?, "
            "compression='none', null_padding=?)",
            [str(path), layout.header, columns, layout.delimiter, list(layout.nullstr),
             layout.encoding, layout.null_padding]).fetchone()[0]
    except duckdb.Error as e:
        raise InvalidInput(f"{shown_as}: cannot read as {layout.name}: {_first_line(e)}") from None


def drop_read(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Drop the table `read_into` made."""
    con.execute(f"DROP TABLE IF EXISTS {table}")


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
