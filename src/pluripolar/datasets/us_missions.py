"""US diplomatic missions v0.1 (Kenkel): the status of the US mission in each COW state, as date spells.

Each spell with representation becomes `embassy` USA → host, status maintained, from date_start to
date_end, attrs.mission = the published status, attrs.level (3 ambassador, 2 envoy/legation,
9 consular, liaison or interests section) and attrs.resident, from `data/us_mission_status.csv`.
A spell of "None" that follows a represented one becomes `embassy` USA → host, status closed, dated by
its start. The host's ISO3 id is taken at the spell's start.
"""
from __future__ import annotations

from .macros import data_file
from .spec import Dataset, Layout, RowMapping, Timing

_COLUMNS = ("country_abbrev_cow", "country_code_cow", "country_name_cow", "country_name_usdos",
            "date_start", "date_end", "us_mission_status")


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(relations=f"""
        WITH m AS (SELECT * FROM read_csv('{data_file("us_mission_status.csv")}', header=true,
                                          columns={{'status': 'VARCHAR', 'level': 'INTEGER', 'resident': 'BOOLEAN'}})),
        r AS (SELECT raw.*, m.level, m.resident,
                     lag(m.level) OVER (PARTITION BY country_code_cow ORDER BY date_start) AS prev_level
              FROM raw LEFT JOIN m ON m.status = raw.us_mission_status)
        SELECT iso3_at(2, date_start) AS subject, 'embassy' AS predicate,
               iso3_at(country_code_cow, date_start) AS object,
               strftime(date_start, '%Y-%m-%d') AS date,
               if(level IS NULL, NULL, date_end) AS date_end,
               if(level IS NULL, 'closed', 'maintained') AS status,
               if(level IS NULL, json_object('status', 'closed'),
                  json_object('status', 'maintained', 'mission', us_mission_status, 'level', level,
                              'resident', resident)) AS attrs,
               '' AS key, _row AS row_number
        FROM r WHERE level IS NOT NULL OR prev_level IS NOT NULL""")


US_MISSIONS = Dataset(
    name="us-missions",
    description="status of US diplomatic missions per host state, date ranges 1816-2024 → embassy USA→host",
    url="https://github.com/brentonk/us_diplomatic_missions",
    download_url="https://raw.githubusercontent.com/brentonk/us_diplomatic_missions/main/data/"
                 "mission_status_range_cow_v0.1.csv",
    licence="CC BY 4.0",
    citation="Kenkel, Brenton. 2026. \"US Diplomatic Mission Status Data, v0.1.\" "
             "https://github.com/brentonk/us_diplomatic_missions",
    layouts=(Layout("0.1-range-cow", _COLUMNS, {"country_code_cow": "INTEGER", "date_start": "DATE",
                                                "date_end": "DATE"}, version="0.1"),),
    mapping=_mapping,
    timing=Timing("spells", "1816-2024"),
)
