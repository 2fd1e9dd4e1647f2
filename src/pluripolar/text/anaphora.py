"""What a later sentence says of an event by naming it again: the date ("Turkey has signed a military deal
with Qatar ... Davutoglu concluded the deal on Thursday": "the deal" refers back, its date is the deal's),
or a new state ("Russia reopened its embassy in Burkina Faso ... The embassy was closed in 1992")."""
from __future__ import annotations

from dataclasses import replace

from . import resources
from .modality import Mood
from .relations import Candidate, Context, context_date, date_for
from .syntax import anchors
from .triggers import Trigger


def _refers_back(t: Trigger) -> bool:
    """Whether a trigger is a definite noun naming no actor of its own: "the deal", "this agreement"."""
    tok = t.token
    determiners = resources.word_set("cues.toml", "anaphora", "determiners")
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children) \
        and not any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in tok.children)


def dates(triggers: list[Trigger], built: list[list[Candidate]], ctx: Context) -> dict[str, str]:
    """Predicate → date, for the triggers of a sentence that refer back to an event (definite, naming no
    actor, giving no relation of their own) and that the sentence dates."""
    out: dict[str, str] = {}
    for t, cands in zip(triggers, built):
        if not cands and _refers_back(t):
            date = date_for(t.token, anchors(t.token), ctx)
            if date:
                out.setdefault(t.predicate, date)
    return out


def apply(previous: list[Candidate], referred: dict[str, str]) -> None:
    """Date the undated relations of the previous sentence that a later definite mention dates."""
    for c in previous:
        if c.date is None and c.predicate in referred:
            c.date = referred[c.predicate]




def restated(triggers: list[Trigger], moods: list[Mood], built: list[list[Candidate]], ctx: Context,
             earlier: list[Candidate]) -> list[Candidate]:
    """The relations of `earlier` (the document's so far) that a definite noun naming no actor puts in a
    state of its own ("The embassy was closed in 1992"): the pair of the last relation of its predicate,
    with the noun's status and its sentence's date (predicates of `data/en/cues.toml` [anaphora]
    restated; a state only wished or planned restates nothing)."""
    restatable = resources.word_set("cues.toml", "anaphora", "restated")
    out: list[Candidate] = []
    for t, mood, cands in zip(triggers, moods, built):
        if cands or t.status is None or mood.hypothetical or t.predicate not in restatable or not _refers_back(t):
            continue
        last = next((c for c in reversed(earlier) if c.predicate == t.predicate and not c.negated), None)
        if last is None or last.status == t.status:
            continue
        out.append(replace(last, status=t.status, attrs=dict(last.attrs, status=t.status), negated=mood.negated,
                           date=date_for(t.token, anchors(t.token), ctx), confidence=round(last.confidence * 0.8, 3),
                           start_char=ctx.sentence.start_char, end_char=ctx.sentence.end_char,
                           sentence=ctx.sentence, context_date=context_date(ctx), subject_end=None))
    return out
