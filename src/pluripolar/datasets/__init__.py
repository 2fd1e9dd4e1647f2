"""Public datasets (COW, ATOP, TIES, OFAC, UN votes, troops and bases, GDELT …) loaded into the store.

Each dataset is a `Dataset` spec in its own module (provenance, accepted layouts, mapping as SQL);
`registry` names them, `loader` reads, maps and writes one file in one transaction.
"""
from .fetch import fetch
from .loader import LoadResult, load, read
from .registry import available, get, names

__all__ = ["LoadResult", "available", "fetch", "get", "load", "names", "read"]
