"""Documents in: read them, extract their relations, store them (one transaction per document)."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ExtractionFailed
from ..model import Relation, Source
from ..sources import Document
from ..store import Store
from ..text.resources import languages, route
from ..store.rows import content_hash
from .stored import update_index


def _extractor():
    """The extractors, one per language, each loaded on first use."""
    from ..text.extractor import Extractors

    return Extractors()


def text_languages() -> tuple[str, ...]:
    """The languages extraction has data and a model for (ISO 639-1 codes)."""
    return languages()


Failure = Callable[[Document, ExtractionFailed], None]


def _raise(doc: Document, error: ExtractionFailed) -> None:
    raise error


def extract(docs: Iterable[Document], *, batch_size: int = 32, workers: int = 1, time_limit: float | None = None,
            on_failure: Failure = _raise) -> Iterator[tuple[Document, list[Relation]]]:
    """Relations asserted by each document, in input order; nothing is stored (`text.stream.extract`:
    batches, `workers` processes, a document not finished within `time_limit` seconds per 100,000
    characters goes to `on_failure`, which by default raises its `ExtractionFailed`)."""
    from ..text.stream import extract as stream

    return stream(docs, batch_size=batch_size, workers=workers, time_limit=time_limit, on_failure=on_failure)


def explain(doc: Document, stage: str | None = None) -> dict[str, Any]:
    """How extraction read one document, stage by stage (see `text.explain`); with `stage`, only that
    stage and those it needs run; nothing is stored."""
    from ..text.explain import explain as explain_text

    return explain_text(_extractor().get(doc.language), doc.text, doc_id=doc.doc, date=doc.date, stage=stage)


def score_stages(docs: Iterable[Document], gold: str) -> dict[str, dict[str, float]]:
    """Each extraction stage's recall of the gold relations in the JSONL file `gold` on `docs` (see
    `text.stage_score`): where the relations a corpus misses are lost."""
    from ..text.stage_score import read_gold, score

    relations = read_gold(gold)
    return score(_extractor(), ((d.doc, d.text, d.date, d.language) for d in docs), relations)


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
                  date=d.date, text=d.text, path=d.path, author=d.author, outlet=d.outlet,
                  language=route(d.language))


def ingest(docs: Iterable[Document], store: Store, *, batch_size: int = 32, workers: int = 1,
           time_limit: float | None = None, on_document: Callable[[Document, int | None], None] | None = None,
           on_failure: Failure = _raise) -> IngestSummary:
    """Extract and store each document, one transaction per document; stored content is skipped.

    Documents are streamed in batches, so memory stays bounded and a rerun resumes where it stopped;
    `workers` processes extract (see `extract`), and documents are stored in input order. A document
    whose extraction fails is counted in `failed` and given to `on_failure` (by default its
    `ExtractionFailed` is raised), never stored: a rerun tries it again. A store open read-only is
    written through `Store.writing` (the web app's), only while each document is stored.
    """
    from ..text import EXTRACTOR_NAME, EXTRACTOR_VERSION

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
        with store.writing() as writable:  # a read-only store written through its owner's writer
            n = writable.add_document(document_source(d), rels, extractor=EXTRACTOR_NAME,
                                      extractor_version=EXTRACTOR_VERSION)
            if n is not None and writable is not store:
                update_index(writable)  # before its readers see the document
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


def propose(doc: Document) -> list[dict[str, Any]]:
    """What extraction proposes for one document, for an analyst to review before storing: each
    relation's record (`records.relation_record`) with its `index`, its `key` (what a review names
    it by) and `flags` asking for a look (`review.flags`: a future, inferred or hedged date)."""
    from ..records import relation_record
    from ..review import flags, relation_key

    rels = [r for _, found in extract([doc]) for r in found]
    out = []
    for i, rel in enumerate(rels):
        rec = {**relation_record(rel), "index": i, "key": relation_key(rel)}
        out.append({**rec, "flags": flags(rec, doc.date)})
    return out


def ingest_reviewed(doc: Document, store: Store, review: Sequence[dict[str, Any]], *,
                    analyst: str | None = None) -> IngestSummary:
    """Extract one document and store it as the analyst reviewed it: `review` holds one decision per
    relation decided on (`review.decisions`: accept, reject or edit, by its `propose` index and key);
    each rejection and edit is stored in the same transaction as a correction beside the extractor's
    output. Stored content is skipped, as by `ingest`."""
    from ..review import apply, correction_table, decisions
    from ..text import EXTRACTOR_NAME, EXTRACTOR_VERSION

    checked = decisions(review)
    summary = IngestSummary(documents=1)
    start = time.perf_counter()
    source = document_source(doc)
    if store.has_source(source.id):
        summary.skipped = 1
        return summary
    _, rels = next(extract([doc]))
    kept, corrections = apply(rels, checked, analyst=analyst)
    with store.writing() as writable:  # a read-only store written through its owner's writer
        n = writable.add_document(source, kept, extractor=EXTRACTOR_NAME, extractor_version=EXTRACTOR_VERSION,
                                  corrections=correction_table(corrections))
        if n is not None:
            update_index(writable)  # before its readers see the document
    if n is None:
        summary.skipped = 1
    else:
        summary.stored, summary.relations = 1, n
    summary.seconds = time.perf_counter() - start
    return summary


def watch_once(feeds: Iterable[str], store: Store, **options: Any) -> list:
    """One pass over RSS/Atom feeds: new entries fetched safely, stored, remembered, and reported
    (`watch.watch_once`: allow_private, limit, workers, max_items)."""
    from ..watch import watch_once as run

    return run(feeds, store, **options)


def check_date(value: str | None, name: str = "date") -> str | None:
    """`value` as a YYYY-MM-DD date (None stays None); a one-line error naming `name` otherwise."""
    from ..sources.documents import check_date as check

    return check(value, name)


def read_documents(files: Iterable[str], jsonl: str | None = None, date: str | None = None, *,
                   urls: bool = False, allow_private: bool = False, limit: int | None = None,
                   languages: Counter | None = None, **options: Any) -> Iterator[Document]:
    """Every document named on a command line (`sources.read_inputs`: files, `-`, then the JSONL's
    records; `options` are skip_bad, on_skip, on_note and allow_paths). With `urls`, URLs are fetched
    safely (`allow_private` lets them name private addresses); `limit` caps each document's bytes;
    `languages`, when given, counts the documents' detected languages as they pass."""
    from functools import partial

    from ..sources import read_inputs
    from ..sources.language import tally

    fetch = None
    if urls:
        from ..sources.fetch import fetch_url

        fetch = partial(fetch_url, allow_private=allow_private, limit=limit)
    docs = read_inputs(files, jsonl, date, fetch=fetch, limit=limit, **options)
    return tally(docs, languages) if languages is not None else docs


def document(text: str | None = None, url: str | None = None, title: str | None = None,
             date: str | None = None, doc: str | None = None, language: str | None = None) -> Document:
    """A Document from pasted text (plain or HTML) or fetched safely from an http(s) URL; its name is
    `doc`, else the title's slug, else `pasted-` and the start of its content hash. Its language is
    `language` when given (one of `text_languages()`), else the detected one."""
    import re

    from ..errors import InvalidInput
    from ..sources.documents import text_from_bytes

    date = check_date(date, "date")
    if text and text.strip():
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput("the text holds characters that are not valid Unicode (lone surrogates)") from None
        body = text_from_bytes(data, doc or title or "pasted text")
        if not body.strip():
            raise InvalidInput("the pasted text is empty once markup is removed")
    elif url and url.strip():
        from ..sources.fetch import fetch_url

        fetched = fetch_url(url.strip())
        body, url, title = fetched.text, fetched.url, title or fetched.title
    else:
        raise InvalidInput("give the document's text or an http(s) URL")
    slug = re.sub(r"[^\w.-]+", "-", title or "").strip("-").lower()[:80]
    name = doc or slug or f"pasted-{content_hash(body)[:12]}"
    from ..sources.documents import check_language, with_language

    return with_language(Document(doc=name, text=body, date=date, url=url or None, title=title or None),
                         language=check_language(language))


def source_id(doc: Document) -> str:
    """The id a document is stored under: the hash of its text."""
    return content_hash(doc.text)


def max_document_bytes(limit: int | None = None) -> int:
    """The size limit of one document in bytes: `limit`, else $PLURIPOLAR_MAX_BYTES, else 20,000,000."""
    from ..sources.documents import max_bytes

    return max_bytes(limit)


def default_workers() -> int:
    """How many extraction processes to use when none is asked for: every core."""
    from ..text.workers import default_workers as cores

    return cores()


def read_feed_list(path: str) -> tuple[list[str], str | None]:
    """The feeds listed in a TOML file and its `every` interval (None when not given)."""
    from ..sources.feeds import read_feed_list as read

    return read(path)
