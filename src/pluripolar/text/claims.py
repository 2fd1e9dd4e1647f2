"""Claims: quantitative statements about ONE actor ("maintaining relations with 164 UN countries",
"has five embassies", "5,532 sanctions against it", "embassies in 30 foreign states").

A number counts the ontology measure whose noun it qualifies (`data/cues.toml` [claims]), directly
("five embassies") or through the countries counted ("relations with 164 countries"). The actor is the
target of counted sanctions ("against X"), else the possessor or the clause subject.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.kb import STATE_KINDS
from . import resources
from .mentions import Mention
from .numbers import as_int, is_currency, parse_number
from .pieces import sentence_ents
from .relations import Candidate, Context, context_date, date_for
from .syntax import anchors as anchor_chain
from .syntax import clause_head, is_partner, role, subject_mentions

_TARGET_ROLES = ("against", "on", "to")
_OWNER_ROLES = ("subj", "poss", "pass")
_FORCES = frozenset({"troops_count", "bases_count"})


def _measure(tok: Token) -> str | None:
    """The measure a noun counts, by itself or with its modifier ("12 diplomatic allies")."""
    table = resources.inverse("cues.toml", "claims")
    qualified = [f"{c.lower_} {w}" for c in tok.children if c.dep_ in ("amod", "compound") for w in (tok.lower_, tok.lemma_.lower())]
    return next((table[w] for w in (*qualified, tok.lower_, tok.lemma_.lower()) if w in table), None)


def _value(num: Token) -> float | None:
    words = [num.text] + [c.text for c in num.children if c.dep_ in ("compound", "quantmod") and c.like_num]
    return parse_number(" ".join(words))


def _measured(num: Token) -> tuple[str, Token] | None:
    """The measure a number counts and the noun carrying it."""
    noun = num.head if num.dep_ in ("nummod", "quantmod") else num
    m = _measure(noun)
    if m:
        return m, noun
    if noun.lower_ in resources.words("counted") or noun.i == num.i:
        up = noun.head
        if up.pos_ == "ADP" and up.lower_ in resources.words("counted_preps"):
            # "relations with 146 states" even when the parse hangs "with" on the verb ("maintains")
            carriers = [up.head] + [c for c in up.head.children if c.dep_ == "dobj" and up.head.pos_ == "VERB"]
            for carrier in carriers:
                m = _measure(carrier)
                if m and m not in _FORCES:  # "bases in 80 countries" counts countries
                    return m, carrier
    return None


def _uncounted(noun: Token) -> bool:
    """Whether the troops or bases counted are casualties or an offer, not what their actor holds
    (`data/<lang>/cues.toml` [uncounted_forces])."""
    words = resources.word_set("cues.toml", "uncounted_forces", "words")
    return any(t.lemma_.lower() in words for t in noun.ancestors)


def find(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Claim candidates in one sentence, whose relations so far are `found`: a count of troops or bases
    that a military presence of the same actor carries is no claim of its own."""
    counted = {(c.subject, k) for c in found if c.predicate == "military_presence" for k in c.attrs}
    out = []
    for num in ctx.sentence:
        if not num.like_num or num.ent_type_ in ("DATE", "TIME", "PERCENT", "ORDINAL") or num.dep_ == "quantmod":
            continue
        value = _value(num)
        if value is not None and num.dep_ == "nummod" and num.head.lower_ in resources.words("counted"):
            claim = _partners_counted(num, value, ctx)
            if claim is not None:
                out.append(claim)
                continue
        measured = _measured(num)
        if not measured or value is None:
            continue
        measure, noun = measured
        presence = ctx.triggers.get("military_presence", frozenset())
        if measure in _FORCES and any(t.i in presence for t in noun.ancestors):
            continue  # "the stationing of 28,500 US troops" is a presence, even with its host unnamed
        if measure in _FORCES and _uncounted(noun):
            continue
        chain = anchor_chain(noun)
        ids = {t.i for t in chain}
        owner = _owner(measure, ids, ctx, num)
        if owner is None or (owner.actor, measure.removesuffix("_count")) in counted:
            continue
        qual = " ".join(t.text for t in noun.subtree if t.i > num.i and not t.is_punct)[:80] or None
        attrs = {"measure": measure, "value": as_int(value)}
        if qual and noun.i > num.i:
            attrs["qualifier"] = qual
        date = date_for(noun, chain, ctx)
        doc = ctx.sentence.doc
        lo = min(num.i, noun.i, owner.start)
        hi = max(num.i, noun.i, owner.end - 1)
        out.append(_claim(owner.actor, attrs, date, round(0.8 * owner.confidence, 3), doc[lo], doc[hi], ctx))
    return out


def _partners_counted(num: Token, value: float, ctx: Context) -> Candidate | None:
    """A count of the states with ties to one actor, a claim of that actor's: "just 19 nations with
    official ties to Taiwan", "only 12 countries maintain diplomatic relations with Taiwan"."""
    noun = num.head
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    # "with" on the verb too: in "there remain 19 nations with ties to X" the parser hangs it there
    owners = [noun, noun.head] if noun.dep_ in ("attr", "nsubj", "dobj") else [noun]
    carriers = [c for o in owners for p in o.children if p.dep_ == "prep" and p.lower_ in resources.words("with")
                for c in p.children if c.dep_ == "pobj"]
    carriers += [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    for carrier in carriers:
        if _measure(carrier) != "diplomatic_relations_count":
            continue
        holders = [carrier, carrier.head] if carrier.dep_ == "dobj" else [carrier]
        partners = {c.i for h in holders for p in h.children
                    if p.dep_ == "prep" and resources.preposition(p.lower_) in ("with", "to")
                    for c in p.children if c.dep_ == "pobj"}
        owner = next((m for m in ctx.mentions if m.root in partners and m.kind in STATE_KINDS), None)
        if owner is None:
            return None
        doc = ctx.sentence.doc
        lo, hi = min(num.i, owner.start), max(carrier.i, owner.end - 1)
        attrs = {"measure": "diplomatic_relations_count", "value": as_int(value),
                 "qualifier": doc[num.i + 1:carrier.i + 1].text[:80]}
        return _claim(owner.actor, attrs, date_for(noun, anchor_chain(noun), ctx), round(0.8 * owner.confidence, 3),
                      doc[lo], doc[hi], ctx)
    return None


def trade_values(ctx: Context) -> list[Candidate]:
    """Claims of trade in US dollars: a sum in dollars in the clause of a "trade" noun ("Bilateral trade
    between China and Brazil reached $157 billion", "The value of this trade – USD 150.4 billion"),
    about the first state the trade phrase names, else the clause subject, else the state the document
    names most."""
    out = []
    trade_words = resources.words("trade")
    nouns = [t for t in ctx.sentence if t.lemma_.lower() in trade_words and t.pos_ == "NOUN" and t.dep_ != "compound"]
    for ent in sentence_ents(ctx.sentence):
        if ent.label_ != "MONEY" or not any(is_currency(t.text) or t.text == "$" for t in ent) \
                or ent.root.head.lemma_.lower() in trade_words:
            continue
        first = next((t.i for t in ent if t.like_num or t.text == "$" or is_currency(t.text)), ent.start)
        value = parse_number(ent.doc[first:ent.end].text)  # "a record 65 billion dollars"
        here = clause_head(ent.root)
        trade = next((t for t in nouns if clause_head(t).i == here.i), None)
        if value is None or trade is None:
            continue
        doc = ctx.sentence.doc
        states = [m for m in ctx.mentions if m.kind in STATE_KINDS
                  and trade.left_edge.i <= m.start <= trade.right_edge.i and not is_partner(doc[m.root], trade)]
        speaker = _clause_subject(here.head, ctx) if here.dep_ in ("ccomp", "parataxis") else None
        owner = states[0].actor if states else _clause_subject(here, ctx) or speaker or ctx.focus
        if owner is None:
            continue
        chain = anchor_chain(trade)
        lo, hi = min(trade.left_edge.i, ent.start), max(trade.i, ent.end - 1)
        out.append(_claim(owner, {"measure": "trade_value_usd", "value": as_int(value)}, date_for(trade, chain, ctx),
                          0.6, doc[lo], doc[hi], ctx))
    return out


def _claim(owner: str, attrs: dict, date: str | None, confidence: float, first: Token, last: Token,
           ctx: Context) -> Candidate:
    """A claim candidate about `owner`, its quote running from `first` to `last`."""
    return Candidate("claim", owner, None, None, attrs, False, date, confidence, first.idx, last.idx + len(last),
                     ctx.sentence, context_date(ctx))


def _clause_subject(head: Token, ctx: Context) -> str | None:
    """The first state the subject of the clause headed by `head` names, partners aside."""
    return next((m.actor for m in subject_mentions(head, ctx.mentions) if m.kind in STATE_KINDS), None)


def _owner(measure: str, ids: set[int], ctx: Context, num: Token) -> Mention | None:
    scored: list[tuple[int, int, Mention]] = []
    for m in ctx.mentions:
        if m.kind not in STATE_KINDS:
            continue
        r = role(ctx.sentence.doc[m.root], ids)
        if r is None:
            continue
        if measure == "sanctions_count" and r.name in _TARGET_ROLES:
            scored.append((0, r.steps, m))
        elif measure in _FORCES and r.name in ("amod", "compound") and r.steps == 1:
            scored.append((0, r.steps, m))  # "50,000 American troops"
        elif r.name in _OWNER_ROLES:
            scored.append((1, r.steps, m))
    return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None
