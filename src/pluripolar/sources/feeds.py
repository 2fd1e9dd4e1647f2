"""RSS and Atom feeds with feedparser: a feed's entries (link, title, date, inline content), fetched
through the same safe fetch as documents, and the small TOML file that lists the feeds to watch."""
from __future__ import annotations

import hashlib
import io
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidInput
from .decode import is_binary
from .fetch import fetch_bytes
from .html import looks_like_html

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+xml", "text/html", "text/plain")  # html: refused in one line below
MAX_KEY = 2000  # characters of an entry id kept


@dataclass(frozen=True)
class Entry:
    """One item of a feed: a key that stays the same across runs, its link, and what the feed says."""

    key: str
    link: str | None
    title: str | None
    date: str | None  # YYYY-MM-DD, the entry's publication (or update) date
    content: str | None  # the entry's own HTML or text, used when it has no link


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its title, entries in feed order, and a note when the XML was broken."""

    url: str
    title: str | None
    entries: tuple[Entry, ...]
    note: str | None = None


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _entry(e) -> Entry:
    content = next((c.get("value") for c in e.get("content", []) if c.get("value")), None) or e.get("summary")
    link = e.get("link") or None
    if link and not link.lower().startswith(("http://", "https://")):  # feedparser may give an Atom id here
        link = None
    key = e.get("id") or link or hashlib.sha256(f"{e.get('title')}\n{content}".encode()).hexdigest()
    return Entry(key=str(key)[:MAX_KEY], link=link, title=e.get("title") or None, date=_date(e),
                 content=content or None)


def parse_feed(data: bytes, url: str) -> Feed:
    """The entries of an RSS or Atom document; refuses anything else in one line (an HTML page, binary,
    XML that is no feed). A feed whose XML breaks off keeps the entries read before the break."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.get("version"):
        head = data[:2000].decode("utf-8", "replace")
        what = ("an HTML page" if looks_like_html(head) else "binary data" if is_binary(data)
                else "no RSS or Atom element")
        raise InvalidInput(f"{url}: not an RSS or Atom feed ({what})")
    note = None
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and problem is not None and type(problem).__name__ == "SAXParseException":
        note = f"malformed feed ({str(problem).splitlines()[0]}): read the {len(parsed.entries)} entries before it"
    return Feed(url=url, title=parsed.feed.get("title") or None,
                entries=tuple(_entry(e) for e in parsed.entries), note=note)


def fetch_feed(url: str, *, allow_private: bool = False, limit: int | None = None) -> Feed:
    """The feed at `url`, fetched with the size, address and time limits of `fetch_bytes`."""
    data, _, _ = fetch_bytes(url, allow_private=allow_private, limit=limit, accept=FEED_TYPES)
    return parse_feed(data, url)


def read_feed_list(path: str | Path) -> tuple[list[str], str | None]:
    """Feed URLs and an optional interval from a TOML file: `feeds = ["https://…", …]`, `every = "15m"`."""
    p = Path(path)
    try:
        config = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput(f"{p}: cannot read: {getattr(e, 'strerror', None) or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise InvalidInput(f"{p}: not TOML ({e})") from None
    feeds, every = config.get("feeds", []), config.get("every")
    if not isinstance(feeds, list) or not all(isinstance(f, str) and f for f in feeds):
        raise InvalidInput(f'{p}: \'feeds\' must be a list of URLs, e.g. feeds = ["https://example.org/rss"]')
    if every is not None and not isinstance(every, str):
        raise InvalidInput(f'{p}: \'every\' must be a duration such as "15m"')
    unknown = sorted(set(config) - {"feeds", "every"})
    if unknown:
        raise InvalidInput(f"{p}: unknown setting {unknown[0]!r} (expected: feeds, every)")
    return feeds, every
