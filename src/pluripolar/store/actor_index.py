"""The actor index (`actor_edges`, migration 0003) and the one rule for time: what holds at a date.

`actor_edges` is an actor-sorted copy of the relations touching each actor, so a dossier reads one
contiguous slice with one aggregate instead of scanning `relations` twice; `refresh_actor_edges` adds
the sources written since it last ran. Every query asking what holds at a date (the dossier, its
counts, claim checks, graph export by year) reads it through `CURRENT_AT` and `HOLDS`.

The one rule for time (decided once per row when the edges are built, as `upto` and `observed_to`);
a dataset's timing kind is in `dataset_coverage` (see datasets/spec.py Timing):
- a spell (date_end beyond the end of its date's precision), and any row of a `spells` dataset
  (ATOP, US missions), is current until date_end;
- a holding row of a `waves` dataset (COW waves, yearly troop counts) is current from its date until
  the day before the dataset's next observation of the predicate, whoever it concerns: absent from
  the next wave means ended, so a zero-troop year ends a deployment, and both ends of a pair read alike;
- a dataset's end event (a TIES case lifted, a mission closed) is current within its date only;
- any other assertion (a document's, an event's, a snapshot list's) is current from its date on (an
  undated one from its document's date);
- a dataset fact still current at its dataset's last observation (`dataset_coverage.last_date`) gets
  `observed_to` = that date and no `upto`: at a later date it still holds, shown as "last observed"
  then - neither silently current nor silently dropped;
- for predicates that can end (statuses in the ontology's `ends`), the latest current assertion per
  partner decides: the relation holds unless the latest one ends it (a tie goes to it holding);
  for event predicates (agreements, visits …) any positive assertion up to the date counts.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb

from .rows import last_day


def literal(value: Any) -> str:
    """A value as a SQL literal (NULL, strings quoted and escaped, dates typed, lists of those).

    The dossier's queries inline their values: DuckDB's Python client looks for pandas on every bound
    parameter, which costs about 0.3 ms each when pandas is not installed.
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, (list, tuple)):
        items = ", ".join(literal(v) for v in value)
        return f"[{items}]::VARCHAR[]" if all(isinstance(v, str) for v in value) else f"[{items}]"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def fill(sql: str, **values: Any) -> str:
    """`sql` with each `$name` replaced by the literal of `values[name]`, in one pass."""
    return re.sub(r"\$(\w+)", lambda m: literal(values[m.group(1)]), sql)


_NEW = "(SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM actor_edges_sources))"

# One side of each new relation as an actor edge; {me}/{other} are subject/object, {side} out/in.
_SIDE = """
    SELECT r.{me} AS actor,
           CASE WHEN list_contains($sym, r.predicate) THEN 'both' ELSE '{side}' END AS side,
           r.predicate, r.{other} AS partner, n.source_no, n.kind = 'dataset' AS dataset,
           coalesce(r.date_start, s.date, DATE '0001-01-01') AS d, r.date_end,
           coalesce(r.date_end > """ + last_day("r.date") + """, false) AS spell,
           CASE WHEN list_contains($ends, lower(coalesce(r.status, ''))) <> r.negated THEN -1 ELSE 1 END AS dir,
           r.id AS relation_id, r.date, r.status, r.attrs, e.quote, e.char_start, e.char_end, e.row_number,
           e.n_rows, e.row_list,
           r.source_id, c.kind AS timing, c.last_date AS last_obs
    FROM relations r JOIN sources s ON s.id = r.source_id
    JOIN actor_edges_sources n ON n.source_id = r.source_id
    LEFT JOIN dataset_coverage c ON c.source_id = r.source_id
    LEFT JOIN first_evidence e ON e.relation_id = r.id
    WHERE r.source_id IN (SELECT id FROM new_sources) AND r.object IS NOT NULL AND r.object <> r.subject
      AND r.{me} >= $lo AND ($hi IS NULL OR r.{me} < $hi)"""

# Merge edges identical in everything the dossier decides on; `input` has one row per assertion
# (sources = [its source], relations = 1) or already merged rows (when the table is rewritten). The
# merged edge's dataset rows (ev_n, ev_row) are those of its first source, like its detail.
_MERGE = """
    SELECT actor, side, predicate, partner, min(source_no) AS source_no,
           list_distinct(flatten(list(sources))) AS sources, sum(relations) AS relations,
           sum(weight) AS weight, dataset, d, date_end, spell, dir, upto, observed_to, min(first_d) AS first_d,
           flatten(list(attrs_all)) AS attrs_all,
           coalesce(sum(ev_n) FILTER (WHERE source_no = first_source), 0) AS ev_n,
           min(ev_row) FILTER (WHERE source_no = first_source) AS ev_row,
           arg_min(detail, source_no) AS detail
    FROM (SELECT *, min(source_no) OVER (PARTITION BY actor, side, predicate, partner, dataset, d, date_end, spell,
                                                      dir, upto, observed_to) AS first_source
          FROM {input})
    GROUP BY actor, side, predicate, partner, dataset, d, date_end, spell, dir, upto, observed_to
    ORDER BY actor, d"""

_REFRESH = f"""
    INSERT INTO actor_edges BY NAME
    WITH first_evidence AS (
        SELECT relation_id, arg_min(quote, coalesce(char_start, row_number)) AS quote,
               min(char_start) AS char_start, arg_min(char_end, char_start) AS char_end,
               min(row_number) AS row_number, count(row_number) AS n_rows,
               list(row_number ORDER BY row_number) FILTER (WHERE row_number IS NOT NULL)[1:$row_links] AS row_list
        FROM evidence WHERE source_id IN (SELECT id FROM new_sources) AND relation_id IN (
            SELECT id FROM relations WHERE source_id IN (SELECT id FROM new_sources)
               AND ((subject >= $lo AND ($hi IS NULL OR subject < $hi))
                    OR (object >= $lo AND ($hi IS NULL OR object < $hi))))
        GROUP BY relation_id
    ),
    e AS (SELECT *, dataset AND NOT spell AND dir = 1 AND timing = 'waves' AS wave
          FROM ({_SIDE.format(me="subject", other="object", side="out")}
                UNION ALL {_SIDE.format(me="object", other="subject", side="in")})),
    waves AS (
        SELECT source_id, predicate, d, lead(d) OVER (PARTITION BY source_id, predicate ORDER BY d) AS next_d
        FROM (SELECT DISTINCT source_id, predicate, date_start AS d FROM relations
              WHERE source_id IN (SELECT source_id FROM dataset_coverage WHERE kind = 'waves'
                                  AND source_id IN (SELECT id FROM new_sources)))
    ),
    ends AS (
        SELECT e.*, CASE WHEN e.spell OR (e.timing = 'spells' AND e.dir = 1) THEN e.date_end
                         WHEN e.wave THEN CAST(waves.next_d - INTERVAL 1 DAY AS DATE)
                         WHEN e.dataset AND e.dir = -1 THEN e.date_end END AS until_d
        FROM e LEFT JOIN waves ON e.wave AND waves.source_id = e.source_id AND waves.predicate = e.predicate
                                AND waves.d = e.d
    ),
    rows AS (
        SELECT e.actor, e.side, e.predicate, e.partner, e.source_no, e.dataset, e.d, e.date_end, e.spell, e.dir,
               json_object('relation_id', e.relation_id, 'date', e.date, 'status', e.status, 'attrs', e.attrs,
                           'evidence', json_object('source_no', e.source_no, 'relation_id', e.relation_id,
                                                   'quote', e.quote, 'char_start', e.char_start,
                                                   'char_end', e.char_end, 'row', e.row_number,
                                                   'rows', e.row_list)) AS detail,
               [e.source_no] AS sources, 1 AS relations, [e.attrs] AS attrs_all,
               coalesce(e.n_rows, 0) AS ev_n, e.row_number AS ev_row,
               coalesce(TRY_CAST(json_extract_string(e.attrs, '$.count') AS BIGINT), 1) AS weight,
               if(e.observed, NULL, e.until_d) AS upto, if(e.observed, e.last_obs, NULL) AS observed_to,
               min(CASE WHEN e.dir = 1 THEN e.d END)
                   OVER (PARTITION BY e.actor, e.source_no, e.predicate, e.side, e.partner) AS first_d
        FROM (SELECT *, coalesce(dataset AND dir = 1 AND (until_d IS NULL OR until_d >= last_obs), false) AS observed
              FROM ends) e
    )
    {_MERGE.format(input="rows")}"""


def actor_edges_behind(con: duckdb.DuckDBPyConnection) -> int:
    """How many stored sources `actor_edges` does not cover yet."""
    return con.execute(f"SELECT count(*) FROM {_NEW}").fetchone()[0]


UNSORTED_SHARE = 0.1
ROW_LINKS = 50  # dataset rows listed per relation (all are counted)
BATCH_EDGES = 1_000_000


def _actor_ranges(con: duckdb.DuckDBPyConnection, actors_sql: str) -> list[tuple[str, str | None]]:
    """Consecutive [lo, hi) actor ranges of about BATCH_EDGES rows each (hi None: open), so the edges
    are built in bounded memory and, written range after range, stay sorted by actor."""
    counts = con.execute(f"SELECT a, count(*) FROM ({actors_sql}) GROUP BY a ORDER BY a").fetchall()
    if not counts:
        return []
    starts, size = [counts[0][0]], 0
    for actor, n in counts:
        if size and size + n > BATCH_EDGES:
            starts.append(actor)
            size = 0
        size += n
    return list(zip(starts, [*starts[1:], None]))


def refresh_actor_edges(con: duckdb.DuckDBPyConnection, *, symmetric: Sequence[str], ends: Sequence[str]) -> int:
    """Add the actor edges of every source not yet covered, sorted by actor; return how many sources.
    Rewrites the table (merged and sorted) when the part appended since the last rewrite exceeds
    UNSORTED_SHARE of it. Runs in the caller's transaction.
    """
    con.execute(f"CREATE OR REPLACE TEMP TABLE new_sources AS SELECT id FROM {_NEW}")
    try:
        n = con.execute("SELECT count(*) FROM new_sources").fetchone()[0]
        if n:
            con.execute("""
                INSERT INTO actor_edges_sources (source_id, source_no, label, kind)
                SELECT s.id, (SELECT coalesce(max(source_no), 0) FROM actor_edges_sources)
                             + row_number() OVER (ORDER BY s.id),
                       coalesce(s.dataset, s.name), s.kind
                FROM sources s WHERE s.id IN (SELECT id FROM new_sources)""")
            new = "relations WHERE source_id IN (SELECT id FROM new_sources) AND object IS NOT NULL"
            for lo, hi in _actor_ranges(con, f"SELECT subject AS a FROM {new} UNION ALL SELECT object FROM {new}"):
                con.execute(fill(_REFRESH, sym=list(symmetric), ends=list(ends), lo=lo, hi=hi, row_links=ROW_LINKS))
            _compact_if_needed(con)
    finally:
        con.execute("DROP TABLE IF EXISTS new_sources")
    return n


def _compact_if_needed(con: duckdb.DuckDBPyConnection) -> None:
    total, done = con.execute("SELECT (SELECT count(*) FROM actor_edges), sorted_rows FROM actor_edges_state"
                              ).fetchone()
    if total - done <= UNSORTED_SHARE * total:
        return
    if done:  # the first refresh is written merged and sorted already
        con.execute("CREATE TEMP TABLE merged_edges AS SELECT * FROM actor_edges LIMIT 0")
        for lo, hi in _actor_ranges(con, "SELECT actor AS a FROM actor_edges"):
            rng = fill("(SELECT * FROM actor_edges WHERE actor >= $lo AND ($hi IS NULL OR actor < $hi))", lo=lo, hi=hi)
            con.execute(f"INSERT INTO merged_edges BY NAME {_MERGE.format(input=rng)}")
        con.execute("DELETE FROM actor_edges")
        con.execute("INSERT INTO actor_edges SELECT * FROM merged_edges")
        con.execute("DROP TABLE merged_edges")
    con.execute("UPDATE actor_edges_state SET sorted_rows = (SELECT count(*) FROM actor_edges)")


# The one rule for time, as SQL over `actor_edges` (`$as_of` a DATE, `$state` the predicates that can
# end): CURRENT_AT keeps the edges current at the date; HOLDS, over edges grouped by (actor,)
# predicate, side and partner, keeps the groups that hold.
CURRENT_AT = "d <= $as_of AND (upto IS NULL OR upto >= $as_of)"
HOLDS = """max(d) FILTER (WHERE dir = 1) IS NOT NULL
           AND (NOT list_contains($state, predicate) OR max(d) FILTER (WHERE dir = -1) IS NULL
                OR max(d) FILTER (WHERE dir = 1) >= max(d) FILTER (WHERE dir = -1))"""
