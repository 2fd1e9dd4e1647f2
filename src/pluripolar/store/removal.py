"""Taking sources out of the store: every row that carries their id, and the derived actor index."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

# Derived from all sources together (edges merge assertions of several sources): emptied on removal and
# rebuilt from what remains by the next index update.
DERIVED_TABLES = ("actor_edges", "actor_edges_sources")


def dataset_sources(con: duckdb.DuckDBPyConnection, dataset: str, version: str | None = None) -> list[dict[str, Any]]:
    """The loaded files of `dataset` (of one `version` when given): id, version, path, added_at."""
    cur = con.execute("SELECT id, version, path, added_at, n_relations FROM sources WHERE kind = 'dataset' "
                      "AND dataset = ? AND (? IS NULL OR version = ?) ORDER BY added_at",
                      [dataset, version, version])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def delete_sources(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> int:
    """Delete the sources `ids` and every row carrying one of them, inside the caller's transaction;
    empty the derived actor index (rebuilt by the next `api.update_index`). Returns relations removed."""
    if not ids:
        return 0
    con.execute("CREATE OR REPLACE TEMP TABLE removed_sources AS SELECT unnest(?::VARCHAR[]) AS id", [list(ids)])
    try:
        tables = [t for (t,) in con.execute(
            "SELECT DISTINCT table_name FROM duckdb_columns() WHERE column_name = 'source_id' "
            "AND schema_name = 'main' AND database_name = current_database() ORDER BY table_name").fetchall()]
        removed = con.execute("SELECT count(*) FROM relations WHERE source_id IN (SELECT id FROM removed_sources)"
                              ).fetchone()[0]
        con.execute("DELETE FROM evidence WHERE relation_id IN "
                    "(SELECT id FROM relations WHERE source_id IN (SELECT id FROM removed_sources))")
        for table in tables:
            if table not in DERIVED_TABLES:
                con.execute(f"DELETE FROM {table} WHERE source_id IN (SELECT id FROM removed_sources)")
        for table in DERIVED_TABLES:
            con.execute(f"DELETE FROM {table}")
        con.execute("UPDATE actor_edges_state SET sorted_rows = 0")
        con.execute("DELETE FROM sources WHERE id IN (SELECT id FROM removed_sources)")
    finally:
        con.execute("DROP TABLE IF EXISTS removed_sources")
    return removed
