"""Triggers: the words and phrases of a sentence that evoke a predicate (`data/<lang>/triggers.toml`),
and the judging verbs of the CAMEO verb dictionary (`text/cameo_triggers.py`)."""
from __future__ import annotations

from .. import cameo_triggers
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's triggers, with the status their governing words give."""
    assert s is not None
    s.triggers = d.tools.lexicon.find(s.span)
    s.triggers += cameo_triggers.find(d.tools.events, s.span, s.triggers)


STAGE = Stage("triggers", "sentence", frozenset({"span", "tools"}), frozenset({"triggers"}), run,
              "find the words that evoke a predicate")
