"""Read queries behind the dataset pages: each load of a dataset, and one cited row as published."""
from __future__ import annotations

import json
from typing import Any

from .db import Store


def _dicts(cur) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def loads(store: Store, dataset: str) -> list[dict[str, Any]]:
    """Every loaded file of `dataset`, newest first: its source id, version, path, load time, coverage
    (first and last date observed, snapshot date, timing kind), file checksum and size, relations and
    rows kept."""
    return _dicts(store.con.execute("""
        SELECT s.id AS source_id, s.version, s.path, s.url, s.added_at AS loaded_at, s.n_relations AS relations,
               c.kind, c.first_date, c.last_date, c.snapshot_date, c.file_sha256, c.file_bytes,
               (SELECT count(*) FROM dataset_rows r WHERE r.source_id = s.id) AS rows_kept
        FROM sources s LEFT JOIN dataset_coverage c ON c.source_id = s.id
        WHERE s.kind = 'dataset' AND coalesce(s.dataset, s.name) = ?
        ORDER BY s.added_at DESC""", [dataset]))


def loaded_counts(store: Store) -> dict[str, int]:
    """How many files of each dataset are loaded."""
    return dict(store.con.execute("""SELECT coalesce(dataset, name), count(*) FROM sources WHERE kind = 'dataset'
                                     GROUP BY ALL""").fetchall())


def row(store: Store, source_id: str, number: int) -> dict[str, Any] | None:
    """Row `number` of a loaded dataset file as read ({column: value}), with its source, and the
    relations whose evidence cites it; None when the store does not keep that row."""
    found = store.con.execute("""
        SELECT s.id AS source_id, coalesce(s.dataset, s.name) AS dataset, s.version, s.url, s.path, r.fields
        FROM dataset_rows r JOIN sources s ON s.id = r.source_id
        WHERE r.source_id = ? AND r.row_number = ?""", [source_id, number])
    rec = _dicts(found)
    if not rec:
        return None
    out = rec[0]
    out["fields"] = json.loads(out["fields"])
    out["row"] = number
    out["relations"] = _dicts(store.con.execute("""
        SELECT r.id, r.subject, r.predicate, r.object, r.date, r.status FROM relations r
        WHERE r.id IN (SELECT relation_id FROM evidence WHERE source_id = ? AND row_number = ?)
        ORDER BY r.date, r.subject, r.predicate, r.object""", [source_id, number]))
    return out
