"""Trigger detection: words and phrases evoking a predicate, with the status their governors give.

The lexicon is `data/triggers.toml`: single words are looked up by lower-case form and lemma (a
dict lookup per token), phrases by `PhraseMatcher`s on lower-case text and on lemmas ("withdrew
from"). A word may require its direct object to be one of `objects` ("froze the assets") or one of `within`
among the words it governs ("a warrant for X's arrest") and, for a noun, one of `carriers` as its verb. Relational
nouns ("ties", "relations") become diplomatic_relations or cooperation only when a governor says
which ("restore ties", "expand relations") or an adjective does ("diplomatic relations").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from ..ontology import load as ontology
from . import resources
from .syntax import governors, listed, measured, part_of_speech


@dataclass(frozen=True)
class TriggerDef:
    """One lexicon entry: the predicate a word evokes, its allowed parts of speech, its mode."""

    predicate: str
    pos: frozenset[str]
    mode: str | None = None
    objects: frozenset[str] = frozenset()      # the verb counts only with one of these as object
    not_objects: frozenset[str] = frozenset()  # ... and never with one of these
    not_tags: frozenset[str] = frozenset()  # fine-grained tags the word never has as a trigger
    complements: frozenset[str] = frozenset()  # ... and only with a clause complement of one of these verbs
    within: frozenset[str] = frozenset()  # the word counts only with one of these among the words it governs
    carriers: frozenset[str] = frozenset()  # ... and, when a verb governs it, only under one of these verbs
    carried_by: frozenset[str] = frozenset()  # the noun counts only as the object of one of these verbs
    predicated_by: frozenset[str] = frozenset()  # the noun counts only as what one of these verbs calls something
    reason: bool = False  # the noun counts only as the reason given for an act ("expelled X over its meddling")
    not_within: frozenset[str] = frozenset()  # the word never counts with one of these among the words it governs
    purpose_of: frozenset[str] = frozenset()  # the verb counts only as the purpose of one of these verbs
    act: str | None = None  # the CAMEO code of the material act the word names, when done ("shared intelligence")
    not_subjects: frozenset[str] = frozenset()  # the verb never counts with one of these as its subject


@dataclass
class Trigger:
    """A trigger found in a sentence: head token, the tokens it covers, predicate and status."""

    token: Token
    start: int
    end: int
    predicate: str
    mode: str | None = None
    status: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    act: str | None = None  # the CAMEO code of the act the word names when done (`TriggerDef.act`)


class TriggerLexicon:
    """The trigger words and phrases, compiled once for a vocabulary."""

    def __init__(self, nlp: Language) -> None:
        data = resources.toml("triggers.toml")
        self.words: dict[str, list[TriggerDef]] = {}
        self.phrases: dict[str, list[TriggerDef]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")  # "withdrew from", "stood with"
        for entry in data["trigger"]:
            d = TriggerDef(entry["predicate"], frozenset(entry.get("pos", [])), entry.get("mode"),
                           frozenset(entry.get("objects", [])), frozenset(entry.get("not_objects", [])),
                           frozenset(entry.get("not_tags", [])), frozenset(entry.get("complements", [])),
                           frozenset(entry.get("within", [])), frozenset(entry.get("carriers", [])),
                           frozenset(entry.get("carried_by", [])), frozenset(entry.get("predicated_by", [])),
                           entry.get("reason", False), frozenset(entry.get("not_within", [])),
                           frozenset(entry.get("purpose_of", [])), entry.get("act"),
                           frozenset(entry.get("not_subjects", [])))
            for w in entry["words"]:
                w = w.lower()
                if " " in w:
                    self.phrases.setdefault(w, []).append(d)
                    self.matcher.add(w, [nlp.make_doc(w)])
                    self.lemma_matcher.add(w, [nlp(w)])
                else:
                    self.words.setdefault(w, []).append(d)
        self.governor_status: dict[str, dict[str, str]] = {
            pred: {w.lower(): status for status, words in table.items() for w in words}
            for pred, table in data["governors"].items()
        }
        self.relational = frozenset(data["relational"]["words"])
        self.diplomatic = frozenset(data["relational"]["diplomatic"])
        self.quality = frozenset(data["relational"]["quality"])
        self.standing = frozenset(data["relational"]["standing"])
        self.growing = frozenset(data["relational"]["growing"])
        self.status_words = {w: s for s, words in data["status_words"].items() for w in words}

    def find(self, sent: Span) -> list[Trigger]:
        """The triggers in one sentence, phrases first (their words are not triggers again)."""
        out: list[Trigger] = []
        taken: set[int] = set()
        doc = sent.doc
        # matches on a Span come back with Doc offsets
        matches = set(self.matcher(sent)) | set(self.lemma_matcher(sent))
        for match_id, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            text = doc.vocab.strings[match_id]
            for d in self.phrases[text]:
                head = span.root
                out.append(Trigger(head, span.start, span.end, d.predicate, d.mode, act=d.act))
            taken.update(range(span.start, span.end))
        for tok in sent:
            if tok.i in taken:
                continue
            # (by form and by lemma: "expulsions" may be listed for one predicate, "expulsion" for another)
            defs = list(dict.fromkeys(self.words.get(tok.lower_, []) + self.words.get(tok.lemma_.lower(), [])))
            if not defs:
                continue
            objects = _object_words(tok)
            # ("calls for Russia to end": the parser makes the demanded act an adverbial clause)
            # ("assisted Vietnam in developing": an act helped to may hang from "in")
            complements = {c.lemma_.lower() for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")} | {
                g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in resources.words("in")
                for g in c.children if g.dep_ == "pcomp"}
            for d in defs:
                if (d.pos and part_of_speech(tok) not in d.pos) or (d.objects and not objects & d.objects) \
                        or objects & d.not_objects or tok.tag_ in d.not_tags \
                        or (d.not_subjects and _subject_words(tok) & d.not_subjects) \
                        or (d.complements and not complements & d.complements) \
                        or (d.within and not {w.lemma_.lower() for w in phrase(tok)} & d.within) \
                        or (d.not_within and {w.lemma_.lower() for w in tok.subtree} & d.not_within) \
                        or (d.carriers and not _carried(tok, d.carriers)) \
                        or (d.carried_by and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in d.carried_by)) \
                        or (d.predicated_by and not _named_by(tok, d.predicated_by)) \
                        or (d.reason and reasoned_act(tok) is None) \
                        or (d.purpose_of and not _purpose_of(tok, d.purpose_of)):
                    continue
                out.append(Trigger(tok, tok.i, tok.i + 1, d.predicate, d.mode, act=d.act))
        found = [t for t in (self._refine(t) for t in out) if t is not None and not _inside_name(t)]
        found += [Trigger(t.token, t.start, t.end, "alliance", status=self._status("alliance", governors(t.token)))
                  for t in found if _alliance_treaty(t)]
        found = [t for t in found if t.mode != "claimant" or recognised_as_office(t.token)]
        return _drop_modifiers(_drop_light_verbs(_drop_stopped(_agreed_deeds(found))))

    def _qualified(self, tok: Token) -> bool:
        """Whether "alliance" is qualified as a defence commitment (or is part of a treaty name), or is
        the parties' own ("the United States and Japan reaffirmed their alliance")."""
        words = resources.word_set("triggers.toml", "alliance_qualifiers", "words")
        near = [c for c in tok.children if c.dep_ in ("amod", "compound")] + [tok.head]
        named = tok.text[:1].isupper() and tok.i > tok.sent.start
        owned = any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
        return named or owned or any(listed(w, words) for w in near)

    def _status(self, predicate: str, words: list[Token]) -> str | None:
        table = self.governor_status.get(predicate, {})
        for w in words:
            s = table.get(w.lemma_.lower(), table.get(w.lower_))  # "" (no status) is a hit too
            if s is not None:
                return s
        return None

    def _own_governors(self, govs: list[Token]) -> list[Token]:
        """The governors of relational nouns up to another noun that is no status word: "renewed negotiations
        on their relations" renews the negotiations, "the restoration of relations" restores them."""
        table = self.governor_status["diplomatic_relations"]
        for n, g in enumerate(govs):
            if g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() not in table and g.lower_ not in table:
                return govs[:n]
        return govs

    def _refine(self, t: Trigger) -> Trigger | None:
        govs = governors(t.token)
        own = [t.token]
        if t.predicate == "diplomatic_relations":
            is_phrase = t.end - t.start > 1
            if t.token.lower_ in self.relational or is_phrase:
                heads = [g for g in govs if g.head.i != t.token.i]  # "relations developed over 46 years" is their past
                growing = any(c.dep_ == "amod" and c.lower_ in self.growing for c in t.token.children)
                if self._status("cooperation", heads) is not None or growing:  # "closer ties"
                    t.predicate = "cooperation"
                    return t
                if any(c.dep_ == "amod" and c.lower_ in self.quality for c in t.token.children):
                    return None  # "decades of strained ties", "frosty relations": their state, no event
                # relations as the subject of what befalls them: "ties suffered a rupture", "relations
                # celebrated their 50th anniversary" (the object says what)
                befalls = [c for c in t.token.head.children if c.dep_ == "dobj"] if t.token.dep_ == "nsubj" else []
                status = self._status("diplomatic_relations", self._own_governors(govs)) \
                    or self._status("diplomatic_relations", befalls) \
                    or ("established" if _dates_back(t.token) else None)
                diplomatic = is_phrase or any(c.lower_ in self.diplomatic | self.standing for c in t.token.children)
                if status is None and not diplomatic:
                    return None
                t.status = status or "maintained"
                return t
        if t.predicate == "support" and listed(t.token, resources.word_set("triggers.toml", "cut_assistance", "words")) \
                and self._status("aid", govs) is not None:
            t.predicate = "aid"  # "cut aid and assistance to X": assistance cut off is aid ended, not support
        carrier = [t.token, t.token.head] if t.token.dep_ == "dobj" else [t.token]
        if t.predicate == "aid" and any(c.lower_ in resources.word_set("triggers.toml", "mutual", "words")
                                        for w in carrier for c in w.children):
            t.predicate = "alliance"  # "pledged to mutually provide assistance": a mutual commitment
        if listed(t.token, resources.word_set("triggers.toml", "mutual", "defending")) and _reciprocal_object(t.token):
            t.predicate = "alliance"  # "pledged to defend each other": a mutual defence commitment
        if t.mode == "order" and not _ordered_out(t.token):
            return None
        if t.predicate == "visit" and t.token.tag_ == "VBG" and t.token.dep_ == "pcomp" and t.token.head.lower_ in resources.words("with"):
            t.mode = "host"  # "met with visiting Kazakh minister X": X is the guest of the clause's subject
        if t.predicate == "alliance" and t.token.lemma_.lower() == "alliance" and not self._qualified(t.token):
            return None
        if t.predicate == "alliance" and _diplomatic_ally(t.token):
            t.predicate, t.mode, t.status = "diplomatic_relations", "ally", "maintained"
            return t
        # a copula's status beats its attribute's own, and admitting beats the members admitted: "became
        # members", "admit six new members" joined, "are members" members ("joining current members" too)
        # participles qualifying it too: "the newly opened embassy", "reopen" mis-tagged as an adjective
        own += [c for c in t.token.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD", "VB", "VBG", "JJ")]
        admitted = t.token.dep_ == "dobj" and t.token.head.lemma_.lower() in resources.word_set(
            "triggers.toml", "admission", "verbs")
        words = govs + own if t.token.dep_ in ("attr", "oprd") or admitted else own + govs
        invitation = resources.word_set("triggers.toml", "invitation", "words")
        inviting = t.predicate == "membership" and t.token.dep_ in ("nsubj", "csubj") \
            and t.token.head.lemma_.lower() in invitation
        if inviting:  # "the Saudi member of the council invited his counterpart": the inviter joins nothing
            words = own
        t.status = self.status_words.get(t.token.lower_) or self._status(t.predicate, words)
        if t.status is not None and t.status == _default_status(t.predicate) and words[0].i == t.token.i:
            # a word that is itself the standing state yields to a governor that ends it: "France's
            # military station in the nation has been closed" (withdrawn)
            ending = self._status(t.predicate, govs)
            t.status = ending if ending and ontology().direction(ending) < 0 else t.status
        if t.predicate == "membership" and t.token.dep_ == "compound" and (
                not t.token.head.ent_id_ or any(c.dep_ == "nummod" for c in t.token.children)):
            return None  # "UN member states", "the 193-member Assembly" describe ("NATO member Turkey" asserts)
        if t.predicate == "membership" and not inviting and any(g.lemma_.lower() in invitation for g in [t.token, *govs]):
            t.attrs.update(invited=True, stage="invited")
            t.status = "joined"
        return t


def _reciprocal_object(verb: Token) -> bool:
    """Whether a verb's object is a reciprocal pronoun: "defend each other", "protect one another"."""
    pronouns = resources.word_set("triggers.toml", "mutual", "reciprocals")
    return any(c.dep_ == "dobj" and " ".join(t.lower_ for t in c.subtree) in pronouns for c in verb.children)


def _diplomatic_ally(tok: Token) -> bool:
    """Whether an ally is a diplomatic one, a state recognising the other ("Taiwan's diplomatic allies",
    "its remaining official ally"), rather than one bound by a defence commitment."""
    qualifiers = resources.word_set("triggers.toml", "diplomatic_allies", "qualifiers")
    return tok.lemma_.lower() in resources.word_set("triggers.toml", "agent_nouns", "words") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in qualifiers for c in tok.children)


def phrase(tok: Token) -> list[Token]:
    """The words of a noun's phrase: its subtree, and for a direct object a preposition right after it that
    the parser hung on the verb ("extended its ban on issuing visas": the ban's "on", not the extending's)."""
    words = list(tok.subtree)
    after = tok.doc[words[-1].i + 1] if words[-1].i + 1 < len(tok.doc) else None
    if tok.dep_ == "dobj" and after is not None and after.dep_ == "prep" and after.head.i == tok.head.i:
        words += list(after.subtree)
    return words


def _default_status(predicate: str) -> str | None:
    """The status a predicate's relation has when the text says none (the ontology's default)."""
    spec = ontology().predicates.get(predicate)
    return spec.default_status if spec is not None else None


def _purpose_of(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb is the purpose of one of `verbs`: "deployed a team of medics to assist Burkina Faso",
    "sent doctors to help Ethiopia" (an infinitive clause on the sending verb)."""
    return tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in verbs \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _carried(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether the verb taking a noun as its object (if one does) is one of `verbs`: a warrant
    "issued" or "sought" accuses, one "executed" does not."""
    return tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() in verbs


def reasoned_act(tok: Token) -> Token | None:
    """The verb of the act a noun is given as the reason for: "expelled the envoys because of their
    interference", "quit ECOWAS, citing the group's failure", "recalled its ambassador in protest at X's
    remarks"; None when the noun is no reason given."""
    cues = resources.toml("triggers.toml")["reasons"]
    tok = _listed_object(tok)
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "over human rights abuses and its support for Russia": each conjunct is a reason
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in cues["verbs"] and head.dep_ in ("advcl", "conj", "xcomp"):
        verb = head.head
    elif tok.dep_ == "pobj" and head.lower_ in cues["prepositions"] and (
            head.lower_ not in cues["two_word"] or any(c.lower_ in cues["two_word"][head.lower_] for c in head.children)):
        verb = head.head
    elif tok.dep_ == "pobj" and head.lower_ in cues["punitive_prepositions"] and (
            _punitive(_past_duration(head.head), cues["punitive"])
            or _punitive(_past_duration(head.head).head, cues["punitive"])):
        # "sanctioned X for its role in Y", "expelled two diplomats for spying", "renewed its sanctions for
        # another two years for missile launches"
        verb = _past_duration(head.head)
    elif tok.dep_ == "pobj" and head.head.lemma_.lower() in cues["frames"] and head.head.dep_ == "pobj":
        verb = head.head.head.head  # "in protest at X": the verb "in" hangs from
    else:
        return None
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "expelled the envoy over X": the preposition may hang from the object
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _listed_object(noun: Token) -> Token:
    """For a noun the parser coordinates with a verb, the object of the verb's last preposition before it,
    whose list the noun continues ("extended sanctions for repression and its support for Russia"); else
    the noun itself."""
    if noun.dep_ != "conj" or noun.head.pos_ != "VERB":
        return noun
    preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i < noun.i]
    objs = [o for o in preps[-1].children if o.dep_ == "pobj"] if preps else []
    return objs[0] if objs else noun


def _past_duration(word: Token) -> Token:
    """The word a duration hangs from, for a word that is one ("for another year"), else the word itself."""
    while word.ent_type_ in ("DATE", "TIME") and word.dep_ == "pobj" and word.head.head.i != word.head.i:
        word = word.head.head
    return word


def _punitive(word: Token, punitive: list[str]) -> bool:
    """Whether a word punishes, or is a verb whose object does ("sanctioned", "imposed sanctions")."""
    return word.lemma_.lower() in punitive or word.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in punitive for c in word.children)


def recognised_as_office(tok: Token) -> bool:
    """Whether a recognition says what a place or person is, not which state is recognised: "recognised
    Jerusalem as the capital of Israel", "recognised Guaido as interim president"."""
    nouns = resources.word_set("triggers.toml", "recognition_switch", "offices")
    return any(c.dep_ == "prep" and c.lower_ in resources.words("as")
               and any(t.lemma_.lower() in nouns for t in c.children if t.dep_ == "pobj") for c in tok.children)


def _named_by(tok: Token, verbs: frozenset[str]) -> bool:
    verb = naming_verb(tok)
    return verb is not None and verb.lemma_.lower() in verbs


def naming_verb(tok: Token) -> Token | None:
    """The verb that calls something the noun `tok`: "called Russia a threat", "designated the Houthis a
    terrorist group", "regards Iran as an enemy", "was branded a pariah"; None when no verb does."""
    if tok.dep_ == "pobj" and tok.head.lower_ in resources.words("as"):
        verb = tok.head.head
    elif tok.pos_ == "ADJ" and tok.dep_ == "amod" and (tok.head.lower_ in resources.words("as") or (
            tok.i > tok.head.i and tok.head.dep_ == "dobj")):
        verb = tok.head.head  # "described the sanctions as illegal", "called Washington's move unacceptable"
    elif tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "dative"):
        verb = tok.head.head
    elif tok.dep_ in ("oprd", "dobj", "attr", "xcomp"):
        verb = tok.head
    else:
        return None
    if verb.lemma_ in resources.words("copula") and verb.dep_ == "ccomp":
        verb = verb.head  # "confirm that the PKK is a terrorist organisation": what the saying verb says
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _dates_back(tok: Token) -> bool:
    """Whether the words after a relational noun say when it began: "ties date back to 1960", "relations go
    back to 1888" (read on the words: the parser often takes "date" for a noun)."""
    verbs = resources.word_set("triggers.toml", "dating_back", "verbs")
    after = tok.doc[tok.i + 1: min(tok.sent.end, tok.i + 10)]
    return any(t.lower_ in verbs and t.nbor().lower_ == "back" for t in after if t.i + 1 < len(tok.doc))


def _alliance_treaty(t: Trigger) -> bool:
    """Whether an agreement is also an alliance: a strategic partnership treaty or pact."""
    cues = resources.toml("triggers.toml")["alliance_treaties"]
    return t.predicate == "agreement" and t.token.lemma_.lower() in cues["nouns"] and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues["qualifiers"] for c in t.token.subtree)


def _ordered_out(tok: Token) -> bool:
    """Whether a diplomat noun is the object of an order to leave: "gave the X ambassador 48 hours to
    leave", "ordered X's envoy to quit the country", "declared the X consul persona non grata"."""
    cues = resources.toml("triggers.toml")["expulsion_orders"]
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp", "oprd"):
        verb = verb.head  # a small clause: "declared [the envoy persona non grata]"
    if tok.dep_ not in ("dobj", "dative", "nsubj", "nsubjpass") or verb.lemma_.lower() not in cues["verbs"]:
        return False
    return any(t.lemma_.lower() in cues["exits"] for t in verb.subtree if t.i != tok.i and t.i not in
               {x.i for x in tok.subtree})


def _inside_name(t: Trigger) -> bool:
    """A trigger word that is part of an actor's name ("International Big Cat Alliance")."""
    return bool(t.token.ent_id_)


def _agreed_deeds(triggers: list[Trigger]) -> list[Trigger]:
    """Keep "agree" as an agreement only when what is agreed is a deed, a text or a settlement ("agreed to
    align their projects", "agreed the following", "agreed to a truce") that no other trigger already says: "agreed to restore
    ties" is the ties restored, and "agrees with X that ..." an opinion."""
    words = {i for t in triggers for i in range(t.start, t.end)}

    settled = resources.toml("triggers.toml")["agreed_settlements"]
    preps, settlements = frozenset(settled["preps"]), frozenset(settled["nouns"])

    def deed(t: Trigger) -> bool:
        agreed = [c for c in t.token.children if c.dep_ in ("xcomp", "dobj")] + [
            o for c in t.token.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj" and listed(o, settlements)]  # "agreed to a ceasefire"
        return bool(agreed) and not any(w.i in words for c in agreed for w in c.subtree)

    return [t for t in triggers if t.mode != "agreed" or deed(t)]


def _drop_modifiers(triggers: list[Trigger]) -> list[Trigger]:
    """Drop a trigger that only modifies another one: "security cooperation agreement",
    "Strategic Partnership Agreement" are agreements, not cooperation. A defence commitment stays:
    a "mutual defence pact" is an agreement and an alliance."""
    heads = {t.token.i for t in triggers}
    return [t for t in triggers
            if t.predicate == "alliance" or _has_agent(t.token)
            or not (t.token.dep_ in ("compound", "amod") and t.token.head.i in heads and t.token.head.i != t.token.i)]


def _has_agent(tok: Token) -> bool:
    """Whether a modifier names its agent ("los países sancionados por X"): a participle that describes
    its noun with an event of its own, not a kind of it."""
    return any(c.dep_ in ("prep", "agent") and resources.preposition(c.lower_) == "by" for c in tok.children)


def _drop_stopped(triggers: list[Trigger]) -> list[Trigger]:
    """Drop a noun trigger of a stopped predicate that a verb of a stopping predicate takes as its object
    (`[stopping]`), and keep that verb: in "resolutions prohibiting the transfer of arms to North Korea" the
    ban is the event and nothing is transferred ("designated Cuba a sponsor of terrorism" still judges Cuba)."""
    stopping = resources.word_set("triggers.toml", "stopping", "predicates")
    stopped = resources.word_set("triggers.toml", "stopping", "stopped")
    verbs = {t.token.i for t in triggers if t.predicate in stopping and t.token.pos_ == "VERB"}
    return [t for t in triggers if not (t.predicate in stopped and t.token.dep_ == "dobj" and t.token.head.i in verbs)]


def _drop_light_verbs(triggers: list[Trigger]) -> list[Trigger]:
    """Drop a verb trigger whose object is a noun trigger of another predicate: in "provide support",
    "impose sanctions", the noun says what happens and the verb is only its carrier. A verb judging
    its object ("condemned the treaty", `[judging]` in the lexicon) is never a carrier."""
    judging = resources.word_set("triggers.toml", "judging", "predicates")
    nouns = {(t.token.head.i, t.predicate) for t in triggers if t.token.dep_ in ("dobj", "nsubjpass")}
    heads = {i for i, _ in nouns}
    return [t for t in triggers
            if t.predicate in judging
            or not (t.token.pos_ == "VERB" and t.token.i in heads and (t.token.i, t.predicate) not in nouns)]


def _subject_words(tok: Token) -> set[str]:
    """The lemmas of a verb's subject heads and their compounds: "NATO peacekeeping troops have arrived"."""
    heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [m for c in heads for m in measured(c)]
    return {w.lemma_.lower() for c in heads for w in (c, *c.children) if w.i == c.i or w.dep_ == "compound"}


def _object_words(tok: Token) -> set[str]:
    """The lemmas of a verb's direct object and its qualifiers, of a noun's "of" object, of what a quantity
    object measures, and of the noun a passive participle qualifies: "froze Russian assets", "the closure of
    land borders", "sent a batch of vaccines" (see `syntax.measured`), "a diplomat stationed in Moscow"."""
    dobjs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ == "NOUN":
        dobjs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in resources.words("of")
                  for o in p.children if o.dep_ == "pobj"]
    dobjs += [m for c in dobjs for m in measured(c)]
    words = {w.lemma_.lower() for c in dobjs for w in (c, *c.children) if w.dep_ in ("dobj", "compound", "amod", "pobj")}
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a diplomat stationed in X": the participle's noun
        words |= {w.lemma_.lower() for w in (tok.head, *tok.head.children) if w.i == tok.head.i or w.dep_ == "compound"}
    return words

