"""Quantities in text: digits with separators, number words, scale words and currencies."""
from __future__ import annotations

import re

from . import resources

@resources.per_language
def _digits() -> re.Pattern:
    """Digits with the language's thousands separator and decimal mark ("5,532.5"; Spanish "5.532,5")."""
    data = resources.toml("numbers.toml")
    thousands, decimal = re.escape(data["thousands"]), re.escape(data["decimal"])
    return re.compile(rf"^[+-]?(\d{{1,3}}(?:{thousands}\d{{3}})+|\d+)(?:{decimal}(\d+))?$")


def _tables() -> tuple[dict[str, int], dict[str, int]]:
    data = resources.toml("numbers.toml")
    return data["units"], data["scales"]


def parse_number(text: str) -> float | None:
    """The number written in `text`: "5,532", "150.4 billion", "twenty-one", "three", "USD 924"; else None.

    Currency words and symbols are ignored here (see `is_currency`). Returns None when no number is found
    or when the words are not all numeric (so "three generals" must be passed as "three").
    """
    units, scales = _tables()
    digits, thousands = _digits(), resources.toml("numbers.toml")["thousands"]
    fillers = resources.word_set("numbers.toml", "fillers")
    words = [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w and not is_currency(w)]  # "US$" whole
    words = [w for w in " ".join(words).replace("$", " ").split() if w not in fillers]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for w in words:
        m = digits.match(w)
        if m:
            current += float(m.group(1).replace(thousands, "") + ("." + m.group(2) if m.group(2) else ""))
        elif w in units:
            if units[w] == 100 and current:
                current *= 100
            else:
                current += units[w]
        elif w in scales:
            current = (current or 1) * scales[w]
            if scales[w] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def ordinal(text: str) -> int | None:
    """The number of an ordinal written in digits ("50th", "21st"); None for anything else."""
    suffixes = "|".join(re.escape(s) for s in resources.toml("numbers.toml")["ordinal_suffixes"])
    m = re.fullmatch(rf"(\d+)(?:{suffixes})", text.lower().strip())
    return int(m.group(1)) if m else None


def is_currency(word: str) -> bool:
    """Whether `word` names US dollars (USD, US$, $, dollars)."""
    return word.lower() in resources.word_set("numbers.toml", "currency", "usd")


def as_int(value: float | None) -> int | float | None:
    """Whole numbers as int (5532.0 → 5532), others unchanged."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value
