"""The COW ↔ ISO3 crosswalk as DuckDB macros, so that every loader maps codes in SQL, not row by row.

The crosswalk and its year rule belong to the actor knowledge base (`actors/data/cow_iso3.csv`, read by
`kb()`; the rule is `ActorKB._pick`). This module only materialises them in a connection: the pairings
(one row per COW code and ISO3 id with the dates the pairing holds) and the rule's answer for every
code-year and id-year (`kb().crosswalk_year_runs`), so SQL and Python cannot disagree. Registered in a
connection it gives
  `iso3_at(ccode, day)`   the ISO3 id of a COW code on a date,
  `iso3_in(ccode, year)`  … in a year (the pairing holding on 1 July, else the latest one that year),
  `cow_in(iso3, year)`    the COW code of an ISO3 id in a year (same rule, so RUS 1991 is 365),
  `cow_ever(iso3)`        the (lowest) COW code an ISO3 id ever had, for ids that name a seat (RUS),
  `iso3_last(ccode)`      the latest ISO3 id of a COW code, for codes a source keeps using for a
                          successor (unvoting's GFR for unified Germany),
  `cow_of_abb(abb)`       the COW numeric code of a COW letter code (UKG → 200),
so Germany is DEU under 255 and 260 and DDR under 265, 365 is SUN until the end of 1991 and RUS after.
"""
from __future__ import annotations

import json

import duckdb

from ..actors.kb import kb


def register(con: duckdb.DuckDBPyConnection) -> None:
    """Create the crosswalk tables and the macros above in `con` (TEMP: for the connection's life),
    unless an earlier call already did."""
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name IN "
                   "('cow_iso3', 'cow_iso3_year', 'iso3_cow_year')").fetchone()[0] == 3:
        return
    by_code, by_id = kb().crosswalk_year_runs
    _materialise(con, "cow_iso3", "ccode INTEGER, cow_abb VARCHAR, iso3 VARCHAR, valid_from DATE, valid_to DATE",
                 kb().crosswalk_pairings())
    _materialise(con, "cow_iso3_year", "ccode INTEGER, first_year INTEGER, last_year INTEGER, iso3 VARCHAR", by_code)
    _materialise(con, "iso3_cow_year", "iso3 VARCHAR, first_year INTEGER, last_year INTEGER, ccode INTEGER", by_id)
    con.execute("""CREATE OR REPLACE TEMP MACRO iso3_at(c, d) AS
        (SELECT any_value(x.iso3) FROM cow_iso3 x WHERE x.ccode = c AND d BETWEEN x.valid_from AND x.valid_to)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO iso3_in(c, y) AS
        (SELECT any_value(x.iso3) FROM cow_iso3_year x WHERE x.ccode = c AND y BETWEEN x.first_year AND x.last_year)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO cow_in(i, y) AS
        (SELECT any_value(x.ccode) FROM iso3_cow_year x WHERE x.iso3 = i AND y BETWEEN x.first_year AND x.last_year)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO cow_ever(i) AS
        (SELECT min(x.ccode) FROM cow_iso3 x WHERE x.iso3 = i)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO iso3_last(c) AS
        (SELECT arg_max(x.iso3, x.valid_to) FROM cow_iso3 x WHERE x.ccode = c)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO cow_of_abb(a) AS
        (SELECT min(x.ccode) FROM cow_iso3 x WHERE x.cow_abb = a)""")


def _materialise(con: duckdb.DuckDBPyConnection, table: str, columns: str, rows: list[dict[str, object]]) -> None:
    """Create TEMP `table` with `columns` ('name TYPE, …') holding `rows`, passed as one JSON parameter
    (DuckDB converts a list of Python dicts some hundred times slower)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS "
                f"SELECT unnest(CAST(? AS JSON)::STRUCT({columns})[], recursive := true)", [json.dumps(rows)])
