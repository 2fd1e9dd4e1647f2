"""The extractor: text → `Relation` records with exact-offset evidence, one document at a time."""
from __future__ import annotations

import logging
import math
import time
import traceback
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span

from ..errors import ExtractionFailed
from ..model import Relation
from ..ontology import load as ontology
from . import anaphora, claims, coref, effective, events
from .dates import parse_iso, resolve, with_year, parts as date_parts
from .gazetteer import gazetteer
from .mentions import find_mentions
from .merge import merge
from .normalise import normalise
from .pieces import PIECE_CHARS, bounded, sentence_ents, text_pieces
from .pipeline import load_nlp
from .relations import Candidate, Context, build
from .syntax import is_future
from .triggers import TriggerLexicon

EXTRACTOR_NAME = "pluripolar.text"
EXTRACTOR_VERSION = "0.1.0"
TIME_LIMIT = 60.0  # seconds per started 100,000 characters (ordinary news text takes 2-10 s per 100,000)
_STATE_KINDS = frozenset({"state", "observer", "partially_recognised", "former_state"})
log = logging.getLogger(__name__)


def _one_line(e: Exception) -> str:
    """An unexpected error as one line: its type, message and the line of code that raised it."""
    where = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
    at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return f"{type(e).__name__}: {' '.join(str(e).split())[:200]}{at}"


class Extractor:
    """Extracts relations between international actors from news text (offline; spaCy loaded once)."""

    def __init__(self) -> None:
        self.nlp = load_nlp()
        self.gazetteer = gazetteer()
        self.lexicon = TriggerLexicon(self.nlp)
        self.events = events.EventLexicon(self.nlp)
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

    def explain(self, text: str, *, doc_id: str, date: str | None = None) -> tuple[Doc, list[dict], list[Relation]]:
        """The parsed text, what each stage found in each sentence (mentions, coreference, dates,
        triggers, candidates) and the merged relations: so that a miss can be traced to the stage that
        lost it (`text.explain` makes plain records of them)."""
        stages: list[dict] = []

        def trace(stage: str, sent, value) -> None:
            if not stages or stages[-1]["sentence"] != (sent.start_char, sent.end_char):
                stages.append({"sentence": (sent.start_char, sent.end_char), "text": sent.text})
            stages[-1][stage] = value

        doc = self.nlp(normalise(text))
        return doc, stages, self._relations([(0, doc)], text, doc_id, date, trace=trace)

    def _pieces(self, doc: Doc | None, text: str) -> Iterator[tuple[int, Doc]]:
        """(offset, parse) of the pieces of a text: `doc` whole when given, else the text's pieces
        parsed one at a time (memory bounded by a piece); over-long sentences re-parsed cut."""
        if doc is not None:
            yield 0, bounded(self.nlp, doc)
            return
        for start, end in text_pieces(text):
            yield start, bounded(self.nlp, self.nlp(text[start:end]))

    def _relations(self, pieces: Iterable[tuple[int, Doc]], text: str, doc_id: str, date: str | None,
                   deadline: float = math.inf, limit: float = math.inf,
                   trace: Callable[[str, Span, object], None] | None = None) -> list[Relation]:
        if not text.strip():
            return []
        article = parse_iso(date)
        memory = coref.Memory()
        last_date = None
        latest: str | None = None
        cands: list[Candidate] = []
        pending: list[Candidate] = []
        previous: list[Candidate] = []
        for offset, doc in pieces:
            mentions = find_mentions(doc, self.gazetteer, date)
            starts = [m.start for m in mentions]
            for sent in doc.sents:
                if time.monotonic() > deadline:
                    raise ExtractionFailed(
                        f"{doc_id}: not extracted within its time limit ({limit:g} s for {len(text):,} characters); "
                        "not stored: give more with --time-limit, or split the document")
                own = mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
                extra = coref.resolve(sent, own, memory, self.gazetteer.kind)
                sent_mentions = sorted(own + extra, key=lambda m: (m.start, m.actor))
                dates = []
                for ent in sentence_ents(sent):
                    if ent.label_ not in ("DATE", "TIME"):
                        continue
                    for part in date_parts(ent):
                        value = resolve(with_year(part.text, ent.text), article, parse_iso(last_date),
                                        future=is_future(ent.root))
                        if value:
                            dates.append((part, value))
                triggers = self.lexicon.find(sent)
                by_predicate: dict[str, set[int]] = {}
                for t in triggers:
                    by_predicate.setdefault(t.predicate, set()).add(t.token.i)
                ctx = Context(sent, sent_mentions, dates, self.gazetteer.kind,
                              memory.igos[-1] if memory.igos else None,
                              {p: frozenset(ids) for p, ids in by_predicate.items()}, memory.topic(), memory.decider,
                              memory.focus(), article and article.isoformat())
                built = [build(t, ctx) for t in triggers]
                found = [c for cands in built for c in cands]
                found += claims.find(ctx, found) + claims.trade_values(ctx)
                found += events.find(self.events, ctx)
                if trace is not None:
                    for stage, value in (("mentions", own), ("coreference", extra), ("dates", dates),
                                         ("triggers", triggers), ("candidates", found)):
                        trace(stage, sent, value)
                for c in found:
                    c.offset = offset
                effective.apply(pending, sent, sent_mentions, dates, found)
                anaphora.apply(previous, anaphora.dates(triggers, built, ctx))
                pending, previous = effective.invited(found), found
                cands.extend(found)
                memory.remember(own, doc)
                memory.note_acts(found)
                self._update_pair(memory, found, own, doc)
                last_date = next((v for _, v in reversed(dates) if len(v) == 10), last_date)
                latest = max([latest or "", *(v for _, v in dates)]) or None
        return merge(text, doc_id, cands, EXTRACTOR_NAME, EXTRACTOR_VERSION, article and article.isoformat(), latest)

    def _update_pair(self, memory: coref.Memory, found: list[Candidate], own, doc: Doc) -> None:
        """The last pair of states related (or coordinated) is what "the two countries" refers to;
        a symmetric relation (the parties to it) beats a directed one."""
        kind = self.gazetteer.kind
        symmetric = self.ontology.is_symmetric
        for c in found:
            if c.object and symmetric(c.predicate) and kind(c.subject) in _STATE_KINDS \
                    and kind(c.object) in _STATE_KINDS:
                memory.relate(c.subject, c.object)
        for c in sorted(reversed(found), key=lambda c: c.predicate == "claim" or not symmetric(c.predicate)):
            if c.object and kind(c.subject) in _STATE_KINDS and kind(c.object) in _STATE_KINDS:
                memory.set_pair(c.subject, c.object)
                return
        states = [m for m in own if m.kind in _STATE_KINDS]
        by_root = {m.root: m for m in states}
        for m in states:
            for conj in doc[m.root].conjuncts:
                other = by_root.get(conj.i)
                if other and other.actor != m.actor:
                    memory.set_pair(m.actor, other.actor)
                    return
