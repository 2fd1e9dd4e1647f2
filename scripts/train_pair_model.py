#!/usr/bin/env python3
"""Train the pair model (`src/pluripolar/text/pair_model.py`) and report its document-level cross-validation.

Reads annotated corpora (each `docs.jsonl`, `docs/<id>.txt`, `gold.jsonl`; by default ../shared/corpus and
../shared/corpus2) at build time only, runs the rules over them once, then:
1. cross-validates: K folds of whole documents (seeded); for each, a model trained on the other folds,
   its threshold chosen by an inner cross-validation on them alone, adds its relations to the rules' on
   the held-out documents; P/R/F1 rules-only and rules + model per corpus, scored with the shared scorer;
   repeated for --cv-seeds fold seeds (from --seed on), since one dealing of 68 documents says little;
2. trains the shipped model on all documents (threshold by cross-validation over them) and writes it,
   with the cross-validation figures in its `meta`, to src/pluripolar/text/data/en/pair_model.json
   (same corpora and seed: the same file).
Needs scikit-learn (the test extra). Nothing reads ../shared at run time.

usage: scripts/train_pair_model.py [--corpus DIR]... [--seed N] [--folds K] [--cv-seeds N] [--out FILE]
                                   [--scorer score.py]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "pluripolar" / "text" / "data" / "en" / "pair_model.json"


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("pluripolar_shared_score", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"train_pair_model: no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", type=Path, help="annotated corpus folder (repeatable)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cv-seeds", type=int, default=4, help="fold dealings to cross-validate (seed, seed+1, ...)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score.py")
    args = ap.parse_args(argv)
    corpora = args.corpus or [SHARED / "corpus", SHARED / "corpus2"]
    for c in corpora:
        if not (c / "docs.jsonl").is_file() or not (c / "gold.jsonl").is_file():
            sys.exit(f"train_pair_model: {c} is no annotated corpus (docs.jsonl and gold.jsonl expected)")
    if args.folds < 2 or args.cv_seeds < 1:
        sys.exit("train_pair_model: --folds must be at least 2 and --cv-seeds at least 1")
    score = _scorer(args.scorer)

    from pluripolar.text import Extractor
    from pluripolar.text import pair_training

    ex = Extractor(pair_model=False)
    try:
        docs = [d for c in corpora for d in pair_training.read_corpus(ex, c, score)]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as e:  # JSONDecodeError is a ValueError
        sys.exit(f"train_pair_model: cannot read the corpora ({type(e).__name__}: {e})")
    if not any(d.pairs for d in docs):
        sys.exit("train_pair_model: the corpora give no links to learn from")
    runs = [pair_training.cross_validate(docs, score, k=args.folds, seed=args.seed + n) for n in range(args.cv_seeds)]
    for cv in runs:
        print(f"fold seed {cv['seed']}, thresholds {cv['thresholds']}")
        for name, r in cv["by_corpus"].items():
            for kind in ("rules", "rules+model"):
                f = r[kind]
                print(f"  {name:8s} {kind:12s} P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f} "
                      f"tp={f['tp']} fp={f['fp']} fn={f['fn']}")
    model = pair_training.train(docs, score, seed=args.seed)
    meta = {"corpora": [c.name for c in corpora], "seed": args.seed, "documents": len(docs),
            "links": sum(len(d.pairs) for d in docs), "cross_validation": runs}
    args.out.write_text(pair_training.to_json(model, meta), encoding="utf-8")
    print(f"wrote {args.out} (threshold {model.threshold}, {len(model.index)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
