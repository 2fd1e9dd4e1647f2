"""Extraction speed against the bare spaCy parse of the same texts.

    python benchmarks/bench_extract.py [--repeat N] [--kb 300] [--lang en|es] [--pair-model]

Replicates the corpus texts of the language (English: ../shared/corpus/docs; Spanish:
../shared/corpus_es/docs) to about `--kb` kilobytes, then times (a) `nlp.pipe` with the language's stock
pipeline and (b) `Extractor.extract_many` (parse + gazetteer + rules), each the median of N runs in
this process. Prints the ratio bare/ours (target >= 0.5: our
total at most twice the bare parse) and words per second; exits 1 when the ratio is under 0.5.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = {"en": SHARED / "corpus" / "docs", "es": SHARED / "corpus_es" / "docs"}
TARGET = 0.5


def texts(kb: int, lang: str = "en") -> list[str]:
    """The language's corpus texts, repeated until they total about `kb` kilobytes."""
    base = [p.read_text(encoding="utf-8") for p in sorted(CORPORA[lang].glob("*.txt"))]
    if not base:
        sys.exit(f"no texts in {CORPORA[lang]}")
    out, size = [], 0
    while size < kb * 1000:
        for t in base:
            out.append(t)
            size += len(t)
    return out


def median_time(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--kb", type=int, default=300)
    ap.add_argument("--lang", choices=sorted(CORPORA), default="en")
    ap.add_argument("--pair-model", action="store_true", help="time extraction with the trained pair model on")
    args = ap.parse_args(argv)

    from pluripolar.text import Extractor, resources
    from pluripolar.text.pipeline import load_base

    docs = texts(args.kb, args.lang)
    with resources.using(args.lang):
        bare = load_base()
    ex = Extractor(args.lang, pair_model=True if args.pair_model else None)
    items = [(str(i), t, "2024-01-01") for i, t in enumerate(docs)]
    words = sum(len(d) for d in bare.pipe(docs[: len(docs)]))  # warm-up, and the word count
    list(ex.extract_many(items[:20]))
    t_bare = median_time(lambda: list(bare.pipe(docs, batch_size=32)), args.repeat)
    t_ours = median_time(lambda: list(ex.extract_many(items, batch_size=32)), args.repeat)
    ratio = t_bare / t_ours
    print(f"lang={args.lang} texts={len(docs)} chars={sum(map(len, docs))} words={words} repeat={args.repeat}")
    print(f"bare nlp.pipe: {t_bare:.2f}s ({words / t_bare:,.0f} words/s)")
    print(f"extraction:    {t_ours:.2f}s ({words / t_ours:,.0f} words/s)")
    print(f"ratio bare/ours = {ratio:.2f} (target >= {TARGET})")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
