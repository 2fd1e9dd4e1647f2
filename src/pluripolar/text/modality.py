"""Negation and modality of a trigger: did the text say it happened, did not, or only might?

Read on the trigger and the verbs governing it within its clause: a negation child ("not", "never")
or a denying governor ("denied") negates; a modal auxiliary ("could", "may"), a wishing/planning
governor ("hope", "urge", "expected to") or a conditional clause ("if ...") makes it hypothetical.
"will", "would" and "agreed to" are announced decisions and count as asserted.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from . import resources
from .syntax import anchors as anchor_chain
from .syntax import listed
from .triggers import Trigger, naming_verb, reasoned_act


@dataclass(frozen=True)
class Mood:
    """What the text says of a trigger's event: only possible, wished or planned (`hypothetical`: it
    asserts no relation), and whether it denies it (`negated`)."""

    hypothetical: bool
    negated: bool


def mood(trigger: Trigger, judged: bool = False) -> Mood:
    """The mood of `trigger` in its sentence; `judged` when the caller has judged its modality itself
    (an event only threatened is still the threat's object), so it is never hypothetical here."""
    tok = trigger.token
    if trigger.mode == "label":  # "called Russia a threat": what the naming verb asserts
        tok = naming_verb(tok) or tok
    elif trigger.mode == "reason":  # "did not expel X over its meddling": what the act's verb asserts
        tok = reasoned_act(tok) or tok
    chain = anchor_chain(tok)
    intent = trigger.predicate in _cue("hypothetical", "intent_counts")
    hypothetical = not judged and (is_hypothetical(tok, chain, invited_counts=trigger.predicate == "membership",
                                                   intent_counts=intent)
                                   and not (trigger.predicate in ("aid", "support") and offered(chain))
                                   or _offered_only(trigger, chain))
    denied = denials(tok, chain, called_off=trigger.status is None)
    # a denied denial asserts nothing firm: "did not cancel his visit" (still to come)
    return Mood(hypothetical or denied >= 2, denied % 2 == 1 or any(_denied_clause(t) for t in chain))


def _offered_only(trigger: Trigger, chain: list[Token]) -> bool:
    """Whether a relation that an offer does not make is only offered ("offered its troops to X": none are
    there yet; offered aid is still support pledged), per `cues.toml` [hypothetical] offered_only."""
    return trigger.predicate in _cue("hypothetical", "offered_only") and any(
        listed(t, _cue("hypothetical", "offers")) for t in chain[1:])


def offered(chain: list[Token]) -> bool:
    """Whether support or aid is offered by readiness to give it ("stood ready to support X", "is
    willing to help Y"): the annotation guide's support pledged."""
    ready = _cue("pledges", "readiness")
    return any(listed(t, ready) for t in chain[1:])


def _cue(name: str, key: str) -> frozenset[str]:
    return resources.word_set("cues.toml", name, key)


def _scope(trigger: Token, anchors: list[Token]) -> list[Token]:
    """The words whose modifiers bear on the trigger: the trigger and the anchors above it that it is
    a complement of (a copula whose subject the trigger is does not count)."""
    out = [trigger]
    prev = trigger
    for tok in anchors[1:]:
        if tok.head.i == trigger.i:
            break  # a clause on the trigger noun says what it does ("an agreement allowing troops to ...")
        if prev.dep_ == "pobj" and tok.lower_ in resources.words("comparison"):
            break  # compared, not denied: "X was not as substantial as an agreement Y signed"
        if prev.dep_ == "pobj" and tok.lower_ in resources.words("with") and any(_participle(c) for c in prev.subtree):
            break  # an absolute clause of its own: "X vetoed it, with its partner Y abstaining"
        if _participle(prev) or prev.dep_ == "appos" or prev.dep_ == "compound" and tok.ent_id_:
            break  # a participle or apposition describes its noun: "threatened to expel the troops
            # stationed in X", "X, a member of Y, did not ...", "NATO member Turkey blocked ..."
        if prev.dep_ in ("nsubj", "nsubjpass") and (tok.lemma_ in resources.words("copula") or listed(tok, _cue("negation", "steadfast"))):
            break  # "our support for Ukraine will not waver": it holds
        out.append(tok)
        prev = tok
    return out


def _participle(tok: Token) -> bool:
    """A participle qualifying a noun ("troops stationed in X"), not an infinitive ("an invitation to visit")."""
    return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG")


def denials(trigger: Token, anchors: list[Token], called_off: bool = True) -> int:
    """How many words of the trigger's clause deny its event ("not", "never", "neither X nor Y", and
    with `called_off` "cancelled"): one denies it, two deny the denial ("did not cancel his visit")."""
    neg_words = _cue("negation", "words") | (_cue("negation", "called_off") if called_off else frozenset())
    count = 0
    phrase = False  # the trigger sits in a phrase of the clause ("At the height of X, neither Y nor Z ...")
    for tok in _scope(trigger, anchors):
        count += tok.i != trigger.i and tok.lemma_.lower() in neg_words
        for c in tok.children:
            count += c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in resources.words("no") and tok.i == trigger.i)
            # "neither X nor Y expelled ...", "no country has recognised ..."
            count += not phrase and c.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ in ("preconj", "det") and g.lower_ in _cue("negation", "subject_words") for g in c.children)
        phrase = phrase or tok.dep_ in ("prep", "pobj", "pcomp")
    return count


def _denied_clause(head: Token) -> bool:
    """Whether the trigger's clause is what a denial or "no evidence" is about: "Russia denied that it
    had sent troops", "NATO has seen no evidence that China was delivering weapons"."""
    gov = head.head
    if head.dep_ not in ("ccomp", "acl") or gov.i == head.i:
        return False
    if gov.pos_ == "VERB":
        return listed(gov, _cue("negation", "denials"))
    return listed(gov, _cue("negation", "evidence_nouns")) and any(
        c.dep_ == "det" and c.lower_ in resources.words("no") for c in gov.children)


def is_hypothetical(trigger: Token, anchors: list[Token], invited_counts: bool = False,
                    intent_counts: bool = False) -> bool:
    """Whether the event is only possible, wished, planned or conditional; an invitation ("accepted an
    invitation to visit Pyongyang") only makes it so unless `invited_counts` (being invited to join is
    a stage of membership), an intent ("want to upgrade relations") unless `intent_counts`."""
    modals = _cue("hypothetical", "modals")
    govs = _cue("hypothetical", "governors") | (frozenset() if invited_counts else _cue("hypothetical", "invitations"))
    if intent_counts:
        govs -= _cue("hypothetical", "intents")
    strivings = _cue("hypothetical", "noun_governors")
    deferrals = _cue("hypothetical", "deferrals")
    marks = _cue("hypothetical", "conditional_marks")
    unless = _cue("hypothetical", "unless_marks")
    scope = _scope(trigger, anchors)
    for prev, tok in zip([trigger, *scope], scope):
        if tok.i != trigger.i and (listed(tok, govs) and not _passive_naming(tok)
                                   or tok.pos_ == "NOUN" and listed(tok, strivings)) \
                and prev.dep_ not in ("nsubj", "nsubjpass") and not _announced(tok):
            return True  # ("the members debated X": they are no wish)
        if tok.i != trigger.i and listed(tok, deferrals) and prev.dep_ != "nsubj":
            return True
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in modals:
                return True
            if c.dep_ == "mark" and c.lower_ in marks:
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in unless for m in c.children):
                return True  # "will withdraw its force unless Chad holds elections": a threat, not done
    head = scope[-1] if _participle(scope[-1]) else anchors[-1]
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in head.children):
        return True
    # "X is expected to sign", "in the hope of signing": a governing clause of expectation (a clause
    # coordinated with the event's is none: "X called for Y and said it would support Z")
    # nor is a clause the event's is adverbial to: "X is trying to ... after Y voted to reprimand Z"
    tok = head
    # nor is a relative clause's ("... aimed to curb interference by Iran, whose support for X ...")
    while (tok.dep_ != "conj" or _joined_complement(tok)) and not _participle(tok) and tok.head.i != tok.i \
            and not _subordinate(tok) and tok.dep_ != "relcl":
        tok = tok.head
        if listed(tok, govs) and tok.pos_ in ("VERB", "NOUN", "ADJ") or tok.pos_ == "NOUN" and listed(tok, strivings):
            return True
    return False


def _passive_naming(verb: Token) -> bool:
    """Whether a governor is a passive verb naming what its subject is ("X is considered Y's ally", "X,
    considered Y's closest ally"), which asserts it rather than weighing it."""
    return listed(verb, _cue("hypothetical", "passive_namings")) and (
        any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN")


def _announced(plan: Token) -> bool:
    """Whether a noun of planning is the object of a verb announcing it, which makes the plan an announced
    decision (the annotation guide counts those): "Biden announced plans to place troops in Poland", "the
    government unveiled a plan to open an embassy" (a plan only discussed or hoped for stays a wish)."""
    return plan.pos_ == "NOUN" and plan.dep_ == "dobj" and listed(plan, _cue("hypothetical", "plans")) \
        and listed(plan.head, _cue("hypothetical", "announcing"))


def _joined_complement(verb: Token) -> bool:
    """Whether a verb without a subject of its own is joined to a complement clause, and so is wished
    or demanded as that one is: in "calls for Russia to end hostilities and withdraw its forces" the
    withdrawal is called for too (unlike "X called for Y and said ...", joined to the governor itself)."""
    return verb.dep_ == "conj" and verb.head.dep_ in ("xcomp", "ccomp", "advcl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _subordinate(clause: Token) -> bool:
    """Whether a clause is adverbial with a conjunction of its own ("after Y voted", "because Y
    refused"): what it reports happened whatever the clause it hangs from only wishes."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in resources.words("for")
                                          for c in clause.children)  # ("calls for X to end": its complement)
