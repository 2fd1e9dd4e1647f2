"""Read queries over stored relations and sources, returning plain records."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .db import Store


DATE_RULE = ("since D / until D keep the relations whose date - the year, month or day asserted (a "
             "spell's start, a snapshot list's date), else the document's date - reaches D or later / "
             "begins on D or earlier. A spell begun before D is not 'since D' however long it lasts: "
             "what holds at a date is the dossier's --as-of.")

# The last day of a relation's date at its precision (YYYY, YYYY-MM or YYYY-MM-DD), not a spell's end.
_DATE_LAST = """CASE length(r.date) WHEN 4 THEN make_date(year(r.date_start), 12, 31)
                WHEN 7 THEN last_day(r.date_start) ELSE r.date_start END"""


@dataclass(frozen=True)
class RelationFilter:
    """Which stored relations to list; every field optional (`since`/`until`: see DATE_RULE)."""

    actor: str | None = None
    other: str | None = None
    predicate: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    limit: int | None = None
    offset: int = 0


def _where(f: RelationFilter) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if f.actor:
        clauses.append("(r.subject = ? OR r.object = ?)")
        params += [f.actor, f.actor]
    if f.other:
        if f.actor:
            clauses.append("((r.subject = ? AND r.object = ?) OR (r.object = ? AND r.subject = ?))")
            params += [f.actor, f.other, f.actor, f.other]
        else:
            clauses.append("(r.subject = ? OR r.object = ?)")
            params += [f.other, f.other]
    if f.predicate:
        clauses.append("r.predicate = ?")
        params.append(f.predicate)
    # since/until select by the relation's date (DATE_RULE): a spell by its start, not by its span.
    if f.since:
        clauses.append(f"coalesce({_DATE_LAST}, s.date) >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        clauses.append("coalesce(r.date_start, s.date) <= CAST(? AS DATE)")
        params.append(f.until)
    if f.source:
        clauses.append("(s.id = ? OR s.name = ?)")
        params += [f.source, f.source]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def relations(store: Store, f: RelationFilter = RelationFilter()) -> list[dict[str, Any]]:
    """One record per stored relation, its evidence as a list of {source, quote, offsets, row}.

    `date_end` is a spell's end (None for a relation dated at one point); `last_observed` is set on a
    dataset relation that reaches its dataset's last observation: the dataset says nothing after that
    date, so the fact is "last observed" then, not known to hold or to have ended (None otherwise)."""
    where, params = _where(f)
    sql = f"""
        WITH r AS (
            SELECT r.* FROM relations r JOIN sources s ON s.id = r.source_id {where}
            ORDER BY coalesce(r.date, '9999'), r.subject, r.predicate, r.object, r.id
            {"LIMIT " + str(int(f.limit)) if f.limit else ""} {"OFFSET " + str(int(f.offset)) if f.offset else ""}
        ), ev AS (
            SELECT e.relation_id,
                   list({{'source': s.name, 'source_id': e.source_id, 'url': s.url, 'quote': e.quote,
                          'char_start': e.char_start, 'char_end': e.char_end, 'row': e.row_number,
                          'extractor': e.extractor, 'extractor_version': e.extractor_version}}
                        ORDER BY e.char_start, e.row_number) AS evidence
            FROM evidence e JOIN sources s ON s.id = e.source_id
            WHERE e.relation_id IN (SELECT id FROM r)
            GROUP BY e.relation_id
        )
        SELECT r.id, r.subject, r.predicate, r.object, r.date,
               if(r.date_end > {_DATE_LAST}, r.date_end, NULL) AS date_end,
               if(coalesce(r.date_end, r.date_start) >= c.last_date, c.last_date, NULL) AS last_observed,
               r.attrs, r.negated, r.confidence,
               r.plover, r.plover_mode, r.cameo, r.source_id, coalesce(ev.evidence, []) AS evidence
        FROM r LEFT JOIN ev ON ev.relation_id = r.id LEFT JOIN dataset_coverage c ON c.source_id = r.source_id
        ORDER BY coalesce(r.date, '9999'), r.subject, r.predicate, r.object, r.id
    """
    cur = store.con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = dict(zip(cols, row))
        rec["attrs"] = json.loads(rec["attrs"]) if rec["attrs"] else {}
        rec["evidence"] = [{k: v for k, v in e.items() if v is not None} for e in rec["evidence"]]
        out.append(rec)
    return out


def count_relations(store: Store) -> int:
    """How many relations the store holds."""
    return store.con.execute("SELECT count(*) FROM relations").fetchone()[0]


def sources(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stored sources with their kind, date and number of relations, newest first (all, or `limit` of
    them after skipping `offset`)."""
    cur = store.con.execute("""
        SELECT id, kind, name, title, url, date, author, outlet, dataset, version, path, n_relations,
               extractor, extractor_version, added_at, length(text) AS characters
        FROM sources ORDER BY added_at DESC, name, id LIMIT ? OFFSET ?""", [limit, offset])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def source_text(store: Store, source_id: str) -> dict[str, Any] | None:
    """A stored document with its text (the text every quote is a slice of)."""
    cur = store.con.execute("SELECT id, name, title, url, date, author, outlet, text FROM sources "
                            "WHERE id = ? OR name = ?",
                            [source_id, source_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None
