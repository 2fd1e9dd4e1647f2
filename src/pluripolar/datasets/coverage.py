"""What each loaded dataset file covers in time: recorded at load, read by the rule for time.

A row of `dataset_coverage` per dataset source: its timing kind (spec.Timing), the first and last
dates its relations observe, the snapshot date a snapshot list was given, and the file's sha256 and
size. The actor index (store/actor_index.py) reads `kind` and `last_date`; the dataset pages show
the rest.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from ..errors import InvalidInput, UnknownDataset
from ..store.rows import date_bounds
from .registry import get
from .spec import Dataset

_CHUNK = 1 << 20


def sha256_of(path: Path) -> tuple[str, int]:
    """The sha256 hex digest and size in bytes of a file, read in chunks."""
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def snapshot_date(ds: Dataset, path: Path, given: str | None) -> str | None:
    """The date a snapshot list (or a statements file) is as of: `given` (YYYY[-MM[-DD]]), else the
    dataset's own (a list of a known year), else the file's modification day (a fresh download's is
    the day it was published or fetched). None for datasets of other kinds, which refuse a date."""
    if ds.timing.kind not in ("snapshot", "statements"):
        if given:
            raise InvalidInput(f"--date: {ds.name} dates its own rows ({ds.timing.kind}); only snapshot lists "
                               "and statements files take a date")
        return None
    if given:
        try:
            date_bounds(given)
        except (ValueError, TypeError):
            raise InvalidInput(f"--date: {given!r} is not a date in the form YYYY-MM-DD (or YYYY, YYYY-MM)") from None
        return given
    if ds.timing.default_date:
        return ds.timing.default_date
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc).date().isoformat()


_SPAN = """
    SELECT min(date_start), max(coalesce(date_end, date_start)) FROM relations WHERE source_id = $source_id"""


def record(con: duckdb.DuckDBPyConnection, ds: Dataset, source_id: str, path: Path, snapshot: str | None) -> None:
    """Write the coverage row of a load through the store's connection, inside its write transaction,
    after its relations are written."""
    first, last = con.execute(_SPAN, {"source_id": source_id}).fetchone()
    if snapshot:  # the day the list or statements were taken is observed, whatever their dates
        last = max(filter(None, (last, date_bounds(snapshot)[1])))
    sha, size = sha256_of(path)
    con.execute("INSERT INTO dataset_coverage VALUES ($id, $dataset, $kind, $first, $last, $snap, $sha, $size)",
                {"id": source_id, "dataset": ds.name, "kind": ds.timing.kind, "first": first, "last": last,
                 "snap": date_bounds(snapshot)[0] if snapshot else None, "sha": sha, "size": size})


def backfill(con: duckdb.DuckDBPyConnection) -> int:
    """Coverage rows for dataset sources loaded before coverage was recorded (checksum unknown), their
    kind from the registry ('events' for a dataset no longer registered); how many were added."""
    missing = con.execute("""SELECT id, coalesce(dataset, name) FROM sources WHERE kind = 'dataset'
                             AND id NOT IN (SELECT source_id FROM dataset_coverage)""").fetchall()
    for source_id, name in missing:
        try:
            kind = get(name).timing.kind
        except UnknownDataset:
            kind = "events"
        first, last = con.execute(_SPAN, {"source_id": source_id}).fetchone()
        con.execute("INSERT INTO dataset_coverage (source_id, dataset, kind, first_date, last_date) "
                    "VALUES (?, ?, ?, ?, ?)", [source_id, name, kind, first, last])
    return len(missing)

