"""Actor mentions: entities linked to actor ids, with people mapped to the state they speak for.

Entities come from the gazetteer's `actor_ruler` (placed before `ner`), then from the statistical
NER (GPE / NORP / ORG resolved through the KB). A PERSON gets the state that qualifies it in the text
("Russian President Vladimir Putin", "Syria's interim President", "President of Kazakhstan", a KB
leader alias); later mentions of the same surname inherit it. Names shared by several actors
("Korea") take the candidate the document names unambiguously most often.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import resources
from .gazetteer import CITY, PERSON_TYPES, PLACE_TYPES, Gazetteer

_NER_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})


@dataclass(frozen=True)
class Mention:
    """One reference to an actor: its tokens, the actor id and how it was recognised."""

    start: int  # token index
    end: int
    root: int  # token index of the span's syntactic head
    actor: str
    kind: str  # actor kind: state, igo, org, ...
    via: str  # alias | ner | person | coref | city (a place in the state, not the state acting)
    person: bool = False  # a person speaking for the actor (for he/she)
    confidence: float = 1.0


def _span_mention(span: Span, actor: str, kind: str, via: str, person: bool, conf: float) -> Mention:
    return Mention(span.start, span.end, span.root.i, actor, kind, via, person, conf)


def _qualifier(span: Span, found: dict[int, Mention]) -> Mention | None:
    """The actor mention qualifying a person entity: in its noun phrase ("Russian President X",
    "Syria's President X", "President of Kazakhstan X") or in an apposition to it."""
    root = span.root
    left = span.doc[max(span.start - 6, span.sent.start): span.start]
    for tok in reversed(list(left)):
        if tok.i in found and not found[tok.i].person:
            # only within the same noun phrase: the mention must hang below the person or its title
            head = tok
            for _ in range(4):
                if head.i >= span.start or head.head.i == head.i:
                    break
                head = head.head
            if head.i in range(span.start, span.end) or head.head.i in range(span.start, span.end):
                return found[tok.i]
        if tok.is_punct and tok.text not in ("'", "’", "-", "."):
            break
    for child in root.children:
        if child.dep_ == "appos":
            for t in child.subtree:
                if t.i in found and not found[t.i].person:
                    return found[t.i]
    if root.dep_ == "appos":  # "his Lao counterpart Sonexay Siphandone": the title the name is apposed to
        for t in root.head.subtree:
            if t.i < span.start and t.head.i == root.head.i and t.i in found and not found[t.i].person:
                return found[t.i]
    return None


def find_mentions(doc: Doc, gaz: Gazetteer, date: str | None) -> list[Mention]:
    """All actor mentions in `doc`, in text order (one per entity)."""
    found: dict[int, Mention] = {}
    persons: list[Span] = []
    ambiguous: list[Span] = []
    for ent in doc.ents:
        key = ent.ent_id_
        if key:
            if key.lower() in gaz.ambiguous and not gaz.senses.get(key):
                ambiguous.append(ent)
                continue
            if key in gaz.case_sensitive or ent.text.lower() != ent.text or not ent.text.isalpha() \
                    or _lowercase_name(key, gaz):
                sense = gaz.sense(key, date)
                if sense and sense.type in PERSON_TYPES and _given_name(ent):
                    persons.append(_full_name(ent))  # "Abbas Araqchi" is not Mahmoud Abbas
                    continue
                if sense and sense.type in PLACE_TYPES and _names_a_thing(ent):
                    continue  # "the Rome Statute", "the Minsk Agreements" are no place
                if sense:
                    via = "city" if sense.type == CITY else "alias"
                    m = _span_mention(ent, sense.actor_id, gaz.kind(sense.actor_id), via,
                                      sense.type in PERSON_TYPES, 1.0)
                    for i in range(ent.start, ent.end):
                        found[i] = m
            continue
        if ent.label_ == "PERSON":
            sense = gaz.resolve(ent.text, date)
            if sense and sense.type in PERSON_TYPES:
                m = _span_mention(ent, sense.actor_id, gaz.kind(sense.actor_id), "alias", True, 0.9)
                for i in range(ent.start, ent.end):
                    found[i] = m
            else:
                persons.append(ent)
        elif ent.label_ in _NER_LABELS:
            sense = gaz.resolve(ent.text, date)
            if sense:
                m = _span_mention(ent, sense.actor_id, gaz.kind(sense.actor_id), "ner", False, 0.8)
                for i in range(ent.start, ent.end):
                    found[i] = m
    _link_ambiguous(ambiguous, gaz, found)
    _link_persons(doc, persons, found)
    _claimants(doc, found)
    unique = {id(m): m for m in found.values() if not _excluded(doc, m.start, m.end) and not _successors(doc, m)}
    return sorted(unique.values(), key=lambda m: m.start)


def _lowercase_name(key: str, gaz: Gazetteer) -> bool:
    """Whether a name written all in lower case still names its actor: only names of the types the
    language writes in lower case (`mentions.toml` lowercase_types: Spanish demonyms, "estadounidense");
    an English "china" or "turkey" is a common noun."""
    types = resources.word_set("mentions.toml", "lowercase_types")
    return bool(types) and any(s.type in types for s in gaz.senses.get(key, ()))


def _excluded(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is prefixed "non-" (a "non-NATO ally" is no ally of NATO) or "pro-" (a
    "pro-China president" is no Chinese official), or by a compass word
    that makes it a region's ("the South American country", "Latin American leaders"), or names a
    go-between ("the U.S.-brokered accords" are no US agreement)."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    after = [t.lower_ for t in doc[end:end + 2]]
    regional = resources.word_set("cues.toml", "regions_prefixes", "words")
    leaning = resources.word_set("mentions.toml", "leaning")
    return before[-1:] in (["non-"], ["non"]) or before == ["non", "-"] or (
        len(before) == 2 and before[1] == "-" and before[0] in leaning) or (
        start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in regional) or (
        after[:1] == ["-"] and after[1:] != [] and after[1] in resources.word_set("mentions.toml", "mediated"))


def _successors(doc: Doc, m: Mention) -> bool:
    """Whether a former state's name qualifies what came after it ("the two former Yugoslav states",
    "former Soviet republics"): its successors are meant, not the state."""
    return m.kind == "former_state" and m.start > 0 and doc[m.start - 1].lower_ in resources.word_set(
        "mentions.toml", "successors") and doc[m.root].dep_ in ("amod", "compound")


def _names_a_thing(ent: Span) -> bool:
    """Whether a place name is the first word of a capitalised name of something else: "the Rome
    Statute", "the Minsk Agreements", "the Oslo Accords"."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and ent.root.head.i == nxt.i \
        and not nxt.ent_id_ and not _title_case(ent.sent)


def _title_case(sent: Span) -> bool:
    """Whether a line is written in title case (a headline: "Beijing Condemns US Sanctions")."""
    words = [t for t in sent if t.is_alpha and not t.is_stop and not t.ent_type_]
    return len(words) >= 2 and sum(t.is_title for t in words) / len(words) > 0.6


def _given_name(ent: Span) -> bool:
    """Whether a one-word leader alias is the first name of someone else: a capitalised name follows."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return len(ent) == 1 and nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title \
        and nxt.ent_type_ not in ("DATE", "TIME") and not nxt.ent_id_


def _full_name(ent: Span) -> Span:
    """The person's name from a given name on: the capitalised names that follow it."""
    end = ent.end
    while end < len(ent.doc) and ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_title:
        end += 1
    return ent.doc[ent.start:end]


def _link_ambiguous(spans: list[Span], gaz: Gazetteer, found: dict[int, Mention]) -> None:
    counts = Counter(m.actor for m in found.values())
    for ent in spans:
        candidates = gaz.ambiguous[ent.ent_id_.lower()]
        best = max(candidates, key=lambda c: counts.get(c, 0))
        if counts.get(best, 0):
            m = _span_mention(ent, best, gaz.kind(best), "alias", False, 0.7)
            for i in range(ent.start, ent.end):
                found[i] = m


def _link_persons(doc: Doc, persons: list[Span], found: dict[int, Mention]) -> None:
    names: dict[str, str] = {}
    for m in found.values():
        if m.person:
            names.setdefault(doc[m.start:m.end].text.lower(), m.actor)
            names.setdefault(doc[m.end - 1].text.lower(), m.actor)
    for ent in persons:
        q = _qualifier(ent, found)
        surname = ent[-1].text.lower()
        actor = q.actor if q else names.get(ent.text.lower()) or names.get(surname)
        if actor is None:
            continue
        names.setdefault(ent.text.lower(), actor)
        names.setdefault(surname, actor)
        kind = q.kind if q else "state"
        m = _span_mention(ent, actor, kind, "person", True, 0.9)
        for i in range(ent.start, ent.end):
            found[i] = m
    _untagged_surnames(doc, found)


def _untagged_surnames(doc: Doc, found: dict[int, Mention]) -> None:
    """A surname the document gave a state before, where the tagger saw no name: "South Africa's
    ambassador, Ebrahim Rasool ... Rubio accused Rasool of ..." (the second "Rasool" untagged, or tagged
    a place or group the gazetteer does not know). Only the last word of a full name of proper nouns
    counts, never a title or office word ("el Gobierno de ...")."""
    titles = resources.word_set("cues.toml", "proxies", "words") | resources.word_set("cues.toml", "officials", "titles")
    surnames: dict[str, Mention] = {}
    for m in sorted(set(found.values()), key=lambda m: m.start):
        name = doc[m.start:m.end]
        if m.person and len(name) >= 2 and all(t.pos_ == "PROPN" for t in name) and name[-1].lower_ not in titles:
            surnames.setdefault(name[-1].lower_, m)
    for tok in doc:
        named = surnames.get(tok.lower_)
        if named is not None and named.start < tok.i and tok.i not in found and tok.pos_ == "PROPN" \
                and tok.is_title and not tok.ent_id_ and tok.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP"):
            found[tok.i] = Mention(tok.i, tok.i + 1, tok.i, named.actor, named.kind, "person", True, 0.8)


def _claimants(doc: Doc, found: dict[int, Mention]) -> None:
    """People named as the rightful holders of an office ("recognised Juan Guaido as interim president"),
    each a claimant of its own, "org:<surname>", wherever the document names them (not the state a
    title might have tied them to)."""
    cues = resources.toml("mentions.toml")["claimants"]
    surnames: dict[str, str] = {}
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    for ent in people:
        if ent.start in found and found[ent.start].via == "alias":
            continue  # an office-holder the KB knows speaks for the state ("acknowledged Tinubu as winner")
        after = doc[ent.end] if ent.end < len(doc) else None
        office = next((c for c in after.children if c.dep_ == "pobj"), None) \
            if after is not None and after.lower_ in resources.words("as") else None
        if office is None or office.lemma_.lower() not in cues["offices"] or not any(
                c.lower_ in cues["qualifiers"] for c in office.children if c.dep_ in ("amod", "compound")):
            continue
        surname = ent[1] if len(ent) > 1 else ent[0]
        surnames[surname.text.lower()] = "org:" + _slug(surname.text)
    for ent in people:
        actor = next((surnames[t.text.lower()] for t in ent if t.text.lower() in surnames), None)
        if actor is not None:
            m = _span_mention(ent, actor, "org", "alias", False, 0.8)
            for i in range(ent.start, ent.end):
                found[i] = m


def _slug(name: str) -> str:
    """An ASCII, lower-case id part for a name ("Guaidó" → "guaido")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", "-")
