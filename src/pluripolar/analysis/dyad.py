"""The timeline of everything stored between two actors, oldest first, contradictions marked.

Shape (JSON):
    {"a": {id, name, kind, un_region}, "b": {…},
     "events": [{id, date, effective, date_end, last_observed, predicate, subject, object, status, attrs, negated,
                 confidence, source, source_kind, evidence: [{source, quote | row, …}],
                 contradiction: bool, contradictions: [contradiction ids]}],
     "contradictions": [see contradictions.py],
     "unga_agreement": {sessions: [first, last], with: [{id: b, votes, identical_share}]} | null}
`date` is the date as asserted (YYYY, YYYY-MM or YYYY-MM-DD, or null); `effective` is the first day it
covers, or the document's date when the relation is undated — the timeline is ordered by it;
`last_observed` is the last observation of a dataset fact that reaches the end of its dataset's data;
`size_text` says what sizes the relation (troops, designations, embassy level, alliance types);
`unga_agreement` is the share of identical UN General Assembly votes of a with b over a's last
sessions (dossier.toml [alignment]), when votes are loaded.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import duckdb

from ..errors import InvalidInput
from ..store import Store
from ..store.queries import GROUPED_EVIDENCE, records
from .dossier_queries import unga_alignment
from ..store.queries import has_table
from .actors import actor_id, describe
from .contradictions import contradictions
from .settings import config
from .sizes import size, size_text


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
    for r in dyad_relations(store.con, ia, ib):
        ids = marks.get(r["id"], [])
        events.append({**r, "size_text": size_text(size(r["predicate"], [r["attrs"]])),
                       "contradiction": bool(ids), "contradictions": ids})
    sessions = config()["alignment"]["sessions"]
    agreement = (unga_alignment(store.con, ia, date.today(), [ib], sessions)
                 if has_table(store.con, "unga_votes") else None)
    return {"a": describe(ia), "b": describe(ib), "events": events, "contradictions": found,
            "unga_agreement": agreement}


def dyad_relations(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Every relation between `a` and `b` (either direction), oldest first; an undated relation sits at
    its document's date. Each with its source, source kind and evidence, and `last_observed` when it
    reaches its dataset's last observation (as in queries.relations)."""
    return records(con.execute(f"""
        WITH r AS (
            SELECT r.*, coalesce(r.date_start, s.date) AS effective, s.kind AS source_kind,
                   coalesce(s.dataset, s.name) AS source,
                   if(coalesce(r.date_end, r.date_start) >= c.last_date, c.last_date, NULL) AS last_observed
            FROM relations r JOIN sources s ON s.id = r.source_id
            LEFT JOIN dataset_coverage c ON c.source_id = r.source_id
            WHERE (r.subject = $a AND r.object = $b) OR (r.subject = $b AND r.object = $a)
        ), {GROUPED_EVIDENCE}
        SELECT r.id, r.effective, r.date, r.date_end, r.last_observed, r.predicate, r.subject, r.object, r.status,
               r.attrs,
               r.negated, r.confidence, r.source, r.source_kind, coalesce(ev.evidence, []) AS evidence
        FROM r LEFT JOIN ev ON ev.relation_id = r.id
        ORDER BY r.effective NULLS LAST, r.predicate, r.subject, r.source, r.id""", {"a": a, "b": b}))
