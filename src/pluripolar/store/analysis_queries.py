"""SQL behind the dyad timeline, claim checks, contradictions and graph export."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import duckdb

from .dossier_queries import ROW_LINKS

# Evidence per relation: each document quote, and per dataset source one item with its rows (the first
# ROW_LINKS, ascending), how many there are (`n_rows`) and the dataset version.
_EVIDENCE = f"""
    ev AS (
        SELECT relation_id, list(item ORDER BY k) AS evidence FROM (
            SELECT e.relation_id, min(coalesce(e.char_start, e.row_number)) AS k,
                   {{'source': coalesce(s.dataset, s.name), 'source_id': e.source_id, 'url': s.url,
                     'version': if(s.kind = 'dataset', s.version, NULL), 'quote': e.quote,
                     'char_start': e.char_start, 'char_end': e.char_end, 'row': min(e.row_number),
                     'rows': if(count(e.row_number) > 0,
                                list(e.row_number ORDER BY e.row_number)[1:{ROW_LINKS}], NULL),
                     'n_rows': if(count(e.row_number) > 0, count(e.row_number), NULL)}} AS item
            FROM evidence e JOIN sources s ON s.id = e.source_id
            WHERE e.relation_id IN (SELECT id FROM r)
            GROUP BY e.relation_id, e.source_id, s.dataset, s.name, s.url, s.kind, s.version, e.quote,
                     e.char_start, e.char_end)
        GROUP BY relation_id
    )"""


def _records(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = dict(zip(cols, row))
        if "attrs" in rec:
            rec["attrs"] = json.loads(rec["attrs"]) if rec["attrs"] else {}
        if "evidence" in rec:
            rec["evidence"] = [{k: v for k, v in e.items() if v is not None} for e in rec["evidence"] or []]
        out.append(rec)
    return out


def dyad_relations(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Every relation between `a` and `b` (either direction), oldest first; an undated relation sits at
    its document's date. Each with its source, source kind and evidence, and `last_observed` when it
    reaches its dataset's last observation (as in queries.relations)."""
    return _records(con.execute(f"""
        WITH r AS (
            SELECT r.*, coalesce(r.date_start, s.date) AS effective, s.kind AS source_kind,
                   coalesce(s.dataset, s.name) AS source,
                   if(coalesce(r.date_end, r.date_start) >= c.last_date, c.last_date, NULL) AS last_observed
            FROM relations r JOIN sources s ON s.id = r.source_id
            LEFT JOIN dataset_coverage c ON c.source_id = r.source_id
            WHERE (r.subject = $a AND r.object = $b) OR (r.subject = $b AND r.object = $a)
        ), {_EVIDENCE}
        SELECT r.id, r.effective, r.date, r.date_end, r.last_observed, r.predicate, r.subject, r.object, r.status,
               r.attrs,
               r.negated, r.confidence, r.source, r.source_kind, coalesce(ev.evidence, []) AS evidence
        FROM r LEFT JOIN ev ON ev.relation_id = r.id
        ORDER BY r.effective NULLS LAST, r.predicate, r.subject, r.source, r.id""", {"a": a, "b": b}))


def claim_relations(con: duckdb.DuckDBPyConnection, actor: str | None) -> list[dict[str, Any]]:
    """Every stored claim (optionally about one actor) with its date (else its document's date),
    source and evidence."""
    return _records(con.execute(f"""
        WITH r AS (
            SELECT r.*, coalesce(r.date_end, s.date) AS effective, s.date AS source_date,
                   coalesce(s.dataset, s.name) AS source
            FROM relations r JOIN sources s ON s.id = r.source_id
            WHERE r.predicate = 'claim' AND ($actor IS NULL OR r.subject = $actor)
        ), {_EVIDENCE}
        SELECT r.id, r.subject, r.date, r.effective, r.source_date, r.attrs, r.negated, r.source,
               coalesce(ev.evidence, []) AS evidence
        FROM r LEFT JOIN ev ON ev.relation_id = r.id
        ORDER BY r.subject, r.effective, r.source, r.id""", {"actor": actor}))


def observation_spans(con: duckdb.DuckDBPyConnection, predicate: str) -> list[dict[str, Any]]:
    """What each dataset source giving `predicate` observes in time: its name, timing kind, first and
    last date and snapshot date (dataset_coverage)."""
    return _records(con.execute("""
        SELECT c.dataset AS source, c.kind, c.first_date, c.last_date, c.snapshot_date
        FROM dataset_coverage c
        WHERE c.source_id IN (SELECT DISTINCT source_id FROM relations WHERE predicate = $predicate)
        ORDER BY c.dataset, c.source_id""", {"predicate": predicate}))


def contradiction_pairs(con: duckdb.DuckDBPyConnection, actor: str | None, *, ends: Sequence[str],
                        once: Sequence[str]) -> list[dict[str, Any]]:
    """Pairs of relations from different sources, at least one a document, with the same predicate and
    (ordered) pair that disagree: `date` — the same one-off status (`once`: predicate.status, e.g.
    diplomatic_relations.established) in different years; `direction` — the same year, one saying the
    relation holds and the other that it ended (negation flips). Each side with its first quote."""
    return _records(con.execute("""
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


def graph_edges(con: duckdb.DuckDBPyConnection, predicate: str | None, year: int | None
                ) -> list[dict[str, Any]]:
    """One edge per (subject, predicate, object) holding in `year` (any year when None): the number
    of relations, the first and last date, and the sources. Relations that end are left out."""
    return _records(con.execute("""
        SELECT r.subject AS source, r.object AS target, r.predicate,
               count(*) AS relations, min(r.date) AS first, max(r.date) AS last,
               string_agg(DISTINCT coalesce(s.dataset, s.name), ';' ORDER BY coalesce(s.dataset, s.name))
                 AS sources
        FROM relations r JOIN sources s ON s.id = r.source_id
        WHERE r.object IS NOT NULL AND r.subject <> r.object
          AND ($predicate IS NULL OR r.predicate = $predicate)
          AND ($year IS NULL OR (year(coalesce(r.date_start, s.date)) <= $year
                                 AND year(coalesce(r.date_end, r.date_start, s.date)) >= $year))
          AND list_contains($ends, lower(coalesce(r.status, ''))) = r.negated
        GROUP BY ALL ORDER BY r.predicate, source, target""",
                                {"predicate": predicate, "year": year, "ends": _ends()}))


def _ends() -> list[str]:
    from ..ontology import load

    return sorted(load().ends)
