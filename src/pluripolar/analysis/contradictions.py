"""Contradictions between sources: the same relation said to start in different years, or said to
hold and to have ended in the same year.

A `date` contradiction needs a one-off status: the first status a predicate lists in the ontology when
that is not its default (diplomatic_relations.established, embassy.opened, alliance.established,
membership.joined) — ties can be "maintained" in many years, but are established once. At least one
side is a document; the other may be a dataset.

Shape (JSON): [{"id", "kind": "date" | "direction", "predicate", "subject", "object",
                "a": {relation_id, source, url, date, status, negated, quote},
                "b": {…same…}}]
"""
from __future__ import annotations

import hashlib
from typing import Any

from ..ontology import load as load_ontology
from ..store import Store
from ..store import analysis_queries as q

_SIDE = ("relation_id", "source", "url", "date", "status", "negated", "quote")


def one_off_statuses() -> list[str]:
    """`predicate.status` pairs that happen once per relation (see the module docstring)."""
    onto = load_ontology()
    return [f"{name}.{p.statuses[0]}" for name, p in onto.predicates.items()
            if p.statuses and p.statuses[0] != p.default_status and p.statuses[0] not in onto.ends]


def contradictions(store: Store, actor: str | None = None) -> list[dict[str, Any]]:
    """Every contradiction between sources (about `actor` when given), both quotes and sources."""
    rows = q.contradiction_pairs(store.con, actor, ends=sorted(load_ontology().ends), once=one_off_statuses())
    out = []
    for r in rows:
        sides = {s: {k: r[f"{s}_id" if k == "relation_id" else f"{s}_{k}"] for k in _SIDE} for s in "ab"}
        key = "|".join(sorted((sides["a"]["relation_id"], sides["b"]["relation_id"])))
        out.append({"id": hashlib.sha1(key.encode()).hexdigest()[:12], "kind": r["kind"],
                    "predicate": r["predicate"], "subject": r["subject"], "object": r["object"], **sides})
    return out
