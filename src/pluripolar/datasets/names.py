"""Country names in dataset files → actor ids, through the actor knowledge base.

Only the distinct names of a file are resolved (tens to hundreds, not one per row), then joined in SQL.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

from ..errors import PluripolarError


def register(con: duckdb.DuckDBPyConnection, names_sql: str, date: str | None, table: str = "name_iso3") -> None:
    """Create `table(name, iso3)` for the distinct names `names_sql` yields (iso3 NULL if unknown)."""
    from ..actors.kb import kb

    names = [r[0] for r in con.execute(f"SELECT DISTINCT n FROM ({names_sql}) t(n) WHERE n IS NOT NULL").fetchall()]
    ids = [_resolve(kb(), name, date) for name in names]
    con.register(f"_{table}", pa.table({"name": names, "iso3": ids}, schema=pa.schema(
        [("name", pa.string()), ("iso3", pa.string())])))
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM _{table}")
    con.unregister(f"_{table}")



def _resolve(base, name: str, date: str | None) -> str | None:
    """The actor id of a name, trying "and" for "&" (datasets write "Bosnia & Herzegovina")."""
    for variant in dict.fromkeys((name, name.replace("&", "and"))):
        try:
            return base.resolve(variant, date).id
        except PluripolarError:
            continue
    return None
