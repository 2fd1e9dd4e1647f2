"""GDELT events, 1.0 (daily files) and 2.0 (15-minute exports): tab-separated, no header.

Mapping, kept as data and run as one SQL text by every engine (see `events_sql`):
- actors: Actor1CountryCode / Actor2CountryCode are CAMEO country codes, mostly ISO3 with exceptions
  (ROM → ROU, TMP → TLS, IMY → IMN) and regions (AFR, EUR, WST, SAF "Southern Africa" …) that are not
  states and are dropped (`data/cameo_countries.csv`); events whose two actors are the same are dropped.
- events: each CAMEO code → PLOVER 2.0 type and mode (the manual's table of cue categories: 01/02
  none, 08 split into CONCEDE (080–083) and RETREAT (084–087), 18/19/20 ASSAULT with mode
  `unconventional` for weapons of mass destruction) and, for codes that assert one, a predicate and
  status (042/043 visit with the visitor as subject, 057 agreement, 054/161 diplomatic relations
  established/severed, 163/191 sanction imposed, 085 lifted, 0874 military presence withdrawn, 05x support, 03x/06x cooperation, 07x aid, 110–114 criticism), every other code with a
  PLOVER type to an event predicate (threaten, assault, …), each with its Goldstein weight (`intensity`)
  and quad class: the ontology's `cameo.csv`, the one mapping text extraction uses too.
  No CAMEO code says "expel diplomats" (166x expels peacekeepers, 174 deports individuals), so GDELT
  gives no `expulsion` relations.
- relations: one per event with a predicate (key = GLOBALEVENTID), dated by SQLDATE, attrs
  {event_id, event_code, goldstein, tone, mentions, status, url}; evidence = the file row. Each
  relation keeps the event's own CAMEO code and the PLOVER type and mode mapped from it.
"""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from ..model import Source
from ..ontology import cameo_rows
from ..ontology import load as load_ontology
from ..store.settings import connect_config
from .spec import Dataset, Layout, RowMapping, Timing

NAME = "gdelt"
DESCRIPTION = ("GDELT 1.0/2.0 event records (CAMEO-coded, from news) → visits, agreements, sanctions, "
               "support, criticism … between states, with PLOVER types; dyad-month aggregates via `scale`")
URL = "https://www.gdeltproject.org/data.html"
DOWNLOAD_URL = "http://data.gdeltproject.org/gdeltv2/20191024143000.export.CSV.zip"
LICENCE = "free for any use, with citation of the GDELT Project (GDELT terms of use)"
CITATION = ("Leetaru, Kalev, and Philip A. Schrodt. 2013. \"GDELT: Global Data on Events, Location, and "
            "Tone, 1979–2012.\" Paper presented at the International Studies Association meetings, "
            "San Francisco, April 2013.")

# The columns every engine projects from either layout before mapping (SOURCEURL is NULL in 1.0
# back-file rows, which have 57 columns).
EVENT_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "EventCode",
                 "GoldsteinScale", "AvgTone", "NumMentions", "NumSources", "NumArticles", "SOURCEURL")


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_data(name).splitlines()))


def cameo_countries() -> dict[str, str]:
    """CAMEO country code → ISO 3166 alpha-3 (`data/cameo_countries.csv`), for readers of CAMEO-coded
    records other than GDELT's (the PLOVER gold standard's actor codes)."""
    return {r["code"]: r["iso3"] for r in _rows("cameo_countries.csv")}


def _columns(version: str) -> list[tuple[str, str]]:
    return [(r["name"], r["type"]) for r in _rows("gdelt_columns.csv") if r["version"] == version]


def _layout(name: str, version: str, columns: list[tuple[str, str]], padded: bool = False) -> Layout:
    return Layout(name, tuple(c for c, _ in columns), {c: t for c, t in columns if t != "VARCHAR"},
                  version=version, header=False, delimiter="\t", nullstr=("",), null_padding=padded)


LAYOUT_V2 = _layout("2.0", "2.0", _columns("2.0"))
# Daily 1.0 files have 58 columns; rows from the 1979–2013 back-file lack SOURCEURL (57 columns).
LAYOUT_V1 = _layout("1.0", "1.0", _columns("1.0"), padded=True)
LAYOUT_V1_BACKFILE = _layout("1.0-backfile", "1.0", _columns("1.0")[:-1])
LAYOUTS = (LAYOUT_V2, LAYOUT_V1, LAYOUT_V1_BACKFILE)
EXPECTED = {la.name: la.columns for la in LAYOUTS}


def layout_for(n_columns: int) -> Layout | None:
    """The layout of a file whose first line has `n_columns` tab-separated fields."""
    return next((la for la in LAYOUTS if len(la.columns) == n_columns), None)


def expected_columns() -> str:
    """The accepted layouts, for LayoutMismatch messages."""
    return "; or ".join(f"{len(la.columns)} columns (GDELT {la.name}: {', '.join(la.columns[:3])} … "
                        f"{la.columns[-1]})" for la in LAYOUTS)


def projection(layout: Layout, row: str = "CAST(NULL AS BIGINT)") -> str:
    """SELECT list giving `_row` (the expression `row`) and EVENT_COLUMNS from a file of `layout`.

    The same text works in DuckDB and Spark SQL.
    """
    cols = [c if c in layout.columns else f"CAST(NULL AS STRING) AS {c}" for c in EVENT_COLUMNS]
    return ", ".join([f"{row} AS _row", *cols])


def _values(rows: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    def lit(v: str) -> str:
        return "'" + v.replace("'", "''") + "'"
    return ", ".join("(" + ", ".join(lit(r[c]) for c in columns) + ")" for r in rows)


@cache
def events_sql(events: str) -> str:
    """The mapping as one SQL text over the relation `events` (GDELT columns and `_row`).

    Its rows: row_number, event_id, date, month, subject, object, cameo, plover, plover_mode,
    predicate, status, quad, intensity, goldstein, tone, mentions, sources, articles, url. DuckDB and
    Spark SQL both run it unchanged; the CAMEO tables are inlined as VALUES from the ontology's
    `cameo.csv` and `data/cameo_countries.csv`.
    """
    return _data("gdelt_events.sql").format(
        events=events,
        cameo_events=_values(cameo_rows(),
                             ("code", "plover", "plover_mode", "predicate", "status", "actor", "quad", "goldstein")),
        cameo_countries=_values(_rows("cameo_countries.csv"), ("code", "iso3")))


def dyad_month_sql(mapped: str) -> str:
    """Events per month, directed dyad and PLOVER type over `mapped` (rows of `events_sql`)."""
    return _data("gdelt_dyad_month.sql").format(mapped=mapped)


def series_rows_sql(mapped: str) -> str:
    """The rows of `events_sql` (`mapped`) as event-series rows (see `analysis.events.series_sql`)."""
    return (f"SELECT date, subject, object, plover, quad, intensity, '{NAME}' AS source FROM {mapped}")


def _relations_sql(events: str) -> str:
    symmetric = ", ".join(f"'{p.name}'" for p in load_ontology().predicates.values() if p.symmetric)
    return f"""
        SELECT CASE WHEN predicate IN ({symmetric}) THEN least(subject, object) ELSE subject END AS subject,
               predicate,
               CASE WHEN predicate IN ({symmetric}) THEN greatest(subject, object) ELSE object END AS object,
               date, NULL::DATE AS date_end, status,
               json_merge_patch(
                   json_object('event_id', event_id, 'event_code', cameo, 'goldstein', goldstein,
                               'tone', tone, 'mentions', mentions),
                   json_object('status', status, 'url', url)) AS attrs,
               CAST(event_id AS VARCHAR) AS key, row_number, cameo, plover, plover_mode
        FROM ({events_sql(events)}) WHERE predicate IS NOT NULL"""


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(relations=_relations_sql(f"(SELECT {projection(layout, '_row')} FROM raw)"))


GDELT = Dataset(
    name=NAME,
    description=DESCRIPTION,
    url=URL,
    download_url=DOWNLOAD_URL,
    licence=LICENCE,
    citation=CITATION,
    layouts=LAYOUTS,
    mapping=_mapping,
    timing=Timing("events", "the export's 15 minutes or day",
                  after="events data: nothing after the last event is known"),
    events=True,
)


def read(path: str | Path) -> pa.Table:
    """A GDELT 1.0 or 2.0 events file (plain, .gz or single-member .zip) as a typed Arrow table.

    The layout is told by the first line's column count; `_row` is the 1-based file row.
    """
    from .loader import read as read_dataset

    return read_dataset(NAME, path)


def to_relations(table: pa.Table, source: Source) -> tuple[pa.Table, pa.Table]:
    """Relations and evidence (the store's row layouts) for the GDELT rows in `table`.

    `table` is what `read` returns (any layout: missing columns count as empty).
    """
    from ..store.relation_rows import build

    present = set(table.column_names)
    cols = [c if c in present else f"CAST(NULL AS VARCHAR) AS {c}" for c in ("_row", *EVENT_COLUMNS)]
    with duckdb.connect(config=connect_config()) as con:
        con.register("gdelt_rows", table)
        con.execute(f"CREATE TEMP VIEW events AS SELECT {', '.join(cols)} FROM gdelt_rows")
        version = source.version or ""
        rel, ev, _ = build(con, _relations_sql("events"), origin=f"{NAME}|{version}", source_id=source.id,
                           extractor=NAME, extractor_version=version)
    return rel, ev
