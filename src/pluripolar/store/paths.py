"""Where the store lives: `--db`, else `PLURIPOLAR_DB`, else the user's data directory."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_db_path() -> Path:
    """The store used when no `--db` is given."""
    env = os.environ.get("PLURIPOLAR_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("pluripolar")) / "pluripolar.duckdb"


def resolve_db_path(path: str | os.PathLike | None) -> Path:
    """The store path for an explicit `--db` value, falling back to the default."""
    return Path(path).expanduser() if path else default_db_path()
