"""Training and document-level cross-validation of the pair model (build time only: needs scikit-learn).

`read_corpus` runs the rules over an annotated corpus once, keeping per document the rules' relations,
the facts they gave (`pair_model.relation_key`) and every sentence's links with their features; `label`
marks a link true when a gold relation of its trigger's predicate joins its pair (in its direction, or
either for a symmetric predicate) and is quoted in its sentence (None: left out of training, the gold
fact being quoted in another sentence). `cross_validate` folds the documents (never a
document's pairs on both sides), picks the threshold by an inner cross-validation on the training folds
only, and scores rules-only against rules + model on the held-out documents with the project's scorer
(`../shared/tools/score.py`, passed in). `train` fits the shipped model on all documents; `to_json` writes
it with its vocabulary and weights rounded, so the same seed and corpora give the same file.
"""
from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from ..ontology import load as ontology
from . import pair_model
from .extractor import Extractor
from .pair_model import Link, PairModel

THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(13))  # 0.30 .. 0.90
C = 1.0  # inverse regularisation strength of the logistic regression
MIN_DOCS = 2  # a feature seen in fewer training documents is left out (it would name one document)


@dataclass
class DocRecord:
    """What the rules found in one annotated document, and its gold relations."""

    doc_id: str
    corpus: str
    pairs: list[Link]
    labels: list[bool | None]
    rules: list[dict[str, Any]]  # the rules' relations, as the scorer reads them
    known: set[tuple]  # the facts the rules' candidates give (`pair_model.relation_key`)
    gold: list[dict[str, Any]]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def label(links: Sequence[Link], gold: Sequence[dict[str, Any]], text: str) -> list[bool | None]:
    """Each link's class: True when a gold relation of its trigger's predicate joins its pair (in its
    direction, or either for a symmetric predicate) and its quote overlaps the link's sentence; False when
    no gold relation of the document does; None (left out of training) when one does, quoted elsewhere."""
    onto = ontology()
    spans = []
    for g in gold:
        if not g.get("object") or g["predicate"] not in onto.predicates:
            continue
        quote = g.get("quote") or ""
        start = text.find(quote) if quote else -1
        spans.append((g, start, start + len(quote)))

    def joins(g: dict[str, Any], link: Link) -> bool:
        a, b = link.subject.actor, link.object.actor
        return g["predicate"] == link.trigger.predicate and ((g["subject"], g["object"]) == (a, b) or (
            onto.is_symmetric(g["predicate"]) and (g["subject"], g["object"]) == (b, a)))

    out: list[bool | None] = []
    for link in links:
        lo, hi = link.offset + link.sentence.start_char, link.offset + link.sentence.end_char
        if any(0 <= s < hi and e > lo and joins(g, link) for g, s, e in spans):
            out.append(True)
        elif any(joins(g, link) for g, _, _ in spans):
            out.append(None)
        else:
            out.append(False)
    return out


def read_corpus(ex: Extractor, corpus: Path, score: ModuleType) -> list[DocRecord]:
    """Every document of an annotated corpus (`docs.jsonl`, `docs/<id>.txt`, `gold.jsonl`) read by the
    rules (`ex` must run without a pair model), with its labelled pairs."""
    if ex.pair_model is not None:
        raise ValueError("read_corpus needs an extractor without its pair model (Extractor(pair_model=False))")
    gold = _jsonl(corpus / "gold.jsonl")
    out = []
    for meta in _jsonl(corpus / "docs.jsonl"):
        doc_id = str(meta["doc"])
        text = (corpus / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")
        d = ex.read(text, doc_id=doc_id, date=meta.get("date"))
        own = [g for g in gold if str(g["doc"]) == doc_id]
        rules = [{"doc": doc_id, "subject": r.subject, "predicate": r.predicate, "object": r.object,
                  "attrs": r.attrs, "negated": r.negated} for r in d.relations if r.predicate in score.ANNOTATED]
        known = {pair_model.relation_key(c.predicate, c.subject, c.object, c.status, c.negated) for c in d.candidates}
        pairs = d.pairs or []
        out.append(DocRecord(doc_id, corpus.name, pairs, label(pairs, own, text), rules, known, own))
    return out


def fit(docs: Sequence[DocRecord], seed: int) -> PairModel:
    """A model fitted on the labelled links of `docs` (threshold 0.5 until one is chosen)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, set[str]] = {}
    for d in docs:
        for link in d.pairs:
            for f in link.features:
                seen.setdefault(f, set()).add(d.doc_id)
    vocab = sorted(f for f, ids in seen.items() if len(ids) >= MIN_DOCS)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [(link.features, y) for d in docs for link, y in zip(d.pairs, d.labels) if y is not None]
    cols = [np.array([index[f] for f in feats if f in index], dtype=np.int64) for feats, _ in rows]
    x = csr_matrix((np.ones(sum(map(len, cols))), np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64),
                    np.cumsum([0] + [len(c) for c in cols])), shape=(len(rows), len(vocab)))
    y = np.array([int(label) for _, label in rows])
    lr = LogisticRegression(C=C, solver="liblinear", random_state=seed)
    lr.fit(x, y)
    return PairModel({"threshold": 0.5, "features": vocab, "weights": np.round(lr.coef_[0], 4).tolist(),
                      "bias": round(float(lr.intercept_[0]), 4)})


def predict(model: PairModel, d: DocRecord, threshold: float, probs: np.ndarray | None = None) -> list[dict[str, Any]]:
    """The relations the model adds to the rules' in document `d`, as the scorer reads them (the same
    choice as the extraction stage's: `pair_model.choose`); `probs` the model's probabilities for its
    links when already computed."""
    if not d.pairs:
        return []
    if probs is None:
        probs = model.probabilities([link.features for link in d.pairs])
    out = []
    for c in pair_model.choose(d.pairs, probs, threshold, set(d.known)):
        cand = pair_model.candidate(c, model.extractor)
        out.append({"doc": d.doc_id, "subject": cand.subject, "predicate": cand.predicate, "object": cand.object,
                    "attrs": cand.attrs, "negated": cand.negated})
    return out


def _prf(score: ModuleType, gold: list, pred: list) -> dict[str, float]:
    tp, fp, fn, _, _ = score.score(gold, pred)
    t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r, f = score.prf(t, f_p, f_n)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": t, "fp": f_p, "fn": f_n}


def folds(docs: Sequence[DocRecord], k: int, seed: int) -> list[list[DocRecord]]:
    """`docs` dealt into `k` folds of whole documents, in a seeded random order."""
    order = sorted(docs, key=lambda d: (d.corpus, d.doc_id))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def choose_threshold(docs: Sequence[DocRecord], score: ModuleType, seed: int, k: int = 3) -> float:
    """The threshold that maximises F1 of rules + model over `docs` by an inner `k`-fold cross-validation
    (each document scored by a model not trained on it); the highest of equals (fewest additions)."""
    preds: dict[float, list] = {t: [] for t in THRESHOLDS}
    for held in folds(docs, k, seed):
        ids = {d.doc_id for d in held}
        model = fit([d for d in docs if d.doc_id not in ids], seed)
        for d in held:
            probs = model.probabilities([link.features for link in d.pairs]) if d.pairs else None
            for t in THRESHOLDS:
                preds[t] += d.rules + predict(model, d, t, probs)
    gold = [g for d in docs for g in d.gold]
    return max(THRESHOLDS, key=lambda t: (_prf(score, gold, preds[t])["f1"], t))


def cross_validate(docs: Sequence[DocRecord], score: ModuleType, k: int = 5, seed: int = 0) -> dict[str, Any]:
    """Document-level `k`-fold cross-validation: for each fold, a model trained on the other folds with
    a threshold chosen on them alone adds its relations to the rules' on the held-out documents.
    Returns P/R/F1 per corpus and overall, rules-only and rules + model, and the folds' thresholds."""
    added: dict[str, list] = {}
    thresholds = []
    for n, held in enumerate(folds(docs, k, seed)):
        ids = {d.doc_id for d in held}
        train = [d for d in docs if d.doc_id not in ids]
        threshold = choose_threshold(train, score, seed + n + 1)
        model = fit(train, seed)
        thresholds.append(threshold)
        for d in held:
            added[d.doc_id] = predict(model, d, threshold)
    out: dict[str, Any] = {"k": k, "seed": seed, "thresholds": thresholds, "by_corpus": {}}
    for name in sorted({d.corpus for d in docs}) + ["all"]:
        part = [d for d in docs if name in ("all", d.corpus)]
        gold = [g for d in part for g in d.gold]
        rules = [r for d in part for r in d.rules]
        out["by_corpus"][name] = {"docs": len(part), "gold": len(gold), "rules": _prf(score, gold, rules),
                                  "rules+model": _prf(score, gold, rules + [a for d in part for a in added[d.doc_id]])}
    return out


def train(docs: Sequence[DocRecord], score: ModuleType, seed: int = 0) -> PairModel:
    """The shipped model: fitted on all `docs`, its threshold chosen by cross-validation over them."""
    threshold = choose_threshold(docs, score, seed)
    model = fit(docs, seed)
    model.threshold = threshold
    return model


def to_json(model: PairModel, meta: dict[str, Any]) -> str:
    """The model as its data file: threshold, vocabulary, weights (rounded), bias, and `meta` (training
    corpora, seed, cross-validation figures) with a digest of the weights as its version; features whose
    weight is zero are left out."""
    ordered = sorted(model.index.items(), key=lambda kv: kv[1])
    kept = [(f, round(float(model.weights[i]), 4)) for f, i in ordered if round(float(model.weights[i]), 4) != 0]
    body = {"threshold": model.threshold, "features": [f for f, _ in kept], "weights": [w for _, w in kept],
            "bias": round(model.bias, 4)}
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]
    return json.dumps({**body, "meta": {**meta, "version": digest}}, sort_keys=True, separators=(",", ":")) + "\n"
