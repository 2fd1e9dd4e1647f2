"""What sizes a relation: troops and bases, sanctions programmes and designations, embassy level,
alliance obligation types - gathered from the attrs of the assertions that hold, and said in words.

Which attrs size which predicate, the names of ATOP obligation types and of embassy levels are in
analysis/data/dossier.toml ([sizes], [alliance_types], [embassy_levels]).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .settings import config


def size(predicate: str, held_attrs: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The size of one relation from the attrs of its assertions holding (oldest first): the latest
    value of each sizing attr, every obligation type and sanctions programme, and the programmes'
    designations summed (the latest count per programme). Empty when nothing sizes it."""
    keys = config()["sizes"].get(predicate, [])
    latest: dict[str, Any] = {}
    types: set[str] = set()
    programs: dict[str, Any] = {}
    for attrs in held_attrs:
        latest.update({k: v for k, v in attrs.items() if v is not None})
        types.update(attrs.get("type") or [])
        if attrs.get("program"):
            programs[attrs["program"]] = attrs.get("count")
    out: dict[str, Any] = {}
    for key in keys:
        if key == "type" and types:
            out["type"] = sorted(types)
        elif key == "programs" and programs:
            out["programs"] = sorted(programs)
        elif key == "designations" and programs:
            out["designations"] = sum(n for n in programs.values() if isinstance(n, (int, float)))
        elif key not in ("type", "programs", "designations") and key in latest:
            out[key] = latest[key]
    return out


def size_text(value: dict[str, Any]) -> str:
    """A size in words: "defence, consultation", "10 troops", "ambassador (Embassy)",
    "programmes DPRK, DPRK3 · 1,203 designations"; empty when there is no size."""
    names, levels = config()["alliance_types"], config()["embassy_levels"]
    parts = []
    if value.get("type"):
        parts.append(", ".join(names.get(t, t) for t in value["type"]))
    for key, unit in (("troops", "troops"), ("bases", "bases"), ("sites", "sites")):
        if isinstance(value.get(key), (int, float)):
            n = value[key]
            parts.append(f"{n:,.0f} {unit if n != 1 else unit.rstrip('s')}")
    if value.get("level") is not None:
        level = levels.get(str(value["level"]), str(value["level"]))
        parts.append(level + (f" ({value['mission']})" if value.get("mission") else ""))
    if value.get("programs"):
        label = "programme" if len(value["programs"]) == 1 else "programmes"
        parts.append(f"{label} {', '.join(value['programs'])}")
    if value.get("designations") is not None:
        parts.append(f"{value['designations']:,} designations")
    return " · ".join(parts)
