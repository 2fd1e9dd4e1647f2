"""Fetch a document by URL: http(s) only, bounded in time and size."""
from __future__ import annotations

import re
import urllib.error
import urllib.request

from ..errors import InvalidInput
from .documents import Document, max_bytes, text_from_bytes

TIMEOUT = 20.0


def fetch_url(url: str, *, timeout: float = TIMEOUT) -> Document:
    """The text of the page at `url`, as a Document whose id is derived from the URL."""
    if not re.match(r"^https?://", url, re.I):
        raise InvalidInput(f"{url}: only http and https URLs can be ingested")
    req = urllib.request.Request(url, headers={"User-Agent": "pluripolar/0.1"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get("Content-Type", "")
            if ctype and not re.match(r"^(text/|application/(xhtml\+xml|xml|json))", ctype):
                raise InvalidInput(f"{url}: content type {ctype!r} is not text or HTML")
            data = resp.read(max_bytes() + 1)
    except urllib.error.HTTPError as e:
        raise InvalidInput(f"{url}: HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise InvalidInput(f"{url}: cannot fetch ({reason})") from None
    text = text_from_bytes(data, url)
    if not text.strip():
        raise InvalidInput(f"{url}: empty document")
    slug = re.sub(r"[^\w.-]+", "-", url.split("://", 1)[1]).strip("-")[:120]
    return Document(doc=slug, text=text, url=url)
