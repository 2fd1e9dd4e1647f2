"""COW State System Membership v2016 and COW major powers (majors2016): analysis tables only.

- cow-states (states2016.csv): one `state_system` row per membership spell, iso3 as of its start.
- cow-majors (majors2016.csv, official or via peacesciencer): one `major_powers` row per spell.
"""
from __future__ import annotations

from .spec import Dataset, Layout, RowMapping, Timing

_DATES = {c: "INTEGER" for c in ("ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday")}
_CITE = ("Correlates of War Project. 2017. \"State System Membership List, v2016.\" "
         "Online, http://correlatesofwar.org.")
_SPELL = """make_date(styear, stmonth, stday) AS start_date, make_date(endyear, endmonth, endday) AS end_date"""


def _states(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(tables={"state_system": f"""
        SELECT ccode, stateabb, statenme AS name, iso3_at(ccode, make_date(styear, stmonth, stday)) AS iso3,
               {_SPELL}, CAST(version AS VARCHAR) AS version FROM raw"""})


_URL = "https://correlatesofwar.org/data-sets/state-system-membership/"
_LICENCE = "free for research; cite the dataset (COW terms of use)"


def _majors(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(tables={"major_powers": f"""
        SELECT ccode, iso3_at(ccode, make_date(endyear, endmonth, endday)) AS iso3, {_SPELL},
               CAST(version AS VARCHAR) AS version FROM raw"""})


STATES = Dataset(
    name="cow-states",
    description="COW state system membership spells 1816-2016 → table state_system",
    url=_URL,
    download_url="https://correlatesofwar.org/wp-content/uploads/states2016.csv",
    licence=_LICENCE,
    citation=_CITE,
    layouts=(Layout("2016", ("stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear",
                             "endmonth", "endday", "version"), _DATES, version="2016"),),
    mapping=_states,
    timing=Timing("tables", "1816-2016"),
)

MAJORS = Dataset(
    name="cow-majors",
    description="COW major powers with their spells 1816-2016 → table major_powers",
    url=_URL,
    download_url="https://correlatesofwar.org/wp-content/uploads/majors2016.csv",
    licence=_LICENCE,
    citation=_CITE,
    layouts=(Layout("2016", ("stateabb", "ccode", "styear", "stmonth", "stday", "endyear", "endmonth",
                             "endday", "version"), _DATES, version="2016"),
             Layout("2016-peacesciencer", ("ccode", "styear", "stmonth", "stday", "endyear", "endmonth",
                                           "endday", "version"), _DATES, version="2016")),
    mapping=_majors,
    timing=Timing("tables", "1816-2016"),
)
