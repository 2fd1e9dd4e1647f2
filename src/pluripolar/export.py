"""Records as text: JSON and CSV, the same for the command line and the web app's exports."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

# The columns of a relation exported as a table (`relations --format csv`, `/api/relations?format=csv`).
RELATION_COLUMNS = ("id", "subject", "predicate", "object", "date", "date_end", "last_observed", "attrs",
                    "negated", "confidence", "plover", "source_id", "evidence")


def _default(o: Any) -> Any:
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return float(o)
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    return str(o)


def to_json(obj: Any, indent: int | None = None) -> str:
    """JSON text for API records (dates as ISO strings)."""
    return json.dumps(obj, ensure_ascii=False, default=_default, indent=indent)


def cell(v: Any) -> str:
    """One value as a CSV cell: empty for None, JSON for lists and dicts, ISO for dates."""
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return to_json(v)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


def write_csv(out: IO[str], rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    """`rows` as CSV on `out`: a header of `columns`, then one line per row (cells as `cell`)."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([cell(r.get(c)) for c in columns])


def csv_text(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """`rows` as CSV text (see `write_csv`)."""
    out = io.StringIO()
    write_csv(out, rows, columns)
    return out.getvalue()
