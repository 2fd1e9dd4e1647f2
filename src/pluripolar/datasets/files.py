"""Dataset files on disk: content ids, compression, layout checks, and reading into DuckDB."""
from __future__ import annotations

import csv
import errno
import gzip
import hashlib
import io
import os
import re
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


MAX_UNPACKED = 2_000_000_000     # bytes a compressed dataset file may unpack to (PLURIPOLAR_MAX_UNPACKED)
MAX_RATIO = 200                  # ... and at most this many times its packed size once past RATIO_FLOOR
RATIO_FLOOR = 64 << 20


def file_id(dataset: str, paths: Sequence[Path]) -> str:
    """The source id of a load: sha256 over the dataset name and the normalised content of its (unpacked)
    files, streamed. Normalised: no UTF-8 byte-order mark, line ends as LF, no trailing newlines; so the
    same data saved with CRLF line ends, or packed as .gz or .zip, is recognised as the same source."""
    h = hashlib.sha256(dataset.encode("utf-8") + b"\0")
    for path in paths:
        with open(path, "rb") as f:
            for piece in _normalised(f):
                h.update(piece)
        h.update(b"\0")
    return h.hexdigest()


def _normalised(f: io.BufferedIOBase) -> Iterator[bytes]:
    """A file's bytes in chunks with the BOM dropped, CRLF and CR turned into LF and trailing line ends
    dropped; line ends at the end of a chunk are held back until the next chunk shows what follows."""
    carry, first = b"", True
    while chunk := f.read(_CHUNK):
        if first:
            chunk, first = chunk.removeprefix(b"\xef\xbb\xbf"), False
        data = carry + chunk
        body = data.rstrip(b"\r\n")
        carry = data[len(body):]
        yield body.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def max_unpacked() -> int:
    """How many bytes a compressed dataset file may unpack to: $PLURIPOLAR_MAX_UNPACKED, else 2 GB."""
    raw = os.environ.get("PLURIPOLAR_MAX_UNPACKED", "").strip()
    if not raw:
        return MAX_UNPACKED
    if not raw.isdigit() or int(raw) < 1:
        raise InvalidInput(f"PLURIPOLAR_MAX_UNPACKED: {raw!r} is not a positive number of bytes")
    return int(raw)


def _copy_capped(src: io.BufferedIOBase, dst: io.BufferedIOBase, packed: int, shown: Path) -> None:
    """Unpack `src` into `dst` chunk by chunk, stopping at the size cap or a bomb-like ratio."""
    cap, total = max_unpacked(), 0
    while chunk := src.read(_CHUNK):
        total += len(chunk)
        if total > cap or (total > RATIO_FLOOR and total > MAX_RATIO * packed):
            raise InvalidInput(f"{shown}: unpacks to over {total:,} bytes from {packed:,} (limit {cap:,} bytes "
                               f"and {MAX_RATIO} times the packed size); refused as a possible decompression "
                               "bomb (set PLURIPOLAR_MAX_UNPACKED to raise the size limit)")
        dst.write(chunk)


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
                    _copy_capped(src, dst, path.stat().st_size, path)
            else:
                _unzip_single(path, out)
        except OSError as e:
            if e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise InvalidInput(f"{path}: no space left to unpack it in the temp folder {tmp} "
                                   f"({out.stat().st_size:,} bytes written); free space there or set TMPDIR "
                                   "to a larger folder") from None
            raise InvalidInput(f"{path}: damaged or truncated {kind} file ({_first_line(e)}); "
                               "download it again") from None
        except (zipfile.BadZipFile, EOFError, zlib.error) as e:
            raise InvalidInput(f"{path}: damaged or truncated {kind} file ({_first_line(e)}); "
                               "download it again") from None
        yield out, "none"


def _unzip_single(path: Path, out: Path) -> None:
    with zipfile.ZipFile(path) as z:
        members = [m for m in z.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise InvalidInput(f"{path}: expected one file in the zip archive, found {len(members)}")
        with z.open(members[0]) as src, open(out, "wb") as dst:
            _copy_capped(src, dst, path.stat().st_size, path)


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
        raise InvalidInput(f"{shown_as}: cannot read as {layout.name}: {csv_problem(e)}") from None


_CSV_LINE = re.compile(r"CSV Error on Line: (\d+)")


def csv_problem(e: BaseException) -> str:
    """DuckDB's CSV error as one line a person can act on: the file line and what is wrong there
    (DuckDB's own text spreads this over many lines of parser settings and options)."""
    text = str(e)
    line = _CSV_LINE.search(text)
    if "state machine reached an invalid state" in text:
        return ("the CSV parser lost its place: mixed line ends (CRLF and LF) or a stray quote; save the file "
                "with one kind of line ends")
    if not line:
        return _first_line(e)
    lines = [x.strip() for x in text.splitlines()]
    original = next((i for i, x in enumerate(lines) if x.startswith("Original Line:")), None)
    if original is not None and lines[original] == "Original Line:":
        original += 1  # the line's text follows on its own line
    if original is not None and "\\0" in lines[original]:
        return f"line {line.group(1)} holds NUL bytes (a padded or binary file, not CSV text)"
    after = lines[original + 1:] if original is not None else lines[1:]
    reason = next((x for x in after if x and not x.startswith(("Possible", "*", "file =", "Column "))), None)
    return f"line {line.group(1)}: {reason or _first_line(e)}"


def drop_read(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Drop the table `read_into` made."""
    con.execute(f"DROP TABLE IF EXISTS {table}")


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
