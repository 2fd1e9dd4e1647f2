"""The one service layer: each page and its JSON route call the same function and show the same dict.

Functions here only gather and shape what `pluripolar.api` and `pluripolar.analysis` return; they hold
no analysis logic and no SQL.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .. import api
from ..api import Document
from ..errors import InvalidInput, PluripolarError
from ..store import Store

LATEST_SOURCES = 10
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


@dataclass(frozen=True)
class Page:
    """Which slice of a list a request asks for: `limit` items after skipping `offset`."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def of(self, rows: Sequence[Any]) -> list[Any]:
        """This page's slice of `rows`."""
        return list(rows[self.offset:self.offset + self.limit])

    def info(self, shown: int, more: bool) -> dict[str, Any]:
        """What a paged response says about its page: limit, offset, and where the next one starts."""
        return {"limit": self.limit, "offset": self.offset,
                "next_offset": self.offset + shown if more else None}


def paged(rows: Sequence[Any], page: Page) -> dict[str, Any]:
    """`rows` cut to `page`: the slice as `rows`, its `count`, the `total` and the paging fields."""
    part = page.of(rows)
    return {"count": len(part), "total": len(rows), **page.info(len(part), page.offset + len(part) < len(rows)),
            "rows": part}


class NotFound(PluripolarError):
    """A stored record (source, actor) that the store does not hold."""


def iso_numeric(actor_id: str) -> int | None:
    """The ISO 3166 numeric code of a state, which is the id of its shape in world-atlas; else None."""
    return api.iso_numeric(actor_id)


def actor_record(described: dict[str, Any]) -> dict[str, Any]:
    """An actor as the API shows it: id, name, kind, UN region and ISO numeric code (for map shapes)."""
    return {**described, "iso_numeric": iso_numeric(described["id"])}


def actor_names(ids: Iterable[str | None]) -> dict[str, str]:
    """The gazetteer's name of each actor id among `ids` (an unknown id keeps its id)."""
    return {i: api.describe_actor(i)["name"] for i in set(ids) if i}


def actor(text: str) -> dict[str, Any]:
    """One actor of the gazetteer, by id or name."""
    return actor_record(api.actor(text))


def actors(store: Store, q: str | None = None, kind: str | None = None, page: Page = Page()) -> dict[str, Any]:
    """Gazetteer actors with how many stored relations each has, one page of them: all (of `kind`), or
    those `q` finds (`api.search_actors`: ids, whole names and aliases, misspellings tolerated), best
    first, each with the name that matched and how (`match`)."""
    counts = api.relation_counts(store)
    if q and q.strip():
        rows = [{**actor_record({k: a[k] for k in ("id", "name", "kind", "un_region")}), "match": a["match"]}
                for a in api.search_actors(q, kind=kind)]
    else:
        rows = [actor_record({"id": a.id, "name": a.name, "kind": a.kind, "un_region": a.un_region})
                for a in api.actors(kind)]
    for r in rows:
        r["relations"] = counts.get(r["id"], 0)
    return {"q": q or None, "kind": kind, **paged(rows, page)}


def suggestions(text: str, limit: int = 5) -> list[dict[str, Any]]:
    """Actors a mistyped or unknown name may mean (`api.search_actors`), for a page that found nothing."""
    return [{"id": a["id"], "name": a["name"], "matched": a["match"]["name"]}
            for a in api.search_actors(text, limit=limit)]


def overview(store: Store, year: int | None = None, predicate: str | None = None) -> dict[str, Any]:
    """The home page: totals, relations per actor for the world map (those holding in `year` and of
    `predicate` when given), relations per type in that year (the type picker's counts), the years the
    store covers (the year slider's range) and the latest sources."""
    counts = api.relation_counts(store, year, predicate)
    by_actor = [{**actor_record(api.describe_actor(i)), "relations": n}
                for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    per_type = api.predicate_counts(store, year)
    by_predicate = [{**p, "relations": per_type[p["name"]]} for p in api.predicates() if per_type.get(p["name"])]
    return {"totals": api.totals(store), "actors": by_actor,
            "filters": {"year": year, "predicate": predicate or None, "total": sum(per_type.values())},
            "by_predicate": by_predicate, "years": years(store),
            "sources": api.sources(store, limit=LATEST_SOURCES)}


def years(store: Store) -> dict[str, int | None]:
    """The first and last year a stored relation holds in: the range of the year sliders."""
    first, last = api.relation_years(store)
    return {"first": first, "last": last}


def relations(store: Store, page: Page = Page(), **filters: Any) -> dict[str, Any]:
    """One page of the stored relations matching the filters of `api.relations`, in its sort order, with
    how many match in all (`total`)."""
    rows = api.relations(store, **filters, limit=page.limit, offset=page.offset)
    total = api.count_relations(store, **filters)
    return {"filters": {k: v for k, v in filters.items() if v is not None}, "count": len(rows), "total": total,
            **page.info(len(rows), page.offset + len(rows) < total), "rows": rows}


def relations_csv(data: dict[str, Any]) -> str:
    """The rows of a `relations` page as CSV (export.RELATION_COLUMNS): what the page shows, as a file."""
    from ..export import RELATION_COLUMNS, csv_text

    return csv_text(data["rows"], RELATION_COLUMNS)


def with_source_details(store: Store, evidence_lists: Sequence[list[dict[str, Any]]]) -> None:
    """Give each evidence item of `evidence_lists` its source's title, outlet, date (`source_date`) and
    kind, so that pages name a source by what a reader knows it by, not by its id."""
    details = api.source_details(store, {e["source_id"] for ev in evidence_lists for e in ev if e.get("source_id")})
    for ev in evidence_lists:
        for e in ev:
            d = details.get(e.get("source_id"))
            if d:
                e.update(title=d["title"], outlet=d["outlet"], source_date=d["date"], kind=d["kind"],
                         language=d["language"])


# The map's category for an alliance holding no defence obligation: coloured apart from alliances.
PACT = {"name": "pact", "label": "Pact without defence (offence, neutrality, non-aggression, consultation)"}


def dossier(store: Store, actor_id: str, as_of: str | None = None) -> dict[str, Any]:
    """An actor's dossier (`analysis.dossier`), plus its partners flattened for the map and network
    (`map`) and the map's categories beyond the ontology's predicates (`map_categories`)."""
    data = api.dossier(store, actor_id, as_of or None)
    with_source_details(store, [item["evidence"] for regions in data["partners"].values()
                                for items in regions.values() for item in items])
    data["actor"] = actor_record(data["actor"])
    data["map"] = partner_shapes(data["partners"])
    data["map_categories"] = [PACT]
    return data


COMPARE_MAX = 3
TOP_COMPARED = 10


def compare(store: Store, actor_ids: Sequence[str], as_of: str | None = None) -> dict[str, Any]:
    """Two or three actors side by side at `as_of`: their dossier counts, partners per relation type,
    top partners, the partners they share, and their position in the distribution of capabilities
    (`polarity_position`). One actor alone gives its column, to be compared with others."""
    ids = list(dict.fromkeys(a.strip() for a in actor_ids if a and a.strip()))
    if not ids or len(ids) > COMPARE_MAX:
        raise InvalidInput(f"compare 1 to {COMPARE_MAX} actors (ids or names, comma-separated); got {len(ids)}")
    dossiers = [api.dossier(store, a, as_of or None) for a in ids]
    actors = [actor_record(d["actor"]) for d in dossiers]
    if len({a["id"] for a in actors}) < len(actors):
        raise InvalidInput("the same actor is named twice")
    maps = {a["id"]: partner_shapes(d["partners"]) for a, d in zip(actors, dossiers)}
    types = []
    for p in api.predicates():
        partners = {aid: sum(1 for x in m if p["name"] in x["predicates"]) for aid, m in maps.items()}
        if any(partners.values()):
            types.append({**p, "partners": partners})
    shared = set.intersection(*({x["id"] for x in m} for m in maps.values())) if len(maps) > 1 else set()
    return {"as_of": dossiers[0]["as_of"], "actors": actors, "types": types,
            "counts": {a["id"]: {k: c["value"] for k, c in d["counts"].items()} for a, d in zip(actors, dossiers)},
            "top_partners": {aid: m[:TOP_COMPARED] for aid, m in maps.items()},
            "shared_partners": sorted(({"id": i, "name": actor_names([i])[i],
                                        "relations": {aid: next(x["relations"] for x in m if x["id"] == i)
                                                      for aid, m in maps.items()}} for i in shared),
                                      key=lambda x: -sum(x["relations"].values())),
            "polarity_position": polarity_position(store, [a["id"] for a in actors])}


def polarity_position(store: Store, actor_ids: Sequence[str]) -> dict[str, Any] | None:
    """Where each actor stands among the world's strongest states by capabilities (CINC, COW National
    Material Capabilities) in the last year loaded: its rank and share among the top ten; None when
    capabilities are not loaded."""
    try:
        rows = api.polarity(store, "con", f"top:{TOP_COMPARED}")
    except PluripolarError:
        return None
    if not rows:
        return None
    last = rows[-1]
    poles, shares = last["details"]["poles"], last["details"]["shares"]
    return {"year": last["year"], "among": len(poles), "con": last["value"],
            "actors": {aid: ({"rank": poles.index(aid) + 1, "share": shares[poles.index(aid)]}
                             if aid in poles else None) for aid in actor_ids}}


def partner_shapes(partners: dict[str, dict[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """One entry per partner: its relation types (most frequent first; an alliance without a defence
    obligation is a `pact`) and number of relations."""
    seen: dict[str, dict[str, Any]] = {}
    for name, regions in partners.items():
        for items in regions.values():
            for item in items:
                predicate = PACT["name"] if item.get("pact") else name
                p = seen.setdefault(item["id"], {"id": item["id"], "name": item["name"],
                                                 "iso_numeric": iso_numeric(item["id"]),
                                                 "by_predicate": {}, "relations": 0})
                p["by_predicate"][predicate] = p["by_predicate"].get(predicate, 0) + 1
                p["relations"] += 1
    out = []
    for p in seen.values():
        ranked = sorted(p.pop("by_predicate").items(), key=lambda kv: (-kv[1], kv[0]))
        out.append({**p, "predicates": [k for k, _ in ranked], "predicate": ranked[0][0]})
    return sorted(out, key=lambda p: (-p["relations"], p["id"]))


def dyad(store: Store, a: str, b: str, page: Page = Page()) -> dict[str, Any]:
    """The timeline of relations between two actors, with evidence and contradictions (`analysis.dyad`);
    one page of its events and of its contradictions; and their whole monthly event series
    (`api.events`) for the cooperation–conflict line."""
    data = api.dyad(store, a, b)
    shown = page.of(data["contradictions"])
    with_source_details(store, [e["evidence"] for e in data["events"]] + [[c["a"], c["b"]] for c in shown])
    series = api.events(store, actor=data["a"]["id"], other=data["b"]["id"], by="month")
    return {**data, "events": page.of(data["events"]), "contradictions": shown,
            **_pages(page, data, ("events", "contradictions")), "series": series}


def events(store: Store, actor: str | None = None, other: str | None = None, type: str | None = None,
           by: str = "month", page: Page = Page()) -> dict[str, Any]:
    """The event series per dyad and period (`api.events`), paged."""
    rows = api.events(store, actor=actor, other=other, type=type, by=by)
    return {"actor": actor, "other": other, "type": type, "by": by, **paged(rows, page)}


def _pages(page: Page, data: dict[str, Any], lists: Sequence[str]) -> dict[str, Any]:
    """The paging fields for several lists cut to the same page: totals per list, and a next offset
    while any list has more."""
    totals = {name: len(data[name]) for name in lists}
    more = any(page.offset + page.limit < n for n in totals.values())
    return {**page.info(page.limit, more), "totals": totals}


def claims(store: Store, actor_id: str | None = None, page: Page = Page()) -> dict[str, Any]:
    """Quantitative claims checked against loaded datasets, and contradictions (`analysis.claims`);
    one page of each."""
    data = api.claims(store, actor_id or None)
    shown = page.of(data["claims"])
    contradictions = page.of(data["contradictions"])
    with_source_details(store, [c.get("evidence") or [] for c in shown] + [[c["a"], c["b"]] for c in contradictions])
    return {"actor": actor_id or None, "claims": shown,
            "contradictions": contradictions, **_pages(page, data, ("claims", "contradictions"))}


def polarity(store: Store, index: str = "con", majors: str = "cow", first: int | None = None,
             last: int | None = None, page: Page = Page(MAX_LIMIT)) -> dict[str, Any]:
    """One polarity index over the years, as `analysis.polarity.series` computes it; one page of years;
    with what each index is (`about`: name, definition, citation, whether it uses the major powers)."""
    rows = api.polarity(store, index, majors, first, last)
    return {**polarity_choices(index, majors, first, last), **paged(rows, page)}


def polarity_choices(index: str, majors: str, first: int | None, last: int | None) -> dict[str, Any]:
    """A polarity request's settings, the indices to choose from and what each is (`about`)."""
    return {"index": index, "indices": list(api.polarity_indices()), "about": api.polarity_about(),
            "majors": majors, "first": first, "last": last}


def datasets(store: Store, page: Page = Page()) -> dict[str, Any]:
    """Every registered dataset with its coverage and how many of its files are loaded; one page of them."""
    return paged(api.datasets_overview(store), page)


def dataset(store: Store, name: str) -> dict[str, Any]:
    """One dataset's page: citation, licence, coverage, and each loaded file's checksum and load date."""
    return api.dataset_info(store, name)


def dataset_row(store: Store, source_id: str, number: int) -> dict[str, Any]:
    """One cited row of a loaded dataset file as published, with the relations citing it."""
    return api.dataset_row(store, source_id, number)


def sources(store: Store, page: Page = Page()) -> dict[str, Any]:
    """One page of the stored sources, newest first."""
    rows = api.sources(store, limit=page.limit + 1, offset=page.offset)
    shown = rows[:page.limit]
    return {"count": len(shown), **page.info(len(shown), len(rows) > page.limit), "rows": shown}


def source(store: Store, source_id: str) -> dict[str, Any]:
    """A stored source with its text cut into segments at every quote, the relations it asserts, and
    the analyst's corrections of the extractor's output (`corrections`: rejected and edited relations)."""
    doc = api.source(store, source_id)
    if doc is None:
        raise NotFound(f"no source {source_id!r} in the store; see /sources for stored ones")
    rels = api.relations(store, source=doc["id"])
    spans = [(e["char_start"], e["char_end"]) for r in rels for e in r["evidence"]
             if e.get("source_id") == doc["id"] and e.get("char_start") is not None]
    return {**doc, "relations": rels, "segments": segments(doc["text"] or "", spans),
            "corrections": api.corrections(store, doc["id"])}


def span_key(start: int, end: int) -> str:
    """The fragment id of a quote: `char-START-END`."""
    return f"char-{start}-{end}"


def segments(text: str, spans: Iterable[tuple[int, int]]) -> list[dict[str, Any]]:
    """`text` cut at every span boundary: each piece says which spans cover it and which start there."""
    spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)})
    cuts = sorted({0, len(text)} | {s for s, _ in spans} | {e for _, e in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.append({"text": text[a:b],
                    "spans": [span_key(s, e) for s, e in spans if s <= a and b <= e],
                    "anchors": [span_key(s, e) for s, e in spans if s == a]})
    return out


def preview(store: Store, doc: Document) -> dict[str, Any]:
    """What extraction finds in a document, nothing stored: relations and the text with quotes marked.
    Each relation has its `index` and `key` (what a review names it by) and `flags` asking for a look
    (`api.propose`: a future, inferred or hedged date)."""
    records = api.propose(doc)
    spans = [(e["char_start"], e["char_end"]) for r in records for e in r["evidence"]
             if e.get("char_start") is not None]
    source_id = api.source_id(doc)
    return {"document": _document_record(doc), "source_id": source_id,
            "stored": store.has_source(source_id), "count": len(records), "relations": records,
            "segments": segments(doc.text, spans)}


def refresh_derived(store: Store) -> None:
    """Bring the analysis' derived tables up to date now (at start-up), so that reads find them current."""
    api.update_index(store)


def save(store: Store, doc: Document, review: Sequence[dict[str, Any]] | None = None,
         analyst: str | None = None) -> dict[str, Any]:
    """Extract and store a document; with a `review` (`api.ingest_reviewed`), as the analyst decided,
    each rejection and edit recorded as a correction. Stored content is left as it is."""
    if review is None:
        summary = api.ingest([doc], store).as_dict()
    else:
        summary = api.ingest_reviewed(doc, store, review, analyst=analyst).as_dict()
    source_id = api.source_id(doc)
    return {"document": _document_record(doc), "source_id": source_id, "summary": summary,
            "url": f"/source/{source_id}"}


def _document_record(doc: Document) -> dict[str, Any]:
    return {"doc": doc.doc, "title": doc.title, "url": doc.url, "date": doc.date, "text": doc.text,
            "characters": len(doc.text)}
