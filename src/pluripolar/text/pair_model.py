"""A trained classifier that links triggers to the actor pairs the rules did not link.

The rules find a trigger word ("condemned", "troops", "accord") and then link it to actors by fixed
syntactic roles; where the parse is unusual they find the trigger but no pair. Here every ordered pair
of distinct actors in a sentence is joined with every trigger of the sentence that the rules linked to
no pair (`links`) and described by
sparse string features: the trigger's predicate and word, the dependency paths from the trigger to each
mention and between the mentions, the words between and around them, each mention's role, and what the
rules already made of the sentence. A logistic regression, trained by `scripts/train_pair_model.py` on
the annotated corpora and evaluated there by document-level cross-validation only, gives each link the
probability that the text asserts the trigger's relation from the first actor to the second (`PairModel`,
read from a small JSON file with numpy: no pickle, no scikit-learn at run time). `choose` keeps the links
that pass the model's threshold, whose trigger the modality stage judged asserted, and whose fact the
rules did not already give; the relation takes the trigger's status and negation.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from ..errors import InvalidInput
from ..ontology import load as ontology
from . import resources
from .mentions import Mention
from .modality import Mood
from .relations import Candidate
from .triggers import Trigger

MODEL_FILE = "pair_model.json"  # in a language's data folder, written by scripts/train_pair_model.py
PAIR_MODEL_DEFAULT = False  # whether extraction uses the model unless told (benchmarks/RESULTS.md says why)
ENV = "PLURIPOLAR_PAIR_MODEL"  # "on" (or 1, true, yes) / "off" (0, false, no) overrides the default
_SWITCH = {"1": True, "true": True, "on": True, "yes": True, "0": False, "false": False, "off": False, "no": False}
EXTRACTOR_NAME = "pluripolar.text.pair_model"
MAX_PATH = 6  # longer dependency paths are one feature ("path:long"), not a sparse rarity
WINDOW = 3  # words read on either side of the pair
MAX_BETWEEN = 15  # words read between the two mentions


@dataclass
class Link:
    """One ordered pair of actors of a sentence and one of its trigger words: whether the trigger
    relates the two, in that direction, is what the model judges."""

    subject: Mention
    object: Mention
    trigger: Trigger
    mood: Mood  # the trigger's, as the modality stage judged it
    sentence: Span
    offset: int  # where the text of `sentence.doc` starts in the document
    features: list[str]
    context_date: str | None  # the one date the sentence gives, if any


@dataclass(frozen=True)
class Choice:
    """A link the model accepts: its probability and the relation's status."""

    link: Link
    probability: float
    status: str | None


def _lemma(tok: Token, covered: dict[int, str]) -> str:
    if tok.i in covered:
        return "<" + covered[tok.i] + ">"
    if tok.like_num:
        return "<num>"
    return tok.lemma_.lower()


def _chain(tok: Token, sentence: Span) -> list[Token]:
    """`tok` and its governors up to the sentence root."""
    out = [tok]
    while tok.head.i != tok.i and sentence.start <= tok.head.i < sentence.end and len(out) < 40:
        tok = tok.head
        out.append(tok)
    return out


def _role(tok: Token) -> list[str]:
    """What a mention's head does in the sentence: its label, climbing coordination and apposition
    (the second of "Russia and China" acts as the first), with the preposition or noun it hangs on."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    out = [tok.dep_, f"{tok.dep_}|{head.lemma_.lower()}"]
    if tok.dep_ == "pobj":
        out.append(f"pobj|{head.lemma_.lower()}|{head.head.lemma_.lower()}")
    return out


def _bucket(n: int, edges: Sequence[int]) -> str:
    return str(next((e for e in edges if n <= e), "more"))


def _path(x: Token, y: Token, sentence: Span) -> tuple[Token | None, list[Token], list[Token]]:
    """The dependency path from `x` to `y`: their lowest common governor (None when the parse joins
    them nowhere in the sentence), the words climbed from `x` below it and those from `y`."""
    cx, cy = _chain(x, sentence), _chain(y, sentence)
    in_y = {t.i: n for n, t in enumerate(cy)}
    n_x = next((n for n, t in enumerate(cx) if t.i in in_y), None)
    if n_x is None:
        return None, cx, cy
    return cx[n_x], cx[:n_x], cy[:in_y[cx[n_x].i]]


def _path_label(up: list[Token], down: list[Token]) -> str:
    if len(up) + len(down) > MAX_PATH:
        return "long"
    return "^".join(t.dep_ for t in up) + ">" + "v".join(t.dep_ for t in reversed(down))


def pair_features(a: Mention, b: Mention, sentence: Span, covered: dict[int, str]) -> list[str]:
    """What the sentence says around mention `a` (the subject) and `b` (the object), whatever the
    trigger: their kinds and order, the words between and around them, the dependency path joining
    them and each one's role; `covered` gives the placeholder of every actor mention's words."""
    doc = sentence.doc
    first, second = (a, b) if a.start <= b.start else (b, a)
    feats = [f"order:{'ab' if first is a else 'ba'}", f"kinds:{a.kind}|{b.kind}", f"via:{a.via}|{b.via}",
             f"person:{int(a.person)}{int(b.person)}", "dist:" + _bucket(second.start - first.end, (0, 1, 3, 6, 10, 16))]
    between = [t for t in doc[first.end:second.start]
               if not t.is_space and (not t.is_punct or t.text in (",", ";", ":"))]
    feats += ["btw:" + _lemma(t, covered) for t in between[:MAX_BETWEEN]]
    if len(between) <= 4:
        feats.append("btwseq:" + " ".join(_lemma(t, covered) for t in between))
    left = doc[max(sentence.start, first.start - WINDOW):first.start]
    right = doc[second.end:min(sentence.end, second.end + WINDOW)]
    feats += ["left:" + _lemma(t, covered) for t in left if not (t.is_punct or t.is_space)]
    feats += ["right:" + _lemma(t, covered) for t in right if not (t.is_punct or t.is_space)]
    head, up, down = _path(doc[a.root], doc[b.root], sentence)
    if head is None:
        feats.append("path:none")
    else:
        lca = _lemma(head, covered)
        top_a = up[-1].dep_ if up else "self"
        top_b = down[-1].dep_ if down else "self"
        feats += [f"lca:{lca}", f"lcapos:{head.pos_}", f"tops:{top_a}|{top_b}", f"lca_ab:{lca}|{top_a}|{top_b}",
                  "path:" + _path_label(up, down)]
    feats += ["ra:" + r for r in _role(doc[a.root])] + ["rb:" + r for r in _role(doc[b.root])]
    if b.root in {t.i for t in doc[a.root].conjuncts}:
        feats.append("coord")
    if any(t.dep_ == "neg" for t in sentence):
        feats.append("neg")
    return feats


def link_features(a: Mention, b: Mention, trigger: Trigger, sentence: Span, covered: dict[int, str],
                  found: Iterable[Candidate]) -> list[str]:
    """What ties `trigger` to mention `a` as its subject and `b` as its object: the trigger's predicate
    and word, the dependency paths from it to each mention, where it stands between them, and what the
    rules (`found`: the sentence's candidates) already made of the trigger's predicate and the two actors."""
    doc = sentence.doc
    tok = trigger.token
    p = trigger.predicate
    feats = [f"pred:{p}", f"tl:{p}|{tok.lemma_.lower()}", f"tmode:{trigger.mode}", f"tstatus:{p}|{trigger.status}"]
    for name, m in (("a", a), ("b", b)):
        _, up, down = _path(tok, doc[m.root], sentence)
        label = _path_label(up, down)
        inside = trigger.start <= m.root < trigger.end
        feats += [f"t{name}:{label}", f"t{name}|{p}:{label}", f"t{name}in:{int(inside)}",
                  f"t{name}dist:" + _bucket(abs(m.start - tok.i), (1, 3, 6, 10, 16))]
    order = "".join(x for _, x in sorted([(a.start, "a"), (b.start, "b"), (tok.i, "t")]))
    feats += [f"pos:{order}", f"pos|{p}:{order}"]
    for c in found:
        if c.predicate != p:
            continue
        if {c.subject, c.object} == {a.actor, b.actor}:
            feats.append("rule:same" if (c.subject, c.object) == (a.actor, b.actor) else "rule:reverse")
        elif c.subject == a.actor or c.object == b.actor:
            feats.append("rule:one_in_place")
        elif c.subject == b.actor or c.object == a.actor:
            feats.append("rule:one_swapped")
        else:
            feats.append("rule:other")
    return feats


def links(sentence: Span, offset: int, actors: Sequence[Mention], triggers: Sequence[Trigger],
          moods: Sequence[Mood], arguments: Sequence[Sequence[Candidate]], found: Sequence[Candidate],
          dates: Sequence[tuple[Span, str]]) -> list[Link]:
    """Every ordered pair of distinct actors of `sentence` (the closest two mentions of each pair of
    actor ids) with every trigger of the sentence that the rules linked to no pair (one per predicate
    and word), and their features; `moods` and `arguments` are the triggers' moods and the candidates
    the rules linked to each, `found` all the sentence's candidates from the rules."""
    by_pair: dict[tuple[str, str], tuple[Mention, Mention]] = {}
    for a in actors:
        for b in actors:
            if a.actor == b.actor:
                continue
            old = by_pair.get((a.actor, b.actor))
            if old is None or abs(a.start - b.start) < abs(old[0].start - old[1].start):
                by_pair[(a.actor, b.actor)] = (a, b)
    heads: dict[tuple[str, int], tuple[Trigger, Mood]] = {}
    linked = {(t.predicate, t.token.i) for t, cands in zip(triggers, arguments) if cands}
    for t, m in zip(triggers, moods):
        if (t.predicate, t.token.i) not in linked:
            heads.setdefault((t.predicate, t.token.i), (t, m))
    if not by_pair or not heads:
        return []
    covered = {i: m.kind for m in actors for i in range(m.start, m.end)}
    date = dates[0][1] if len({v for _, v in dates}) == 1 else None
    out = []
    for a, b in by_pair.values():
        base = pair_features(a, b, sentence, covered)
        for t, m in heads.values():
            feats = base + [f"{t.predicate}|{f}" for f in base if f.startswith(("ra:", "rb:", "tops:", "order:"))]
            feats += link_features(a, b, t, sentence, covered, found)
            out.append(Link(a, b, t, m, sentence, offset, sorted(set(feats)), date))
    return out


class PairModel:
    """The trained classifier: a weight per feature and a bias, read from its JSON file with numpy."""

    def __init__(self, data: dict) -> None:
        self.threshold: float = float(data["threshold"])
        self.index: dict[str, int] = {f: i for i, f in enumerate(data["features"])}
        self.weights = np.asarray(data["weights"], dtype=np.float64)
        self.bias = float(data["bias"])
        self.meta: dict = data.get("meta", {})
        if self.weights.shape != (len(self.index),):
            raise ValueError("pair model: malformed file (features and weights disagree)")
        # the evidence of its relations names it apart from the rules, with the digest of its training
        self.extractor = (EXTRACTOR_NAME, str(self.meta.get("version", "0")))

    @classmethod
    def load(cls, path: Path) -> PairModel:
        """The model stored at `path` (ValueError for a file that is not one)."""
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise ValueError(f"pair model {path}: not readable ({e})") from None

    def probabilities(self, features: Sequence[Sequence[str]]) -> np.ndarray:
        """The probability that each link (given by its features) is a relation."""
        scores = np.full(len(features), self.bias)
        for row, feats in enumerate(features):
            idx = [self.index[f] for f in feats if f in self.index]
            if idx:
                scores[row] += self.weights[idx].sum()
        return 1.0 / (1.0 + np.exp(-scores))


def wanted() -> bool:
    """Whether extraction uses the pair model when not told: `PAIR_MODEL_DEFAULT`, unless the environment
    variable PLURIPOLAR_PAIR_MODEL says on or off (so every command and worker process can be scored
    with it, e.g. on articles it was not trained on); InvalidInput for another value."""
    value = os.environ.get(ENV, "").strip().lower()
    if not value:
        return PAIR_MODEL_DEFAULT
    if value not in _SWITCH:
        raise InvalidInput(f"{ENV}={value!r}: expected on or off")
    return _SWITCH[value]


def load_pair_model() -> PairModel | None:
    """The current language's pair model, or None when its data folder has none."""
    path = resources.own_file(MODEL_FILE)
    return PairModel.load(path) if path is not None else None


def relation_key(predicate: str, subject: str, obj: str | None, status: str | None, negated: bool) -> tuple:
    """What makes two relations of a document the same fact: predicate, pair (either order for a
    symmetric predicate) and whether it holds or ends (as the scorer and `merge` compare them)."""
    onto = ontology()
    s, o = onto.canonical_pair(predicate, subject, obj) if predicate in onto.predicates else (subject, obj)
    return predicate, s, o, onto.direction(status, negated)


def choose(found: Sequence[Link], probs: np.ndarray, threshold: float, known: set[tuple]) -> list[Choice]:
    """The links with probability >= `threshold` whose trigger is asserted (not hypothetical), in order,
    each fact once and none already in `known` (keys by `relation_key`, updated as links are chosen);
    the relation takes the trigger's status (else the predicate's default) and its negation."""
    out = []
    onto = ontology()
    for link, p in zip(found, probs):
        t = link.trigger
        if p < threshold or link.mood.hypothetical or t.predicate not in onto.predicates:
            continue
        status = t.status or onto.get(t.predicate).default_status
        key = relation_key(t.predicate, link.subject.actor, link.object.actor, status, link.mood.negated)
        if key in known:
            continue
        known.add(key)
        out.append(Choice(link, float(p), status))
    return out


def candidate(choice: Choice, extractor: tuple[str, str]) -> Candidate:
    """The relation a choice asserts, as a candidate whose evidence spans the trigger and the two
    mentions (the merge stage caps its quote), named `extractor` (name, version)."""
    link = choice.link
    doc = link.sentence.doc
    t = link.trigger
    first = min(link.subject.start, link.object.start, t.start)
    last = max(link.subject.end, link.object.end, t.end) - 1
    onto = ontology()
    subject, obj = onto.canonical_pair(t.predicate, link.subject.actor, link.object.actor)
    attrs = dict(t.attrs)
    if choice.status and onto.get(t.predicate).statuses:
        attrs["status"] = choice.status
    return Candidate(t.predicate, subject, obj, choice.status, attrs, link.mood.negated, None,
                     round(choice.probability, 3), doc[first].idx, doc[last].idx + len(doc[last]),
                     link.sentence, context_date=link.context_date, offset=link.offset, extractor=extractor)
