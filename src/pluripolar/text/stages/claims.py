"""Claims: quantities the text states of actors (members of a bloc, trade between two states)."""
from __future__ import annotations

from .. import claims
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's claims (quantities not already a relation's attribute)."""
    assert s is not None and s.context is not None
    relations = [c for cands in s.arguments for c in cands]
    s.claims = claims.find(s.context, relations) + claims.trade_values(s.context)


STAGE = Stage("claims", "sentence", frozenset({"context", "arguments", "attributes"}), frozenset({"claims"}), run,
              "read the quantities stated of actors")
