"""Options and output shared by the commands."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from .. import api
from ..errors import StaleStore
from ..api import to_json
from ..export import cell, write_csv
from ..store import LOCK_WAIT, Store

db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                         help="Store file (default: $PLURIPOLAR_DB or the user data directory).")


def format_option(*choices: str, default: str | None = None):
    """A --format option offering `choices`."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default or choices[0],
                        show_default=True, help="Output format.")


def date_option(name: str, help: str):
    return click.option(name, default=None, metavar="YYYY-MM-DD", help=help)


def emit(records: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Write records to stdout as JSON lines, CSV, or a table for people."""
    out = sys.stdout
    if fmt == "jsonl":
        for r in records:
            out.write(to_json(r) + "\n")
        return
    if fmt == "json":
        out.write(to_json(list(records), indent=2) + "\n")
        return
    rows = list(records)
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        write_csv(out, rows, cols)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, expand=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[cell(r.get(c)) for c in cols])
    Console(file=sys.stdout, width=200 if not sys.stdout.isatty() else None).print(table)


@contextmanager
def reading(db: str | None) -> Iterator[Store]:
    """The store opened read-only, so read commands run beside each other and beside `serve` (which
    holds the store writable only while it writes one document: while a server runs, a read waits for
    that, up to $PLURIPOLAR_LOCK_WAIT seconds, default 30), and a store on a read-only disk can be read.

    When a writer stopped before updating the derived actor index, or the store needs migrations, it is
    first opened writable once to bring it up to date.
    """
    wait = LOCK_WAIT if api.serving_at(db) else 0.0  # a running server writes one document at a time
    try:
        store = Store(db, must_exist=True, read_only=True, wait=wait)
        stale = store.index_behind() > 0
    except StaleStore:
        store, stale = None, True
    if stale:
        if store is not None:
            store.close()
        with Store(db, must_exist=True) as writer:
            api.update_index(writer)
        store = Store(db, must_exist=True, read_only=True, wait=wait)
    try:
        yield store
    finally:
        store.close()
