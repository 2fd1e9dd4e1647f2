"""Event extraction: the PLOVER event types beyond the 14 relation predicates, from the CAMEO verb dictionary.

Needs a parsed sentence with its actor mentions and the 14 predicates' triggers (`relations.Context`);
sets event candidates (`relations.Candidate` with the event's own CAMEO code) for the event predicates
of `ontology/events.toml`.

A verb is looked up in `data/en/cameo_verbs.csv` (lemma, or form for a phrasal verb with its particle)
and its phrase patterns (`cameo_patterns.csv`, and this project's additions in
`cameo_patterns_extra.csv`, which win a tie) are tried against the words around it: the subject's head
(`pre`), the direct object and its modifiers, the first prepositional phrase. The most specific pattern
that fits gives the code; a pattern without a code means the verb is no event in that sense ("warn of
disastrous consequences"); with no pattern fitting, the verb's own code, if it has one, applies. A few
event nouns ("strikes on", "the invasion of") come from `data/en/events.toml`. The code is mapped by the
ontology; only event predicates are produced here (the relation predicates are `relations.build`'s).

Arguments, negation and modality are `relations.build`'s. Cues of this stage's own: a threat,
demand, promise or refusal governing another event ("threatened to strike", "warned it would strike",
"refused to release") is the event, the governed one did not happen; governing an act no event word
names ("threatened to cut off gas to X", "offered to hand the suspects over to X") it is the event
against whom the act concerns; a speaker saying what another must do demands it ("said that Sudan must
return the helicopter"); adjectives of intent govern as promises do ("is ready to negotiate with X"); a
material act in the future tense is announced: conflict a threat, cooperation an intent. A relation's trigger word that linked no pair
("threatened further action against X", "held a meeting with X" that is no visit) is read as any other
word. Where a predicate's roles allow it ([roles.assault], [roles.protest] ...), a city stands for its
state ("shelled targets in Gaza").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from ..ontology import load as ontology
from . import resources
from .mentions import Mention
from .modality import mood
from .relations import Candidate, Context, build, context_date
from .syntax import listed, proxies
from .triggers import Trigger

_DATA = "events.toml"


@dataclass(frozen=True)
class Pattern:
    """A CAMEO phrase pattern: the words it needs around its verb, and its code ("" = no event)."""

    pre: str
    object: tuple[str, ...]
    prep: str
    prep_object: tuple[str, ...]
    code: str
    verb: str = ""  # the verb of its block the dictionary wrote it for ("break" of "break with")

    @property
    def weight(self) -> int:
        """How specific the pattern is: the number of words it needs."""
        return bool(self.pre) + len(self.object) + bool(self.prep) + len(self.prep_object)

    def phrasal_of(self, verb: Token) -> bool:
        """Whether the pattern is a bare preposition written for another verb of its block: a phrasal
        reading of that verb only ("break with" is a threat, "beat ... with" none; "summon before" is an
        accusation, "mobilize before" none)."""
        return bool(self.verb) and self.weight == 1 and bool(self.prep) and self.verb not in (
            verb.lemma_.lower(), verb.lower_)


@dataclass(frozen=True)
class Event:
    """An event word found in a sentence: its token, CAMEO code and the predicate it maps to (an event
    predicate, or a relation predicate's, which this stage never emits but which may govern one:
    "offered to mediate" is an intent, AGREE, though "offer" alone is cooperation)."""

    token: Token
    code: str
    predicate: str
    own: bool = True  # False for a relation predicate's trigger word, which may only govern here
    status: str | None = None  # a relation trigger's status ("troops" withdrawn), which its roles read

    @property
    def emitted(self) -> bool:
        """Whether this stage produces the event (its own word, of an event predicate)."""
        return self.own and ontology().get(self.predicate).kind == "event"


class EventLexicon:
    """The CAMEO verbs and patterns, and the event nouns, compiled once for a vocabulary."""

    def __init__(self, nlp: Language) -> None:
        synsets: dict[str, set[str]] = {}
        for r in resources.rows("cameo_synsets.csv"):
            synsets.setdefault(r["synset"], set()).add(r["word"])
        self.synsets = {k: frozenset(v) for k, v in synsets.items()}
        vague = frozenset(resources.toml(_DATA)["verbs"]["vague_blocks"])
        self.verbs: dict[str, list[tuple[str, str]]] = {}  # form or lemma → [(block, own code)]
        for r in resources.rows("cameo_verbs.csv"):
            for form in (r["verb"], *r["forms"].split("|")):
                self.verbs.setdefault(form, []).append((r["block"], "" if r["block"] in vague else r["code"]))
        self.patterns: dict[str, list[Pattern]] = {}
        # this project's patterns first: of two patterns as specific, the first listed wins
        for r in [*resources.rows("cameo_patterns_extra.csv"), *resources.rows("cameo_patterns.csv")]:
            self.patterns.setdefault(r["block"], []).append(Pattern(
                r["pre"], tuple(r["object"].split()), r["prep"], tuple(r["prep_object"].split()), r["code"],
                r.get("verb") or ""))
        data = resources.toml(_DATA)
        self.recoded: dict[str, str] = data["verbs"]["recoded"]
        self.own_only = frozenset(data["verbs"]["own_only"])
        self.intending = frozenset(data["verbs"]["intending"])
        self.nouns: dict[str, str] = data["nouns"]
        self.noun_needs = {k: frozenset(v) for k, v in data["noun_needs"].items()}
        ending = frozenset(data["noun_governors"]["ending_blocks"])
        self.ending = frozenset(f for f, entries in self.verbs.items() if any(b in ending for b, _ in entries))
        self.noun_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.nouns:
            if " " in phrase:
                self.noun_matcher.add(phrase, [nlp.make_doc(phrase)])

    def find(self, sent: Span, taken: dict[int, str | None], stated: frozenset[int] = frozenset()) -> list[Event]:
        """The event words of a sentence; a trigger verb of a relation predicate (in `taken`, with its
        quad class) only as a governor, never emitted. No verb carrying a relation's trigger counts:
        never one of `stated` (whose predicate reads the verb as its status: "cut ties" is ties
        severed), the others only when a pattern names the pair and turns it to another quad class
        ("suspended aid" is aid reduced; "imposed sanctions" is no coercion, "made visits" no intent,
        "expressed support" no promise)."""
        onto = ontology()
        out: list[Event] = []
        phrase_heads = {}
        for match_id, start, end in self.noun_matcher(sent):
            phrase_heads[end - 1] = self.nouns[sent.doc.vocab.strings[match_id]]
        for tok in sent:
            own = tok.i not in taken  # a relation's trigger verb still governs ("threatened to strike")
            if not own and tok.pos_ != "VERB":
                continue
            code = None
            if tok.pos_ == "VERB" and tok.dep_ != "prep" and not _denied(tok):  # not "excluding X"
                code, patterned = self._verb_code(tok)
                carried = {c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd")} & taken.keys()
                if carried and (carried & stated or not patterned or onto.code(code) is None
                                or onto.code(code).quad in {taken[i] for i in carried}):
                    continue
            elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod"):
                code = phrase_heads.get(tok.i) or self._noun_code(tok)
            mapped = onto.code(code) if code else None
            if mapped is None or not mapped.predicate:
                continue
            out.append(Event(tok, code or "", mapped.predicate, own))
        verbs = {e.token.i for e in out if e.token.pos_ == "VERB" and e.own}
        # a noun event that is the object of an event verb is that verb's event ("halted talks"); the
        # object of a verb of ending did not happen ("called off the offensive")
        return [e for e in out if e.token.pos_ == "VERB" or not (e.token.dep_ == "dobj" and (
            e.token.head.i in verbs or e.token.head.lemma_.lower() in self.ending))]

    def _noun_code(self, tok: Token) -> str | None:
        word = tok.lemma_.lower() if tok.lemma_.lower() in self.nouns else tok.lower_
        code = self.nouns.get(word)
        needs = self.noun_needs.get(word)
        if code and needs and not any(listed(c, needs) for c in tok.children):
            return None
        return code

    def entries(self, tok: Token) -> list[tuple[str, str]]:
        """The dictionary's (block, own code) entries for a verb: its phrasal form with its particle
        ("lash out") first, else its lemma or form."""
        lemma = tok.lemma_.lower()
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        entries = (self.verbs.get(f"{lemma} {particle}") or self.verbs.get(f"{tok.lower_} {particle}")) \
            if particle else None
        return entries or self.verbs.get(lemma) or self.verbs.get(tok.lower_) or []

    def _verb_code(self, tok: Token) -> tuple[str | None, bool]:
        """The CAMEO code of a verb in its context: the most specific pattern that fits, else its own;
        with whether a pattern gave it."""
        entries = self.entries(tok)
        if not entries:
            return None, False
        words = _context(tok)
        best: Pattern | None = None
        for block in dict.fromkeys(b for b, _ in entries):
            for p in self.patterns.get(block, ()):
                if (best is None or p.weight > best.weight) and not p.phrasal_of(tok) and self._fits(p, words):
                    best = p
        own = next((c for _, c in entries if c), None)
        fixed = self.recoded.get(tok.lemma_.lower())
        if best is not None and best.code and not (self._own_only(best.code, own)
                                                   and tok.lemma_.lower() not in self.intending):
            return (fixed if fixed and best.code == own else best.code), True
        if best is not None:
            return None, True
        return (fixed if fixed and own else own), False

    def _own_only(self, code: str, own: str | None) -> bool:
        """Whether a pattern's code is of a type ([own_only]) the verb does not have on its own."""
        onto = ontology()
        kind = onto.code(code).plover if onto.code(code) else None
        return kind in self.own_only and (own is None or onto.code(own) is None or onto.code(own).plover != kind)

    def _fits(self, p: Pattern, words: dict[str, set[str]]) -> bool:
        if p.pre and not self._has(p.pre, words["pre"]):
            return False
        if p.object and not all(self._has(w, words["object"]) for w in p.object):
            return False
        if p.prep and p.prep not in words["preps"]:
            return False
        return not p.prep_object or all(self._has(w, words[f"prep:{p.prep}"]) for w in p.prep_object)

    def _has(self, word: str, bag: set[str]) -> bool:
        if word.startswith("&"):
            return bool(self.synsets.get(word, frozenset()) & bag)
        return word in bag


def _denied(verb: Token) -> bool:
    """Whether a verb is the complement of a noun of denial ("the refusal to arrest X")."""
    nouns = resources.word_set(_DATA, "denial", "nouns")
    return verb.dep_ in ("acl", "xcomp") and verb.head.lemma_.lower() in nouns


def _context(verb: Token) -> dict[str, set[str]]:
    """The words a pattern may name around `verb`: its subject's head, its direct object with the
    object's modifiers, and each preposition with its object's words (forms and lemmas, lower case)."""
    def bag(toks) -> set[str]:
        return {w for t in toks for w in (t.lower_, t.lemma_.lower())}

    out: dict[str, set[str]] = {"pre": set(), "object": set(), "preps": set()}
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out["pre"] |= bag([c, *(m for m in c.children if m.dep_ in ("compound", "amod"))])
        elif c.dep_ in ("dobj", "attr", "oprd"):
            out["object"] |= bag([c, *(m for m in c.children if m.dep_ in ("compound", "amod", "nummod"))])
            preps = [p for p in c.children if p.dep_ == "prep"]
            for p in preps:
                out["preps"].add(p.lower_)
                out.setdefault(f"prep:{p.lower_}", set()).update(bag(p.subtree))
        elif c.dep_ in ("prep", "agent", "dative"):
            if any(t.ent_type_ in ("DATE", "TIME") for t in c.children):
                continue  # "telephoned X on Tuesday": a date fills no pattern ("call on X" is an appeal)
            out["preps"].add(c.lower_)
            out.setdefault(f"prep:{c.lower_}", set()).update(bag(c.subtree))
        elif c.dep_ == "prt":
            out["object"] |= bag([c])
    return out


@resources.per_language
def _cues() -> dict:
    return resources.toml(_DATA)


def _future(tok: Token) -> bool:
    aux = frozenset(_cues()["future"]["aux"])
    return any(c.dep_ == "aux" and c.lower_ in aux for c in tok.children)


def _governor(ev: Event, by_token: dict[int, Event]) -> tuple[Event, Token] | None:
    """The event whose clause governs `ev`'s ("threatened to [strike]", "warned it would [strike]",
    "threatened to impose [sanctions]"), with the verb of the governed clause."""
    deps = frozenset(_cues()["embedding"]["deps"])
    cur = ev.token
    if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "nsubjpass"):
        cur = cur.head  # a noun event's clause is its verb's
    elif cur.pos_ in ("NOUN", "PROPN") and cur.dep_ == "pobj" and cur.head.dep_ == "prep" \
            and cur.head.head.pos_ == "VERB" and cur.head.lower_ in _cues()["embedding"]["noun_preps"]:
        cur = cur.head.head  # or the verb it is the complement of ("refused to commit to [aid]", not "over [ties]")
    for _ in range(3):
        if cur.dep_ not in deps or cur.head.i == cur.i:
            return None
        clause, cur = cur, cur.head
        if cur.i in by_token:
            return by_token[cur.i], clause
    return None


def _subjects(verb: Token, ctx: Context) -> list[Mention]:
    """The actors that are the subject of `verb` (with their coordinated ones, and pronouns resolved),
    or qualify a subject standing for them ("Palestinian officials", "Israel's army")."""
    clause = verb.head if verb.dep_ == "acomp" else verb  # "France is ready to ...": the copula's subject
    heads = {c.i for c in clause.children if c.dep_ == "nsubj"}
    heads |= {x.i for i in heads for x in ctx.sentence.doc[i].conjuncts}
    doc = ctx.sentence.doc
    return [m for m in ctx.mentions if m.via != "city" and (m.root in heads or (
        doc[m.root].dep_ in ("amod", "compound", "poss") and doc[m.root].head.i in heads
        and listed(doc[m.root].head, proxies())))]


def _governed(gov: Event, inner: Event, clause: Token, ctx: Context) -> list[Candidate]:
    """The candidates of a threat, demand, promise or refusal `gov` of the event `inner` (in the clause
    of the verb `clause`): its subject acts on the governing verb's object ("warned Iran it would"),
    else on whoever the governed event concerns other than itself ("threatened to strike South Korea"),
    else on the governed clause's subject ("demanded that Russia withdraw its forces")."""
    onto = ontology()
    code = _embedded_code(onto.code(gov.code).plover, onto.code(inner.code).plover, gov.code)
    predicate = onto.code(code).predicate
    if not predicate or onto.get(predicate).kind != "event":
        return []
    gov = Event(gov.token, code, predicate)
    governing = Trigger(gov.token, gov.token.i, gov.token.i + 1, gov.predicate)
    gov_mood = mood(governing)
    if gov_mood.hypothetical:
        return []
    own = build(governing, ctx, gov_mood)
    if own:
        return [replace(c, cameo=code) for c in own]
    negated = gov_mood.negated
    start, end = gov.token.idx, gov.token.idx + len(gov.token)
    out = []
    subjects = _subjects(gov.token, ctx)
    # the governing word is no judge of what it governs here ("threatened to strike X" is no criticism)
    unjudged = replace(ctx, triggers={p: ids - {gov.token.i} for p, ids in ctx.triggers.items()})
    for c in _build(inner.token, inner.predicate, unjudged, judged=True, status=inner.status):
        for s in subjects:
            target = c.subject if c.subject != s.actor else c.object
            if target and target != s.actor:
                out.append(replace(c, predicate=gov.predicate, subject=s.actor, object=target, status=None,
                                   attrs={}, negated=negated, start_char=min(start, c.start_char),
                                   end_char=max(end, c.end_char), cameo=code))
    if out or clause.i == gov.token.i:
        return out
    return _pairs_of(gov.token, subjects, _subjects(clause, ctx), gov.predicate, code, negated, ctx)


def _pairs_of(word: Token, subjects: list[Mention], targets: list[Mention], predicate: str, code: str,
              negated: bool, ctx: Context) -> list[Candidate]:
    """Candidates of `predicate` from each of `subjects` to each state or organisation of `targets`
    other than itself, said by `word` (its evidence spans the word and both actors)."""
    doc = ctx.sentence.doc
    out = []
    for t in targets:
        for s in subjects:
            if t.actor != s.actor and t.kind != "org":
                first, last = sorted([word, doc[t.end - 1], doc[s.start]], key=lambda x: x.i)[::2]
                out.append(Candidate(predicate, s.actor, t.actor, None, {}, negated, None,
                                     round(0.7 * min(s.confidence, t.confidence), 3), first.idx,
                                     last.idx + len(last), ctx.sentence, context_date(ctx), cameo=code))
    return out


def _conditioned(verb: Token, ctx: Context, marks: frozenset[str]) -> list[Mention]:
    """The actors that are the subjects of a condition (`marks`: "unless", "if") set on `verb` or on the
    clause it governs ("threatened to strike unless Baghdad accepted", "will withdraw unless X agrees")."""
    deps = frozenset(_cues()["embedding"]["deps"])
    verbs = [verb, *(c for c in verb.children if c.dep_ in deps)]
    return [m for v in verbs for c in v.children if c.dep_ == "advcl"
            and any(k.dep_ == "mark" and k.lower_ in marks for k in c.children) for m in _subjects(c, ctx)]


def _ultimatums(events: list[Event], ctx: Context) -> list[Candidate]:
    """Threats against whoever must meet a condition ([ultimatum]): a threat "unless" or "if" an actor
    does something is against that actor ("threatened to strike unless Baghdad accepted"); a harm said
    to come "unless" an actor does something is a threat against it ("will withdraw its force from X
    unless X holds elections", not "will send aid unless X objects")."""
    onto = ontology()
    cue = _cues()["ultimatum"]
    threats, acts = frozenset(cue["threat_marks"]), frozenset(cue["act_marks"])
    code = cue["code"]
    predicate = onto.code(code).predicate or ""
    harming = frozenset(cue["act_quads"])
    ending = frozenset(cue["act_verbs"])
    out: list[Candidate] = []
    seen: set[int] = set()
    for ev in events:
        mapped = onto.code(ev.code)
        verb = _acting_verb(ev.token)
        threat = mapped is not None and mapped.plover == "THREATEN"
        if verb is None or verb.i in seen:
            continue
        harms = mapped is not None and mapped.quad in harming or verb.lemma_.lower() in ending
        if not (threat or harms and _future(verb)):
            continue
        seen.add(verb.i)
        targets = _conditioned(verb, ctx, threats if threat else acts)
        if not targets:
            continue
        said = mood(Trigger(verb, verb.i, verb.i + 1, predicate), judged=True)
        out += _pairs_of(verb, _subjects(verb, ctx), targets, predicate, code, said.negated, ctx)
    return out


def _acting_verb(tok: Token) -> Token | None:
    """The verb of an event word: itself, or the verb a noun is the object of ("will withdraw its
    peacekeeping force": the relation's word is the force, the act the withdrawing)."""
    if tok.pos_ == "VERB":
        return tok
    return tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else None


def _governs(gov: Event, ev: Event, idle: frozenset[int] = frozenset()) -> bool:
    """Whether `gov` (a threat, demand, promise or refusal whose clause governs `ev`'s) makes an event of
    it: of a relation predicate's trigger word only for `relation_governors`, or for `idle_governors`
    when the trigger related no one (in `idle`: "ready to send troops to X" is an intent, no presence),
    and of an event of a quad class the type may govern ([embedding.governs]) or of a relation predicate
    it governs whatever its class ([embedding.governs_predicates]: "refused to deploy troops in X")."""
    onto = ontology()
    cues = _cues()["embedding"]
    kind = onto.code(gov.code).plover
    if not ev.own and kind not in cues["relation_governors"] and not (
            ev.token.i in idle and kind in cues["idle_governors"]):
        return False
    quads = cues["governs"].get(kind)
    governed = onto.code(ev.code)
    return quads is None or (governed is not None and governed.quad in quads) \
        or ev.predicate in cues["governs_predicates"].get(kind, ())


def _embedded_code(governing: str | None, governed: str | None, own: str) -> str:
    """The code of a `governing` event (PLOVER type, its code `own`) by the type of the event it governs."""
    table = _cues()["embedding"]["codes"].get(governing or "", {})
    return table.get(governed or "", table.get("default", own))


def find(lexicon: EventLexicon, ctx: Context, idle: frozenset[int] = frozenset(),
         statuses: dict[tuple[str, int], str | None] | None = None) -> list[Candidate]:
    """Event candidates of one sentence (`ctx` as the relation builders get it).

    A relation predicate's trigger is never an event here, but it may be what a threat or demand is of
    ("threatened to impose sanctions on X" is a threat of sanctions, "threatened to break off relations
    with X" one of ties severed: the trigger's code is that of its status in `statuses`, by predicate and
    token); a trigger word that linked no pair (in `idle`) is read as any other word."""
    onto = ontology()
    doc = ctx.sentence.doc
    promised = _cues()["future"]["types"]
    taken = {i: onto.get(p).quad for p, ids in ctx.triggers.items() for i in ids if i not in idle}
    stated = frozenset(i for p, ids in ctx.triggers.items() if onto.get(p).statuses for i in ids if i in taken)
    events = lexicon.find(ctx.sentence, taken, stated)
    events += _refusals(ctx.sentence, {e.token.i for e in events} | set(taken))
    events += _obligations(ctx.sentence, {e.token.i for e in events} | set(taken))
    events += _intents(ctx.sentence, {e.token.i for e in events} | set(taken))
    words = {e.token.i for e in events}
    statuses = statuses or {}
    shadows = [Event(doc[i], onto.get(p).codes_for(statuses.get((p, i))).cameo or "", p, False, statuses.get((p, i)))
               for p, ids in ctx.triggers.items() for i in sorted(ids) if p != "claim" and i not in words]
    by_token = {e.token.i: e for e in events}
    out: list[Candidate] = []
    done: set[int] = set()
    for ev in events + shadows:
        governing = _governor(ev, by_token)
        if not governing or onto.code(governing[0].code).plover not in _cues()["embedding"]["types"]:
            continue
        gov, clause = governing
        done.add(gov.token.i)  # an intent, demand or refusal is only about what it governs
        if _governs(gov, ev, idle):
            out += _governed(gov, ev, clause, ctx)
            done.add(ev.token.i)
    for ev in events:
        if ev.token.i in done or not ev.own:
            continue
        if onto.code(ev.code).plover in _cues()["embedding"]["types"]:
            acted = [c for verb in _plain_clauses(ev.token, set(by_token) | set(taken))
                     for c in _governed(ev, Event(verb, ev.code, ev.predicate), verb, ctx)]
            if acted:  # "threatened to cut off gas to X", "offered to hand the suspects over to X"
                out += acted
                continue
        kind = promised.get(onto.code(ev.code).quad) if _future(ev.token) else None
        threat = kind == "THREATEN"
        if not ev.emitted and not threat:  # a relation's word no trigger took may still be threatened
            continue  # ("said they would boycott all contact with X")
        predicate, code = ev.predicate, ev.code
        if kind:  # a threat or intent between those the act would be between
            code = _embedded_code(kind, onto.code(code).plover, _cues()["embedding"]["codes"][kind]["default"])
            predicate = onto.code(code).predicate
        out += [replace(_own(c, ev.token, ctx, code), predicate=predicate) for c in _build(ev.token, ev.predicate, ctx)
                if _concerns(c, ev.token, ctx)]
    return out + _ultimatums(events + shadows, ctx)


def _plain_clauses(verb: Token, words: set[int]) -> list[Token]:
    """The verbs of the clauses `verb` governs that are neither event nor trigger words and carry none
    as their object ("threatened to [cut off] gas to X", not "agreed to [expand] cooperation")."""
    deps = frozenset(_cues()["embedding"]["deps"])
    return [c for c in verb.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX") and c.i not in words
            and not any(o.i in words for o in c.children if o.dep_ in ("dobj", "nsubjpass"))]


def _refusals(sent: Span, known: set[int]) -> list[Event]:
    """Verbs that are events only as governors of another clause ([embedding.verbs]: "refused to")."""
    onto = ontology()
    table = _cues()["embedding"]["verbs"]
    deps = frozenset(_cues()["embedding"]["deps"])
    return [Event(t, table[t.lemma_.lower()], onto.code(table[t.lemma_.lower()]).predicate or "")
            for t in sent if t.i not in known and t.pos_ == "VERB" and t.lemma_.lower() in table
            and any(c.dep_ in deps for c in t.children)]


def _intents(sent: Span, known: set[int]) -> list[Event]:
    """Adjectives of intent governing a clause ([embedding.adjectives]: "ready to send troops", "willing
    to withdraw"): intents (AGREE), as governors of that clause."""
    table = _cues()["embedding"]["adjectives"]
    deps = frozenset(_cues()["embedding"]["deps"])
    return [Event(t, table[t.lower_], ontology().code(table[t.lower_]).predicate or "")
            for t in sent if t.i not in known and t.pos_ == "ADJ" and t.lower_ in table
            and any(c.dep_ in deps for c in t.children)]


def _obligations(sent: Span, known: set[int]) -> list[Event]:
    """Verbs of saying that report what another must do ([obligation]: "said that Sudan must return"):
    demands, as governors of that clause."""
    cue = _cues()["obligation"]
    verbs, aux = frozenset(cue["verbs"]), frozenset(cue["aux"])
    predicate = ontology().code(cue["code"]).predicate or ""
    return [Event(t, cue["code"], predicate) for t in sent
            if t.i not in known and t.pos_ == "VERB" and t.lemma_.lower() in verbs
            and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in aux for a in c.children)
                    for c in t.children)]


def _build(tok: Token, predicate: str, ctx: Context, judged: bool = False, status: str | None = None) -> list[Candidate]:
    """Candidates of the event word `tok`; for a verb whose arguments hang on its object noun ("held
    negotiations with X", "threatened to halt talks with X"), of that noun. `judged`: the word is
    governed by another event's (its mood read as such); `status`: a relation trigger's, whose roles
    depend on it ("willing to withdraw its troops from X": withdrawn from X)."""
    word = Trigger(tok, tok.i, tok.i + 1, predicate, status=status)
    said = mood(word, judged=judged)
    found = build(word, ctx, said)
    if found or tok.pos_ != "VERB":
        return found
    for obj in (c for c in tok.children if c.dep_ == "dobj"):  # the noun is in the verb's mood ("demanded
        found += build(Trigger(obj, obj.i, obj.i + 1, predicate), ctx, said)  # an apology from X")
    return found


def _concerns(c: Candidate, tok: Token, ctx: Context) -> bool:
    """Whether an event candidate is about what its words say: its object is named within the event
    word's phrase ("strike Finland", "Russia's invasion of Ukraine", not an actor of the clause around
    it), or both are subjects of a reciprocal act ("X and Y held negotiations"), it is not one coordinated
    subject acting on another ("the UK and Canada announced ..."), and
    an event noun names its agent or is carried by a verb ("threats" alone is nobody's)."""
    inside = {t.i for t in tok.subtree}
    doc = ctx.sentence.doc
    carriers = resources.word_set(_DATA, "noun_carriers", "verbs")
    carried = tok.pos_ != "VERB" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in carriers
    if carried:  # the carrier's phrases are the noun's ("launched a mediation effort on Saturday between X and Y")
        inside |= {t.i for c in tok.head.children if c.dep_ == "prep" for t in c.subtree}
    act = tok.head if carried else tok
    partners = frozenset(resources.toml(_DATA)["roles"]["symmetric"]["partner"])
    if ontology().is_symmetric(c.predicate) and {c.subject, c.object} <= {m.actor for m in _subjects(act, ctx)} \
            and not any(p.dep_ == "prep" and p.lower_ in partners
                        for w in (act, tok, *(o for o in act.children if o.dep_ == "dobj")) for p in w.children):
        return True  # coordinated subjects of a reciprocal act with no partner named do it with each other
        # ("X and Y held negotiations"; "X and Y held talks with Z" are talks with Z)
    named = {m.actor for m in ctx.mentions if m.root in inside}
    if c.object not in named and not (ontology().is_symmetric(c.predicate) and c.subject in named):
        return False
    subjects = {m.actor for m in _subjects(tok, ctx)}
    if {c.subject, c.object} <= subjects or _coordinated(c.subject, c.object, ctx):
        return False
    if tok.pos_ == "VERB":
        return True
    agents = {m.actor for m in ctx.mentions if doc[m.root].head.i == tok.i and doc[m.root].dep_ in (
        "poss", "amod", "compound") or doc[m.root].head.lower_ in resources.words("agent_preps") and doc[m.root].head.head.i == tok.i}
    return bool(agents) or tok.dep_ == "dobj" and tok.head.lemma_.lower() in carriers


def _coordinated(a: str, b: str, ctx: Context) -> bool:
    """Whether the two actors are named as a coordinated pair ("the UK and Canada"): the same side."""
    doc = ctx.sentence.doc
    roots = {m.root: m.actor for m in ctx.mentions}
    return any(roots.get(c.i) == b for m in ctx.mentions if m.actor == a for c in doc[m.root].conjuncts)


def _own(c: Candidate, tok: Token, ctx: Context, code: str) -> Candidate:
    """The candidate with the event's own code; an event noun is denied only by its own determiner ("no
    attack"), not by the clause it sits in ("refused to condemn Russia's invasion")."""
    negated = c.negated if tok.pos_ == "VERB" else any(ch.lower_ in resources.words("no") for ch in tok.children)
    return replace(c, cameo=code, negated=negated)
