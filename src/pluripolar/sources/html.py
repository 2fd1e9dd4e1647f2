"""HTML to the article's plain text; markup is never kept as text."""
from __future__ import annotations

import re

from ..errors import InvalidInput

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<main|<div|<p[\s>]|<!--)", re.I)
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe",
         "template", "button", "object", "embed", "math", "canvas", "select")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "blockquote", "article",
           "section", "title", "main", "pre", "td", "th", "dd", "dt", "figcaption")


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text."""
    return bool(_HTML_START.match(text[:2000]))


def html_to_text(html: str, name: str = "document") -> str:
    """The visible text of a page, main content preferred, one paragraph per block element.

    Scripts, styles, navigation and other page furniture are dropped; only text nodes are kept,
    so no markup ends up in the stored text.
    """
    from bs4 import BeautifulSoup, Comment
    from bs4.exceptions import ParserRejectedMarkup

    try:
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup(_DROP):
            tag.decompose()
        for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
            comment.extract()
        root = soup.find("article") or soup.find("main") or soup.body or soup
        title = soup.title.get_text(" ", strip=True) if soup.title else ""
        for tag in root.find_all(_BLOCKS):
            tag.insert_before("\n\n")
            tag.insert_after("\n\n")
        text = root.get_text()
    except RecursionError:
        raise InvalidInput(f"{name}: HTML nested too deeply to read") from None
    except (AssertionError, ParserRejectedMarkup):  # html.parser asserts on some broken "<![" declarations
        raise InvalidInput(f"{name}: malformed HTML that the parser rejects") from None
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs[:1] != [title]:
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)
