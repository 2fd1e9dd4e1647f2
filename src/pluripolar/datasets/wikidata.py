"""Wikidata: diplomatic relations, embassies and international-organisation memberships of states,
as the Wikidata Query Service returns them (SPARQL JSON results) for `data/wikidata_relations.rq`.

A current source: statements carry start and end dates where editors gave them (P580/P582, an
embassy's inception/dissolution P571/P576) at their precision (year, month, day). The results are
as of the day they were fetched (`data load --date`, else the file's modification day); a statement
without a start date is dated by that day - it is known to hold then, not since when.
- `diplomatic_relations` (symmetric) per P530 statement between two states (ISO 3166 alpha-3, P298),
  status maintained, from its start to its end; an end also gives status severed on that date;
- `embassy` operator's state → host state per embassy item, maintained from inception, closed
  when dissolved; the operator is a state or a body of one (a foreign ministry, via its P17);
- `membership` state → organisation per P463 statement whose object is an international
  organisation the actor knowledge base knows by its English label (NATO, EU, AU, BRICS …), status
  member, from its start; an end gives status left on that date. attrs.item = the Wikidata statement
  or item IRI.
"""
from __future__ import annotations

import urllib.parse
from importlib import resources

from ..store.rows import last_day
from .spec import Dataset, Layout, RowMapping, Timing

ENDPOINT = "https://query.wikidata.org/sparql"
_COLUMNS = ("kind", "subjectIso", "objectIso", "objectLabel", "start", "startPrecision", "end", "endPrecision",
            "item")


def query() -> str:
    """The SPARQL query behind the dataset (data/wikidata_relations.rq)."""
    return resources.files(__package__).joinpath("data", "wikidata_relations.rq").read_text(encoding="utf-8")


def _date(value: str, precision: str) -> str:
    """SQL: a Wikidata time value as YYYY, YYYY-MM or YYYY-MM-DD by its precision (9 year or coarser,
    10 month, 11 day); NULL when it is not a date (an unknown value)."""
    return f"""CASE WHEN TRY_CAST(substr({value}, 1, 10) AS DATE) IS NULL THEN NULL
                    WHEN coalesce(TRY_CAST({precision} AS INTEGER), 11) <= 9 THEN substr({value}, 1, 4)
                    WHEN TRY_CAST({precision} AS INTEGER) = 10 THEN substr({value}, 1, 7)
                    ELSE substr({value}, 1, 10) END"""


_LAST_DAY = last_day("until")

# predicate, status while it holds, status at its end (None: no end event)
_KINDS = {"diplomatic_relations": ("maintained", "severed"), "embassy": ("maintained", "closed"),
          "membership": ("member", "left")}


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    holds = " ".join(f"WHEN '{k}' THEN '{v[0]}'" for k, v in _KINDS.items())
    ends = " ".join(f"WHEN '{k}' THEN '{v[1]}'" for k, v in _KINDS.items())
    return RowMapping(
        names={"name_iso3": ("SELECT subjectIso FROM raw UNION SELECT objectIso FROM raw "
                             "UNION SELECT objectLabel FROM raw WHERE kind = 'membership'", None)},
        relations=f"""
        WITH w AS (
            SELECT _row, kind, item, a.iso3 AS s,
                   CASE WHEN kind = 'membership' THEN l.iso3 ELSE b.iso3 END AS o,
                   {_date('start', 'startPrecision')} AS since, {_date('"end"', 'endPrecision')} AS until
            FROM raw LEFT JOIN name_iso3 a ON a.name = raw.subjectIso
                     LEFT JOIN name_iso3 b ON b.name = raw.objectIso
                     LEFT JOIN name_iso3 l ON l.name = raw.objectLabel
            WHERE kind IN ({', '.join(f"'{k}'" for k in _KINDS)})),
        p AS (SELECT *, kind = 'diplomatic_relations' AND s > o AS swap FROM w WHERE s IS DISTINCT FROM o)
        SELECT if(swap, o, s) AS subject, kind AS predicate, if(swap, s, o) AS object,
               coalesce(since, getvariable('snapshot')) AS date,
               {_LAST_DAY} AS date_end, CASE kind {holds} END AS status,
               json_object('status', CASE kind {holds} END, 'item', item) AS attrs, '' AS key, _row AS row_number
        FROM p
        UNION ALL
        SELECT if(swap, o, s), kind, if(swap, s, o), until, NULL::DATE, CASE kind {ends} END,
               json_object('status', CASE kind {ends} END, 'item', item), 'end', _row
        FROM p WHERE until IS NOT NULL""")


WIKIDATA_RELATIONS = Dataset(
    name="wikidata-relations",
    description="Wikidata statements, current: diplomatic relations and embassies between states, states' "
                "memberships of international organisations, with dates where given → diplomatic_relations, "
                "embassy, membership",
    url="https://www.wikidata.org/wiki/Property:P530",
    download_url=f"{ENDPOINT}?" + urllib.parse.urlencode({"query": query(), "format": "json"}),
    licence="CC0 1.0 (Wikidata)",
    citation="Wikidata contributors. Wikidata: diplomatic relation (P530), embassy (Q3917681) and member of "
             "(P463) statements, via the Wikidata Query Service (query in pluripolar's "
             "datasets/data/wikidata_relations.rq).",
    layouts=(Layout("sparql-json", _COLUMNS, version="wdqs", exact=False, nullstr=("",)),),
    mapping=_mapping,
    timing=Timing("statements", "statements as of the day they were fetched (data load --date)",
                  after="facts holding when the results were fetched are shown as last observed that day"),
    download_name="wikidata_relations.json",
)
