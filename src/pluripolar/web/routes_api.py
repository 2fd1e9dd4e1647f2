"""The JSON API under /api/: each route returns what one service function returns.

Routes are plain `def`, so FastAPI runs them in its thread pool: an ingest works in its own thread while
other requests keep being answered, each on its own store cursor.
"""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel, Field

from .. import api
from ..store import Store
from . import services
from .deps import app_state, page, relation_filters, store
from .services import Page

router = APIRouter(prefix="/api", tags=["api"])


class DocumentIn(BaseModel):
    """A document to extract from: pasted text (plain or HTML) or an http(s) URL to fetch."""

    text: str | None = Field(None, description="The document's text (plain text or HTML).")
    url: str | None = Field(None, description="An http(s) URL to fetch when no text is given.")
    title: str | None = None
    date: str | None = Field(None, description="Article date, YYYY-MM-DD; relative dates resolve against it.")
    doc: str | None = Field(None, description="Document id; default: from the title or the text's hash.")
    lang: str | None = Field(None, description="The document's language (en, es); default: the detected one.")


class ReviewedDocumentIn(DocumentIn):
    """A document to store, with the analyst's review of the relations its preview proposed."""

    review: list[dict[str, Any]] | None = Field(
        None, description="One item per relation decided on: {index (its position in the preview), action: "
                          "accept | reject | edit, expect (its preview `key`), and for an edit any of subject, "
                          "object, predicate, status, date, negated}. Relations without an item are accepted. "
                          "Rejections and edits are stored as corrections beside the extractor's output.")
    analyst: str | None = Field(None, description="Who reviewed (recorded with each correction).")


@router.get("/overview")
def overview(year: int | None = Query(None, ge=1, le=9999, description="Only relations holding in this year."),
             predicate: str | None = Query(None, description="Only relations of this predicate."),
             s: Store = Depends(store)) -> dict[str, Any]:
    """Totals, relations per actor (in a year, of a type), relations per type, the years covered and the
    latest sources (the home page's data)."""
    return services.overview(s, year, predicate)


@router.get("/actors")
def actors(q: str | None = None, kind: str | None = Query(None, description="state, igo, former_state …"),
           pg: Page = Depends(page), s: Store = Depends(store)) -> dict[str, Any]:
    """Gazetteer actors with their ISO numeric codes (map shapes) and numbers of stored relations (paged)."""
    return services.actors(s, q, kind, pg)


@router.get("/actors/{actor_id}")
def actor(actor_id: str) -> dict[str, Any]:
    """One actor by id or name."""
    return services.actor(actor_id)


@router.get("/relations", responses={200: {"content": {"text/csv": {}}}})
def relations(filters: dict[str, Any] = Depends(relation_filters), pg: Page = Depends(page),
              format: Literal["json", "csv"] = Query("json", description="json, or csv: the same rows as a file"),
              s: Store = Depends(store)) -> Any:
    """Stored relations with their evidence, filtered and sorted, a page at a time (`total` counts every
    match; `date_end` ends a spell; `last_observed` marks a dataset fact reaching its dataset's last
    observation). `format=csv` gives the same page's rows as CSV."""
    data = services.relations(s, pg, **filters)
    if format == "csv":
        return Response(services.relations_csv(data), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="relations.csv"'})
    return data


@router.get("/dossier/{actor_id}")
def dossier(actor_id: str, as_of: str | None = None, s: Store = Depends(store)) -> dict[str, Any]:
    """An actor's partners by relation type and region, with evidence; `map` lists partners for maps."""
    return services.dossier(s, actor_id, as_of)


@router.get("/compare")
def compare(actors: str = Query(..., description="Two or three actor ids or names, comma-separated."),
            as_of: str | None = None, s: Store = Depends(store)) -> dict[str, Any]:
    """Actors side by side: counts, partners per relation type, top and shared partners, capability rank."""
    return services.compare(s, actors.split(","), as_of)


@router.get("/dyad/{a}/{b}")
def dyad(a: str, b: str, pg: Page = Depends(page), s: Store = Depends(store)) -> dict[str, Any]:
    """The timeline of relations between two actors, with evidence and contradictions (both paged)."""
    return services.dyad(s, a, b, pg)


@router.get("/events")
def events(actor: str | None = None, other: str | None = None,
           type: str | None = Query(None, description="a PLOVER type: ASSAULT, THREATEN …"),
           by: str = Query("month", description="day, month or year"), pg: Page = Depends(page),
           s: Store = Depends(store)) -> dict[str, Any]:
    """Event series per period and directed dyad: counts by PLOVER type and quad class, mean and summed
    intensity (Goldstein weights), from text and GDELT alike (paged)."""
    return services.events(s, actor=actor, other=other, type=type, by=by, page=pg)


@router.get("/claims")
def claims(actor: str | None = None, pg: Page = Depends(page), s: Store = Depends(store)) -> dict[str, Any]:
    """Quantitative claims checked against the stored relations, and contradictions (both paged)."""
    return services.claims(s, actor, pg)


@router.get("/polarity")
def polarity(index: str = "con", majors: str = "cow", first: int | None = None, last: int | None = None,
             pg: Page = Depends(page), s: Store = Depends(store)) -> dict[str, Any]:
    """One polarity index over the years (paged by year)."""
    return services.polarity(s, index, majors, first, last, pg)


@router.get("/sources")
def sources(pg: Page = Depends(page), s: Store = Depends(store)) -> dict[str, Any]:
    """The stored sources, newest first (paged)."""
    return services.sources(s, pg)


@router.get("/sources/{source_id}")
def source(source_id: str, s: Store = Depends(store)) -> dict[str, Any]:
    """A stored source: its text cut at every quote, and the relations it asserts."""
    return services.source(s, source_id)


@router.get("/datasets")
def datasets(pg: Page = Depends(page), s: Store = Depends(store)) -> dict[str, Any]:
    """Every dataset pluripolar can load, with its coverage and how many of its files are loaded (paged)."""
    return services.datasets(s, pg)


@router.get("/datasets/{name}")
def dataset(name: str, s: Store = Depends(store)) -> dict[str, Any]:
    """A dataset: citation, licence, timing and coverage, and each loaded file's checksum and load date."""
    return services.dataset(s, name)


@router.get("/sources/{source_id}/rows/{number}")
def dataset_row(source_id: str, number: int = PathParam(ge=1), s: Store = Depends(store)) -> dict[str, Any]:
    """Row NUMBER (1-based, header excluded) of a loaded dataset file as published, and the relations
    citing it."""
    return services.dataset_row(s, source_id, number)


@router.post("/extract")
def extract(body: DocumentIn, request: Request, s: Store = Depends(store)) -> dict[str, Any]:
    """What extraction finds in a document, nothing stored (needs the token when one is set)."""
    doc = api.document(body.text, body.url, body.title, body.date, body.doc, body.lang)
    with app_state(request).work_lock:
        return services.preview(s, doc)


@router.post("/ingest")
def ingest(body: ReviewedDocumentIn, request: Request, s: Store = Depends(store)) -> dict[str, Any]:
    """Extract and store a document, as reviewed when a review is given (needs the token when one is
    set; rate-limited per client)."""
    doc = api.document(body.text, body.url, body.title, body.date, body.doc, body.lang)
    with app_state(request).work_lock:
        return services.save(s, doc, body.review, body.analyst)
