"""Rule-based coreference for actors: pronouns, "the two countries", "the country", "the bloc", leaders.

Recency and salience over the mentions seen so far in the document: "it/its" → the subject of the
clause governing it, else the last state; "he/she/his" → the state of the last person; "the two
countries / both sides / the two" → the pair the sentence joins ("the Israel-UAE deal ... the two
countries"), else the last pair of states related or coordinated (a bare "the two" after "two
journalists" is those people); "the kingdom", "the island" → the last state whose official name or
geography says so; "the bloc" → the last organisation; "which/who" → the noun the relative clause
attaches to (and its conjuncts); "their/they" → the coordinated actors of the same sentence, else the
last pair. "We/our" and "the ministers/leaders" → the voice of the text: the speaker of reported
speech, the states listed beside "we", the issuers of a statement whose text follows, the state a
press question asks about (a speaker who is no actor, a journalist or a company, lends no voice).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..actors.kb import STATE_KINDS
from ..ontology import load as ontology
from . import resources
from .mentions import Mention
from .triggers import reasoned_act
from .syntax import SUBJECT_DEPS, acted_on, clause_head, listed, phrase_mentions, proxies, role, subject_mentions, subjects

if TYPE_CHECKING:
    from .relations import Candidate



def _cues(name: str) -> frozenset[str]:
    return resources.word_set("cues.toml", "coref", name)


@dataclass
class Memory:
    """What the document has said so far: recent states, persons, organisations, the last pair."""

    states: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)  # states that were (in) a clause subject
    persons: list[str] = field(default_factory=list)
    igos: list[str] = field(default_factory=list)
    pair: tuple[str, str] | None = None
    related: Counter[tuple[str, str]] = field(default_factory=Counter)  # symmetric relations per pair
    voice: tuple[str, ...] = ()  # who "we" is: the organisation(s) or state(s) speaking in the first person
    decider: str | None = None  # the last actor that decided or announced: whose "the decision" is
    coordinated: tuple[str, str] | None = None  # the two states the last sentence coordinated ("A and B")
    groups: list[list[str]] = field(default_factory=list)  # lists of states named so far ("A, B and C")
    subject_group: tuple[str, ...] = ()  # the states the last sentence had as its plural subject ("the two leaders")
    others_two: bool = False  # the last "two <noun>" named people or things, not states: a bare "the two" is them
    named: Counter[str] = field(init=False)  # `states` counted as they come, for `focus`

    def __post_init__(self) -> None:
        self.named = Counter(self.states)

    def remember(self, mentions: list[Mention], doc: Doc) -> None:
        """Add a sentence's mentions (in text order) to the recency lists."""
        groups = _coordinated_groups(mentions, doc)
        pairs = {tuple(sorted(g)) for g in groups if len(g) == 2}
        self.coordinated = pairs.pop() if len(pairs) == 1 else None  # "Russia and China back X"
        if self.coordinated:
            self.others_two = False
        if self.coordinated and any(m.person for m in mentions):
            self.relate(*self.coordinated)  # two leaders acting together are the story's pair
        self.groups.extend(groups)
        for m in mentions:
            if m.person:
                self.persons.append(m.actor)
            if m.via == "city":
                continue
            verb = _verb_of_subject(doc[m.root])
            if verb is not None and m.kind in STATE_KINDS | {"igo"} and \
                    verb.lemma_.lower() in resources.word_set("cues.toml", "decisions", "verbs"):
                self.decider = m.actor
            if m.kind in STATE_KINDS:
                self.states.append(m.actor)
                self.named[m.actor] += 1
                if _in_subject(doc[m.root]):
                    self.subjects.append(m.actor)
            elif m.kind == "igo":
                self.igos.append(m.actor)

    def note_subjects(self, actors: list[Mention], doc: Doc) -> None:
        """The states a sentence has as its subject, named or referred to: a plural subject is whom a
        following "they" continues ("the two leaders renewed ... They also stressed ..."); a sentence
        with one state as its subject ends that."""
        subject = list(dict.fromkeys(m.actor for m in actors if m.kind in STATE_KINDS and m.via != "city"
                                     and _in_subject(doc[m.root])))
        if len(subject) >= 2:
            self.subject_group = tuple(subject)
        elif subject:
            self.subject_group = ()

    def note_acts(self, found: Sequence["Candidate"]) -> None:
        """The agent of the sentence's last asserted act (a deployment, sanction, visit, an embassy opened
        or a bloc left: not a state of affairs such as a membership held) decided it."""
        acts = resources.word_set("cues.toml", "decisions", "acts")
        onto = ontology()
        agents = [c.subject for c in found if c.predicate in acts and not c.negated
                  and (c.status is None or c.status != onto.get(c.predicate).default_status)]
        if agents:
            self.decider = agents[-1]

    def set_pair(self, a: str, b: str) -> None:
        if a != b:
            self.pair = (a, b)

    def relate(self, a: str, b: str) -> None:
        """Count one symmetric relation (agreement, ties ...) the text asserted between two states."""
        if a != b:
            self.related[(min(a, b), max(a, b))] += 1

    def focus(self) -> str | None:
        """The state the document has named most often so far (the first named, on a tie)."""
        return self.named.most_common(1)[0][0] if self.named else None

    def topic(self) -> tuple[str, str] | None:
        """The pair of states the document has related most often so far (the first, its lead story,
        on a tie): whose deal "the agreement" or "this accord" is when the sentence names no party."""
        return self.related.most_common(1)[0][0] if self.related else None


def _in_subject(tok: Token) -> bool:
    """Whether a word is (part of) its clause's subject: "The Government of X signed ..."."""
    return _verb_of_subject(tok) is not None


def _verb_of_subject(tok: Token) -> Token | None:
    """The verb whose subject the word is (part of), if any ("the ministers of A, B and C met": C too)."""
    for _ in range(6):
        if tok.dep_ in SUBJECT_DEPS:
            return tok.head
        if tok.dep_ not in ("compound", "poss", "pobj", "prep", "appos", "conj", "amod") or tok.head.i == tok.i:
            return None
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return None
        tok = tok.head
    return None


def _coref_mention(tok: Token, actor: str, kind: str, conf: float) -> Mention:
    return Mention(tok.i, tok.i + 1, tok.i, actor, kind, "coref", False, conf)


def _last_state_before(tok: Token, mentions: list[Mention], memory: Memory, exclude_clause: bool) -> str | None:
    """The last state named (or referred to) before `tok`, by position in the sentence, else the last
    the document named; with `exclude_clause`, none of `tok`'s own clause."""
    here = clause_head(tok) if exclude_clause else None
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        if m.start >= tok.i or m.kind not in STATE_KINDS or m.via == "city" or m.person:
            continue  # "it" is no person: "France called for the return of Bazoum and said it would ..."
        if here is not None and clause_head(tok.doc[m.root]) == here:
            continue
        return m.actor
    return memory.states[-1] if memory.states else None


def _clause_subject(tok: Token, mentions: list[Mention]) -> str | None:
    """The state or organisation its clause's subject names, which a possessive "its" after it refers
    to: "Canada added Iranian officials to its sanctions list", "the EU extended its embargo"; a
    clause of no subject of its own shares its governor's ("X established ties with Y, ending its
    ties with Z")."""
    head = clause_head(tok)
    while head.dep_ in ("advcl", "xcomp", "conj") and head.head.i != head.i and not subjects(head):
        head = clause_head(head.head)
    controller = _controller(tok, head)
    named = phrase_mentions(controller, mentions) if controller is not None else \
        subject_mentions(head, mentions, before=tok.i)
    return _one_actor([m for m in named if m.kind in STATE_KINDS | {"igo"}], tok.doc)


def _one_actor(found: list[Mention], doc: Doc) -> str | None:
    """The one actor a subject phrase's mentions name; of several, the one the subject word is or owns
    ("The ICC, based in The Hague, Netherlands, said ...", "Washington's sanctions against Venezuela
    came ..."); None when that is not one either."""
    if len({m.actor for m in found}) > 1:
        found = [m for m in found if doc[m.root].dep_ in SUBJECT_DEPS or (
            doc[m.root].dep_ in ("poss", "compound", "amod") and doc[m.root].head.dep_ in SUBJECT_DEPS)]
    return found[0].actor if len({m.actor for m in found}) == 1 else None


def _governing_subject(tok: Token, mentions: list[Mention]) -> str | None:
    """The state an "it" subject of a subordinate, reported or coordinated clause continues: the subject
    of the clause governing it ("Turkey approved the bid but said it was waiting ...", "Washington's
    sanctions came days after it recognised X": the subject's owner; "Cuba was the first to recognise
    China, and it was also the first to ..."), when that subject names one state and the governing clause
    acts on no state (in "Russia warned Ukraine that it would ..." either may be meant)."""
    clause = clause_head(tok)
    if clause.dep_ not in ("ccomp", "advcl", "conj") or clause.head.i == clause.i:
        return None
    verb = clause.head if clause.head.pos_ in ("VERB", "AUX") else clause_head(clause.head)
    objects = {o.i for o in acted_on(verb)}
    if any(m.root in objects or tok.doc[m.root].head.i in objects for m in mentions if m.kind in STATE_KINDS):
        return None
    while not subjects(verb) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "X approved ... but said it ...": the subject "said" shares
    return _one_actor([m for m in subject_mentions(verb, mentions) if m.kind in STATE_KINDS | {"igo"}
                       and not m.person], tok.doc)


def _controller(tok: Token, top: Token) -> Token | None:
    """The object of a verb of object control (below `top`) that does the act of the infinitive `tok`
    is in: "urged Russia to withdraw its troops", "called on the US to lift its embargo"."""
    verbs = resources.word_set("cues.toml", "object_control", "verbs") | _cues("control_on")
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in verbs:
            verb = cur.head
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < cur.i]
            objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _cues("control_preps") and c.i < cur.i
                     for p in c.children if p.dep_ == "pobj"]
            return objs[0] if objs else None
        cur = cur.head
    return None


def _qualifier_of(noun: Token, mentions: list[Mention]) -> list[Mention]:
    """The one state qualifying a noun phrase that names no actor itself: "Iranian Foreign Minister
    Abbas Araqchi, who arrived ..." (an official unknown by name stands for the state qualifying him)."""
    found = [m for m in mentions if noun.left_edge.i <= m.start and m.end <= noun.i and m.kind in STATE_KINDS
             and m.via != "city"]
    return found if len({m.actor for m in found}) == 1 else []


def _document_issuer(noun: Token, by_root: dict[int, list[Mention]]) -> list[Mention]:
    """Who acts through a document a relative clause says acts: the subject of the verb issuing or adopting it
    ("Trump signed an executive order that cut aid to South Africa", "the parliament of Ghana passed a law which
    bans imports"); none for other nouns (`cues.toml` [documents])."""
    docs = resources.toml("cues.toml")["documents"]
    verbs = frozenset(docs["authoring"] + docs["adopting"] + docs["issuing"])
    verb = noun.head
    if not listed(noun, frozenset(docs["nouns"])) or noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return []
    return [m for s in verb.children if s.dep_ == "nsubj" for m in _group(s, by_root)]


def _one_of(noun: Token, by_root: dict[int, list[Mention]]) -> list[Mention]:
    """The actors said to be of a class a relative clause describes: "Nicaragua is among the few
    countries that back Russia", "Eswatini, one of twelve states which recognise Taiwan, ...", "Hungary
    became the only member that has not approved ..."."""
    prep = noun.head
    if noun.dep_ == "attr":
        head = noun.head  # "X is the only state that ...": the class is what the copula says X is
    elif noun.dep_ != "pobj" or prep.lower_ not in _cues("class_preps"):
        return []
    else:
        head = prep.head
    if noun.dep_ == "pobj" and prep.lower_ in resources.words("of"):
        if head.lower_ not in _cues("class_heads"):
            return []
        if head.dep_ == "appos":  # "X, one of the states that ..."
            return _group(head.head, by_root)
        head = head.head
    if head.lemma_ not in resources.words("copula") and head.lemma_ not in _cues("class_verbs"):
        return []
    return [m for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for m in _group(c, by_root)]


def _reason_owner(tok: Token, mentions: list[Mention]) -> str | None:
    """Whose "its" is in a reason given for acting on someone: the one acted on ("sanctioned Iran for its
    support of Russia", "praised Japan for its aid", "imposed sanctions on Mali over abuses and its coup")."""
    if tok.dep_ != "poss":
        return None
    reason = tok.head
    while reason.dep_ == "conj":
        reason = reason.head
    verb = reasoned_act(tok.head) or (
        reason.head.head if reason.dep_ == "pobj" and reason.head.lower_ in resources.words("for") else None)
    if verb is None:
        return None
    objects = {o.i for o in acted_on(verb)}
    found = [m for m in mentions if m.root in objects and m.kind in STATE_KINDS | {"igo"}]
    return found[-1].actor if len({m.actor for m in found}) == 1 else None


def _last_group_referred(tok: Token, found: list[Mention]) -> list[str]:
    """The states of the last group reference before `tok` in its sentence ("the missions of these
    countries because of their interference": "their" is these countries)."""
    before = [m for m in found if m.root < tok.i]
    if not before:
        return []
    last = max(m.root for m in before)
    group = list(dict.fromkeys(m.actor for m in before if m.root == last))
    return group if len(group) >= 2 else []


def _sentence_pair(mentions: list[Mention]) -> tuple[str, str] | None:
    """The two states a sentence names, cities included, when the text has related none before:
    "The two countries signed 12 agreements during Lula's visit to Beijing"."""
    states = list(dict.fromkeys(m.actor for m in mentions if m.kind in STATE_KINDS))
    return (states[0], states[1]) if len(states) == 2 else None


def _pair_before(tok: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """The two states the same sentence names before a pair reference: "Japan occupied the
    Philippines, but the two countries have since grown closer"."""
    own = {t.i for t in tok.subtree}  # "the two former Yugoslav states" names neither
    return _sentence_pair([m for m in mentions if m.end <= tok.i and m.via != "coref" and m.root not in own])


def _joined_pair_before(tok: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """The last two states the same sentence joins before a pair reference, with a hyphen, a slash or
    "and" ("the Israel-UAE deal to normalise relations between the two countries", "the US-Saudi summit,
    where the two countries signed ..."), when it names more states than those two."""
    doc = tok.doc
    states = [m for m in mentions if m.end <= tok.i and m.kind in STATE_KINDS and m.via not in ("city", "coref")
              and not m.person]
    joiners = _cues("pair_joiners")
    for a, b in reversed(list(zip(states, states[1:]))):
        if a.actor != b.actor and b.start - a.end == 1 and doc[a.end].lower_ in joiners:
            return (a.actor, b.actor)
    return None


def _group(tok: Token, by_root: dict[int, list[Mention]]) -> list[Mention]:
    """Mentions at `tok` and its conjuncts (a coordinated list of actors)."""
    out = list(by_root.get(tok.i, []))
    for c in tok.conjuncts:
        out.extend(by_root.get(c.i, []))
    return out


def resolve(sent: Span, mentions: list[Mention], memory: Memory, kinds) -> list[Mention]:
    """Extra mentions for the referring words of `sent`, given the sentence's own mentions (sorted)
    and the document memory; `kinds` maps an actor id to its kind."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    by_root: dict[int, list[Mention]] = {}
    for m in mentions:
        by_root.setdefault(m.root, []).append(m)
    out: list[Mention] = []
    memory.voice = _voice(sent, mentions) or memory.voice
    for tok in sent:
        if tok.i in covered:
            continue
        low = tok.lower_
        if low in _cues("pair_number") and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
            # "two Mexican journalists were detained ... The two": people, not the story's two states
            memory.others_two = not listed(tok.head, _cues("pair_heads"))
        if tok.pos_ == "PRON" and low in _cues("first_person"):
            speaker = _speaker(tok, mentions)
            voice = memory.voice if speaker is None else speaker
            out.extend(_coref_mention(tok, a, kinds(a), 0.7) for a in voice)
            continue
        if tok.pos_ in ("PRON", "DET") and low in resources.words("relative") and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            bracketed = [m for m in mentions if tok.i >= 2 and tok.doc[tok.i - 1].text == "(" and m.end == tok.i - 1]
            if bracketed:  # "Venezuela (que gestionó su renuncia ...)": the name the bracket follows
                out.extend(_coref_mention(tok, m.actor, m.kind, 0.8) for m in bracketed)
                continue
            rel = tok.head
            while rel.dep_ not in ("relcl", "acl") and rel.head.i != rel.i and rel.pos_ in ("VERB", "AUX", "NOUN"):
                if rel.dep_ in ("relcl",):
                    break
                rel = rel.head
            if rel.dep_ == "relcl":
                antecedent = rel.head
                group = _group(antecedent, by_root) or [m for m in mentions if m.end == antecedent.i + 1] \
                    or _qualifier_of(antecedent, mentions) or _one_of(antecedent, by_root) \
                    or _document_issuer(antecedent, by_root)
                if len({m.actor for m in group}) > 1 and _singular(rel):
                    # "A, B and C, which has ...": a singular verb takes the nearest of the list
                    group = [max((m for m in group if m.start < tok.i), key=lambda m: m.start, default=group[-1])]
                if low in resources.words("possessive_relative") and group and tok.head.lemma_ in _cues("single_heads"):
                    out.extend(_coref_mention(tok.head, m.actor, m.kind, 0.8) for m in group[:1])
                else:
                    out.extend(_coref_mention(tok, m.actor, m.kind, 0.8) for m in group)
            continue
        if tok.pos_ == "PRON" and low in _cues("state_pronouns"):
            # "it" as subject or object cannot be a co-argument of its own verb; inside a phrase it can
            # ("Belarus has sanctions against it")
            bound = low == "it" and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
            actor = (_reason_owner(tok, mentions) or _clause_subject(tok, mentions) if low == "its" else None) or \
                (_governing_subject(tok, mentions) if low == "it" and tok.dep_ in SUBJECT_DEPS else None) or \
                _last_state_before(tok, mentions + out, memory, exclude_clause=bound)
            if actor:
                out.append(_coref_mention(tok, actor, kinds(actor), 0.7))
            continue
        if tok.pos_ == "PRON" and (low in resources.words("person_pronouns") or (low in resources.words("person_possessives") and tok.dep_ == "poss"
                                                                   and tok.head.lemma_ in _EVENT_NOUNS)):
            actor = _person_for(tok, mentions, memory)
            if actor:
                out.append(_coref_mention(tok, actor, kinds(actor), 0.7))
            continue
        # ("the NATO countries", "the two African Union states": named by their qualifier, no earlier pair)
        if tok.pos_ in ("NOUN", "NUM", "PRON") and listed(tok, _cues("pair_heads")) and not any(
                c.dep_ in ("compound", "amod") and c.i in covered for c in tok.children):
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod", "quantmod")} | {
                t.lower_ for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ in ("det", "nummod")}  # "los dos" as one
            is_pair = bool(dets & _cues("pair_determiners")) or (
                low in _cues("pair_number") and tok.dep_ in ("nsubj", "pobj", "dobj") and not memory.others_two)
            counted = any(c.like_num and c.lower_ not in _cues("pair_determiners") | {"2"} for c in tok.children)
            is_pair = not counted and (is_pair or (low in _cues("pair_with_the") and bool(dets & resources.words("the"))))
            # "the two countries": the pair the document relates most (its story), not a pair named
            # in passing since ("... after Egypt signed a peace treaty with Israel")
            # ... unless the sentence before joined two other states: "Russia and China back Maduro. Both
            # countries have lent billions"
            pair = _pair_before(tok, mentions) or _joined_pair_before(tok, mentions) or memory.coordinated \
                or memory.topic() or memory.pair or _sentence_pair(mentions)
            if is_pair and pair:
                out.extend(_coref_mention(tok, a, kinds(a), 0.7) for a in pair)
                continue
            # ... a list of this sentence before it counts too ("expelled the envoys of A, B and C after
            # the governments of these countries ...")
            here = _coordinated_groups([m for m in mentions if m.end <= tok.i], tok.doc)
            group = _group_referred(tok, dets, memory.groups + here, _regions_named(tok))
            if group:  # "the three countries", "these nations": the last list of as many states
                out.extend(_coref_mention(tok, a, kinds(a), 0.65) for a in group)
                continue
        speakers = _speakers_referred(tok, covered, memory)
        if speakers:  # "the ministers", "the leaders": who speaks in a joint statement, else the last plural subject
            out.extend(_coref_mention(tok, a, kinds(a), 0.65) for a in speakers)
            continue
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_ in _cues("single_heads"):
            det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
            if det is not None and det.lower_ in _cues("single_determiners") and not any(
                    c.dep_ == "prep" and c.lower_ in resources.words("of") for c in tok.children) and not any(
                    c.dep_ in ("compound", "amod") and c.i in covered for c in tok.children):
                regions = _regions_named(tok)
                before = [m.actor for m in mentions + out if m.start < tok.i and m.kind in STATE_KINDS and not m.person]
                if regions:  # "the African nation": the last state named of that region
                    actor = _last_state_of(lambda r: _in_regions(r.get("id", ""), regions), before, memory)
                elif tok.lemma_ in _cues("island_heads"):  # "the island": the last island state named
                    actor = _last_state_of(lambda r: r.get("id") in _islands(), before, memory)
                elif tok.lemma_ in _cues("form_heads"):  # "the kingdom": the last state whose official name says so
                    actor = _last_state_of(lambda r: _has_word(r.get("official_name") or "", tok.lemma_), before, memory)
                elif det.lower_ in resources.words("person_possessives"):
                    actor = _person_for(tok, mentions, memory)
                elif det.lower_ in resources.words("owner_possessives"):
                    actor = _subject_owner(tok, mentions) or \
                        _last_state_before(tok, mentions + out, memory, exclude_clause=True)
                elif det.lower_ in resources.words("this") and (memory.subjects or memory.states):
                    # "this country": the topic, last named as a subject, else the state named most
                    actor = memory.subjects[-1] if memory.subjects else memory.focus()
                else:  # "the country" is not its own clause's subject ("Japan opened a base in the country")
                    actor = _last_state_before(tok, mentions + out, memory, exclude_clause=True)
                if actor:
                    out.append(_coref_mention(tok, actor, kinds(actor), 0.6))
            continue
        named = _contextual(tok, memory, mentions)
        if named:
            out.append(_coref_mention(tok, named, kinds(named), 0.7))
            continue
        igo_noun = _igo_head(tok)
        here = [m.actor for m in mentions if m.kind == "igo" and m.end <= tok.i] if igo_noun else []
        if here or (memory.igos and igo_noun):
            # an organisation named earlier in the same sentence is the one meant ("left ECOWAS, citing the
            # group's failure"), else the last named that the noun can denote
            igo = here[-1] if here else _igo_denoted(tok.lemma_.lower(), memory.igos)
            definite = any(c.dep_ == "det" and c.lower_ in resources.words("the") for c in tok.children) or (
                tok.i > 0 and tok.doc[tok.i - 1].lower_ in resources.words("the_contracted"))  # "del organismo"
            if igo and definite and not any(
                    c.dep_ in ("compound", "amod", "prep") and not c.is_stop for c in tok.children):
                out.append(_coref_mention(tok, igo, "igo", 0.6))
            continue
        if tok.pos_ == "PRON" and low in ("their", "they", "them", "both"):
            group = _coordinated_before(tok, mentions) or _reporting_people(tok, mentions)
            # a bare "they" opening a clause continues the last pair; "their/them" need a group here
            fallback = low in ("they", "both") and tok.dep_ == "nsubj" and (memory.subject_group or memory.pair)
            actors = group or (list(memory.subject_group or memory.pair) if fallback else []) \
                or _last_group_referred(tok, out)
            out.extend(_coref_mention(tok, a, kinds(a), 0.7) for a in actors)
    return out + _announced_lists(sent, mentions, covered, kinds)


def _reporting_people(tok: Token, mentions: Sequence[Mention]) -> list[str]:
    """The one state qualifying the plural subject of the verb that reports or frames the clause `tok`
    ("they") is the subject of: "Palestinian leaders said they would boycott ...", "Iranian officials said
    they had seized ...", "two Syrian bombers killed ten people when they blew themselves up in X" (they
    are that state's people); none for several states or an unqualified noun."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ not in ("ccomp", "advcl"):
        return []
    said_by = [c for c in verb.head.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and listed(c, proxies())]
    owners = {m.actor for m in mentions for c in said_by if m.root != c.i and tok.doc[m.root].head.i == c.i
              and tok.doc[m.root].dep_ in ("amod", "compound", "poss") and m.kind in STATE_KINDS and m.via != "city"}
    return list(owners) if len(owners) == 1 else []


def _speakers_referred(tok: Token, covered: set[int], memory: Memory) -> tuple[str, ...]:
    """The states "the ministers" or "the leaders" are, when the phrase names none itself ("the
    ministers of A and B" names them): the joint voice of the text ("We, the leaders of A, B and C"; a
    joint statement's issuers), else the states of the last plural subject ("The foreign ministers of
    A and B met in C. The ministers agreed ...")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _cues("voice_heads") or "Plur" not in tok.morph.get("Number") \
            or not any(c.dep_ == "det" and c.lower_ in resources.words("the") for c in tok.children) \
            or any(c.dep_ in ("prep", "poss") or c.i in covered for c in tok.children):
        return ()
    for group in (memory.voice, memory.subject_group):
        if len(group) >= 2:
            return group
    return ()


def _announced_lists(sent: Span, mentions: list[Mention], covered: set[int], kinds) -> list[Mention]:
    """Mentions of the states a colon or a parenthesis lists for the plural noun before it: "signed by
    six states: Kazakhstan, China, Russia ...", "the founders of ASEAN: Indonesia, Malaysia ...", "the
    current members of the group (Brazil, Russia ...)" (the parser often leaves the list a fragment of
    its own)."""
    out: list[Mention] = []
    for colon in (t for t in sent if t.text in (":", "(") and t.i > sent.start):
        listed = _list_from(colon.i + 1, sent, mentions)
        noun = sent.doc[colon.i - 1]
        while noun.i in covered or noun.pos_ not in ("NOUN", "PROPN"):
            if noun.head.i == noun.i or noun.head.right_edge.i != colon.i - 1:
                break
            noun = noun.head
        if colon.text == "(" and noun.tag_ not in ("NNS", "NNPS") and noun.dep_ == "pobj" and \
                noun.head.lower_ in resources.words("of") and noun.head.head.tag_ in ("NNS", "NNPS"):
            noun = noun.head.head  # "the members of the group (A, B and C)": the plural the "of" hangs from
        if len(listed) >= 2 and noun.i not in covered and noun.tag_ in ("NNS", "NNPS"):
            out.extend(_coref_mention(noun, a, kinds(a), 0.7) for a in listed)
    return out


def _list_from(start: int, sent: Span, mentions: list[Mention]) -> list[str]:
    """The states named one after another from `start` on, with only commas, "and" and articles
    between them (a list ends at any other word)."""
    glue = resources.words("list_glue")
    by_start = {m.start: m for m in mentions if m.kind in STATE_KINDS and m.via != "city" and not m.person}
    out: list[str] = []
    i = start
    while i < sent.end:
        if i in by_start:
            out.append(by_start[i].actor)
            i = by_start[i].end
        elif sent.doc[i].lower_ in glue:
            i += 1
        else:
            break
    return list(dict.fromkeys(out))


def _coordinated_groups(mentions: list[Mention], doc: Doc) -> list[list[str]]:
    """The lists of two or more states a sentence coordinates, in text order ("A, B and C"), their
    leaders too ("Saudi Arabia's crown prince and Egypt's president issued ...": "both leaders")."""
    states = {m.root: m for m in mentions if m.kind in STATE_KINDS and m.via not in ("city", "coref")}
    out = []
    for root in sorted(states):
        tok = doc[root]
        if tok.dep_ == "conj" and tok.head.i in states:
            continue  # inside a list already taken from its first member
        group = list(dict.fromkeys(states[t.i].actor for t in (tok, *tok.conjuncts) if t.i in states))
        if len(group) >= 2:
            out.append(group)
    return out


def _group_referred(tok: Token, dets: set[str], groups: list[list[str]],
                    regions: frozenset[str] = frozenset()) -> list[str]:
    """The last list of states that "the three countries" or "these nations" refers to: one of as many
    states as the number says, or any list for "these/those" without a number; "the African leaders"
    (the and a region): the last list of two or more states all of that region."""
    numbers = resources.toml("cues.toml")["coref"]["numbers"]
    count = next((numbers.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                  for c in tok.children if c.like_num), None)
    if count is None and regions and dets & resources.words("the"):
        return next((g for g in reversed(groups) if len(g) >= 2 and all(_in_regions(a, regions) for a in g)), [])
    if count is None and not dets & _cues("group_determiners"):
        return []
    return next((g for g in reversed(groups) if count is None or len(g) == count), [])


def _in_regions(actor: str, regions: frozenset[str]) -> bool:
    """Whether a state lies in one of the UN regions or subregions `regions`."""
    from ..actors.kb import kb

    record = kb().record(actor) or {}
    return record.get("un_region") in regions or record.get("un_subregion") in regions


def _contextual(tok: Token, memory: Memory, mentions: list[Mention]) -> str | None:
    """The state "the North" or "the mainland" stands for, once the text (`memory`, the sentence's
    `mentions`) has named its context."""
    states = resources.toml("cues.toml")["contextual_names"].get(tok.lower_)
    if not states or tok.pos_ not in ("PROPN", "NOUN") or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the" \
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("PROPN", "NOUN")):
        return None  # "the North Atlantic", "the South China Sea" name something else
    return states[0] if any(s in memory.named or any(m.actor == s for m in mentions) for s in states) else None


def _regions_named(noun: Token) -> frozenset[str]:
    """The UN regions or subregions the words qualifying a noun name ("the West African country", "los
    líderes africanos": before or after it)."""
    words = " ".join(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound"))
    table = resources.toml("cues.toml")["regions"]
    for name in sorted(table, key=len, reverse=True):
        if f" {name} " in f" {words} ":
            return frozenset(table[name])
    return frozenset()


def _last_state_of(fits: Callable[[dict], bool], before: list[str], memory: Memory) -> str | None:
    """The last state named (in this sentence, else before it) whose gazetteer record `fits` (lies in a
    region, is an island)."""
    from ..actors.kb import kb

    for actor in [*reversed(before), *reversed(memory.states)]:
        if fits(kb().record(actor) or {"id": actor}):
            return actor
    return None


def _has_word(name: str, word: str) -> bool:
    """Whether an official name has `word` (or its plural) as a word: "Kingdom of Saudi Arabia" has
    "kingdom", "United Arab Emirates" has "emirate"."""
    return any(w in (word, word + "s") for w in name.lower().split())


def _islands() -> frozenset[str]:
    """The states on islands of their own (`data/islands.csv`), which "the island" may refer to."""
    return frozenset(r["id"] for r in resources.rows("islands.csv"))


def _singular(verb: Token) -> bool:
    """Whether a verb (or its auxiliary) agrees with a singular subject: "which has", "who is"."""
    return verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBZ" or c.lower_ in resources.words("was"))
                                     for c in verb.children)


def _igo_head(tok: Token) -> bool:
    """Whether a noun can stand for an organisation named before ("the bloc", "the court")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and lemma in resources.word_set("cues.toml", "igo_reference", "any") \
        or lemma in resources.word_set("cues.toml", "igo_reference", "named")


def _igo_denoted(noun: str, igos: list[str]) -> str | None:
    """The last organisation named (`igos`, in order) that "the <noun>" can denote: any for "the bloc",
    one whose name has the noun or that the cue data lists for it for "the court", "the alliance"."""
    from ..actors.kb import kb

    if noun in resources.word_set("cues.toml", "igo_reference", "any"):
        return igos[-1]
    listed = set(resources.toml("cues.toml")["igo_reference"]["also"].get(noun, ()))
    for igo in reversed(igos):
        actor = kb().get(igo)
        if igo in listed or (actor is not None and noun in actor.name.lower().split()):
            return igo
    return None


def _voice(sent: Span, mentions: list[Mention]) -> tuple[str, ...]:
    """The actors a sentence names as the first-person speakers of the text: "From the X Movement, we
    reject ...", "We, the leaders of A, B and C, ...", "we — the president of A and the prime minister
    of B — met ..."; the issuers of a statement whose text follows ("Joint Statement of A and B",
    "X made public the following statement:"); the state a press conference's question asks ("What is
    China's comment?"). None (empty) for a sentence that names no voice."""
    first = _cues("first_person")
    for m in mentions:
        tok = sent.doc[m.root]
        if not m.person and m.via != "city" and tok.dep_ == "pobj" and tok.head.lower_ in _cues("voice_preps") \
                and any(c.dep_ == "nsubj" and c.lower_ in first for c in tok.head.head.children):
            return (m.actor,)
    for tok in sent:
        if tok.lower_ in first and tok.pos_ == "PRON":
            named = _actors_in(mentions, {t.i for t in tok.subtree if t.i != tok.i})
            if named:
                return named
    return _issuers(sent, mentions) or _asked(sent, mentions)


def _actors_in(mentions: list[Mention], tokens: set[int]) -> tuple[str, ...]:
    """The actors (states, organisations, persons for their state) of the mentions rooted in `tokens`,
    once each in text order; cities are places, not speakers."""
    return tuple(dict.fromkeys(m.actor for m in mentions if m.root in tokens and m.via != "city"))


def _issuers(sent: Span, mentions: list[Mention]) -> tuple[str, ...]:
    """Who issued the statement a heading or an announcing sentence names, its text following: the
    actors the sentence names outside the statement's topic ("Joint Declaration between A and B on
    ...", "Declaration of the Ministry of Foreign Affairs of X", "the following is the text of the
    statement of A and B"). A sentence that reports a statement ("X issued a statement on Y") does not
    hand its voice to what follows: only a heading (no finite verb) or "the following" does."""
    if not any(t.lemma_.lower() in _cues("statement_nouns") and t.pos_ in ("NOUN", "PROPN") for t in sent):
        return ()
    heading = not any("Fin" in t.morph.get("VerbForm") for t in sent)
    if not heading and not any(t.lower_ in _cues("announcing") for t in sent):
        return ()
    topics = {d.i for t in sent if t.lower_ in _cues("topic_preps") and t.dep_ in ("prep", "agent")
              for d in t.subtree}
    return _actors_in(mentions, {t.i for t in sent if t.i not in topics})


def _asked(sent: Span, mentions: list[Mention]) -> tuple[str, ...]:
    """The state a question asks for its comment ("What is China's comment?", "What is the response
    of Japan?"): whom the answer's "we" stands for."""
    if not sent.text.rstrip().endswith("?"):
        return ()
    for tok in sent:
        if tok.lower_ in _cues("question_nouns"):
            owners = {c.i for c in tok.children if c.dep_ == "poss"} | {
                p.i for c in tok.children if c.dep_ == "prep" and c.lower_ in resources.words("of") for p in c.children}
            named = _actors_in(mentions, owners)
            if len(named) == 1:
                return named
    return ()


def _speaker(tok: Token, mentions: list[Mention]) -> tuple[str, ...] | None:
    """Who "we" is in reported speech: the subject of the verb of saying whose complement holds the
    pronoun ('"We condemn X," the foreign ministry of Y said', 'Z told reporters: "we ..."', '"These are
    ties we want to deepen," X said'); None when the pronoun is in no reported speech, empty when the
    speaker is no actor ("a local journalist said", "the company said": not the text's voice); a
    statement or declaration said to speak is the text's voice (None)."""
    clause = clause_head(tok)
    for _ in range(4):  # from a relative or adverbial clause up to the reported one
        if clause.dep_ in ("ccomp", "parataxis") or clause.head.i == clause.i:
            break
        clause = clause_head(clause.head)
    verb = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in _cues("speech_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lemma_.lower() in _cues("statement_nouns"):
        return None
    speakers = [m for m in mentions if m.via != "city" and not (clause.left_edge.i <= m.root <= clause.right_edge.i)]
    for m in speakers:
        r = role(tok.doc[m.root], {verb.i})
        if r is not None and r.name == "subj":
            return (m.actor,)
    return () if subject is not None else None


_EVENT_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "stay", "meeting", "talks"})


def _person_for(tok: Token, mentions: list[Mention], memory: Memory) -> str | None:
    """The state of the person a he/she/his refers to: the person subject of the same clause if any
    ("Sharaa welcomed Trump's lifting of sanctions on his country"), else of the clause reporting it
    ("X told Y that his country stood ready": the speaker's), else the last person named."""
    here = clause_head(tok)
    for _ in range(3):
        for m in mentions:
            t = tok.doc[m.root]
            # "During his visit to Hanoi, Putin signed ...": a possessive may come before its subject
            if m.person and (m.start < tok.i or tok.dep_ == "poss") and t.dep_ == "nsubj" and clause_head(t) == here:
                return m.actor
        if here.dep_ != "ccomp" or here.head.i == here.i:
            break
        here = clause_head(here.head)
    persons = [m for m in mentions if m.person and m.start < tok.i]
    if persons:
        return persons[-1].actor
    return memory.persons[-1] if memory.persons else None


def _subject_owner(tok: Token, mentions: list[Mention]) -> str | None:
    """The state of the subject of a possessive's clause, or of the clause it is a complement of: in
    "el presidente de Argentina, Javier Milei, ... al confirmar que trasladará la embajada de su país",
    "su país" is Argentina (a person subject gives the person's state)."""
    from .syntax import clause_head

    here = clause_head(tok)
    for _ in range(3):
        subj = next((c for c in here.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and not subj.left_edge.i <= tok.i <= subj.right_edge.i:  # not "su país" itself
            owners = [m for m in mentions if subj.left_edge.i <= m.root <= subj.right_edge.i
                      and (m.person or m.kind in STATE_KINDS)]
            return owners[0].actor if owners else None
        if here.dep_ not in ("ccomp", "advcl", "xcomp") or here.head.i == here.i:
            break
        here = clause_head(here.head)
    return None


def _coordinated_before(tok: Token, mentions: list[Mention]) -> list[str]:
    """Actors coordinated before `tok` in its sentence ("Iran and Saudi Arabia ... their ties")."""
    roots = {m.root: m for m in mentions if m.start < tok.i}
    for m in reversed(list(roots.values())):
        t = tok.doc[m.root]
        group = [t, *t.conjuncts]
        actors = list(dict.fromkeys(roots[g.i].actor for g in group if g.i in roots))
        if len(actors) >= 2:
            return actors
    return []
