"""Request dependencies: a store cursor per request, and the guard in front of every write."""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from fastapi import Request
from starlette.exceptions import HTTPException

from ..sources.documents import max_bytes
from ..store import Store
from .security import bearer_token, token_matches
from .state import AppState


def app_state(request: Request) -> AppState:
    """The running app's state."""
    return request.app.state.pp


def store(request: Request) -> Iterator[Store]:
    """The store, through a cursor of its own for this request."""
    with app_state(request).cursor() as s:
        yield s


def write_guard(request: Request) -> None:
    """Refuse a write unless it carries the token (when one is set), comes from this origin as JSON,
    and its client is within the ingest rate limit."""
    st = app_state(request)
    if st.token is None and st.public:
        raise HTTPException(403, "writes are disabled on a non-loopback address without a token: "
                                 "set PLURIPOLAR_TOKEN")
    if st.token is not None:
        given = bearer_token(request.headers.get("authorization")) or request.headers.get("x-pluripolar-token")
        if not token_matches(given, st.token):
            raise HTTPException(401, "this endpoint needs the token: send 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, f"cross-origin writes are refused (origin {origin})")
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise HTTPException(415, "send the request body as application/json")
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > 2 * max_bytes():
        raise HTTPException(413, f"request body over {2 * max_bytes():,} bytes")
    client = request.client.host if request.client else "unknown"
    wait = st.limiter.take(client)
    if wait:
        raise HTTPException(429, f"too many ingest requests; retry in {wait:.0f} s",
                            headers={"Retry-After": str(max(1, round(wait)))})
