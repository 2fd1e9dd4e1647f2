"""Quantitative claims in stored documents, set against what the loaded datasets count at the claim's date.

What each measure is counted as (at the claim's date, or its document's date when undated):
- diplomatic_relations_count → diplomatic partners; embassies_count → embassies abroad;
- sanctions_count → sanction designations the actor receives (attrs.count where a source gives one,
  else one per relation) from every sender;
- troops_count / bases_count → the sum of attrs.troops / attrs.bases over military presence abroad.
Only dataset sources count: a document mentions some partners, it does not enumerate them.
Qualifiers: "UN" (UN countries, UN members) keeps partners that are UN member states (knowledge-base
kind "state"); a qualifier naming a UN region or subregion ("in the Americas") keeps partners there.

Verdicts: `consistent` when |claimed − counted| ≤ max(ABS_TOLERANCE, REL_TOLERANCE × claimed);
`inconsistent` otherwise (both figures given); `not_checkable` with the reason — no loaded data for
the measure, or the newest loaded data is more than MAX_GAP_YEARS older than the claim (COW waves are
five years apart, so a 2005 wave checks claims up to 2010).

Shape (JSON): {"claims": [{id, actor, measure, claimed, qualifier, date, source, quote, evidence,
               verdict, counted, difference, data_date, data_sources, reason}],
               "contradictions": [see contradictions.py]}
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from ..store import Store
from ..store import analysis_queries as q
from .actors import actor_id, describe, regions
from .contradictions import contradictions
from .dossier import holding, senders

ABS_TOLERANCE = 2
REL_TOLERANCE = 0.05
MAX_GAP_YEARS = 5

# measure -> (predicate, side, attribute summed or None to count partners)
_MEASURES = {
    "diplomatic_relations_count": ("diplomatic_relations", "both", None),
    "embassies_count": ("embassy", "out", None),
    "troops_count": ("military_presence", "out", "troops"),
    "bases_count": ("military_presence", "out", "bases"),
}


def check_claims(store: Store, actor: str | None = None) -> dict[str, Any]:
    """Every stored claim (about `actor` when given) with its verdict, and every contradiction."""
    aid = actor_id(actor) if actor else None
    claims = [check(store, c) for c in q.claim_relations(store.con, aid)]
    return {"claims": claims, "contradictions": contradictions(store, aid)}


def check(store: Store, claim: dict[str, Any]) -> dict[str, Any]:
    """One claim record (from analysis_queries.claim_relations) with its verdict."""
    attrs = claim["attrs"]
    measure, qualifier, value = attrs.get("measure"), attrs.get("qualifier"), attrs.get("value")
    when: date | None = claim["effective"]
    out = {"id": claim["id"], "actor": claim["subject"], "measure": measure, "claimed": value,
           "qualifier": qualifier, "date": claim["date"] or (when.isoformat() if when else None),
           "source": claim["source"],
           "quote": next((e["quote"] for e in claim["evidence"] if e.get("quote")), None),
           "evidence": claim["evidence"], "verdict": "not_checkable", "counted": None, "difference": None,
           "data_date": None, "data_sources": {}, "reason": None}
    reason = _uncheckable(measure, value, when, claim["negated"])
    if reason:
        return {**out, "reason": reason}
    counted, data_date, sources = _count(store, claim["subject"], measure, qualifier, when)
    out.update(data_date=data_date.isoformat() if data_date else None, data_sources=sources)
    if data_date is None:
        return {**out, "reason": f"no loaded dataset gives {measure} for {claim['subject']} by {when}"}
    gap = (when - data_date).days / 365.25
    if gap > MAX_GAP_YEARS:
        return {**out, "reason": f"no loaded data within {MAX_GAP_YEARS} years of the claim date "
                                 f"{when} (latest: {data_date}, {', '.join(sources)})"}
    diff = counted - float(value)
    ok = abs(diff) <= max(ABS_TOLERANCE, REL_TOLERANCE * float(value))
    return {**out, "verdict": "consistent" if ok else "inconsistent", "counted": counted, "difference": diff}


def _uncheckable(measure: str | None, value: Any, when: date | None, negated: bool) -> str | None:
    if negated:
        return "the claim is negated in the text"
    if not isinstance(value, (int, float)):
        return "the claim has no numeric value"
    if when is None:
        return "neither the claim nor its document has a date"
    if measure not in _MEASURES and measure != "sanctions_count":
        return f"no loaded dataset can count {measure}"
    return None


def _count(store: Store, actor: str, measure: str, qualifier: str | None, when: date
           ) -> tuple[float, date | None, dict[str, int]]:
    if measure == "sanctions_count":
        return _sanctions(store, actor, when)
    predicate, side, attr = _MEASURES[measure]
    keep = partner_filter(qualifier)
    rows = [h for h in holding(store, actor, when) if h["predicate"] == predicate and h["side"] == side
            and h["dataset_date"] is not None and keep(h["partner"])]
    if attr:
        rows = [h for h in rows if isinstance(h["attrs"].get(attr), (int, float))]
    if not rows:
        return 0, None, {}
    total = sum(h["attrs"][attr] for h in rows) if attr else len({h["partner"] for h in rows})
    sources: dict[str, int] = {}
    for h in rows:
        for s in h["sources"]:
            sources[s] = sources.get(s, 0) + 1
    return total, max(h["dataset_date"] for h in rows), dict(sorted(sources.items()))


def _sanctions(store: Store, actor: str, when: date) -> tuple[float, date | None, dict[str, int]]:
    rows = senders(store, actor, when, datasets_only=True)
    if not rows:
        return 0, None, {}
    sources: dict[str, int] = {}
    for s in rows:
        for src in s["sources"]:
            sources[src] = sources.get(src, 0) + s["designations"]
    return sum(s["designations"] for s in rows), max(s["last"] for s in rows), sources


def partner_filter(qualifier: str | None) -> Callable[[str], bool]:
    """Which partners a claim's qualifier keeps: UN member states, and/or one UN region or subregion."""
    text = (qualifier or "").lower()
    un = re.search(r"\bun\b|united nations", text) is not None
    region = next((r for r in regions() if re.search(rf"\b{re.escape(r.lower())}\b", text)), None)

    def keep(partner: str) -> bool:
        who = describe(partner)
        if un and who["kind"] != "state":
            return False
        return region is None or region in (who["un_region"], who["un_subregion"])

    return keep
