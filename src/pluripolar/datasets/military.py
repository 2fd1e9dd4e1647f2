"""Military presence and cooperation: US troops (troopdata), US bases (Vine, via troopdata), foreign
bases (Wikipedia list, 2019) and multinational military exercises (MME v7). Relations only.

- us-troops: `military_presence` USA → host per year with troops > 0 (the US itself excluded),
  status deployed, attrs.troops; a year of 0 troops after a year with some gives status withdrawn,
  attrs.troops 0 (the file's yearly observations are waves: a deployment ends with the first year
  it is not observed). Host by COW code in that year, else the file's iso3c. Layouts: the troopdata
  country-year file (troops) and its rebuild (troops_ad, active duty).
- us-bases: `military_presence` USA → host, one per host, attrs.bases = sites coded base = 1,
  attrs.lilypads, attrs.sites = all listed sites; evidence = every site row; the list has no year,
  so it is a snapshot dated 2015 (Vine's book) unless `data load --date` says otherwise. Latin-1.
- overseas-bases: `military_presence` operator → host, dated by the snapshot (2019), attrs.bases =
  rows for the pair; names resolved through the actor knowledge base (territories and unrecognised hosts stay unmapped).
- mme: `cooperation` (symmetric, sectors ["military"]) for every pair of participating states of an
  exercise, dated by its start at the precision known; attrs.name, attrs.exercise = MMEID.
"""
from __future__ import annotations

from .spec import Dataset, Layout, RowMapping, Timing

_TROOPDATA = ("countryname", "ccode", "iso3c", "year", "troops", "army", "navy", "air_force", "marine_corps",
              "region", "space_force", "coast_guard")
_REBUILD = ("countryname", "year", "ccode", "iso3c", "troops_ad")
_BASES = ("countryname", "ccode", "iso3c", "basename", "lat", "lon", "base", "lilypad", "fundedsite")
_MME_STATES = tuple(f"State{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MME = ("MMEID", "Ex_Name", "s.year", "s.month", "s.day", *_MME_STATES)
_TROOP_CITE = ("Allen, Michael A., Michael E. Flynn, Carla Martinez Machain, and Andrew Stravers. 2022. "
               "\"Outside the Wire: U.S. Military Deployments and Public Opinion in Host States.\" "
               "American Political Science Review 116(1): 326-341. (troopdata)")


def _troops(layout: Layout, companions: frozenset[str]) -> RowMapping:
    troops = "troops" if layout.name == "troopdata" else "troops_ad"
    return RowMapping(relations=f"""
        WITH t AS (SELECT *, {troops} AS n,
                          lag({troops}) OVER (PARTITION BY coalesce(CAST(ccode AS VARCHAR), iso3c)
                                              ORDER BY year) AS before
                   FROM raw WHERE ccode IS DISTINCT FROM 2)
        SELECT iso3_in(2, year) AS subject, 'military_presence' AS predicate,
               coalesce(iso3_in(ccode, year), iso3c) AS object, CAST(year AS VARCHAR) AS date,
               NULL::DATE AS date_end, if(n > 0, 'deployed', 'withdrawn') AS status,
               json_object('status', if(n > 0, 'deployed', 'withdrawn'), 'troops', n) AS attrs, '' AS key,
               _row AS row_number
        FROM t WHERE n > 0 OR (n = 0 AND before > 0)""")


def _bases(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(relations="""
        WITH h AS (SELECT *, coalesce(iso3_in(ccode, 2015), iso3c) AS host FROM raw)
        SELECT 'USA' AS subject, 'military_presence' AS predicate, host AS object, NULL AS date,
               NULL::DATE AS date_end, 'deployed' AS status,
               json_object('status', 'deployed', 'bases', count(*) FILTER (WHERE base = 1) OVER w,
                           'lilypads', count(*) FILTER (WHERE lilypad = 1) OVER w, 'sites', count(*) OVER w) AS attrs,
               '' AS key, _row AS row_number
        FROM h WINDOW w AS (PARTITION BY host)""")


def _overseas(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(
        names={"name_iso3": ('SELECT "Country" FROM raw UNION SELECT "Overseas Base" FROM raw', "2019-01-01")},
        relations="""
        WITH p AS (SELECT _row, a.iso3 AS operator, b.iso3 AS host FROM raw
                   LEFT JOIN name_iso3 a ON a.name = raw."Country"
                   LEFT JOIN name_iso3 b ON b.name = raw."Overseas Base")
        SELECT operator AS subject, 'military_presence' AS predicate, host AS object, NULL AS date,
               NULL::DATE AS date_end, 'deployed' AS status,
               json_object('status', 'deployed', 'bases', count(*) OVER (PARTITION BY operator, host)) AS attrs,
               '' AS key, _row AS row_number
        FROM p""")


def _mme(layout: Layout, companions: frozenset[str]) -> RowMapping:
    states = ", ".join(f'"{c}"' for c in _MME_STATES)
    return RowMapping(
        names={"name_iso3": (f"SELECT unnest([{states}]) FROM raw", None)},
        relations=f"""
        WITH e AS (SELECT _row, MMEID, Ex_Name, ymd(int_of("s.year"), int_of("s.month"), int_of("s.day")) AS date,
                          unnest(list_distinct(list_filter([{states}], x -> x IS NOT NULL))) AS state FROM raw),
        p AS (SELECT e.*, n.iso3 FROM e LEFT JOIN name_iso3 n ON n.name = trim(e.state))
        SELECT if(a.iso3 < b.iso3, a.iso3, b.iso3) AS subject, 'cooperation' AS predicate,
               if(a.iso3 < b.iso3, b.iso3, a.iso3) AS object, a.date, NULL::DATE AS date_end,
               NULL AS status, json_object('sectors', ['military'], 'name', a.Ex_Name, 'exercise', a.MMEID) AS attrs,
               a.MMEID AS key, a._row AS row_number
        FROM p a JOIN p b ON a._row = b._row AND a.state < b.state
        WHERE a.iso3 IS DISTINCT FROM b.iso3 OR a.iso3 IS NULL""")


US_TROOPS = Dataset(
    name="us-troops",
    description="US troops by host country and year 1950-2024 → military_presence USA→host with troops",
    url="https://github.com/meflynn/troopdata",
    download_url=None,  # shipped as R package data; the CSV is its export
    licence="DoD personnel figures are public domain; cite troopdata",
    citation=_TROOP_CITE,
    layouts=(Layout("troopdata", _TROOPDATA, {"ccode": "INTEGER", "year": "INTEGER", "troops": "DOUBLE"},
                    version="troopdata"),
             Layout("rebuild-country-year", _REBUILD, {"ccode": "INTEGER", "year": "INTEGER",
                                                       "troops_ad": "DOUBLE"}, version="troopdata-rebuild",
                    exact=False)),
    mapping=_troops,
    timing=Timing("waves", "1950-2024 (yearly)"),
)

US_BASES = Dataset(
    name="us-bases",
    description="US military bases abroad (sites with coordinates) → military_presence USA→host with bases",
    url="https://github.com/meflynn/troopdata",
    download_url=None,  # shipped as R package data (basedata); the CSV is its export
    licence="cite Vine (2015) and troopdata",
    citation="Vine, David. 2015. Base Nation: How U.S. Military Bases Abroad Harm America and the World. "
             "Metropolitan Books. Via " + _TROOP_CITE,
    layouts=(Layout("basedata", _BASES, {"ccode": "INTEGER", "base": "INTEGER", "lilypad": "INTEGER",
                                         "fundedsite": "INTEGER", "lat": "DOUBLE", "lon": "DOUBLE"},
                    version="basedata", encoding="latin-1"),),
    mapping=_bases,
    timing=Timing("snapshot", "one list (Vine 2015)", default_date="2015"),
)

OVERSEAS_BASES = Dataset(
    name="overseas-bases",
    description="foreign military bases by operator and host, 2019 → military_presence operator→host",
    url="https://en.wikipedia.org/wiki/List_of_countries_with_overseas_military_bases",
    download_url=None,  # a table on a wiki page, not a file
    licence="CC BY-SA 4.0 (Wikipedia)",
    citation="Wikipedia contributors. \"List of countries with overseas military bases.\" Wikipedia, 2019.",
    layouts=(Layout("wikipedia-2019", ("", "Country", "Overseas Base"), version="2019"),),
    mapping=_overseas,
    timing=Timing("snapshot", "one list (2019)", default_date="2019"),
)

MME = Dataset(
    name="mme",
    description="multinational military exercises 1980-2010 with participants → cooperation (military) "
                "per pair of participants",
    url="https://doi.org/10.1177/0022002720957713",
    download_url=None,  # distributed by the authors (journal replication files)
    licence="free for research; cite the dataset",
    citation="Bernhardt, Jordan, and Lauren Sukin. 2021. \"Joint Military Exercises and Crisis Dynamics on "
             "the Korean Peninsula.\" Journal of Conflict Resolution 65(5): 855-888. (MME v7)",
    layouts=(Layout("7", _MME, version="7", exact=False),),
    mapping=_mme,
    timing=Timing("events", "1980-2010", after="events data: nothing after the last exercise is known"),
)
