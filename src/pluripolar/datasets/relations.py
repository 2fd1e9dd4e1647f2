"""Turn a dataset mapping's SQL rows into the store's relation and evidence rows, in DuckDB.

Ids are deterministic: md5 of dataset, version, predicate, subject, object, date and the mapping's
key, so the same fact from the same dataset version always gets the same id. Event codes come from
the ontology per predicate and status unless the mapping gives its own (`plover`, `plover_mode`,
`cameo` columns, e.g. GDELT's coded event); dates get their first and last day as the store expects.
The rows are either inserted straight into the store's tables (`insert`, on the store's connection,
inside its write transaction) or returned as Arrow tables (`build`).
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

from ..ontology import load as load_ontology
from ..store.rows import EVIDENCE_SCHEMA, RELATION_SCHEMA

_CODES = ("plover", "plover_mode", "cameo")

_START = """CASE length(date) WHEN 4 THEN make_date(CAST(date AS INTEGER), 1, 1)
                WHEN 7 THEN CAST(date || '-01' AS DATE) ELSE CAST(date AS DATE) END"""
_LAST = """CASE length(date) WHEN 4 THEN make_date(CAST(date AS INTEGER), 12, 31)
               WHEN 7 THEN last_day(CAST(date || '-01' AS DATE)) ELSE CAST(date AS DATE) END"""


def _register_codes(con: duckdb.DuckDBPyConnection) -> None:
    """TEMP table `_ontology_codes(predicate, status, plover, plover_mode, cameo)` from the ontology."""
    rows = [(name, status, *(getattr(p.codes_for(status), c) for c in _CODES))
            for name, p in load_ontology().predicates.items() for status in (None, *p.statuses)]
    con.execute("CREATE OR REPLACE TEMP TABLE _ontology_codes (predicate VARCHAR, status VARCHAR, "
                "plover VARCHAR, plover_mode VARCHAR, cameo VARCHAR)")
    con.execute("INSERT INTO _ontology_codes VALUES " + ", ".join(["(?, ?, ?, ?, ?)"] * len(rows)),
                [v for row in rows for v in row])


def _stage(con: duckdb.DuckDBPyConnection, sql: str, dataset: str, version: str, snapshot: str | None) -> int:
    """Map once into TEMP `_mapped` (rows with both actors, each with its relation id; every date
    replaced by `snapshot` when given) and `_ontology_codes`; return how many rows were dropped for
    lack of an actor id."""
    _register_codes(con)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _mapped AS
        SELECT md5(concat_ws('|', $dataset, $version, predicate, subject, coalesce(object, ''),
                             coalesce(CAST(date AS VARCHAR), ''), coalesce(key, ''))) AS id,
               * REPLACE (CAST(date AS VARCHAR) AS date, CAST(status AS VARCHAR) AS status)
        FROM (SELECT * REPLACE (coalesce($snapshot, CAST(date AS VARCHAR)) AS date) FROM ({sql}))""",
                {"dataset": dataset, "version": version, "snapshot": snapshot})
    dropped = con.execute("SELECT count(*) FROM _mapped WHERE subject IS NULL OR object IS NULL").fetchone()[0]
    if dropped:
        con.execute("DELETE FROM _mapped WHERE subject IS NULL OR object IS NULL")
    return dropped


def _relations_sql(con: duckdb.DuckDBPyConnection) -> str:
    """One row per relation id in `_mapped`, in the store's relation layout ($source_id): the fields of
    its first data row, the latest end of its spell."""
    own = [c for c in _CODES if c in {r[0] for r in con.execute("DESCRIBE _mapped").fetchall()}]
    fields = ", ".join(("subject", "predicate", "object", "date", "status", "attrs", *own))
    codes = ", ".join(f"coalesce(m.{c}, c.{c}) AS {c}" if c in own else f"c.{c}" for c in _CODES)
    return f"""
        WITH m AS (
            SELECT id, max(date_end) AS spell_end, unnest(arg_min(struct_pack({fields}), row_number))
            FROM _mapped GROUP BY id)
        SELECT m.id, $source_id AS source_id, subject, m.predicate, object, date,
               {_START} AS date_start, coalesce(spell_end, {_LAST}) AS date_end, m.status,
               CAST(attrs AS VARCHAR) AS attrs, false AS negated, 1.0 AS confidence, {codes}
        FROM m LEFT JOIN _ontology_codes c
          ON c.predicate = m.predicate AND c.status IS NOT DISTINCT FROM m.status"""


_EVIDENCE_SQL = """
    SELECT relation_id, $source_id AS source_id, NULL AS quote, NULL AS char_start, NULL AS char_end,
           NULL AS sentence, row_number, $dataset AS extractor, $version AS extractor_version
    FROM (SELECT DISTINCT id AS relation_id, CAST(row_number AS BIGINT) AS row_number FROM _mapped)"""


def _unstage(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DROP TABLE _mapped")
    con.execute("DROP TABLE _ontology_codes")


def insert(con: duckdb.DuckDBPyConnection, sql: str, *, dataset: str, version: str,
           source_id: str, snapshot: str | None = None) -> tuple[int, int]:
    """Insert a mapping's relations and evidence into the store's tables through `con` (the store's
    connection, inside its write transaction), dated `snapshot` when given; return (relations written,
    rows dropped for lack of an actor id)."""
    dropped = _stage(con, sql, dataset, version, snapshot)
    written = con.execute(f"INSERT INTO relations BY NAME {_relations_sql(con)}",
                          {"source_id": source_id}).fetchone()[0]
    con.execute(f"INSERT INTO evidence BY NAME {_EVIDENCE_SQL}",
                {"source_id": source_id, "dataset": dataset, "version": version})
    _unstage(con)
    return written, dropped


def build(con: duckdb.DuckDBPyConnection, sql: str, *, dataset: str, version: str,
          source_id: str) -> tuple[pa.Table, pa.Table, int]:
    """(relations, evidence, rows dropped for lack of an actor id) from a mapping's relation query."""
    dropped = _stage(con, sql, dataset, version, None)
    relations = con.execute(_relations_sql(con), {"source_id": source_id}).to_arrow_table().cast(RELATION_SCHEMA)
    evidence = con.execute(_EVIDENCE_SQL, {"source_id": source_id, "dataset": dataset, "version": version}
                           ).to_arrow_table().cast(EVIDENCE_SCHEMA)
    _unstage(con)
    return relations, evidence, dropped
