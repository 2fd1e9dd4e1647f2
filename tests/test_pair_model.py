"""The pair model: links built from written sentences, the choice among them (modality, known facts),
its data file, the extraction hook, and (with ../shared) its training reproduced and cross-validated by
document only."""
from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest

from pluripolar.text import pair_model, resources
from pluripolar.text.pair_model import PairModel, load_pair_model

from .conftest import ROOT, SHARED, shared_path


def _sentence(ex, text: str):
    """The record of the one sentence of `text` after every sentence stage ran."""
    _, records, _ = ex.explain(text, doc_id="t", date="2024-03-04")
    return [s for st, s in records if st.name == "pairs"][-1]


def _links(ex, text: str, unlinked: bool = True):
    """The sentence's links; with `unlinked`, as if the rules had linked none of its triggers (what the
    model sees wherever the rules find a trigger but no pair)."""
    s = _sentence(ex, text)
    arguments = [[] for _ in s.triggers] if unlinked else s.arguments
    return pair_model.links(s.span, s.offset, s.actors, s.triggers, s.moods, arguments, s.candidates, s.dates)


def _related(ex, text: str):
    """The choices of a model that accepts every link, with nothing known before."""
    found = _links(ex, text)
    return pair_model.choose(found, np.ones(len(found)), 0.5, set())


@pytest.mark.parametrize("text, predicate, pair", [
    ("Ghana signed a trade accord with Togo on Monday.", "agreement", ("GHA", "TGO")),
    ("Last week Kenya and Uganda concluded a new defence pact.", "agreement", ("KEN", "UGA")),
    ("Kenya condemned Uganda over the border raid.", "criticism", ("KEN", "UGA")),
    ("Uganda was sharply criticised by Kenya for the raid.", "criticism", ("KEN", "UGA")),
])
def test_links_join_each_pair_with_each_unlinked_trigger(ex, text, predicate, pair):
    found = _links(ex, text)
    mine = [x for x in found if (x.subject.actor, x.object.actor) == pair and x.trigger.predicate == predicate]
    assert mine, [(x.subject.actor, x.object.actor, x.trigger.predicate) for x in found]
    assert f"pred:{predicate}" in mine[0].features
    # both directions are candidates: which one holds is the model's to judge
    assert any((x.object.actor, x.subject.actor) == pair for x in found)
    # a trigger the rules linked is theirs: the model does not judge it again
    assert _links(ex, text, unlinked=False) == []


@pytest.mark.parametrize("text", [
    "Ghana and Togo lie side by side on the Gulf of Guinea.",  # two actors, no trigger
    "Ghana signed a trade accord on Monday.",  # a trigger, one actor
])
def test_no_links_without_a_trigger_and_two_actors(ex, text):
    assert _links(ex, text) == []


@pytest.mark.parametrize("text", [
    "Ghana may sign a trade accord with Togo next year.",
    "Ghana hopes to sign a trade accord with Togo.",
])
def test_hypothetical_triggers_relate_nothing(ex, text):
    assert _links(ex, text) and [c for c in _related(ex, text) if c.link.trigger.predicate == "agreement"] == []


@pytest.mark.parametrize("text, negated", [
    ("Ghana signed a trade accord with Togo.", False),
    ("Togo and Ghana concluded a trade accord.", False),
    ("Ghana did not sign a trade accord with Togo.", True),
    ("Ghana never signed any trade accord with Togo.", True),
])
def test_asserted_and_denied_triggers(ex, text, negated):
    chosen = [c for c in _related(ex, text) if c.link.trigger.predicate == "agreement"]
    assert chosen and all(c.link.mood.negated == negated for c in chosen)
    # a symmetric fact is chosen once, whichever direction came first
    assert len({pair_model.relation_key("agreement", c.link.subject.actor, c.link.object.actor, c.status,
                                        c.link.mood.negated) for c in chosen}) == len(chosen) == 1


def test_known_facts_are_not_chosen_again(ex):
    found = _links(ex, "Kenya condemned Uganda over the border raid.")
    known = {pair_model.relation_key("criticism", "KEN", "UGA", None, False)}
    chosen = pair_model.choose(found, np.ones(len(found)), 0.5, known)
    assert all((c.link.subject.actor, c.link.object.actor) != ("KEN", "UGA") for c in chosen)
    assert pair_model.choose(found, np.zeros(len(found)), 0.5, set()) == []


def test_shipped_model_loads_offline_and_only_for_its_language():
    with resources.using("en"):
        model = load_pair_model()
    assert model is not None and 0 < model.threshold < 1 and len(model.index) > 100
    assert model.extractor[0] == "pluripolar.text.pair_model" and model.extractor[1] == model.meta["version"]
    probs = model.probabilities([["pred:agreement", "coord"], []])
    assert probs.shape == (2,) and ((probs > 0) & (probs < 1)).all()
    with resources.using("es"):  # trained on English text only: no fallback to English's file
        assert load_pair_model() is None


@pytest.mark.parametrize("content", [b"{\"threshold\": 0.5}", b"\x00\xff binary", b"[1, 2]",
                                     b"{\"threshold\": 0.5, \"features\": [\"a\"], \"weights\": [], \"bias\": 0}"])
def test_malformed_model_file_is_a_clear_error(tmp_path, content):
    path = tmp_path / "pair_model.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="pair model"):
        PairModel.load(path)


def test_extraction_hook_adds_named_evidence_and_keeps_the_rules(ex):
    # the rules relate Kenya and Uganda, and find "accord" and "troops" but link them to nobody
    text = ("Kenya condemned Uganda over the raid. Talks between Ghana and Togo produced a trade accord on "
            "Monday. Under the pact, Ghana's troops guard Togo's border.")
    rules = ex.extract(text, doc_id="t", date="2024-03-04")
    accept_all = PairModel({"threshold": 0.5, "features": [], "weights": [], "bias": 5.0,
                            "meta": {"version": "test"}})
    saved, ex.pair_model = ex.pair_model, accept_all
    try:
        both = ex.extract(text, doc_id="t", date="2024-03-04")
    finally:
        ex.pair_model = saved
    key = lambda r: (r.subject, r.predicate, r.object, r.negated, r.status)  # noqa: E731
    assert ("KEN", "criticism", "UGA") in {key(r)[:3] for r in rules}
    assert {key(r) for r in rules} <= {key(r) for r in both}
    added = [r for r in both if r.evidence[0].extractor == "pluripolar.text.pair_model"]
    assert added and {key(r) for r in added}.isdisjoint({key(r) for r in rules})
    for r in added:
        e = r.evidence[0]
        assert e.extractor_version == "test" and text[e.char_start:e.char_end] == e.quote


# --- training and cross-validation on the annotated corpora (build-time data, ../shared) ---

def _scorer():
    spec = importlib.util.spec_from_file_location("pluripolar_shared_score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpora():
    from pluripolar.text import Extractor
    from pluripolar.text import pair_training

    score = _scorer()
    ex = Extractor(pair_model=False)
    docs = [d for name in ("corpus", "corpus2")
            for d in pair_training.read_corpus(ex, shared_path(name, "gold.jsonl").parent, score)]
    return score, docs


@pytest.mark.shared
@pytest.mark.slow
def test_training_is_reproducible(corpora):
    """Same corpora, same seed: the same file, byte for byte."""
    from pluripolar.text import pair_training

    score, docs = corpora
    part = docs[:30]
    first = pair_training.to_json(pair_training.train(part, score, seed=3), {"seed": 3})
    assert first == pair_training.to_json(pair_training.train(part, score, seed=3), {"seed": 3})
    model = json.loads(first)
    assert len(model["features"]) == len(model["weights"]) > 100 and model["meta"]["version"]


@pytest.mark.shared
@pytest.mark.slow
def test_cross_validation_by_document_and_the_default(corpora):
    """Each document is held out once (seeded folds); the model is on by default only if, held out, it
    lowers F1 under no dealing of the folds (the rules-only figure being the plain extraction's)."""
    from pluripolar.text import pair_training

    score, docs = corpora
    folds = pair_training.folds(docs, 5, 0)
    ids = [d.doc_id for f in folds for d in f]
    assert sorted(ids) == sorted(d.doc_id for d in docs) and len(set(ids)) == len(ids)
    assert folds == pair_training.folds(docs, 5, 0)
    runs = [pair_training.cross_validate(docs, score, k=5, seed=seed) for seed in range(4)]
    for cv in runs:
        rules, both = cv["by_corpus"]["all"]["rules"], cv["by_corpus"]["all"]["rules+model"]
        assert rules["f1"] > 0.7 and both["tp"] >= rules["tp"]
        assert cv["by_corpus"]["corpus2"]["docs"] == 47 and cv["by_corpus"]["corpus"]["docs"] == 21
        if pair_model.PAIR_MODEL_DEFAULT:  # on only while no dealing of the folds shows a held-out loss
            assert both["f1"] >= rules["f1"], f"held out (seed {cv['seed']}), the model lowers F1: {rules} -> {both}"


@pytest.mark.parametrize("docs, gold", [
    ('{"doc": "x"\n', ""),  # not JSON
    ('{"doc": "x"}\n', ""),  # its text missing
])
def test_training_script_rejects_a_bad_corpus_in_one_line(tmp_path, docs, gold):
    import subprocess
    import sys

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs.jsonl").write_text(docs, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(gold, encoding="utf-8")
    out = tmp_path / "model.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_pair_model.py"), "--corpus", str(tmp_path),
                          "--out", str(out), "--scorer", str(shared_path("tools", "score.py"))],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("train_pair_model: ") and len(run.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("value, expected", [("on", True), ("1", True), (" Yes ", True), ("off", False),
                                             ("0", False), ("", pair_model.PAIR_MODEL_DEFAULT)])
def test_environment_switches_the_model(monkeypatch, value, expected):
    monkeypatch.setenv("PLURIPOLAR_PAIR_MODEL", value)
    assert pair_model.wanted() is expected


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_environment_switch_rejects_other_values(monkeypatch, value):
    from pluripolar.errors import InvalidInput

    monkeypatch.setenv("PLURIPOLAR_PAIR_MODEL", value)
    with pytest.raises(InvalidInput, match="expected on or off"):
        pair_model.wanted()
