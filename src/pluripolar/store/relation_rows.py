"""The one way relations are written, by documents and datasets alike: given as a SELECT, they get their
ids, date bounds and event codes here, in DuckDB, inside the store's write transaction.

A writer's SELECT gives subject, predicate, object, date (YYYY, YYYY-MM or YYYY-MM-DD text), status,
attrs (JSON text) and row_number (its order), and may give date_end (DATE: a spell's end), key (what
tells apart two relations of one origin with the same parties, predicate and date), negated,
confidence and its own event codes (plover, plover_mode, cameo: a coded event's). Here:
- the id is the md5 of the origin (a document's source id; a dataset's name|version), predicate,
  subject, object, date and key: the same fact from the same origin always gets the same id, and rows
  with one id make one relation (the first row's fields, the latest end);
- date_start and date_end are the first and last day of the date at its precision (`rows.first_day`,
  `rows.last_day`), or the spell's end;
- the event codes are the ontology's for the predicate and status unless the row gives its own;
- a row without an actor id for a party the predicate needs is dropped and counted.
Evidence is a document's quotes (a SELECT with the row_number of the relation each cites) or, for a
dataset, the rows each relation comes from. `build` returns the same rows as Arrow tables.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import duckdb
import pyarrow as pa

from ..ontology import load as load_ontology
from .actor_index import literal
from .rows import EVIDENCE_SCHEMA, RELATION_SCHEMA, first_day, last_day

_CODES = ("plover", "plover_mode", "cameo")
_OPTIONAL = {"date_end": "NULL::DATE", "key": "NULL", "negated": "false", "confidence": "1.0"}


@cache
def _codes_values() -> str:
    rows = [(name, status, *(getattr(p.codes_for(status), c) for c in _CODES))
            for name, p in load_ontology().predicates.items() for status in (None, *p.statuses)]
    values = ", ".join("(" + ", ".join(literal(v) for v in row) + ")" for row in rows)
    return f"SELECT * FROM (VALUES {values}) AS c(predicate, status, {', '.join(_CODES)})"


def _register_codes(con: duckdb.DuckDBPyConnection) -> None:
    """TEMP table `_ontology_codes(predicate, status, plover, plover_mode, cameo)`: the ontology's event
    codes per predicate and status, made once per connection (as literals: DuckDB's Python client costs
    about 0.3 ms for each bound parameter)."""
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = '_ontology_codes'"
                       ).fetchone()[0]:
        con.execute(f"CREATE TEMP TABLE _ontology_codes AS {_codes_values()}")


@cache
def _kept() -> str:
    """SQL: the rows naming every party their predicate needs (others are dropped and counted)."""
    needs = [n for n, p in load_ontology().predicates.items() if p.object_required]
    return f"subject IS NOT NULL AND (object IS NOT NULL OR NOT list_contains({literal(needs)}, predicate))"


def _mapped_sql(sql: str, columns: Iterable[str], origin: str, snapshot: str | None) -> str:
    """The writer's rows, each with its relation id (every date replaced by `snapshot` when given)."""
    defaults = "".join(f", {value} AS {name}" for name, value in _OPTIONAL.items() if name not in set(columns))
    return f"""
        SELECT md5(concat_ws('|', {literal(origin)}, predicate, subject, coalesce(object, ''),
                             coalesce(CAST(date AS VARCHAR), ''), coalesce(key, ''))) AS id,
               * REPLACE (CAST(date AS VARCHAR) AS date, CAST(status AS VARCHAR) AS status)
        FROM (SELECT * REPLACE (coalesce({literal(snapshot)}, CAST(date AS VARCHAR)) AS date){defaults}
              FROM ({sql}))"""


def _relations_sql(mapped: str, columns: Iterable[str]) -> str:
    """One row per relation id of `mapped`, in the store's relation layout ($source_id): the fields of
    its first row, the latest end of its spell, the ontology's codes unless it gives its own."""
    own = [c for c in _CODES if c in set(columns)]
    fields = ", ".join(("subject", "predicate", "object", "date", "status", "attrs", "negated", "confidence", *own))
    codes = ", ".join(f"coalesce(m.{c}, c.{c}) AS {c}" if c in own else f"c.{c}" for c in _CODES)
    return f"""
        SELECT m.id, $source_id AS source_id, subject, m.predicate, object, date,
               {first_day('date')} AS date_start, coalesce(spell_end, {last_day('date')}) AS date_end, m.status,
               CAST(attrs AS VARCHAR) AS attrs, negated, confidence, {codes}
        FROM (SELECT id, max(date_end) AS spell_end, unnest(arg_min(struct_pack({fields}), row_number))
              FROM {mapped} GROUP BY id) m
        LEFT JOIN _ontology_codes c ON c.predicate = m.predicate AND c.status IS NOT DISTINCT FROM m.status"""


def _rows_evidence(mapped: str) -> str:
    """A dataset's evidence: the rows each relation comes from."""
    return f"""
        SELECT relation_id, $source_id AS source_id, NULL AS quote, NULL AS char_start, NULL AS char_end,
               NULL AS sentence, row_number, $extractor AS extractor, $extractor_version AS extractor_version
        FROM (SELECT DISTINCT id AS relation_id, CAST(row_number AS BIGINT) AS row_number FROM {mapped})"""


def _quotes_evidence(mapped: str, quotes: str) -> str:
    """A document's evidence: its quotes, each naming the row_number of the relation it supports."""
    return f"""
        SELECT m.id AS relation_id, coalesce(e.source_id, $source_id) AS source_id, e.quote, e.char_start,
               e.char_end, e.sentence, e.row AS row_number, e.extractor, e.extractor_version
        FROM ({quotes}) e JOIN (SELECT DISTINCT id, row_number FROM {mapped}) m ON m.row_number = e.relation_row"""


def insert(con: duckdb.DuckDBPyConnection, sql: str, *, origin: str, source_id: str, extractor: str | None,
           extractor_version: str | None, snapshot: str | None = None, quotes: str | None = None,
           columns: Iterable[str] | None = None) -> tuple[int, int]:
    """Insert the relations of the SELECT `sql` (its `columns`, else asked of DuckDB) and their evidence
    into the store's tables through `con` (the store's connection, inside its write transaction), dated
    `snapshot` when given; return (relations written, rows dropped for lack of an actor id).

    Evidence is `quotes`, a SELECT of a document's quotes, read with the document's rows inline; else
    the dataset rows they come from, cited by `extractor` and `extractor_version`: a dataset's mapping
    runs once, into a TEMP table both statements read."""
    _register_codes(con)
    columns = list(columns) if columns is not None else [r[0] for r in con.execute(f"DESCRIBE ({sql})").fetchall()]
    mapped = _mapped_sql(sql, columns, origin, snapshot)
    params = {"source_id": source_id}
    if quotes:
        mapped, dropped = f"(SELECT * FROM ({mapped}) WHERE {_kept()})", 0
        written = con.execute(f"INSERT INTO relations BY NAME {_relations_sql(mapped, columns)}", params).fetchone()[0]
        con.execute(f"INSERT INTO evidence BY NAME {_quotes_evidence(mapped, quotes)}", params)
        return written, dropped
    con.execute(f"CREATE OR REPLACE TEMP TABLE _mapped AS {mapped}")
    try:
        dropped = con.execute(f"DELETE FROM _mapped WHERE NOT ({_kept()})").fetchone()[0]
        written = con.execute(f"INSERT INTO relations BY NAME {_relations_sql('_mapped', columns)}",
                              params).fetchone()[0]
        con.execute(f"INSERT INTO evidence BY NAME {_rows_evidence('_mapped')}",
                    {**params, "extractor": extractor, "extractor_version": extractor_version})
    finally:
        con.execute("DROP TABLE IF EXISTS _mapped")
    return written, dropped


def build(con: duckdb.DuckDBPyConnection, sql: str, *, origin: str, source_id: str, extractor: str,
          extractor_version: str) -> tuple[pa.Table, pa.Table, int]:
    """(relations, evidence, rows dropped for lack of an actor id) of a dataset's relation query, as the
    Arrow tables of the store's layout (for writing elsewhere, such as Parquet at scale)."""
    _register_codes(con)
    columns = [r[0] for r in con.execute(f"DESCRIBE ({sql})").fetchall()]
    con.execute(f"CREATE OR REPLACE TEMP TABLE _mapped AS {_mapped_sql(sql, columns, origin, None)}")
    try:
        dropped = con.execute(f"DELETE FROM _mapped WHERE NOT ({_kept()})").fetchone()[0]
        relations = con.execute(_relations_sql("_mapped", columns), {"source_id": source_id}
                                ).to_arrow_table().cast(RELATION_SCHEMA)
        evidence = con.execute(_rows_evidence("_mapped"), {"source_id": source_id, "extractor": extractor,
                                                           "extractor_version": extractor_version}
                               ).to_arrow_table().cast(EVIDENCE_SCHEMA)
    finally:
        con.execute("DROP TABLE IF EXISTS _mapped")
    return relations, evidence, dropped
