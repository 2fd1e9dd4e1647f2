"""Events: PLOVER events the sentence reports (threats, demands, protests ...), from CAMEO verbs."""
from __future__ import annotations

from .. import events
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's event candidates; a relation's trigger word that linked no pair is free to be an
    event word ("threatened further action against X" relates no one threatened to the face)."""
    assert s is not None and s.context is not None
    linked = {t.token.i for t, found in zip(s.triggers, s.arguments) if found}
    idle = frozenset(t.token.i for t in s.triggers) - linked
    statuses = {(t.predicate, t.token.i): t.status for t in s.triggers}
    s.events = events.find(d.tools.events, s.context, idle, statuses)


STAGE = Stage("events", "sentence", frozenset({"context", "tools", "triggers", "arguments"}), frozenset({"events"}), run,
              "find PLOVER events through the CAMEO verb dictionary")
