"""Events: PLOVER events the sentence reports (threats, demands, protests ...), from CAMEO verbs."""
from __future__ import annotations

from .. import events
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's event candidates."""
    assert s is not None and s.context is not None
    s.events = events.find(d.tools.events, s.context)


STAGE = Stage("events", "sentence", frozenset({"context", "tools"}), frozenset({"events"}), run,
              "find PLOVER events through the CAMEO verb dictionary")
