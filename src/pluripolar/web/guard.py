"""The gate every request passes before the app reads it: Host allow-list, then for writes the rate
limit, token, origin, content type and body size, all checked before the body is read or parsed.

It is ASGI middleware rather than a FastAPI dependency because FastAPI reads and parses a request body
before it runs dependencies: a 300 MB body without a token would be held in memory before being refused.
"""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InvalidInput
from .security import bearer_token, is_loopback, token_matches
from .state import AppState

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MIN_TOKEN_LENGTH = 16


def check_token(token: str | None) -> None:
    """Refuse a write token too short to resist guessing."""
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise InvalidInput(f"PLURIPOLAR_TOKEN is {len(token)} characters; use at least {MIN_TOKEN_LENGTH} "
                           "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`)")


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """Host names a request may name: the bound address (and the loopback names when it is loopback),
    plus `extra`. Anything else is refused, so a DNS-rebinding page cannot reach the app."""
    names = {bind.strip("[]").lower(), *(h.strip().strip("[]").lower() for h in extra if h.strip())}
    if is_loopback(bind):
        names.update(LOOPBACK_NAMES)
    return frozenset(names)


def host_name(header: str) -> str:
    """The host part of a Host header, without port or IPv6 brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class RequestGuard:
    """ASGI middleware refusing requests before the app sees them; errors use the app's envelope."""

    def __init__(self, app: ASGIApp, state: AppState, hosts: frozenset[str]) -> None:
        self.app = app
        self.state = state
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        host = request.headers.get("host", "")
        if host_name(host) not in self.hosts:
            await self._refuse(request, send, 400, f"this server does not answer for host {host!r}; "
                                                   "use its own address or add the name with --allow-host")
            return
        if scope["method"] in READ_METHODS:
            await self.app(scope, receive, send)
            return
        refusal = self._write_refusal(request)
        if refusal:
            await self._refuse(request, send, *refusal)
            return
        body = await _bounded_body(receive, self.state.max_body)
        if body is None:
            await self._refuse(request, send, 413, f"request body over {self.state.max_body:,} bytes")
            return
        await self.app(scope, _replay(body, receive), send)

    def _write_refusal(self, request: Request) -> tuple[int, str, dict[str, str]] | None:
        """Why a write is refused from its headers alone, or None. The rate limit comes first, so
        failed token guesses use up the client's budget too."""
        st = self.state
        if st.read_only:
            return 403, "writes are disabled: the server was started with --read-only", {}
        if st.token is None and st.public:
            return 403, "writes are disabled on a non-loopback address without a token: set PLURIPOLAR_TOKEN", {}
        client = request.client.host if request.client else "unknown"
        wait = st.limiter.take(client)
        if wait:
            return 429, f"too many write requests; retry in {wait:.0f} s", {"Retry-After": str(max(1, round(wait)))}
        if st.token is not None:
            given = bearer_token(request.headers.get("authorization")) or request.headers.get("x-pluripolar-token")
            if not token_matches(given, st.token):
                return 401, "this endpoint needs the token: send 'Authorization: Bearer TOKEN'", \
                    {"WWW-Authenticate": "Bearer"}
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host"):
            return 403, f"cross-origin writes are refused (origin {origin})", {}
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            return 415, "send the request body as application/json", {}
        length = request.headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > st.max_body):
            return 413, f"request body over {st.max_body:,} bytes (Content-Length {length[:20]})", {}
        return None

    async def _refuse(self, request: Request, send: Send, status: int, message: str,
                      headers: dict[str, str] | None = None) -> None:
        from .app import error_response

        response = error_response(request, status, message, headers or None)
        response.headers["connection"] = "close"
        await response(request.scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}


async def _bounded_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, read chunk by chunk; None as soon as it passes `limit` bytes (chunked uploads
    without a Content-Length are cut off there too)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` giving the app the body already read, then whatever the client sends next."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
