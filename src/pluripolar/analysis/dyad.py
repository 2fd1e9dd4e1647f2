"""The timeline of everything stored between two actors, oldest first, contradictions marked.

Shape (JSON):
    {"a": {id, name, kind, un_region}, "b": {…},
     "events": [{id, date, effective, date_end, predicate, subject, object, status, attrs, negated,
                 confidence, source, source_kind, evidence: [{source, quote | row, …}],
                 contradiction: bool, contradictions: [contradiction ids]}],
     "contradictions": [see contradictions.py]}
`date` is the date as asserted (YYYY, YYYY-MM or YYYY-MM-DD, or null); `effective` is the first day it
covers, or the document's date when the relation is undated — the timeline is ordered by it.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..errors import InvalidInput
from ..store import Store
from ..store import analysis_queries as q
from .actors import actor_id, describe
from .contradictions import contradictions


def dyad(store: Store, a: str, b: str) -> dict[str, Any]:
    """Every relation between `a` and `b` (ids or names), oldest first, with evidence and the
    contradictions between sources about them."""
    ia, ib = actor_id(a), actor_id(b)
    if ia == ib:
        raise InvalidInput(f"a dyad needs two different actors; both are {ia}")
    found = [c for c in contradictions(store, ia) if {c["subject"], c["object"]} == {ia, ib}]
    marks: dict[str, list[str]] = defaultdict(list)
    for c in found:
        marks[c["a"]["relation_id"]].append(c["id"])
        marks[c["b"]["relation_id"]].append(c["id"])
    events = []
    for r in q.dyad_relations(store.con, ia, ib):
        ids = marks.get(r["id"], [])
        events.append({**r, "contradiction": bool(ids), "contradictions": ids})
    return {"a": describe(ia), "b": describe(ib), "events": events, "contradictions": found}
