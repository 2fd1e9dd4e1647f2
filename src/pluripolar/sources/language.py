"""Which language a document is in, told cheaply from its script and spaCy's stop-word lists.

The extractor reads English only; this lets a run say so when a document is not English. Stop-word
shares separate languages of one script well on a paragraph or more of text and need nothing beyond
spaCy, which pluripolar already requires.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path

SAMPLE_CHARS = 20_000
MIN_LETTERS = 20
MIN_WORDS = 8
MIN_STOP_SHARE = 0.15  # below this, no stop list fits: the language is left unknown
ENGLISH_MARGIN = 0.8  # English wins unless another language scores clearly higher
KANA_SHARE = 0.05  # this much kana among the letters makes CJK text Japanese


@dataclass(frozen=True)
class Language:
    """A detected language: ISO 639-1 code (or "und" for an unknown language) and English name."""

    code: str
    name: str


@cache
def _languages() -> tuple[tuple[str, str, str], ...]:
    with resources.files(__package__).joinpath("data/languages.csv").open(encoding="utf-8") as f:
        return tuple((r["code"], r["name"], r["script"]) for r in csv.DictReader(f))


@cache
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop list for a language, read from its file without importing spaCy (seconds saved)."""
    root = find_spec("spacy").submodule_search_locations[0]
    spec = spec_from_file_location(f"_stop_words_{code}", Path(root, "lang", code, "stop_words.py"))
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def _script(c: str) -> str:
    if c.isascii():
        return "LATIN"
    return unicodedata.name(c, "UNKNOWN").split(" ")[0]


def detect_language(text: str) -> Language | None:
    """The language of a text, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    scripts = Counter(_script(c) for c in sample if c.isalpha())
    letters = sum(scripts.values())
    if letters < MIN_LETTERS:
        return None
    script = scripts.most_common(1)[0][0]
    if script == "CJK" and (scripts["HIRAGANA"] + scripts["KATAKANA"]) / letters > KANA_SHARE:
        script = "HIRAGANA"
    candidates = [(code, name) for code, name, s in _languages() if s == script]
    if not candidates:
        return Language("und", f"{script.title()}-script text")
    if len({code for code, _ in candidates}) == 1:
        return Language(*candidates[0])
    words = re.findall(r"\w+", sample.lower())
    if len(words) < MIN_WORDS:
        return None
    scores = {code: sum(w in _stop_words(code) for w in words) / len(words) for code, _ in candidates}
    best = max(scores, key=scores.get)
    if "en" in scores and scores["en"] >= ENGLISH_MARGIN * scores[best]:
        best = "en"
    if scores[best] < MIN_STOP_SHARE:
        return None
    return Language(best, dict(candidates)[best])


def tally(docs: Iterable, counts: Counter) -> Iterator:
    """Pass documents through, counting their `language` codes ("unknown" when undetected)."""
    for d in docs:
        counts[d.language or "unknown"] += 1
        yield d
