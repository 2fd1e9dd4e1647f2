"""Dates in text, normalised with their precision kept: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.

Absolute dates ("October 28, 1974", "9th November 2021", "Feb. 13", "in 2016", "last December") and
relative ones ("yesterday", "on Wednesday", "last week", "the previous day") are resolved against the
article date; the most recent matching day on or before it for weekdays and year-less dates.
Durations ("46 years", "two months") are not dates and give None.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span

_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for m in names}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_PATTERNS = [re.compile(p, re.I) for p in (
    rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",
    rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    rf"\b{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})\b",
    rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?!\w)",
    rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:years|months|days))",
    rf"\b{_MONTH},?\s+{_YEAR}\b",
    rf"\b{_YEAR}\b",
    rf"\b{_MONTH}(?!\w)",
)]
_DURATION = re.compile(r"\b(\d+|\w+)[\s-]+(years?|months?|weeks?|days?|decades?|hours?)\b(?!\s+(ago|earlier|later|before))", re.I)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_ANCHORED = {"previous day": -1, "day before": -1, "day earlier": -1, "next day": 1, "following day": 1,
             "day after": 1, "same day": 0}


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


def _last_on_or_before(base: date, month: int, day: int | None) -> date | tuple[int, int]:
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


def resolve(text: str, article: date | None, anchor: date | None = None, future: bool = False) -> str | None:
    """Normalise one date expression; `anchor` is another date it may be relative to ("the previous day");
    `future` when its clause speaks of what will happen ("will travel on Friday": the coming Friday).

    Returns None for durations, vague expressions and relative dates without a base to resolve them.
    """
    t = " ".join(text.lower().split())
    for phrase, delta in _ANCHORED.items():
        if phrase in t:
            return _iso(_shift(anchor or article, delta))
    for word, delta in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", t):
            return _iso(_shift(article, delta))
    if article and re.search(r"\b(last|past|previous)\s+week\b", t):
        prev = _shift(article, -7)
        return _fmt((prev.year, prev.month)) if prev else None
    if article and re.search(r"\bthis\s+(week|month)\b", t):
        return _fmt((article.year, article.month))
    if article and re.search(r"\b(last|previous|past)\s+month\b", t):
        prev = _shift(article.replace(day=1), -1)
        return _fmt((prev.year, prev.month)) if prev else None
    if article and re.search(r"\b(last|previous|past)\s+year\b", t):
        return _fmt(article.year - 1)
    if article and re.search(r"\bthis\s+year\b", t):
        return _fmt(article.year)
    for name, wd in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", t) and not any(m in t for m in _MONTHS if len(m) > 3):
            if not article:
                return None
            if future and not re.search(r"\b(last|previous)\b", t):
                return _iso(_shift(article, (wd - article.weekday()) % 7))
            back = (article.weekday() - wd) % 7
            if re.search(r"\b(last|previous)\b", t) and back == 0:
                back = 7
            return _iso(_shift(article, -back))
    if _DURATION.search(t) and not re.search(r"\b(ago|earlier)\b", t) and not _names_a_day(t):
        return None
    m = re.search(r"\b(\w+)\s+(years?|months?|days?|weeks?)\s+(ago|earlier)\b", t)
    if m:
        return _ago(m.group(1), m.group(2), article)
    return _absolute(t, article, modal_may=bool(re.search(r"\bmay\b", text)))


def _names_a_day(t: str) -> bool:
    """Whether `t` names a calendar day ("February 22 a day after ...": a day, not a duration)."""
    return any(p.search(t) for p in _PATTERNS[:5])


def _ago(amount: str, unit: str, article: date | None) -> str | None:
    from .numbers import parse_number

    n = parse_number(amount)
    if not article or n is None:
        return None
    n = int(n)
    if unit.startswith("year"):
        return _fmt(article.year - n)
    if unit.startswith("month"):
        y, m = divmod(article.year * 12 + article.month - 1 - n, 12)
        return _fmt((y, m + 1))
    return _iso(_shift(article, -n * (7 if unit.startswith("week") else 1)))


def _absolute(t: str, article: date | None, modal_may: bool = False) -> str | None:
    """An absolute or year-less date in lower-cased `t`; `modal_may` when the text wrote "may" in lower
    case (the modal verb, not the month)."""
    last = bool(re.search(r"\b(last|previous|past)\b", t))
    for pat in _PATTERNS:
        m = pat.search(t)
        if not m:
            continue
        g = m.groupdict()
        month = g.get("month")
        month_n = (int(month) if month and month.isdigit() else _MONTHS.get(month or "")) if month else None
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
            if month_n == 5 and day is None and not last and modal_may and "in may" not in t:
                return None  # the modal "may"
            if last and day is None and month_n == article.month:
                return _fmt((article.year - 1, month_n))
            return _fmt(_last_on_or_before(article, month_n, day))
        return None
    return _fallback(t, article)


def _fallback(t: str, article: date | None) -> str | None:
    """Let dateparser read what the rules above do not, with the article date as the relative base."""
    if not article or not re.search(r"\b(1[89]|20)\d\d\b", t):
        return None  # no year written: "(35)" is a count, not 1935
    from datetime import datetime

    parsed = _dateparser().parse(t, settings={
        "RELATIVE_BASE": datetime(article.year, article.month, article.day),
        "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"], "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


@cache
def _dateparser():
    import dateparser  # imported lazily: it is slow to import and rarely needed

    return dateparser


_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")


def parts(span: Span) -> list[Span]:
    """A date entity listing several dates, split into one span each: "9th November and 24th November
    2021" → "9th November", "24th November 2021" (one date: the span itself)."""
    cuts = [t.i for t in span if t.lower_ in ("and", "&") or (t.text == "," and t.i + 1 < span.end
                                                               and not t.nbor(1).like_num)]
    bounds = [span.start, *cuts, span.end]
    pieces = [span.doc[a + (a in cuts):b] for a, b in zip(bounds, bounds[1:])]
    pieces = [p for p in pieces if any(t.like_num for t in p)]
    return pieces if len(pieces) > 1 else [span]


def with_year(text: str, whole: str) -> str:
    """A listed date's text with the year the list gives at its end, when it names none itself."""
    years = _YEAR.findall(whole)
    return text if _YEAR.search(text) or not years else f"{text} {years[-1]}"
