#!/usr/bin/env python3
"""Convert the Phoenix (PETRARCH2) actor dictionaries into the project's office-holder data.

Usage: scripts/phoenix/convert.py [REFERENCE_DIR] (default ../shared/reference/petrarch2)

Reads `Phoenix.Countries.actors.txt` and `Phoenix.International.actors.txt` (MIT, Open Event Data
Alliance; TABARI actor format, see that folder's `dictionaries.rst`) and writes
`src/pluripolar/actors/data/officeholders_phoenix.csv`: one row per person, state or organisation,
role and spell in office, with the person's other name forms. Run it again to rebuild the file from the
same input; nothing reads the reference folder at run time. What is kept and why:

- people with a dated spell whose role code is state office (`crosswalk.toml` [roles]; former officials,
  opposition, legislators and rebels are left out) or office in an organisation the project knows
  (`crosswalk.toml` [igo]); undated entries (country names, cities, institutions, undated staff) are not
  people with a known time in office and are left out;
- a spell still open when the files were made (January 2014) ends on that day: later office needs
  another source (`officeholders.csv`);
- spells are given to the predecessor state the project distinguishes (Gorbachev's 1985-1991 spell is
  the Soviet Union's, Havel's 1989-1992 one Czechoslovakia's);
- name forms must look like a person's full name: at least two words, none of them a title or
  description ("President Obama", "former Soviet leader ..."); a form that two states' people share,
  that is already a name of a state or organisation or another kind of alias, or that is too generic
  ("Abdul Ali") is dropped;
- where the hand-kept files (aliases.csv, officeholders.csv) list the same person's time in office,
  they win: a Phoenix spell ends the day before a hand-kept one starts (Anders Fogh Rasmussen, whom
  Phoenix keeps in Danish office until 2014, is Denmark's until NATO's term in August 2009).
"""
from __future__ import annotations

import calendar
import csv
import re
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from pluripolar.actors.kb import normalize  # noqa: E402  (the key the KB matches names on)

DATA = ROOT / "src" / "pluripolar" / "actors" / "data"
OUT = DATA / "officeholders_phoenix.csv"
COLUMNS = ["actor_id", "person", "role", "valid_from", "valid_to", "aliases"]
PERSON_TYPES = frozenset({"leader", "official_title"})  # aliases.csv types that name a person
NAME_WORD = re.compile(r"[^\W\d_][^\W\d_.'-]*(?:[.'-][^\W\d_]*)*\.?")
CODE = re.compile(r"\[([A-Z]+)\s*([^\]]*)\]")
PARTICLES = frozenset({"da", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von",
                       "al", "el", "bin", "ibn", "y"})


@dataclass
class Block:
    """One dictionary record: its name forms and its [CODE dates] lines."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)


def read_blocks(path: Path) -> list[Block]:
    """The records of a TABARI actor file: name lines (a first one, '+' synonyms, and further first
    lines before any code, as in PETRARCH's reader) followed by codes inline or on tab-indented lines."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.lstrip().startswith("#"):
            continue  # a comment line ("#+ROMA_ Causes miscodings") interrupts nothing
        if not line.strip():
            current = None if current is None or current.codes else current
            continue
        codes = CODE.findall(line)
        if line[0] in "\t ":
            if current is not None:
                current.codes += codes
            continue
        name = re.split(r"[\s\[]", line.lstrip("+"), maxsplit=1)[0]
        if current is None and line.startswith("+") and blocks:
            current = blocks[-1]  # a synonym after a blank line still belongs to the record above
        elif current is None or (current.codes and not line.startswith("+")):
            current = Block()
            blocks.append(current)
        current.names.append(name)
        current.codes += codes
    return blocks


def parse_date(text: str, pivot: int) -> date | None:
    """A YYMMDD or YYYYMMDD date; None when malformed (a few entries in the files are)."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= pivot else 1900 + yy}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def parse_spell(text: str, snapshot: date, pivot: int) -> tuple[date, date] | None:
    """'a-b', '>a' (until the snapshot) or '<b' as inclusive (first, last) days; None when undated or bad."""
    text = text.replace(" ", "")
    if text.startswith(">"):
        first = parse_date(text[1:], pivot)
        return (first, snapshot) if first and first <= snapshot else None
    if text.startswith("<"):
        return None  # "before a date" has no start: not a known time in office
    parts = text.split("-")
    if len(parts) != 2:
        return None
    first, last = parse_date(parts[0], pivot), parse_date(parts[1], pivot)
    return (first, min(last, snapshot)) if first and last and first <= last else None


def display(name: str) -> str | None:
    """'JOSE_ALENCAR_GOMES_DA_SILVA_' → 'Jose Alencar Gomes da Silva'; None for forms with digits,
    quotes or brackets (nicknames, notes)."""
    words = [w for w in name.replace("_", " ").replace(",", " ").split() if w]
    if not words or not all(NAME_WORD.fullmatch(w) for w in words):
        return None
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in PARTICLES else re.sub(r"(?:^|(?<=[-])|(?<=\b[A-Za-z]'))(\w)",
                                                             lambda m: m.group(1).upper(), low))
    return " ".join(out)


def name_words(text: str) -> list[str]:
    """The words of a displayed name that count for genericity: no particles, no initials."""
    words = (w.strip(".").lower() for w in re.split(r"[\s-]+", text))
    return [w for w in words if len(w) > 1 and w not in PARTICLES]


def person_forms(block: Block, title_words: frozenset[str]) -> list[str]:
    """The block's name forms that look like a person's full name, in file order, without repeats."""
    forms: list[str] = []
    for name in block.names:
        text = display(name)
        if not text:
            continue
        words = [w.strip(".").lower() for w in re.split(r"[\s-]+", text)]
        if len(name_words(text)) < 2 or any(w in title_words for w in words):
            continue
        if text not in forms:
            forms.append(text)
    return forms


def state_spells(code: str, spell: tuple[date, date], cfg: dict, states: set[str]) -> list[tuple[str, str, date, date]]:
    """(actor id, role, first, last) for a country code + role + spell, split at a succession."""
    country, suffix = code[:3], code[3:]
    role = cfg["roles"].get(suffix) if suffix else None
    country = cfg["countries"].get(country, country)
    if role is None or country not in states:
        return []
    out, (first, last) = [], spell
    for rule in sorted((r for r in cfg["succession"] if r["code"] == country), key=lambda r: r["until"]):
        until = date.fromisoformat(rule["until"])
        if first <= min(until, last):
            out.append((rule["id"], role, first, min(last, until)))
            first = until + timedelta(days=1)
    if first <= last:
        out.append((country, role, first, last))
    return out


def igo_id(code: str, igo: dict[str, str]) -> str | None:
    """The project id of the most specific listed prefix of an IGO code (IGOUNOIAE → IAEA, IGOUNOXYZ → UN)."""
    for end in range(len(code), 5, -1):
        if code[:end] in igo:
            return igo[code[:end]]
    return None


def _day(text: str, last: bool) -> date:
    """The first or last day of a date, month or year written YYYY[-MM[-DD]]."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(*parts)[1] if last else 1)
    return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)


def hand_kept() -> tuple[set[str], dict[str, list[tuple[date, date]]]]:
    """What the project's hand-kept files already say: the normalised names of states, organisations
    and their other aliases (a Phoenix form equal to one is dropped), and the spells in office of the
    people they list (hand-kept knowledge wins: a Phoenix spell is cut where it overlaps one)."""
    names: set[str] = set()
    spells: dict[str, list[tuple[date, date]]] = defaultdict(list)

    def person(text: str, first: str, last: str) -> None:
        spells[normalize(text)].append((_day(first, False) if first else date.min,
                                        _day(last, True) if last else date.max))

    for name, cols in (("states.csv", ("name", "official_name")), ("organisations.csv", ("name",))):
        with open(DATA / name, encoding="utf-8", newline="") as fh:
            names.update(normalize(row[c]) for row in csv.DictReader(fh) for c in cols if row[c])
    with open(DATA / "aliases.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["type"] in PERSON_TYPES:
                person(row["alias"], row["valid_from"], row["valid_to"])
            else:
                names.add(normalize(row["alias"]))
    with open(DATA / "officeholders.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for text in filter(None, [row["person"], *row["aliases"].split("|")]):
                person(text, row["valid_from"], row["valid_to"])
    return names, spells


def outside(spell: tuple[date, date], known: list[tuple[date, date]]) -> tuple[date, date] | None:
    """The part of a Phoenix spell before the first hand-kept spell it overlaps; None if nothing is left."""
    first, last = spell
    for lo, hi in sorted(known):
        if lo <= last and first <= hi:
            if first >= lo:
                return None
            last = lo - timedelta(days=1)
    return first, last


def merge(spells: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping or adjoining spells as one."""
    out: list[tuple[date, date]] = []
    for first, last in sorted(spells):
        if out and first <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def convert(reference: Path) -> list[dict[str, str]]:
    """The office-holder rows drawn from the two Phoenix actor files."""
    cfg = tomllib.loads((Path(__file__).parent / "crosswalk.toml").read_text(encoding="utf-8"))
    snapshot, pivot = date.fromisoformat(cfg["snapshot"]), int(cfg["two_digit_pivot"])
    titles = frozenset(cfg["title_words"])
    with open(DATA / "states.csv", encoding="utf-8", newline="") as fh:
        states = {row["id"] for row in csv.DictReader(fh)}
    people: list[tuple[list[str], dict[tuple[str, str], list[tuple[date, date]]]]] = []
    for filename, international in (("Phoenix.Countries.actors.txt", False), ("Phoenix.International.actors.txt", True)):
        for block in read_blocks(reference / filename):
            offices: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
            for code, when in block.codes:
                spell = parse_spell(when, snapshot, pivot)
                if spell is None:
                    continue
                if international and code.startswith("IGO"):
                    org = igo_id(code, cfg["igo"])
                    if org:
                        offices[(org, "official")].append(spell)
                else:
                    for actor, role, first, last in state_spells(code, spell, cfg, states):
                        offices[(actor, role)].append((first, last))
            forms = person_forms(block, titles) if offices else []
            if forms:
                people.append((forms, offices))
    owners: dict[str, set[frozenset[str]]] = defaultdict(set)  # a form's people, as the actors each served
    people_with: Counter[str] = Counter()
    for forms, offices in people:
        for form in forms:
            owners[normalize(form)].add(frozenset(actor for actor, _ in offices))
        people_with.update({w for form in forms for w in name_words(form)})
    taken, kept_spells = hand_kept()

    def generic(form: str) -> bool:
        words = name_words(form)
        return len(words) == 2 and all(people_with[w] >= cfg["common_word_people"] for w in words)

    rows = {}
    for forms, offices in people:
        kept = [f for f in forms if len(owners[normalize(f)]) == 1 and normalize(f) not in taken and not generic(f)]
        if not kept:
            continue
        known = [s for f in kept for s in kept_spells.get(normalize(f), ())]
        for (actor, role), spells in offices.items():
            for first, last in filter(None, (outside(s, known) for s in merge(spells))):
                key = (actor, kept[0], role, first.isoformat())
                rows[key] = {"actor_id": actor, "person": kept[0], "role": role, "valid_from": first.isoformat(),
                             "valid_to": last.isoformat(), "aliases": "|".join(kept[1:])}
    return [rows[k] for k in sorted(rows)]


def main(argv: list[str]) -> int:
    """Write officeholders_phoenix.csv from the reference folder given (or the default one)."""
    reference = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "reference" / "petrarch2"
    if not (reference / "Phoenix.Countries.actors.txt").is_file():
        print(f"error: no Phoenix.Countries.actors.txt in {reference}", file=sys.stderr)
        return 1
    rows = convert(reference)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} office-holder spells written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
