#!/usr/bin/env python3
"""Generate src/pluripolar/actors/data/aliases_es.csv: the Spanish names of states and organisations.

Sources (see src/pluripolar/actors/data/SOURCES.md):
- state names: the Spanish territory names of Unicode CLDR, as shipped by Babel (CLDR data under the
  Unicode License v3; Babel under the BSD licence), matched to actors by ISO 3166 alpha-2 code
  (`states.csv` iso2); "Myanmar (Birmania)" gives both names; names shared by several actors
  (`text/data/ambiguous.csv`: "Congo") are left out;
- organisations, short forms, capitals and seats of government used as metonyms: the hand-kept
  `scripts/spanish/aliases_hand.csv`;
- demonyms: the hand-kept `scripts/spanish/demonyms.csv` (masculine and feminine; plurals are derived).

usage: scripts/spanish_names.py   (rewrites the CSV; run after editing the hand-kept files)
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "pluripolar" / "actors" / "data"
HAND = Path(__file__).resolve().parent / "spanish"
AMBIGUOUS = ROOT / "src" / "pluripolar" / "text" / "data" / "ambiguous.csv"
OUT = DATA / "aliases_es.csv"
COLUMNS = ["actor_id", "alias", "type", "valid_from", "valid_to", "case_sensitive"]


def plural(word: str) -> str:
    """The Spanish plural of a demonym: "chino" → "chinos", "iraní" → "iraníes", "francés" → "franceses"."""
    if word[-1] in "aeiou":
        return word + "s"
    if word[-1] in "íú":
        return word + "es"
    unaccented = word.translate(str.maketrans("áéíóú", "aeiou"))
    return (unaccented if re.search(r"[áéíóú][nsl]$", word) else word) + "es"


def rows() -> list[dict[str, str]]:
    """Every Spanish alias row, states first, without duplicates."""
    states = {r["iso2"]: r["id"] for r in csv.DictReader(open(DATA / "states.csv", encoding="utf-8")) if r["iso2"]}
    # names shared by several actors ("Congo") are settled per document, never aliases
    ambiguous = {r["text"].lower() for r in csv.DictReader(open(AMBIGUOUS, encoding="utf-8"))}
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(actor: str, alias: str, typ: str) -> None:
        # Spanish writes names capitalised and demonyms in lower case: a name matches only with its own
        # case ("la paz" is peace, "chad" no country), a demonym in any case
        if (actor, alias) not in seen and alias.lower() not in ambiguous:
            seen.add((actor, alias))
            out.append({"actor_id": actor, "alias": alias, "type": typ, "valid_from": "", "valid_to": "",
                        "case_sensitive": "0" if typ == "demonym" else "1"})

    for code, name in sorted(Locale("es").territories.items()):
        if code in states:
            for part in re.split(r"\s*\(|\)\s*", name.replace("’", "'")):
                if part:
                    add(states[code], part, "name")
    for r in csv.DictReader(open(HAND / "aliases_hand.csv", encoding="utf-8")):
        add(r["actor_id"], r["alias"], r["type"])
    for r in csv.DictReader(open(HAND / "demonyms.csv", encoding="utf-8")):
        for word in dict.fromkeys([r["masculine"], r["feminine"]]):
            add(r["actor_id"], word, "demonym")
            add(r["actor_id"], plural(word), "demonym")
    return out


def main() -> int:
    found = rows()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(found)
    print(f"{OUT.relative_to(ROOT)}: {len(found)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
