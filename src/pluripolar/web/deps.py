"""Request dependencies: the app state and a store cursor per request (writes are checked in guard.py)."""
from __future__ import annotations

from collections.abc import Iterator

from typing import Any, Literal

from fastapi import Query, Request

from ..api import DATE_RULE, SORT_KEYS, SOURCE_KINDS
from ..store import Store
from .services import DEFAULT_LIMIT, MAX_LIMIT, Page
from .state import AppState

MAX_OFFSET = 1_000_000_000


def app_state(request: Request) -> AppState:
    """The running app's state."""
    return request.app.state.pp


def store(request: Request) -> Iterator[Store]:
    """The store, through a cursor of its own for this request."""
    with app_state(request).cursor() as s:
        yield s


def page(limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT,
                            description=f"How many items (default {DEFAULT_LIMIT}, at most {MAX_LIMIT})."),
         offset: int = Query(0, ge=0, le=MAX_OFFSET,
                             description="How many items to skip; a response's `next_offset` gives the next "
                                         "page (null on the last one).")) -> Page:
    """The page of a list a request asks for: every list endpoint is paged with a default and a maximum."""
    return Page(limit, offset)


SortKey = Literal[tuple(SORT_KEYS)]  # type: ignore[valid-type]


def relation_filters(
        actor: str | None = Query(None, description="Actor id or name, either side."),
        other: str | None = Query(None, description="The other side's id or name."),
        predicate: str | None = Query(None, description="One of the ontology's predicates (embassy, visit …)."),
        plover: str | None = Query(None, description="A PLOVER type (AID, ASSAULT, CONSULT …)."),
        kind: str | None = Query(None, description=f"Only relations from one kind of source: "
                                                   f"{', '.join(SOURCE_KINDS)}."),
        dataset: str | None = Query(None, description="Only relations from this dataset (/api/datasets)."),
        source: str | None = Query(None, description="Only relations from this source (id or name)."),
        since: str | None = Query(None, description=DATE_RULE),
        until: str | None = Query(None, description=DATE_RULE),
        negated: Literal["true", "false", ""] | None = Query(
            None, description="true: only negated relations; false: only affirmed ones; empty: both."),
        sort: SortKey = Query("date", description="Sort key; missing values sort last."),
        desc: bool = Query(False, description="Sort descending.")) -> dict[str, Any]:
    """The filters and sort order of a relations table, the same for its page and its API route; empty
    values (an unfilled form field) are left out."""
    given = dict(actor=actor, other=other, predicate=predicate, plover=plover, kind=kind, dataset=dataset,
                 source=source, since=since, until=until)
    return {**{k: v.strip() for k, v in given.items() if v and v.strip()},
            "negated": {"true": True, "false": False}.get(negated or ""), "sort": sort, "desc": desc}
