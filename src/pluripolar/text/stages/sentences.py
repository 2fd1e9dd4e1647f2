"""Sentences: the sentences of a parsed piece (split by the parser and `pipeline.line_breaks`)."""
from __future__ import annotations

from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The piece's sentences, in order (each becomes a `Sentence` record, its `span`)."""
    d.sentences = list(d.piece.sents) if d.piece is not None else []


STAGE = Stage("sentences", "piece", frozenset({"piece"}), frozenset({"sentences", "span"}), run,
              "split the parsed text into sentences (headlines, datelines and lines are sentences)")
