"""HTML to the article's plain text; markup is never kept as text."""
from __future__ import annotations

import re

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe",
         "template", "button")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "blockquote", "article",
           "section", "title")


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text."""
    return bool(_HTML_START.match(text[:2000]))


def html_to_text(html: str) -> str:
    """The visible text of a page, main content preferred, one paragraph per block element."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    text = root.get_text()
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    body = "\n\n".join(p for p in paragraphs if p)
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return body
