"""A document's extraction stage by stage, as plain records: what each stage found in each sentence.

`pluripolar explain` prints them so that a missing or wrong relation can be traced to the stage that
lost or made it: an actor not recognised (mentions), a reference not resolved (coreference), a word
not read as a trigger (triggers), or a trigger whose arguments were not linked (candidates).
"""
from __future__ import annotations

from typing import Any

from .extractor import Extractor


def _mention(m, doc) -> dict[str, Any]:
    return {"text": doc[m.start:m.end].text, "actor": m.actor, "via": m.via, "person": m.person}


def _trigger(t) -> dict[str, Any]:
    return {"word": t.token.text, "predicate": t.predicate, "status": t.status, "mode": t.mode}


def _candidate(c) -> dict[str, Any]:
    return {"predicate": c.predicate, "subject": c.subject, "object": c.object, "status": c.status,
            "negated": c.negated, "date": c.date, "confidence": c.confidence,
            "quote": c.sentence.doc.text[c.start_char:c.end_char]}


def explain(extractor: Extractor, text: str, *, doc_id: str, date: str | None = None) -> dict[str, Any]:
    """The stage-by-stage record of extracting `text`: per sentence its mentions, coreference,
    dates, triggers and candidates, then the merged relations."""
    doc, stages, relations = extractor.explain(text, doc_id=doc_id, date=date)
    sentences = []
    for s in stages:
        sentences.append({
            "chars": list(s["sentence"]), "text": s["text"],
            "mentions": [_mention(m, doc) for m in s.get("mentions", [])],
            "coreference": [_mention(m, doc) for m in s.get("coreference", [])],
            "dates": [{"text": span.text, "value": value} for span, value in s.get("dates", [])],
            "triggers": [_trigger(t) for t in s.get("triggers", [])],
            "candidates": [_candidate(c) for c in s.get("candidates", [])],
        })
    merged = [{"predicate": r.predicate, "subject": r.subject, "object": r.object, "date": r.date,
               "attrs": r.attrs, "negated": r.negated} for r in relations]
    return {"doc": doc_id, "date": date, "sentences": sentences, "relations": merged}
