"""Pair model: relations the trained pair classifier finds among the links the rules did not make."""
from __future__ import annotations

from .. import pair_model
from ..stage import Document, Sentence, Stage


def run(d: Document, s: Sentence | None) -> None:
    """The links' relations above the model's threshold, each fact the rules did not already give
    added to the document's candidates (nothing when the extractor runs without a pair model)."""
    model = d.tools.pair_model
    if model is None or not d.pairs:
        return
    known = {pair_model.relation_key(c.predicate, c.subject, c.object, c.status, c.negated) for c in d.candidates}
    probs = model.probabilities([p.features for p in d.pairs])
    for choice in pair_model.choose(d.pairs, probs, model.threshold, known):
        d.candidates.append(pair_model.candidate(choice, model.extractor))


STAGE = Stage("pair_model", "document", frozenset({"pairs", "candidates", "tools"}), frozenset({"candidates"}),
              run, "add the relations the trained pair classifier finds that the rules did not")
