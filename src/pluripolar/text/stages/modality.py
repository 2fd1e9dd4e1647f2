"""Modality: whether each trigger's event is asserted, only possible or wished, and whether denied."""
from __future__ import annotations

from ..modality import mood
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """Each trigger's mood (hypothetical triggers assert no relation; negated ones its opposite)."""
    assert s is not None
    s.moods = [mood(t) for t in s.triggers]


STAGE = Stage("modality", "sentence", frozenset({"triggers"}), frozenset({"moods"}), run,
              "judge each trigger asserted, hypothetical or negated")
