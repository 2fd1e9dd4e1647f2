"""Relation candidates from one trigger: arguments by syntactic role, direction, attributes, date.

Roles (see `syntax.role`) map to subject/object for directed predicates and to participants/partners
for symmetric ones (`data/roles.toml`). Only actors the parse links to the trigger take part: actors
that merely co-occur in a sentence never form a relation.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations
from collections.abc import Iterable
from typing import Any, Callable

from spacy.tokens import Span, Token

from ..actors.kb import STATE_KINDS, kb
from ..ontology import load as ontology
from . import attributes, resources
from .gazetteer import PLACE_TYPES, gazetteer
from .mentions import Mention
from .modality import Mood, offered
from .numbers import ordinal, parse_number
from .syntax import anchors as anchor_chain
from .syntax import (acted_on, governors, is_future, listed, phrase_mentions, proxies, role, slipped_verb,
                     subject_mentions, subjects, swallowed_subject)
from .triggers import Trigger, phrase, reasoned_act, recognised_as_office



@dataclass
class Candidate:
    """One relation asserted by one mention in the text, before merging per document."""

    predicate: str
    subject: str
    object: str | None
    status: str | None
    attrs: dict[str, Any]
    negated: bool
    date: str | None
    confidence: float
    start_char: int
    end_char: int
    sentence: Span
    context_date: str | None = None  # the one date its sentence gives, if any (a fallback)
    offset: int = 0  # where the text of `sentence.doc` starts in the document (long texts are parsed in pieces)
    cameo: str | None = None  # an event's own CAMEO code, when finer than its predicate's (text/events.py)
    presupposed: bool = False  # only presupposed by an end wished or demanded: it stands, but no event is reported
    subject_end: int | None = None  # where the subject's mention ends in `sentence.doc`'s text
    extractor: tuple[str, str] | None = None  # (name, version) of a component other than the rules that found it


@dataclass
class Context:
    """What a builder needs besides the trigger: the sentence's mentions and dated expressions."""

    sentence: Span
    mentions: list[Mention]
    dates: list[tuple[Span, str]]
    kind: Callable[[str], str]
    last_igo: str | None
    triggers: dict[str, frozenset[int]]  # trigger words of the sentence by predicate
    topic: tuple[str, str] | None = None  # the pair of states the document relates most so far
    decider: str | None = None  # the last actor the document said decided or announced something
    focus: str | None = None  # the state the document has named most so far
    article: str | None = None  # the article's date, YYYY-MM-DD

    @cached_property
    def swallowed(self) -> dict[int, int]:
        """Token id of each actor that a parser slip took from a verb's subject (`syntax.swallowed_subject`)
        → that verb's token id; read once per sentence."""
        actors = {m.root for m in self.mentions if m.via != "city"}  # (a city never acts)
        return {t.i: verb.i for verb in self.sentence for t in swallowed_subject(verb, actors)}


@resources.per_language
def _roles_cfg(predicate: str) -> dict[str, Any]:
    roles = resources.toml("roles.toml")
    events = resources.toml("events.toml")["roles"]  # an event predicate's own, else its direction's
    cfg = roles.get(predicate) or events.get(predicate) or events[
        "symmetric" if ontology().is_symmetric(predicate) else "directed"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in cfg.items()}


def _fits(m: Mention, cfg: dict[str, Any], side: str) -> bool:
    kinds = cfg.get(f"{side}_kinds")
    return kinds is None or m.kind in kinds


def _host_verbs() -> frozenset[str]:
    return resources.word_set("triggers.toml", "host_verbs", "words")


def date_for(trigger: Token, chain: list[Token], ctx: Context) -> str | None:
    """The date attached nearest (in the parse) to the trigger or its governing words; else the date
    of the clause it is reported or situated in ("X said Tuesday that ...", "... when they signed")."""
    level = {t.i: n for n, t in enumerate(chain)}
    if trigger.pos_ in ("NOUN", "PROPN"):  # "relations ..., which began on <date>"
        level |= {t.i: 0 for t in trigger.subtree if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB"}
    best: tuple[int, int, str] | None = None
    for span, value in ctx.dates:
        r = role(span.root, set(level), max_steps=6)
        if r is not None and (best is None or (level[r.anchor], r.steps) < best[:2]):
            best = (level[r.anchor], r.steps, value)
    if best:
        return best[2]
    head = next(t for t in reversed(chain) if t.i == trigger.i or t.head.i != trigger.i)  # not a clause on it
    if head.dep_ == "ccomp" or (head.dep_ == "advcl" and any(c.lower_ in resources.words("when") for c in head.children)):
        return date_for(head.head, anchor_chain(head.head), ctx)
    return None


def _valid_actor(m: Mention) -> bool:
    return m.kind in STATE_KINDS or m.kind in ("igo", "org")


@dataclass(frozen=True)
class Arg:
    """An actor mention with its role to a trigger and the chain position of the word it attaches to."""

    mention: Mention
    role: str
    level: int
    direct: bool


def _controller_level(chain: list[Token]) -> int:
    """The chain position above which subjects do not control the trigger: "pushed nations to add
    sanctions": the object of a verb of object control (`data/cues.toml` [object_control]) governing an
    infinitive is its subject; in "use it to support" the object is only an instrument."""
    control = resources.word_set("cues.toml", "object_control", "verbs")
    for level, t in enumerate(chain[1:], start=1):
        prev = chain[level - 1]
        if prev.dep_ in ("xcomp", "advcl") and t.lemma_.lower() in control and any(
                c.dep_ == "dobj" for c in t.children):
            return level
    return len(chain)


def _joined_in(chain: list[Token], level: int) -> bool:
    """Whether the chain word at `level` is a verb of joining others "in" the act below it ("X joined Y
    in cutting ties"), whose object does the act too."""
    verbs = resources.word_set("cues.toml", "co_agents", "verbs")
    return 0 < level < len(chain) and chain[level].lemma_.lower() in verbs and chain[level - 1].lower_ in resources.words("in")


def _judge_level(trigger: Trigger, chain: list[Token], ctx: Context) -> int:
    """The chain position of a verb judging the trigger's event ("China and Russia condemned the
    US-South Korean drills"): its subject judges the event, it takes no part in it. A judging verb
    the trigger is only coordinated with shares its subject ("X backed Y and threatened Z"), and a
    role the subject acts "as" is its own."""
    if len(chain) > 1 and chain[0].dep_ == "pobj" and chain[1].lower_ in resources.words("as_role"):
        return len(chain)  # "Malaysia, as the Chair of ASEAN, welcomed ...": the role is the subject's own
    judging = _judging() - {trigger.predicate}
    judges = {i for p in judging for i in ctx.triggers.get(p, frozenset())}
    return next((n for n, t in enumerate(chain) if n and t.i in judges and chain[n - 1].dep_ != "conj"),
                len(chain))


def _adverbial_level(chain: list[Token], through: frozenset[str] = frozenset()) -> tuple[int, bool] | None:
    """The chain position of the adverbial phrase a noun trigger sits in ("despite the efforts of X",
    "in the face of the blockade"), None when it sits in none: a preposition of `[proxies]
    adverbial_preps`, or "in" with a noun of `adverbial_nouns`, governs it before any verb does (in
    "after establishing ties" the verb has the clause's subject). A preposition in `through` lets the
    clause's subject through when nothing qualifies the noun itself: "Macron said during a visit to
    Beijing" (Macron visits), but not "during Putin's visit to Pyongyang, Japan protested". A preposition
    of `describing_preps` on a noun said of the subject is no adverbial ("X is one of the countries with
    ties to Y"). Returned with whether the phrase is a circumstance ("in the face of"), whose clause's
    object is no party either."""
    preps = resources.word_set("cues.toml", "proxies", "adverbial_preps")
    nouns = resources.word_set("cues.toml", "proxies", "adverbial_nouns")
    describing = resources.word_set("cues.toml", "proxies", "describing_preps")
    own = any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in chain[0].children)
    for n, t in enumerate(chain):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ in ("ADP", "SCONJ") and t.lower_ in preps \
                and not (t.lower_ in describing and _said_of_subject(t.head)):
            return (n, False) if own or t.lower_ not in through else None
        if n and t.lower_ in nouns and t.head.lower_ in resources.words("in"):
            return n, True
    return None


def _said_of_subject(noun: Token) -> bool:
    """Whether a noun is what its clause says the subject is, so that a phrase on it describes the subject:
    "Cuba is one of the few countries with close relations with North Korea", "Armenia is among the
    nations with ties to Iran"."""
    sets = resources.word_set("cues.toml", "proxies", "set_preps")
    for _ in range(4):
        if noun.dep_ in ("attr", "appos"):
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ not in sets:
            return False
        noun = noun.head.head  # "one of the countries", "among the nations"
        if noun.pos_ == "AUX" or noun.lemma_.lower() in resources.words("copula"):
            return True
    return False


def _args(trigger: Trigger, chain: list[Token], ctx: Context) -> list[Arg]:
    tok = trigger.token
    # every word of a phrase trigger is an anchor: "drew closer to Russia" attaches "to" to "closer"
    ids = {i: 0 for i in range(trigger.start, trigger.end)} | {t.i: n for n, t in enumerate(chain)}
    if trigger.predicate == "sanction":  # what a ban stops: "its ban on issuing visas to Russians"
        ids = {t.i: 0 for t in _stopped_acts(tok)} | ids
    places: dict[int, int] = {}
    if trigger.predicate == "military_presence":  # the unit the troops make up or serve in: its place hosts them
        units, places = _units(chain)
        ids = units | ids
    flip = trigger.predicate in ("military_presence", "embassy") and any(
        listed(t, _host_verbs()) for t in chain)
    # "X is the victim/target of a blockade by Y": the subject undergoes the event
    patient = any(t.pos_ == "NOUN" and t.lemma_.lower() in resources.word_set("cues.toml", "proxies", "patient_nouns")
                  for t in chain)  # the noun, not "those subject to sanctions"
    # "Cuba is under sanctions imposed by the US", "both remain under an embargo", "X is banned from launches
    # under UN sanctions resolutions": the subject bears it
    held = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    under = held.dep_ == "pobj" and held.head.lower_ in resources.word_set("cues.toml", "proxies", "patient_preps")
    # "Iran faces new sanctions from the EU", "Cuba has suffered the embargo for decades": the subject bears it
    bears = tok.dep_ == "dobj" and tok.head.lemma_.lower() in resources.word_set("cues.toml", "proxies", "patient_verbs")
    # (parties to a deal or tie are no patients: "under an agreement with Australia, Nauru hosts ...")
    patient = (patient or under or bears) and not ontology().is_symmetric(trigger.predicate)
    # (an agent noun in apposition describes the actor it follows, whatever phrase that sits in: "X is
    # cementing ties with Russia, a long-time ally" is an ally of X)
    adverbial = _adverbial_level(chain, frozenset(_roles_cfg(trigger.predicate).get("subject_through", ()))) \
        if tok.pos_ in ("NOUN", "PROPN") and not (tok.dep_ == "appos" and _agent_noun(trigger)) else None
    # "X thanked Y for its support": Y supports X; "thanked Y for deploying troops": Y deploys them
    thanks = resources.word_set("cues.toml", "thanks", "verbs")
    thanked = None if subjects(tok) else next((n for n, t in enumerate(chain) if n and t.lemma_.lower() in thanks),
                                              None)
    # "Ghana received food aid from Japan", "X won backing from Y": the subject is the recipient
    received = trigger.predicate in ("aid", "support") and any(
        t.lemma_.lower() in resources.word_set("cues.toml", "thanks", "receiving") for t in chain)
    # "the drills prompted a warning from Pyongyang", "X's decision drew condemnation from China": the
    # verb's subject is the one judged
    reaction = trigger.predicate == "criticism" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in resources.word_set("cues.toml", "reactions", "verbs")
    # "despite our warnings, X started the drills", "in spite of protests from Y, X went ahead": the
    # clause's subject is the one warned, when the warning names no target of its own
    reaction = reaction or (trigger.predicate == "criticism" and tok.pos_ == "NOUN" and tok.dep_ == "pobj"
                            and tok.head.lower_ in resources.word_set("cues.toml", "reactions", "concessions")
                            and not any(c.dep_ == "prep" for c in tok.children if c.lower_ not in
                                        resources.words("agent_preps")))
    control = _controller_level(chain)
    judged = _judge_level(trigger, chain, ctx)
    swallowed = ctx.swallowed
    # a clause on a noun trigger is its own, whoever judges it: "rejected the sanctions imposed by X on Y"
    # (unless the clause judges it: "a deal the Somali government has rejected")
    own_clause = {n for n, t in enumerate(chain) if n and n != judged and t.head.i == tok.i
                  and t.dep_ in ("relcl", "acl")}
    city_roles = _roles_cfg(trigger.predicate).get("city", frozenset())
    blocked = ctx.triggers.get(trigger.predicate, frozenset()) - {tok.i}
    out: list[Arg] = []
    previous: Arg | None = None
    following: Arg | None = None  # the last actor "followed by" made a subject, continued by a list
    referring = {m.root for m in ctx.mentions if m.via == "coref"}
    for m in ctx.mentions:
        if not _valid_actor(m) or _qualifies_reference(m, referring, ctx) or _qualifies_member(m, tok, ctx):
            continue
        if trigger.start <= m.root < trigger.end:
            if m.via == "coref":  # "the two long-time allies": the trigger itself refers to the pair
                out.append(Arg(m, "subj", 0, True))
            elif trigger.mode == "named_within":  # "the one-China principle" is China's
                out.append(Arg(m, "within", 0, True))
            continue
        if under and m.root == held.head.head.i:  # "Russia, under EU sanctions since 2014, ...": the noun
            previous = Arg(m, "on", ids.get(m.root, 1), True)  # the phrase qualifies bears them
            out.append(previous)
            continue
        if m.root == tok.head.i and (tok.dep_ == "appos" or tok.dep_ == "compound" and _qualified(tok, ctx)):
            previous = Arg(m, "appos", 1, True)  # "Turkey, a member of NATO", "NATO member Turkey": the
            out.append(previous)                 # noun it is in apposition to, or names before
            continue
        if _participle_of(tok) and (m.root == tok.head.i or tok.head.dep_ == "appos" and m.root == tok.head.head.i):
            previous = Arg(m, "pass", 1, True)  # "the two countries sanctioned by X", "Cuba, país sancionado
            out.append(previous)                # por X": the noun a passive participle describes undergoes it
            continue
        if m.root in swallowed:  # "condemned the regime and the EU imposed sanctions": the EU imposed them
            level = next((n for n, t in enumerate(chain) if t.i == swallowed[m.root]), None)
            if level is not None:
                previous = Arg(m, "subj", level, True)
                out.append(previous)
            continue
        if _absolute(ctx.sentence.doc[m.root], tok) or _posting(ctx.sentence.doc[m.root]) and \
                trigger.predicate not in resources.word_set("cues.toml", "proxies", "posting_hosts"):
            continue
        if trigger.mode == "help" and _helped(ctx.sentence.doc[m.root], tok):
            previous = Arg(m, "dobj", 0, True)  # "help Egypt build a plant": the parser makes Egypt the
            out.append(previous)                # subject of the end helped to
            continue
        if trigger.predicate == "sanction" and _cut_off_partner(ctx.sentence.doc[m.root], tok):
            previous = Arg(m, "on", 0, True)  # "prohibit the transfer of arms to North Korea"
            out.append(previous)
            continue
        host = _naming_host(ctx.sentence.doc[m.root], ids) if trigger.predicate == "military_presence" else None
        if host is not None and m.kind in STATE_KINDS and m.via != "coref":  # "the Estonian battlegroup" is in Estonia
            previous = Arg(m, "in", host, True)
            out.append(previous)
            continue
        if m.root in places and m.kind in STATE_KINDS:
            previous = Arg(m, "in", places[m.root], True)
            out.append(previous)
            continue
        r = role(ctx.sentence.doc[m.root], set(ids), blocked=blocked)
        follower = _follower_level(ctx.sentence.doc[m.root], ids) if r is None else None
        if follower is None and following is not None and _listed_after(following.mention, m, ctx.sentence.doc):
            follower = following.level  # "..., followed by Vietnam in 1995, Laos and Myanmar in 1997"
        if follower is not None:  # "X joined ASEAN in 1984, followed by Vietnam": Vietnam joined too
            previous = following = Arg(m, "subj", follower, True)
            out.append(previous)
            continue
        if r is None:
            if previous is not None and _listed_after(previous.mention, m, ctx.sentence.doc) and (
                    m.via != "city" or previous.role in city_roles) and not _reporter(ctx.sentence.doc[m.root]):
                previous = Arg(m, previous.role, previous.level, previous.direct)
                out.append(previous)
            continue
        if previous is not None and r.name in ("subj", "pass") and previous.role not in ("subj", "pass") \
                and _list_tail(previous.mention, m, ctx.sentence.doc):
            previous = Arg(m, previous.role, previous.level, previous.direct)  # "to Vietnam, China, and Laos
            out.append(previous)  # involves ...": the parser made the list's last item the verb's subject
            continue
        if m.via == "city" and r.name not in city_roles:
            continue  # a city is only the place of the event, never an actor
        level = ids[r.anchor]
        name = r.name
        prep = ctx.sentence.doc[m.root].head
        if prep.pos_ == "ADP" and trigger.start <= prep.i < trigger.end:
            name = "dobj"  # the object of a phrase's own preposition: "stood by Russia", "sided with X"
        if thanked is not None and (name == "poss" and m.via == "coref"):
            continue  # "its support" is the thanked one's, already the object of the thanks
        if level == thanked and name == "subj" and trigger.predicate not in ("support", "aid"):
            continue  # the thanker only receives what the thanked gives
        if level == thanked and name in ("subj", "dobj"):
            name = "for" if name == "subj" else "subj"
        elif name == "subj" and received:
            name = "to"
        elif name in ("subj", "poss") and reaction and level > 0:
            name = "against"
        elif name == "subj" and flip:
            name = "in"
        elif name in ("with", "from") and trigger.predicate == "sanction" and _shut(tok):
            name = "on"  # "closed its border with Niger", "banned arms transfers to and from X" (on the verb)
        elif name == "for" and flip:
            name = "of"  # "X serves as a base for French troops": the troops' state is there
        elif name == "pass" and _stance(tok):
            name = "subj"  # "Israel is opposed to French mediation": the one opposed holds the stance
        elif name == "subj" and patient or name == "pass" and under:
            name = "on"  # ("X is banned from launches under UN sanctions": the passive subject bears them too)
        elif name == "dobj" and level == control:
            name = "controller"  # the object controlling the infinitive: its subject
        elif name == "dobj" and _joined_in(chain, level):
            name = "subj"  # "Mali joined Niger in cutting ties": Niger cut them first
        if name in ("subj", "pass") and adverbial is not None or (level >= judged and name != "poss"
                                                                    and level not in own_clause):
            continue
        if level >= control and name in ("subj", "pass", "poss", "amod", "compound"):
            continue  # "X's decision pushed nations to add sanctions": the nations act, not X
        name = "subj" if name == "controller" else name
        if adverbial is not None and adverbial[1] and level > adverbial[0] and name in ("dobj", "dative"):
            continue  # the clause's object is not the event's: "thanked X for ... in the face of the blockade"
        previous = Arg(m, name, level, r.direct)
        out.append(previous)
    return out


def _stance(verb: Token) -> bool:
    """Whether a verb is read as an adjective of stance whose passive subject holds it ([stance]: "X is
    opposed to Y"), with the preposition naming what it is held towards."""
    return verb.lemma_.lower() in resources.word_set("cues.toml", "stance", "verbs") and any(
        c.dep_ == "prep" and c.lower_ in resources.word_set("cues.toml", "stance", "preps") for c in verb.children)


def _unswallowed(chain: list[Token], ctx: Context) -> list[Token]:
    """The anchor chain up to a verb whose subject a parser slip put in the clause before it: that clause's
    subject is not the verb's ("Russia condemned the regime and the EU imposed sanctions")."""
    verbs = set(ctx.swallowed.values())
    cut = next((n for n, t in enumerate(chain) if t.i in verbs), None)
    return chain if cut is None else chain[:cut + 1]


def _posting(word: Token) -> bool:
    """Whether an actor names where the one acting is posted: "India's ambassador to the United Nations
    criticised Pakistan", "China's envoy to the US visited Brazil" (the post of the clause's active
    subject, whom its acts are not aimed at, but for an embassy or expulsion, whose host it is; a passive
    subject's post is the host: "the US ambassador to Russia was expelled")."""
    while word.dep_ == "conj":
        word = word.head
    prep = word.head
    return word.dep_ == "pobj" and prep.dep_ == "prep" and resources.preposition(prep.lower_) == "to" \
        and prep.head.dep_ == "nsubj" and listed(prep.head, resources.word_set("cues.toml", "proxies", "postings"))


def _helped(word: Token, verb: Token) -> bool:
    """Whether a word (or the list it heads) is the subject of the clause of an end a verb of helping
    helps to ("Russia will help Egypt and Sudan build ...")."""
    while word.dep_ == "conj":
        word = word.head
    return word.dep_ == "nsubj" and word.head.head.i == verb.i and word.head.dep_ in ("ccomp", "xcomp")


def _linear_args(trigger: Trigger, ctx: Context) -> list[Arg]:
    """The actors of a verb the parser did not read as one (`syntax.slipped_verb`), by their order: its
    subject the actors named before it (outside places and topics: a preposition other than "of" or
    "including" puts an actor aside), its object the first actor named after it with those coordinated
    with it ("Several countries, including Iran and Cuba, back Maduro", "The Ministry of X rejects, in the
    strongest terms, the US certification"). None unless both sides name one."""
    doc = ctx.sentence.doc
    keep = resources.words("of") | resources.word_set("cues.toml", "slipped_verbs", "list_preps")

    def aside(m: Mention) -> bool:
        cur = doc[m.root]
        while cur.i != cur.head.i and cur.i != trigger.token.i:
            if cur.dep_ == "pobj" and cur.head.lower_ not in keep:
                return True
            cur = cur.head
        return False

    actors = [m for m in ctx.mentions if _valid_actor(m) and m.via != "city"]
    subjects = [m for m in actors if m.end <= trigger.start and not aside(m)]
    after = [m for m in actors if m.start >= trigger.end]
    if not subjects or not after:
        return []
    first = doc[after[0].root]
    same = {first.i} | {c.i for c in first.conjuncts}
    return [Arg(m, "subj", 0, True) for m in subjects] + [Arg(m, "dobj", 0, True) for m in after if m.root in same]


def _stopped_acts(tok: Token) -> list[Token]:
    """The acts a ban noun stops and what they act on, whose partners are its targets: "a ban on issuing
    visas to Russians" (issuing, visas), "the ban on selling arms to Libya"."""
    acts = [t for t in phrase(tok) if t.dep_ == "pcomp" and t.pos_ == "VERB"] if tok.pos_ == "NOUN" else []
    return acts + [c for a in acts for c in a.children if c.dep_ == "dobj"]


def _cut_off_partner(word: Token, verb: Token) -> bool:
    """Whether a word (or the list it heads) is the partner of trade or a border that a verb shuts, to or
    with which it runs: "prohibit the transfer of arms to North Korea", "suspended transactions with Niger"."""
    while word.dep_ == "conj" or word.dep_ == "compound" and listed(word.head, proxies()):
        word = word.head  # (a name before a noun standing for it: "to Niger Republic", "with the Niger junta")
    prep, thing = word.head, word.head.head
    if thing.dep_ == "acl" and thing.lemma_.lower() in resources.word_set("cues.toml", "proxies", "border_links") \
            and listed(thing.head, resources.word_set("cues.toml", "proxies", "borders")):
        thing = thing.head  # "closed the land borders connecting the country to Niger"
    shut = thing.dep_ == "dobj" and thing.head.i == verb.i or (  # "the closure of the borders linking it to X"
        thing.dep_ == "pobj" and thing.head.lower_ in resources.words("of") and thing.head.head.i == verb.i)
    return word.dep_ == "pobj" and resources.preposition(prep.lower_) in ("to", "with", "from") and shut and _shut(verb)


def _shut(verb: Token) -> bool:
    """Whether a verb shuts a border or trade it takes as its object ("closed its border with Niger"), or a
    noun of shutting names it with "of" ("the closure of the border with Somalia")."""
    shut = resources.word_set("cues.toml", "proxies", "borders") | resources.word_set("cues.toml", "proxies", "trade")
    if verb.pos_ == "NOUN":
        return any(c.dep_ == "prep" and c.lower_ in resources.words("of") and listed(g, shut)
                   for c in verb.children for g in c.children if g.dep_ == "pobj")
    return any(c.dep_ == "dobj" and listed(c, shut) for c in verb.children)


def _units(chain: list[Token]) -> tuple[dict[int, int], dict[int, int]]:
    """Token id → chain level of the units (battlegroups, missions, forces) that the troops of a presence
    trigger make up or serve in, whose place is the troops' host: the subject of a verb of composing ("the
    battlegroup in Lithuania is made up of soldiers from Germany", "a force, which includes troops from
    Italy") and the unit a verb names with a preposition ("soldiers from Chad joined the UN mission in
    Mali", "contributes a contingent to the Bulgarian battlegroup"); `data/<lang>/cues.toml` [presence_units].
    Returned with the other nouns said to be made up of the troops, which are the place itself: the parser
    hangs "which was made up of soldiers from X" on the nearest noun, the place of "the force in the
    country, which ..."."""
    nouns = resources.word_set("cues.toml", "presence_units", "nouns")
    composing = resources.word_set("cues.toml", "presence_units", "composing")
    preps = resources.word_set("cues.toml", "presence_units", "prepositions")
    units: dict[int, int] = {}
    places: dict[int, int] = {}
    for level, verb in enumerate(chain[1:], start=1):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        made = _subject_noun(verb) if listed(verb, composing) else None
        if made is not None and not (listed(made, nouns) or _host_named(made)):
            places.setdefault(made.i, level)
        served = [u for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                  for u in p.children if u.dep_ == "pobj"]
        for u in ([made] if made is not None else []) + served:
            if listed(u, nouns) or _host_named(u):
                units.setdefault(u.i, level)
    return units, places


def _subject_noun(verb: Token) -> Token | None:
    """The noun a verb says something of: its subject, the subject of the verb it is joined to, or the noun
    its relative clause hangs from ("the force, which ... was made up of soldiers"); None without one."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in resources.words("relative"):
            return subject
        if verb.dep_ == "relcl":
            return verb.head
        if subject is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _host_named(tok: Token) -> bool:
    """Whether a noun is a multinational unit named after its host ("battlegroup", "forward presence")."""
    names = resources.word_set("cues.toml", "presence_units", "host_named")
    return listed(tok, names) or (tok.i > 0 and f"{tok.nbor(-1).lower_} {tok.lower_}" in names)


def _naming_host(tok: Token, ids: dict[int, int]) -> int | None:
    """The chain level of the unit a word names as the host of, when it qualifies a unit named after its
    host that names no place of its own: "the Estonian battlegroup", "Poland's Enhanced Forward Presence"
    (in "the British battlegroup in Estonia" the British lead it); None otherwise."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "the Estonian and Lithuanian battlegroups"
    unit = tok.head
    if tok.dep_ not in ("amod", "compound", "poss") or unit.i not in ids or not _host_named(unit):
        return None
    placed = any(c.dep_ == "prep" and c.lower_ in resources.words("in") for c in unit.children)
    return None if placed else ids[unit.i]


def _agent_noun(trigger: Trigger) -> bool:
    """Whether the trigger names a party by its role ("ally", "partner", "supporter", "member")."""
    return trigger.mode == "agent" or trigger.token.lemma_.lower() in resources.word_set(
        "triggers.toml", "agent_nouns", "words")


def _follower_level(tok: Token, ids: dict[int, int]) -> int | None:
    """The chain level of the verb whose act `tok` repeats as the agent of "followed by" hanging from it
    ("X joined ASEAN in 1984, followed by Vietnam", "the US imposed sanctions, followed by the EU");
    None otherwise."""
    verbs = resources.word_set("cues.toml", "co_agents", "followers")
    for t in (tok, *tok.conjuncts):
        by = t.head
        verb = by.head
        if t.dep_ == "pobj" and by.dep_ == "agent" and verb.lemma_.lower() in verbs and verb.head.i in ids \
                and verb.dep_ in ("advcl", "conj", "acl"):
            return ids[verb.head.i]
    return None


def _list_tail(prev: Mention, m: Mention, doc) -> bool:
    """Whether `m` ends a list that `prev` is in with a comma and a conjunction ("A, B, and C")."""
    gap = [t.lower_ for t in doc[prev.end:m.start] if t.lower_ not in resources.words("the")]
    return len(gap) == 2 and gap[0] == "," and gap[1] in resources.words("list_joiners") - {","}


def _absolute(tok: Token, trigger: Token) -> bool:
    """Whether a word is in an absolute clause the trigger is outside of ("condemning X, with Russia's
    partner China abstaining"): a "with" whose object has a participle of its own describes a
    circumstance, not an argument."""
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in resources.words("with"):
            return any(c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN") for c in tok.children) \
                and trigger.i not in {t.i for t in tok.subtree}
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _qualifies_reference(m: Mention, referring: set[int], ctx: Context) -> bool:
    """Whether a name only qualifies a noun that refers to other actors: in "the two former Yugoslavian
    states" Yugoslavia describes the pair, it is no party."""
    tok = ctx.sentence.doc[m.root]
    return m.via != "coref" and m.kind in STATE_KINDS and tok.dep_ in ("amod", "compound") and tok.head.i in referring


def _qualifies_member(m: Mention, trigger: Token, ctx: Context) -> bool:
    """Whether a name only says whose member another actor is: in "NATO member Turkey criticised Sweden"
    Turkey criticises, NATO is no party (but to the membership its "member" names)."""
    tok = ctx.sentence.doc[m.root]
    member = tok.head
    return tok.dep_ == "compound" and member.i != trigger.i and member.dep_ == "compound" \
        and member.lemma_.lower() in resources.words("member") \
        and any(o.root == member.head.i for o in ctx.mentions if o is not m)


def _reporter(tok: Token) -> bool:
    """Whether a word is the subject of a verb of saying ("..., the White House said"): who reports the
    sentence, never an item of the list before its comma."""
    return tok.dep_ == "nsubj" and listed(tok.head, resources.word_set("cues.toml", "coref", "speech_verbs"))


def _listed_after(prev: Mention, m: Mention, doc) -> bool:
    """Whether `m` continues a list that `prev` is in, whatever the parse says: only commas,
    "and", articles, parenthesised numbers ("Switzerland (568), the EU (518)") and dates ("Vietnam in
    1995, Laos in 1997") between them."""
    gap = doc[prev.end:m.start]
    return 0 < len(gap) <= 6 and all(t.lower_ in resources.words("list_glue") or t.like_num or t.ent_type_ == "DATE" or (
        t.lower_ in resources.words("date_preps") and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "DATE")
        for t in gap) and any(t.lower_ in resources.words("list_joiners") for t in gap)


def build(trigger: Trigger, ctx: Context, mood: Mood) -> list[Candidate]:
    """Relation candidates asserted through `trigger` in its sentence (maybe none): its arguments
    paired, directed and dated; `mood` is the modality stage's reading of it (`modality.mood`): a
    hypothetical trigger asserts nothing but the standing relation an end it wishes presupposes. The
    trigger's attributes are the attributes stage's (`attributes_of`)."""
    tok = trigger.token
    chain = _unswallowed(anchor_chain(tok), ctx)
    apposed = _apposed_status(tok)
    apposed_dates = [d for d in ctx.dates if apposed is not None and d[0].start in apposed[1]]
    inner = {span.start for t in ctx.sentence if (a := _apposed_status(t)) for span, _ in ctx.dates
             if span.start in a[1]}
    if inner:  # a participle's dates are the ties' it describes, no other trigger's
        ctx = replace(ctx, dates=[d for d in ctx.dates if d[0].start not in inner])
    standing = None
    if mood.hypothetical:
        standing = _presupposed(trigger)  # "urged Russia to withdraw its troops": they are there
        if standing is None:
            return []
    if trigger.predicate == "aid" and _pledged(tok, chain, ctx):
        trigger = replace(trigger, predicate="support")  # "China will donate $28 million to Cape Verde": a pledge
    args = _linear_args(trigger, ctx) if slipped_verb(tok) else _args(trigger, chain, ctx)
    authors = _document_authors(tok, ctx) if trigger.predicate in _judging() else None
    if authors is not None:  # "a resolution introduced by X condemning Y": X judges Y
        subject_roles = _side_roles(_roles_cfg(trigger.predicate), trigger, "subject")
        args = [a for a in args if a.role not in subject_roles] + [Arg(m, "subj", 0, True) for m in authors] \
            if authors else []
    if not args:
        return []
    negated = mood.negated
    if trigger.mode == "reason" and negated:
        return []  # "did not expel X over its meddling" denies the expulsion, not the judgement
    if trigger.mode == "result" and negated:  # "did not recognise the results": a judgement against them
        trigger, negated = replace(trigger, predicate="criticism" if trigger.predicate == "support" else "support"), False
        if trigger.predicate == "support":
            return []  # "did not reject the results" backs no one
    date = date_for(tok, chain, ctx)
    ended = _ended_at(tok, chain, trigger, ctx)
    if ended:  # "X was a staunch ally of France until 2022", "had relations with Israel until 1972"
        trigger, date = replace(trigger, status=ended[0]), ended[1]
    span = _years_of(tok) if trigger.predicate == "diplomatic_relations" else None
    if span:  # "marked 80 years of diplomatic relations this year": they began 80 years before
        year = int((date or ctx.article or "0")[:4])
        date, trigger = (str(year - span), replace(trigger, status="established")) if year else (date, trigger)
    pairs = _pairs(trigger, args, ctx, chain)
    if trigger.predicate == "alliance" and _recognising_ally(trigger, pairs):  # ("an ally until 2018": severed)
        status = "severed" if trigger.status in ontology().ends else "maintained"
        trigger = replace(trigger, predicate="diplomatic_relations", status=status, mode="ally")
    trigger = replace(trigger, status=standing) if standing else trigger  # (the parties as the end names them)
    each = (_respective_dates(pairs, ctx) or _own_dates(pairs, ctx)) if date else {}
    moved = _switched(trigger, args, chain)
    out = [_candidate(_moved(trigger, moved, s, o), s, o, negated, each.get(s.actor) or each.get(o.actor) or date,
                      ctx) for s, o in pairs] + [
        _candidate(replace(trigger, status="established"), s, o, negated, date, ctx)
        for s, o in _favoured(trigger, args, pairs)]
    act = None if standing else _act_code(trigger, chain)
    for c in out:
        c.presupposed = standing is not None  # "urged X to withdraw its troops": they are there, none were sent
        c.cameo = act or c.cameo  # "France and Egypt held war games": military cooperation done (062, COOPERATE)
    out += _allied_founders(trigger, pairs, negated, date, ctx)
    if apposed is not None and ontology().is_symmetric(trigger.predicate):
        tie = replace(trigger, predicate="diplomatic_relations", status=apposed[0], mode=None)
        own = apposed_dates[0][1] if apposed_dates else None
        out += [_candidate(tie, s, o, False, own, replace(ctx, dates=apposed_dates)) for s, o in pairs]
    return out


def _act_code(trigger: Trigger, chain: list[Token]) -> str | None:
    """The CAMEO code of what the text reports of a relation when finer than its predicate's: cooperation
    only agreed, pledged, intended or to come is an intent to it, AGREE by what is intended ("agreed to
    lift the embargo" 0354, "will withdraw its troops" 035, "will share intelligence" 030, as the PLOVER
    manual codes promises); a material act a trigger names (`Trigger.act`: "shared intelligence with X"
    064, peacekeepers sent 074) when done and not ended ("withdrew its peacekeepers" protects no one)."""
    onto = ontology()
    codes = onto.get(trigger.predicate).codes_for(trigger.status)
    intending = resources.word_set("cues.toml", "done_acts", "intending")
    if is_future(trigger.token) or any(listed(t, intending) for t in chain[1:]):
        plover = onto.plover.get(codes.plover or "")
        if plover is None or plover.quad not in _cooperative_quads():
            return None
        table = resources.toml("events.toml")["embedding"]["codes"]["AGREE"]
        return table.get(codes.plover or "", table["default"])
    return None if not trigger.act or trigger.status in onto.ends else trigger.act


@resources.per_language
def _cooperative_quads() -> frozenset[str]:
    return frozenset(resources.toml("events.toml")["embedding"]["governs"]["AGREE"])


def _recognising_ally(trigger: Trigger, pairs: list[tuple[Mention, Mention]]) -> bool:
    """Whether an ally is one of a state whose allies are the states recognising it ("Paraguay remains
    Taiwan's only ally in South America": diplomatic ties, `data/en/triggers.toml` [diplomatic_allies]
    owners), not a defence commitment."""
    owners = resources.word_set("triggers.toml", "diplomatic_allies", "owners")
    return trigger.token.lemma_.lower() in resources.word_set("triggers.toml", "agent_nouns", "words") \
        and any(m.actor.lower() in owners for pair in pairs for m in pair)


def _allied_founders(trigger: Trigger, pairs: list[tuple[Mention, Mention]], negated: bool, date: str | None,
                     ctx: Context) -> list[Candidate]:
    """Founders of a mutual-defence organisation commit to defend each other, so each pair of them is
    allied: "Niger, Mali and Burkina Faso established the Alliance of Sahel States" (the organisations of
    `data/en/triggers.toml` [defence_organisations]); [] for any other trigger."""
    if trigger.predicate != "membership" or trigger.mode != "founding" or trigger.status != "joined":
        return []
    defence = resources.word_set("triggers.toml", "defence_organisations", "ids")
    founders = list({s.actor: s for s, o in pairs if o.actor.lower() in defence and s.kind in STATE_KINDS}.values())
    ally = replace(trigger, predicate="alliance", mode=None, status="established", attrs={})
    return [_candidate(ally, a, b, negated, date, ctx) for a, b in combinations(founders, 2)]


def _apposed_status(tok: Token) -> tuple[str, range] | None:
    """The status a participle set off by a comma after a relational noun gives the ties it describes,
    with the words of that participle phrase: "agreed to restore diplomatic relations, severed since
    1961, in December 2014" (severed in 1961, restored in December 2014); "upgraded their relations,
    established in 1974" (established in 1974). None without one."""
    doc = tok.doc
    if not listed(tok, resources.word_set("triggers.toml", "relational", "words")) or tok.i + 2 >= tok.sent.end \
            or doc[tok.i + 1].text != "," or doc[tok.i + 2].tag_ != "VBN":
        return None
    table = resources.toml("triggers.toml")["governors"]["diplomatic_relations"]
    verb = doc[tok.i + 2]
    status = next((st for st, words in table.items() if verb.lemma_.lower() in words or verb.lower_ in words), None)
    if status is None or status == "maintained":
        return None
    end = next((t.i for t in doc[verb.i:tok.sent.end] if t.is_punct), tok.sent.end)
    return status, range(verb.i, end)


def _favoured(trigger: Trigger, args: list[Arg], pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """The ties a break establishes with the state it favours ("rompió relaciones con Taiwán en favor de
    China"): each party that broke, paired with that state (roles.toml `favoured`)."""
    roles = _roles_cfg(trigger.predicate).get("favoured", frozenset())
    gained = [a.mention for a in args if a.role in roles and a.mention.kind in STATE_KINDS]
    if not gained or trigger.status != "severed":
        return []
    lost = {a.mention.actor for a in args if a.role in _roles_cfg(trigger.predicate)["partner"]}
    breaking = {s.actor: s for pair in pairs for s in pair if s.actor not in lost}
    return [(s, g) for s in breaking.values() for g in gained if s.actor != g.actor]


def _judging() -> frozenset[str]:
    return resources.word_set("triggers.toml", "judging", "predicates")


def _document_authors(tok: Token, ctx: Context) -> list[Mention] | None:
    """The actors whose judgement a document's is ("a resolution introduced by the US and Albania
    condemning Moscow", "the Assembly approved a resolution that calls for Russia to withdraw"): its
    authors, else the body adopting it; [] when it was vetoed or rejected; None when the judging word
    is no document's (`data/<lang>/cues.toml` [documents])."""
    cues = resources.toml("cues.toml")["documents"]
    nouns = [tok.head] if tok.dep_ in ("acl", "relcl") else [c for c in tok.children if c.dep_ == "nsubj"]
    noun = next((n for n in nouns if n.lemma_.lower() in cues["nouns"]), None)
    if noun is None:
        return None
    authors = {p.i for v in noun.children if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in cues["authoring"]
               for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"}
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if not authors and verb is not None and verb.lemma_.lower() in cues["failing"]:
        return []
    if not authors and verb is not None and verb.lemma_.lower() in cues["adopting"]:
        authors = {c.i for c in verb.children if c.dep_ == "nsubj"}
    authors |= {c.i for i in authors for c in ctx.sentence.doc[i].conjuncts}
    found = [m for m in ctx.mentions if m.root in authors and _valid_actor(m)]
    return found or None


def _presupposed(trigger: Trigger) -> str | None:
    """The standing status an end only demanded, planned or wished presupposes ("called on Russia to
    withdraw its troops from Ukraine": they are deployed), per `data/en/triggers.toml` [presupposed];
    None when the trigger presupposes nothing."""
    table = resources.toml("triggers.toml")["presupposed"]
    return table[trigger.predicate]["standing"] if trigger.status in table.get(trigger.predicate, {}).get(
        "ends", ()) else None


def _ended_at(tok: Token, chain: list[Token], trigger: Trigger, ctx: Context) -> tuple[str, str] | None:
    """The ending status and date of a standing relation said to have lasted "until" a date, when the
    predicate has a status for its end (severed, ended, withdrawn ...); None otherwise."""
    ends = [s for s in ontology().get(trigger.predicate).statuses if s in ontology().ends]
    if not ends or trigger.status not in (None, "maintained", "member", "deployed"):
        return None
    until = resources.words("until")
    untils = {c.i for t in chain for c in t.children if c.dep_ == "prep" and c.lower_ in until}
    # "an ally of France until the military seized power in 2022": the date of the clause that ended it
    clauses = [{w.i for w in c.subtree} for t in chain for c in t.children
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in until for m in c.children)]
    for span, value in ctx.dates:
        if span.root.head.i in untils or span.root.i in untils or any(span.root.i in c for c in clauses):
            return ends[0], value
    return None


def _named_by_proxy(m: Mention, ctx: Context) -> bool:
    """Whether an actor is named as "of" a noun standing for it ("a confederation of the AES")."""
    from .syntax import proxies

    tok = ctx.sentence.doc[m.root]
    return tok.dep_ == "pobj" and tok.head.lower_ in resources.words("of") and tok.head.head.lemma_.lower() in proxies()


def _pledged(tok: Token, chain: list[Token], ctx: Context) -> bool:
    """Whether aid is only promised: in a future clause or under a verb of pledging ("pledged to send"); not
    aid named inside another event's noun, which the clause's tense does not reach ("will impose sanctions
    over their involvement in the transfer of weapons": the transfer happened)."""
    others = {i for p, ids in ctx.triggers.items() if p != "aid" for i in ids}
    if any(t.i in others and t.pos_ == "NOUN" for t in chain[1:]):
        return False
    pledges = resources.word_set("cues.toml", "pledges", "verbs")
    return is_future(tok) or any(t.lemma_.lower() in pledges for t in chain) or offered(chain)


def _years_of(tok: Token) -> int | None:
    """The length of "N years (decades) of relations", or the N of their Nth anniversary ("the 50th
    anniversary of diplomatic relations", "our relations celebrated their 50th anniversary last year"):
    the time since they began; None otherwise."""
    span = tok.head.head if tok.head.lower_ in resources.words("of") and tok.dep_ == "pobj" else None
    unit = resources.toml("cues.toml")["durations"].get(span.lemma_.lower()) if span is not None else None
    count = next((parse_number(c.text) for c in span.children if c.dep_ == "nummod"), None) if unit else None
    if count:
        return int(count * unit)
    anniversaries = resources.word_set("cues.toml", "anniversaries", "nouns")
    marked = [c for c in tok.head.children if c.dep_ == "dobj" and listed(c, anniversaries)] \
        if tok.dep_ == "nsubj" else []
    of = resources.words("of")
    for noun in (tok, tok.head.head):  # "the 50th anniversary of (the establishment of) relations"
        if noun.dep_ == "pobj" and noun.head.lower_ in of and listed(noun.head.head, anniversaries):
            marked.append(noun.head.head)
    return next((n for a in marked for c in a.children if c.dep_ in ("amod", "nummod") and (n := ordinal(c.text))),
                None)


def _switched(trigger: Trigger, args: list[Arg], chain: list[Token]) -> dict[str, str]:
    """Actor → status for a recognition moved from one state to another ("switched recognition from
    Taipei to Beijing"): ties with the state it leaves are severed, with the one it goes to established."""
    verbs = resources.word_set("triggers.toml", "recognition_switch", "verbs")
    if trigger.mode != "recognition" or not any(t.lemma_.lower() in verbs for t in chain):
        return {}
    status = {"from": "severed", "to": "established"}
    return {a.mention.actor: status[a.role] for a in args if a.role in status}


def _moved(trigger: Trigger, moved: dict[str, str], s: Mention, o: Mention) -> Trigger:
    """The trigger with the status a recognition switch gives the pair (unchanged otherwise)."""
    status = moved.get(o.actor) or moved.get(s.actor)
    return replace(trigger, status=status) if status else trigger


def _respective_dates(pairs: list[tuple[Mention, Mention]], ctx: Context) -> dict[str, str]:
    """Actor → date for "with X and Y on 9 and 24 November, respectively": the actors paired with one
    shared actor take the sentence's dates in order, when there are as many of each."""
    if not any(t.lower_ in resources.words("respectively") for t in ctx.sentence) or len(pairs) < 2:
        return {}
    shared = set.intersection(*({s.actor, o.actor} for s, o in pairs))
    others = sorted({m.actor: m for pair in pairs for m in pair if m.actor not in shared}.values(),
                    key=lambda m: m.start)
    dates = [v for _, v in sorted(ctx.dates, key=lambda d: d[0].start)]
    return {m.actor: d for m, d in zip(others, dates)} if len(shared) == 1 and len(others) == len(dates) else {}


def _own_dates(pairs: list[tuple[Mention, Mention]], ctx: Context) -> dict[str, str]:
    """Actor → date for actors each followed by a date of their own when the sentence gives several:
    "Brunei joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997" (Laos and
    Myanmar share 1997: a date after a list is its members')."""
    if len({v for _, v in ctx.dates}) < 2:
        return {}
    doc = ctx.sentence.doc
    after = {span.start: value for span, value in ctx.dates}
    out: dict[str, str] = {}
    pending: list[str] = []
    for m in sorted({m.actor: m for pair in pairs for m in pair}.values(), key=lambda m: m.start):
        pending.append(m.actor)
        nxt = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ in resources.words("date_preps") else None
        if nxt is not None and nxt in after:
            out.update({a: after[nxt] for a in pending})
            pending = []
        elif m.end < len(doc) and doc[m.end].lower_ not in resources.words("list_joiners"):
            pending = []
    return out


def _participle_of(tok: Token) -> bool:
    """Whether a trigger is a participle describing the noun it hangs from ("countries sanctioned by X";
    Spanish "sancionados", which the small model may tag an adjective)."""
    return tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and (
        tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm"))


def _nearest(args: list[Arg]) -> list[Arg]:
    """The arguments attached lowest in the chain (the nearest controller: in "India welcomes
    Angola's decision to join", Angola joins)."""
    if not args:
        return args
    low = min(a.level for a in args)
    return [a for a in args if a.level == low]


def _object_unsaid(verb: Token) -> bool:
    """Whether a verb leaves its object unsaid, naming at most when ("Sweden joined the following year",
    "Burundi left in 2016")."""
    def timely(t: Token) -> bool:
        return t.ent_type_ in ("DATE", "TIME") or t.like_num
    return verb.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "dative", "attr", "oprd") and not timely(c)
        or c.dep_ == "prep" and any(g.dep_ == "pobj" and not timely(g) for g in c.children)
        for c in verb.children)


def _reason_pairs(trigger: Trigger, ctx: Context) -> list[tuple[Mention, Mention]]:
    """(judge, judged) for an act done because of another's act: the acting clause's subjects judge the
    owners of the act given as the reason ("Venezuela expelled the envoys because of their interference")."""
    verb = reasoned_act(trigger.token)
    if verb is None or verb.i in ctx.triggers.get("support", ()):
        return []  # "praised China over its support": a reason for praise judges no one badly
    while not subjects(verb) and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "he requested X and requested Y because of ...": the shared subject
    judges = [m for m in subject_mentions(verb, ctx.mentions) if _valid_actor(m)]
    noun = trigger.token
    of = resources.words("of") | resources.words("agent_preps")
    owned = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    agents = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in of for g in c.children if g.dep_ == "pobj"]
    owners = _actors_at(owned, ctx) or _actors_at(agents, ctx) or _punished(verb, ctx)
    return [(j, o) for j in judges for o in owners if j.actor != o.actor]


def _punished(verb: Token, ctx: Context) -> list[Mention]:
    """Whom an act given a reason acts on, the owners of an unowned reason: "sanctions on Belarus for
    repression and support for Russia" (Belarus's repression, Belarus's support); the targets the act names
    ("on North Korea") before its object ("its sanctions", the punisher's)."""
    acted = acted_on(verb)
    targets = [t for t in acted if t.dep_ == "pobj"] or acted
    return _actors_at([t for o in targets for t in (o, *o.children)
                       if t is o or t.dep_ in ("amod", "compound", "poss")], ctx)


def _actors_at(tokens: Iterable[Token], ctx: Context) -> list[Mention]:
    """The actors (no cities) whose mentions are rooted at `tokens` or their conjuncts."""
    roots = {t.i for tok in tokens for t in (tok, *tok.conjuncts)}
    return [m for m in ctx.mentions if m.root in roots and m.via != "city" and _valid_actor(m)]


def _organisation_s_own(noun: Token, ctx: Context) -> bool:
    """Whether a noun is an organisation's own ("the bloc's membership", "NATO's enlargement"): what it
    names belongs to the organisation, not to the clause's actors."""
    doc = ctx.sentence.doc
    return noun.pos_ == "NOUN" and any(m.kind == "igo" and doc[m.root].dep_ == "poss" and doc[m.root].head.i == noun.i
                                       for m in ctx.mentions)


def _said_label_pairs(trigger: Trigger, ctx: Context) -> list[tuple[Mention, Mention]] | None:
    """(judge, judged) for a label said of an actor in a reported clause ("Finland and Sweden confirm that
    the PKK is a terrorist organisation"): the sayers judge the clause's subject; None for a label that
    the naming verb gives itself ("called Russia a threat"), which the roles read."""
    tok = trigger.token
    copula = tok.head
    if tok.dep_ != "attr" or copula.lemma_ not in resources.words("copula") or copula.dep_ != "ccomp":
        return None
    judged = [m for m in subject_mentions(copula, ctx.mentions) if _valid_actor(m)]
    judges = [m for m in subject_mentions(copula.head, ctx.mentions) if _valid_actor(m)]
    return [(j, o) for j in judges for o in judged if j.actor != o.actor]


def _pairs(trigger: Trigger, args: list[Arg], ctx: Context, chain: list[Token]) -> list[tuple[Mention, Mention]]:
    pred = trigger.predicate
    if trigger.mode == "reason":
        return _reason_pairs(trigger, ctx)
    said = _said_label_pairs(trigger, ctx) if trigger.mode == "label" else None
    if said is not None:
        return said
    if pred == "membership" and _organisation_s_own(trigger.token, ctx):
        return []  # "doubling the bloc's membership": the organisation's member count, no one's joining
    cfg = _roles_cfg(pred)
    actors = cfg.get("participant_kinds", STATE_KINDS | {"igo"})
    reason = reasoned_act(trigger.token) if trigger.token.pos_ == "NOUN" else None
    if ontology().is_symmetric(pred):
        mediators = resources.word_set("cues.toml", "mediation", "verbs")
        # "deals brokered by the US", "the US brokered a deal between A and B": the mediator is no party
        between = sum(a.role in ("between", "among") for a in args) >= 2
        part = [a.mention for a in args if a.role in _side_roles(cfg, trigger, "participant") and a.mention.kind in actors
                and not ((a.role == "by" or a.role == "subj" and between and a.level > 0)
                         and chain[a.level].lemma_.lower() in mediators)]
        if reason is not None and not any(a.level == 0 and a.mention in part for a in args):
            # "renewed its sanctions on North Korea for ... cooperation with Russia": the punished cooperates
            part = [m for m in _punished(reason, ctx) if m.kind in actors]
        partner_roles = _side_roles(cfg, trigger, "partner")
        if trigger.mode == "recognition" and recognised_as_office(trigger.token):
            return []
        partners = [a.mention for a in args if a.role in partner_roles and a.mention.kind in actors
                    and not (trigger.mode == "recognition" and (a.mention.person or a.level > 0 and a.role == "dobj"))]
        if not partners and len({m.actor for m in part}) < 2 and trigger.mode != "recognition":
            partners = [a.mention for a in args if a.role == "dobj" and a.mention.kind in STATE_KINDS]
        if not partners and _unresolved_partner(trigger.token, partner_roles, ctx):
            return []  # "A, B and C cut ties with the island" (unresolved): a partner, not each other
        if partners:
            return [(a, b) for a in part for b in partners if a.actor != b.actor]
        if trigger.mode == "recognition":
            return []  # a recognition needs the state recognised
        uniq = list({m.actor: m for m in part}.values())
        return list(combinations(uniq, 2))
    if trigger.mode == "meeting":
        venue = _named_venue(trigger.token, ctx)
        part = [a.mention for a in args if a.role in cfg["meeting_participant"] and a.mention.kind in STATE_KINDS
                and a.mention not in venue]
        where = [a.mention for a in args if a.role in cfg["meeting_location"] and a.mention.kind in STATE_KINDS] \
            or _relative_place(chain, ctx) or venue
        return [(p, w) for p in part for w in where if p.actor != w.actor]
    subject_roles = _side_roles(cfg, trigger, "subject")
    object_roles = _side_roles(cfg, trigger, "object")
    subject_args = [a for a in args if a.role in subject_roles and _fits(a.mention, cfg, "subject")
                    and (a.direct or pred != "membership") and (trigger.mode != "host" or _official(a, ctx))]
    # the giver of "the support Turkey has offered Somalia" is the noun's own, whoever welcomes it
    subject_args = [a for a in subject_args if _given_to(chain[a.level], trigger.token)] or _nearest(subject_args)
    subjects = [a.mention for a in subject_args]
    if reason is not None and not any(a.level == 0 for a in subject_args):
        subjects = [m for m in _punished(reason, ctx) if _fits(m, cfg, "subject")]  # not the punisher's
    # direct objects belong to the trigger (a verb) or the verb carrying it (a noun), not to verbs higher up
    verb_level = 0 if trigger.token.pos_ == "VERB" else next(
        (n for n, t in enumerate(chain) if n and t.pos_ in ("VERB", "AUX")), 1)
    objects = [a for a in args if a.role in object_roles and _fits(a.mention, cfg, "object")
               and not (a.role in ("dobj", "dative") and a.level > verb_level and not _given_to(chain[a.level], trigger.token))
               and not (a.role in cfg.get("named_only", ()) and a.mention.via == "coref")
               and not (a.role in cfg.get("no_persons", ()) and a.mention.person)
               and (a.direct or trigger.mode != "founding" or _named_by_proxy(a.mention, ctx))]
    if trigger.token.lemma_.lower() in cfg.get("addressed_verbs", ()) and any(
            a.role in cfg.get("reason_object", ()) for a in args):  # "complained to the UN over Israel's raids":
        objects = [a for a in objects if a.role not in cfg["addressee"]]  # the UN hears it, Israel is judged
    # "Japan and Australia are set to release sanctions against North Korean entities": the target the
    # trigger names itself, not a subject of the verbs above it
    # a trigger naming its own object ("in a rebuke of Brussels, Belgrade signed a deal with Moscow", "turn to
    # the UN to condemn Russia") has no other
    # (a clause on the trigger noun is its own: "the sanctions imposed on Iran by the US have crippled its
    # economy" target Iran)
    own_levels = {0} | {n for n, t in enumerate(chain) if n and t.dep_ in ("acl", "relcl") and t.head.i == trigger.token.i}
    own = [a for a in objects if a.level in own_levels]
    objects = [a.mention for a in (own or (_nearest(objects) if cfg.get("nearest_object") else objects))]
    objects = [_other_country(o, subjects, ctx) for o in objects]
    # ("launched a G7 initiative" founds no G7; "created a confederation of the AES" founds the AES)
    if pred == "membership" and subjects and not objects and ctx.last_igo and (
            trigger.token.lemma_ in resources.words("member") or (
                listed(trigger.token, resources.word_set("cues.toml", "coref", "joining")) and _object_unsaid(trigger.token))):
        # "current members Brazil, Russia and India" in a text about one organisation; "Sweden joined the
        # following year"
        objects = [Mention(trigger.start, trigger.end, trigger.token.i, ctx.last_igo, "igo", "coref", False, 0.5)]
    if not objects and subjects and "thing_object" in cfg:
        objects = _parties_of_thing(trigger.token, cfg["thing_object"], args, ctx) or \
            _decider_of(trigger.token, cfg["thing_object"], ctx) or \
            _agent_of_thing(trigger.token, cfg["thing_object"], ctx)
    if trigger.mode == "result":
        objects = _election_state(trigger.token, ctx)
    if not objects and subjects and cfg.get("clause_object"):
        objects = _clause_agents(trigger.token, ctx, ("ccomp",))
    if not objects and subjects and "subj_of_complement" in object_roles:
        objects = _clause_agents(trigger.token, ctx, ("ccomp", "xcomp", "advcl"))  # "calls for Russia to end"
    if not objects and subjects and "reason_object" in cfg:
        objects = [a.mention for a in args if a.role in cfg["reason_object"] and _fits(a.mention, cfg, "object")]
    if not objects and trigger.status and "acting_host" in cfg:
        objects = _acting_host(args, subjects, cfg["acting_host"])
    if not objects and subjects and "implied_host" in cfg and ontology().direction(trigger.status) < 0:
        objects = _implied_host(subjects, cfg, ctx)
    if pred == "military_presence" and objects and not subjects and ctx.last_igo and _host_named(trigger.token):
        # "four such battlegroups existed in Bulgaria, Hungary ...": the alliance the text speaks of
        subjects = [Mention(trigger.start, trigger.end, trigger.token.i, ctx.last_igo, "igo", "coref", False, 0.5)]
    if trigger.mode == "upholding":
        objects = [o for o in objects if _owns_upheld(ctx.sentence.doc[o.root])]
    group = list({m.actor: m for m in subjects}.values())
    # "X and Y reopened embassies" each in the other; a longer list only with "each other"; "reciprocal
    # embassies in Havana and Washington": each of the two places' states in the other
    if not subjects and len({m.actor for m in objects}) == 2 and _reciprocal_modifier(trigger.token):
        group = list({m.actor: m for m in objects}.values())
        return [(a, b) for a in group for b in group if a.actor != b.actor]
    own = {a.mention.actor for a in args if a.role in cfg.get("reciprocal", ())}
    if not objects and ((len(group) == 2 and {m.actor for m in group} <= own) or _reciprocal(trigger.token)
                        or _reciprocal_modifier(trigger.token)):
        return [(a, b) for a in group for b in group if a.actor != b.actor]
    return _respective_pairs(subjects, objects, ctx) or [(s, o) for s in subjects for o in objects if s.actor != o.actor]


def _owns_upheld(tok: Token) -> bool:
    """Whether an actor owns what an upholding trigger upholds (`data/<lang>/triggers.toml`, mode
    "upholding", its `within` words): "the sovereignty of Ukraine", "Azerbaijan's territorial integrity",
    "Ukrainian sovereignty". The upholders' own words are not ("Egypt and the UAE reaffirmed their
    commitment to ...", "stressed that they respect ...": "their", "they" are the subjects, not backed)."""
    upheld = frozenset(w for entry in resources.toml("triggers.toml")["trigger"] if entry.get("mode") == "upholding"
                       for w in entry.get("within", ()))
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in resources.words("of"):
        tok = tok.head
    return tok.dep_ in ("poss", "compound", "amod", "prep") and any(
        listed(t, upheld) for t in (tok.head, *tok.head.conjuncts))  # "the security and stability of Lebanon"


def _respective_pairs(subjects: list[Mention], objects: list[Mention], ctx: Context) -> list[tuple[Mention, Mention]]:
    """Subjects and objects paired in order when the sentence says "respectively" and names as many of
    each: "the UK and Germany lead the Estonian and Lithuanian battlegroups, respectively"; [] otherwise."""
    if not any(t.lower_ in resources.words("respectively") for t in ctx.sentence):
        return []
    subs, objs = ([m for m in {m.actor: m for m in side}.values()] for side in (subjects, objects))
    if len(subs) < 2 or len(subs) != len(objs):
        return []
    return [(s, o) for s, o in zip(sorted(subs, key=lambda m: m.start), sorted(objs, key=lambda m: m.start))
            if s.actor != o.actor]


def _qualified(tok: Token, ctx: Context) -> bool:
    """Whether a noun has an actor of its own before it ("NATO member", "EU member")."""
    return any(ctx.sentence.doc[m.root].head.i == tok.i and ctx.sentence.doc[m.root].dep_ == "compound"
               for m in ctx.mentions)


def _given_to(verb: Token, noun: Token) -> bool:
    """Whether `verb` is a relative clause on the trigger noun that gives it, whose object is the one
    given to: "the aid China has given Cuba", "the support Mexico has offered Castillo"."""
    return verb.dep_ == "relcl" and verb.head.i == noun.i and verb.lemma_.lower() in resources.word_set(
        "cues.toml", "giving", "verbs")


def _other_country(obj: Mention, subjects: list[Mention], ctx: Context) -> Mention:
    """"The country" that coreference took for the subject's own state stands for the state the
    document is about: in "India has 89 military personnel stationed in the country" (a text about
    the Maldives) India's troops are not in India. Other objects are returned as they are."""
    own = {m.actor for m in subjects}
    tok = ctx.sentence.doc[obj.root]
    if obj.via != "coref" or obj.actor not in own or ctx.focus in own | {None} \
            or tok.lemma_.lower() not in resources.word_set("cues.toml", "coref", "single_heads"):
        return obj
    return replace(obj, actor=ctx.focus, kind=ctx.kind(ctx.focus), confidence=obj.confidence * 0.8)


def _official(a: Arg, ctx: Context) -> bool:
    """Whether an argument names a person: a named official (itself the argument, not the owner of
    one: "welcomed Trump's lifting of sanctions"), or the state of an official named by title ("Niger's
    PM", "the Kenyan delegation"): the guest a host welcomes."""
    m = a.mention
    head = ctx.sentence.doc[m.root].head
    if m.person:
        return a.direct
    if head.dep_ == "prep" and head.lower_ in resources.words("of") and head.head.i != head.i:
        head = head.head  # "the president of Colombia", "el mandatario de Colombia"
    if head.i == m.root or head.lemma_.lower() not in resources.word_set("cues.toml", "officials", "titles"):
        return False
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head  # "President Donald Trump's": the name the title is part of
    return head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj")


def _acting_host(args: list[Arg], owners: list[Mention], roles: frozenset[str]) -> list[Mention]:
    """The state acting on another state's post, which hosts it: in "Venezuela ordered the closure of
    the missions of Chile and Peru" or "Russia shut the US consulate", the owners' posts are in the
    state that closes them (an owner closing its own post names no host)."""
    owned = {m.actor for m in owners}
    return [a.mention for a in args if a.role in roles and a.level > 0 and a.mention.kind in STATE_KINDS
            and owned and a.mention.actor not in owned]


def _named_venue(noun: Token, ctx: Context) -> list[Mention]:
    """The place a meeting is named by: a capital or city modifying the meeting noun ("the Helsinki summit
    between Trump and Putin", "the Geneva talks"), not one of parties joined by a hyphen ("the
    Moscow-Beijing talks")."""
    doc = ctx.sentence.doc
    senses = gazetteer().senses
    dashes = resources.words("hyphens")
    return [m for m in ctx.mentions if doc[m.root].head.i == noun.i and doc[m.root].dep_ == "compound"
            and not (m.start and doc[m.start - 1].text in dashes or m.end < len(doc) and doc[m.end].text in dashes)
            and (m.via == "city" or any(s.type in PLACE_TYPES for s in senses.get(doc[m.root].ent_id_, ()))
                 or _city_state(m, doc))]


def _city_state(m: Mention, doc) -> bool:
    """Whether a state is named by its capital of the same name, a city where meetings happen ("the
    Singapore summit", "talks in Monaco"): the actor KB's capital is the mention's text."""
    actor = kb().get(m.actor) if m.kind in STATE_KINDS else None
    return actor is not None and (actor.capital or "").lower() == doc[m.start:m.end].text.lower()


def _relative_place(chain: list[Token], ctx: Context) -> list[Mention]:
    """The place a "where" clause holding the trigger hangs from: "finalised in Manila, where the
    Japanese ministers are holding talks with their Philippine counterparts" (the talks are in Manila)."""
    top = chain[-1]
    if top.dep_ != "relcl" or not any(c.lower_ in resources.words("relative_place") for c in top.children):
        return []
    return [m for m in ctx.mentions if m.root == top.head.i and m.kind in STATE_KINDS]


def _implied_host(owners: list[Mention], cfg: dict[str, Any], ctx: Context) -> list[Mention]:
    """The host a withdrawal leaves when its clause names none: the one state, other than the owners,
    that the sentence names as the object of a preposition of `implied_host` ("obliged Russia to
    withdraw its troops" after "the altered status of Ukraine"); none when it names several or none."""
    owned = {m.actor for m in owners}
    doc = ctx.sentence.doc
    places = {m.actor: m for m in ctx.mentions
              if m.actor not in owned and not m.person and _fits(m, cfg, "object") and doc[m.root].dep_ == "pobj"
              and doc[m.root].head.lower_ in cfg["implied_host"]}
    return list(places.values()) if len(places) == 1 else []


def _reciprocal_modifier(tok: Token) -> bool:
    """Whether the trigger is qualified as going both ways: "reciprocal embassies", "mutual missions",
    "both parties reaffirmed mutual support", "mutual understanding and support" (the first of a
    coordination qualified for all)."""
    words = resources.word_set("cues.toml", "coref", "reciprocal_modifiers")
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(c.dep_ == "amod" and c.lower_ in words for h in heads for c in h.children)


def _unresolved_partner(tok: Token, roles: frozenset[str], ctx: Context) -> bool:
    """Whether the trigger word (or the verb carrying it) takes a partner in a role of `roles` that is a
    noun standing for a state ("ties with the island", "relations with that country") but resolved to no
    actor: the partner is there but unknown."""
    named = {i for m in ctx.mentions for i in range(m.start, m.end)}
    states = resources.word_set("cues.toml", "coref", "single_heads") | resources.word_set("cues.toml", "coref",
                                                                                           "island_heads")
    holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
    return any(p.dep_ == "prep" and resources.preposition(p.lower_) in roles and c.dep_ == "pobj"
               and c.lemma_.lower() in states and c.i not in named
               for h in holders for p in h.children for c in p.children)


def _side_roles(cfg: dict[str, Any], trigger: Trigger, side: str) -> frozenset[str]:
    """The roles filling `side` (subject/object, or a symmetric predicate's participant or partner): those of the
    trigger's mode ("agent_object", "recognition_partner"), else those of its status
    ("withdrawn_object": troops withdrawn FROM a host), else those of an owned noun ("owned_object": "its
    support of X"), else the predicate's."""
    owned = "owned" if any(c.dep_ == "poss" for c in trigger.token.children) and any(
        c.dep_ == "prep" and c.lower_ in resources.words("of") for c in trigger.token.children) else None
    for variant in (trigger.mode, trigger.status, owned):
        if variant and f"{variant}_{side}" in cfg:
            return cfg[f"{variant}_{side}"]
    return cfg[side]


def _parties_of_thing(tok: Token, deps: frozenset[str], args: list[Arg], ctx: Context) -> list[Mention]:
    """The parties to a deal or tie that stands for them as the object: the parties it names ("X
    welcomed the agreement between Iran and Egypt"), else, when it names none ("X fully supports this
    agreement", "Y condemned the accords"), the pair of states the document relates most ("the
    agreement" is its deal)."""
    onto = ontology()
    symmetric = {i for p, ids in ctx.triggers.items() if onto.is_symmetric(p) for i in ids}
    named = {i for a in args for i in range(a.mention.start, a.mention.end)}
    for thing in _objects_of(tok, deps):
        if thing.i not in symmetric:
            continue
        inside = {t.i for t in thing.subtree} - {thing.i}
        parties = [m for m in ctx.mentions if m.root in inside and m.kind in STATE_KINDS | {"igo"}
                   and m.via != "city"]
        if len({m.actor for m in parties}) >= 2:
            return parties
        if ctx.topic and not any(t.i in named or t.ent_type_ for t in thing.subtree):
            return [Mention(thing.i, thing.i + 1, thing.i, a, ctx.kind(a), "coref", False, 0.6)
                    for a in ctx.topic]
    return []


def _decider_of(tok: Token, deps: frozenset[str], ctx: Context) -> list[Mention]:
    """Whose "the decision" / "the move" an actor judges when it names nobody: the last actor the
    document said decided or announced something ("Ghana announced ... Nigeria welcomed the decision")."""
    nouns = resources.word_set("cues.toml", "decisions", "nouns")
    if ctx.decider is None:
        return []
    for thing in _objects_of(tok, deps):
        if thing.lower_ in nouns and not any(t.ent_type_ or t.pos_ == "PRON" for t in thing.subtree):
            return [Mention(thing.i, thing.i + 1, thing.i, ctx.decider, ctx.kind(ctx.decider), "coref", False, 0.6)]
    return []


def _agent_of_thing(tok: Token, deps: frozenset[str], ctx: Context) -> list[Mention]:
    """The agent of what an actor judges, named by a participle: "X rejected the sanctions imposed by
    Y", "X welcomed the steps taken by Y", "regrets the decision taken by the government of Y" (the
    judgement is of Y; the agent's phrase names it, as `syntax.phrase_mentions` reads it)."""
    agents = [p for thing in _objects_of(tok, deps) for acl in thing.children
              if acl.dep_ == "acl" and acl.pos_ == "VERB"
              for by in acl.children if by.dep_ == "agent"
              for p in by.children if p.dep_ == "pobj"]
    return [m for m in [m for a in agents for m in phrase_mentions(a, ctx.mentions)] if _valid_actor(m)]


def _election_state(tok: Token, ctx: Context) -> list[Mention]:
    """The state whose election result a verb judges: the state or person its object names ("the
    outcome of Belarus's vote", "Maduro's victory"), else the state the document is about."""
    inside = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
    named = [m for m in ctx.mentions if m.root in inside and m.kind in STATE_KINDS and m.via != "city"]
    if named:
        return named[:1]
    return [Mention(tok.i, tok.i + 1, tok.i, ctx.focus, ctx.kind(ctx.focus), "coref", False, 0.6)] \
        if ctx.focus else []


def _clause_agents(tok: Token, ctx: Context, deps: tuple[str, ...]) -> list[Mention]:
    """The actors doing what a verb's clause complement (of `deps`) reports: "the EU regrets that
    Mongolia did not comply", "X welcomed that Y had joined" (the judgement is of Mongolia, of Y)."""
    doers = {s.i for clause in tok.children if clause.dep_ in deps and clause.pos_ in ("VERB", "AUX")
             for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")}
    doers |= {c.i for i in doers for c in ctx.sentence.doc[i].conjuncts}
    return [m for m in ctx.mentions if m.root in doers and _valid_actor(m) and m.via != "city"]


def _objects_of(tok: Token, deps: frozenset[str]) -> list[Token]:
    """The nouns `tok` takes as its object: direct objects and objects of the prepositions in `deps`."""
    out = [c for c in tok.children if c.dep_ == "dobj" and "dobj" in deps]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in deps:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _reciprocal(tok: Token) -> bool:
    """Whether the event's object is "one another" / "each other", or the event is traded or exchanged
    ("traded accusations", "exchanged threats"): both directions hold."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in resources.word_set("cues.toml", "coref", "reciprocal_verbs"):
        return True
    words = {t.lower_ for t in tok.subtree} | {t.lower_ for t in tok.head.subtree if t.dep_ in ("dobj", "pobj")}
    return any(words.issuperset(pair) for pair in resources.toml("words.toml")["reciprocal"])


def attributes_of(trigger: Trigger, ctx: Context) -> dict[str, Any]:
    """The attributes read around a trigger (sectors, name, instrument, counts), the same for every pair
    of actors it relates: the attributes stage gives them to the trigger's candidates (read once
    per trigger: a sentence listing n states makes n² pairs, and reading the words around the trigger
    for each pair made such sentences cubic in their length)."""
    pred = trigger.predicate
    tok = trigger.token
    attrs: dict[str, Any] = {}
    near = list(tok.subtree) + [t for g in governors(tok) for t in g.subtree if t.i > tok.i]
    if pred in ("agreement", "cooperation"):
        sec = attributes.sectors(near, pred) or attributes.sectors(list(ctx.sentence), pred)
        if sec:
            attrs["sectors"] = sec
        name = attributes.name_of(tok) if pred == "agreement" else None
        if name:
            attrs["name"] = name
    elif pred == "sanction":
        inst = attributes.instrument([tok]) or attributes.instrument(near)
        if inst:
            attrs["instrument"] = inst
        count = None
        for t in near:
            targeted = (t.dep_ == "pobj" and t.head.lower_ in resources.words("sanction_targets")) or (
                t.dep_ == "dobj" and t.head.i == tok.i)
            count = count or (attributes.total_count(t) if targeted else None)
        carrier = next((g for g in governors(tok) if g.pos_ == "VERB"), None)
        for t in carrier.children if carrier is not None and not count else ():
            if t.dep_ == "dobj" and t.i != tok.i:  # "added 20 individuals to its sanctions list"
                count = attributes.total_count(t)
        if count:
            attrs["count"] = count
    elif pred == "military_presence":
        count = attributes.count_of(tok)
        if count:
            attrs["bases" if tok.lemma_ in resources.words("bases") else "troops"] = count
    return attrs


def _candidate(trigger: Trigger, subj: Mention, obj: Mention, negated: bool, date: str | None,
               ctx: Context) -> Candidate:
    """One candidate for a pair of actors (the trigger's own attributes are `attributes_of`'s)."""
    onto = ontology()
    pred = trigger.predicate
    s, o = onto.canonical_pair(pred, subj.actor, obj.actor)
    status = trigger.status or onto.get(pred).default_status
    attrs: dict[str, Any] = dict(trigger.attrs)
    if status and onto.get(pred).statuses:
        attrs["status"] = status
    doc = ctx.sentence.doc
    conf = 0.85 * min(subj.confidence, obj.confidence)
    if subj.via == "coref" or obj.via == "coref":
        conf *= 0.85
    toks = [trigger.start, trigger.end - 1, subj.start, subj.end - 1, obj.start, obj.end - 1]
    start = doc[min(toks)].idx
    last = doc[max(toks)]
    end = last.idx + len(last)
    return Candidate(pred, s, o, status, attrs, negated, date, round(conf, 3), start, end, ctx.sentence,
                     context_date(ctx), subject_end=doc[subj.end - 1].idx + len(doc[subj.end - 1]))


def apply_attributes(trigger: Trigger, cands: list[Candidate], ctx: Context) -> dict[str, Any]:
    """Give the candidates of `trigger` the attributes read around it (`attributes_of`), then a
    sanction its count in parentheses after its subject, which comes first ("Switzerland (568)");
    returns the trigger's attributes."""
    around = attributes_of(trigger, ctx) if cands else {}
    doc = ctx.sentence.doc
    for c in cands:
        c.attrs.update(around)
        if c.predicate == "sanction" and c.subject_end is not None:
            count = attributes.parenthetical_count(doc, c.subject_end)
            if count:
                c.attrs["count"] = count
    return around


def context_date(ctx: Context) -> str | None:
    """The one date the sentence gives (a fallback for relations the parse leaves undated)."""
    values = {v for _, v in ctx.dates}
    return values.pop() if len(values) == 1 else None
