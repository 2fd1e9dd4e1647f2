"""The Python API: what the command line and the web app call, and what scripts can use directly."""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import ExtractionFailed
from .model import Relation, Source
from .sources import Document
from .store import Store
from .store import queries
from .store.rows import content_hash

if TYPE_CHECKING:
    from .datasets.loader import LoadResult


def _extractor():
    from .text import Extractor

    return Extractor()


def relation_record(rel: Relation) -> dict[str, Any]:
    """A relation in the record of ANNOTATION.md, with codes, confidence, offsets and all evidence."""
    first = rel.evidence[0] if rel.evidence else None
    return {
        "doc": rel.doc, "subject": rel.subject, "predicate": rel.predicate, "object": rel.object,
        "date": rel.date, "attrs": rel.attrs, "negated": rel.negated,
        "quote": first.quote if first else None,
        "plover": rel.plover, "plover_mode": rel.plover_mode, "cameo": rel.cameo,
        "confidence": round(rel.confidence, 3),
        "char_start": first.char_start if first else None,
        "char_end": first.char_end if first else None,
        "sentence": first.sentence if first else None,
        "evidence": [{"quote": e.quote, "char_start": e.char_start, "char_end": e.char_end}
                     for e in rel.evidence],
    }


Failure = Callable[[Document, ExtractionFailed], None]


def _raise(doc: Document, error: ExtractionFailed) -> None:
    raise error


def extract(docs: Iterable[Document], *, batch_size: int = 32, workers: int = 1, time_limit: float | None = None,
            on_failure: Failure = _raise) -> Iterator[tuple[Document, list[Relation]]]:
    """Relations asserted by each document, in input order; nothing is stored.

    Documents stream through in batches, so memory stays bounded. With `workers` > 1 they are
    extracted by that many processes (`text.workers`), with the same output as one. A document the
    extractor cannot finish (a failing stage, or more than `time_limit` seconds per 100,000
    characters) is not yielded: it goes to `on_failure`, which by default raises its `ExtractionFailed`.
    """
    from .text.extractor import TIME_LIMIT

    read: deque[Document] = deque()

    def items() -> Iterator[tuple[str, str, str | None]]:
        for d in docs:
            read.append(d)
            yield d.doc, d.text, d.date

    limit = time_limit or TIME_LIMIT
    if workers > 1:
        from .text.workers import extract_parallel

        results = extract_parallel(items(), workers, time_limit=limit)
    else:
        results = _extractor().extract_many(items(), batch_size=batch_size, time_limit=limit)
    for result in results:
        d = read.popleft()
        if isinstance(result, ExtractionFailed):
            on_failure(d, result)
        else:
            yield d, result


def explain(doc: Document) -> dict[str, Any]:
    """How extraction read one document, stage by stage (see `text.explain`); nothing is stored."""
    from .text.explain import explain as explain_text

    return explain_text(_extractor(), doc.text, doc_id=doc.doc, date=doc.date)


@dataclass
class IngestSummary:
    """What an ingest did."""

    documents: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0  # extraction failed: not stored, so a rerun tries them again
    relations: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "stored": self.stored, "skipped": self.skipped,
                "failed": self.failed, "relations": self.relations, "seconds": round(self.seconds, 2)}


def document_source(d: Document) -> Source:
    """The Source record for a document: identified by the hash of its text."""
    return Source(id=content_hash(d.text), kind="document", name=d.doc, url=d.url, title=d.title,
                  date=d.date, text=d.text, path=d.path, author=d.author, outlet=d.outlet)


def ingest(docs: Iterable[Document], store: Store, *, batch_size: int = 32, workers: int = 1,
           time_limit: float | None = None, on_document: Callable[[Document, int | None], None] | None = None,
           on_failure: Failure = _raise) -> IngestSummary:
    """Extract and store each document, one transaction per document; stored content is skipped.

    Documents are streamed in batches, so memory stays bounded and a rerun resumes where it stopped;
    `workers` processes extract (see `extract`), and documents are stored in input order. A document
    whose extraction fails is counted in `failed` and given to `on_failure` (by default its
    `ExtractionFailed` is raised), never stored: a rerun tries it again.
    """
    from .text import EXTRACTOR_NAME, EXTRACTOR_VERSION

    summary = IngestSummary()
    start = time.perf_counter()

    def failed(d: Document, error: ExtractionFailed) -> None:
        summary.failed += 1
        on_failure(d, error)

    def fresh() -> Iterator[Document]:
        for d in docs:
            summary.documents += 1
            if store.has_source(content_hash(d.text)):
                summary.skipped += 1
                if on_document:
                    on_document(d, None)
                continue
            yield d

    for d, rels in extract(fresh(), batch_size=batch_size, workers=workers, time_limit=time_limit,
                           on_failure=failed):
        n = store.add_document(document_source(d), rels, extractor=EXTRACTOR_NAME,
                               extractor_version=EXTRACTOR_VERSION)
        if n is None:
            summary.skipped += 1
        else:
            summary.stored += 1
            summary.relations += n
        if on_document:
            on_document(d, n)
    if summary.stored:
        update_index(store)
    summary.seconds = time.perf_counter() - start
    return summary


def update_index(store: Store) -> int:
    """Bring the store's derived actor index up to date after writes (under the store's write lock), so
    that readers, which may open the store read-only, find it current; return how many sources it added."""
    from .analysis.dossier import index_store

    return index_store(store)


def load_dataset(name: str, path: str, store: Store, *, replace: bool = False, date: str | None = None
                 ) -> LoadResult:
    """Load dataset `name` from the file at `path` in one transaction (`datasets.load`; `replace` puts
    it in place of a loaded file of the same version; `date` dates a snapshot list), then update the
    actor index."""
    from . import datasets

    result = datasets.load(name, path, store, replace=replace, date=date)
    if not result.already_loaded:
        update_index(store)
    return result


def remove_dataset(name: str, store: Store, *, version: str | None = None) -> list[dict[str, Any]]:
    """Remove every loaded file of dataset `name` (of one `version` when given) with all its rows, in
    one transaction, then rebuild the actor index; returns the removed files (id, version, path …)."""
    from .datasets import get
    from .errors import InvalidInput
    from .store.removal import dataset_sources, delete_sources

    ds = get(name)
    with store.write_lock, store.transaction() as con:
        removed = dataset_sources(con, ds.name, version)
        if not removed:
            which = f"{ds.name} {version}" if version else ds.name
            raise InvalidInput(f"{which} is not loaded; `pluripolar sources` lists what is")
        delete_sources(con, [r["id"] for r in removed])
    update_index(store)
    return removed


def relation_filter(**filters: Any) -> queries.RelationFilter:
    """The filter of a relations query, checked: `since` and `until` are YYYY-MM-DD dates and select by
    the relation's date (store.queries.DATE_RULE); `actor` and `other` are ids or names; `predicate`
    one of the ontology's; `plover` a PLOVER type; `kind` a source kind (document, dataset); `dataset`
    a registered dataset; `sort` a key of store.queries.SORT_KEYS. A bad value is an InvalidInput."""
    from .actors.kb import kb
    from .analysis.events import plover_type
    from .errors import InvalidInput
    from .sources.documents import check_date

    for key in ("since", "until"):
        filters[key] = check_date(filters.get(key), key)
    for key in ("actor", "other"):
        if filters.get(key):
            filters[key] = kb().normalize_id(filters[key]) or filters[key]
    if filters.get("predicate"):
        from .ontology import load

        load().get(filters["predicate"])
    filters["plover"] = plover_type(filters.get("plover") or None)
    if filters.get("kind") not in (None, *queries.SOURCE_KINDS):
        raise InvalidInput(f"unknown source kind {filters['kind']!r}; expected one of: "
                           f"{', '.join(queries.SOURCE_KINDS)}")
    if filters.get("dataset"):
        from .datasets import get

        filters["dataset"] = get(filters["dataset"]).name
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


def events(store: Store, *, actor: str | None = None, other: str | None = None, type: str | None = None,
           by: str = "month") -> list[dict[str, Any]]:
    """The event series of the store: per period (`by` day, month or year), directed dyad, source
    ('text' or an event dataset such as GDELT) and PLOVER type (`type` to keep one), the number of
    events, their quad class and their mean and summed intensity (Goldstein weights)."""
    from .actors.kb import kb
    from .analysis import events as series
    from .datasets import registry
    from .store import events_queries

    actor, other = ((kb().normalize_id(x) or x) if x else None for x in (actor, other))
    plover = series.plover_type(type)
    series.width(by)
    datasets = [n for n in registry.names() if registry.get(n).events]
    rows_sql, params = events_queries.event_rows_sql(actor, other, plover, datasets)
    return series.records(events_queries.series(store, series.series_sql(f"({rows_sql})", by), params))


def sources(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stored sources, newest first: all, or `limit` of them after skipping `offset`."""
    return queries.sources(store, limit, offset)


def dataset_info(store: Store, name: str) -> dict[str, Any]:
    """A dataset: what it is (description, official and download URLs, licence, citation), its timing
    and published coverage, what silence after its last observation means, and every loaded file with
    its coverage, checksum and load time."""
    from .datasets import get
    from .store import dataset_queries

    ds = get(name)
    return {"name": ds.name, "description": ds.description, "url": ds.url, "download_url": ds.download_url,
            "licence": ds.licence, "citation": ds.citation, "timing": ds.timing.kind,
            "coverage": ds.timing.coverage, "after_coverage": ds.timing.after,
            "loads": dataset_queries.loads(store, ds.name)}


def datasets_overview(store: Store) -> list[dict[str, Any]]:
    """Every registered dataset with its coverage and how many of its files are loaded."""
    from .datasets import available
    from .store import dataset_queries

    loaded = dataset_queries.loaded_counts(store)
    return [{"name": d.name, "description": d.description, "timing": d.timing.kind, "coverage": d.timing.coverage,
             "licence": d.licence, "loaded": loaded.get(d.name, 0)} for d in available()]


def dataset_row(store: Store, source_id: str, number: int) -> dict[str, Any]:
    """Row `number` of a loaded dataset file as published (its fields as read), with the relations
    citing it; a clear error when the store does not hold it."""
    from .errors import UnknownRecord
    from .store import dataset_queries

    found = dataset_queries.row(store, source_id, number)
    if found is None:
        raise UnknownRecord(f"no row {number} of dataset source {source_id!r} in the store "
                            "(rows are kept for files loaded with this version and cited as evidence)")
    return found


def resolve_actor(name: str, date: str | None = None) -> dict[str, Any]:
    """The actor a name resolves to at a date, and why."""
    from .actors.kb import kb

    res = kb().resolve(name, date)
    a = res.actor
    return {"id": a.id, "name": a.name, "kind": a.kind, "matched": res.matched,
            "alias_type": res.alias_type, "reason": res.reason, "un_region": a.un_region,
            "cow_code": a.cow_code}


def watch_once(feeds: Iterable[str], store: Store, **options: Any) -> list:
    """One pass over RSS/Atom feeds: new entries fetched safely, stored, remembered, and reported
    (`watch.watch_once`: allow_private, limit, workers, max_items)."""
    from .watch import watch_once as run

    return run(feeds, store, **options)


def source_details(store: Store, source_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date, kind and dataset of each stored source among `source_ids`, by id."""
    return queries.source_details(store, list(source_ids))


def actor_relation_counts(store: Store, year: int | None = None, predicate: str | None = None) -> dict[str, int]:
    """How many stored relations each actor is a party to, by id: those holding in `year` (any day of
    it: from the relation's date, else its document's, to its end) and of `predicate`, when given."""
    from .store import web_queries

    if predicate:
        from .ontology import load

        load().get(predicate)
    return web_queries.relation_counts(store, year, predicate)


def predicate_counts(store: Store, year: int | None = None) -> dict[str, int]:
    """How many stored relations each predicate has (holding in `year` when given)."""
    from .store import web_queries

    return web_queries.predicate_counts(store, year)


def relation_years(store: Store) -> tuple[int | None, int | None]:
    """The first and last year a stored relation holds in."""
    from .store import web_queries

    return web_queries.year_span(store)


def ingest_reviewed(doc: Document, store: Store, review: Sequence[Any], *, analyst: str | None = None
                    ) -> IngestSummary:
    """Extract one document and store it as the analyst reviewed it (`review.apply`: each proposed
    relation accepted, rejected or edited), in one transaction with a correction per rejection and
    edit beside the extractor's output; stored content is skipped, as by `ingest`."""
    import pyarrow as pa

    from .review import apply, correction_rows
    from .store.rows import relation_tables
    from .text import EXTRACTOR_NAME, EXTRACTOR_VERSION

    summary = IngestSummary(documents=1)
    start = time.perf_counter()
    source = document_source(doc)
    if store.has_source(source.id):
        summary.skipped = 1
        return summary
    _, rels = next(extract([doc]))
    kept, corrections = apply(rels, review, analyst=analyst)
    rel, ev = relation_tables(source.id, kept)
    tables = {"corrections": pa.Table.from_pylist(correction_rows(source.id, corrections))} if corrections else None
    n = store.write_source(source, rel, ev, tables, extractor=EXTRACTOR_NAME, extractor_version=EXTRACTOR_VERSION)
    if n is None:
        summary.skipped = 1
    else:
        summary.stored, summary.relations = 1, n
        update_index(store)
    summary.seconds = time.perf_counter() - start
    return summary


def corrections(store: Store, source_id: str) -> list[dict[str, Any]]:
    """The analyst's corrections of what the extractor proposed for a stored document: each rejected or
    edited relation as extracted, what changed, who decided and when."""
    return queries.corrections(store, source_id)
