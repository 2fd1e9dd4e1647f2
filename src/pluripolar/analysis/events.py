"""Event series: how much cooperation and conflict passes between actors, period by period.

Counts by PLOVER type and quad class and the mean and summed intensity (the Goldstein weight of each
event's CAMEO code, from the ontology's one CAMEO mapping) per period and directed dyad, from text and
from event datasets (GDELT) alike. The aggregation is one SQL text (`data/event_series.sql`) that the
store query and the GDELT scale engines (DuckDB, Spark) both run.
"""
from __future__ import annotations

from importlib import resources
from typing import Any

from ..errors import InvalidInput
from ..ontology import load as ontology

PERIODS = {"day": 10, "month": 7, "year": 4}


def width(by: str) -> int:
    """The date prefix length of a period name, or a clear error."""
    try:
        return PERIODS[by]
    except KeyError:
        raise InvalidInput(f"unknown period {by!r}; expected one of: {', '.join(PERIODS)}") from None


def plover_type(name: str | None) -> str | None:
    """A PLOVER type name, checked (case-insensitive); None stays None."""
    if name is None:
        return None
    t = name.strip().upper()
    if t not in ontology().plover:
        raise InvalidInput(f"unknown PLOVER type {name!r}; expected one of: {', '.join(ontology().plover)}")
    return t


def series_sql(rows: str, by: str) -> str:
    """The aggregation over the relation `rows` (date, subject, object, plover, quad, intensity, source)."""
    text = resources.files(__package__).joinpath("data", "event_series.sql").read_text(encoding="utf-8")
    return text.format(rows=rows, width=width(by))


def records(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Rows of `series_sql` as records (intensities rounded to 3 places)."""
    keys = ("period", "subject", "object", "source", "plover", "quad", "events", "intensity_mean", "intensity_sum")
    out = []
    for r in rows:
        rec = dict(zip(keys, r))
        for k in ("intensity_mean", "intensity_sum"):
            rec[k] = None if rec[k] is None else round(float(rec[k]), 3)
        out.append(rec)
    return out
