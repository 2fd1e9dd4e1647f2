"""Dependency-parse helpers: clause heads, a trigger's anchor chain, and an actor's role to it.

An actor's role is read from its path up the parse to the trigger's anchors (the trigger, the words
governing it up to its clause head, and clauses attached to it): the nearest preposition on the path
("with X", "on X", "in X", "by X"), else the dependency by which the path enters the anchors
(subj, pass, dobj, dative, poss, amod, compound, attr, appos). Coordination and apposition are
transparent, and so are "proxy" nouns standing for their actor ("the government of X", "efforts by X").
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from . import resources

if TYPE_CHECKING:
    from .mentions import Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "pcomp"})
_ROLE_OF_DEP = {
    "nsubj": "subj", "csubj": "subj", "expl": "subj", "nsubjpass": "pass", "dobj": "dobj", "dative": "dative",
    "poss": "poss", "amod": "amod", "compound": "compound", "nmod": "compound", "attr": "attr",
    "appos": "appos", "oprd": "attr", "npadvmod": "compound", "acomp": "attr", "pobj": "pobj",
    "acl": "acl",
}
_TRANSPARENT = frozenset({"conj", "appos", "cc", "flat"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _is_named(tok: Token) -> bool:
    """Whether `tok` is part of a named actor-like entity (a state, people, organisation, person)."""
    return tok.ent_type_ in _NAMED


def proxies() -> frozenset[str]:
    return resources.word_set("cues.toml", "proxies", "words")


def listed(tok: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of `words` by lemma or by form (lists hold "forces", the lemma is "force";
    the tagger lemmatises "hopes" as "hop"): the one such test every stage uses."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _extraposed_group(attached: Token, prep: Token) -> Token | None:
    """The plural subject an "including" list set off by a comma belongs to when the parser hung it on a
    later word that cannot hold it (a named actor, an event noun): "Only 12 countries recognise Taiwan,
    including Paraguay", "Several states imposed sanctions on Russia, including Japan"."""
    groups = resources.word_set("cues.toml", "coref", "pair_heads")
    if listed(attached, groups) or prep.i == 0 or prep.nbor(-1).text != ",":
        return None
    verb = attached
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not listed(subject, groups) or subject.tag_ not in ("NNS", "NNPS") or subject.i > prep.i:
        return None
    return subject


def _is_proxy(tok: Token) -> bool:
    """Whether a noun stands for its state or organisation ("forces", "the government"); the countries of
    a group do only as the subject acting ("the NATO countries singled out China", not "relations with 164
    UN countries")."""
    return listed(tok, proxies()) or tok.dep_ in ("nsubj", "nsubjpass") and listed(
        tok, resources.word_set("cues.toml", "proxies", "acting_groups"))


def _seated(noun: Token) -> bool:
    """Whether a noun names rulers or their forces by where they sit: "the junta in Niger", "the government
    in Kabul", "security forces in Guinea" stand for the state (a listed word, alone or with its compound)."""
    seated = resources.word_set("cues.toml", "proxies", "seated")
    lemma = noun.lemma_.lower()
    return lemma in seated or any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in seated for c in noun.children)


def _acts() -> frozenset[str]:
    return resources.word_set("cues.toml", "proxies", "acts")


def _agent_preps() -> frozenset[str]:
    """Prepositions naming an act's agents: "arms transactions between X and Y", "strikes by X"."""
    return resources.word_set("cues.toml", "proxies", "agent_preps")


def _located() -> frozenset[str]:
    """Acts done to the state they happen in: "the coup in Niger" is about Niger's rulers."""
    return resources.word_set("cues.toml", "proxies", "located_acts")


def _gathering(noun: Token, prep: str) -> bool:
    """Whether "in X" places a gathering or a site the event happens at: "met on the sidelines of the BRICS
    summit in Kazan" (the meeting is in Kazan), "rioted at a jail in northern Israel", "shelled a village
    in Syria" (the riot is in Israel, the shelling in Syria)."""
    lemma = noun.lemma_.lower()
    return prep in ("in", "at") and (lemma in resources.word_set("cues.toml", "proxies", "gatherings")
                                      or lemma in resources.word_set("cues.toml", "proxies", "sites"))


def _topic(prep: Token) -> bool:
    """Whether a preposition opens its sentence as the topic it turns to ("On Yemen, ...", "Regarding
    Iran, ..."): a phrase set off by a comma, not an argument of the event."""
    after = prep.right_edge.i + 1
    return prep.i == prep.sent.start and prep.lower_ in resources.word_set("cues.toml", "proxies", "topic_preps") \
        and after < len(prep.doc) and prep.doc[after].text == ","


def _goods() -> frozenset[str]:
    return resources.word_set("cues.toml", "proxies", "materiel") | resources.word_set("cues.toml", "proxies", "goods")


def _object_prep(noun: Token, prep: str, anchor_ids: set[int]) -> str | None:
    """The role of a preposition on a verb's direct object that belongs to the verb: the recipient of
    goods or arms ("Qatar delivered fuel to Lebanon's army": the parser attaches "to" to the object;
    so too on a noun's "of" object: "a supplier of equipment to X", "the delivery of aid to X"),
    the place a visited site is in, or the target of trade cut off ("banned imports of Russian oil",
    "halted imports from Japan": "on"), and the partner of what is shared ("shared intelligence with X")."""
    noun = _measured(noun)
    carried = noun.dep_ == "pobj" and noun.head.lower_ in resources.words("of") and noun.head.head.i in anchor_ids \
        and noun.head.head.pos_ == "NOUN"  # "a key supplier of security equipment to the Philippines"
    if carried and prep in ("to", "for") and listed(noun, _goods()):
        return prep
    if carried and prep in ("with", "to") and listed(noun, resources.word_set("cues.toml", "proxies", "borders")):
        return "on"  # "the closure of its border with Niger": the state shut out
    if noun.dep_ != "dobj" or noun.head.i not in anchor_ids or noun.head.pos_ != "VERB":
        return None
    if prep in ("to", "for") and listed(noun, _goods() | resources.word_set("cues.toml", "proxies", "links")):
        return prep  # goods sent, or flights and routes run, to someone
    if prep in ("in", "at") and noun.head.lemma_.lower() in resources.word_set("cues.toml", "proxies", "touring"):
        return prep  # "visited the Vostochny Cosmodrome in the Russian Far East": the place of the visit
    if prep in ("in", "to", "into", "on") and noun.head.lemma_.lower() in resources.word_set("cues.toml", "proxies",
                                                                                             "deploying"):
        return prep  # "deployed missiles in South Korea": where what is deployed goes
    if prep in ("of", "from", "with") and noun.lemma_.lower() in resources.word_set("cues.toml", "proxies", "trade"):
        return "on"  # "halted trade with Qatar": the state cut off ("opposes arms sales to Taiwan" judges no Taiwan)
    if prep in ("with", "to") and noun.lemma_.lower() in resources.word_set("cues.toml", "proxies", "borders"):
        return "on"  # "closed its border with Niger": the state shut out
    if prep == "with" and noun.head.lemma_.lower() in resources.word_set("cues.toml", "proxies", "sharing"):
        return prep  # "shared intelligence with Ukraine": the one it is shared with
    if prep in ("against", "on") and listed(noun, resources.word_set("cues.toml", "proxies", "measures")):
        return prep  # "threatened action against X": the one it is against
    return None


def _purpose(noun: Token, prep: str, anchor_ids: set[int]) -> bool:
    """Whether "against X" or "on X" names whom the act the anchor is done for is aimed at: "mobilised
    reservists for a possible war against Iraq", "massed troops for an attack on Kyiv" (role "purpose")."""
    return prep in ("against", "on") and noun.dep_ == "pobj" and noun.head.lower_ in resources.words("for") \
        and noun.head.head.i in anchor_ids and listed(noun, resources.word_set("cues.toml", "proxies", "purposes"))


def _measured(noun: Token) -> Token:
    """The quantity word a noun is measured by, which stands in its place in the clause: in "deploying a
    large amount of equipment in X" the verb's object is "amount"; else the noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in resources.words("of") and head.head.lemma_.lower() in resources.word_set(
            "cues.toml", "proxies", "quantities"):
        return head.head
    return noun


def measured(noun: Token) -> list[Token]:
    """What a quantity word measures: the nouns of "of" after "a large amount of equipment", "a batch
    of vaccines" (none for another noun)."""
    if noun.lemma_.lower() not in resources.word_set("cues.toml", "proxies", "quantities"):
        return []
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in resources.words("of")
            for p in prep.children if p.dep_ == "pobj"]


def _agent_of_act(act: Token, pobj: Token) -> bool:
    """Whether "of" names the agent of an act: forces or arms of a state ("the presence of US forces",
    "the delivery of Iranian drones"), or a state after an act only an agent does ("the interference of
    Washington"), not a place or victim ("the invasion of Ukraine")."""
    if _is_named(pobj):
        return act.lower_ in resources.word_set("cues.toml", "proxies", "agentive_acts")
    return act.lower_ in resources.word_set("cues.toml", "proxies", "acts") \
        and listed(pobj, proxies() | resources.word_set("cues.toml", "proxies", "materiel"))


def _institution(tok: Token) -> bool:
    """Whether a people's adjective qualifies a proper noun the parser gives no entity type, an
    institution of that state by its own name: "the Latvian Saeima", "the Israeli Knesset"."""
    head = tok.head
    return tok.ent_type_ == "NORP" and head.pos_ == "PROPN" and not head.ent_type_ and head.i > tok.i


def _owned(tok: Token) -> bool:
    """Whether `tok` is a noun standing for its owner only when the owner qualifies it ("efforts by X")."""
    return listed(tok, resources.word_set("cues.toml", "proxies", "owned"))


def _predicate_idiom(tok: Token) -> bool:
    """Whether `tok` is the noun of a predicate idiom whose modifiers belong to the clause: in
    "sanctions were in place against X", "against X" says what the sanctions target."""
    return tok.dep_ == "pobj" and tok.lemma_.lower() in resources.word_set("cues.toml", "idioms", "nouns")


def _linking(tok: Token) -> bool:
    """Whether `tok` is a participle tying the noun it modifies to an actor, so that the noun stands
    for that actor: "entities linked to X", "firms affiliated with X"."""
    return tok.dep_ == "acl" and tok.lemma_.lower() in resources.word_set("cues.toml", "proxies", "linked")


def part_of_speech(tok: Token) -> str:
    """The word's part of speech, a verb for a word the tagger took for another part but the parser
    gave a subject ("countries including Russia and China back Maduro": "back" tagged an adverb), or an
    adverb, preposition or adjective in a sentence whose main clause the parser left without a verb
    ("Hungary and Serbia back Russia": "back" tagged a preposition, the root "Hungary")."""
    if tok.pos_ in ("ADV", "ADJ", "ADP") and any(c.dep_ == "nsubj" for c in tok.children):
        return "VERB"  # (a noun with a subject is a small clause: "declared the ambassador persona non grata")
    if tok.pos_ in ("ADV", "ADJ", "ADP") and verbless(tok.sent):
        return "VERB"
    return tok.pos_


def verbless(sent: Span) -> bool:
    """Whether the parser found no verb for a sentence's main clause (its root is a noun or a name): a
    heading, or a sentence whose verb it took for another word ("The Ministry of X rejects, in the
    strongest terms, ...": "rejects" a noun, the root "Ministry")."""
    return sent.root.pos_ in ("NOUN", "PROPN", "NUM")


def slipped_verb(tok: Token) -> bool:
    """Whether a trigger word is a verb the tagger took for another word class in a sentence whose main
    clause the parser left without a verb (`verbless`): an adverb, preposition or adjective read as a
    verb ("back"), or a noun spelled as a verb's present tense hanging from the subject with no verb
    above it ("The Ministry of X rejects, ..., Y's certification")."""
    if tok.pos_ in ("VERB", "AUX") or not verbless(tok.sent):
        return False
    return part_of_speech(tok) == "VERB" or (tok.pos_ == "NOUN" and tok.lower_ == tok.lemma_.lower() + "s"
                                             and tok.dep_ not in ("nsubj", "dobj", "ROOT", "compound")
                                             and not any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors))


def swallowed_subject(verb: Token, actors: set[int]) -> list[Token]:
    """The actors a parser slip took from a verb's subject into the object before it: in "X condemned the
    conduct of the regime and the EU imposed sanctions" the parser joined "the EU" to "regime" and left
    "imposed" without a subject. A finite verb with no subject, joined to another, right after a list
    ending in actors (`actors`, token ids of actor mentions) has these actors (after the list's last other
    word, or after its first item when all are actors: "condemned Russia and China imposed ...") for its
    subject; none otherwise."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("conj", "advcl") \
            or subjects(verb) or verb.head.i > verb.i:
        return []
    start = min([c.i for c in verb.lefts] + [verb.i])
    last = next((t for t in verb.doc[verb.head.i + 1:start] if t.dep_ == "conj" and t.right_edge.i == start - 1
                 and t.pos_ in ("PROPN", "NOUN")), None)
    if last is None:
        return []
    first = last
    while first.dep_ == "conj" and first.head.pos_ in ("PROPN", "NOUN"):
        first = first.head
    items = sorted([first, *first.conjuncts], key=lambda t: t.i)
    tail: list[Token] = []
    for t in reversed(items):
        if t.i not in actors:
            break
        tail.insert(0, t)
    if len(tail) == len(items):
        tail = tail[1:]
    return tail if tail and verb.head.i in {a.i for a in first.ancestors} else []


def subjects(head: Token, before: int | None = None) -> list[Token]:
    """The nominal subjects, active or passive, of the clause headed by `head` (only those before word
    `before`, when given): the one reading of "a clause's subject"."""
    return [c for c in head.children if c.dep_ in SUBJECT_DEPS and (before is None or c.i < before)]


def acted_on(verb: Token) -> list[Token]:
    """The words naming whom a verb acts on: its direct objects (with their conjuncts) and the targets
    "on"/"against" of those objects or of the verb ("sanctioned Iran", "imposed sanctions on Mali")."""
    targets = resources.words("sanction_targets")
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for d in found + [verb] for c in d.children if c.dep_ == "prep" and c.lower_ in targets
              for g in c.children if g.dep_ == "pobj"]
    return [t for tok in found for t in (tok, *tok.conjuncts)]


def is_partner(tok: Token, phrase: Token) -> bool:
    """Whether `tok` is a partner named after "with" inside `phrase` ("trade with Russia"), not one
    of the actors the phrase names."""
    while tok.i != phrase.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in resources.words("with"):
            return True
        tok = tok.head
    return False


def phrase_mentions(phrase: Token, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions inside a phrase that name its actors, in text order: partners ("trade with
    Russia") and cities (a dateline or venue, not an actor) aside."""
    inside = {t.i for t in phrase.subtree}
    doc = phrase.doc
    return [m for m in mentions if m.root in inside and m.via != "city" and not is_partner(doc[m.root], phrase)]


def subject_mentions(head: Token, mentions: Iterable[Mention], before: int | None = None) -> list[Mention]:
    """The mentions naming the actors of the subject of the clause headed by `head` (`subjects`),
    subject by subject: whom "its" refers to, who owns a claim of the clause."""
    mentions = list(mentions)
    return [m for subj in subjects(head, before) for m in phrase_mentions(subj, mentions)]


def is_clause_head(tok: Token) -> bool:
    """Whether `tok` heads its own clause (a finite or subordinate verb, not an infinitive complement)."""
    if tok.dep_ in CLAUSE_DEPS:
        return part_of_speech(tok) in ("VERB", "AUX") or tok.dep_ == "ROOT"
    if tok.dep_ in ("conj", "acl") and tok.pos_ in ("VERB", "AUX"):
        return bool(subjects(tok))  # "news that Serbia's president secured a deal": a clause of its own
    return False


def clause_head(tok: Token) -> Token:
    """The head of the clause containing `tok`."""
    cur = tok
    for _ in range(40):
        if is_clause_head(cur) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _agent_noun(tok: Token) -> bool:
    """Whether `tok` is a participle whose agent is the prepositional object it modifies ("respond to
    actions supporting Y"), not the clause subject; a set the subject is in ("X was among countries
    invited to join") stands for the subject."""
    noun = tok.head
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and noun.dep_ == "pobj" \
        and noun.head.lower_ not in resources.word_set("cues.toml", "proxies", "set_preps")


def is_future(tok: Token) -> bool:
    """Whether the clause of `tok` speaks of the future: its verb takes a future auxiliary
    (`data/cues.toml` [tense] future), "Modi will travel to Kyiv on Friday"."""
    head = clause_head(tok)
    future = resources.word_set("cues.toml", "tense", "future")
    return any(c.dep_ == "aux" and c.lower_ in future for c in head.children)


def anchors(trigger: Token) -> list[Token]:
    """The trigger, its governors up to (and including) its clause head, and verbs of conjoined
    predicates that share that subject ("X agreed to restore ties and reopen embassies")."""
    out = [trigger]
    cur = trigger
    for _ in range(12):
        if is_clause_head(cur) or cur.head.i == cur.i:
            break
        if _agent_noun(cur):
            out.append(cur.head)  # "respond to actions supporting Y": the actions support, not the subject
            break
        cur = cur.head
        out.append(cur)
    top = out[-1]
    if _misjoined(out):
        top = top.head
        out.append(top)
    # a verb without its own subject shares the subject of the verb it is joined to ("X agreed to
    # restore ties and reopen embassies", "X has ..., maintaining ...", "after establishing ties")
    for _ in range(4):
        if _shares_subject(top):
            top = top.head
            out.append(top)
            while not (is_clause_head(top) or top.head.i == top.i):
                top = top.head
                out.append(top)
        else:
            break
    # a relative clause on a noun trigger names its agent: "sanctions that the US announced",
    # "an agreement Putin signed with Kim"
    if trigger.pos_ in ("NOUN", "PROPN"):
        out.extend(c for c in trigger.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB")
    return out


def _misjoined(chain: list[Token]) -> bool:
    """Whether a subjectless verb of the chain is joined to a reported clause whose subject names no
    actor, a parser slip for a second verb of the reporting speaker: in "X said the decision took effect
    and ordered Y's diplomats to leave", X orders, not "the decision"."""
    top = chain[-1]
    if len(chain) < 2 or top.dep_ != "ccomp" or top.head.pos_ not in ("VERB", "AUX"):
        return False
    joined = chain[-2]
    if joined.dep_ != "conj" or joined.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
        return False
    subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        (s.pos_ == "NOUN" or s.lower_ in resources.words("demonstratives")) and not any(_is_named(t) for t in s.subtree)
        for s in subjects)


def _shares_subject(verb: Token) -> bool:
    """Whether a verb without a subject of its own takes the subject of the verb it hangs from: a
    conjoined verb, a participle, a gerund after a preposition ("after establishing ties"), or an
    infinitive on what a copula says its subject is ("X was the first to establish ties")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    if verb.dep_ in ("conj", "advcl", "acl"):
        return True
    if verb.dep_ == "relcl" and "Inf" in verb.morph.get("VerbForm") and verb.head.dep_ == "attr":
        return True  # "X was the first country to recognise Y": the copula's subject does it
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return False
    governor = verb.head.head
    if governor.pos_ == "NOUN" and listed(governor, resources.word_set("cues.toml", "shared_acts", "nouns")) \
            and governor.head.pos_ in ("VERB", "AUX") and governor.dep_ in ("dobj", "nsubjpass"):
        return True  # "held talks on expanding ties", "reached a deal on boosting trade": the talkers do it
    # "blacklisted 12 companies for supplying drones": the companies supply, not the one blacklisting; but
    # the chain goes on to a verb of thanks, whose object the relation rules make the doer ("thanked the US
    # for deploying troops")
    faulted = verb.head.lower_ in resources.words("for") and any(c.dep_ == "dobj" for c in governor.children) \
        and not listed(governor, resources.word_set("cues.toml", "thanks", "verbs"))
    return governor.pos_ in ("VERB", "AUX") and not faulted


def governors(trigger: Token, depth: int = 3) -> list[Token]:
    """Words that govern the trigger (heads up to `depth`, stopping at its clause head) and clauses
    attached to it ("relations, which began ..."): where statuses and modality are read."""
    out = []
    cur = trigger
    for _ in range(depth):
        if cur.head.i == cur.i or is_clause_head(cur):
            break
        cur = cur.head
        out.append(cur)
        if cur.pos_ in ("VERB", "AUX") and is_clause_head(cur):
            break
    out.extend(c for c in trigger.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX"))
    return out


@dataclass(frozen=True)
class Role:
    """How a word attaches to a trigger: role name, path length, the anchor reached, and whether the
    path passed through a common noun ("Iranian individuals") rather than only names and lists."""

    name: str
    steps: int
    anchor: int
    direct: bool


def _preposition_text(prep: Token) -> str:
    """A preposition's words: the token and the words fixed to it right after it, so that a preposition of
    several words ("en contra de", "por parte de") is named as one when the language lists it as such."""
    words = [prep.lower_]
    for c in prep.children:
        if c.i == prep.i + len(words) and c.dep_ in ("fixed", "dep") and c.pos_ in ("ADP", "NOUN", "ADV"):
            words.append(c.lower_)
    return " ".join(words) if len(words) > 1 and resources.preposition(" ".join(words)) != " ".join(words) \
        else prep.lower_


def role(tok: Token, anchor_ids: set[int], max_steps: int = 12, cross_clauses: bool = False,
         blocked: frozenset[int] = frozenset()) -> Role | None:
    """The role of the word `tok` relative to the anchors; None when its path leaves the anchors'
    clause first (unless `cross_clauses`), enters a coordinated predicate, or when the word only
    qualifies some other noun ("UN countries", "Syrian rebel groups"), or passes through a `blocked`
    word (another trigger of the same predicate: "the agreements between A and B ... an agreement C
    signed with D")."""
    if tok.dep_ in ("compound", "amod") and tok.head.i not in anchor_ids and not _is_named(tok.head) \
            and not _is_proxy(tok.head) \
            and tok.head.lower_ not in _acts() and not _owned(tok.head) \
            and tok.head.lower_ not in _goods() and tok.head.ent_type_ not in ("LOC", "FAC") \
            and not listed(tok.head, resources.word_set("cues.toml", "proxies", "territory")) \
            and not _institution(tok):
        return None  # "the Russian Far East" is a place of Russia
    prep: str | None = None
    last_dep = None
    cur = tok
    steps = 0
    direct = True
    while cur.i not in anchor_ids:
        if steps >= max_steps or cur.head.i == cur.i:
            return None
        head = cur.head
        dep = cur.dep_
        if is_clause_head(cur) and dep not in ("conj",) and not cross_clauses:
            return None  # crossed into another clause
        linking = _linking(cur)
        if dep in ("conj", "acl") and cur.pos_ in ("VERB", "AUX") and not cross_clauses and not linking:
            return None  # a coordinated or participial predicate is another event
        if steps and cur.pos_ == "NOUN":
            direct = False
        if steps and cur.i in blocked and last_dep not in ("poss", "compound", "amod"):
            return None  # but the owner of a judged judgement is judged: "rejected X's (the US) accusations"
        if dep == "pobj" and head.pos_ == "VERB" and head.dep_ != "prep":
            last_dep = "dobj"  # a parser slip: "a summit involving X" gives X as pobj of the verb
        elif dep == "npadvmod" and head.pos_ != "VERB" and part_of_speech(head) == "VERB":
            last_dep = "dobj"  # a verb tagged an adverb ("Russia and China back Maduro") has its object so
        elif dep == "pobj" or (head.pos_ == "ADP" and dep in ("pobj", "pcomp")):
            word = resources.preposition(_preposition_text(head))
            attached = head.head
            if attached.pos_ == "ADP" and head.dep_ == "prep":  # a two-word preposition: "as of", "ahead of"
                word = f"{resources.preposition(attached.lower_)} {word}"
                attached = attached.head
            elif attached.pos_ == "ADP" and head.dep_ == "conj":  # "to and from North Korea": both attach where
                attached = attached.head                            # the first does
            elif word == "as" and any(c.lower_ in resources.words("such") for c in head.children):
                word = "such as"  # "such" parsed as a modifier of "as"
            group = _extraposed_group(attached, head) if word in ("including", "such as") else None
            if group is not None:  # "12 countries recognise Taiwan, including Paraguay": the subject's list
                cur = group
                steps += 1
                continue
            if word in ("including", "such as") and attached.i not in anchor_ids:
                pass  # one of a list takes the list's role: "diplomats from seven countries, including Peru"
            elif prep is None and not (attached.i not in anchor_ids and (
                    (word in ("of", "by") and (_is_proxy(attached) or _owned(attached)))
                    or (word == "in" and (_seated(attached) or listed(attached, _located())))
                    or (word in _agent_preps() and listed(attached, _acts()))
                    or (word == "of" and _agent_of_act(attached, cur)))) \
                    and not _linking(attached):
                own = _object_prep(attached, word, anchor_ids) or (
                    "purpose" if _purpose(attached, word, anchor_ids) else None)
                if attached.i not in anchor_ids and not _is_proxy(attached) and not _is_named(attached) \
                        and not _predicate_idiom(attached) and own is None and not _gathering(attached, word):
                    return None  # "in X" qualifies some other word, not the event
                if _topic(head):
                    return None  # "On Yemen, the two leaders renewed their support": what the text turns to
                prep = own or word
        elif dep not in _TRANSPARENT and head.pos_ != "ADP":
            last_dep = dep
        elif dep == "appos" and head.i in anchor_ids and last_dep is None:
            last_dep = dep
        if dep in ("prep", "agent") and cur.pos_ == "ADP":
            last_dep = "prep"
        cur = head
        steps += 1
    if steps == 0:
        return None
    name = prep or _ROLE_OF_DEP.get(last_dep or "")
    return Role(name, steps, cur.i, direct) if name else None
