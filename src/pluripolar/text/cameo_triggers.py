"""Relation triggers from the CAMEO verb dictionary: the judging verbs of chosen CAMEO blocks whose
code, in the sense their phrase patterns give, maps to criticism or support (`data/<lang>/cues.toml`
[cameo_relations]: "castigated", "lashed out at", "chided" are CAMEO 111; "lauded", "extolled" 051).

Needs a parsed sentence and the lexicon's own triggers (a word already a trigger keeps its reading);
sets extra `Trigger`s, read by `relations.build` like any other.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import resources
from .events import EventLexicon
from .triggers import Trigger


def find(lexicon: EventLexicon, sent: Span, known: list[Trigger]) -> list[Trigger]:
    """The verbs of `sent` the CAMEO dictionary gives a judging predicate that no trigger covers."""
    cfg = resources.toml("cues.toml")["cameo_relations"]
    codes = frozenset(cfg["codes"])
    skip = frozenset(cfg["not_verbs"])
    taken = {i: None for t in known for i in range(t.start, t.end)}
    out = []
    for e in lexicon.find(sent, taken):
        verb = e.token
        if not e.own or verb.pos_ != "VERB" or e.code not in codes or verb.lemma_.lower() in skip:
            continue
        blocks = {b for b, _ in lexicon.entries(verb)}
        if blocks & frozenset(cfg.get(e.predicate, ())):
            out.append(Trigger(verb, verb.i, verb.i + 1, e.predicate))
    return out
