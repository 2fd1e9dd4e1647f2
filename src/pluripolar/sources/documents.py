"""Read documents from files and JSONL streams into plain text with their metadata.

Dates: a date given for a file (--date) wins over the file's own (a page's publication date, a PDF's
creation date); in a JSONL record, the record's date wins, then the file's own, then --date.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InvalidInput, one_line
from .content import Content
from .formats import content_from_text, kind_of_name, read_bytes
from .language import detect_language

MAX_BYTES = 20_000_000  # a document larger than this is refused (PLURIPOLAR_MAX_BYTES or --max-bytes)
JSON_OVERHEAD = 6  # a JSONL line may be this many times a document's size (\u escapes take 6 bytes)
_ID_OK = re.compile(r"^[\w.:@/-]{1,200}$")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")

Notify = Callable[[str], None]


@dataclass(frozen=True)
class Document:
    """One text to extract from: its id, the text, and what is known about where it came from."""

    doc: str
    text: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    language: str | None = None
    author: str | None = None
    outlet: str | None = None  # the site or publisher, as the page names itself


def check_date(value: str | None, where: str = "--date") -> str | None:
    """A YYYY-MM-DD date string, validated; None passes through."""
    if value in (None, ""):
        return None
    try:
        return Date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidInput(f"{where}: {value!r} is not a date in the form YYYY-MM-DD") from None


def max_bytes(limit: int | None = None) -> int:
    """The size limit for one document in bytes: `limit`, else $PLURIPOLAR_MAX_BYTES, else 20 MB."""
    if limit is not None:
        if limit < 1:
            raise InvalidInput(f"--max-bytes: {limit} is not a positive number of bytes")
        return limit
    raw = os.environ.get("PLURIPOLAR_MAX_BYTES", "").strip()
    if not raw:
        return MAX_BYTES
    if not raw.isdigit() or int(raw) < 1:
        raise InvalidInput(f"PLURIPOLAR_MAX_BYTES: {raw!r} is not a positive number of bytes")
    return int(raw)


def _over_limit(name: str, size: int, limit: int) -> InvalidInput:
    return InvalidInput(f"{name}: {size:,} bytes is over the {limit:,}-byte limit "
                        "(raise it with --max-bytes or PLURIPOLAR_MAX_BYTES)")


def text_from_bytes(data: bytes, name: str, *, limit: int | None = None, encoding: str | None = None) -> str:
    """The text of one document's bytes (any format `read_bytes` reads); refuses oversized input."""
    return checked_bytes(data, name, limit=limit, encoding=encoding).text


def checked_bytes(data: bytes, name: str, *, limit: int | None = None, encoding: str | None = None,
                  hint: str | None = None, url: str | None = None) -> Content:
    """The content of one document's bytes after the size check: text and the file's own metadata."""
    cap = max_bytes(limit)
    if len(data) > cap:
        raise _over_limit(name, len(data), cap)
    return read_bytes(data, name, limit=cap, encoding=encoding, hint=hint, url=url)


def document(doc: str, content: Content, *, date: str | None = None, url: str | None = None,
             title: str | None = None, path: str | None = None) -> Document:
    """A Document from read content; given metadata wins over what the file says about itself."""
    return Document(doc=doc, text=content.text, date=date or content.date, url=url,
                    title=title or content.title, path=path, author=content.author, outlet=content.outlet)


def read_file(path: str | Path, date: str | None = None, *, limit: int | None = None) -> Document:
    """A text or HTML file as a Document; its id is the file stem. Oversized files are not read."""
    p, cap = Path(path), max_bytes(limit)
    try:
        if p.is_dir():
            raise InvalidInput(f"{p}: is a directory, not a document")
        if p.exists() and not p.is_file():
            raise InvalidInput(f"{p}: not a regular file (device, pipe or socket)")
        size = p.stat().st_size
        if size > cap:
            raise _over_limit(str(p), size, cap)
        with p.open("rb") as f:
            data = f.read(cap + 1)
    except FileNotFoundError:
        raise InvalidInput(f"{p}: no such file") from None
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read: {e.strerror or e}") from None
    content = checked_bytes(data, str(p), limit=limit, hint=kind_of_name(p.name))
    return document(p.stem, content, date=check_date(date), path=str(p))


def read_stdin(date: str | None = None, *, limit: int | None = None) -> Document:
    """Standard input (the FILE argument "-") as one Document with the id "stdin"; read up to the limit."""
    cap = max_bytes(limit)
    data = sys.stdin.buffer.read(cap + 1)
    if len(data) > cap:
        raise _over_limit("standard input", len(data), cap)
    return document("stdin", checked_bytes(data, "standard input", limit=limit), date=check_date(date))


def _optional_str(rec: dict, key: str, where: str) -> str | None:
    value = rec.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > 2000:
        raise InvalidInput(f"{where}: '{key}' must be a string of at most 2000 characters")
    return value


def _document_from_record(rec: object, where: str, base: Path, limit: int | None,
                          allow_paths: bool = False) -> Document:
    if not isinstance(rec, dict):
        raise InvalidInput(f"{where}: expected a JSON object with 'doc' and 'text' or 'path'")
    doc = rec.get("doc") or rec.get("id")
    if isinstance(doc, bool) or not isinstance(doc, (str, int)) or not _ID_OK.match(str(doc)):
        raise InvalidInput(f"{where}: 'doc' must be an id of letters, digits and ._:@/- (got {doc!r:.80})")
    text = rec.get("text")
    path = _optional_str(rec, "path", where) or _beside(base, str(doc))
    url = _optional_str(rec, "url", where)
    if text is None and path:
        target = confined(base, path, where, allow_paths)
        try:
            read = read_file(target, limit=limit)
        except InvalidInput as e:
            raise InvalidInput(one_line(f"{where}: 'path' {e}")) from None
        content = Content(read.text, read.title, read.date, read.author, read.outlet)
    elif isinstance(text, str):
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_bytes(limit):
            raise _over_limit(where, size, max_bytes(limit))
        content = content_from_text(text, where, url=url)
    else:
        raise InvalidInput(f"{where}: needs 'text' (a string), 'path', or a file docs/{doc}.txt beside the input")
    return document(str(doc), content, date=check_date(rec.get("date"), f"{where}: date"), url=url,
                    title=_optional_str(rec, "title", where))


def confined(base: Path, path: str, where: str, allow_paths: bool = False) -> Path:
    """The file a JSONL record's 'path' names, resolved against the JSONL file's folder `base`. Unless
    `allow_paths`, it must lie inside that folder once links and `..` are resolved, so a JSONL from
    elsewhere cannot make pluripolar read (and the web app show) `/etc/passwd` or `/proc/self/environ`."""
    if "\0" in path:
        raise InvalidInput(f"{where}: 'path' {path!r:.200} holds a NUL character; no file is named so")
    p = Path(path)
    target = p if p.is_absolute() else base / p
    if allow_paths:
        return target
    try:
        inside = target.resolve().is_relative_to(base.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        inside = False
    if not inside:
        raise InvalidInput(f"{where}: 'path' {path!r:.200} is outside the JSONL file's folder {base}; "
                           "pass --allow-paths to read files anywhere")
    return target


def _beside(base: Path, doc: str) -> str | None:
    """`docs/<doc>.txt` next to the JSONL file, when it exists: the layout of an annotated corpus, whose
    index lists documents by id and keeps their texts in a `docs/` folder."""
    if "/" in doc or doc.startswith("."):
        return None
    p = Path("docs", f"{doc}.txt")
    return str(p) if (base / p).is_file() else None


def _lines(stream: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than `cap`, which is skipped unread."""
    n = 0
    while True:
        raw = stream.readline(cap + 1)
        if not raw:
            return
        n += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield n, None
        else:
            yield n, raw


def _parse_line(raw: bytes | None, where: str, base: Path, limit: int | None, cap: int,
                allow_paths: bool = False) -> Document:
    if raw is None:
        raise InvalidInput(f"{where}: line is over {cap:,} bytes (the document limit allows for JSON escapes)")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{where}: not UTF-8") from None
    return _document_from_record(json_value(line, where), where, base, limit, allow_paths)


def json_value(line: str, where: str) -> Any:
    """One JSON line's value, or InvalidInput naming `where` (FILE:LINE): not JSON, or JSON Python cannot
    hold (nested too deep, a number of thousands of digits)."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise InvalidInput(f"{where}: not JSON ({e.msg} at column {e.colno})") from None
    except (ValueError, RecursionError) as e:
        raise InvalidInput(f"{where}: not usable JSON ({type(e).__name__})") from None


def read_jsonl_stream(stream: BinaryIO, name: str, *, base: Path | None = None, skip_bad: bool = False,
                      on_skip: Notify | None = None, limit: int | None = None,
                      allow_paths: bool = False) -> Iterator[Document]:
    """Documents from a binary JSONL stream, one object per line, read line by line in bounded memory.

    A bad line is an error naming `name:line`; with `skip_bad` it is reported through `on_skip`
    and skipped. 'path' fields are read from `base` (default: the working directory) and must lie
    inside it unless `allow_paths`.
    """
    cap = max_bytes(limit) * JSON_OVERHEAD
    base = base or Path.cwd()
    for n, raw in _lines(stream, cap):
        if raw is not None and not raw.strip():
            continue
        try:
            yield _parse_line(raw, f"{name}:{n}", base, limit, cap, allow_paths)
        except InvalidInput as e:
            if not skip_bad:
                raise
            if on_skip:
                on_skip(str(e))


def read_jsonl(path: str | Path, *, skip_bad: bool = False, on_skip: Notify | None = None,
               limit: int | None = None, allow_paths: bool = False) -> Iterator[Document]:
    """Documents from a JSONL file ("-" for standard input); see `read_jsonl_stream`."""
    if str(path) == "-":
        yield from read_jsonl_stream(sys.stdin.buffer, "-", skip_bad=skip_bad, on_skip=on_skip, limit=limit,
                                     allow_paths=allow_paths)
        return
    p = Path(path)
    try:
        stream = p.open("rb")
    except FileNotFoundError:
        raise InvalidInput(f"{p}: no such file") from None
    except OSError as e:
        raise InvalidInput(f"{p}: cannot read: {e.strerror or e}") from None
    with stream:
        yield from read_jsonl_stream(stream, str(path), base=p.parent, skip_bad=skip_bad, on_skip=on_skip,
                                     limit=limit, allow_paths=allow_paths)


def check_language(language: str | None) -> str | None:
    """`language` when extraction has data for it (or None, detection's turn); InvalidInput otherwise, so
    every entry point (CLI, web, Spark) refuses an unknown `--lang` with the same one line."""
    from ..text.resources import languages

    if language is not None and language not in languages():
        raise InvalidInput(f"no extraction for language {language!r}; known: {', '.join(languages())}")
    return language


def with_language(d: Document, on_note: Notify | None = None, language: str | None = None) -> Document:
    """The document with its language: `language` when given (an override), else the detected one. A
    language extraction has no data for is reported through `on_note` (it is read as English)."""
    from ..text.resources import languages

    if language:
        return replace(d, language=language)
    lang = detect_language(d.text)
    if lang is not None and lang.code not in languages() and on_note:
        on_note(f"{d.doc}: looks like {lang.name}, a language extraction has no data for; read as English, "
                "relations may be missed")
    return replace(d, language=lang.code if lang else None)


def _check_all(files: Iterable[str], jsonl: str | None, limit: int | None, allow_paths: bool) -> None:
    """Read every local input once, streaming, raising the first InvalidInput."""
    for f in files:
        if not _URL.match(f) and f != "-":
            read_file(f, limit=limit)
    if jsonl and jsonl != "-":
        for _ in read_jsonl(jsonl, limit=limit, allow_paths=allow_paths):
            pass


def read_inputs(files: Iterable[str], jsonl: str | None = None, date: str | None = None, *,
                skip_bad: bool = False, on_skip: Notify | None = None, on_note: Notify | None = None,
                fetch: Callable[[str], Document] | None = None, limit: int | None = None,
                allow_paths: bool = False, language: str | None = None) -> Iterator[Document]:
    """Every document named on a command line: files or URLs, then the JSONL's records (whose 'path'
    fields must stay inside the JSONL file's folder unless `allow_paths`).

    Unless `skip_bad`, files and a JSONL file are checked in full before the first document is
    yielded, so that a bad file or line stops a run before anything is stored (URLs and standard
    input are checked as they are read). Each document carries its language, `language` when given,
    else the detected one; one extraction has no data for is reported through `on_note` and still
    yielded (the English pipeline finds what it can).
    """
    date, files = check_date(date), list(files)
    max_bytes(limit)
    if not skip_bad:
        _check_all(files, jsonl, limit, allow_paths)
    for f in files:
        if _URL.match(f):
            if fetch is None:
                raise InvalidInput(f"{f}: URLs are read by `pluripolar ingest`, not here")
            doc = fetch(f)
            yield with_language(replace(doc, date=date or doc.date), on_note, language)
        elif f == "-":
            yield with_language(read_stdin(date, limit=limit), on_note, language)
        else:
            yield with_language(read_file(f, date, limit=limit), on_note, language)
    if jsonl:
        for d in read_jsonl(jsonl, skip_bad=skip_bad, on_skip=on_skip, limit=limit, allow_paths=allow_paths):
            yield with_language(d if d.date or not date else replace(d, date=date), on_note, language)
