"""Quantitative claims in stored documents, set against what the loaded datasets count at the claim's date.

What each measure is counted as (at the claim's date, or its document's date when undated):
- diplomatic_relations_count → diplomatic partners; embassies_count → embassies abroad;
- sanctions_count → sanction designations the actor receives (attrs.count where a source gives one,
  else one per relation) from every sender;
- troops_count / bases_count → the sum of attrs.troops / attrs.bases over military presence abroad.
Only dataset sources count: a document mentions some partners, it does not enumerate them.
Qualifiers: "UN" (UN countries, UN members) keeps partners that are UN member states (knowledge-base
kind "state"); a qualifier naming a UN region or subregion ("in the Americas") keeps partners there.

Which data counts: each dataset giving the measure observes some dates - every date within its
coverage for spells and events, each wave and the dates between for waves, only the day taken for
snapshot lists and statements files (Wikidata). The count is taken at the loaded observation nearest
to the claim's date, from facts current there (not ones only last observed before it); `data_date`
is that date and `gap_years` how far it is from the claim (positive: earlier).

Verdicts: `consistent` when |claimed − counted| ≤ max(ABS_TOLERANCE, REL_TOLERANCE × claimed);
`inconsistent` otherwise (both figures given); `not_checkable` with the reason - no loaded data for
the measure, or the nearest observation is more than MAX_GAP_YEARS from the claim (COW waves are
five years apart, so a 2005 wave checks claims up to 2010); the nearest count, its date and the gap
are given then too ("70 on 2005-12-31, 14.8 years earlier").

Shape (JSON): {"claims": [{id, actor, measure, claimed, qualifier, date, source, quote, evidence,
               verdict, counted, difference, data_date, gap_years, gap, data_sources, reason}],
               "contradictions": [see contradictions.py]}
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import duckdb

from ..store import Store
from ..store.queries import GROUPED_EVIDENCE, records
from .actors import actor_id, describe, regions
from .contradictions import contradictions
from .dossier import holding, index_store, senders

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
    index_store(store)
    claims = [check(store, c) for c in claim_relations(store.con, aid)]
    return {"claims": claims, "contradictions": contradictions(store, aid)}


def check(store: Store, claim: dict[str, Any]) -> dict[str, Any]:
    """One claim record (from `claim_relations`) with its verdict."""
    attrs = claim["attrs"]
    measure, qualifier, value = attrs.get("measure"), attrs.get("qualifier"), attrs.get("value")
    when: date | None = claim["effective"]
    out = {"id": claim["id"], "actor": claim["subject"], "measure": measure, "claimed": value,
           "qualifier": qualifier, "date": claim["date"] or (when.isoformat() if when else None),
           "source": claim["source"],
           "quote": next((e["quote"] for e in claim["evidence"] if e.get("quote")), None),
           "evidence": claim["evidence"], "verdict": "not_checkable", "counted": None, "difference": None,
           "data_date": None, "gap_years": None, "gap": None, "data_sources": {}, "reason": None}
    reason = _uncheckable(measure, value, when, claim["negated"])
    if reason:
        return {**out, "reason": reason}
    predicate = "sanction" if measure == "sanctions_count" else _MEASURES[measure][0]
    at = nearest_observation(store, predicate, when)
    if at is None:
        return {**out, "reason": f"no loaded dataset gives {measure}"}
    counted, sources = _count(store, claim["subject"], measure, qualifier, at)
    gap = round((when - at).days / 365.25, 1)
    out.update(counted=counted, data_date=at.isoformat(), gap_years=gap, gap=gap_text(gap), data_sources=sources)
    if abs(gap) > MAX_GAP_YEARS:
        return {**out, "reason": f"no loaded data within {MAX_GAP_YEARS} years of the claim date {when}: nearest "
                                 f"count {counted:,.0f} on {at} ({gap_text(gap)}; {', '.join(sources) or 'no source'})"}
    diff = counted - float(value)
    ok = abs(diff) <= max(ABS_TOLERANCE, REL_TOLERANCE * float(value))
    return {**out, "verdict": "consistent" if ok else "inconsistent", "difference": diff}


def gap_text(years: float) -> str:
    """'14.8 years earlier' (data before the claim), '3.6 years later', or 'the same date'."""
    if years == 0:
        return "the same date"
    return f"{abs(years):g} year{'' if abs(years) == 1 else 's'} {'earlier' if years > 0 else 'later'}"


def nearest_observation(store: Store, predicate: str, when: date) -> date | None:
    """The date nearest to `when` that a loaded dataset giving `predicate` observes (an earlier one
    wins a tie); None when no dataset gives it."""
    candidates = []
    for span in observation_spans(store.con, predicate):
        first, last = span["first_date"], span["last_date"]
        if first is None or last is None:
            continue
        if span["kind"] in ("snapshot", "statements"):
            candidates.append(span["snapshot_date"] or last)
        else:
            candidates.append(when if first <= when <= last else (last if when > last else first))
    return min(candidates, key=lambda d: (abs((d - when).days), d > when), default=None)


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
           ) -> tuple[float, dict[str, int]]:
    """The measure at `when` from dataset facts current then, and how much each source gives."""
    if measure == "sanctions_count":
        return _sanctions(store, actor, when)
    predicate, side, attr = _MEASURES[measure]
    keep = partner_filter(qualifier)
    rows = [h for h in holding(store, actor, when) if h["predicate"] == predicate and h["side"] == side
            and h["dataset_date"] is not None and h["last_observed"] is None and keep(h["partner"])]
    if attr:
        rows = [h for h in rows if isinstance(h["attrs"].get(attr), (int, float))]
    total = sum(h["attrs"][attr] for h in rows) if attr else len({h["partner"] for h in rows})
    sources: dict[str, int] = {}
    for h in rows:
        for s in h["current_sources"]:
            sources[s] = sources.get(s, 0) + 1
    return total, dict(sorted(sources.items()))


def _sanctions(store: Store, actor: str, when: date) -> tuple[float, dict[str, int]]:
    rows = [s for s in senders(store, actor, when, datasets_only=True) if s["last_observed"] is None]
    sources: dict[str, int] = {}
    for s in rows:
        for src in s["sources"]:
            sources[src] = sources.get(src, 0) + s["designations"]
    return sum(s["designations"] for s in rows), sources


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


def claim_relations(con: duckdb.DuckDBPyConnection, actor: str | None) -> list[dict[str, Any]]:
    """Every stored claim (optionally about one actor) with its date (else its document's date),
    source and evidence."""
    return records(con.execute(f"""
        WITH r AS (
            SELECT r.*, coalesce(r.date_end, s.date) AS effective, s.date AS source_date,
                   coalesce(s.dataset, s.name) AS source
            FROM relations r JOIN sources s ON s.id = r.source_id
            WHERE r.predicate = 'claim' AND ($actor IS NULL OR r.subject = $actor)
        ), {GROUPED_EVIDENCE}
        SELECT r.id, r.subject, r.date, r.effective, r.source_date, r.attrs, r.negated, r.source,
               coalesce(ev.evidence, []) AS evidence
        FROM r LEFT JOIN ev ON ev.relation_id = r.id
        ORDER BY r.subject, r.effective, r.source, r.id""", {"actor": actor}))


def observation_spans(con: duckdb.DuckDBPyConnection, predicate: str) -> list[dict[str, Any]]:
    """What each dataset source giving `predicate` observes in time: its name, timing kind, first and
    last date and snapshot date (dataset_coverage)."""
    return records(con.execute("""
        SELECT c.dataset AS source, c.kind, c.first_date, c.last_date, c.snapshot_date
        FROM dataset_coverage c
        WHERE c.source_id IN (SELECT DISTINCT source_id FROM relations WHERE predicate = $predicate)
        ORDER BY c.dataset, c.source_id""", {"predicate": predicate}))
