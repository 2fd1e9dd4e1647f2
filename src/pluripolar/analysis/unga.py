"""UN General Assembly polarization, from ideal points (Bailey, Strezhnev & Voeten) per session."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb

from . import polarity_queries as q


def polarization_rows(sessions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per session: value = standard deviation of members' ideal points; details give the
    range, the number of members, the USA's and China's ideal points and the share of the other
    members whose ideal point is closer to the USA's than to China's (None before 1971's seat change
    brings the PRC into the data)."""
    rows = []
    for s in sessions:
        rows.append({
            "year": s["year"], "index": "unga-polarization", "value": s["sd"],
            "details": {"session": s["session"], "members": s["members"], "sd": s["sd"],
                        "range": s["range"], "usa": s["usa"], "chn": s["chn"],
                        "closer_to_usa_share": s["closer_to_usa"]},
        })
    return rows


def polarity_rows(con: duckdb.DuckDBPyConnection, index: str, majors: str, first: int | None,
                  last: int | None) -> list[dict[str, Any]]:
    """The `unga-polarization` index (registered in data/polarity.toml) for the sessions of first..last."""
    return polarization_rows(q.ideal_point_sessions(con, first, last))
