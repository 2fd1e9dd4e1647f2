"""Turn model records into the store's row layout (Arrow tables), ids included."""
from __future__ import annotations

import calendar
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date

import pyarrow as pa

from ..model import Relation
from ..ontology import load as load_ontology

RELATION_SCHEMA = pa.schema([
    ("id", pa.string()), ("source_id", pa.string()), ("subject", pa.string()),
    ("predicate", pa.string()), ("object", pa.string()), ("date", pa.string()),
    ("date_start", pa.date32()), ("date_end", pa.date32()), ("status", pa.string()),
    ("attrs", pa.string()), ("negated", pa.bool_()), ("confidence", pa.float64()),
    ("plover", pa.string()), ("plover_mode", pa.string()), ("cameo", pa.string()),
])

EVIDENCE_SCHEMA = pa.schema([
    ("relation_id", pa.string()), ("source_id", pa.string()), ("quote", pa.string()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("sentence", pa.string()),
    ("row_number", pa.int64()), ("extractor", pa.string()), ("extractor_version", pa.string()),
])


def content_hash(data: str | bytes) -> str:
    """The sha256 hex digest that identifies a source by its content."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def relation_id(source_id: str, rel: Relation) -> str:
    """A deterministic id: the same relation from the same source always gets the same id."""
    key = json.dumps([source_id, rel.subject, rel.predicate, rel.object, rel.date,
                      rel.attrs, rel.negated], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def date_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD date (None for None)."""
    if not value:
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    d = date(*parts[:3])
    return d, d


def relation_tables(source_id: str, relations: Sequence[Relation]) -> tuple[pa.Table, pa.Table]:
    """Rows of `relations` and of `evidence` for relations asserted by one source."""
    onto = load_ontology()
    rel_rows: list[dict] = []
    ev_rows: list[dict] = []
    for rel in relations:
        rid = relation_id(source_id, rel)
        start, end = date_bounds(rel.date)
        if rel.valid_to:
            end = date_bounds(rel.valid_to)[1]
        codes = onto.get(rel.predicate).codes_for(rel.status)
        rel_rows.append({
            "id": rid, "source_id": source_id, "subject": rel.subject, "predicate": rel.predicate,
            "object": rel.object, "date": rel.date, "date_start": start, "date_end": end,
            "status": rel.status, "attrs": json.dumps(rel.attrs, ensure_ascii=False, sort_keys=True),
            "negated": rel.negated, "confidence": rel.confidence,
            "plover": rel.plover or codes.plover, "plover_mode": rel.plover_mode or codes.plover_mode,
            "cameo": rel.cameo or codes.cameo,
        })
        ev_rows.extend(_evidence_rows(rid, source_id, rel))
    return (pa.Table.from_pylist(rel_rows, schema=RELATION_SCHEMA),
            pa.Table.from_pylist(ev_rows, schema=EVIDENCE_SCHEMA))


def _evidence_rows(rid: str, source_id: str, rel: Relation) -> Iterable[dict]:
    for ev in rel.evidence:
        yield {
            "relation_id": rid, "source_id": ev.source_id or source_id, "quote": ev.quote,
            "char_start": ev.char_start, "char_end": ev.char_end, "sentence": ev.sentence,
            "row_number": ev.row, "extractor": ev.extractor, "extractor_version": ev.extractor_version,
        }
