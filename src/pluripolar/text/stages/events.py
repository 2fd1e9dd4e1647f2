"""Events: PLOVER events the sentence reports (threats, demands, protests ...), from CAMEO verbs."""
from __future__ import annotations

from .. import events
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's event candidates; a relation's trigger word that linked no pair is free to be an
    event word ("threatened further action against X" relates no one threatened to the face), as is
    one only wished or intended, whose relation at most stands presupposed ("is willing to withdraw its
    troops from X" is an intent to retreat)."""
    assert s is not None and s.context is not None
    linked = {t.token.i for t, found, m in zip(s.triggers, s.arguments, s.moods) if found and not m.hypothetical}
    idle = frozenset(t.token.i for t in s.triggers) - linked
    statuses = {(t.predicate, t.token.i): t.status for t in s.triggers}
    s.events = events.find(d.tools.events, s.context, idle, statuses)


STAGE = Stage("events", "sentence", frozenset({"context", "tools", "triggers", "arguments", "moods"}), frozenset({"events"}), run,
              "find PLOVER events through the CAMEO verb dictionary")
