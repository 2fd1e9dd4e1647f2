"""The store's row layouts (Arrow schemas), content ids, and the one rule for a date's bounds (in Python and SQL)."""
from __future__ import annotations

import calendar
import hashlib
import json
from collections.abc import Sequence
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


# The writer's SELECT of a document's relations and of their quotes (store/relation_rows.py).
DOCUMENT_RELATION_SCHEMA = pa.schema([
    ("row_number", pa.int64()), ("subject", pa.string()), ("predicate", pa.string()), ("object", pa.string()),
    ("date", pa.string()), ("valid_to", pa.string()), ("status", pa.string()), ("attrs", pa.string()),
    ("key", pa.string()), ("negated", pa.bool_()), ("confidence", pa.float64()), ("plover", pa.string()),
    ("plover_mode", pa.string()), ("cameo", pa.string()),
])
DOCUMENT_QUOTE_SCHEMA = pa.schema([
    ("relation_row", pa.int64()), ("source_id", pa.string()), ("quote", pa.string()), ("char_start", pa.int32()),
    ("char_end", pa.int32()), ("sentence", pa.string()), ("row", pa.int64()), ("extractor", pa.string()),
    ("extractor_version", pa.string()),
])


def first_day(text: str) -> str:
    """SQL: the first day of the YYYY, YYYY-MM or YYYY-MM-DD date in the text expression `text` (the SQL
    twin of `date_bounds`, the one rule for date bounds in queries and writes)."""
    return (f"CASE length({text}) WHEN 4 THEN make_date(CAST({text} AS INTEGER), 1, 1) "
            f"WHEN 7 THEN CAST({text} || '-01' AS DATE) ELSE CAST({text} AS DATE) END")


def last_day(text: str) -> str:
    """SQL: the last day of the YYYY, YYYY-MM or YYYY-MM-DD date in the text expression `text`."""
    return (f"CASE length({text}) WHEN 4 THEN make_date(CAST({text} AS INTEGER), 12, 31) "
            f"WHEN 7 THEN last_day(CAST({text} || '-01' AS DATE)) ELSE CAST({text} AS DATE) END")


def document_rows(relations: Sequence[Relation]) -> tuple[pa.Table, pa.Table]:
    """A document's relations and their quotes as the rows of the writer's SELECTs that
    `relation_rows.insert` stores (ids, date bounds and codes are computed there, as for datasets);
    an unknown predicate is an error."""
    onto = load_ontology()
    rel_rows: list[dict] = []
    quotes: list[dict] = []
    for n, rel in enumerate(relations, 1):
        onto.get(rel.predicate)
        attrs = json.dumps(rel.attrs, ensure_ascii=False, sort_keys=True)
        rel_rows.append({
            "row_number": n, "subject": rel.subject, "predicate": rel.predicate, "object": rel.object,
            "date": rel.date, "valid_to": rel.valid_to, "status": rel.status, "attrs": attrs,
            "key": json.dumps([attrs, rel.negated]), "negated": rel.negated, "confidence": rel.confidence,
            "plover": rel.plover, "plover_mode": rel.plover_mode, "cameo": rel.cameo,
        })
        quotes.extend({"relation_row": n, "source_id": ev.source_id or None, "quote": ev.quote,
                       "char_start": ev.char_start, "char_end": ev.char_end, "sentence": ev.sentence,
                       "row": ev.row, "extractor": ev.extractor, "extractor_version": ev.extractor_version}
                      for ev in rel.evidence)
    return (pa.Table.from_pylist(rel_rows, schema=DOCUMENT_RELATION_SCHEMA),
            pa.Table.from_pylist(quotes, schema=DOCUMENT_QUOTE_SCHEMA))
