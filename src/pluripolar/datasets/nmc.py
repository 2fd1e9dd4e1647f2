"""COW National Material Capabilities, v6.0 (official abridged file, −9 = missing) and v7.0 (the
peacesciencer conversion, NA = missing): one `capabilities` row per state-year, with its version, so a
store may hold both (analysis takes the latest version unless told otherwise). No relations.
"""
from __future__ import annotations

from .spec import Dataset, Layout, RowMapping, Timing

_MEASURES = ("milex", "milper", "irst", "pec", "tpop", "upop", "cinc")
_TYPES = {"ccode": "INTEGER", "year": "INTEGER", **{m: "DOUBLE" for m in _MEASURES}}


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(tables={"capabilities": f"""
        SELECT ccode, iso3_in(ccode, year) AS iso3, year, {', '.join(_MEASURES)},
               '{layout.version}' AS version FROM raw"""})


NMC = Dataset(
    name="cow-nmc",
    description="COW material capabilities per state-year (milex, milper, irst, pec, tpop, upop, cinc) "
                "→ table capabilities",
    url="https://correlatesofwar.org/data-sets/national-material-capabilities/",
    download_url=None,  # published inside a documentation zip; download from the page
    licence="free for research; cite the dataset (COW terms of use)",
    citation="Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, "
             "Uncertainty, and Major Power War, 1820-1965.\" In Bruce Russett (ed) Peace, War, and Numbers, "
             "19-48. Beverly Hills: Sage. (NMC v6.0: Greig & Enterline 2021; v7.0: 2024.)",
    layouts=(Layout("6.0", ("stateabb", "ccode", "year", *_MEASURES, "version"), _TYPES, version="6.0",
                    nullstr=("", "-9")),
             Layout("7.0-peacesciencer", ("ccode", "year", *_MEASURES), _TYPES, version="7.0")),
    mapping=_mapping,
    timing=Timing("tables", "1816-2016 (v6), 1816-2022 (v7)"),
)
