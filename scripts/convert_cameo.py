#!/usr/bin/env python3
"""Convert the PETRARCH2 CAMEO verb dictionary into pluripolar's own data files (run once; output committed).

Source: `CAMEO.2.0.txt` of the Open Event Data Alliance's PETRARCH2 (github.com/openeventdata/petrarch2,
commit 676801c, folder petrarch2/data/dictionaries/), MIT licence, copyright (c) 2015 Open Event Data
Alliance; a copy sits in ../shared/reference/petrarch2/ (format: its dictionaries.rst). Nothing reads that
copy at run time: this script writes

- `src/pluripolar/text/data/en/cameo_verbs.csv`: verb, forms, block, code, reverse: every verb of the
  dictionary (lower case, a phrasal verb with a space, its inflected forms "|"-separated) with the code
  it carries on its own (its own `[...]`, else its block's; empty when the verb alone is no event);
- `.../cameo_patterns.csv`: block, pre, object, prep, prep_object, code, reverse, verb: each phrase
  pattern (its code empty when the dictionary's is null or PLOVER drops it: in that sense the verb is no
  event), whose verb (any verb of `block`) counts only with the words the pattern names: `pre` before
  the verb (its subject's head), `object` after it (its object's head, or a phrase whose last word is
  the head), `prep`/`prep_object` the first prepositional phrase after it. `&NAME` is a synonym set;
- `.../cameo_synsets.csv`: synset, word: the synonym sets' members.

Only codes whose PLOVER 2.0 type is defined are kept as codes (`src/pluripolar/ontology/cameo.csv`; CAMEO 01 and
02, statements and appeals, are dropped by PLOVER); a code unknown to the codebook counts as its
three-, then two-digit parent. `reverse` is the code for the other direction ("VISIT [042:043]").

It also fills the `goldstein` column of `src/pluripolar/ontology/cameo.csv` (pluripolar's one CAMEO →
PLOVER mapping, whose other columns are curated by hand from the PLOVER 2.0 manual's translation table)
from the published Goldstein weights of the CAMEO codes: GDELT's `CAMEO.goldsteinscale.txt`
(Goldstein, J. S. 1992, "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict
Resolution 36(2), as extended to CAMEO by the KEDS/GDELT projects; copy in
../shared/datasets/gdelt/cameo/). A code the table lacks (106) is left empty and takes its parent's weight.

Usage: python3 scripts/convert_cameo.py [PATH/TO/CAMEO.2.0.txt [PATH/TO/CAMEO.goldsteinscale.txt]]
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "pluripolar" / "text" / "data" / "en"
GOLDSTEIN = ROOT.parent / "shared" / "datasets" / "gdelt" / "cameo" / "CAMEO.goldsteinscale.txt"
MAPPING = ROOT / "src" / "pluripolar" / "ontology" / "cameo.csv"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")
_MARKERS = frozenset("$+%^")


def _plover_codes() -> set[str]:
    with MAPPING.open(encoding="utf-8") as f:
        return {r["code"] for r in csv.DictReader(f) if r["plover"]}


def _kept(code: str, known: set[str]) -> bool:
    return any(c in known for c in (code, code[:3], code[:2]))


def _codes(text: str) -> tuple[str, str]:
    """'042:043' → ('042', '043'); '---' → ('', '')."""
    m = _CODE.search(text)
    if not m:
        return "", ""
    main, _, rev = m.group(1).strip().partition(":")
    clean = lambda c: "" if not c or c.startswith("-") else c.strip()  # noqa: E731
    return clean(main), clean(rev)


def _words(text: str) -> str:
    return text.replace("_", " ").strip().lower()


def _forms(verb: str, irregular: list[str]) -> list[str]:
    """Inflected forms of a (phrasal) verb: the irregular ones given, else the regular English ones of the
    word marked '+' (the first word when none is)."""
    if irregular:
        return [_words(f.replace("+", "")) for f in irregular]
    words = verb.split("_")
    i = next((n for n, w in enumerate(words) if w.startswith("+")), 0)
    w = words[i].lstrip("+").lower()
    if w.endswith("e"):
        inflected = [w + "s", w + "d", w[:-1] + "ing"]
    elif w.endswith("y") and w[-2:-1] not in "aeiou":
        inflected = [w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        inflected = [w + "es", w + "ed", w + "ing"]
    else:
        inflected = [w + "s", w + "ed", w + "ing"]
    return [" ".join([*(x.lstrip("+").lower() for x in words[:i]), f, *(x.lower() for x in words[i + 1:])])
            for f in inflected]


def _noun(token: str) -> str:
    return _words(token.strip("{}"))


def _pattern(body: str) -> tuple[str, str, str, str]:
    """(pre, object, prep, prep_object) of a pattern's text between '-' and its code."""
    pre_text, _, post_text = body.partition("*")
    pre = [t for t in _TOKEN.findall(pre_text) if t not in _MARKERS and not t.startswith("(")]
    obj, prep, pobj = "", "", ""
    for t in _TOKEN.findall(post_text):
        if t in _MARKERS:
            continue
        if t.startswith("("):
            if not prep:
                inner = [x for x in _TOKEN.findall(t[1:-1]) if x not in _MARKERS]
                prep = _words(inner[0]) if inner else ""
                pobj = _noun(inner[1]) if len(inner) > 1 else ""
        elif not obj and not prep:
            obj = _noun(t)
    return (_noun(pre[-1]) if pre else ""), obj, prep, pobj


def convert(text: str, known: set[str]) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """Rows of the verbs, patterns and synsets files from the dictionary's text."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next(n for n, line in enumerate(lines) if "TRANSFORMATIONS" in line)
    synsets: list[list[str]] = []
    name = None
    for line in lines[:start]:
        line = line.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.rstrip("_").lower()
        elif line.startswith("+") and name:
            synsets.append([name, _words(line[1:])])
    verbs: list[list[str]] = []
    patterns: list[list[str]] = []
    block, block_code = "", ("", "")
    for raw in lines[start + 1:end]:
        header = _HEADER.match(raw)
        if header:
            block, block_code = header.group(1).lower().replace("_", " "), _codes(raw)
            continue
        line = raw.split("#", 1)
        body, comment = line[0].strip(), (line[1].strip() if len(line) > 1 else "")
        if not body or body.startswith("~"):
            continue
        if body.startswith("-"):
            code, rev = _codes(body)
            # a pattern whose code is null or dropped by PLOVER stays, with no code: in that sense the
            # verb is no event ("warn of disastrous consequences" is a comment, not a threat)
            code, rev = (code, rev) if code and _kept(code, known) else ("", "")
            pre, obj, prep, pobj = _pattern(_CODE.sub("", body[1:]))
            if pre or obj or prep:
                patterns.append([block, pre, obj, prep, pobj, code, rev, comment.split()[0].lower() if comment else ""])
            continue
        head = _CODE.sub("", body)
        irregular = re.findall(r"\{([^}]*)\}", head)
        verb = re.sub(r"\{[^}]*\}", "", head).strip()
        if not verb:
            continue
        code, rev = _codes(body) if _CODE.search(body) else block_code
        code = code if code and _kept(code, known) else ""
        forms = _forms(verb, irregular[0].split() if irregular else [])
        verbs.append([_words(verb.replace("+", "")), "|".join(forms), block, code, rev if code else ""])
    return verbs, patterns, synsets


def refresh_goldstein(table: Path) -> int:
    """Fill the mapping's `goldstein` column from the published table; the number of codes filled."""
    weights = {}
    for line in table.read_text(encoding="latin-1").splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip() and value.strip():
            weights[code.strip()] = f"{float(value):g}"
    with MAPPING.open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = list(reader.fieldnames or []), list(reader)
    for r in rows:
        r["goldstein"] = weights.get(r["code"], "")
    with MAPPING.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return sum(1 for r in rows if r["goldstein"])


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    table = Path(argv[2]) if len(argv) > 2 else GOLDSTEIN
    for path in (source, table):
        if not path.is_file():
            print(f"error: no such file: {path}", file=sys.stderr)
            return 1
    print(f"{refresh_goldstein(table)} Goldstein weights → {MAPPING}")
    verbs, patterns, synsets = convert(source.read_text(encoding="latin-1"), _plover_codes())
    OUT.mkdir(parents=True, exist_ok=True)
    _write(OUT / "cameo_verbs.csv", ["verb", "forms", "block", "code", "reverse"], verbs)
    _write(OUT / "cameo_patterns.csv", ["block", "pre", "object", "prep", "prep_object", "code", "reverse", "verb"],
           patterns)
    _write(OUT / "cameo_synsets.csv", ["synset", "word"], synsets)
    print(f"{len(verbs)} verbs, {len(patterns)} patterns, {len(synsets)} synonyms → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
