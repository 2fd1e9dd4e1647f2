"""RTF files to text with striprtf: control words and groups dropped, never stored as text."""
from __future__ import annotations

from ..errors import InvalidInput
from .content import Content


def looks_like_rtf(data: bytes) -> bool:
    """Whether bytes start an RTF document ("{\\rtf", after any whitespace)."""
    return data.lstrip()[:5] == b"{\\rtf"


def read_rtf(data: bytes, name: str) -> Content:
    """The text of an RTF document (its \\'xx escapes read as Windows-1252, \\u escapes as Unicode)."""
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(data.decode("cp1252", "replace"), errors="replace")
    except Exception as e:  # a damaged group or escape: one line, never a traceback
        raise InvalidInput(f"{name}: damaged or unreadable RTF ({type(e).__name__})") from None
    return Content(text="\n".join(line.strip() for line in text.splitlines() if line.strip()))
