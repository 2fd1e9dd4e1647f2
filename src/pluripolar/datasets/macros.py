"""Small SQL helpers every mapping may use, registered in the loader's DuckDB connection."""
from __future__ import annotations

from importlib import resources

import duckdb


def data_file(name: str) -> str:
    """The path of a code list shipped in `datasets/data/`, for `read_csv` in a mapping."""
    return str(resources.files(__package__).joinpath("data", name))


def register(con: duckdb.DuckDBPyConnection) -> None:
    """`ymd(y, m, d)`: a date as text at the precision known (YYYY, YYYY-MM or YYYY-MM-DD);
    `int_of(text)`: a whole number written as "12" or "12.0", NULL for anything else."""
    con.execute("CREATE OR REPLACE TEMP MACRO int_of(x) AS TRY_CAST(TRY_CAST(x AS DOUBLE) AS INTEGER)")
    con.execute("""CREATE OR REPLACE TEMP MACRO ymd(y, m, d) AS CASE
        WHEN y IS NULL THEN NULL
        WHEN m IS NULL OR m NOT BETWEEN 1 AND 12 THEN lpad(CAST(y AS VARCHAR), 4, '0')
        WHEN d IS NULL OR d NOT BETWEEN 1 AND 31 THEN strftime(make_date(y, m, 1), '%Y-%m')
        ELSE strftime(make_date(y, m, least(d, day(last_day(make_date(y, m, 1))))), '%Y-%m-%d') END""")
