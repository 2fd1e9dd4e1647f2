"""Pairs: each sentence's links (an ordered pair of its actors with one of its triggers) and their
features, for the pair model (`text/pair_model.py`); read only when the document asks for them
(`Document.pairs` not None)."""
from __future__ import annotations

from .. import pair_model
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's links, described after the rules have read it (their findings are features)."""
    assert s is not None
    if d.pairs is not None:
        d.pairs.extend(pair_model.links(s.span, s.offset, s.actors, s.triggers, s.moods, s.arguments, s.candidates,
                                         s.dates))


STAGE = Stage("pairs", "sentence", frozenset({"span", "actors", "triggers", "moods", "arguments", "dates", "candidates"}),
              frozenset({"pairs"}), run, "join each pair of actors a sentence names with its triggers, for the pair model")
