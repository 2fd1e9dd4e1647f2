"""The extractor: text → `Relation` records with exact-offset evidence, one document at a time."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Span

from ..model import Relation
from ..ontology import load as ontology
from . import anaphora, claims, coref, effective
from .dates import parse_iso, resolve, with_year, parts as date_parts
from .gazetteer import gazetteer
from .mentions import find_mentions
from .merge import merge
from .normalise import normalise
from .pipeline import load_nlp
from .relations import Candidate, Context, build
from .syntax import is_future
from .triggers import TriggerLexicon

EXTRACTOR_NAME = "pluripolar.text"
EXTRACTOR_VERSION = "0.1.0"
_STATE_KINDS = frozenset({"state", "observer", "partially_recognised", "former_state"})
log = logging.getLogger(__name__)


class Extractor:
    """Extracts relations between international actors from news text (offline; spaCy loaded once)."""

    def __init__(self) -> None:
        self.nlp = load_nlp()
        self.gazetteer = gazetteer()
        self.lexicon = TriggerLexicon(self.nlp)
        self.ontology = ontology()

    def extract(self, text: str, *, doc_id: str, date: str | None = None) -> list[Relation]:
        """Relations asserted by `text` (article date `date`, 'YYYY-MM-DD'); [] for empty or bad input."""
        return next(self.extract_many([(doc_id, text, date)]))

    def extract_many(self, items: Iterable[tuple[str, str, str | None]],
                     batch_size: int = 32) -> Iterator[list[Relation]]:
        """Relations per document for (doc_id, text, date) items, in order, parsing with `nlp.pipe`."""
        def texts() -> Iterator[tuple[str, tuple[str, str, str | None]]]:
            for doc_id, text, date in items:
                raw = text if isinstance(text, str) else ""
                yield normalise(raw), (doc_id, raw, date)

        for doc, (doc_id, raw, date) in self.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
            try:
                yield self._relations(doc, raw, doc_id, date)
            except Exception as e:  # never fail a batch on one document; one log line says which
                log.warning("extraction failed for document %r: %s: %s", doc_id, type(e).__name__, e,
                            exc_info=log.isEnabledFor(logging.DEBUG))
                yield []

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
        return doc, stages, self._relations(doc, text, doc_id, date, trace)

    def _relations(self, doc: Doc, text: str, doc_id: str, date: str | None,
                   trace: Callable[[str, Span, object], None] | None = None) -> list[Relation]:
        if not text.strip():
            return []
        article = parse_iso(date)
        mentions = find_mentions(doc, self.gazetteer, date)
        memory = coref.Memory()
        last_date = None
        latest: str | None = None
        cands: list[Candidate] = []
        pending: list[Candidate] = []
        previous: list[Candidate] = []
        for sent in doc.sents:
            own = [m for m in mentions if sent.start <= m.start < sent.end]
            extra = coref.resolve(sent, own, memory, self.gazetteer.kind)
            sent_mentions = sorted(own + extra, key=lambda m: (m.start, m.actor))
            dates = []
            for ent in sent.ents:
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
            if trace is not None:
                for stage, value in (("mentions", own), ("coreference", extra), ("dates", dates),
                                     ("triggers", triggers), ("candidates", found)):
                    trace(stage, sent, value)
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
