"""Verb-phrase ellipsis: "Panama cut ties with Taipei to open relations with Beijing. Costa Rica did
likewise in 2007." The second sentence repeats the acts of the first with a new doer: the actor every
relation of the sentence before shares is replaced by the subject of "did likewise" ("did the same",
"followed suit"), dated by the new sentence's own date.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.kb import STATE_KINDS
from ..ontology import load as ontology
from . import resources
from .mentions import Mention
from .relations import Candidate


def _repeating_verb(span: Span) -> Token | None:
    """The verb of a phrase of `data/en/cues.toml` [ellipsis] in the sentence ("did likewise"), if any."""
    phrases = [tuple(p.split()) for p in resources.toml("cues.toml")["ellipsis"]["phrases"]]
    lemmas = [t.lemma_.lower() for t in span]
    for n, tok in enumerate(span):
        if tok.pos_ in ("VERB", "AUX") and any(tuple(lemmas[n:n + len(p)]) == p for p in phrases):
            return tok
    return None


def _doer(previous: list[Candidate]) -> str | None:
    """The one actor every relation of the sentence before shares, as the subject of a directed one (the
    one who acted), if any."""
    guide = ontology().guide
    acts = [c for c in previous if c.predicate in guide and c.object is not None and not c.negated]
    if not acts:
        return None
    onto = ontology()
    shared = set.intersection(*({c.subject, c.object} if onto.is_symmetric(c.predicate) else {c.subject}
                                for c in acts))
    return shared.pop() if len(shared) == 1 else None


def repeated(span: Span, actors: list[Mention], dates: list[tuple[Span, str]],
             previous: list[Candidate]) -> list[Candidate]:
    """The previous sentence's relations done again by the subject of "did likewise" in `span`."""
    verb = _repeating_verb(span)
    old = _doer(previous) if verb is not None else None
    if old is None:
        return []
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    doers = list(dict.fromkeys(m.actor for m in actors if m.root in subject and m.via != "city"
                               and (m.kind in STATE_KINDS or m.kind == "igo")))
    values = {v for _, v in dates}
    date = values.pop() if len(values) == 1 else None
    onto = ontology()
    out: list[Candidate] = []
    for new in doers:
        for c in previous:
            if c.predicate not in onto.guide or old not in (c.subject, c.object) or new in (c.subject, c.object):
                continue
            s, o = (new, c.object) if c.subject == old else (c.subject, new)
            s, o = onto.canonical_pair(c.predicate, s, o)
            out.append(replace(c, subject=s, object=o, date=date, confidence=round(c.confidence * 0.8, 3),
                               start_char=span.start_char, end_char=span.end_char, sentence=span,
                               context_date=date, attrs=dict(c.attrs)))
    return out
