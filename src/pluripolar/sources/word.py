"""DOCX files to text with python-docx: paragraphs and table rows in the order the document has them."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

from ..errors import InvalidInput
from .content import Content

UNPACKED_FACTOR = 20  # a DOCX may unpack to at most this many times the document size limit


def _blocks(document) -> list[str]:
    """The text of each paragraph, and of each table row (its cells joined by " | ")."""
    from docx.table import Table

    out = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip())
                if cells:
                    out.append(" | ".join(cells))
        elif item.text.strip():
            out.append(item.text.strip())
    return out


def read_docx(data: bytes, name: str, limit: int) -> Content:
    """The text of a DOCX and its title, author and creation date.

    Refuses a file that is not a zip archive, a zip archive that is not a Word document, and one that
    would unpack to more than UNPACKED_FACTOR times the size `limit`, each in one line.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise InvalidInput(f"{name}: not a DOCX file (not a zip archive)") from None
    with archive:
        names = set(archive.namelist())
        unpacked = sum(i.file_size for i in archive.infolist())
    if "word/document.xml" not in names:
        raise InvalidInput(f"{name}: a zip archive but not a DOCX file (no word/document.xml)")
    if unpacked > UNPACKED_FACTOR * limit:
        raise InvalidInput(f"{name}: DOCX unpacks to {unpacked:,} bytes, over {UNPACKED_FACTOR}× the "
                           f"{limit:,}-byte limit")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _blocks(document)
        props = document.core_properties
        title, author, created = props.title, props.author, props.created
    except Exception as e:  # python-docx and lxml raise many kinds on damaged parts; all mean the same here
        raise InvalidInput(f"{name}: damaged or unreadable DOCX ({type(e).__name__})") from None
    return Content(text="\n".join(blocks), title=title or None, author=author or None,
                   date=created.date().isoformat() if isinstance(created, datetime) else None)
