"""Where the store lives: `--db`, else `PLURIPOLAR_DB`, else the user's data directory."""
from __future__ import annotations

import json
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


def serve_note_path(db_path: Path) -> Path:
    """The note `pluripolar serve` leaves beside the store it holds: its URL and process id."""
    return db_path.with_name(db_path.name + ".serve.json")


def serving_at(db_path: Path, pid: int | None = None) -> str | None:
    """The URL of the `pluripolar serve` holding the store (the one with process id `pid`, when given),
    from its note; None when there is no such note."""
    try:
        note = json.loads(serve_note_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or not isinstance(note.get("url"), str):
        return None
    return note["url"] if pid is None or note.get("pid") == pid else None
