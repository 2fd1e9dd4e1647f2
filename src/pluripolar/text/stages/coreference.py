"""Coreference: the actors a sentence refers to without naming them ("the two countries", "it")."""
from __future__ import annotations

from .. import coref
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The actors referred to, resolved against what the document has said so far (`d.memory`)."""
    assert s is not None
    s.coreference = coref.resolve(s.span, s.mentions, d.memory, d.tools.gazetteer.kind)
    s.actors = sorted(s.mentions + s.coreference, key=lambda m: (m.start, m.actor))


STAGE = Stage("coreference", "sentence", frozenset({"span", "mentions", "memory", "tools"}),
              frozenset({"coreference", "actors"}), run,
              "resolve references (pronouns, group and definite nouns) to actors named before")
