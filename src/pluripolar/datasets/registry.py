"""Dataset name → its spec; modules are imported only when a dataset is asked for."""
from __future__ import annotations

from importlib import import_module

from ..errors import UnknownDataset
from .spec import Dataset

# name → "module:attribute" under pluripolar.datasets
_ENTRIES = {
    "cow-states": "cow_system:STATES",
    "cow-majors": "cow_system:MAJORS",
    "cow-diplomatic-exchange": "diplomatic_exchange:DIPLOMATIC_EXCHANGE",
    "cow-nmc": "nmc:NMC",
    "gdp-population": "gdp_population:GDP_POPULATION",
    "atop": "atop:ATOP",
    "us-missions": "us_missions:US_MISSIONS",
    "ties": "ties:TIES",
    "ofac-sdn": "ofac:OFAC_SDN",
    "unga-votes": "unga:UNGA_VOTES",
    "unga-ideal-points": "unga:UNGA_IDEAL_POINTS",
    "us-troops": "military:US_TROOPS",
    "us-bases": "military:US_BASES",
    "overseas-bases": "military:OVERSEAS_BASES",
    "mme": "military:MME",
    "gdelt": "gdelt:GDELT",
    "wikidata-relations": "wikidata:WIKIDATA_RELATIONS",
}


def names() -> list[str]:
    """Every registered dataset name, in listing order."""
    return list(_ENTRIES)


def get(name: str) -> Dataset:
    """The dataset called `name`, or an error naming the valid ones."""
    entry = _ENTRIES.get(name)
    if entry is None:
        raise UnknownDataset(f"unknown dataset {name!r}; expected one of: {', '.join(_ENTRIES)}")
    module, attr = entry.split(":")
    try:
        mod = import_module(f"{__package__}.{module}")
    except ModuleNotFoundError as e:
        if e.name != f"{__package__}.{module}":
            raise
        raise UnknownDataset(f"dataset {name!r} is registered but its module {module}.py is not installed") from None
    return getattr(mod, attr)


def available() -> list[Dataset]:
    """The specs of every dataset whose module is present."""
    out = []
    for n in _ENTRIES:
        try:
            out.append(get(n))
        except UnknownDataset:
            continue
    return out
