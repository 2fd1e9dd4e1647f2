"""The `rule_labels` component: a model's parse in the labels the extraction rules read.

The rules read ClearNLP dependency labels and OntoNotes entity labels (the English model's). A model
trained on Universal Dependencies (the Spanish one) attaches a preposition to its noun (`case`) where
the rules expect the noun under the preposition (`prep` → `pobj`), and names its labels otherwise
(`obj`, `iobj`, PER, LOC). This component, configured by the language's `model.toml` ([labels],
[entities], `case_marked`, `negations`), rewrites the parse once, as arrays, after the parser: a
case-marked noun of `case_marked` labels goes under its preposition, the other labels are renamed, a
negation adverb becomes `neg`, and dates the model does not mark are marked from the language's date
patterns (`dates.toml` `entities`).
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import resources


class RuleLabels:
    """Rewrites a parsed Doc into the rules' labels (see the module)."""

    def __init__(self, language: str) -> None:
        with resources.using(language):
            model = resources.toml("model.toml")
            dates = resources.toml("dates.toml")
        self.labels: dict[str, str] = dict(model.get("labels", {}))
        self.entities: dict[str, str] = dict(model.get("entities", {}))
        self.case_marked = frozenset(model.get("case_marked", []))
        self.personal = frozenset(model.get("personal_case", []))
        self.negations = frozenset(model.get("negations", []))
        self.passive_aux = frozenset(model.get("passive_aux", []))
        self.dates = [re.compile(p, re.I) for p in dates.get("entities", [])]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        heads = [t.head.i for t in doc]
        deps = [t.dep_ for t in doc]
        for t in doc:
            case = next((c for c in t.children if c.dep_ == "case" and c.i < t.i), None)
            if case is not None and t.head.i != t.i and (
                    t.dep_ in self.case_marked or t.dep_ == "obj" and case.lower_ not in self.personal):
                heads[case.i], deps[case.i] = heads[t.i], "prep"  # "relaciones con Cuba": con → Cuba
                heads[t.i], deps[t.i] = case.i, "pobj"
                continue
            if t.dep_ == "nsubj" and self._passive(t.head):
                deps[t.i] = "nsubjpass"  # "Cuba fue sancionada por ...": Cuba undergoes the act
            elif t.dep_ == "aux" and t.lemma_.lower() in self.passive_aux and self._passive(t.head):
                deps[t.i] = "auxpass"
            elif t.dep_ == "advmod" and t.lower_ in self.negations:
                deps[t.i] = "neg"
            elif t.dep_ in self.labels:
                deps[t.i] = self.labels[t.dep_]
        strings = doc.vocab.strings
        # heads relative to each token (wrapped to unsigned, as `Doc.to_array` gives them); the sentences
        # stay the parser's: the roots do not move, and a preposition stays in its noun's sentence
        relative = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
        array = numpy.stack([relative, numpy.array([strings.add(d) for d in deps], dtype="uint64")], axis=1)
        doc.from_array([HEAD, DEP], array)
        self._entities(doc)
        return doc

    def _passive(self, verb) -> bool:
        """Whether a participle has a passive auxiliary ("fue firmado", "han sido expulsados")."""
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ == "aux" and c.lemma_.lower() in self.passive_aux for c in verb.children)

    def _entities(self, doc: Doc) -> None:
        """Entity labels renamed, and dates marked where no entity is."""
        ents = [Span(doc, e.start, e.end, label=self.entities[e.label_], span_id=e.id) if e.label_ in self.entities
                else e for e in doc.ents]
        dates = [s for p in self.dates for m in p.finditer(doc.text)
                 if (s := doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")) is not None]
        taken = {i for e in ents for i in range(e.start, e.end)}
        ents += filter_spans([d for d in dates if not any(i in taken for i in range(d.start, d.end))])
        doc.ents = ents


@Language.factory("rule_labels", assigns=["token.dep", "token.head", "doc.ents"], default_config={"language": "en"})
def make_rule_labels(nlp: Language, name: str, language: str) -> RuleLabels:
    """The `rule_labels` pipeline component for `language` (its `model.toml` says what to rewrite)."""
    return RuleLabels(language)
