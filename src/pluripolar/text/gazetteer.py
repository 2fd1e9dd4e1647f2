"""The actor gazetteer seen by the text pipeline: KB aliases plus the extractor's own extras.

It turns aliases into actor-ruler patterns (whose `id` is an alias key), and resolves an alias
key or a free name to an actor id at a date. The actor KB (`pluripolar.actors.kb`) is the authority;
`data/aliases_extra.csv` only adds names the news corpus needs and the KB lacks, and
`data/cities.csv` maps major cities to their state (places of events only), as `data/places.csv` does
towns and territories where force, coercion and protest are often reported ("the West Bank"), and
`data/ambiguous.csv` lists names shared by several actors ("Korea"), settled per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors.kb import KINDS, fold_accents, kb
from ..errors import PluripolarError
from . import resources

# Alias type of a city: it names the place of an event in its state, never the state as an actor.
CITY = "city"
# Alias types naming a place (a capital also stands for its state: "Beijing said").
PLACE_TYPES = frozenset({CITY, "capital"})
# Alias types whose mention stands for a person (used for he/she resolution).
PERSON_TYPES = frozenset({"leader", "official_title", "officeholder"})
# People named only by the Phoenix dictionaries (tens of thousands, known until early 2014): matched
# through the NER's PERSON entities and the KB, not given ruler patterns (see actors/data/SOURCES.md).
UNRULED_TYPES = frozenset({"officeholder"})
# Alias types that are names of a state or organisation ("Burkina Faso", "Czech Republic"): the ones
# news also writes hyphenated ("Burkina-Faso").
NAME_TYPES = frozenset({"name", "official", "short", "former_name"})
# a hyphen between letters ("Guinea-Bissau", "Jong-un")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
LABELS = {"demonym": "NORP", "leader": "PERSON", "official_title": "PERSON", "officeholder": "PERSON"}


@dataclass(frozen=True)
class Sense:
    """One actor an alias can denote, with the alias type and validity dates."""

    actor_id: str
    type: str
    valid_from: str | None = None
    valid_to: str | None = None

    def valid_at(self, date: str | None) -> bool:
        if not date:
            return True
        return (not self.valid_from or self.valid_from[: len(date)] <= date) and (
            not self.valid_to or date <= self.valid_to or self.valid_to[: len(date)] >= date
        )


def spellings(text: str, hyphenable: bool) -> list[str]:
    """`text` and the other ways news writes it: without diacritics ("Erdogan"), with a hyphen read as
    a space ("Guinea Bissau", "Kim Jong Un") and, for a state's or organisation's name of two or three
    words (`hyphenable`), with its spaces hyphenated ("Burkina-Faso")."""
    out = [text]
    for variant in (fold_accents(text), _HYPHEN.sub(" ", text)):
        if variant not in out:
            out.append(variant)
    words = text.split()
    if hyphenable and 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
        out += [s.replace(" ", "-") for s in list(out) if " " in s]
    return out


class Gazetteer:
    """Alias keys → senses, actor kinds, ruler patterns and name resolution."""

    def __init__(self, language: str | None = None) -> None:
        self.senses: dict[str, list[Sense]] = {}
        self.kinds: dict[str, str] = {}
        self.case_sensitive: set[str] = set()
        self._texts: dict[str, str] = {}
        self._resolved: dict[tuple[str, str | None], Sense | None] = {}
        base = kb()
        for a in base.aliases():
            if a.type in UNRULED_TYPES or a.language not in (None, language):
                continue
            self._add(a.text, Sense(a.actor_id, a.type, a.valid_from, a.valid_to), a.case_sensitive)
        for kind in KINDS:
            for actor in base.actors(kind):
                self.kinds[actor.id] = actor.kind
        for row in resources.rows("aliases_extra.csv"):
            self.kinds.setdefault(row["actor_id"], row["kind"])
            self._add(row["text"], Sense(row["actor_id"], row["type"]), row["case_sensitive"] == "true")
        places = [(r["city"], r["country"]) for r in (*resources.rows("cities.csv"), *resources.own_rows("cities_local.csv"))]
        places += [(r["place"], r["country"]) for r in resources.rows("places.csv")]
        for place, country in places:
            if place.lower() not in self.senses:  # an actor alias (a capital) wins
                self._add(place, Sense(country, CITY), True)
        self.ambiguous: dict[str, tuple[str, ...]] = {
            row["text"].lower(): tuple(row["candidates"].split("|")) for row in resources.rows("ambiguous.csv")
        }
        for text in self.ambiguous:
            self._texts.setdefault(text, text)

    def _add(self, text: str, sense: Sense, case_sensitive: bool) -> None:
        text = text.strip()
        if not text:
            return
        # Short all-capital abbreviations ("US", "UN") must keep their case, whatever the source says.
        if case_sensitive or (text.isupper() and len(text) <= 4):
            key = text
            self.case_sensitive.add(key)
        else:
            key = text.lower()
        self._texts.setdefault(key, text)
        senses = self.senses.setdefault(key, [])
        if sense not in senses:
            senses.append(sense)

    def patterns(self) -> list[dict]:
        """Ruler patterns (`text.ruler`) for every alias and its spelling variants (`spellings`): the
        alias key as id, an entity label, the text, and whether it matches only with its own case."""
        out = []
        for key, text in self._texts.items():
            senses = self.senses.get(key, [])
            label = LABELS.get(senses[0].type, "GPE") if senses else "GPE"
            for spelling in spellings(text, bool(senses) and all(s.type in NAME_TYPES for s in senses)):
                out.append({"label": label, "id": key, "pattern": spelling,
                            "case_sensitive": key in self.case_sensitive})
        return out

    def sense(self, key: str, date: str | None) -> Sense | None:
        """The sense of alias `key` valid at `date` (the first one listed when several are); with no
        date, the most recent one (a text without a date is most likely about the present). A person
        stands for a state or organisation only while in office (Baerbock in 2024 is no UN official,
        Obama in 2020 no US president), including offices only the KB lists (Anders Fogh Rasmussen,
        NATO's here, was Denmark's in 2003); other names out of their time still stand for their actor."""
        senses = self.senses.get(key) or self.senses.get(key.lower()) or []
        if date is None and senses:
            return max(senses, key=lambda s: s.valid_to or "9999")
        for s in senses:
            if s.valid_at(date):
                return s
        if senses and all(s.type in PERSON_TYPES for s in senses):
            # a person out of the offices named here may hold one the KB alone knows (Phoenix, before 2014)
            return self.resolve(self._texts.get(key, key), date)
        return next((s for s in senses if s.type not in PERSON_TYPES), None)

    def resolve(self, name: str, date: str | None) -> Sense | None:
        """Resolve a free name (an NER entity) through the KB; None when it names no actor.

        Uses the KB's ranked candidates (no error path: unknown names are the common case here). A
        person resolves only while in office; with no date, a Phoenix office-holder (known until 2014)
        does not resolve at all, since an undated text is most likely about the present."""
        key = (name, date)
        if key not in self._resolved:
            try:
                found = kb().candidates(name, date)
            except PluripolarError:
                found = []
            found = [r for r in found if r.alias_type not in PERSON_TYPES
                     or (r.valid and (date or r.alias_type not in UNRULED_TYPES))]
            self._resolved[key] = Sense(found[0].actor.id, found[0].alias_type or "name") if found else None
            if found:
                self.kinds.setdefault(found[0].actor.id, found[0].actor.kind)
        return self._resolved[key]

    def kind(self, actor_id: str) -> str:
        """The actor's kind (state, igo, org, ...); ids 'org:...' are organisations."""
        if actor_id.startswith("org:"):
            return "org"
        return self.kinds.get(actor_id, "state")


@resources.per_language
def gazetteer() -> Gazetteer:
    """The gazetteer of the current language (built on first use): every language's names but those
    of other languages only (`actors.kb.LANGUAGE_FILES`)."""
    return Gazetteer(resources.language())
