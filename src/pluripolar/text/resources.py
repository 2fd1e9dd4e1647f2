"""Language data of the extractor (trigger lexicons, role maps, cue words), read once from `data/`.

Each language has its own folder, `data/<lang>/` (`data/en/`, `data/es/`): the words and patterns the
rules read, and `model.toml` (its spaCy model and how the model's labels map onto the rules'). A
language may name a `fallback` language in its `model.toml`: a file it lacks is then read from the
fallback's folder, and a TOML file it has is laid over the fallback's (the tables it names replace
theirs, key by key; lists are replaced whole), so a language lists only what differs. A file in no
language folder is read from `data/` itself. The language is the one `using(lang)` set for the current
extraction (English by default), so the same rule code reads another language's words.
"""
from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

DEFAULT_LANGUAGE = "en"
_LANGUAGE: ContextVar[str] = ContextVar("pluripolar_text_language", default=DEFAULT_LANGUAGE)
T = TypeVar("T")


def language() -> str:
    """The language whose data the rules read now (ISO 639-1 code)."""
    return _LANGUAGE.get()


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a data folder, in code order."""
    root = resources.files(__package__).joinpath("data")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and len(p.name) == 2))


def route(language: str | None) -> str:
    """The language whose data and model read a document of `language`: its own when it has a data
    folder, else English (the pipeline finds what it can)."""
    return language if language in languages() else DEFAULT_LANGUAGE


@contextmanager
def using(lang: str) -> Iterator[None]:
    """Read the data of `lang` inside the block (raises ValueError for a language without a folder)."""
    if lang not in languages():
        raise ValueError(f"no language data for {lang!r}; known: {', '.join(languages())}")
    token = _LANGUAGE.set(lang)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def per_language(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache `fn` per language and arguments: for derived tables built from a language's data."""
    cached = cache(lambda lang, *args: fn(*args))

    @wraps(fn)
    def wrapper(*args: Any) -> T:
        return cached(_LANGUAGE.get(), *args)
    return wrapper


def _file(lang: str, name: str):
    return resources.files(__package__).joinpath("data", lang, name)


def own_file(name: str) -> Path | None:
    """The current language's own data file `name` (no fallback language's), or None: for what is
    trained on one language's text and must not read another's."""
    f = _file(_LANGUAGE.get(), name)
    return Path(str(f)) if f.is_file() else None


@cache
def _fallback(lang: str) -> str | None:
    model = _file(lang, "model.toml")
    return tomllib.loads(model.read_text(encoding="utf-8")).get("fallback") if model.is_file() else None


@cache
def _read(lang: str, name: str) -> str:
    own = _file(lang, name)
    if own.is_file():
        return own.read_text(encoding="utf-8")
    fallback = _fallback(lang)
    if fallback:
        return _read(fallback, name)
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def _overlay(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """`own` laid over `base`: tables merged key by key, everything else replaced."""
    out = dict(base)
    for key, value in own.items():
        out[key] = _overlay(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) \
            else value
    return out


@cache
def _toml(lang: str, name: str) -> dict[str, Any]:
    fallback = _fallback(lang)
    own = tomllib.loads(_read(lang, name))
    if fallback and name != "model.toml" and _file(lang, name).is_file():
        return _overlay(_toml(fallback, name), own)
    return own


def toml(name: str) -> dict[str, Any]:
    """The parsed TOML data file `<name>` of the current language (cached: every stage shares one copy)."""
    return _toml(_LANGUAGE.get(), name)


@cache
def _rows(lang: str, name: str) -> tuple[dict[str, str], ...]:
    return tuple(csv.DictReader(io.StringIO(_read(lang, name))))


def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the CSV data file `<name>` of the current language as dicts keyed by its header."""
    return _rows(_LANGUAGE.get(), name)


def own_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the CSV data file `<name>` in the current language's own folder; none when it has no
    such file (no fallback: for lists a language adds to the shared ones, as its names of cities)."""
    lang = _LANGUAGE.get()
    return _rows(lang, name) if _file(lang, name).is_file() else ()


def _at(lang: str, file: str, path: tuple[str, ...]) -> Any:
    node: Any = _toml(lang, file)
    for key in path:
        node = node[key]
    return node


@cache
def _word_set(lang: str, file: str, path: tuple[str, ...]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _at(lang, file, path))


def word_set(file: str, *path: str) -> frozenset[str]:
    """The lower-cased words listed at `path` in a TOML data file, as a set for O(1) lookups."""
    return _word_set(_LANGUAGE.get(), file, path)


@cache
def _inverse(lang: str, file: str, path: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for label, words in _at(lang, file, path).items():
        for w in words:
            out.setdefault(str(w).lower(), label)
    return out


def inverse(file: str, *path: str) -> dict[str, str]:
    """Invert a table {label: [words]} at `path` into {word: label} (first label wins)."""
    return _inverse(_LANGUAGE.get(), file, path)


def words(name: str) -> frozenset[str]:
    """The current language's function words named `name` in `words.toml` ("of", "until", "list_glue"):
    the words a rule reads by function rather than spelling."""
    return _word_set(_LANGUAGE.get(), "words.toml", (name,))


def preposition(word: str) -> str:
    """The role name of a preposition ("con" → "with" in Spanish): the English preposition the rules
    name its role by (`words.toml` [prepositions]); an English one is its own name."""
    return _inverse(_LANGUAGE.get(), "words.toml", ("prepositions",)).get(word, word)
