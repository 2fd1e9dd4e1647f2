"""Quad-class recall and precision of text extraction on OEDA's PLOVER gold-standard records (issue 15).

    .venv/bin/python benchmarks/score_plover_gsr.py PATH/TO/PLOVER_GSR_CAMEO.txt [--misses] [--format text|json]

The gold standard is `gold_standard_records/PLOVER_GSR_CAMEO.txt` of github.com/openeventdata/PLOVER
(CC BY-SA 4.0; not part of this repository: pass the path of a copy). Its records are coded with PLOVER
0.5b1; `benchmarks/data/plover_gsr.toml` maps their types to PLOVER 2.0 (DEMAND → REQUEST, DISAPPROVE
and INVESTIGATE → ACCUSE, FIGHT → ASSAULT) and a few slips of its actor codes to ISO3.

Which records count. Actor codes are CAMEO country codes, mapped to ISO3 by the project's crosswalk
(`datasets/data/cameo_countries.csv`); an actor is a state when the actor KB lists the code as one of
`STATE_KINDS`. A record counts when it has a pair of *different* states: a source state and a target
state, or, for a reciprocal record (several sources and no target, the file's "SRC/TAR"), two of its
source states, in both directions. Records whose states are all the same one (domestic events: a
government and its rebels, both coded with the country) and records without two states are left out
and counted.

What is extracted. The text of each record (records sharing a text are one text) is read by one
`Extractor`; an extracted event is a relation with a PLOVER type, not negated, between two different
states; its quad class is its PLOVER type's (`ontology/plover.csv`). A symmetric predicate's event has
no direction.

Recall. A gold record is recalled when an event extracted from its text has the record's quad class
between one of the record's pairs: subject = the gold source and object = the gold target, or either
way round when the event is symmetric (a reciprocal record holds both directions already).

Precision. The extracted events of the scored texts, counted once per text, subject, object and PLOVER
type; an event is correct when some gold record of its text has a pair it matches (as above) and the
event's quad class. Events on pairs the gold does not name count as wrong.

Reported overall, per PLOVER 2.0 type (recall over the gold records of the type, precision over the
extracted events of the type) and on the records of the covered types: the PLOVER types the annotation
guide's 14 relation predicates map to, in any status (`ontology/predicates.toml`). Bad input (no file,
no JSON records) gives a one-line error and exit status 2.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG = Path(__file__).resolve().parent / "data" / "plover_gsr.toml"
DATE = None  # the file dates every record 2000-01-01, a placeholder (its readme): read undated


class GsrError(Exception):
    """The gold-standard file cannot be read."""


@dataclass(frozen=True)
class GoldRecord:
    """One kept gold record: its id, PLOVER 2.0 type, quad class, text and the (source, target) state pairs."""

    id: str
    plover: str
    quad: str
    text: str
    pairs: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Event:
    """One extracted event between two states, as precision counts it."""

    subject: str
    object: str
    plover: str
    quad: str
    symmetric: bool

    def matches(self, gold: GoldRecord) -> bool:
        """Whether the event has the gold record's quad class between one of its pairs (either way when
        the event is symmetric)."""
        return self.quad == gold.quad and ((self.subject, self.object) in gold.pairs or (
            self.symmetric and (self.object, self.subject) in gold.pairs))


@dataclass
class Tally:
    """Recall and precision counts."""

    gold: int = 0
    recalled: int = 0
    extracted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return self.recalled / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.extracted if self.extracted else None


@dataclass
class Scores:
    """The scores of one run: overall, on the covered types, per type, and what was left out."""

    overall: Tally = field(default_factory=Tally)
    covered: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    covered_types: tuple[str, ...] = ()
    left_out: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    misses: list[tuple[GoldRecord, list[Event]]] = field(default_factory=list)
    wrong: list[tuple[list[GoldRecord], Event]] = field(default_factory=list)  # the records of its text

    def as_dict(self) -> dict[str, Any]:
        """The scores as plain data (for `--format json`)."""
        def t(x: Tally) -> dict[str, Any]:
            return {"gold": x.gold, "recalled": x.recalled, "recall": x.recall, "extracted": x.extracted,
                    "correct": x.correct, "precision": x.precision}
        return {"overall": t(self.overall), "covered": t(self.covered), "covered_types": list(self.covered_types),
                "by_type": {k: t(v) for k, v in sorted(self.by_type.items())}, "left_out": self.left_out,
                "failed_texts": self.failed}


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a PLOVER gold-standard file: a JSON list of objects, read leniently (trailing commas
    dropped; when the list as a whole does not parse, each top-level object that does is kept)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GsrError(f"{path}: cannot read ({e.__class__.__name__}: {e})") from None
    text = re.sub(r",(\s*[\]}])", r"\1", raw)
    try:
        data = json.loads(text)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        records = list(_objects(text))
    records = [r for r in records if isinstance(r, dict)]
    if not records:
        raise GsrError(f"{path}: no JSON records found (expected a list of objects like PLOVER_GSR_CAMEO.txt)")
    return records


def _objects(text: str) -> Iterable[Any]:
    """Each JSON object that starts a line of `text`, parses on its own and is an event record (has an
    `event`; not one of a broken record's actors)."""
    decoder = json.JSONDecoder()
    end = 0
    for m in re.finditer(r"(?m)^\s*\{", text):
        if m.start() < end:
            continue
        try:
            record, end = decoder.raw_decode(text, m.end() - 1)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "event" in record:
            yield record


def gold_records(records: Sequence[dict[str, Any]]) -> tuple[list[GoldRecord], dict[str, int]]:
    """The records with a pair of different states (see the module's docstring), and the counts of those
    left out by reason."""
    from pluripolar.actors.kb import STATE_KINDS, kb
    from pluripolar.datasets.gdelt import cameo_countries
    from pluripolar.ontology import load

    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    onto, actors, countries = load(), kb(), cameo_countries()
    ignored = set(config["ignored_types"]["types"])

    def state(actor: Any) -> str | None:
        code = str(actor.get("code", "")).strip().upper() if isinstance(actor, dict) else ""
        code = config["codes"].get(code, countries.get(code, code))
        found = actors.get(code) if code else None
        return code if found is not None and found.kind in STATE_KINDS else None

    def states(actors_: Any) -> list[str]:
        return [s for a in (actors_ if isinstance(actors_, list) else []) if (s := state(a))]

    kept, left = [], defaultdict(int)
    for r in records:
        kind = str(r.get("event", ""))
        if kind in ignored:
            continue
        plover = config["types"].get(kind, kind)
        text = r.get("text")
        if plover not in onto.plover or not isinstance(text, str) or not text.strip():
            left["no PLOVER type or no text"] += 1
            continue
        sources, targets = states(r.get("source")), states(r.get("target"))
        if isinstance(r.get("target"), list) and r["target"]:
            pairs = {(s, t) for s in sources for t in targets if s != t}
        else:  # reciprocal: the sources act on one another
            pairs = {(s, t) for s in sources for t in sources if s != t}
        if pairs:
            kept.append(GoldRecord(str(r.get("id", "")), plover, onto.plover[plover].quad, text, frozenset(pairs)))
        elif sources and (targets or len(sources) > 1):
            left["one state only (domestic)"] += 1
        else:
            left["not two states"] += 1
    return kept, dict(left)


def covered_types() -> tuple[str, ...]:
    """The PLOVER types the annotation guide's relation predicates map to, in any of their statuses."""
    from pluripolar.ontology import load

    onto = load()
    found = {c.plover for p in onto.predicates.values() if p.kind == "relation"
             for c in (p.codes, *p.by_status.values()) if c.plover}
    return tuple(t for t in onto.plover if t in found)


def extract_events(texts: Sequence[str], extractor: Any) -> tuple[dict[str, set[Event]], int]:
    """The events (see the module's docstring) `extractor` finds in each text, and how many texts failed."""
    from pluripolar.actors.kb import STATE_KINDS, kb
    from pluripolar.errors import ExtractionFailed
    from pluripolar.ontology import load

    onto, actors = load(), kb()

    def is_state(code: str | None) -> bool:
        found = actors.get(code) if code else None
        return found is not None and found.kind in STATE_KINDS

    out: dict[str, set[Event]] = {}
    failed = 0
    items = [(f"gsr-{i}", t, DATE) for i, t in enumerate(texts)]
    for text, result in zip(texts, extractor.extract_many(items)):
        if isinstance(result, ExtractionFailed):
            failed += 1
            result = []
        out[text] = {Event(r.subject, r.object, r.plover, onto.plover[r.plover].quad, onto.is_symmetric(r.predicate))
                     for r in result if r.plover in onto.plover and not r.negated and r.object
                     and r.subject != r.object and is_state(r.subject) and is_state(r.object)}
    return out, failed


def score(golds: Sequence[GoldRecord], events: dict[str, set[Event]]) -> Scores:
    """Recall and precision (see the module's docstring) of `events` (per text) against `golds`."""
    out = Scores(covered_types=covered_types())
    covered = set(out.covered_types)
    by_text: dict[str, list[GoldRecord]] = defaultdict(list)
    for g in golds:
        by_text[g.text].append(g)
    for g in golds:
        hit = any(e.matches(g) for e in events.get(g.text, ()))
        for tally in (out.overall, out.by_type[g.plover], *([out.covered] if g.plover in covered else [])):
            tally.gold += 1
            tally.recalled += hit
        if not hit:
            out.misses.append((g, sorted(events.get(g.text, ()), key=lambda e: (e.plover, e.subject, e.object))))
    for text, records in by_text.items():
        mine = [g for g in records if g.plover in covered]
        for e in events.get(text, ()):
            right = any(e.matches(g) for g in records)
            if not right:
                out.wrong.append((records, e))
            for tally in (out.overall, out.by_type[e.plover]):
                tally.extracted += 1
                tally.correct += right
            if mine:
                out.covered.extracted += 1
                out.covered.correct += any(e.matches(g) for g in mine)
    return out


def run(path: Path, extractor: Any = None) -> Scores:
    """Score `extractor` (a new `Extractor` when None) on the gold-standard file at `path`."""
    records = read_records(path)
    golds, left_out = gold_records(records)
    if not golds:
        raise GsrError(f"{path}: no record with a pair of different states")
    if extractor is None:
        from pluripolar.text import Extractor
        extractor = Extractor()
    texts = list(dict.fromkeys(g.text for g in golds))
    events, failed = extract_events(texts, extractor)
    out = score(golds, events)
    out.left_out, out.failed = left_out, failed
    return out


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def report(s: Scores, misses: bool = False) -> str:
    """The scores as Markdown: the totals line, the per-type table and, with `misses`, the missed records."""
    cov = set(s.covered_types)
    lines = [f"records scored: {s.overall.gold}; left out: "
             + (", ".join(f"{k} {v}" for k, v in sorted(s.left_out.items())) or "none")
             + (f"; texts that failed extraction: {s.failed}" if s.failed else ""), "",
             "| set | gold | recalled | recall | extracted | correct | precision |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, t in (("all types", s.overall), ("covered types", s.covered)):
        lines.append(f"| {name} | {t.gold} | {t.recalled} | {_pct(t.recall)} | {t.extracted} | {t.correct} | "
                     f"{_pct(t.precision)} |")
    lines += ["", "| PLOVER type | covered | gold | recalled | recall | extracted | correct | precision |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, t in sorted(s.by_type.items()):
        lines.append(f"| {name} | {'yes' if name in cov else ''} | {t.gold} | {t.recalled} | {_pct(t.recall)} | "
                     f"{t.extracted} | {t.correct} | {_pct(t.precision)} |")
    if misses:
        lines += ["", "Missed records (id, type, quad, gold pairs: extracted events of the text):"]
        for g, found in s.misses:
            pairs = ", ".join(f"{a}>{b}" for a, b in sorted(g.pairs))
            got = "; ".join(f"{e.subject}{'-' if e.symmetric else '>'}{e.object} {e.plover}" for e in found) or "none"
            lines.append(f"- {g.id} {g.plover} {g.quad} [{pairs}]: {got}\n    {g.text}")
        lines += ["", "Wrong events (event: the gold records of its text):"]
        for records, e in s.wrong:
            gold = "; ".join(f"{g.id} {g.plover} {','.join(f'{a}>{b}' for a, b in sorted(g.pairs))}" for g in records)
            lines.append(f"- {e.subject}{'-' if e.symmetric else '>'}{e.object} {e.plover}: {gold}\n    {records[0].text}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="PLOVER_GSR_CAMEO.txt (github.com/openeventdata/PLOVER)")
    parser.add_argument("--misses", action="store_true", help="list the records not recalled and the wrong events, with their texts")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        scores = run(args.path)
    except GsrError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(scores.as_dict(), indent=1) if args.format == "json" else report(scores, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
