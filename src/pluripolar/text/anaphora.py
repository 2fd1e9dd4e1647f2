"""The date a later sentence gives an event by naming it again: "Turkey has signed a military deal with
Qatar ... Davutoglu concluded the deal on Thursday." ("the deal" refers back; its date is the deal's)."""
from __future__ import annotations

from . import resources
from .relations import Candidate, Context, date_for
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


