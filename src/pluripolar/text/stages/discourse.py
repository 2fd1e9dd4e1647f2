"""Discourse: what a sentence passes on to the next ones.

Its candidates are collected, with the acts of the sentence before that it repeats ("X did
likewise", `ellipsis`) and the earlier relations it puts in a new state ("The embassy was closed in
1992", `anaphora`); an invitation to join gets the date a later sentence says it takes
effect (`effective`), an undated relation the date a later sentence gives by naming it again
(`anaphora`); and the coreference memory learns the sentence's actors, acts and related pair.
"""
from __future__ import annotations

from ...actors.kb import STATE_KINDS
from .. import anaphora, effective, ellipsis
from ..coref import Memory
from ..mentions import Mention
from ..relations import Candidate
from ..stage import Document, Sentence, Stage



def run(d: Document, s: Sentence | None) -> None:
    """The sentence's candidates, dated across sentences, and the memory updated."""
    assert s is not None and s.context is not None and d.piece is not None
    found = [c for cands in s.arguments for c in cands] + s.claims + s.events
    found += ellipsis.repeated(s.span, s.actors, s.dates, d.previous)  # "Costa Rica did likewise in 2007"
    found += anaphora.restated(s.triggers, s.moods, s.arguments, s.context, d.candidates)  # "The embassy was closed"
    for c in found:
        c.offset = s.offset
    effective.apply(d.pending, s.span, s.actors, s.dates, found)
    anaphora.apply(d.previous, anaphora.dates(s.triggers, s.arguments, s.context))
    d.pending, d.previous = effective.invited(found), found
    s.candidates = found
    d.candidates.extend(found)
    d.memory.remember(s.mentions, d.piece)
    d.memory.note_subjects(s.actors, d.piece)
    d.memory.note_acts(found)
    _update_pair(d, found, s.mentions)


def _update_pair(d: Document, found: list[Candidate], own: list[Mention]) -> None:
    """The last pair of states related (or coordinated) is what "the two countries" refers to;
    a symmetric relation (the parties to it) beats a directed one."""
    memory: Memory = d.memory
    kind = d.tools.gazetteer.kind
    symmetric = d.tools.ontology.is_symmetric
    ends = d.tools.ontology.ends
    for c in found:  # (ties broken or denied are no story of the two acting together)
        if c.object and symmetric(c.predicate) and kind(c.subject) in STATE_KINDS \
                and kind(c.object) in STATE_KINDS and not c.negated and c.attrs.get("status") not in ends:
            memory.relate(c.subject, c.object)
    for c in sorted(reversed(found), key=lambda c: c.predicate == "claim" or not symmetric(c.predicate)):
        if c.object and kind(c.subject) in STATE_KINDS and kind(c.object) in STATE_KINDS:
            memory.set_pair(c.subject, c.object)
            return
    states = [m for m in own if m.kind in STATE_KINDS]
    by_root = {m.root: m for m in states}
    for m in states:
        for conj in d.piece[m.root].conjuncts:
            other = by_root.get(conj.i)
            if other and other.actor != m.actor:
                memory.set_pair(m.actor, other.actor)
                return


STAGE = Stage("discourse", "sentence",
              frozenset({"span", "mentions", "actors", "dates", "triggers", "moods", "context", "arguments",
                         "attributes", "claims", "events", "memory", "piece", "tools"}),
              frozenset({"candidates", "memory", "pending", "previous"}), run,
              "collect the sentence's candidates, date or restate earlier ones it refers to, and remember its actors")
