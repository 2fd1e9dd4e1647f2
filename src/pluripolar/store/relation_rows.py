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

import duckdb
import pyarrow as pa

from ..ontology import load as load_ontology
from .rows import EVIDENCE_SCHEMA, RELATION_SCHEMA, first_day, last_day

_CODES = ("plover", "plover_mode", "cameo")
_OPTIONAL = {"date_end": "NULL::DATE", "key": "NULL", "negated": "false", "confidence": "1.0"}


def _register_codes(con: duckdb.DuckDBPyConnection) -> None:
    """TEMP table `_ontology_codes(predicate, status, plover, plover_mode, cameo)` from the ontology."""
    rows = [(name, status, *(getattr(p.codes_for(status), c) for c in _CODES))
            for name, p in load_ontology().predicates.items() for status in (None, *p.statuses)]
    con.execute("CREATE OR REPLACE TEMP TABLE _ontology_codes (predicate VARCHAR, status VARCHAR, "
                "plover VARCHAR, plover_mode VARCHAR, cameo VARCHAR)")
    con.execute("INSERT INTO _ontology_codes VALUES " + ", ".join(["(?, ?, ?, ?, ?)"] * len(rows)),
                [v for row in rows for v in row])


def _stage(con: duckdb.DuckDBPyConnection, sql: str, origin: str, snapshot: str | None) -> int:
    """Map once into TEMP `_mapped` (each row with its relation id; every date replaced by `snapshot`
    when given) and `_ontology_codes`; return how many rows were dropped for lack of an actor id."""
    _register_codes(con)
    given = {r[0] for r in con.execute(f"DESCRIBE ({sql})").fetchall()}
    defaults = ", ".join(f"{value} AS {name}" for name, value in _OPTIONAL.items() if name not in given)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _mapped AS
        SELECT md5(concat_ws('|', $origin, predicate, subject, coalesce(object, ''),
                             coalesce(CAST(date AS VARCHAR), ''), coalesce(key, ''))) AS id,
               * REPLACE (CAST(date AS VARCHAR) AS date, CAST(status AS VARCHAR) AS status)
        FROM (SELECT * REPLACE (coalesce($snapshot, CAST(date AS VARCHAR)) AS date)
                       {', ' + defaults if defaults else ''} FROM ({sql}))""",
                {"origin": origin, "snapshot": snapshot})
    needs_object = [n for n, p in load_ontology().predicates.items() if p.object_required]
    dropped = con.execute("""DELETE FROM _mapped WHERE subject IS NULL
                             OR (object IS NULL AND list_contains($needs, predicate))""",
                          {"needs": needs_object}).fetchone()[0]
    return dropped


def _relations_sql(con: duckdb.DuckDBPyConnection) -> str:
    """One row per relation id in `_mapped`, in the store's relation layout ($source_id): the fields of
    its first row, the latest end of its spell."""
    own = [c for c in _CODES if c in {r[0] for r in con.execute("DESCRIBE _mapped").fetchall()}]
    fields = ", ".join(("subject", "predicate", "object", "date", "status", "attrs", "negated", "confidence", *own))
    codes = ", ".join(f"coalesce(m.{c}, c.{c}) AS {c}" if c in own else f"c.{c}" for c in _CODES)
    return f"""
        WITH m AS (
            SELECT id, max(date_end) AS spell_end, unnest(arg_min(struct_pack({fields}), row_number))
            FROM _mapped GROUP BY id)
        SELECT m.id, $source_id AS source_id, subject, m.predicate, object, date,
               {first_day('date')} AS date_start, coalesce(spell_end, {last_day('date')}) AS date_end, m.status,
               CAST(attrs AS VARCHAR) AS attrs, negated, confidence, {codes}
        FROM m LEFT JOIN _ontology_codes c
          ON c.predicate = m.predicate AND c.status IS NOT DISTINCT FROM m.status"""


# A dataset's evidence: the rows each relation comes from.
_ROWS_EVIDENCE = """
    SELECT relation_id, $source_id AS source_id, NULL AS quote, NULL AS char_start, NULL AS char_end,
           NULL AS sentence, row_number, $extractor AS extractor, $extractor_version AS extractor_version
    FROM (SELECT DISTINCT id AS relation_id, CAST(row_number AS BIGINT) AS row_number FROM _mapped)"""

# A document's evidence: its quotes, each naming the row_number of the relation it supports.
_QUOTES_EVIDENCE = """
    SELECT m.id AS relation_id, coalesce(e.source_id, $source_id) AS source_id, e.quote, e.char_start,
           e.char_end, e.sentence, e.row AS row_number, e.extractor, e.extractor_version
    FROM ({quotes}) e JOIN (SELECT DISTINCT id, row_number FROM _mapped) m ON m.row_number = e.relation_row
    ORDER BY m.row_number, e.char_start"""


def _evidence_sql(quotes: str | None) -> str:
    return _QUOTES_EVIDENCE.format(quotes=quotes) if quotes else _ROWS_EVIDENCE


def _unstage(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DROP TABLE _mapped")
    con.execute("DROP TABLE _ontology_codes")


def insert(con: duckdb.DuckDBPyConnection, sql: str, *, origin: str, source_id: str, extractor: str | None,
           extractor_version: str | None, snapshot: str | None = None, quotes: str | None = None
           ) -> tuple[int, int]:
    """Insert the relations of the SELECT `sql` and their evidence (`quotes`, a SELECT of a document's
    quotes, else the dataset rows they come from, cited by `extractor` and `extractor_version`) into the
    store's tables through `con` (the store's connection, inside its write transaction), dated
    `snapshot` when given; return (relations written, rows dropped for lack of an actor id)."""
    dropped = _stage(con, sql, origin, snapshot)
    written = con.execute(f"INSERT INTO relations BY NAME {_relations_sql(con)}",
                          {"source_id": source_id}).fetchone()[0]
    con.execute(f"INSERT INTO evidence BY NAME {_evidence_sql(quotes)}",
                {"source_id": source_id, **({} if quotes else {"extractor": extractor,
                                                               "extractor_version": extractor_version})})
    _unstage(con)
    return written, dropped


def build(con: duckdb.DuckDBPyConnection, sql: str, *, origin: str, source_id: str, extractor: str,
          extractor_version: str) -> tuple[pa.Table, pa.Table, int]:
    """(relations, evidence, rows dropped for lack of an actor id) of a dataset's relation query, as the
    Arrow tables of the store's layout (for writing elsewhere, such as Parquet at scale)."""
    dropped = _stage(con, sql, origin, None)
    relations = con.execute(_relations_sql(con), {"source_id": source_id}).to_arrow_table().cast(RELATION_SCHEMA)
    evidence = con.execute(_ROWS_EVIDENCE, {"source_id": source_id, "extractor": extractor,
                                            "extractor_version": extractor_version}
                           ).to_arrow_table().cast(EVIDENCE_SCHEMA)
    _unstage(con)
    return relations, evidence, dropped
