"""The embedded store: schema and migrations, the single write path, and the queries over it."""
from .db import LOCK_WAIT, Store
from .paths import default_db_path, resolve_db_path

__all__ = ["LOCK_WAIT", "Store", "default_db_path", "resolve_db_path"]
