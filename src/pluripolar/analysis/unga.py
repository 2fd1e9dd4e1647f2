"""UN General Assembly polarization, from ideal points (Bailey, Strezhnev & Voeten) per session."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any


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
