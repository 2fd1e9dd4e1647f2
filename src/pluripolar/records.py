"""Relations as plain records: the output format every front end shares (`extract --format jsonl`, the
web API, Spark's part files); `export` writes records as JSON or CSV."""
from __future__ import annotations

from typing import Any

from .model import Relation


def relation_record(rel: Relation) -> dict[str, Any]:
    """A relation in the record of ANNOTATION.md, with codes, confidence, offsets and all evidence."""
    first = rel.evidence[0] if rel.evidence else None
    return {
        "doc": rel.doc, "subject": rel.subject, "predicate": rel.predicate, "object": rel.object,
        "date": rel.date, "attrs": rel.attrs, "negated": rel.negated,
        "quote": first.quote if first else None,
        "plover": rel.plover, "plover_mode": rel.plover_mode, "cameo": rel.cameo,
        "confidence": round(rel.confidence, 3),
        "char_start": first.char_start if first else None,
        "char_end": first.char_end if first else None,
        "sentence": first.sentence if first else None,
        "evidence": [{"quote": e.quote, "char_start": e.char_start, "char_end": e.char_end}
                     for e in rel.evidence],
    }
