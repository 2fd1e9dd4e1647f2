"""What one running app holds: one store connection, a cursor per request, the write guard."""
from __future__ import annotations

import copy
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from ..store import LOCK_WAIT, Store
from .security import TokenBucket


class ReadWriteLock:
    """Many readers or one writer; a waiting writer goes before readers that come after it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    def acquire_read(self) -> None:
        """Wait until no writer holds or awaits the lock, then hold a share."""
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._waiting)
            self._readers += 1

    def release_read(self) -> None:
        """Give a share back."""
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the lock alone: wait for the readers holding shares to give them back."""
        with self._cond:
            self._waiting += 1
            try:
                self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            finally:
                self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


@dataclass
class AppState:
    """The app's store and security settings.

    DuckDB connections are not safe to share across threads, so the app keeps ONE connection and hands
    each request its own `cursor()`; extraction and ingest take a lock so they run one at a time while reads
    go on. With `share`, a writable app (not `read_only`) keeps its connection read-only too and opens
    the file writable only while it stores a document (`writing`): DuckDB lets many processes read a
    file or one write it, so read commands run beside the server, waiting only while it writes
    (`pluripolar serve` shares; an app embedded in a process that opens the store itself does not).
    """

    db_path: str | os.PathLike | None
    token: str | None = None
    public: bool = False
    read_only: bool = False
    max_body: int = 40_000_000
    limiter: TokenBucket = field(default_factory=TokenBucket)
    work_lock: threading.Lock = field(default_factory=threading.Lock)
    store: Store | None = None
    share: bool = False
    access: ReadWriteLock = field(default_factory=ReadWriteLock)

    def open(self) -> None:
        """Open the store: created, migrated and its actor index brought up to date if needed, then
        read-only (a read-only app opens it read-only at once, beside other readers)."""
        if self.store is not None:
            return
        if self.read_only or not self.share or str(self.db_path) == ":memory:":
            self.store = Store(self.db_path, read_only=self.read_only)
            return
        from .. import api

        with Store(self.db_path) as writable:
            api.update_index(writable)
        self.store = self._reader()

    def _reader(self) -> Store:
        return Store(self.db_path, read_only=True, wait=LOCK_WAIT)

    def close(self) -> None:
        """Close the store connection."""
        if self.store is not None:
            self.store.close()
            self.store = None

    @contextmanager
    def cursor(self) -> Iterator[Store]:
        """A Store bound to a fresh cursor of the app's connection, closed afterwards; written through
        `writing` (`Store.writing`)."""
        self.access.acquire_read()
        view = copy.copy(self.store)
        view.con = self.store.con.cursor()
        if self.store.read_only and not self.read_only:
            view.writer = partial(self.writing, view)
        try:
            yield view
        finally:
            view.con.close()
            self.access.release_read()

    @contextmanager
    def writing(self, view: Store) -> Iterator[Store]:
        """The store writable for one write by the request holding `view`: its share is given back, the
        other requests' reads end, the file is opened writable (waiting while a read command holds it),
        then read-only again, and `view` reads the new connection."""
        view.con.close()
        self.access.release_read()
        try:
            with self.access.writing():
                self.store.close()
                try:
                    with Store(self.db_path, wait=LOCK_WAIT) as writable:
                        yield writable
                finally:
                    self.store = self._reader()
        finally:
            self.access.acquire_read()
            view.con = self.store.con.cursor()
