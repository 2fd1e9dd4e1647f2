"""TIES v4.1 (Threat and Imposition of Economic Sanctions; Morgan, Bapat & Kobayashi 2014).

Only cases where sanctions were imposed (imposition = 1) map; threats alone do not. For each state
sender (sender1…sender5, COW codes; institutional senders are not mapped) and the target state:
- `sanction` sender → target, status imposed, date = imposition start (else case start) at the
  precision known, date_end = case end when it ended; attrs.case = caseid, attrs.instrument = the
  ontology instruments of the sanction types (codes in `data/ties_sanction_types.csv`);
- `sanction` sender → target, status lifted, dated by the case end, when the case ended.
"""
from __future__ import annotations

from ..store.rows import last_day
from .macros import data_file
from .spec import Dataset, Layout, RowMapping, Timing

_NUMERIC = ("startmonth", "startday", "startyear", "endmonth", "endday", "endyear", "sender1", "sender2",
            "sender3", "sender4", "sender5", "targetstate", "imposition", "sancimpositionstartmonth",
            "sancimpositionstartday", "sancimpositionstartyear")
_COLUMNS = ("caseid", *_NUMERIC, "sanctiontype", "finaloutcome")


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    senders = ", ".join(f"int_of(sender{i})" for i in range(1, 6))
    return RowMapping(relations=f"""
        WITH types AS (SELECT * FROM read_csv('{data_file("ties_sanction_types.csv")}', header=true,
                                              all_varchar=true)),
        c AS (SELECT _row, caseid, int_of(startyear) AS y,
                     coalesce(ymd(int_of(sancimpositionstartyear), int_of(sancimpositionstartmonth),
                                  int_of(sancimpositionstartday)),
                              ymd(int_of(startyear), int_of(startmonth), int_of(startday)))
                         AS started,
                     ymd(int_of(endyear), int_of(endmonth), int_of(endday)) AS ended,
                     iso3_in(int_of(targetstate), int_of(startyear)) AS target,
                     string_split(trim(coalesce(sanctiontype, '')), ' ') AS codes,
                     unnest(list_filter([{senders}], x -> x IS NOT NULL)) AS sender
              FROM raw WHERE int_of(imposition) = 1),
        i AS (SELECT caseid,
                     list_sort(list(DISTINCT t.instrument) FILTER (WHERE t.instrument IS NOT NULL)) AS instruments
              FROM (SELECT caseid, unnest(codes) AS code FROM c) u LEFT JOIN types t USING (code) GROUP BY caseid),
        s AS (SELECT c.*, iso3_in(sender, y) AS sender_iso, coalesce(i.instruments, []) AS instruments
              FROM c LEFT JOIN i USING (caseid))
        SELECT sender_iso AS subject, 'sanction' AS predicate, target AS object, started AS date,
               {last_day('ended')} AS date_end,
               'imposed' AS status,
               json_object('status', 'imposed', 'case', caseid, 'instrument', instruments) AS attrs,
               caseid AS key, _row AS row_number
        FROM s
        UNION ALL
        SELECT sender_iso, 'sanction', target, ended, NULL::DATE, 'lifted',
               json_object('status', 'lifted', 'case', caseid), caseid, _row
        FROM s WHERE ended IS NOT NULL""")


TIES = Dataset(
    name="ties",
    description="economic sanction cases 1945-2005 with senders and target → sanction imposed/lifted",
    url="https://sanctions.web.unc.edu/",
    download_url=None,  # distributed as a spreadsheet from the project page
    licence="free for research; cite the dataset",
    citation="Morgan, T. Clifton, Navin Bapat, and Yoshiharu Kobayashi. 2014. \"The Threat and "
             "Imposition of Sanctions: Updating the TIES dataset.\" Conflict Management and Peace Science "
             "31(5): 541-558.",
    layouts=(Layout("4.1", _COLUMNS, version="4.1", exact=False),),  # free text in numeric columns
    mapping=_mapping,
    timing=Timing("events", "1945-2005"),
)
