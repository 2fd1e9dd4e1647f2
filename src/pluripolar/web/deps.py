"""Request dependencies: the app state and a store cursor per request (writes are checked in guard.py)."""
from __future__ import annotations

from collections.abc import Iterator

from fastapi import Query, Request

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
