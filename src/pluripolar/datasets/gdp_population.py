"""Simulated GDP and population per COW state-year (Anders, Fariss & Markowitz 2020, via the R package
isard): one `gdp_population` row per state-year. gdp = pwtrgdp (real GDP, PWT-based, millions of 2011
USD), gdppc = mrgdppc (Maddison-based real GDP per capita), population = pwtpop (millions); each with
the simulation's standard deviation. No relations.
"""
from __future__ import annotations

from .spec import Dataset, Layout, RowMapping, Timing

_COLUMNS = ("ccode", "year", "mrgdppc", "sd_mrgdppc", "pwtrgdp", "sd_pwtrgdp", "pwtpop", "sd_pwtpop")


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(tables={"gdp_population": """
        SELECT ccode, iso3_in(ccode, year) AS iso3, year, pwtrgdp AS gdp, sd_pwtrgdp AS sd_gdp,
               mrgdppc AS gdppc, sd_mrgdppc AS sd_gdppc, pwtpop AS population, sd_pwtpop AS sd_population
        FROM raw"""})


GDP_POPULATION = Dataset(
    name="gdp-population",
    description="simulated real GDP, GDP per capita and population per COW state-year 1816-2019 "
                "→ table gdp_population",
    url="https://github.com/svmiller/isard",
    download_url=None,  # published as R data; the CSV is its conversion
    licence="cite the dataset (Anders, Fariss & Markowitz 2020); isard is GPL-2",
    citation="Anders, Therese, Christopher J. Fariss, and Jonathan N. Markowitz. 2020. \"Bread Before "
             "Guns or Butter: Introducing Surplus Domestic Product (SDP).\" International Studies Quarterly "
             "64(2): 392-405.",
    layouts=(Layout("isard", _COLUMNS, {"ccode": "INTEGER", "year": "INTEGER",
                                        **{c: "DOUBLE" for c in _COLUMNS[2:]}}, version="afm2020"),),
    mapping=_mapping,
    timing=Timing("tables", "1816-2019"),
)
