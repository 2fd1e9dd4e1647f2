"""What a reader gets from a file or page: its text and what the file says about itself."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Content:
    """A document's text and its own metadata (None where the file does not say)."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD: publication date of a page, creation date of a PDF or DOCX
    author: str | None = None
    outlet: str | None = None  # the site or publisher
