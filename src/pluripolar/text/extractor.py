"""The extractor: text → `Relation` records with exact-offset evidence, one document at a time."""
from __future__ import annotations

import logging
import math
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from pathlib import Path

from spacy.tokens import Doc

from ..errors import ExtractionFailed
from ..model import Relation
from ..ontology import load as ontology
from . import events, resources
from .dates import parse_iso
from .gazetteer import gazetteer
from .normalise import normalise
from .pair_model import load_pair_model, wanted
from .pieces import PIECE_CHARS, bounded, text_pieces
from .pipeline import load_nlp
from .stage import Document, Sentence, Stage, StageTimeout, run, upto
from .stages import PIPELINE
from .triggers import TriggerLexicon

EXTRACTOR_NAME = "pluripolar.text"
EXTRACTOR_VERSION = "0.1.0"
TIME_LIMIT = 60.0  # seconds per started 100,000 characters (ordinary news text takes 2-10 s per 100,000)
log = logging.getLogger(__name__)


def _one_line(e: Exception) -> str:
    """An unexpected error as one line: its type, message and the line of code that raised it."""
    where = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
    at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return f"{type(e).__name__}: {' '.join(str(e).split())[:200]}{at}"


class Extractor:
    """Extracts relations between international actors from news text (offline; spaCy loaded once)."""

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def __init__(self, language: str = resources.DEFAULT_LANGUAGE, pair_model: bool | None = None) -> None:
        """The extractor of `language`; `pair_model` True or False turns the trained pair classifier
        (`text/pair_model.py`) on or off, None leaves it as `pair_model.wanted` says (the default, or
        the PLURIPOLAR_PAIR_MODEL environment variable; a language without a model file has none)."""
        self.language = language
        with resources.using(language):
            self.nlp = load_nlp()
            self.gazetteer = gazetteer()
            self.lexicon = TriggerLexicon(self.nlp)
            self.events = events.EventLexicon(self.nlp)
            use = wanted() if pair_model is None else pair_model
            self.pair_model = load_pair_model() if use else None
        self.ontology = ontology()

    def extract(self, text: str, *, doc_id: str, date: str | None = None,
                time_limit: float = TIME_LIMIT) -> list[Relation]:
        """Relations asserted by `text` (article date `date`, 'YYYY-MM-DD'); [] for empty input.

        Raises `ExtractionFailed` when the document cannot be extracted (see `extract_many`)."""
        result = next(self.extract_many([(doc_id, text, date)], time_limit=time_limit))
        if isinstance(result, ExtractionFailed):
            raise result
        return result

    def extract_many(self, items: Iterable[tuple[str, str, str | None]], batch_size: int = 32,
                     time_limit: float = TIME_LIMIT) -> Iterator[list[Relation] | ExtractionFailed]:
        """Relations per document for (doc_id, text, date) items, in order, parsing with `nlp.pipe`.

        A document that cannot be extracted gives an `ExtractionFailed` in its place, never an empty
        list, so no caller can take it for a document without relations. Each document has
        `time_limit` seconds per started 100,000 characters; texts over that are parsed in pieces."""
        def texts() -> Iterator[tuple[str, tuple[str, str, str, str | None]]]:
            for doc_id, text, date in items:
                raw = text if isinstance(text, str) else ""
                clean = normalise(raw)
                # a long text is parsed later, piece by piece; the batch parses an empty stand-in
                yield (clean if len(clean) <= PIECE_CHARS else ""), (doc_id, raw, clean, date)

        for doc, (doc_id, raw, clean, date) in self.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
            limit = time_limit * max(1, -(-len(clean) // PIECE_CHARS))
            deadline = time.monotonic() + limit
            pieces = self._pieces(doc if len(clean) <= PIECE_CHARS else None, clean)
            try:
                yield self._relations(pieces, raw, doc_id, date, deadline, limit)
            except ExtractionFailed as e:
                log.info("%s", e)
                yield e
            except Exception as e:  # never fail a batch on one document: report it in its place
                log.debug("extraction failed for document %r", doc_id, exc_info=True)
                yield ExtractionFailed(f"{doc_id}: extraction failed ({_one_line(e)}); not stored")

    def explain(self, text: str, *, doc_id: str, date: str | None = None,
                stage: str | None = None) -> tuple[Doc, list[tuple[Stage, Sentence | None]], list[Relation]]:
        """The parsed text, each stage's record after it ran ((stage, sentence), the sentence None for a
        piece or document stage) and the merged relations: so that a miss can be traced to the stage
        that lost it (`text.explain` makes plain records of them). With `stage`, only that stage and
        those it needs run (`stage.upto`), and the relations are those of a run up to merge only."""
        stages = upto(PIPELINE, stage) if stage else PIPELINE
        records: list[tuple[Stage, Sentence | None]] = []
        doc = self.nlp(normalise(text))
        result = self._run(stages, [(0, doc)], text, doc_id, date,
                           trace=lambda st, d, sent: records.append((st, sent)))
        return doc, records, result.relations

    def read(self, text: str, *, doc_id: str, date: str | None = None) -> Document:
        """The whole pipeline's record of `text`: the rules' candidates, every sentence's actor pairs
        (`Document.pairs`, read even without a pair model) and the relations; what the pair model is
        trained and cross-validated on (`text/pair_training.py`)."""
        return self._run(PIPELINE, self._pieces(None, normalise(text)), text, doc_id, date, pairs=True)

    def _pieces(self, doc: Doc | None, text: str) -> Iterator[tuple[int, Doc]]:
        """(offset, parse) of the pieces of a text: `doc` whole when given, else the text's pieces
        parsed one at a time (memory bounded by a piece); over-long sentences re-parsed cut."""
        if doc is not None:
            yield 0, bounded(self.nlp, doc)
            return
        for start, end in text_pieces(text):
            yield start, bounded(self.nlp, self.nlp(text[start:end]))

    def _relations(self, pieces: Iterable[tuple[int, Doc]], text: str, doc_id: str, date: str | None,
                   deadline: float = math.inf, limit: float = math.inf) -> list[Relation]:
        """The document's relations: the declared pipeline (`text/stages`) run over its pieces."""
        try:
            return self._run(PIPELINE, pieces, text, doc_id, date, deadline).relations
        except StageTimeout:
            raise ExtractionFailed(
                f"{doc_id}: not extracted within its time limit ({limit:g} s for {len(text):,} characters); "
                "not stored: give more with --time-limit, or split the document") from None

    def _run(self, stages: Sequence[Stage], pieces: Iterable[tuple[int, Doc]], text: str, doc_id: str,
             date: str | None, deadline: float = math.inf, trace=None, pairs: bool = False) -> Document:
        document = Document(text, doc_id, date, parse_iso(date), self, deadline=deadline,
                            pairs=[] if pairs or self.pair_model is not None else None)
        if not text.strip():
            return document
        with resources.using(self.language):
            return run(stages, document, pieces, trace)


class Extractors:
    """One `Extractor` per language, each built on first use: documents are extracted by the pipeline
    of their language (`resources.languages()`), documents of any other or no language by English's."""

    def __init__(self) -> None:
        self._by_language: dict[str, Extractor] = {}

    def get(self, language: str | None) -> Extractor:
        """The extractor for a document of `language`."""
        lang = resources.route(language)
        if lang not in self._by_language:
            self._by_language[lang] = Extractor(lang)
        return self._by_language[lang]

    def extract_many(self, items: Iterable[tuple[str, str, str | None, str | None]], batch_size: int = 32,
                     time_limit: float = TIME_LIMIT) -> Iterator[list[Relation] | ExtractionFailed]:
        """`Extractor.extract_many` for (doc_id, text, date, language) items, in input order, each run of
        documents of one language read by that language's pipeline."""
        for lang, run in groupby(items, key=lambda item: resources.route(item[3])):
            yield from self.get(lang).extract_many(((d, t, day) for d, t, day, _ in run), batch_size=batch_size,
                                                   time_limit=time_limit)
