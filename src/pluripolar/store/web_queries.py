"""Read queries behind the web app's overview: how many relations each actor takes part in."""
from __future__ import annotations

from .db import Store


def relation_counts(store: Store) -> dict[str, int]:
    """Number of stored relations each actor is a party to (subject or object), by actor id."""
    rows = store.con.execute("""
        SELECT actor, count(*) AS n FROM (
            SELECT subject AS actor FROM relations
            UNION ALL
            SELECT object FROM relations WHERE object IS NOT NULL AND object <> subject
        ) GROUP BY actor""").fetchall()
    return {actor: n for actor, n in rows}


def totals(store: Store) -> dict[str, int]:
    """How many sources, documents, relations and quotes the store holds."""
    row = store.con.execute("""
        SELECT (SELECT count(*) FROM sources),
               (SELECT count(*) FROM sources WHERE kind = 'document'),
               (SELECT count(*) FROM relations),
               (SELECT count(*) FROM evidence WHERE quote IS NOT NULL)""").fetchone()
    return dict(zip(("sources", "documents", "relations", "quotes"), row))
