"""Read documents from files and JSONL streams into plain text with their metadata."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from ..errors import InvalidInput
from .decode import decode_bytes
from .html import html_to_text, looks_like_html

MAX_BYTES = 20_000_000  # a document larger than this is refused (override with PLURIPOLAR_MAX_BYTES)


@dataclass(frozen=True)
class Document:
    """One text to extract from: its id, the text, and what is known about where it came from."""

    doc: str
    text: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None


def check_date(value: str | None, where: str = "--date") -> str | None:
    """A YYYY-MM-DD date string, validated; None passes through."""
    if value in (None, ""):
        return None
    try:
        return Date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidInput(f"{where}: {value!r} is not a date in the form YYYY-MM-DD") from None


def max_bytes() -> int:
    """The size limit for one document, in bytes."""
    import os

    raw = os.environ.get("PLURIPOLAR_MAX_BYTES")
    return int(raw) if raw and raw.isdigit() else MAX_BYTES


def text_from_bytes(data: bytes, name: str) -> str:
    """Decoded, HTML-stripped text of one document; refuses binary and oversized input."""
    if len(data) > max_bytes():
        raise InvalidInput(f"{name}: {len(data):,} bytes is over the {max_bytes():,}-byte limit "
                           "(set PLURIPOLAR_MAX_BYTES to raise it)")
    text = decode_bytes(data, name)
    if looks_like_html(text):
        text = html_to_text(text)
    return text


def read_file(path: str | Path, date: str | None = None) -> Document:
    """A text or HTML file as a Document; its id is the file stem."""
    p = Path(path)
    if not p.exists():
        raise InvalidInput(f"{p}: no such file")
    if p.is_dir():
        raise InvalidInput(f"{p}: is a directory, not a document")
    if p.stat().st_size > max_bytes():
        raise InvalidInput(f"{p}: {p.stat().st_size:,} bytes is over the {max_bytes():,}-byte limit "
                           "(set PLURIPOLAR_MAX_BYTES to raise it)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read: {e.strerror}") from None
    text = text_from_bytes(data, str(p))
    if not text.strip():
        raise InvalidInput(f"{p}: empty document")
    return Document(doc=p.stem, text=text, date=check_date(date), path=str(p))


_ID_OK = re.compile(r"^[\w.:@/-]{1,200}$")


def _document_from_record(rec: object, where: str, base: Path) -> Document:
    if not isinstance(rec, dict):
        raise InvalidInput(f"{where}: expected a JSON object with 'doc' and 'text' or 'path'")
    doc = rec.get("doc") or rec.get("id")
    if not isinstance(doc, (str, int)) or not _ID_OK.match(str(doc)):
        raise InvalidInput(f"{where}: 'doc' must be an id of letters, digits and ._:@/- (got {doc!r})")
    text = rec.get("text")
    if text is None and rec.get("path"):
        p = Path(str(rec["path"]))
        text = read_file(p if p.is_absolute() else base / p).text
    if not isinstance(text, str):
        raise InvalidInput(f"{where}: needs 'text' (a string) or 'path'")
    if looks_like_html(text):
        text = html_to_text(text)
    if not text.strip():
        raise InvalidInput(f"{where}: empty document")
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes():
        raise InvalidInput(f"{where}: document is over the {max_bytes():,}-byte limit")
    return Document(doc=str(doc), text=text, date=check_date(rec.get("date"), f"{where}: date"),
                    url=rec.get("url") or None, title=rec.get("title") or None)


def read_jsonl(path: str | Path, *, skip_bad: bool = False,
               on_skip=None) -> Iterator[Document]:
    """Documents from a JSONL file, one object per line; a bad line is an error naming its number.

    With `skip_bad`, bad lines are reported through `on_skip(message)` and skipped.
    """
    p = Path(path)
    if str(path) != "-" and not p.exists():
        raise InvalidInput(f"{p}: no such file")
    import sys

    stream = sys.stdin.buffer if str(path) == "-" else p.open("rb")
    base = Path.cwd() if str(path) == "-" else p.parent
    with stream:
        for n, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            where = f"{path}:{n}"
            try:
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise InvalidInput(f"{where}: not UTF-8") from None
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InvalidInput(f"{where}: not JSON ({e.msg})") from None
                yield _document_from_record(rec, where, base)
            except InvalidInput as e:
                if not skip_bad:
                    raise
                if on_skip:
                    on_skip(str(e))


def read_inputs(files: Iterable[str], jsonl: str | None = None, date: str | None = None,
                *, skip_bad: bool = False, on_skip=None, fetch=None) -> Iterator[Document]:
    """Every document named on a command line: files or URLs, then the JSONL's records."""
    date = check_date(date)
    for f in files:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", f):
            if fetch is None:
                raise InvalidInput(f"{f}: URLs are read by `pluripolar ingest`, not here")
            doc = fetch(f)
            yield Document(doc=doc.doc, text=doc.text, date=date or doc.date, url=doc.url, title=doc.title)
        else:
            yield read_file(f, date)
    if jsonl:
        for d in read_jsonl(jsonl, skip_bad=skip_bad, on_skip=on_skip):
            yield d if d.date or not date else Document(d.doc, d.text, date, d.url, d.title, d.path)
