"""The actor knowledge base: which states and organisations exist, and which names denote them when.

Everything it knows lives in `data/` (see `data/SOURCES.md`): `states.csv` and `organisations.csv`
(one row per actor), `aliases.csv` (the names text matching uses, with their validity dates) and
`cow_iso3.csv` (the time-dependent Correlates of War ↔ ISO 3166 crosswalk). `kb()` loads them once per
process; `ActorKB.resolve` turns a name or an id into an actor at a date and says why in one sentence.

Conventions the resolver follows:
- matching compares `normalize` keys; aliases marked case-sensitive ("US", "Chad") only match with
  their own capitalisation, so "us" and "chad" denote nothing;
- names and official names come from the actor files; aliases.csv adds the rest;
- with a date, aliases not valid on it ("Trump" in 2022, "Zaire" in 2010) rank below valid ones but
  still match, and the reason says when they held;
- when one alias names several actors, valid ones come first, then states before observers, partially
  recognised and former states, then organisations, then names before nicknames;
- Germany keeps one id, DEU, for the Federal Republic (West Germany until 1990) and unified Germany;
  East Germany is DDR.
"""
from __future__ import annotations

import calendar
import csv
import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import TypeVar

from ..errors import InvalidInput, LayoutMismatch, UnknownActor
from ..model import Actor

DATA = Path(__file__).parent / "data"
T = TypeVar("T")
KINDS = ("state", "observer", "partially_recognised", "former_state", "igo", "org")
# The kinds that are states (UN members, observers, partly recognised and former states): the one set
# every stage asking "is it a state?" uses.
STATE_KINDS = frozenset(KINDS[:4])
OFFICE_COLUMNS = ["actor_id", "person", "role", "valid_from", "valid_to", "aliases"]
COLUMNS = {
    "states.csv": ["id", "kind", "name", "official_name", "iso2", "iso_numeric", "cow_code", "cow_abb",
                   "un_region", "un_subregion", "capital", "valid_from", "valid_to"],
    "organisations.csv": ["id", "kind", "name", "seat", "founded"],
    "aliases.csv": ["actor_id", "alias", "type", "valid_from", "valid_to", "case_sensitive"],
    "cow_iso3.csv": ["cow_code", "cow_abb", "iso3", "valid_from", "valid_to", "note"],
    "officeholders.csv": OFFICE_COLUMNS,
    "officeholders_phoenix.csv": OFFICE_COLUMNS,
}
# The office-holder files (one row per person, actor, role and spell; `aliases` are other name forms,
# "|"-separated) and the alias type their names get: the hand-kept file's people are `leader`s like
# those of aliases.csv; the Phoenix dictionaries' are `officeholder`s, known only until early 2014.
OFFICE_FILES = {"officeholders.csv": "leader", "officeholders_phoenix.csv": "officeholder"}
# When an alias names several actors: states first, organisations last; then names before nicknames.
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
TYPE_RANK = {"name": 0, "official": 0, "short": 1, "abbreviation": 1, "former_name": 2,
             "capital": 3, "metonym": 3, "demonym": 4, "ministry": 5, "military": 5, "media": 5,
             "official_title": 6, "leader": 6, "officeholder": 6, "id": 7}
# One sentence per alias type: {m} the matched alias, {a} the actor ("North Korea (PRK)"), {is} "is" or "was".
REASONS = {
    "id": "'{m}' {is} the id of {a}",
    "name": "'{m}' {is} the name of {a}",
    "official": "'{m}' {is} the official name of {a}",
    "short": "'{m}' {is} a short name for {a}",
    "abbreviation": "'{m}' {is} an abbreviation for {a}",
    "former_name": "'{m}' {is} a former name of {a}",
    "demonym": "'{m}' {is} the demonym of {a}, taken to mean its state",
    "capital": "'{m}' {is} the capital of {a}, used as a metonym for its government",
    "metonym": "'{m}' {is} a metonym for {a}",
    "ministry": "'{m}' {is} a ministry or state body of {a}",
    "military": "'{m}' {is} the armed forces of {a}",
    "media": "'{m}' {is} state media of {a}",
    "official_title": "'{m}' {is} an official title used only by {a}",
    "leader": "'{m}' {is} a leader or official of {a}",
    "officeholder": "'{m}' {is} an office-holder of {a}",
}
_PUNCT = str.maketrans({
    **dict.fromkeys("’‘‛`´ʼʻ′", "'"), **dict.fromkeys("“”„‟″", '"'),
    **dict.fromkeys("-‐‑‒–—―−", " "), ".": "",
})
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "æ": "ae", "œ": "oe"})
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def normalize(text: str, *, case_sensitive: bool = False) -> str:
    """The key aliases are matched on: NFKC; typographic quotes unified; dashes and hyphens read as
    spaces ("Kim Jong-un" == "Kim Jong Un"); dots dropped ("U.S." == "US"); a leading "the " dropped;
    whitespace collapsed; case folded unless `case_sensitive`."""
    s = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    s = _THE.sub("", " ".join(s.split()))
    return s if case_sensitive else s.casefold()


def fold_accents(key: str) -> str:
    """`key` without diacritics ("erdoğan" → "erdogan"), the resolver's fallback when nothing matches
    and the gazetteer's second spelling of a name."""
    if key.isascii():
        return key
    s = unicodedata.normalize("NFKD", key.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _span(value: str | int | None) -> tuple[str, str] | None:
    """A date, month or year ('2021-02-03', '2021-02', '2021' or 2021) as (first day, last day) in ISO."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not _DATE.match(text):
        raise InvalidInput(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(text[:4])
    if len(text) == 4:
        return f"{text}-01-01", f"{text}-12-31"
    if len(text) == 7:
        return f"{text}-01", f"{text}-{calendar.monthrange(year, int(text[5:7]))[1]:02d}"
    return text, text


def _bounds(valid_from: str | None, valid_to: str | None) -> tuple[str, str]:
    """An alias's or actor's validity as an inclusive (first day, last day); open ends are far away."""
    lo = _span(valid_from)[0] if valid_from else "0001-01-01"
    hi = _span(valid_to)[1] if valid_to else "9999-12-31"
    return lo, hi


def _describe(valid_from: str | None, valid_to: str | None) -> str:
    """'from X until Y', 'since X' or 'until Y' for a validity span."""
    if valid_from and valid_to:
        return f"from {valid_from} until {valid_to}"
    return f"since {valid_from}" if valid_from else f"until {valid_to}"


def _days_apart(span: tuple[str, str], bounds: tuple[str, str]) -> int:
    """How many days separate a date span from a validity span (0 when they overlap)."""
    if bounds[1] < span[0]:
        return (Date.fromisoformat(span[0]) - Date.fromisoformat(bounds[1])).days
    if bounds[0] > span[1]:
        return (Date.fromisoformat(bounds[0]) - Date.fromisoformat(span[1])).days
    return 0


def _read(name: str, data_dir: Path) -> list[dict[str, str]]:
    """The rows of one data file, after checking its header against COLUMNS."""
    path = data_dir / name
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS[name]:
            raise LayoutMismatch(f"{path}: expected columns {', '.join(COLUMNS[name])}; "
                                 f"found {', '.join(reader.fieldnames or [])}")
        return list(reader)


@dataclass(frozen=True)
class Alias:
    """A name that denotes an actor: its text, type, the dates it denotes the actor (the actor's own
    dates when the alias gives none; None = open), whether it only matches with its own case, and for
    a person from an office-holder file, the office ("foreign_minister", "head_of_state", "defence")."""

    actor_id: str
    text: str
    type: str
    valid_from: str | None
    valid_to: str | None
    case_sensitive: bool
    role: str = ""

    def valid_at(self, date: str | int | None) -> bool:
        """Whether the alias denotes its actor at some time in `date` (a day, month or year); True without a date."""
        span = _span(date)
        if span is None:
            return True
        lo, hi = _bounds(self.valid_from, self.valid_to)
        return lo <= span[1] and span[0] <= hi


@dataclass(frozen=True)
class Resolution:
    """The actor a name resolved to, the alias that matched, its type, why, in one sentence, and
    whether the alias denotes the actor at the date asked (False: a leader out of office)."""

    actor: Actor
    matched: str
    alias_type: str
    reason: str
    valid: bool = True

    @property
    def id(self) -> str:
        """The resolved actor's id (a shortcut for `actor.id`)."""
        return self.actor.id


class ActorKB:
    """States, organisations, their aliases and the COW crosswalk, with a date-aware name resolver."""

    def __init__(self, actors: list[Actor], records: dict[str, dict[str, str]], aliases: list[Alias],
                 crosswalk: list[dict[str, str]]) -> None:
        self._actors = {a.id: a for a in actors}
        self._records = records
        self._aliases = aliases
        self._ids = {a.id.casefold(): a.id for a in actors}
        self._folded: dict[str, list[Alias]] = {}
        self._exact: dict[str, list[Alias]] = {}
        for alias in aliases:
            key = normalize(alias.text, case_sensitive=alias.case_sensitive)
            (self._exact if alias.case_sensitive else self._folded).setdefault(key, []).append(alias)
        self._cow: dict[int, list[tuple[str, tuple[str, str]]]] = {}
        self._iso: dict[str, list[tuple[int, tuple[str, str]]]] = {}
        for row in crosswalk:
            bounds = _bounds(row["valid_from"], row["valid_to"])
            self._cow.setdefault(int(row["cow_code"]), []).append((row["iso3"], bounds))
            self._iso.setdefault(row["iso3"], []).append((int(row["cow_code"]), bounds))

    @classmethod
    def load(cls, data_dir: Path | str = DATA) -> ActorKB:
        """Read the data files once and index them. Use `kb()` for the process-wide instance."""
        data_dir = Path(data_dir)
        actors, records = [], {}
        for row in _read("states.csv", data_dir):
            records[row["id"]] = row
            actors.append(Actor(id=row["id"], name=row["name"], kind=row["kind"],
                                cow_code=int(row["cow_code"]) if row["cow_code"] else None,
                                un_region=row["un_region"] or None, un_subregion=row["un_subregion"] or None,
                                capital=row["capital"] or None, valid_from=row["valid_from"] or None,
                                valid_to=row["valid_to"] or None))
        for row in _read("organisations.csv", data_dir):
            records[row["id"]] = row
            actors.append(Actor(id=row["id"], name=row["name"], kind=row["kind"], capital=row["seat"] or None,
                                valid_from=row["founded"] or None))
        by_id = {a.id: a for a in actors}
        aliases, seen = [], set()
        for row in _read("aliases.csv", data_dir):
            actor = by_id[row["actor_id"]]
            dated = row["valid_from"] or row["valid_to"]
            alias = Alias(actor.id, row["alias"], row["type"],
                          (row["valid_from"] if dated else actor.valid_from) or None,
                          (row["valid_to"] if dated else actor.valid_to) or None, row["case_sensitive"] == "1")
            aliases.append(alias)
            seen.add((alias.actor_id, alias.text))
        for name, typ in OFFICE_FILES.items():
            for row in _read(name, data_dir):
                actor = by_id[row["actor_id"]]
                for text in filter(None, [row["person"], *row["aliases"].split("|")]):
                    aliases.append(Alias(actor.id, text, typ, row["valid_from"] or None,
                                         row["valid_to"] or None, False, row["role"]))
        for actor in actors:   # names and official names, unless aliases.csv already lists them
            official = records[actor.id].get("official_name")
            for text, typ in ((actor.name, "name"), (official, "official")):
                if text and (actor.id, text) not in seen:
                    seen.add((actor.id, text))
                    aliases.append(Alias(actor.id, text, typ, actor.valid_from, actor.valid_to, False))
        return cls(actors, records, aliases, _read("cow_iso3.csv", data_dir))

    # --- actors

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id (case-insensitive: 'prk' finds PRK), or None."""
        found = self._actors.get(actor_id) or self._actors.get(self._ids.get(actor_id.strip().casefold(), ""))
        return found

    def actors(self, kind: str | None = None) -> list[Actor]:
        """Every actor, or those of one kind (state, observer, partially_recognised, former_state, igo, org)."""
        if kind is not None and kind not in KINDS:
            raise InvalidInput(f"unknown actor kind {kind!r}; expected one of: {', '.join(KINDS)}")
        return [a for a in self._actors.values() if kind is None or a.kind == kind]

    def record(self, actor_id: str) -> dict[str, str] | None:
        """The actor's full row in states.csv or organisations.csv (official name, ISO codes, seat …)."""
        actor = self.get(actor_id)
        return dict(self._records[actor.id]) if actor else None

    def region(self, actor_id: str) -> str | None:
        """The UN M49 region of a state (Africa, Americas, Asia, Europe, Oceania); None for organisations."""
        actor = self.get(actor_id)
        return actor.un_region if actor else None

    def iso_numeric(self, actor_id: str) -> int | None:
        """The ISO 3166 numeric code of a state (the id of its shape in world-atlas maps), else None."""
        row = self.record(actor_id)
        return int(row["iso_numeric"]) if row and row.get("iso_numeric") else None

    def aliases(self) -> list[Alias]:
        """Every alias: the rows of aliases.csv plus each actor's name and official name (no duplicates)."""
        return list(self._aliases)

    # --- names

    def resolve(self, name: str, date: str | int | None = None) -> Resolution:
        """The actor `name` denotes at `date` (YYYY, YYYY-MM or YYYY-MM-DD); UnknownActor, with close
        matches, when no alias or id matches."""
        found = self.candidates(name, date)
        if not found:
            raise UnknownActor(self._unknown_message(name))
        return found[0]

    def candidates(self, name: str, date: str | int | None = None) -> list[Resolution]:
        """Every actor `name` can denote, best first (one entry per actor): exact aliases and ids, else
        the same ignoring accents and a possessive "'s". Aliases invalid at `date` rank last."""
        span = _span(date)
        matches, loose = self._lookup(name), False
        if not matches:
            matches, loose = self._lookup_loosely(name), True
        best: dict[str, tuple[tuple, Alias]] = {}
        for alias in matches:
            rank = self._rank(alias, span) + (alias.text != name.strip(), not alias.role)
            if alias.actor_id not in best or rank < best[alias.actor_id][0]:
                best[alias.actor_id] = (rank, alias)
        ordered = sorted(best.values(), key=lambda item: item[0])
        return [self._resolution(alias, date, rank[0] == 0, loose) for rank, alias in ordered]

    def normalize_id(self, text: str) -> str | None:
        """The canonical id for an id in any case ('prk', 'org:hamas', 'nato') or a name; None if unknown."""
        actor = self.get(text)
        if actor:
            return actor.id
        found = self.candidates(text)
        return found[0].actor.id if found else None

    def _lookup(self, name: str) -> list[Alias]:
        """Aliases whose key equals the name's (case-sensitive ones with the same case), and the id it is."""
        found = list(self._folded.get(normalize(name), ()))
        found += self._exact.get(normalize(name, case_sensitive=True), ())
        actor = self._actors.get(name.strip())
        if actor:
            found.append(Alias(actor.id, actor.id, "id", actor.valid_from, actor.valid_to, True))
        return found

    def _lookup_loosely(self, name: str) -> list[Alias]:
        """The fallback: the name without a possessive "'s", and without accents."""
        plain = name.strip().translate(_PUNCT)
        bare = _POSSESSIVE.sub("", plain)
        found = self._lookup(bare) if bare != plain else []
        return found or list(self._accentless.get(fold_accents(normalize(bare)), ()))

    def _rank(self, alias: Alias, span: tuple[str, str] | None) -> tuple:
        """Sort key: valid first (then nearest in time; with no date, the most recent), states before
        organisations, names before nicknames."""
        actor = self._actors[alias.actor_id]
        bounds = _bounds(alias.valid_from, alias.valid_to)
        apart = _days_apart(span, bounds) if span else 0
        distance = apart if span else (Date.max - Date.fromisoformat(bounds[1])).days
        return (apart > 0, distance, KIND_RANK.get(actor.kind, len(KINDS)), TYPE_RANK.get(alias.type, 9), actor.id)

    def _resolution(self, alias: Alias, date: str | int | None, valid: bool, loose: bool) -> Resolution:
        """A Resolution whose reason names the alias type, when it held if that matters, and how it matched."""
        actor = self._actors[alias.actor_id]
        template = REASONS.get(alias.type, REASONS["name"])
        label = f"{actor.name} ({actor.id})" + (f" [{alias.role.replace('_', ' ')}]" if alias.role else "")
        reason = template.format(m=alias.text, a=label, **{"is": "is" if valid else "was"})
        own_dates = (alias.valid_from, alias.valid_to) != (actor.valid_from, actor.valid_to)
        if not valid:
            when = "on" if len(str(date)) == 10 else "in"
            reason += f" {_describe(alias.valid_from, alias.valid_to)}, not {when} {date}"
        elif own_dates and (alias.valid_from or alias.valid_to):
            reason += f", {_describe(alias.valid_from, alias.valid_to)}"
        if loose:
            reason += " (matched ignoring accents or a possessive 's)"
        return Resolution(actor=actor, matched=alias.text, alias_type=alias.type, reason=reason, valid=valid)

    def _unknown_message(self, name: str) -> str:
        """'no actor is known as X; did you mean …?' with up to three close aliases or ids."""
        keys = self._suggestion_keys
        close = difflib.get_close_matches(normalize(name), list(keys), n=3, cutoff=0.75)
        hint = ", ".join(f"'{keys[k][0]}' ({keys[k][1]})" for k in close)
        if hint:
            return f"no actor is known as {name!r}; did you mean {hint}?"
        return (f"no actor is known as {name!r}; give an ISO3 code (PRK), an organisation code (NATO) "
                "or a name (North Korea)")

    @functools.cached_property
    def _accentless(self) -> dict[str, list[Alias]]:
        """Case-insensitive aliases by their key without accents, built on the first fallback lookup only."""
        index: dict[str, list[Alias]] = {}
        for key, aliases in self._folded.items():
            index.setdefault(fold_accents(key), []).extend(aliases)
        return index

    @functools.cached_property
    def _suggestion_keys(self) -> dict[str, tuple[str, str]]:
        """Folded alias keys and ids → (alias text, actor id), built on the first unknown name only."""
        keys = {normalize(a.text): (a.text, a.actor_id) for a in reversed(self._aliases)}
        keys.update({i.casefold(): (i, i) for i in self._actors})
        return keys

    # --- Correlates of War crosswalk

    def cow_to_iso3(self, cow_code: int, date: str | int) -> str | None:
        """The ISO3 (or former-state) id a COW code stands for on a date ('YYYY-MM-DD') or in a year
        (an int or 'YYYY': the pairing holding on 1 July, else the latest one that year); None if none."""
        return self._pick(self._cow.get(int(cow_code), []), date)

    def iso3_to_cow(self, iso3: str, date: str | int) -> int | None:
        """The COW code of an ISO3 (or former-state) id on a date or in a year (same rule); None if none."""
        actor = self.get(iso3)
        return self._pick(self._iso.get(actor.id if actor else iso3, []), date)

    @staticmethod
    def _pick(pairings: list[tuple[T, tuple[str, str]]], date: str | int) -> T | None:
        """The value of the pairing valid on a day; for a year, the one holding on 1 July, else the
        latest-starting one overlapping the year (the rule `datasets.crosswalk` applies in SQL)."""
        span = _span(date)
        if span is None:
            raise InvalidInput("a date or a year is required to read the COW crosswalk")
        if span[0] == span[1]:
            return next((value for value, (lo, hi) in pairings if lo <= span[0] <= hi), None)
        mid = span[0][:4] + "-07-01"
        overlapping = [(lo <= mid <= hi, lo, value) for value, (lo, hi) in pairings if lo <= span[1] and span[0] <= hi]
        return max(overlapping, key=lambda t: (t[0], t[1]))[2] if overlapping else None


@functools.cache
def kb() -> ActorKB:
    """The process-wide knowledge base, loaded on first use."""
    return ActorKB.load()
