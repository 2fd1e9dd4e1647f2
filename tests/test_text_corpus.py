"""The extractor on the shared dev corpus, scored with the project's scorer (../shared/tools/score.py).

Floors: corpus F1 >= 0.85 (issue #3 asked 0.75; the rules reach 0.91, so a regression shows), the
founding document ("seed") F1 >= 0.9, date accuracy >= 0.8 (asked 0.7; reached 0.87) on matched
relations with a gold date; corpus2 (text the rules were not first written on) F1 >= 0.78 (0.42 before
issue #12, 0.80 when this floor was set; the issue's bar is 0.75). Skips only when ../shared is absent
outside CI; in CI it must run.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

from .conftest import SHARED, shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def _scorer():
    spec = importlib.util.spec_from_file_location("pluripolar_shared_score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score_corpus(name: str):
    """The scorer, gold and predictions of one shared corpus, every quote checked against its text."""
    from pluripolar.text import Extractor

    corpus = shared_path(name, "gold.jsonl").parent
    # rules only: the pair model was trained on these corpora, so scoring it here would score it on its own
    # training documents; its held-out figure is the cross-validation's (tests/test_pair_model.py)
    docs = [json.loads(line) for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    items = [(d["doc"], (corpus / "docs" / f"{d['doc']}.txt").read_text(encoding="utf-8"), d.get("date"))
             for d in docs]
    pred = []
    for (doc_id, text, _), rels in zip(items, Extractor(pair_model=False).extract_many(items)):
        for r in rels:
            for e in r.evidence:
                assert text[e.char_start:e.char_end] == e.quote
            pred.append({"doc": doc_id, "subject": r.subject, "predicate": r.predicate, "object": r.object,
                         "date": r.date, "attrs": r.attrs, "negated": r.negated, "quote": r.evidence[0].quote})
    score = _scorer()
    # as the scorer's command line does: only the annotated predicates count (events are not annotated)
    pred = [p for p in pred if p["predicate"] in score.ANNOTATED]
    return score, score.load(str(corpus / "gold.jsonl")), pred


@pytest.fixture(scope="module")
def scored():
    return _score_corpus("corpus")


def _f1(score, gold, pred, doc=None):
    if doc is not None:
        gold = [g for g in gold if str(g["doc"]) == doc]
        pred = [p for p in pred if str(p["doc"]) == doc]
    tp, fp, fn, dates, _ = score.score(gold, pred)
    _, _, f1 = score.prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return f1, (sum(dates) / len(dates) if dates else None)


def test_corpus_overall_f1_floor(scored):
    f1, _ = _f1(*scored)
    assert f1 >= 0.85, f"corpus F1 {f1:.3f} < 0.85"


def test_corpus_seed_f1_floor(scored):
    f1, _ = _f1(*scored, doc="seed")
    assert f1 >= 0.9, f"seed F1 {f1:.3f} < 0.9"


def test_corpus_date_accuracy_floor(scored):
    _, acc = _f1(*scored)
    assert acc is not None and acc >= 0.8, f"date accuracy {acc} < 0.8"


def test_corpus2_f1_floor():
    f1, _ = _f1(*_score_corpus("corpus2"))
    assert f1 >= 0.78, f"corpus2 F1 {f1:.3f} < 0.78"
