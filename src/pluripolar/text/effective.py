"""The effective date of an invitation to join: "X was invited to join the EAC. Its membership of the
bloc takes effect on January 1, 2025." (an invitation the text dates is a joining on that date)."""
from __future__ import annotations

from spacy.tokens import Span

from . import resources
from .mentions import Mention
from .relations import Candidate
from .syntax import listed


def invited(cands: list[Candidate]) -> list[Candidate]:
    """The invitations to join among a sentence's candidates."""
    return [c for c in cands if c.predicate == "membership" and c.attrs.get("invited")]


def apply(pending: list[Candidate], sent: Span, mentions: list[Mention], dates: list[tuple[Span, str]],
          found: list[Candidate]) -> None:
    """Give each pending invitation the date on which `sent` says membership of its organisation takes
    effect: the sentence names the organisation (or refers to it), uses a word of taking effect, and
    has a date right after "on", "from", "effective" or "as of", unless another state joins it there."""
    cues = resources.toml("cues.toml")["effective"]
    if not pending or not any(listed(t, resources.word_set("cues.toml", "effective", "words")) for t in sent):
        return
    doc = sent.doc
    day = next((v for span, v in dates if span.start > sent.start and doc[span.start - 1].lower_ in cues["before"]),
               None)
    if day is None:
        return
    named = {m.actor for m in mentions}
    subjects = {c.subject for c in pending}
    # another state's own joining is dated there: "Nepal joined the Colombo Plan on March 3"
    others = {c.object for c in found if c.predicate == "membership" and c.status == "joined"
              and not c.attrs.get("invited") and c.subject not in subjects}
    for c in pending:
        if c.object in named and c.object not in others:
            c.date = day
