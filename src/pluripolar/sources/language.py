"""Which language a document is in, told by py3langid (a maintained fork of langid.py, 137 languages).

Extraction reads each document with the pipeline of its language (English, Spanish); this tells which,
and lets a run say so when a document is in a language extraction has no data for.
"""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

SAMPLE_CHARS = 20_000  # the language is judged on this much text from the start
MIN_LETTERS = 20  # fewer letters than this: too little text to tell
MIN_CONFIDENCE = 0.5  # a less probable best guess is no answer


@dataclass(frozen=True)
class Language:
    """A detected language: ISO 639 code (as py3langid gives it) and English name."""

    code: str
    name: str


@cache
def _names() -> dict[str, str]:
    with resources.files(__package__).joinpath("data/languages.csv").open(encoding="utf-8") as f:
        return {r["code"]: r["name"] for r in csv.DictReader(f)}


@cache
def _identifier():
    """py3langid's identifier with probabilities normalised, so that a confidence can be judged."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Language | None:
    """The language of a text, or None when there is too little text or no language is probable."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return None
    return Language(code, _names().get(code, code))


def tally(docs: Iterable, counts: Counter) -> Iterator:
    """Pass documents through, counting their `language` codes ("unknown" when undetected)."""
    for d in docs:
        counts[d.language or "unknown"] += 1
        yield d
