"""PDF files to text with pypdf: the text layer of every page, lines of a paragraph joined again."""
from __future__ import annotations

import io
import logging
import re
from datetime import datetime

from ..errors import InvalidInput
from .content import Content

JOIN_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings on sloppy files are not the user's errors


def _unwrap(page: str) -> str:
    """A page's text with the lines of each paragraph joined: a PDF breaks lines where the page ends them,
    and the extractor starts a sentence at every line break. A line that ends a sentence, a short line
    (under JOIN_SHARE of the page's longest: a heading, a paragraph's last line), a line in capitals
    and a blank line still end a paragraph."""
    lines = [line.strip() for line in page.splitlines()]
    full = max(map(len, lines), default=0)
    out: list[str] = []
    joinable = False
    for line in lines:
        if not line:
            joinable = False
            continue
        if joinable:
            out[-1] = f"{out[-1]}{'' if out[-1].endswith('-') else ' '}{line}"
        else:
            out.append(line)
        joinable = (len(line) >= JOIN_SHARE * full and not line.isupper()
                    and not _SENTENCE_END.search(line))
    return "\n".join(out)


def read_pdf(data: bytes, name: str) -> Content:
    """The text of a PDF and its title, author and creation date.

    Refuses a PDF that needs a password and one without a text layer (scanned pages), each in one line.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError
        pages = [_unwrap(page.extract_text() or "") for page in reader.pages]
    except (FileNotDecryptedError, DependencyError):
        raise InvalidInput(f"{name}: encrypted PDF that needs a password: save an unencrypted copy") from None
    except InvalidInput:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files; any of them means the same here
        raise InvalidInput(f"{name}: damaged or unreadable PDF ({type(e).__name__})") from None
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise InvalidInput(f"{name}: PDF without a text layer (scanned images?): run OCR on it first")
    return Content(text=text, **_metadata(reader))


def _metadata(reader) -> dict[str, str | None]:
    """Title, author and creation date from the PDF's information dictionary; a damaged one gives none."""
    try:
        meta = reader.metadata
        if not meta:
            return {}
        title, author = meta.title, meta.author
        created = meta.creation_date
    except Exception:  # a malformed date or dictionary: the text is still good
        return {}
    return {"title": _clean(title), "author": _clean(author),
            "date": created.date().isoformat() if isinstance(created, datetime) else None}


def _clean(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None
