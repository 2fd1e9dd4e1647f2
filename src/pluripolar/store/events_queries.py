"""The stored events (relations with a PLOVER type) as rows for the event series."""
from __future__ import annotations

from typing import Any

from ..ontology import cameo_rows
from ..ontology import load as ontology
from .db import Store


def _values(rows: list[tuple[str, str]]) -> str:
    return ", ".join("(" + ", ".join("'" + v.replace("'", "''") + "'" for v in r) + ")" for r in rows)


def event_rows_sql(actor: str | None, other: str | None, plover: str | None,
                   datasets: list[str]) -> tuple[str, list[Any]]:
    """SELECT of the stored events (not negated, with both actors) as series rows: date (else the
    source's), subject, object, plover, quad, intensity (the Goldstein weight of the relation's CAMEO
    code, or of its nearest parent), source ('text' for documents, else the dataset's name). Only
    documents and the event `datasets` count: standing ties loaded from other datasets are no events."""
    weights = _values([(r["code"], r["goldstein"]) for r in cameo_rows() if r["goldstein"]])
    quads = _values([(t.name, t.quad) for t in ontology().plover.values()])
    clauses = ["NOT r.negated", "r.object IS NOT NULL", "r.plover IS NOT NULL"]
    params: list[Any] = []
    kinds = "s.kind = 'document'"
    if datasets:
        kinds += f" OR s.dataset IN ({', '.join('?' for _ in datasets)})"
        params += datasets
    clauses.append(f"({kinds})")
    if actor and other:
        clauses.append("((r.subject = ? AND r.object = ?) OR (r.subject = ? AND r.object = ?))")
        params += [actor, other, other, actor]
    elif actor or other:
        clauses.append("(r.subject = ? OR r.object = ?)")
        params += [actor or other] * 2
    if plover:
        clauses.append("r.plover = ?")
        params.append(plover)
    sql = f"""
        SELECT coalesce(r.date, strftime(s.date, '%Y-%m-%d')) AS date, r.subject, r.object, r.plover,
               q.quad, CAST(coalesce(w4.weight, w3.weight, w2.weight) AS DOUBLE) AS intensity,
               CASE WHEN s.kind = 'document' THEN 'text' ELSE coalesce(s.dataset, s.name) END AS source
        FROM relations r JOIN sources s ON s.id = r.source_id
        LEFT JOIN (VALUES {quads}) AS q(plover, quad) ON q.plover = r.plover
        LEFT JOIN (VALUES {weights}) AS w4(code, weight) ON w4.code = r.cameo
        LEFT JOIN (VALUES {weights}) AS w3(code, weight) ON w3.code = substr(r.cameo, 1, 3)
        LEFT JOIN (VALUES {weights}) AS w2(code, weight) ON w2.code = substr(r.cameo, 1, 2)
        WHERE {' AND '.join(clauses)}"""
    return sql, params


def series(store: Store, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """Run an event series query (`analysis.events.series_sql` over `event_rows_sql`)."""
    return store.con.execute(sql, params).fetchall()
