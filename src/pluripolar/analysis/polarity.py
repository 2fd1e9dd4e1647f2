"""Polarity series: how concentrated power is among the major powers, year by year.

Rows are `{"year", "index", "value", "details"}`. Capability indices (con, neff, hhi, leader-share)
use the poles' CINC shares renormalised to sum to 1 within each year; `net-power` applies the same to
GDP × GDP per capita (Beckley 2018) and reports CON as its value; `unga-polarization` is the standard
deviation of UN General Assembly ideal points per session; `blocs` counts alliance blocs (see blocs.py).

The indices are a registry (`analysis/data/polarity.toml`): each names the function computing its rows
and the analysis tables it needs, which are checked before it runs.
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module, resources
from typing import Any

import duckdb

from ..errors import InvalidInput
from ..store import Store
from ..store.queries import require
from . import polarity_queries as q
from . import indices

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Index:
    """A polarity index: its name, the function computing its rows, the tables it needs, whether
    COW major powers as poles add `major_powers` to them, and what it is for people: its `title`,
    `definition`, `citation` and the decimals its values are shown with (`digits`)."""

    name: str
    compute: str  # module:function in pluripolar.analysis, imported when the index is computed
    needs: tuple[str, ...]
    poles: bool = False
    title: str = ""
    definition: str = ""
    citation: str = ""
    digits: int = 3

    def about(self) -> dict[str, Any]:
        """What the index is, for a page: name (title), definition, citation, whether it is computed over
        the major powers chosen (`majors`), digits."""
        return {"name": self.title or self.name, "definition": self.definition, "citation": self.citation,
                "majors": self.poles, "digits": self.digits}

    def rows(self, con: duckdb.DuckDBPyConnection, majors: str, first: int | None, last: int | None) -> Rows:
        """The index's rows for the years first..last."""
        module, _, function = self.compute.partition(":")
        return getattr(import_module(f"{__package__}.{module}"), function)(con, self.name, majors, first, last)


@cache
def _registry() -> tuple[dict[str, Index], dict[str, str]]:
    data = tomllib.loads(resources.files(__package__).joinpath("data", "polarity.toml").read_text(encoding="utf-8"))
    out = {}
    for name, spec in data["indices"].items():
        out[name] = Index(name, spec["compute"], tuple(spec["needs"]), spec.get("poles", False),
                          spec.get("title", ""), spec.get("definition", ""), spec.get("citation", ""),
                          spec.get("digits", 3))
    return out, data["tables"]


def registry() -> dict[str, Index]:
    """The polarity indices by name, in the order `analysis/data/polarity.toml` lists them."""
    return _registry()[0]


_CAPABILITY_INDEX: dict[str, Callable[[Sequence[float]], float | None]] = {
    "con": indices.con, "neff": indices.neff, "hhi": indices.hhi, "leader-share": indices.leader_share,
    "net-power": indices.con,
}


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
           last: int | None = None) -> Rows:
    """The `index` series over the years first..last (all loaded years when None), oldest first, from
    the store's dataset tables (like `dossier`, it takes the store)."""
    found = registry().get(index)
    if found is None:
        raise InvalidInput(f"unknown index {index!r}; expected one of: {', '.join(registry())}")
    if first is not None and last is not None and first > last:
        raise InvalidInput(f"--from {first} is after --to {last}")
    needs = found.needs
    if found.poles:
        needs += ("major_powers",) if parse_majors(majors)[0] == "cow" else ()
    for table in needs:
        require(store.con, table, _registry()[1][table])
    return found.rows(store.con, majors, first, last)


def capability_rows(con: duckdb.DuckDBPyConnection, index: str, majors: str, first: int | None,
                    last: int | None) -> Rows:
    """A capability index (con, neff, hhi, leader-share on CINC; net-power on GDP × GDP per capita)
    over the poles `majors` selects, year by year."""
    measure = "net-power" if index == "net-power" else "cinc"
    rows = q.selected_powers(con, measure, parse_majors(majors), first, last)
    return [power_row(year, index, poles, values, world) for year, poles, values, world in rows]
