"""One run of `pluripolar watch`: the new entries of each feed read through the safe fetch, stored like
any ingested document, remembered in the store, and reported with the contradictions they bring.

A feed that is down, not a feed, or malformed is reported and the run goes on with the next one. An
entry whose page cannot be read is retried on the next runs, MAX_ATTEMPTS times in all.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import InvalidInput
from .sources.documents import Document, document, with_language
from .sources.feeds import Entry, Feed
from .sources.formats import content_from_text
from .store import Store
from .store.feeds import feed_items, record_item, relation_subjects
from .store.rows import content_hash

MAX_ATTEMPTS = 3
MAX_ITEMS = 50  # new entries read per feed and run; the rest wait for the next run


@dataclass
class NewDocument:
    """A document stored from a feed entry in this run."""

    doc: str
    title: str | None
    url: str | None
    date: str | None
    relations: int


@dataclass
class FeedRun:
    """What one run found in one feed."""

    feed: str
    error: str | None = None  # the feed could not be read at all
    note: str | None = None  # read, with a caveat (broken XML)
    entries: int = 0
    new: list[NewDocument] = field(default_factory=list)
    already_stored: int = 0  # new entries whose text was stored before (by another feed or an ingest)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (link or title, why)
    contradictions: list[dict[str, Any]] = field(default_factory=list)


def _document(entry: Entry, feed: str, fetch_page: Callable[[str], Document]) -> Document:
    """The entry's document: its linked page, else the text the feed carries for it."""
    if entry.link:
        doc = fetch_page(entry.link)
    elif entry.content:
        name = f"{feed}#{entry.key}"
        slug = "feed-" + hashlib.sha256(name.encode()).hexdigest()[:16]
        doc = document(slug, content_from_text(entry.content, name))
    else:
        raise InvalidInput(f"{feed}: entry {entry.key[:80]!r} has neither a link nor content")
    return with_language(replace(doc, date=doc.date or entry.date, title=doc.title or entry.title))


def _to_read(feed: Feed, store: Store, max_items: int) -> list[Entry]:
    known = feed_items(store, feed.url)
    fresh = [e for e in feed.entries
             if e.key not in known or (known[e.key][0] is None and known[e.key][1] < MAX_ATTEMPTS)]
    return list(dict((e.key, e) for e in fresh).values())[:max_items]


def _contradictions(store: Store, source_ids: list[str]) -> list[dict[str, Any]]:
    """Contradictions that involve a relation of the given sources."""
    from .analysis.contradictions import contradictions

    new = relation_subjects(store, source_ids)
    found: dict[str, dict[str, Any]] = {}
    for actor in sorted(set(new.values())):
        for c in contradictions(store, actor):
            if c["a"]["relation_id"] in new or c["b"]["relation_id"] in new:
                found[c["id"]] = c
    return list(found.values())


def watch_feed(feed: Feed, store: Store, *, fetch_page: Callable[[str], Document], workers: int = 1,
               max_items: int = MAX_ITEMS) -> FeedRun:
    """Read, store and remember the feed's new entries; report them."""
    from . import api

    run = FeedRun(feed=feed.url, note=feed.note, entries=len(feed.entries))
    read: list[tuple[Entry, Document]] = []
    for entry in _to_read(feed, store, max_items):
        try:
            read.append((entry, _document(entry, feed.url, fetch_page)))
        except InvalidInput as e:
            record_item(store, feed.url, entry.key, entry.link, error=str(e))
            run.failed.append((entry.link or entry.title or entry.key, str(e)))
    outcome: dict[int, int | None] = {}
    api.ingest([d for _, d in read], store, workers=workers, on_document=lambda d, n: outcome.__setitem__(id(d), n))
    stored = []
    for entry, d in read:
        record_item(store, feed.url, entry.key, entry.link, source_id=content_hash(d.text))
        n = outcome.get(id(d))
        if n is None:
            run.already_stored += 1
        else:
            run.new.append(NewDocument(d.doc, d.title, d.url, d.date, n))
            stored.append(content_hash(d.text))
    run.contradictions = _contradictions(store, stored)
    return run


def watch_once(feeds: Iterable[str], store: Store, *, allow_private: bool = False, limit: int | None = None,
               workers: int = 1, max_items: int = MAX_ITEMS) -> list[FeedRun]:
    """One pass over the feeds: each fetched with the safe fetch's limits, its new entries stored."""
    from functools import partial

    from .sources.feeds import fetch_feed
    from .sources.fetch import fetch_url

    fetch_page = partial(fetch_url, allow_private=allow_private, limit=limit)
    runs = []
    for url in feeds:
        try:
            feed = fetch_feed(url, allow_private=allow_private, limit=limit)
        except InvalidInput as e:
            runs.append(FeedRun(feed=url, error=str(e)))
            continue
        runs.append(watch_feed(feed, store, fetch_page=fetch_page, workers=workers, max_items=max_items))
    return runs
