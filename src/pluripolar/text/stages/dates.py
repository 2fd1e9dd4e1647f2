"""Dates: the dated expressions of a sentence, resolved against the article date and the last date."""
from __future__ import annotations

from ..dates import parse_iso, parts, resolve, with_year
from ..pieces import sentence_ents
from ..stage import Document, Sentence, Stage
from ..syntax import is_future


def run(d: Document, s: Sentence | None) -> None:
    """The sentence's dates (each part of "in 1974 and 1990" apart), then the document's last full
    date and latest date so far."""
    assert s is not None
    for ent in sentence_ents(s.span):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        for part in parts(ent):
            value = resolve(with_year(part.text, ent.text), d.article, parse_iso(d.last_date),
                            future=is_future(ent.root), year_anchor=d.last_dated and int(d.last_dated[:4]))
            if value:
                s.dates.append((part, value))
                d.last_dated = value
    d.last_date = next((v for _, v in reversed(s.dates) if len(v) == 10), d.last_date)
    d.latest = max([d.latest or "", *(v for _, v in s.dates)]) or None


STAGE = Stage("dates", "sentence", frozenset({"span", "article"}), frozenset({"dates", "last_date", "last_dated", "latest"}), run,
              "read and resolve the dates each sentence gives")
