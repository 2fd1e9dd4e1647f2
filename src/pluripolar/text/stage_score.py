"""Each stage scored on its own against gold relations, so a loss can be put on the stage that made it.

Gold relations (the annotated corpora's `gold.jsonl`: doc, subject, predicate, object, quote, attrs,
negated) say which actors a document relates and where; each stage is scored by the share of them it
still has (recall), on the same run of the declared pipeline:

- mentions: gold actors (subjects and objects) named somewhere in their document;
- coreference: gold actors named or referred to;
- triggers: gold relations (not claims) with a trigger of their predicate in a sentence of their quote;
- arguments: gold relations among the candidates linked to triggers (predicate and pair);
- candidates: gold relations among all of a sentence's candidates (with claims and events);
- relations: gold relations among the merged relations, with the precision of those.

Pairs of symmetric predicates are unordered. The official score (direction, claim values, dates) is
`../shared/tools/score.py`'s; this one says where the relations it misses were lost.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..ontology import load as ontology
from ..sources.documents import json_value
from .extractor import Extractors

STAGES = ("mentions", "coreference", "triggers", "arguments", "candidates", "relations")


def _key(doc: str, predicate: str, subject: str | None, obj: str | None) -> tuple:
    s, o = (subject or "", obj or "")
    if ontology().is_symmetric(predicate) and o < s:
        s, o = o, s
    return doc, predicate, s, o


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold relations of a JSONL file, one object with doc, subject, predicate and object a line
    (InvalidInput naming the file and line of the first that is not)."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                record = json_value(line, f"{path}:{n}")
                if not isinstance(record, dict) or not all(isinstance(record.get(k), str) for k in
                                                           ("doc", "subject", "predicate")):
                    raise InvalidInput(f"{path}:{n}: not a gold relation (doc, subject, predicate, object)")
                out.append(record)
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput(f"{path}: cannot read gold relations ({type(e).__name__})") from None
    return out


def score(extractors: Extractors, docs: Iterable[tuple[str, str, str | None, str | None]],
          gold: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per stage, of the gold relations (or gold actors for mentions and coreference) of the documents
    in `docs` ((doc_id, text, date, language)): how many there are, how many the stage has, and the recall; for
    relations also the precision."""
    found: dict[str, set] = {name: set() for name in STAGES}
    predicted: set = set()
    wanted_docs = set()
    for doc_id, text, date, language in docs:
        wanted_docs.add(doc_id)
        quotes = [(g, text.find(g.get("quote") or "\0")) for g in gold if g.get("doc") == doc_id]
        _, records, relations = extractors.get(language).explain(text, doc_id=doc_id, date=date)
        for _, sent in records:
            if sent is None:
                continue
            found["mentions"] |= {(doc_id, m.actor) for m in sent.mentions}
            found["coreference"] |= {(doc_id, m.actor) for m in sent.mentions + sent.coreference}
            for g, at in quotes:
                if at >= 0 and at < sent.span.end_char and at + len(g["quote"]) > sent.span.start_char \
                        and any(t.predicate == g["predicate"] for t in sent.triggers):
                    found["triggers"].add(id(g))
            found["arguments"] |= {_key(doc_id, c.predicate, c.subject, c.object)
                                   for cands in sent.arguments for c in cands}
            found["candidates"] |= {_key(doc_id, c.predicate, c.subject, c.object) for c in sent.candidates}
        predicted |= {_key(doc_id, r.predicate, r.subject, r.object) for r in relations}
    found["relations"] = predicted
    gold = [g for g in gold if g.get("doc") in wanted_docs]
    actors = {(g["doc"], a) for g in gold for a in (g.get("subject"), g.get("object")) if a}
    keys = {_key(g["doc"], g["predicate"], g.get("subject"), g.get("object")) for g in gold}
    out: dict[str, dict[str, float]] = {}
    for name in STAGES:
        if name in ("mentions", "coreference"):
            total, hit = len(actors), len(actors & found[name])
        elif name == "triggers":
            relations = [g for g in gold if g["predicate"] != "claim"]
            total, hit = len(relations), sum(id(g) in found[name] for g in relations)
        else:
            total, hit = len(keys), len(keys & found[name])
        out[name] = {"gold": total, "found": hit, "recall": round(hit / total, 3) if total else 0.0}
    out["relations"]["precision"] = round(len(keys & predicted) / len(predicted), 3) if predicted else 0.0
    return out
