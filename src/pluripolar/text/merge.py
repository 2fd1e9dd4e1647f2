"""Merge candidates into one `Relation` per (subject, predicate, object, status, date) in a document.

Repeated mentions merge with all their evidence. An undated mention merges into the dated relation
with the same key when there is exactly one such date (the text dated it once, repeated it after),
unless that date is an event years before the article; when there are several dates it stays a
relation of its own, since the text does not say which.
Claims are keyed by measure and value too.
"""
from __future__ import annotations

from typing import Any

from ..model import Evidence, Relation
from ..ontology import Codes
from ..ontology import load as ontology
from . import resources
from .relations import Candidate

MAX_QUOTE = 200


def _key(c: Candidate) -> tuple:
    extra = (c.attrs.get("measure"), c.attrs.get("value")) if c.predicate == "claim" else ()
    return (c.subject, c.predicate, c.object, ontology().direction(c.status, c.negated), c.status, *extra)


def _where(c: Candidate) -> tuple[int, int]:
    """The candidate's characters in the whole document (its piece's offset added)."""
    return c.offset + c.start_char, c.offset + c.end_char


def evidence(text: str, c: Candidate, name: str, version: str) -> Evidence:
    """The evidence of a candidate: an exact substring of `text` (at most 200 characters), named by the
    component that found it (`c.extractor`, else `name` and `version`)."""
    name, version = c.extractor or (name, version)
    start, end = _where(c)
    end = min(end, start + MAX_QUOTE)
    sentence = text[c.offset + c.sentence.start_char:c.offset + c.sentence.end_char].strip()
    return Evidence(source_id="", quote=text[start:end], char_start=start, char_end=end,
                    sentence=sentence, extractor=name, extractor_version=version)


def _merge_attrs(cands: list[Candidate]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for c in cands:
        for k, v in c.attrs.items():
            if k == "sectors":
                attrs["sectors"] = sorted(set(attrs.get("sectors", [])) | set(v),
                                          key=ontology().sectors.index)
            else:
                attrs.setdefault(k, v)
    return attrs


def reported_as_news(predicate: str, status: str | None) -> bool:
    """Whether an undated relation may take the article date: an event (a visit, an agreement, sanctions
    imposed, ties severed ...) listed in `data/cues.toml` [article_date], never a standing state."""
    table = resources.toml("cues.toml")["article_date"]
    return predicate in table and (not table[predicate] or status in table[predicate])


def _past_event(predicate: str, status: str | None, date: str, now: str | None) -> bool:
    """Whether a dated event lies years before the text's time `now`, so that an undated mention of the
    same kind of event is another, current one: "Lula will arrive in China ... since Lula's first visit
    to China in 2004"."""
    return bool(now) and reported_as_news(predicate, status) and int(date[:4]) < int(now[:4]) - 1


def _but_status(key: tuple) -> tuple:
    """A `_key` without its status: the same pair, predicate and direction."""
    return key[:4] + key[5:]


def _is_default(c: Candidate) -> bool:
    """Whether a mention states no status of its own: the predicate's standing default, or none where
    the predicate has statuses ("the three states' mutual assistance" beside "they formed an alliance")."""
    spec = ontology().get(c.predicate)
    return c.status == spec.default_status if c.status is not None else bool(spec.statuses)


def _fold_defaults(groups: dict[tuple, dict[str | None, list[Candidate]]]) -> None:
    """Undated mentions with only a standing default status ("the Israeli embassy in Abu Dhabi",
    maintained) join the one relation of the same pair and direction that the text gives a status of
    its own ("Israel opened its embassy in the UAE"): they name the same embassy, not another. A
    standing membership or tie beside a dated joining or establishment is the present state, a fact of
    its own ("founded ASEAN in 1967" and "Malaysia, as the Chair of ASEAN"; `data/<lang>/cues.toml`
    [standing_apart])."""
    apart = resources.word_set("cues.toml", "standing_apart", "predicates")
    for key in list(groups):
        undated = groups[key].get(None) if set(groups[key]) == {None} else None
        if not undated or not all(_is_default(c) for c in undated) \
                or reported_as_news(undated[0].predicate, undated[0].status):
            continue  # a default that is an event ("imposed") may be another one
        same = [k for k in groups if k != key and _but_status(k) == _but_status(key)]
        if len(same) == 1 and not (key[1] in apart and any(groups[same[0]])):
            groups[same[0]].setdefault(None, []).extend(groups.pop(key)[None])


def merge(text: str, doc_id: str, cands: list[Candidate], name: str, version: str,
          article_date: str | None = None, latest_date: str | None = None) -> list[Relation]:
    """Relations of one document from its candidates, in order of first mention.

    A relation still undated after merging takes, as an inferred date (attrs.date_inferred), the one
    date its sentence gives, else the article date when it is an event that news reports as
    happening on its own days (see `reported_as_news`). The text's time is its article date, else
    `latest_date`, the latest date the text gives."""
    groups: dict[tuple, dict[str | None, list[Candidate]]] = {}
    for c in cands:
        groups.setdefault(_key(c), {}).setdefault(c.date, []).append(c)
    _fold_defaults(groups)
    now = article_date or latest_date
    out: list[Relation] = []
    onto = ontology()
    for key, by_date in groups.items():
        dated = [d for d in by_date if d]
        if None in by_date and len(dated) == 1 and not _past_event(key[1], key[4], dated[0], now):
            by_date[dated[0]].extend(by_date.pop(None))
        for date, group in by_date.items():
            group.sort(key=lambda c: (_is_default(c), _where(c)[0]))
            first = group[0]
            attrs = _merge_attrs(group)
            if date is None and first.predicate != "claim":
                date = next((c.context_date for c in group if c.context_date), None)
                if date is None and reported_as_news(first.predicate, first.status):
                    date = article_date
                if date:
                    attrs["date_inferred"] = True
            codes = onto.get(first.predicate).codes_for(first.status)
            event = onto.code(first.cameo)  # an event's own code refines its predicate's
            if event is not None:
                codes = Codes(event.plover, event.plover_mode, event.code)
            if all(c.presupposed for c in group):  # a standing relation no event of the text reports
                codes = Codes(None, None, None)
            miss = 1.0
            for c in group:
                miss *= 1 - c.confidence
            ev = {_where(c): evidence(text, c, name, version) for c in group}
            out.append(Relation(
                subject=first.subject, predicate=first.predicate, object=first.object, date=date,
                attrs=attrs, negated=first.negated, confidence=round(min(0.99, 1 - miss), 3),
                plover=codes.plover, plover_mode=codes.plover_mode, cameo=codes.cameo,
                evidence=tuple(ev[k] for k in sorted(ev)), doc=doc_id))
    out.sort(key=lambda r: r.evidence[0].char_start if r.evidence else 0)
    return out
