"""Which reader a document needs (PDF, DOCX, RTF, HTML or plain text), told by its bytes and its name.

The bytes decide where they can: a PDF, a zip archive (DOCX) and an RTF file are recognised by how
they start, whatever they are called; a file named or served as one of those formats that does not
start like it is refused in one line rather than read as text.
"""
from __future__ import annotations

from pathlib import PurePosixPath

from ..errors import InvalidInput
from .content import Content
from .decode import decode_bytes
from .html import looks_like_html, read_html
from .pdf import read_pdf
from .rtf import looks_like_rtf, read_rtf
from .word import read_docx

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
               "application/pdf": "pdf", DOCX_TYPE: "docx", "application/rtf": "rtf", "text/rtf": "rtf"}
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".rtf": "rtf", ".html": "html", ".htm": "html", ".xhtml": "html"}
_NOT = {"pdf": "not a PDF file (no %PDF- header)", "docx": "not a DOCX file (not a zip archive)",
        "rtf": "not an RTF file (no {\\rtf header)"}


def kind_of_name(name: str) -> str | None:
    """The format a file name or URL path suggests by its suffix ("pdf", "docx", "rtf", "html"), if any."""
    return SUFFIXES.get(PurePosixPath(name.split("?", 1)[0]).suffix.lower())


def _kind(data: bytes, hint: str | None) -> str:
    head = data[:8].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if looks_like_rtf(data):
        return "rtf"
    if hint in _NOT:
        return f"not-{hint}"
    return hint or "text"


def content_from_text(text: str, name: str, *, url: str | None = None, html: bool = False) -> Content:
    """A text as content: an HTML page (or `html`) read for its main text and metadata; refuses empty
    text and text that is not valid Unicode."""
    return _checked(read_html(text, name, url) if html or looks_like_html(text) else Content(text), name)


def _checked(content: Content, name: str) -> Content:
    if not content.text.strip():
        raise InvalidInput(f"{name}: empty document")
    try:
        content.text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{name}: text holds an unpaired surrogate, which is not valid Unicode") from None
    return content


def read_bytes(data: bytes, name: str, *, limit: int, encoding: str | None = None, hint: str | None = None,
               url: str | None = None) -> Content:
    """The content of a document's bytes, read by the reader its format needs.

    `hint` is the format its name or media type suggests; `encoding` the charset a server declared;
    `limit` the document size limit in bytes (a DOCX may unpack to a bounded multiple of it).
    """
    kind = _kind(data, hint)
    if kind.startswith("not-"):
        raise InvalidInput(f"{name}: {_NOT[kind[4:]]}")
    if kind == "pdf":
        return _checked(read_pdf(data, name), name)
    if kind == "docx":
        return _checked(read_docx(data, name, limit), name)
    if kind == "rtf":
        return _checked(read_rtf(data, name), name)
    return content_from_text(decode_bytes(data, name, encoding), name, url=url, html=kind == "html")
