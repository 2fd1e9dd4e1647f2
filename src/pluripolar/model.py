"""The four records everything else passes around: who, what relation, said where, in which words."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Actor:
    """An international actor: a state (ISO 3166 alpha-3), an IGO (short code) or `org:<slug>`."""

    id: str
    name: str
    kind: str  # state | observer | partially_recognised | former_state | igo | org
    cow_code: int | None = None
    un_region: str | None = None
    un_subregion: str | None = None
    capital: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class Source:
    """Where relations come from: a document (its text kept) or a dataset file (its checksum kept)."""

    id: str  # sha256 of the content
    kind: str  # document | dataset
    name: str  # document id / file stem, or dataset name
    url: str | None = None
    title: str | None = None
    date: str | None = None  # article date, YYYY-MM-DD
    text: str | None = None
    dataset: str | None = None
    version: str | None = None
    path: str | None = None
    author: str | None = None
    outlet: str | None = None  # the site or publisher a page names
    language: str | None = None  # the language the document was read in (ISO 639-1)


@dataclass(frozen=True)
class Evidence:
    """The exact words (or dataset row) that assert a relation."""

    source_id: str
    quote: str | None
    char_start: int | None
    char_end: int | None
    sentence: str | None = None
    row: int | None = None
    extractor: str = ""
    extractor_version: str = ""


@dataclass(frozen=True)
class Relation:
    """One asserted relation between two actors (or a claim about one), with its evidence."""

    subject: str
    predicate: str
    object: str | None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    attrs: dict[str, Any] = field(default_factory=dict)
    negated: bool = False
    confidence: float = 1.0
    plover: str | None = None
    plover_mode: str | None = None
    cameo: str | None = None
    evidence: tuple[Evidence, ...] = ()
    doc: str | None = None
    valid_to: str | None = None  # end of a spell (datasets); None for point assertions

    @property
    def status(self) -> str | None:
        """The relation's status attribute, if any (established, severed, opened, ...)."""
        return self.attrs.get("status")
