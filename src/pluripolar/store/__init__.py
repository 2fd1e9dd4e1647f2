"""The embedded store: schema and migrations, the single write path, and the queries over it."""
from .db import Store
from .paths import default_db_path, resolve_db_path

__all__ = ["Store", "default_db_path", "resolve_db_path"]
