"""The COW ↔ ISO3 crosswalk as DuckDB macros, so that every loader maps codes in SQL, not row by row.

The crosswalk itself is the actor knowledge base's `actors/data/cow_iso3.csv` (the data behind
`kb().cow_to_iso3`): one row per (COW code, ISO3 id) with the dates the pairing holds. Registered in a
connection it gives
  `iso3_at(ccode, day)`   the ISO3 id of a COW code on a date,
  `iso3_in(ccode, year)`  … in a year (the pairing holding on 1 July, else the latest one that year),
  `cow_in(iso3, year)`    the COW code of an ISO3 id in a year (same rule),
  `cow_ever(iso3)`        the (lowest) COW code an ISO3 id ever had, for ids that name a seat (RUS),
  `iso3_last(ccode)`      the latest ISO3 id of a COW code, for codes a source keeps using for a
                          successor (unvoting's GFR for unified Germany),
  `cow_of_abb(abb)`       the COW numeric code of a COW letter code (UKG → 200),
so Germany is DEU under 255 and 260 and DDR under 265, 365 is SUN until the end of 1991 and RUS after.
"""
from __future__ import annotations

from importlib import resources

import duckdb

from ..errors import InvalidInput

FIRST_YEAR, LAST_YEAR = 1800, 2035


def crosswalk_path() -> str:
    """Where the actor knowledge base keeps the crosswalk."""
    return str(resources.files("pluripolar.actors").joinpath("data").joinpath("cow_iso3.csv"))


def register(con: duckdb.DuckDBPyConnection) -> None:
    """Create the crosswalk tables and the macros above in `con` (TEMP: for the connection's life),
    unless an earlier call already did."""
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name IN "
                   "('cow_iso3', 'cow_iso3_year', 'iso3_cow_year')").fetchone()[0] == 3:
        return
    path = crosswalk_path()
    try:
        con.execute("""
            CREATE OR REPLACE TEMP TABLE cow_iso3 AS
            SELECT CAST(cow_code AS INTEGER) AS ccode, cow_abb, iso3,
                   coalesce(TRY_CAST(valid_from AS DATE), DATE '0001-01-01') AS valid_from,
                   coalesce(TRY_CAST(valid_to AS DATE), DATE '9999-12-31') AS valid_to
            FROM read_csv(?, header=true, all_varchar=true)""", [path])
    except duckdb.Error as e:
        raise InvalidInput(f"cannot read the COW-ISO3 crosswalk {path}: {str(e).splitlines()[0]}") from None
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE cow_iso3_year AS
        WITH spans AS (
            SELECT ccode, iso3, valid_from, valid_to, y.year
            FROM cow_iso3, range({FIRST_YEAR}, {LAST_YEAR + 1}) AS y(year)
            WHERE make_date(CAST(y.year AS INTEGER), 12, 31) >= valid_from
              AND make_date(CAST(y.year AS INTEGER), 1, 1) <= valid_to)
        SELECT ccode, CAST(year AS INTEGER) AS year,
               arg_max(iso3, (make_date(CAST(year AS INTEGER), 7, 1) BETWEEN valid_from AND valid_to,
                              valid_from)) AS iso3
        FROM spans GROUP BY ccode, year""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE iso3_cow_year AS
        SELECT iso3, c.year,
               arg_max(c.ccode, (make_date(c.year, 7, 1) BETWEEN x.valid_from AND x.valid_to, x.valid_from))
                   AS ccode
        FROM cow_iso3_year c JOIN cow_iso3 x USING (ccode, iso3)
        WHERE make_date(c.year, 12, 31) >= x.valid_from AND make_date(c.year, 1, 1) <= x.valid_to
        GROUP BY iso3, c.year""")
    con.execute("""CREATE OR REPLACE TEMP MACRO iso3_at(c, d) AS
        (SELECT any_value(x.iso3) FROM cow_iso3 x WHERE x.ccode = c AND d BETWEEN x.valid_from AND x.valid_to)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO iso3_in(c, y) AS
        (SELECT any_value(x.iso3) FROM cow_iso3_year x WHERE x.ccode = c AND x.year = y)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO cow_in(i, y) AS
        (SELECT any_value(x.ccode) FROM iso3_cow_year x WHERE x.iso3 = i AND x.year = y)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO cow_ever(i) AS
        (SELECT min(x.ccode) FROM cow_iso3 x WHERE x.iso3 = i)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO iso3_last(c) AS
        (SELECT arg_max(x.iso3, x.valid_to) FROM cow_iso3 x WHERE x.ccode = c)""")
    con.execute("""CREATE OR REPLACE TEMP MACRO cow_of_abb(a) AS
        (SELECT min(x.ccode) FROM cow_iso3 x WHERE x.cow_abb = a)""")
