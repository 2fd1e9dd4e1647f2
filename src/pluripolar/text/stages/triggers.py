"""Triggers: the words and phrases of a sentence that evoke a predicate (`data/<lang>/triggers.toml`)."""
from __future__ import annotations

from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's triggers, with the status their governing words give."""
    assert s is not None
    s.triggers = d.tools.lexicon.find(s.span)


STAGE = Stage("triggers", "sentence", frozenset({"span", "tools"}), frozenset({"triggers"}), run,
              "find the words that evoke a predicate")
