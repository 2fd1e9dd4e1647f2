"""Polarity series: how concentrated power is among the major powers, year by year.

Rows are `{"year", "index", "value", "details"}`. Capability indices (con, neff, hhi, leader-share)
use the poles' CINC shares renormalised to sum to 1 within each year; `net-power` applies the same to
GDP × GDP per capita (Beckley 2018) and reports CON as its value; `unga-polarization` is the standard
deviation of UN General Assembly ideal points per session; `blocs` counts alliance blocs (see blocs.py).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from ..errors import InvalidInput
from ..store import Store
from ..store import polarity_queries as q
from . import indices

INDICES = ("con", "neff", "hhi", "leader-share", "net-power", "unga-polarization", "blocs")
_CAPABILITY_INDEX: dict[str, Callable[[Sequence[float]], float | None]] = {
    "con": indices.con, "neff": indices.neff, "hhi": indices.hhi, "leader-share": indices.leader_share,
    "net-power": indices.con,
}
_DATASET = {"capabilities": "cow-nmc", "major_powers": "cow-majors", "gdp_population": "gdp-population",
            "ideal_points": "unga-ideal-points", "atop_dyad_years": "atop"}


def parse_majors(spec: str) -> tuple[str, float | int | None]:
    """`cow`, `top:K` (K ≥ 2) or `share:X` (0 < X < 1) as a selection tuple; one-line error otherwise."""
    kind, _, arg = spec.partition(":")
    try:
        if kind == "cow" and not arg:
            return ("cow", None)
        if kind == "top" and int(arg) >= 1:
            return ("top", int(arg))
        if kind == "share" and 0 < float(arg) < 1:
            return ("share", float(arg))
    except ValueError:
        pass
    raise InvalidInput(f"bad --majors {spec!r}; expected cow, top:K (K ≥ 1) or share:X (0 < X < 1)")


def power_row(year: int, index: str, poles: Sequence[str], values: Sequence[float],
              world: float | None = None) -> dict[str, Any]:
    """One year's row for a capability index, with every index and the poles' shares in `details`."""
    s = indices.shares(values)
    details = {
        "poles": list(poles), "shares": [round(x, 6) for x in s], "n": len(s),
        "con": indices.con(values), "neff": indices.neff(values), "hhi": indices.hhi(values),
        "leader": poles[0] if poles else None, "leader_share": indices.leader_share(values),
        "top2_share": indices.top2_share(values),
    }
    if world:
        details["poles_share_of_world"] = sum(values) / world
    return {"year": year, "index": index, "value": _CAPABILITY_INDEX[index](values), "details": details}


def series(store: Store, index: str, majors: str = "cow", first: int | None = None,
           last: int | None = None) -> list[dict[str, Any]]:
    """The `index` series over the years first..last (all loaded years when None), oldest first, from
    the store's dataset tables (like `dossier`, it takes the store)."""
    con = store.con
    if index not in INDICES:
        raise InvalidInput(f"unknown index {index!r}; expected one of: {', '.join(INDICES)}")
    if first is not None and last is not None and first > last:
        raise InvalidInput(f"--from {first} is after --to {last}")
    if index == "unga-polarization":
        return _unga(con, first, last)
    if index == "blocs":
        from .blocs import bloc_series

        _require(con, "atop_dyad_years", "capabilities")
        return bloc_series(con, first, last)
    selection = parse_majors(majors)
    measure = "net-power" if index == "net-power" else "cinc"
    table = q.MEASURES[measure][0]
    _require(con, table, *(("major_powers",) if selection[0] == "cow" else ()))
    rows = q.selected_powers(con, measure, selection, first, last)
    return [power_row(year, index, poles, values, world) for year, poles, values, world in rows]


def _unga(con: duckdb.DuckDBPyConnection, first: int | None, last: int | None) -> list[dict[str, Any]]:
    _require(con, "ideal_points")
    from .unga import polarization_rows

    return polarization_rows(q.ideal_point_sessions(con, first, last))


def _require(con: duckdb.DuckDBPyConnection, *tables: str) -> None:
    for t in tables:
        q.require(con, t, _DATASET[t])
