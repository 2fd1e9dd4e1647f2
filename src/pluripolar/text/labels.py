"""The `rule_labels` component: a model's parse in the labels the extraction rules read.

The rules read ClearNLP dependency labels and OntoNotes entity labels (the English model's). A model
trained on Universal Dependencies (the Spanish one) attaches a preposition to its noun (`case`) where
the rules expect the noun under the preposition (`prep` → `pobj`), and names its labels otherwise
(`obj`, `iobj`, PER, LOC), and tags words by part of speech alone where the rules read Penn tags
("NN", "VBZ"). This component, configured by the language's `model.toml` ([labels], [entities],
[[tags]], `case_marked`, `negations`, `passive_aux`, `relative_pronouns`), rewrites the parse once, as arrays, at the end of
the pipeline: a case-marked noun goes under its preposition, a second subject after the verb (a parser
slip: "Wang Yi visitará Etiopía") becomes its object, a passive participle's subject becomes
`nsubjpass`, a clause opened by a relative pronoun `relcl`, the other labels are renamed, a negation adverb becomes `neg`, tags are derived from
part of speech and morphology, and dates the model does not mark are marked from the language's date
patterns (`dates.toml` `entities`), and sums of money from `numbers.toml` `entities`.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, HEAD, TAG
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
            numbers = resources.toml("numbers.toml")
        self.labels: dict[str, str] = dict(model.get("labels", {}))
        self.entities: dict[str, str] = dict(model.get("entities", {}))
        self.case_marked = frozenset(model.get("case_marked", []))
        self.personal = frozenset(model.get("personal_case", []))
        self.negations = frozenset(model.get("negations", []))
        self.passive_aux = frozenset(model.get("passive_aux", []))
        self.relatives = frozenset(model.get("relative_pronouns", []))
        self.tags: list[dict] = list(model.get("tags", []))
        self.marked = [(label, re.compile(p, re.I)) for label, table in (("DATE", dates), ("MONEY", numbers))
                       for p in table.get("entities", [])]

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
            if t.dep_ == "nsubj" and t.i > t.head.i and any(
                    c.dep_ == "nsubj" and c.i < t.head.i for c in t.head.children):
                deps[t.i] = "dobj"  # two subjects, one before the verb: the one after is its object
            elif t.dep_ == "nsubj" and self._passive(t.head):
                deps[t.i] = "nsubjpass"  # "Cuba fue sancionada por ...": Cuba undergoes the act
            elif t.dep_ == "aux" and t.lemma_.lower() in self.passive_aux and self._passive(t.head):
                deps[t.i] = "auxpass"
            elif t.dep_ == "acl" and any(c.lower_ in self.relatives and c.i < t.i for c in t.children):
                deps[t.i] = "relcl"  # "países que han roto relaciones": a relative clause
            elif t.dep_ == "advmod" and t.lower_ in self.negations:
                deps[t.i] = "neg"
            elif t.dep_ in self.labels:
                deps[t.i] = self.labels[t.dep_]
        strings = doc.vocab.strings
        # heads relative to each token (wrapped to unsigned, as `Doc.to_array` gives them); the sentences
        # stay the parser's: the roots do not move, and a preposition stays in its noun's sentence
        relative = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
        columns = [relative, numpy.array([strings.add(d) for d in deps], dtype="uint64")]
        if self.tags:
            columns.append(numpy.array([strings.add(self._tag(t)) for t in doc], dtype="uint64"))
        doc.from_array([HEAD, DEP, TAG][:len(columns)], numpy.stack(columns, axis=1))
        self._entities(doc)
        return doc

    def _tag(self, tok) -> str:
        """The rules' (Penn) tag of a token: the first of `tags` whose part of speech and morphological
        features it has ("NN" for a singular noun, "VBZ" for a third person singular present)."""
        for rule in self.tags:
            if tok.pos_ in rule["pos"] and all(value in tok.morph.get(feature)
                                               for feature, value in rule.get("morph", {}).items()):
                return rule["tag"]
        return tok.tag_

    def _passive(self, verb) -> bool:
        """Whether a participle has a passive auxiliary ("fue firmado", "han sido expulsados")."""
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ == "aux" and c.lemma_.lower() in self.passive_aux for c in verb.children)

    def _entities(self, doc: Doc) -> None:
        """Entity labels renamed, and dates and sums of money marked where no entity is."""
        ents = [Span(doc, e.start, e.end, label=self.entities[e.label_], span_id=e.id) if e.label_ in self.entities
                else e for e in doc.ents]
        text = doc.text  # (built from the tokens on each access: once)
        marked = [s for label, p in self.marked for m in p.finditer(text)
                  if (s := doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")) is not None]
        taken = {i for e in ents for i in range(e.start, e.end)}
        ents += filter_spans([d for d in marked if not any(i in taken for i in range(d.start, d.end))])
        doc.ents = ents


@Language.factory("rule_labels", assigns=["token.dep", "token.head", "doc.ents"], default_config={"language": "en"})
def make_rule_labels(nlp: Language, name: str, language: str) -> RuleLabels:
    """The `rule_labels` pipeline component for `language` (its `model.toml` says what to rewrite)."""
    return RuleLabels(language)
