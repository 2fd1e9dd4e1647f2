"""Contradictions between sources: the same relation said to start in different years, or said to
hold and to have ended in the same year.

A `date` contradiction needs a one-off status: the first status a predicate lists in the ontology when
that is not its default (diplomatic_relations.established, embassy.opened, alliance.established,
membership.joined) — ties can be "maintained" in many years, but are established once. At least one
side is a document; the other may be a dataset.

Shape (JSON): [{"id", "kind": "date" | "direction", "predicate", "subject", "object",
                "a": {relation_id, source, source_id, url, date, status, negated, quote},
                "b": {…same…}}]
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import duckdb

from ..ontology import load as load_ontology
from ..store import Store
from ..store.queries import records

_SIDE = ("relation_id", "source", "source_id", "url", "date", "status", "negated", "quote")


def one_off_statuses() -> list[str]:
    """`predicate.status` pairs that happen once per relation (see the module docstring)."""
    onto = load_ontology()
    return [f"{name}.{p.statuses[0]}" for name, p in onto.predicates.items()
            if p.statuses and p.statuses[0] != p.default_status and p.statuses[0] not in onto.ends]


def contradictions(store: Store, actor: str | None = None) -> list[dict[str, Any]]:
    """Every contradiction between sources (about `actor` when given), both quotes and sources."""
    rows = contradiction_pairs(store.con, actor, ends=sorted(load_ontology().ends), once=one_off_statuses())
    out = []
    for r in rows:
        sides = {s: {k: r[f"{s}_id" if k == "relation_id" else f"{s}_{k}"] for k in _SIDE} for s in "ab"}
        key = "|".join(sorted((sides["a"]["relation_id"], sides["b"]["relation_id"])))
        out.append({"id": hashlib.sha1(key.encode()).hexdigest()[:12], "kind": r["kind"],
                    "predicate": r["predicate"], "subject": r["subject"], "object": r["object"], **sides})
    return out


def contradiction_pairs(con: duckdb.DuckDBPyConnection, actor: str | None, *, ends: Sequence[str],
                        once: Sequence[str]) -> list[dict[str, Any]]:
    """Pairs of relations from different sources, at least one a document, with the same predicate and
    (ordered) pair that disagree: `date` — the same one-off status (`once`: predicate.status, e.g.
    diplomatic_relations.established) in different years; `direction` — the same year, one saying the
    relation holds and the other that it ended (negation flips). Each side with its first quote."""
    return records(con.execute("""
        WITH d AS (
            SELECT r.*, s.kind AS source_kind, coalesce(s.dataset, s.name) AS source, s.url,
                   year(coalesce(r.date_start, s.date)) AS yr,
                   CASE WHEN list_contains($ends, lower(coalesce(r.status, ''))) <> r.negated
                        THEN -1 ELSE 1 END AS dir
            FROM relations r JOIN sources s ON s.id = r.source_id
            WHERE r.object IS NOT NULL
              AND ($actor IS NULL OR r.subject = $actor OR r.object = $actor)
        ),
        docs AS (SELECT * FROM d WHERE source_kind = 'document'),
        pairs AS (
            SELECT CASE WHEN x.yr <> y.yr THEN 'date' ELSE 'direction' END AS kind,
                   x.predicate, x.subject, x.object,
                   x.id AS a_id, x.source AS a_source, x.url AS a_url, x.date AS a_date,
                   x.status AS a_status, x.negated AS a_negated, x.source_id AS a_source_id,
                   y.id AS b_id, y.source AS b_source, y.url AS b_url, y.date AS b_date,
                   y.status AS b_status, y.negated AS b_negated, y.source_id AS b_source_id
            FROM docs x JOIN d y
              ON x.predicate = y.predicate AND x.subject = y.subject AND x.object = y.object
             AND x.source_id <> y.source_id
             AND (y.source_kind <> 'document' OR x.id < y.id)
            WHERE (x.yr <> y.yr AND x.dir = y.dir AND NOT x.negated AND NOT y.negated
                   AND coalesce(x.status, '') = coalesce(y.status, '')
                   AND list_contains($once, x.predicate || '.' || coalesce(x.status, '')))
               OR (x.yr = y.yr AND x.dir <> y.dir)
        ),
        q AS (SELECT relation_id, min_by(quote, coalesce(char_start, row_number)) AS quote
              FROM evidence WHERE relation_id IN (SELECT a_id FROM pairs UNION SELECT b_id FROM pairs)
              GROUP BY relation_id)
        SELECT pairs.*, qa.quote AS a_quote, qb.quote AS b_quote
        FROM pairs LEFT JOIN q qa ON qa.relation_id = a_id LEFT JOIN q qb ON qb.relation_id = b_id
        ORDER BY subject, object, predicate, kind, a_date, b_date""",
                                {"actor": actor, "ends": list(ends), "once": list(once)}))
