"""What one running app holds: one store connection, a cursor per request, the write guard."""
from __future__ import annotations

import copy
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..store import Store
from .security import TokenBucket


@dataclass
class AppState:
    """The app's store and security settings.

    DuckDB connections are not safe to share across threads, so the app keeps ONE connection and hands
    each request its own `cursor()`; extraction and ingest take a lock so they run one at a time while reads
    go on.
    """

    db_path: str | os.PathLike | None
    token: str | None = None
    public: bool = False
    read_only: bool = False
    max_body: int = 40_000_000
    limiter: TokenBucket = field(default_factory=TokenBucket)
    work_lock: threading.Lock = field(default_factory=threading.Lock)
    store: Store | None = None

    def open(self) -> None:
        """Open the store: created and migrated if needed, or read-only (beside other readers)."""
        if self.store is None:
            self.store = Store(self.db_path, read_only=self.read_only)

    def close(self) -> None:
        """Close the store connection."""
        if self.store is not None:
            self.store.close()
            self.store = None

    @contextmanager
    def cursor(self) -> Iterator[Store]:
        """A Store bound to a fresh cursor of the app's connection, closed afterwards."""
        view = copy.copy(self.store)
        view.con = self.store.con.cursor()
        try:
            yield view
        finally:
            view.con.close()
