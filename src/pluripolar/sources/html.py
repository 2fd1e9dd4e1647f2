"""HTML pages to their main text and metadata with trafilatura; markup is never kept as text.

The page is parsed once with lxml (libxml2), whose parser stops at 256 levels of nesting: a deeper
page is refused in one line instead of losing its text silently, and parsing stays linear however
deep the markup goes. trafilatura then finds the main text (boilerplate such as menus, related links,
comments and footers dropped) and the page's title, publication date, author and site name.
"""
from __future__ import annotations

import logging
import re

from ..errors import InvalidInput
from .content import Content

MAX_DEPTH = 256  # libxml2's nesting limit without XML_PARSE_HUGE
_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!doctype html|<html|<head|<body|<article|<main|<div|<p[\s>]|<!--)",
                         re.I)
# only dates the page states about itself (meta tags, structured data, <time>), never one guessed from text
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))  # no meaning in HTML; lxml refuses them
_DATE_PARAMS = {"original_date": True, "extensive_search": False}

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its misses are reported here, in one line
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text."""
    return bool(_HTML_START.match(text[:2000]))


def _parse(html: str, name: str):
    """The page as an lxml tree; refuses markup nested deeper than MAX_DEPTH."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html.translate(_CONTROL).encode("utf-8", "surrogatepass"),
                                             parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise InvalidInput(f"{name}: malformed HTML that the parser rejects") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise InvalidInput(f"{name}: HTML nested deeper than {MAX_DEPTH} elements: refused")
    _drop_code(tree)
    return tree


def _drop_code(tree) -> None:
    """Remove scripts, styles and templates (their raw text is code, not the page's words), keeping the
    JSON-LD blocks that carry the page's metadata."""
    code = [e for e in tree.iter("script", "style", "template", "noscript")
            if (e.get("type") or "").strip().lower() != "application/ld+json"]
    for e in code:
        e.drop_tree()


def read_html(html: str, name: str = "document", url: str | None = None) -> Content:
    """The main text of a page, one paragraph per line, headed by its title, and the page's metadata.

    Refuses a page whose main text is empty (a script-only shell, a page of links).
    """
    from trafilatura import bare_extraction

    found = bare_extraction(_parse(html, name), url=url, with_metadata=True, favor_precision=True,
                            include_comments=False, date_extraction_params=_DATE_PARAMS)
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise InvalidInput(f"{name}: no main text found in the HTML page")
    title = found.title or None
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return Content(text=text, title=title, date=found.date or None, author=found.author or None,
                   outlet=found.sitename or None)
