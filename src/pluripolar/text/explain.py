"""A document's extraction stage by stage, as plain records: what each stage found in each sentence.

`pluripolar explain` prints them so that a missing or wrong relation can be traced to the stage that
lost or made it: an actor not recognised (mentions), a reference not resolved (coreference), a word
not read as a trigger (triggers), a trigger judged hypothetical (modality), or a trigger whose
arguments were not linked (arguments). Each sentence stage's fields (`Stage.sets`) are shown under the
field's name; with `stage`, only that stage and those it needs run.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .extractor import Extractor
from .stage import Sentence


def _trigger(t) -> dict[str, Any]:
    return {"word": t.token.text, "predicate": t.predicate, "status": t.status, "mode": t.mode}


def _candidate(c) -> dict[str, Any]:
    return {"predicate": c.predicate, "subject": c.subject, "object": c.object, "status": c.status,
            "negated": c.negated, "date": c.date, "confidence": c.confidence,
            "quote": c.sentence.doc.text[c.start_char:c.end_char]}


def _fields(s: Sentence) -> dict[str, Callable[[], Any]]:
    """Each shown field of a sentence record as a plain value (built only for the stages that ran)."""
    doc = s.span.doc

    def mentions(ms):
        return [{"text": doc[m.start:m.end].text, "actor": m.actor, "via": m.via, "person": m.person} for m in ms]

    return {
        "mentions": lambda: mentions(s.mentions),
        "coreference": lambda: mentions(s.coreference),
        "dates": lambda: [{"text": span.text, "value": value} for span, value in s.dates],
        "triggers": lambda: [_trigger(t) for t in s.triggers],
        "moods": lambda: [{"word": t.token.text, "hypothetical": m.hypothetical, "negated": m.negated}
                          for t, m in zip(s.triggers, s.moods)],
        "arguments": lambda: [{"word": t.token.text, "candidates": [_candidate(c) for c in cands]}
                              for t, cands in zip(s.triggers, s.arguments) if cands],
        "attributes": lambda: [{"word": t.token.text, "attrs": a} for t, a in zip(s.triggers, s.attributes) if a],
        "claims": lambda: [_candidate(c) for c in s.claims],
        "events": lambda: [_candidate(c) for c in s.events],
        "candidates": lambda: [_candidate(c) for c in s.candidates],
    }


def explain(extractor: Extractor, text: str, *, doc_id: str, date: str | None = None,
            stage: str | None = None) -> dict[str, Any]:
    """The stage-by-stage record of extracting `text`: per sentence what each sentence stage set
    (mentions, coreference, dates, triggers, moods, arguments, attributes, claims, events, candidates),
    the stages run, then the merged relations (none when `stage` stops before merge)."""
    doc, records, relations = extractor.explain(text, doc_id=doc_id, date=date, stage=stage)
    sentences: dict[int, dict[str, Any]] = {}  # by the identity of the stages' sentence record
    ran: list[str] = []
    for st, sent in records:
        if st.name not in ran:
            ran.append(st.name)
        if sent is None:
            continue
        record = sentences.setdefault(id(sent), {"chars": [sent.span.start_char, sent.span.end_char],
                                                 "text": sent.span.text})
        shown = _fields(sent)
        for name in sorted(st.sets & shown.keys()):
            record[name] = shown[name]()
    merged = [{"predicate": r.predicate, "subject": r.subject, "object": r.object, "date": r.date,
               "attrs": r.attrs, "negated": r.negated} for r in relations]
    return {"doc": doc_id, "date": date, "stages": ran, "sentences": list(sentences.values()),
            "relations": merged}
