"""Analyses of the store: dossier, dyad, claims, polarity, event series, graph export."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..store import Store


def events(store: Store, *, actor: str | None = None, other: str | None = None, type: str | None = None,
           by: str = "month") -> list[dict[str, Any]]:
    """The event series of the store: per period (`by` day, month or year), directed dyad, source
    ('text' or an event dataset such as GDELT) and PLOVER type (`type` to keep one), the number of
    events, their quad class and their mean and summed intensity (Goldstein weights)."""
    from ..actors.kb import kb
    from ..analysis import events as series
    from ..datasets import registry
    from ..store import events_queries

    actor, other = ((kb().normalize_id(x) or x) if x else None for x in (actor, other))
    plover = series.plover_type(type)
    series.width(by)
    datasets = [n for n in registry.names() if registry.get(n).events]
    rows_sql, params = events_queries.event_rows_sql(actor, other, plover, datasets)
    return series.records(events_queries.series(store, series.series_sql(f"({rows_sql})", by), params))


def dossier(store: Store, actor: str, as_of: str | None = None) -> dict[str, Any]:
    """What the store holds about `actor` at the date `as_of` (default today): counts, partners by UN
    region with evidence and size, sanctions by sender, UN voting alignment (`analysis.dossier`)."""
    from ..analysis.dossier import dossier as run

    return run(store, actor, as_of)


def dyad(store: Store, a: str, b: str) -> dict[str, Any]:
    """Everything stored between two actors, oldest first, contradictions marked (`analysis.dyad`)."""
    from ..analysis.dyad import dyad as run

    return run(store, a, b)


def claims(store: Store, actor: str | None = None) -> dict[str, Any]:
    """Quantitative claims checked against the loaded data nearest their date, and contradictions
    between sources (`analysis.claims`)."""
    from ..analysis.claims import check_claims

    return check_claims(store, actor)


def polarity_indices() -> tuple[str, ...]:
    """The names of the polarity indices `polarity` computes."""
    from ..analysis.polarity import registry

    return tuple(registry())


def polarity(store: Store, index: str, majors: str = "cow", first: int | None = None,
             last: int | None = None) -> list[dict[str, Any]]:
    """One polarity index year by year, first..last (`analysis.polarity`)."""
    from ..analysis.polarity import series

    return series(store, index, majors, first, last)


def plot_polarity(rows: list[dict[str, Any]], path: str | Path, *, majors: str = "cow") -> Path:
    """A chart of polarity rows written to `path` (.png, .svg or .pdf)."""
    from ..analysis.plot import plot_series

    return plot_series(rows, path, majors=majors)


def event_periods() -> tuple[str, ...]:
    """The periods an event series can be counted by (day, month, year)."""
    from ..analysis.events import PERIODS

    return tuple(PERIODS)


def export_graph(store: Store, fmt: str, out: str | Path | None = None, *, predicate: str | None = None,
                 year: int | None = None) -> str | None:
    """The relation graph (one predicate, the relations holding in one year, when given) as GraphML,
    GEXF or CSV, written to `out` or returned as text (`analysis.graph`)."""
    from ..analysis.graph import export

    return export(store, fmt, out, predicate=predicate, year=year)


def polarity_about() -> dict[str, dict[str, Any]]:
    """What each polarity index is, for people: name, definition, citation, whether it is computed over
    the chosen major powers (`majors`), and the decimals its values are shown with (`digits`)."""
    from ..analysis.polarity import registry

    return {name: index.about() for name, index in registry().items()}
