"""What `watch` remembers of feeds: which entries were read into documents, which failed and how often."""
from __future__ import annotations

from collections.abc import Iterable

from .db import Store


def feed_items(store: Store, feed: str) -> dict[str, tuple[str | None, int]]:
    """Entries of a feed met before: item key → (source id once read, attempts)."""
    rows = store.con.execute("SELECT item, source_id, attempts FROM feed_items WHERE feed = ?", [feed]).fetchall()
    return {item: (source_id, attempts) for item, source_id, attempts in rows}


def record_item(store: Store, feed: str, item: str, link: str | None, *, source_id: str | None = None,
                error: str | None = None) -> None:
    """Remember an entry: read into `source_id`, or failed with `error` (one more attempt counted)."""
    with store.transaction() as con:
        con.execute("""
            INSERT INTO feed_items (feed, item, link, source_id, error, attempts) VALUES (?, ?, ?, ?, ?, 1)
            ON CONFLICT (feed, item) DO UPDATE SET source_id = excluded.source_id, error = excluded.error,
                link = excluded.link, attempts = feed_items.attempts + 1, last_tried = now()""",
                    [feed, item, link, source_id, error])


def relation_subjects(store: Store, source_ids: Iterable[str]) -> dict[str, str]:
    """The relations stored from these sources: relation id → subject."""
    ids = list(source_ids)
    if not ids:
        return {}
    return dict(store.con.execute("SELECT id, subject FROM relations WHERE list_contains(?, source_id)",
                                  [ids]).fetchall())
