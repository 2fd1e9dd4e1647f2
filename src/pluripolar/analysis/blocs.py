"""Alliance blocs: communities of the ATOP defence-pact network, and how capability spreads over them.

A bloc is a community (Leiden with the modularity objective, or Louvain) with at least two members;
a state without defence pacts is its own pole when capability concentration is measured, so the HHI is
taken over bloc CINC totals plus unallied states' CINC, renormalised.
"""
from __future__ import annotations

import random
from typing import Any

import duckdb
import igraph as ig

from ..errors import InvalidInput
from . import polarity_queries as q
from . import indices

METHODS = ("leiden", "louvain")
SEED = 1973


def communities(edges: list[tuple[int, int]], method: str = "leiden") -> tuple[list[list[int]], float]:
    """Communities (lists of node ids, largest first) of an undirected edge list, and their modularity.

    Leiden is randomised: igraph's generator is seeded so a year always gives the same blocs.
    """
    if method not in METHODS:
        raise InvalidInput(f"unknown community method {method!r}; expected one of: {', '.join(METHODS)}")
    if not edges:
        return [], 0.0
    g = ig.Graph.TupleList(edges, directed=False)
    g.simplify()
    ig.set_random_number_generator(random.Random(SEED))
    try:
        if method == "leiden":
            part = g.community_leiden(objective_function="modularity", n_iterations=-1)
        else:
            part = g.community_multilevel()
    finally:
        ig.set_random_number_generator(random)
    names = g.vs["name"]
    groups = sorted(([names[v] for v in c] for c in part), key=lambda c: (-len(c), min(c)))
    return groups, g.modularity(part.membership)


def bloc_row(year: int, edges: list[tuple[int, int]], cinc: dict[int, float], iso3: dict[int, str],
             method: str = "leiden") -> dict[str, Any]:
    """The `blocs` row of one year: value = number of blocs; details = modularity, the CINC HHI and
    effective number over blocs and unallied states, and each bloc's members and CINC share."""
    groups, modularity = communities(edges, method)
    blocs = [g for g in groups if len(g) >= 2]
    in_bloc = {c for g in blocs for c in g}
    totals = [sum(cinc.get(c, 0.0) for c in g) for g in blocs]
    poles = totals + [v for c, v in cinc.items() if c not in in_bloc]
    world = sum(poles)
    details: dict[str, Any] = {
        "method": method, "modularity": modularity, "edges": len(edges),
        "unallied_states": sum(1 for c in cinc if c not in in_bloc),
        "blocs": [{"members": sorted(iso3.get(c, str(c)) for c in g),
                   "cinc_share": (t / world) if world else None} for g, t in zip(blocs, totals)],
    }
    if world > 0:
        details["hhi"] = indices.hhi(poles)
        details["neff"] = indices.neff(poles)
        details["bloc_hhi"] = indices.hhi(totals) if totals and sum(totals) > 0 else None
    return {"year": year, "index": "blocs", "value": len(blocs), "details": details}


def bloc_series(con: duckdb.DuckDBPyConnection, first: int | None, last: int | None,
                method: str = "leiden") -> list[dict[str, Any]]:
    """Bloc rows for every year with ATOP data in first..last."""
    return [bloc_row(*year, method=method) for year in q.defence_networks(con, first, last)]


def polarity_rows(con: duckdb.DuckDBPyConnection, index: str, majors: str, first: int | None,
                  last: int | None) -> list[dict[str, Any]]:
    """The `blocs` index (registered in data/polarity.toml): bloc rows for the years first..last."""
    return bloc_series(con, first, last)
