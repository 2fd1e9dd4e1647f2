"""Keep the rows of a dataset file that evidence cites, as read, so each can be shown as published."""
from __future__ import annotations

from collections.abc import Sequence

import duckdb


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def keep_rows(con: duckdb.DuckDBPyConnection, source_id: str, names: Sequence[str]) -> int:
    """Copy every row of TEMP `raw` that the evidence of `source_id` cites into `dataset_rows`, its
    fields as text under the file's column names (a blank name as `columnN`, as `files.read_into`
    names it); runs inside the load's transaction, after its evidence is written. Returns how many."""
    cols = [c or f"column{i}" for i, c in enumerate(names)]
    fields = ", ".join(f"{_text(c)}, CAST({_ident(c)} AS VARCHAR)" for c in cols)
    return con.execute(f"""
        INSERT INTO dataset_rows
        SELECT $source_id, _row, json_object({fields}) FROM raw
        WHERE _row IN (SELECT row_number FROM evidence WHERE source_id = $source_id)""",
                       {"source_id": source_id}).fetchone()[0]
