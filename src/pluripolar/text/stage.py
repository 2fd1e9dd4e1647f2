"""The declared extraction pipeline: stages that say what they need and what they set.

A document is extracted by running stages in order over a `Document` record and, sentence by sentence,
a `Sentence` record. Each stage (a module of `text/stages/`) declares the fields it reads (`needs`) and
the fields it fills (`sets`); `declare` checks that every field a stage needs is an input or set by an
earlier stage, so the order is a checked contract, not a convention. `upto` gives the stages one stage
depends on, so that stage can be run (and scored, `text/stage_score.py`) on its own; `pluripolar explain`
shows each stage's fields per sentence.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date as Date
from typing import Any, Literal

from spacy.tokens import Doc, Span

from ..model import Relation
from .coref import Memory
from .mentions import Mention
from .modality import Mood
from .pair_model import Link
from .relations import Candidate, Context
from .triggers import Trigger

Scope = Literal["piece", "sentence", "document"]


@dataclass
class Document:
    """What the stages know of a whole document; the `INPUTS` fields are given before any stage runs."""

    text: str
    doc_id: str
    date: str | None
    article: Date | None
    tools: Any  # the extractor: gazetteer, trigger and event lexicons, ontology (loaded once per language)
    memory: Memory = field(default_factory=Memory)
    deadline: float = math.inf
    piece: Doc | None = None  # the parse of the piece of text being read
    offset: int = 0  # where `piece` starts in the text
    sentences: list[Span] = field(default_factory=list)  # the piece's sentences (the sentence stages' input)
    piece_mentions: list[Mention] | None = None  # the piece's actor mentions, found once per piece
    last_date: str | None = None  # the last full date given so far (resolves "the next day")
    last_dated: str | None = None  # the last date of any precision given so far (resolves "the following year")
    latest: str | None = None  # the latest date the text gives
    candidates: list[Candidate] = field(default_factory=list)  # every sentence's candidates so far
    pending: list[Candidate] = field(default_factory=list)  # invitations awaiting their effective date
    previous: list[Candidate] = field(default_factory=list)  # the previous sentence's candidates
    pairs: list[Link] | None = None  # the sentences' links for the pair model (None: not read)
    relations: list[Relation] = field(default_factory=list)  # the merged result


@dataclass
class Sentence:
    """What the stages find in one sentence."""

    span: Span
    offset: int
    mentions: list[Mention] = field(default_factory=list)  # actors named in the sentence
    coreference: list[Mention] = field(default_factory=list)  # actors it refers to without naming them
    actors: list[Mention] = field(default_factory=list)  # both, in text order
    dates: list[tuple[Span, str]] = field(default_factory=list)  # dated expressions and their values
    triggers: list[Trigger] = field(default_factory=list)  # words evoking a predicate
    moods: list[Mood] = field(default_factory=list)  # each trigger's modality
    context: Context | None = None  # what argument linking reads besides the trigger
    arguments: list[list[Candidate]] = field(default_factory=list)  # each trigger's linked actor pairs
    attributes: list[dict[str, Any]] = field(default_factory=list)  # each trigger's attributes
    claims: list[Candidate] = field(default_factory=list)  # quantities said of actors
    events: list[Candidate] = field(default_factory=list)  # PLOVER events
    candidates: list[Candidate] = field(default_factory=list)  # all of the sentence's candidates


INPUTS = frozenset({"text", "doc_id", "date", "article", "tools", "memory", "deadline", "piece", "offset"})
_FIELDS = frozenset(f.name for f in fields(Document)) | frozenset(f.name for f in fields(Sentence))


@dataclass(frozen=True)
class Stage:
    """One step of extraction: `run(document, sentence)` reads the fields in `needs` and fills those in
    `sets`; a "piece" stage runs once per parsed piece and a "document" stage once at the end (both
    with `sentence` None), a "sentence" stage once per sentence."""

    name: str
    scope: Scope
    needs: frozenset[str]
    sets: frozenset[str]
    run: Callable[[Document, Sentence | None], None]
    doc: str  # what the stage does, for `pluripolar explain --stages`


def run(stages: Sequence[Stage], document: Document, pieces: Iterable[tuple[int, Doc]],
        trace: Callable[[Stage, Document, Sentence | None], None] | None = None) -> Document:
    """Run `stages` over the parsed `pieces` ((offset, parse) of the document's text), in order: the
    piece stages on each piece, then the sentence stages on each of its sentences, then the document
    stages; `trace` sees each stage's record after it ran (for `explain`)."""
    by_scope = {scope: [s for s in stages if s.scope == scope] for scope in ("piece", "sentence", "document")}
    for offset, piece in pieces:
        document.piece, document.offset, document.piece_mentions = piece, offset, None
        for stage in by_scope["piece"]:
            stage.run(document, None)
            if trace is not None:
                trace(stage, document, None)
        for span in document.sentences:
            if time.monotonic() > document.deadline:
                raise StageTimeout
            sentence = Sentence(span, offset)
            for stage in by_scope["sentence"]:
                stage.run(document, sentence)
                if trace is not None:
                    trace(stage, document, sentence)
    for stage in by_scope["document"]:
        stage.run(document, None)
        if trace is not None:
            trace(stage, document, None)
    return document


class StageTimeout(Exception):
    """The document's deadline passed before a sentence was read (the caller reports its time limit)."""


def declare(stages: Sequence[Stage]) -> tuple[Stage, ...]:
    """`stages` as a pipeline, after checking that each one's needs are inputs or set before it and
    that every field named is a field of the records (ValueError naming the first fault)."""
    known = set(INPUTS)
    for s in stages:
        unknown = (s.needs | s.sets) - _FIELDS
        if unknown:
            raise ValueError(f"stage {s.name!r} names unknown fields: {', '.join(sorted(unknown))}")
        missing = s.needs - known
        if missing:
            raise ValueError(f"stage {s.name!r} needs {', '.join(sorted(missing))}, set by no earlier stage")
        known |= s.sets
    return tuple(stages)


def upto(pipeline: Sequence[Stage], name: str) -> tuple[Stage, ...]:
    """The stages of `pipeline` that stage `name` depends on, and it, in pipeline order: what must run
    to run that stage alone (ValueError for an unknown stage)."""
    names = [s.name for s in pipeline]
    if name not in names:
        raise ValueError(f"no stage {name!r}; stages: {', '.join(names)}")
    wanted = set(pipeline[names.index(name)].needs)
    keep = {name}
    for s in reversed(pipeline[:names.index(name)]):
        if s.sets & wanted:
            keep.add(s.name)
            wanted |= s.needs
    return tuple(s for s in pipeline if s.name in keep)
