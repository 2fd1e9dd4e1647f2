"""Dates in text, normalised with their precision kept: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.

Absolute dates ("October 28, 1974", "9th November 2021", "Feb. 13", "in 2016", "last December") and
relative ones ("yesterday", "on Wednesday", "last week", "the previous day") are resolved against the
article date; the most recent matching day on or before it for weekdays and year-less dates.
Durations ("46 years", "two months") are not dates and give None.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from . import resources

@dataclass(frozen=True)
class _Grammar:
    """How one language writes dates (`data/<lang>/dates.toml`), its patterns compiled."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    anchored: dict[str, int]
    patterns: tuple[re.Pattern, ...]
    res: dict[str, re.Pattern]  # the named expressions: duration, ago, last, last_week ...
    units: dict[str, str]
    modal_month: str | None
    modal_month_phrase: str | None
    languages: tuple[str, ...]
    backwards: frozenset[str]  # the words of `years_after` that count back ("the previous year")
    one: frozenset[str]  # articles counting one ("a year later")


_NAMED = ("duration", "ago", "ago_word", "last", "last_weekday", "last_week", "this_week_or_month", "last_month",
          "last_year", "this_year", "years_after")


@resources.per_language
def _grammar() -> _Grammar:
    data = resources.toml("dates.toml")
    months = {m: i for i, names in enumerate(data["months"], start=1) for m in names}
    month = r"(?P<month>" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?"
    parts = {"MONTH": month, "DAY": data["day"], "YEAR": _YEAR_GROUP}
    return _Grammar(
        months, {d: i for i, d in enumerate(data["weekdays"])}, dict(data["relative_days"]), dict(data["anchored"]),
        tuple(re.compile(p.format(**parts), re.I) for p in data["patterns"]),
        {name: re.compile(data[name], re.I) for name in _NAMED}, dict(data["units"]),
        data.get("modal_month"), data.get("modal_month_phrase"), tuple(data["dateparser_languages"]),
        frozenset(data["years_backwards"]), frozenset(data["years_one"]))


_YEAR_GROUP = r"(?P<year>(?:1[89]|20)\d{2})"


def parse_iso(value: str | None) -> date | None:
    """An ISO 'YYYY-MM-DD' string as a date; None for anything else."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _shift(base: date | None, days: int) -> date | None:
    """`base` moved by `days`; None without a base or when the result leaves the calendar Python can
    represent (years 1 to 9999): "tomorrow" in an article dated 9999-12-31 names no date, and must not
    fail the whole document."""
    try:
        return base + timedelta(days=days) if base else None
    except OverflowError:
        return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _last_on_or_before(base: date, month: int, day: int | None, future: bool = False) -> date | tuple[int, int]:
    """The month (and day) named without a year: the last one on or before `base`, or when `future` the
    first one on or after it ("will host Biden in July", written in March: this July)."""
    if future:
        year = base.year if (month, day or 31) >= (base.month, base.day) else base.year + 1
    else:
        year = base.year if (month, day or 1) <= (base.month, base.day) else base.year - 1
    if day is None:
        return (year, month)
    try:
        return date(year, month, day)
    except ValueError:
        return (year, month)


def _fmt(value: date | tuple[int, int] | int) -> str | None:
    """A date, (year, month) or year at its precision; None for a year outside 1 to 9999 ("100,000
    years ago", "last year" in an article dated 0001-01-01)."""
    if isinstance(value, date):
        return value.isoformat()
    year = value[0] if isinstance(value, tuple) else value
    if not 1 <= year <= 9999:
        return None
    if isinstance(value, tuple):
        return f"{value[0]:04d}-{value[1]:02d}"
    return f"{value:04d}"


def resolve(text: str, article: date | None, anchor: date | None = None, future: bool = False,
            year_anchor: int | None = None) -> str | None:
    """Normalise one date expression; `anchor` is another date it may be relative to ("the previous day"),
    `year_anchor` the year of the last date given ("the following year", "two years later", "in January
    the next year"); `future` when its clause speaks of what will happen ("will travel on Friday": the
    coming Friday).

    Returns None for durations, vague expressions and relative dates without a base to resolve them.
    """
    g = _grammar()
    t = " ".join(text.lower().split())
    later = _years_after(t, year_anchor)
    if later is not None:
        return later
    for phrase, delta in g.anchored.items():
        if phrase in t:
            return _iso(_shift(anchor or article, delta))
    for word, delta in g.relative_days.items():
        if re.search(rf"\b{word}\b", t):
            return _iso(_shift(article, delta))
    if article and g.res["last_week"].search(t):
        prev = _shift(article, -7)
        return _fmt((prev.year, prev.month)) if prev else None
    if article and g.res["this_week_or_month"].search(t):
        return _fmt((article.year, article.month))
    if article and g.res["last_month"].search(t):
        prev = _shift(article.replace(day=1), -1)
        return _fmt((prev.year, prev.month)) if prev else None
    if article and g.res["last_year"].search(t):
        return _fmt(article.year - 1)
    if article and g.res["this_year"].search(t):
        return _fmt(article.year)
    for name, wd in g.weekdays.items():
        if re.search(rf"\b{name}\b", t) and not any(m in t for m in g.months if len(m) > 3):
            if not article:
                return None
            if future and not g.res["last_weekday"].search(t):
                return _iso(_shift(article, (wd - article.weekday()) % 7))
            back = (article.weekday() - wd) % 7
            if g.res["last_weekday"].search(t) and back == 0:
                back = 7
            return _iso(_shift(article, -back))
    if g.res["duration"].search(t) and not g.res["ago_word"].search(t) and not _names_a_day(t):
        return None
    m = g.res["ago"].search(t)
    if m:
        return _ago(m.group(1), m.group(2), article)
    modal = bool(g.modal_month) and bool(re.search(rf"\b{g.modal_month}\b", text))
    return _absolute(t, article, modal_may=modal, future=future)


def _years_after(t: str, year: int | None) -> str | None:
    """A year (with its month, if named) counted from the last year given: "the following year", "two
    years later", "in March the previous year"; None when `t` counts no years from another date."""
    g = _grammar()
    m = g.res["years_after"].search(t)
    if m is None or year is None:
        return None
    from .numbers import parse_number

    amount = m.group("amount")
    if m.group("direction2") and amount is None:
        return None  # "years later": how many is unsaid
    n = 1 if amount is None or amount in g.one else parse_number(amount)
    sign = -1 if (m.group("direction") or m.group("direction2")) in g.backwards else 1
    if n is None:
        return None
    month = next((i for name, i in g.months.items() if len(name) > 3 and re.search(rf"\b{name}\b", t)), None)
    target = year + sign * int(n)
    return _fmt((target, month)) if month else _fmt(target)


def _names_a_day(t: str) -> bool:
    """Whether `t` names a calendar day ("February 22 a day after ...": a day, not a duration)."""
    return any(p.search(t) for p in _grammar().patterns[:5])


def _ago(amount: str, unit: str, article: date | None) -> str | None:
    from .numbers import parse_number

    n = parse_number(amount)
    if not article or n is None:
        return None
    n = int(n)
    kind = next((k for word, k in _grammar().units.items() if unit.startswith(word)), "day")
    if kind == "year":
        return _fmt(article.year - n)
    if kind == "month":
        y, m = divmod(article.year * 12 + article.month - 1 - n, 12)
        return _fmt((y, m + 1))
    return _iso(_shift(article, -n * (7 if kind == "week" else 1)))


def _absolute(t: str, article: date | None, modal_may: bool = False, future: bool = False) -> str | None:
    """An absolute or year-less date in lower-cased `t`; `modal_may` when the text wrote "may" in lower
    case (the modal verb, not the month); `future` when its clause speaks of what will happen."""
    grammar = _grammar()
    last = bool(grammar.res["last"].search(t))
    for pat in grammar.patterns:
        m = pat.search(t)
        if not m:
            continue
        g = m.groupdict()
        month = g.get("month")
        month_n = (int(month) if month and month.isdigit() else grammar.months.get(month or "")) if month else None
        year = int(g["year"]) if g.get("year") else None
        day = int(g["day"]) if g.get("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        if month_n is None and month:
            continue
        if year and month_n and day:
            try:
                return date(year, month_n, day).isoformat()
            except ValueError:
                return _fmt((year, month_n))
        if year and month_n:
            return _fmt((year, month_n))
        if year:
            return _fmt(year)
        if month_n and article:
            if grammar.modal_month and month_n == grammar.months.get(grammar.modal_month) and day is None and not last \
                    and modal_may and grammar.modal_month_phrase not in t:
                return None  # the modal "may"
            if last and day is None and month_n == article.month:
                return _fmt((article.year - 1, month_n))
            return _fmt(_last_on_or_before(article, month_n, day, future and not last))
        return None
    return _fallback(t, article)


def _fallback(t: str, article: date | None) -> str | None:
    """Let dateparser read what the rules above do not, with the article date as the relative base."""
    if not article or not re.search(r"\b(1[89]|20)\d\d\b", t):
        return None  # no year written: "(35)" is a count, not 1935
    from datetime import datetime

    parsed = _dateparser().parse(t, settings={
        "RELATIVE_BASE": datetime(article.year, article.month, article.day),
        "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"], "RETURN_AS_TIMEZONE_AWARE": False},
        languages=list(_grammar().languages))
    return parsed.date().isoformat() if parsed else None


@cache
def _dateparser():
    import dateparser  # imported lazily: it is slow to import and rarely needed

    return dateparser


_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")


def parts(span: Span) -> list[Span]:
    """A date entity listing several dates, split into one span each: "9th November and 24th November
    2021" → "9th November", "24th November 2021" (one date: the span itself)."""
    cuts = [t.i for t in span if t.lower_ in resources.words("and") or (t.text == "," and t.i + 1 < span.end
                                                               and not t.nbor(1).like_num)]
    bounds = [span.start, *cuts, span.end]
    pieces = [span.doc[a + (a in cuts):b] for a, b in zip(bounds, bounds[1:])]
    pieces = [p for p in pieces if any(t.like_num for t in p)]
    return pieces if len(pieces) > 1 else [span]


def with_year(text: str, whole: str) -> str:
    """A listed date's text with the year the list gives at its end, when it names none itself."""
    years = _YEAR.findall(whole)
    return text if _YEAR.search(text) or not years else f"{text} {years[-1]}"
