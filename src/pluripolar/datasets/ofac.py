"""OFAC Specially Designated Nationals list (sdn.csv, US Treasury; no header, "-0-" = empty).

A designation names the sanctions programs it falls under ("IRAN] [IRGC"); a program targeting a state
is mapped to it by `data/ofac_programs.csv` (thematic programs such as SDGT or NPWMD have no target
state and are not mapped). One `sanction` USA → target per (program, target), status imposed,
dated by the list's snapshot date (the file carries none: `data load --date`, else the file's
modification day, which is the download day for `data fetch`), attrs.program, attrs.count =
designations under that program, attrs.instrument = ["designations"]; evidence = every designation
row of the program. The count is part of the relation's key, so two snapshots of the list give two
relations when counts differ.
"""
from __future__ import annotations

from .macros import data_file
from .spec import Dataset, Layout, RowMapping, Timing

_COLUMNS = ("ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage",
            "GRT", "Vess_flag", "Vess_owner", "Remarks")


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(relations=f"""
        WITH p AS (SELECT * FROM read_csv('{data_file("ofac_programs.csv")}', header=true, all_varchar=true)),
        d AS (SELECT _row, trim(unnest(string_split(Program, '] ['))) AS program
              FROM raw WHERE TRY_CAST(ent_num AS INTEGER) IS NOT NULL),
        t AS (SELECT d._row, d.program, p.target, count(*) OVER (PARTITION BY d.program) AS n
              FROM d JOIN p USING (program))
        SELECT 'USA' AS subject, 'sanction' AS predicate, target AS object, NULL AS date, NULL::DATE AS date_end,
               'imposed' AS status,
               json_object('status', 'imposed', 'program', program, 'count', n,
                           'instrument', ['designations']) AS attrs,
               program || ':' || n AS key, _row AS row_number
        FROM t""")


OFAC_SDN = Dataset(
    name="ofac-sdn",
    description="US Treasury sanctions list (designations by program) → sanction USA→target state "
                "per program with counts",
    url="https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
    download_url="https://www.treasury.gov/ofac/downloads/sdn.csv",
    licence="public domain (US government work)",
    citation="U.S. Department of the Treasury, Office of Foreign Assets Control. Specially Designated "
             "Nationals and Blocked Persons List (sdn.csv).",
    layouts=(Layout("sdn.csv", _COLUMNS, header=False, nullstr=("-0-", "-0- "), null_padding=True,
                    version="sdn"),),
    mapping=_mapping,
    timing=Timing("snapshot", "one list as of its download (give it with data load --date)"),
)
