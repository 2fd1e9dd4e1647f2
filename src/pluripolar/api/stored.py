"""What the store and the gazetteer hold: relations, sources, actors, predicates."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..store import Store, queries


def update_index(store: Store) -> int:
    """Bring the store's derived actor index up to date after writes (under the store's write lock), so
    that readers, which may open the store read-only, find it current; return how many sources it added."""
    from ..analysis.dossier import index_store

    return index_store(store)


MAX_ROWS = 2**63 - 1  # the most rows a store query can count, limit or skip (DuckDB's BIGINT)


def relation_filter(**filters: Any) -> queries.RelationFilter:
    """The filter of a relations query, checked: `since` and `until` are YYYY-MM-DD dates and select by
    the relation's date (store.queries.DATE_RULE); `actor` and `other` are ids or names; `predicate`
    one of the ontology's; `plover` a PLOVER type; `kind` a source kind (document, dataset); `dataset`
    a registered dataset; `sort` a key of store.queries.SORT_KEYS; `limit` and `offset` up to MAX_ROWS.
    A bad value is an InvalidInput."""
    from ..actors.kb import kb
    from ..analysis.events import plover_type
    from ..errors import InvalidInput
    from ..sources.documents import check_date

    for key in ("since", "until"):
        filters[key] = check_date(filters.get(key), key)
    for key in ("actor", "other"):
        if filters.get(key):
            filters[key] = kb().normalize_id(filters[key]) or filters[key]
    if filters.get("predicate"):
        from ..ontology import load

        load().get(filters["predicate"])
    filters["plover"] = plover_type(filters.get("plover") or None)
    if filters.get("kind") not in (None, *queries.SOURCE_KINDS):
        raise InvalidInput(f"unknown source kind {filters['kind']!r}; expected one of: "
                           f"{', '.join(queries.SOURCE_KINDS)}")
    if filters.get("dataset"):
        from ..datasets import get

        filters["dataset"] = get(filters["dataset"]).name
    for key, least in (("limit", 1), ("offset", 0)):
        if filters.get(key) is not None and not least <= filters[key] <= MAX_ROWS:
            raise InvalidInput(f"{key} {filters[key]} is not a number of rows from {least} to {MAX_ROWS:,}")
    if filters.get("sort", "date") not in queries.SORT_KEYS:
        raise InvalidInput(f"unknown sort key {filters['sort']!r}; expected one of: {', '.join(queries.SORT_KEYS)}")
    return queries.RelationFilter(**{k: v for k, v in filters.items() if v is not None})


def relations(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """Stored relations matching the filters of `relation_filter` (also `source`, `negated`, `desc`,
    `limit`, `offset`), each with all its evidence and its sources' titles, dates and outlets."""
    return queries.relations(store, relation_filter(**filters))


def count_relations(store: Store, **filters: Any) -> int:
    """How many stored relations match the filters of `relations` (sort and paging aside)."""
    return queries.count_matching(store, relation_filter(**filters))


def source_details(store: Store, source_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date, kind and dataset of each stored source among `source_ids`, by id."""
    return queries.source_details(store, list(source_ids))


def sources(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stored sources, newest first: all, or `limit` of them after skipping `offset`."""
    return queries.sources(store, limit, offset)


DATE_RULE = queries.DATE_RULE
SORT_KEYS = queries.SORT_KEYS  # what relations can be sorted by
SOURCE_KINDS = queries.SOURCE_KINDS


def source(store: Store, source_id: str) -> dict[str, Any] | None:
    """A stored source with its text (None when the store does not hold it)."""
    return queries.source_text(store, source_id)


def relation_counts(store: Store, year: int | None = None, predicate: str | None = None) -> dict[str, int]:
    """How many stored relations each actor is a party to (subject or object), by id: those holding in
    `year` (any day of it: from the relation's date, else its document's, to its end) and of `predicate`,
    when given."""
    if predicate:
        from ..ontology import load

        load().get(predicate)
    return queries.relation_counts(store, year, predicate)


def predicate_counts(store: Store, year: int | None = None) -> dict[str, int]:
    """How many stored relations each predicate has (holding in `year` when given)."""
    return queries.predicate_counts(store, year)


def relation_years(store: Store) -> tuple[int | None, int | None]:
    """The first and last year a stored relation holds in."""
    return queries.year_span(store)


def totals(store: Store) -> dict[str, int]:
    """How many sources, documents, relations and quotes the store holds."""
    return queries.totals(store)


def resolve_actor(name: str, date: str | None = None) -> dict[str, Any]:
    """The actor a name resolves to at a date, and why."""
    from ..actors.kb import kb

    res = kb().resolve(name, date)
    a = res.actor
    return {"id": a.id, "name": a.name, "kind": a.kind, "matched": res.matched,
            "alias_type": res.alias_type, "reason": res.reason, "un_region": a.un_region,
            "cow_code": a.cow_code}


def actor(text: str) -> dict[str, Any]:
    """One actor of the gazetteer, by id or name: id, name, kind, UN region (a clear error if unknown)."""
    from ..analysis.actors import actor_id, describe

    return describe(actor_id(text))


def describe_actor(actor_id: str) -> dict[str, Any]:
    """An actor id's id, name, kind and UN region (an unknown id described by itself)."""
    from ..analysis.actors import describe

    return describe(actor_id)


def actors(kind: str | None = None) -> list[Any]:
    """The gazetteer's actors, of one `kind` when given."""
    from ..actors.kb import kb

    return list(kb().actors(kind))


def actor_id(text: str) -> str | None:
    """The actor id a name or id stands for, else None."""
    from ..actors.kb import kb

    return kb().normalize_id(text)


def iso_numeric(actor_id: str) -> int | None:
    """The ISO 3166 numeric code of a state, which is the id of its shape in world-atlas; else None."""
    from ..actors.kb import kb

    return kb().iso_numeric(actor_id)


def predicates() -> list[dict[str, str]]:
    """The ontology's predicates in order, with their labels."""
    from ..ontology import load

    return [{"name": p.name, "label": p.label} for p in load().predicates.values()]


def serving_at(db: str | None = None) -> str | None:
    """The URL of the `pluripolar serve` holding the store `db` (its note beside the store), else None."""
    from ..store.paths import serving_at as note

    return note(store_path(db))


def plover_types() -> list[str]:
    """The PLOVER event types, in the ontology's order."""
    from ..ontology import load

    return list(load().plover)


def store_path(db: str | None = None) -> Path:
    """The store file in use: `db`, else $PLURIPOLAR_DB, else the user data directory's."""
    from ..store import resolve_db_path

    return resolve_db_path(db)


def search_actors(query: str, *, kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """The actors `query` finds (`actors.search`: ids, whole names and aliases, misspellings tolerated),
    best first: {id, name, kind, un_region, match: {name, how, edits}}."""
    from ..actors.kb import kb
    from ..actors.search import MAX_RESULTS, search

    out = []
    for m in search(query, kind=kind, limit=limit or MAX_RESULTS):
        a = kb().get(m.actor_id)
        out.append({"id": a.id, "name": a.name, "kind": a.kind, "un_region": a.un_region,
                    "match": {"name": m.matched, "how": m.kind, "edits": m.distance}})
    return out


def corrections(store: Store, source_id: str) -> list[dict[str, Any]]:
    """An analyst's corrections of what the extractor proposed for a stored document: each rejected or
    edited relation as extracted, what changed, who decided and when."""
    return queries.corrections(store, source_id)
