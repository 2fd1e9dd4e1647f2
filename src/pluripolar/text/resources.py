"""Language data of the extractor (trigger lexicons, role maps, cue words), read once from `data/`."""
from __future__ import annotations

import csv
import io
import tomllib
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@cache
def toml(name: str) -> dict[str, Any]:
    """The parsed TOML data file `data/<name>` (cached: every stage shares one copy)."""
    return tomllib.loads(_read(name))


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the CSV data file `data/<name>` as dicts keyed by its header."""
    return tuple(csv.DictReader(io.StringIO(_read(name))))


@cache
def word_set(file: str, *path: str) -> frozenset[str]:
    """The lower-cased words listed at `path` in a TOML data file, as a set for O(1) lookups."""
    node: Any = toml(file)
    for key in path:
        node = node[key]
    return frozenset(str(w).lower() for w in node)


@cache
def inverse(file: str, *path: str) -> dict[str, str]:
    """Invert a table {label: [words]} at `path` into {word: label} (first label wins)."""
    node: Any = toml(file)
    for key in path:
        node = node[key]
    out: dict[str, str] = {}
    for label, words in node.items():
        for w in words:
            out.setdefault(str(w).lower(), label)
    return out
