"""ATOP v5.1 directed dyad-years (Leeds et al.; the peacesciencer conversion of the official ddyr file).

- Table `atop_dyad_years`: every row as published (directed, both directions present), obligations as
  booleans. The defence network of year Y is `WHERE year = Y AND defense`.
- `alliance` relations (symmetric): consecutive years in which a pair has the same set of obligations
  collapse into one spell: date = first year, date_end = 31 December of the last year,
  attrs.type = the obligations (defense, offense, neutral, nonagg, consul); evidence = every dyad-year
  row of the spell (both directions). A pair whose two directions differ gets one spell per set.
"""
from __future__ import annotations

from .spec import Dataset, Layout, RowMapping, Timing

_FLAGS = ("defense", "offense", "neutral", "nonagg", "consul")
_COLUMNS = ("ccode1", "ccode2", "year", *(f"atop_{f}" for f in _FLAGS))


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    types = "list_filter([" + ", ".join(f"if(atop_{f} = 1, '{f}', NULL)" for f in _FLAGS) + "], x -> x IS NOT NULL)"
    return RowMapping(
        relations=f"""
        WITH d AS (
            SELECT _row, year, iso3_in(ccode1, year) AS a, iso3_in(ccode2, year) AS b, {types} AS types
            FROM raw WHERE {' OR '.join(f'atop_{f} = 1' for f in _FLAGS)}),
        p AS (SELECT _row, year, types, if(a < b, a, b) AS s, if(a < b, b, a) AS o FROM d),
        g AS (SELECT *, year - dense_rank() OVER (PARTITION BY s, o, types ORDER BY year) AS grp FROM p),
        spells AS (SELECT *, min(year) OVER w AS first_year, max(year) OVER w AS last_year
                   FROM g WINDOW w AS (PARTITION BY s, o, types, grp))
        SELECT s AS subject, 'alliance' AS predicate, o AS object, CAST(first_year AS VARCHAR) AS date,
               make_date(last_year, 12, 31) AS date_end, 'maintained' AS status,
               json_object('status', 'maintained', 'type', types) AS attrs,
               array_to_string(types, ',') AS key, _row AS row_number
        FROM spells""",
        tables={"atop_dyad_years": f"""
        SELECT ccode1, ccode2, iso3_in(ccode1, year) AS iso1, iso3_in(ccode2, year) AS iso2, year,
               {', '.join(f'atop_{f} = 1 AS {f}' for f in _FLAGS)} FROM raw"""})


ATOP = Dataset(
    name="atop",
    description="alliance obligations per directed dyad-year 1815-2018 → alliance spells, "
                "table atop_dyad_years",
    url="http://www.atopdata.org/data.html",
    download_url="http://www.atopdata.org/uploads/6/9/1/3/69134503/atop_5.1__.csv_.zip",
    licence="free for research; cite the dataset (ATOP terms)",
    citation="Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
             "\"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions "
             "28: 237-260. (ATOP v5.1)",
    layouts=(Layout("5.1-ddyr", _COLUMNS, {c: "INTEGER" for c in _COLUMNS}, version="5.1"),),
    mapping=_mapping,
    timing=Timing("spells", "1815-2018"),
)
