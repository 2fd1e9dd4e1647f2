"""Read queries over stored relations and sources, returning plain records."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import InvalidInput
from .actor_index import ROW_LINKS
from .db import Store
from .rows import last_day


DATE_RULE = ("since D / until D keep the relations whose date - the year, month or day asserted (a "
             "spell's start, a snapshot list's date), else the document's date - reaches D or later / "
             "begins on D or earlier. A spell begun before D is not 'since D' however long it lasts: "
             "what holds at a date is the dossier's --as-of.")

# The last day of a relation's date at its precision (YYYY, YYYY-MM or YYYY-MM-DD), not a spell's end.
_DATE_LAST = last_day("r.date")


# What relations can be sorted by: the key's SQL over the relation `r` and its source `s`.
SORT_KEYS = {
    "date": "r.date_start",
    "subject": "r.subject",
    "predicate": "r.predicate",
    "object": "r.object",
    "plover": "r.plover",
    "confidence": "r.confidence",
    "source": "coalesce(s.title, s.dataset, s.name)",
}
SOURCE_KINDS = ("document", "dataset")


@dataclass(frozen=True)
class RelationFilter:
    """Which stored relations to list, in which order; every field optional (`since`/`until`: see
    DATE_RULE). `plover` is a PLOVER type, `kind` a source kind (SOURCE_KINDS), `dataset` a dataset
    name, `negated` keeps negated (True) or affirmed (False) relations; `sort` is a key of SORT_KEYS,
    descending with `desc` (ties: subject, predicate, object, id; missing values last)."""

    actor: str | None = None
    other: str | None = None
    predicate: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    plover: str | None = None
    kind: str | None = None
    dataset: str | None = None
    negated: bool | None = None
    sort: str = "date"
    desc: bool = False
    limit: int | None = None
    offset: int = 0

    def order(self) -> str:
        """The ORDER BY list of this filter's sort, over a `sort_key` column and the relation `r`."""
        way = "DESC" if self.desc else "ASC"
        return f"sort_key {way} NULLS LAST, r.date {way} NULLS LAST, r.subject, r.predicate, r.object, r.id"


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
    for column, value in (("r.plover", f.plover), ("s.kind", f.kind), ("s.dataset", f.dataset),
                          ("r.negated", f.negated)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def relations(store: Store, f: RelationFilter = RelationFilter()) -> list[dict[str, Any]]:
    """One record per stored relation, its evidence as a list of {source, quote, offsets, row}, and
    `correction` when an analyst edited it before it was stored ({analyst, changes, decided_at}).

    `date_end` is a spell's end (None for a relation dated at one point); `last_observed` is set on a
    dataset relation that reaches its dataset's last observation: the dataset says nothing after that
    date, so the fact is "last observed" then, not known to hold or to have ended (None otherwise)."""
    where, params = _where(f)
    sql = f"""
        WITH r AS (
            SELECT r.*, {SORT_KEYS[f.sort]} AS sort_key FROM relations r JOIN sources s ON s.id = r.source_id {where}
            ORDER BY {f.order()}
            {"LIMIT " + str(int(f.limit)) if f.limit else ""} {"OFFSET " + str(int(f.offset)) if f.offset else ""}
        ), ev AS (
            SELECT e.relation_id,
                   list({{'source': s.name, 'source_id': e.source_id, 'url': s.url, 'title': s.title,
                          'source_date': s.date, 'outlet': s.outlet, 'kind': s.kind, 'language': s.language,
                          'quote': e.quote,
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
               r.plover, r.plover_mode, r.cameo, r.source_id, coalesce(ev.evidence, []) AS evidence,
               (SELECT {{'analyst': k.analyst, 'changes': k.changes, 'decided_at': k.decided_at}}
                FROM corrections k WHERE k.relation_id = r.id AND k.source_id = r.source_id LIMIT 1) AS correction
        FROM r LEFT JOIN ev ON ev.relation_id = r.id LEFT JOIN dataset_coverage c ON c.source_id = r.source_id
        ORDER BY {f.order()}
    """
    cur = store.con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = dict(zip(cols, row))
        rec["attrs"] = json.loads(rec["attrs"]) if rec["attrs"] else {}
        rec["evidence"] = [{k: v for k, v in e.items() if v is not None} for e in rec["evidence"]]
        if rec["correction"] is not None:
            rec["correction"] = {**rec["correction"], "changes": json.loads(rec["correction"]["changes"] or "{}")}
        out.append(rec)
    return out


def count_matching(store: Store, f: RelationFilter) -> int:
    """How many stored relations match `f` (its sort and page aside): a table's total."""
    where, params = _where(f)
    return store.con.execute(f"SELECT count(*) FROM relations r JOIN sources s ON s.id = r.source_id {where}",
                             params).fetchone()[0]


def count_relations(store: Store) -> int:
    """How many relations the store holds."""
    return store.con.execute("SELECT count(*) FROM relations").fetchone()[0]


def sources(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stored sources with their kind, date and number of relations, newest first (all, or `limit` of
    them after skipping `offset`)."""
    cur = store.con.execute("""
        SELECT id, kind, name, title, url, date, author, outlet, language, dataset, version, path, n_relations,
               extractor, extractor_version, added_at, length(text) AS characters
        FROM sources ORDER BY added_at DESC, name, id LIMIT ? OFFSET ?""", [limit, offset])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def source_text(store: Store, source_id: str) -> dict[str, Any] | None:
    """A stored document with its text (the text every quote is a slice of)."""
    cur = store.con.execute("SELECT id, name, title, url, date, author, outlet, language, text FROM sources "
                            "WHERE id = ? OR name = ?",
                            [source_id, source_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def source_details(store: Store, source_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date, kind and dataset of each source in `source_ids`, by id: what shows a source
    to a reader instead of its hash or document id."""
    if not source_ids:
        return {}
    cur = store.con.execute("SELECT id, name, title, outlet, date, kind, dataset, language FROM sources "
                            "WHERE list_contains(?, id)", [sorted(set(source_ids))])
    cols = [d[0] for d in cur.description]
    return {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}


# A relation is in year Y when it holds on some day of Y: from its date (else its document's date) to
# its end (a spell's end, else the last day of its date).
_IN_YEAR = """(CAST(? AS INTEGER) IS NULL OR (
    coalesce(r.date_start, s.date) <= make_date(CAST(? AS INTEGER), 12, 31)
    AND coalesce(r.date_end, r.date_start, s.date) >= make_date(CAST(? AS INTEGER), 1, 1)))"""


def _in_year(year: int | None, predicate: str | None) -> tuple[str, list[Any]]:
    """The relations of `year` (all when None) and of `predicate` (all when None), with their parameters."""
    return (f"""SELECT r.subject, r.object, r.predicate FROM relations r JOIN sources s ON s.id = r.source_id
                WHERE {_IN_YEAR} AND (CAST(? AS VARCHAR) IS NULL OR r.predicate = ?)""",
            [year, year, year, predicate, predicate])


def relation_counts(store: Store, year: int | None = None, predicate: str | None = None) -> dict[str, int]:
    """Number of stored relations each actor is a party to (subject or object), by actor id: those
    holding in `year` and of `predicate` when given."""
    sql, params = _in_year(year, predicate)
    rows = store.con.execute(f"""
        WITH r AS ({sql})
        SELECT actor, count(*) AS n FROM (
            SELECT subject AS actor FROM r
            UNION ALL
            SELECT object FROM r WHERE object IS NOT NULL AND object <> subject
        ) GROUP BY actor""", params).fetchall()
    return {actor: n for actor, n in rows}


def predicate_counts(store: Store, year: int | None = None) -> dict[str, int]:
    """Number of stored relations of each predicate (holding in `year` when given)."""
    sql, params = _in_year(year, None)
    return dict(store.con.execute(f"SELECT predicate, count(*) FROM ({sql}) GROUP BY predicate", params).fetchall())


def year_span(store: Store) -> tuple[int | None, int | None]:
    """The first and last year a stored relation holds in (None, None for an empty store)."""
    row = store.con.execute("""SELECT year(min(coalesce(r.date_start, s.date))),
                                      year(max(coalesce(r.date_end, r.date_start, s.date)))
                               FROM relations r JOIN sources s ON s.id = r.source_id""").fetchone()
    return row[0], row[1]


def totals(store: Store) -> dict[str, int]:
    """How many sources, documents, relations and quotes the store holds."""
    row = store.con.execute("""
        SELECT (SELECT count(*) FROM sources),
               (SELECT count(*) FROM sources WHERE kind = 'document'),
               (SELECT count(*) FROM relations),
               (SELECT count(*) FROM evidence WHERE quote IS NOT NULL)""").fetchone()
    return dict(zip(("sources", "documents", "relations", "quotes"), row))


# Evidence per relation of a CTE `r` (as `ev`, for queries to join): each document quote, and per dataset source one item with its rows (the first
# ROW_LINKS, ascending), how many there are (`n_rows`) and the dataset version.
GROUPED_EVIDENCE = f"""
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


def records(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The rows of an executed query as dicts; `attrs` parsed from JSON, `evidence` items without empty fields."""
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


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether a table or view called `name` exists and holds at least one row."""
    if not con.execute("SELECT list_contains(list(table_name), $name) FROM (SELECT table_name FROM duckdb_tables() "
                       "UNION ALL SELECT view_name FROM duckdb_views())", {"name": name}).fetchone()[0]:
        return False
    return con.execute(f"SELECT EXISTS (SELECT 1 FROM {name})").fetchone()[0]


def require(con: duckdb.DuckDBPyConnection, table: str, dataset: str) -> None:
    """Raise a one-line error naming the loader when `table` holds no data."""
    if not has_table(con, table):
        raise InvalidInput(f"no {table} data in the store: run `pluripolar data load {dataset} --file PATH`")


def corrections(store: Store, source_id: str) -> list[dict[str, Any]]:
    """The corrections an analyst made to the extractor's output for one source, in the order made."""
    cur = store.con.execute("""SELECT relation_id, action, extracted, changes, extractor, extractor_version, analyst,
                                      decided_at FROM corrections WHERE source_id = ? ORDER BY decided_at, rowid""",
                            [source_id])
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = dict(zip(cols, row))
        rec["extracted"] = json.loads(rec["extracted"])
        rec["changes"] = json.loads(rec["changes"]) if rec["changes"] else {}
        out.append(rec)
    return out
