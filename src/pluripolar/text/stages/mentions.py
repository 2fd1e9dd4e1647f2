"""Mentions: the actors a sentence names (states, organisations, demonyms, officials, capitals)."""
from __future__ import annotations

from bisect import bisect_left

from ..mentions import find_mentions
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's own mentions, from the piece's (found once per piece: spans across sentences
    such as an official's title are read whole)."""
    assert s is not None and d.piece is not None
    if d.piece_mentions is None:
        d.piece_mentions = find_mentions(d.piece, d.tools.gazetteer, d.date)
    starts = [m.start for m in d.piece_mentions]
    s.mentions = d.piece_mentions[bisect_left(starts, s.span.start):bisect_left(starts, s.span.end)]


STAGE = Stage("mentions", "sentence", frozenset({"piece", "span", "tools", "date"}), frozenset({"mentions"}), run,
              "find the actors each sentence names, through the gazetteer")
