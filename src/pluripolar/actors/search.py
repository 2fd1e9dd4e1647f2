"""Finding actors by what a person types: ids, whole names and aliases, tolerant of misspellings.

A query matches an actor when it is the actor's id, one of its names or aliases (ignoring case and
accents), whole words of one ("Korea" in "North Korea", never "Hamas" in "Bahamas"), or close to a
whole name or alias: at most as many edits (insertions, deletions, substitutions, transpositions)
as Elasticsearch's AUTO fuzziness allows for the query's length (none up to 2 characters, one up to 5,
two beyond), so "Venezuala" finds Venezuela. Names of office-holders lead to their state and rank
below the state's own names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .kb import ActorKB, fold_accents, kb, normalize

# How good a match is, best first: its kind, then (for fuzzy matches) its edit distance.
KINDS = ("id", "name", "words", "fuzzy")
PEOPLE = ("leader", "officeholder")
MAX_RESULTS = 50


@dataclass(frozen=True)
class Match:
    """An actor a query finds: its id, the name or alias that matched, how (one of KINDS), the edit
    distance of a fuzzy match (0 otherwise), and whether the alias names a person."""

    actor_id: str
    matched: str
    kind: str
    distance: int = 0
    person: bool = False

    def rank(self) -> tuple[int, bool, int]:
        """Sort key: the kind of match, names before people, fewer edits first."""
        return (KINDS.index(self.kind), self.person, self.distance)


def max_edits(query: str) -> int:
    """The edits a query of this length may differ by (Elasticsearch's AUTO fuzziness: 0–2 characters
    none, 3–5 one, more two)."""
    n = len(query)
    return 0 if n <= 2 else 1 if n <= 5 else 2


def _key(text: str) -> str:
    return fold_accents(normalize(text)).strip()


WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Index:
    """Every folded name and alias key; per key the (actor id, alias text, is a person) it names; and
    per word the keys holding it."""

    keys: list[str]
    names: list[list[tuple[str, str, bool]]]
    words: dict[str, set[int]]


@cache
def _index(base: ActorKB) -> _Index:
    by_key: dict[str, list[tuple[str, str, bool]]] = {}
    for alias in base.aliases():
        by_key.setdefault(_key(alias.text), []).append((alias.actor_id, alias.text, alias.type in PEOPLE))
    keys = sorted(k for k in by_key if k)
    words: dict[str, set[int]] = {}
    for i, key in enumerate(keys):
        for w in WORD.findall(key):
            words.setdefault(w, set()).add(i)
    return _Index(keys, [by_key[k] for k in keys], words)


def search(query: str, *, kind: str | None = None, limit: int = MAX_RESULTS) -> list[Match]:
    """The actors `query` finds (of `kind` when given: state, igo …), best first, one match per actor."""
    base = kb()
    q = _key(query)
    if not q:
        return []
    index = _index(base)
    found: list[Match] = []
    actor = base.get(query.strip())
    if actor:
        found.append(Match(actor.id, actor.id, "id"))
    tokens = WORD.findall(q)
    holding = set.intersection(*(index.words.get(w, set()) for w in tokens)) if tokens else set()
    phrase = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
    for i in sorted(holding):
        key = index.keys[i]
        how = "name" if key == q else "words" if phrase.search(key) else None
        if how:
            found += [Match(a, text, how, 0, person) for a, text, person in index.names[i]]
    edits = max_edits(q)
    if edits:
        for _, distance, i in process.extract(q, index.keys, scorer=OSA.distance, score_cutoff=edits, limit=None):
            if distance:
                found += [Match(a, text, "fuzzy", int(distance), person) for a, text, person in index.names[i]]
    best: dict[str, Match] = {}
    for m in sorted(found, key=Match.rank):
        a = base.get(m.actor_id)
        if a is not None and (kind is None or a.kind == kind):
            best.setdefault(m.actor_id, m)
    return list(best.values())[:limit]
