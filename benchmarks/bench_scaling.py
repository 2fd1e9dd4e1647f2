"""Extraction time against input size: one ever longer sentence, one ever longer list of states, and
ever longer documents (issue 13: time grew with the square of a sentence's length).

    python benchmarks/bench_scaling.py [--sentence 2500 5000 10000 20000 50000]
                                       [--states 25 50 100 150] [--document 50000 200000 400000]

For each size it times `Extractor.extract` and, as the baseline in the same process, the bare spaCy
parse (`en_core_web_sm`) of the same text, and prints seconds, microseconds per character and the
ratio ours/bare. The growth exponent of a series is log(t_last/t_first) / log(size_last/size_first):
1 is linear, 2 quadratic. Exits 1 when a sentence or document series grows with an exponent over 1.3.
(The list of states yields n(n-1)/2 pairs per trigger, so its output itself grows with the square.)
HTML nesting depth is measured by the readers' own benchmark.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from importlib import resources
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
CLAUSE = ("France signed a trade and energy agreement with Germany, Russia condemned the sanctions "
          "imposed by the United States on Iran, ")
LIMIT = 1.3


def one_sentence(size: int) -> str:
    """A single sentence of about `size` characters: clauses joined by commas, no full stop until the end."""
    return (CLAUSE * (size // len(CLAUSE) + 1))[:size].rstrip() + "."


def state_list(n: int) -> str:
    """n states (present ones, one-word names) sharing one agreement."""
    path = resources.files("pluripolar.actors").joinpath("data", "states.csv")
    with path.open(encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f) if r["kind"] == "state" and not r["valid_to"]
                 and r["name"].isalpha()]
    if n > len(names):
        sys.exit(f"--states {n}: only {len(names)} one-word state names")
    return ", ".join(names[:n - 1]) + " and " + names[n - 1] + " signed a trade and energy cooperation agreement."


def document(size: int) -> str:
    """The dev corpus texts, one after another, repeated to `size` characters (ordinary news sentences)."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    if not base:
        sys.exit(f"no texts in {CORPUS}")
    return (base + "\n\n") * (size // (len(base) + 2)) + base[:size % (len(base) + 2)]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def series(name: str, sizes: list[int], make, ex, bare) -> float:
    """Print one series; return its growth exponent."""
    print(f"\n{name}")
    print(f"{'size':>9} {'chars':>9} {'bare s':>8} {'ours s':>8} {'us/char':>8} {'ours/bare':>9} {'relations':>9}")
    rows = []
    for size in sizes:
        text = make(size)
        # the bare parse in pieces of spaCy's limit, as spaCy cannot take more at once
        t_bare = timed(lambda: [bare(text[i:i + 900_000]) for i in range(0, len(text), 900_000)])
        rels: list = []
        t_ours = timed(lambda: rels.extend(ex.extract(text, doc_id=name, date="2024-01-01", time_limit=3600)))
        rows.append((size, t_ours))
        print(f"{size:>9} {len(text):>9} {t_bare:>8.2f} {t_ours:>8.2f} {1e6 * t_ours / len(text):>8.1f} "
              f"{t_ours / t_bare:>9.2f} {len(rels):>9}")
    (s0, t0), (s1, t1) = rows[0], rows[-1]
    exponent = math.log(t1 / t0) / math.log(s1 / s0) if s1 != s0 and t0 > 0 else float("nan")
    print(f"growth exponent {exponent:.2f} (1 linear, 2 quadratic)")
    return exponent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentence", type=int, nargs="*", default=[2500, 5000, 10000, 20000, 50000])
    ap.add_argument("--states", type=int, nargs="*", default=[25, 50, 100, 150])
    ap.add_argument("--document", type=int, nargs="*", default=[50000, 200000, 400000])
    args = ap.parse_args(argv)

    from pluripolar.text import Extractor
    from pluripolar.text.pipeline import load_base

    ex, bare = Extractor(), load_base()
    ex.extract(one_sentence(500), doc_id="warm-up")
    bare(one_sentence(500))
    worst = 0.0
    if args.sentence:
        worst = max(worst, series("one sentence of N characters", args.sentence, one_sentence, ex, bare))
    if args.states:
        series("a list of N states before one trigger", args.states, state_list, ex, bare)
    if args.document:
        worst = max(worst, series("a document of N characters (corpus texts)", args.document, document, ex, bare))
    print(f"\nworst growth exponent of the sentence and document series: {worst:.2f} (limit {LIMIT})")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
