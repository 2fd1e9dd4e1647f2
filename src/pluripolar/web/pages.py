"""HTML pages: each renders the dict its /api/ twin returns, through autoescaping Jinja2 templates."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from .. import api
from ..errors import PluripolarError
from ..store import Store
from . import services
from .deps import app_state, page, relation_filters, store
from .services import Page

HERE = Path(__file__).parent
DIST = HERE / "static" / "dist"
# The pages with a script of their own (web/src/<page>.js).
SCRIPTED_PAGES = ("home", "actor", "dyad", "polarity", "claims", "source", "ingest", "relations", "compare", "apidocs")

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                          trim_blocks=True, lstrip_blocks=True)
# `tojson` (page data for scripts) encodes dates and the like as the JSON API does.
_env.policies["json.dumps_function"] = lambda obj, **kw: json.dumps(jsonable_encoder(obj), **kw)


@jinja2.pass_context
def _num(ctx: jinja2.runtime.Context, value: Any, digits: int | None = None) -> str:
    """A number formatted for the reader's locale (their Accept-Language; English otherwise), with
    `digits` decimals when given; anything else as it is."""
    from babel.numbers import format_decimal

    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "" if value is None else str(value)
    pattern = None if digits is None else "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=reader_locale(ctx.get("request")))


def reader_locale(request: Request | None) -> str:
    """The locale a page's numbers are written in: the first of the request's Accept-Language that
    Babel knows, else English."""
    from babel import Locale, UnknownLocaleError

    header = request.headers.get("accept-language", "") if request is not None else ""
    for part in header.split(","):
        tag = part.split(";")[0].strip().replace("-", "_")
        if tag and tag != "*":
            try:
                return str(Locale.parse(tag))
            except (ValueError, UnknownLocaleError):
                continue
    return "en"


_env.filters["num"] = _num


templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, page: str, data: dict[str, Any], api_url: str,
           **extra: Any) -> Response:
    """A page showing `data`, linking to the API URL that returns the same data."""
    st = app_state(request)
    built = (DIST / f"{page}.js").exists()
    context = {"data": data, "page": page, "api_url": api_url,
               "script": f"/static/dist/{page}.js" if built else None,
               "assets_missing": page in SCRIPTED_PAGES and not built,
               "token_required": st.token is not None, "writes_disabled": st.public and st.token is None,
               "predicates": predicate_labels(), **extra}
    return templates.TemplateResponse(request, name, context)


def predicate_labels() -> list[dict[str, str]]:
    """The ontology's predicates in order, with their labels (colours and legends follow this order)."""
    return api.predicates()


def _paging(pg: Page) -> dict[str, int | None]:
    """A page's query parameters for links, the defaults left out."""
    return {"limit": pg.limit if pg.limit != services.DEFAULT_LIMIT else None, "offset": pg.offset or None}


def _api(path: str, **params: Any) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"/api/{path}" + (f"?{query}" if query else "")


@router.get("/")
def home(request: Request, q: str | None = None,
         year: int | None = Query(None, ge=1, le=9999), all_years: bool = False, predicate: str | None = None,
         s: Store = Depends(store)) -> Response:
    """Search actors; world map of relations per country, for a year (or all years) and a relation type;
    latest sources."""
    found = services.actors(s, q) if q and q.strip() else None
    year = None if all_years else year
    return render(request, "index.html", "home", services.overview(s, year, predicate or None),
                  _api("overview", year=year, predicate=predicate), found=found)


@router.get("/actor/{actor_id}")
def actor(request: Request, actor_id: str, as_of: str | None = None, s: Store = Depends(store)) -> Response:
    """An actor's dossier: map of partners by relation type, network, quotes."""
    return render(request, "actor.html", "actor", services.dossier(s, actor_id, as_of),
                  _api(f"dossier/{actor_id}", as_of=as_of), years=services.years(s))


@router.get("/relations")
def relations(request: Request, filters: dict[str, Any] = Depends(relation_filters), pg: Page = Depends(page),
              s: Store = Depends(store)) -> Response:
    """The stored relations as a table: filtered, sorted and paged on the server; the URL is the
    permalink, and the same page exports as CSV and JSON."""
    data = services.relations(s, pg, **filters)
    query = {**{k: v for k, v in filters.items() if k not in ("sort", "desc", "negated")},
             "negated": _flag(filters["negated"]), "sort": filters["sort"] if filters["sort"] != "date" else None,
             "desc": "true" if filters["desc"] else None, **_paging(pg)}
    return render(request, "relations.html", "relations", data, _api("relations", **query),
                  csv_url=_api("relations", **query, format="csv"), choices=table_choices(),
                  names=services.actor_names(r[k] for r in data["rows"] for k in ("subject", "object")))


def _flag(value: bool | None) -> str | None:
    return None if value is None else str(value).lower()


def table_choices() -> dict[str, Any]:
    """What a relations table can be filtered and sorted by: PLOVER types, source kinds, datasets, sort keys."""
    return {"plover": api.plover_types(), "kinds": list(api.SOURCE_KINDS), "datasets": api.dataset_names(),
            "sort_keys": list(api.SORT_KEYS)}


@router.get("/compare")
def compare(request: Request, actors: str = "", as_of: str | None = None, s: Store = Depends(store)) -> Response:
    """Two or three countries side by side, as the Lowy index compares them; with fewer, a form to add one."""
    names = [a for a in actors.split(",") if a.strip()]
    data = services.compare(s, names, as_of) if names else {"actors": [], "types": [], "as_of": as_of}
    return render(request, "compare.html", "compare", data, _api("compare", actors=actors, as_of=as_of))


@router.get("/actor/{actor_id}/group/{predicate}")
def actor_group(request: Request, actor_id: str, predicate: str, as_of: str | None = None,
                s: Store = Depends(store)) -> Response:
    """One relation type's partners of an actor, by region, with their evidence: the part of the actor
    page that a reader opens (loaded then, so the page itself stays light)."""
    data = services.dossier(s, actor_id, as_of)
    return templates.TemplateResponse(request, "actor_group.html", {"data": data, "pred": predicate})


@router.get("/dyad/{a}/{b}")
def dyad(request: Request, a: str, b: str, pg: Page = Depends(page), s: Store = Depends(store)) -> Response:
    """Timeline of the relations between two actors, with evidence and contradictions."""
    return render(request, "dyad.html", "dyad", services.dyad(s, a, b, pg),
                  _api(f"dyad/{a}/{b}", **_paging(pg)))


@router.get("/polarity")
def polarity(request: Request, index: str = "con", majors: str = "cow", first: int | None = None,
             last: int | None = None, s: Store = Depends(store)) -> Response:
    """A polarity index over time as a chart and a table; a missing dataset is said, not an error page."""
    try:
        data = services.polarity(s, index, majors, first, last)
        problem = None
    except PluripolarError as e:
        data = {**services.polarity_choices(index, majors, first, last), "count": 0, "rows": []}
        problem = str(e)
    return render(request, "polarity.html", "polarity", data,
                  _api("polarity", index=index, majors=majors, first=first, last=last, limit=services.MAX_LIMIT),
                  problem=problem)


@router.get("/claims")
def claims(request: Request, actor: str | None = None, pg: Page = Depends(page),
           s: Store = Depends(store)) -> Response:
    """Quantitative claims, checked against the stored relations."""
    return render(request, "claims.html", "claims", services.claims(s, actor, pg),
                  _api("claims", actor=actor, **_paging(pg)))


@router.get("/sources")
def sources(request: Request, pg: Page = Depends(page), s: Store = Depends(store)) -> Response:
    """The stored sources, a page at a time."""
    return render(request, "sources.html", "sources", services.sources(s, pg), _api("sources", **_paging(pg)))


@router.get("/source/{source_id}")
def source(request: Request, source_id: str, s: Store = Depends(store)) -> Response:
    """A stored document with every quote marked; `#char-START-END` picks one."""
    return render(request, "source.html", "source", services.source(s, source_id), _api(f"sources/{source_id}"))


@router.get("/datasets")
def datasets(request: Request, s: Store = Depends(store)) -> Response:
    """Every dataset with its coverage and loaded files."""
    return render(request, "datasets.html", "datasets", services.datasets(s), _api("datasets"))


@router.get("/dataset/{name}")
def dataset(request: Request, name: str, s: Store = Depends(store)) -> Response:
    """A dataset: citation, licence, coverage, each loaded file's checksum and load date."""
    return render(request, "dataset.html", "dataset", services.dataset(s, name), _api(f"datasets/{name}"))


@router.get("/source/{source_id}/row/{number}")
def dataset_row(request: Request, source_id: str, number: int = PathParam(ge=1),
                s: Store = Depends(store)) -> Response:
    """One row of a loaded dataset file as published, and the relations citing it."""
    return render(request, "row.html", "row", services.dataset_row(s, source_id, number),
                  _api(f"sources/{source_id}/rows/{number}"))


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The API's interactive documentation (Swagger UI from npm, served here)."""
    return render(request, "apidocs.html", "apidocs", {}, "/openapi.json")


@router.get("/ingest")
def ingest(request: Request) -> Response:
    """Paste text or a URL, preview the relations with their quotes marked, then save."""
    return render(request, "ingest.html", "ingest", {}, "/openapi.json")
