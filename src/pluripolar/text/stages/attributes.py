"""Attributes: what each trigger says of its relation (sectors, agreement name, instrument, counts)."""
from __future__ import annotations

from ..relations import apply_attributes
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """Each trigger's attributes, given to its candidates."""
    assert s is not None and s.context is not None
    s.attributes = [apply_attributes(t, cands, s.context) for t, cands in zip(s.triggers, s.arguments)]


STAGE = Stage("attributes", "sentence", frozenset({"triggers", "arguments", "context"}),
              frozenset({"attributes"}), run, "read each relation's attributes around its trigger")
