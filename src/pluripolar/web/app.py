"""The FastAPI app: JSON API under /api/, pages rendering the same data, one error envelope."""
from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__, api
from ..errors import PluripolarError, UnknownActor, UnknownDataset, UnknownRecord, one_line
from ..store.paths import serve_note_path
from .guard import RequestGuard, allowed_hosts, check_token
from .pages import router as pages_router, templates
from .routes_api import router as api_router
from .security import SecurityHeaders
from .services import NotFound, refresh_derived
from .state import AppState

log = logging.getLogger("pluripolar.web")
STATIC = Path(__file__).parent / "static"
NOT_FOUND_ERRORS = (NotFound, UnknownActor, UnknownDataset, UnknownRecord)


def create_app(db_path: str | os.PathLike | None, token: str | None = None, *, public: bool = False,
               host: str = "127.0.0.1", allow_hosts: Iterable[str] = (), read_only: bool = False,
               url: str | None = None, ingest_burst: float = 5, ingest_rate: float = 0.2,
               share_store: bool = False) -> FastAPI:
    """The web app over the store at `db_path` (created if missing).

    `token`: when set (at least 16 characters), write endpoints need `Authorization: Bearer TOKEN`.
    `public`: the app is bound to a non-loopback address, so writes are refused unless a token is set.
    `host` is the bound address; requests must name it (or a loopback name when it is loopback, or one
    of `allow_hosts`) in their Host header. `read_only` opens the store read-only, beside other
    readers, and refuses writes. `url`: where the app is served; while it runs, a note beside the store
    says so, and other commands that find the store locked name the URL. Writes are rate-limited per
    client to `ingest_burst` requests, refilled at `ingest_rate` per second; their bodies may hold twice
    the document size limit. `share_store`: a writable app holds the store writable only while it stores
    a document, so that read commands in other processes run beside it (`web.state.AppState`).
    """
    from .security import TokenBucket

    check_token(token or None)
    state = AppState(db_path, token=token or None, public=public, read_only=read_only,
                     max_body=2 * api.max_document_bytes(), limiter=TokenBucket(burst=ingest_burst, rate=ingest_rate),
                     share=share_store)
    state.open()
    try:
        with state.cursor() as s:
            refresh_derived(s)
    except BaseException:
        state.close()
        raise

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        note = announce(state, url)
        try:
            yield
        finally:
            if note:
                note.unlink(missing_ok=True)
            state.close()

    app = FastAPI(title="pluripolar", version=__version__, lifespan=lifespan,
                  description="Relations between states and organisations, each with its source and quote.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.pp = state
    app.add_middleware(RequestGuard, state=state, hosts=allowed_hosts(host, allow_hosts))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)
    app.add_exception_handler(PluripolarError, _pluripolar_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected_error)
    return app


def announce(state: AppState, url: str | None) -> Path | None:
    """Leave a note beside a store held writable, naming the server's URL and process id, so that other
    commands finding the store locked can say where to go; the note's path, or None."""
    if not url or state.read_only or state.store is None or str(state.store.path) == ":memory:":
        return None
    note = serve_note_path(state.store.path)
    try:
        note.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
    except OSError:
        return None  # only a courtesy to other commands
    return note


def _one_line(text: str) -> str:
    lines = str(text).strip().splitlines()
    return lines[0] if lines else ""


def error_response(request: Request, status: int, message: str,
                   headers: dict[str, str] | None = None, page_message: str | None = None,
                   suggest: bool = False) -> Response:
    """The error envelope `{ok: false, error, status}` for the API; the same as an HTML page elsewhere
    (saying `page_message` when given; with `suggest`, listing the actors its address may mean)."""
    body: dict[str, Any] = {"ok": False, "error": _one_line(message) or "error", "status": status}
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse(body, status_code=status, headers=headers)
    shown = {**body, "error": page_message or body["error"]}
    context = {"data": shown, "page": "error", "script": None, "assets_missing": False,
               "suggestions": _suggestions(request) if suggest else []}
    return templates.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)


def _suggestions(request: Request) -> list[dict[str, str]]:
    """For a page not found: the actors each segment of its address may mean, each with the address
    that segment corrected."""
    from .services import suggestions

    parts = request.url.path.strip("/").split("/")
    out = []
    for i, part in enumerate(parts[1:], start=1):
        for s in suggestions(unquote(part), limit=3):
            if s["id"] != part:
                out.append({**s, "url": "/" + "/".join([*parts[:i], s["id"], *parts[i + 1:]])})
    return out[:6]


async def _pluripolar_error(request: Request, exc: PluripolarError) -> Response:
    status = 404 if isinstance(exc, NOT_FOUND_ERRORS) else 400
    unknown_actor = isinstance(exc, UnknownActor)
    return error_response(request, status, one_line(str(exc)) or type(exc).__name__, suggest=unknown_actor,
                          page_message="No actor is known by a name or id in this address." if unknown_actor else None)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    message = exc.detail if isinstance(exc.detail, str) else "request refused"
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such page: {request.url.path}"
    return error_response(request, exc.status_code, message, getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
    return error_response(request, 422, f"{where}: {first.get('msg', 'invalid value')}")


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    log.error("internal error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, f"internal error ({type(exc).__name__}); details are in the server log")
