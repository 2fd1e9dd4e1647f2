"""Bytes to text: refuse binary, read UTF-8 (or a UTF-16/32 file with its BOM), detect other encodings."""
from __future__ import annotations

import codecs

from ..errors import InvalidInput

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SAMPLE_CHARS = 200_000  # the share of non-ASCII letters is judged on this much text
_WESTERN_SHARE = 0.3  # at most this share of non-ASCII letters: a Western single-byte encoding (cp1252)


def is_binary(data: bytes) -> bool:
    """Whether bytes look like a binary file rather than text (NULs or many control bytes)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return control / len(sample) > 0.05


def _bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def _western(data: bytes) -> str | None:
    """cp1252 text when it reads as mostly-ASCII Western text (accents here and there), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    letters = [c for c in text[:SAMPLE_CHARS] if c.isalpha()]
    high = sum(1 for c in letters if ord(c) > 127)
    return text if letters and high / len(letters) <= _WESTERN_SHARE else None


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Text of a document: its BOM's encoding, UTF-8, the declared `encoding`, or a detected one.

    Binary data is refused. Western single-byte text (latin-1, cp1252) is read as cp1252, since
    statistical detectors often mistake it for a Central European code page on short texts.
    """
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError:
            raise InvalidInput(f"{name}: starts with a {bom} byte-order mark but is not {bom} text") from None
    if is_binary(data):
        raise InvalidInput(f"{name}: binary file, not a text, HTML, PDF, DOCX or RTF document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("latin-1")
