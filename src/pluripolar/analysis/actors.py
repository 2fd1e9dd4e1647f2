"""What the analyses need from the actor knowledge base: ids, names, kinds and UN regions."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..errors import UnknownActor


def _kb():
    from ..actors.kb import kb

    return kb()


def actor_id(text: str) -> str:
    """The actor id for an id or a name; UnknownActor when nothing matches. An "org:<slug>" id the
    knowledge base lacks stands as it is: text names non-state actors ("org:guaido") the KB has not listed."""
    found = _kb().normalize_id(text)
    if not found and re.fullmatch(r"org:[a-z0-9][a-z0-9-]*", text.strip()):
        return text.strip()
    if not found:
        raise UnknownActor(f"unknown actor {text!r}; give an ISO3 code (PRK), an organisation code (NATO) "
                           "or a name (`pluripolar actors resolve NAME` shows what a name resolves to)")
    return found


def describe(aid: str) -> dict[str, Any]:
    """{id, name, kind, un_region, un_subregion} for an id; an id the knowledge base lacks keeps its id
    as name."""
    a = _kb().get(aid)
    if a is None:
        return {"id": aid, "name": aid, "kind": "org" if aid.startswith("org:") else None,
                "un_region": None, "un_subregion": None}
    return {"id": a.id, "name": a.name, "kind": a.kind, "un_region": a.un_region,
            "un_subregion": a.un_subregion}


@cache
def regions() -> tuple[str, ...]:
    """UN regions and subregions of the knowledge base's states, longest first (subregions win)."""
    names = {n for a in _kb().actors("state") for n in (a.un_region, a.un_subregion) if n}
    return tuple(sorted(names, key=len, reverse=True))
