"""Attributes of a relation read around its trigger: sectors, sanction instrument, counts, names, city."""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from . import resources
from .numbers import as_int, parse_number

_PAREN_NUMBER = re.compile(r"^\s*\(\s*([\d,\.]+)\s*\)")


_LONGEST_CUE = 4  # tokens: "counter - terrorism", "mutual defence"


@cache
def _phrase_starts(table: tuple[str, ...]) -> frozenset[str]:
    """Every leading part of the multi-word phrases in `table` ("counter", "counter-", "mutual" ...):
    only a token whose text is one of them can begin a phrase, so the others skip the phrase look-up."""
    return frozenset(p[:n] for p in table if not p.isalnum() for n in range(1, len(p)))


def _labels(tokens: list[Token], table: dict[str, str]) -> list[str]:
    """The labels `table` gives to words and phrases among `tokens`, in text order: a phrase is read
    from the text of consecutive tokens ("cost-sharing" is three tokens), longest first."""
    ids = {t.i for t in tokens}
    starts = _phrase_starts(tuple(table))
    found = []
    for tok in sorted(tokens, key=lambda t: t.i):
        doc = tok.doc
        for n in range(_LONGEST_CUE, 1, -1) if tok.lower_ in starts else ():
            span = doc[tok.i:tok.i + n]
            if len(span) == n and all(t.i in ids for t in span) and span.text.lower() in table:
                found.append(table[span.text.lower()])
                break
        else:
            label = table.get(tok.lower_) or table.get(tok.lemma_.lower())
            if label:
                found.append(label)
    return found


@resources.per_language
def _sector_table(predicate: str) -> dict[str, str]:
    """Keyword → sector for a relation of `predicate`; an agreement also reads "ties", "relations"."""
    table = resources.inverse("cues.toml", "sectors")
    return {**resources.inverse("cues.toml", "agreement_sectors"), **table} if predicate == "agreement" else table


def sectors(tokens: list[Token], predicate: str) -> list[str]:
    """Ontology sectors named by keywords among `tokens` for a relation of `predicate`, in ontology order."""
    from ..ontology import load

    found = set(_labels(tokens, _sector_table(predicate)))
    return [s for s in load().sectors if s in found]


def instrument(tokens: list[Token]) -> str | None:
    """The sanction instrument named among `tokens` (embargo, blockade, financial, ...), if any."""
    return next(iter(_labels(tokens, resources.inverse("cues.toml", "instruments"))), None)


def count_of(tok: Token) -> int | None:
    """An exact count qualifying the noun `tok` ("three generals", "28,500 troops")."""
    for c in tok.children:
        if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "compound", "quantmod")):
            words = [t.text for t in c.subtree if t.like_num or t.dep_ == "quantmod" or t.lower_ in resources.words("scale")]
            value = parse_number(" ".join(w for w in words if any(ch.isdigit() for ch in w) or w.isalpha()))
            if value is not None and float(value).is_integer():
                return int(value)
    return None


def total_count(tok: Token) -> int | None:
    """The count of a list of counted nouns headed by `tok`: "48 individuals and 35 entities" is 83."""
    counts = [count_of(t) for t in [tok, *(c for c in tok.children if c.dep_ == "conj")]]
    return sum(c for c in counts if c) or None


def parenthetical_count(doc, end_char: int) -> int | None:
    """A count written in parentheses right after a mention: "Switzerland (568)"."""
    m = _PAREN_NUMBER.match(doc.text[end_char:end_char + 16])
    if not m:
        return None
    value = parse_number(m.group(1))
    return as_int(value) if value is not None else None


def name_of(trigger: Token) -> str | None:
    """The proper name of an agreement when the trigger is part of one ("the Abraham Accords",
    "Treaty of Alliance", "Comprehensive Strategic Partnership Agreement")."""
    if not trigger.text[:1].isupper() or trigger.i == trigger.sent.start:
        return None
    left = trigger.i
    while left - 1 >= trigger.sent.start and trigger.doc[left - 1].text[:1].isupper() and trigger.doc[left - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        left -= 1
    right = trigger.i + 1
    doc = trigger.doc
    if right + 1 < trigger.sent.end and doc[right].lower_ in resources.words("of") and doc[right + 1].text[:1].isupper():
        right += 2
        while right < trigger.sent.end and doc[right].text[:1].isupper():
            right += 1
    span: Span = doc[left:right]
    return span.text if len(span) > 1 else None
