"""Length-preserving clean-up of raw text, so character offsets stay valid in the original."""
from __future__ import annotations

import re

# Control and invisible characters (except newline/tab) that confuse the tokenizer.
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Typographic apostrophes and quotes, read as their ASCII forms ("Cote D’Ivoire", “ ”): one for one.
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    """Replace invisible/control characters and exotic spaces by plain spaces, and typographic
    quotes by ASCII ones, one character for one.

    The result has the same length as `text`, so every offset found in it is an offset in `text`.
    Lone surrogates (which cannot be encoded) are replaced too.
    """
    if not text:
        return ""
    text = _SPACES.sub(" ", _INVISIBLE.sub(" ", text)).translate(_QUOTES)
    if any("\ud800" <= c <= "\udfff" for c in text):
        text = "".join(" " if "\ud800" <= c <= "\udfff" else c for c in text)
    return text
