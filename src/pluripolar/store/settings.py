"""How DuckDB is configured for a store: no extension downloads, bounded memory and temp space.

`PLURIPOLAR_MEMORY_LIMIT` and `PLURIPOLAR_TEMP_LIMIT` (DuckDB sizes such as `2GB`, `500MB`) override
the defaults. Past the memory limit DuckDB spills to its temp folder; past the temp limit a query fails
with a clear error instead of filling the disk.
"""
from __future__ import annotations

import os
import re

from ..errors import InvalidInput

DEFAULT_MEMORY_LIMIT = "2GB"
DEFAULT_TEMP_LIMIT = "8GB"
_SIZE = re.compile(r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


def _size(variable: str, default: str) -> str:
    value = os.environ.get(variable) or default
    if not _SIZE.match(value):
        raise InvalidInput(f"{variable}={value!r} is not a size such as 2GB or 500MB")
    return value.strip()


def connect_config() -> dict[str, object]:
    """The DuckDB settings every store connection opens with.

    Extension autoloading and autoinstalling are off, so nothing a store path or query names (`md:`,
    `sqlite_scan`, `httpfs`) makes DuckDB download or load code.
    """
    return {
        "autoload_known_extensions": False,
        "autoinstall_known_extensions": False,
        "memory_limit": _size("PLURIPOLAR_MEMORY_LIMIT", DEFAULT_MEMORY_LIMIT),
        "max_temp_directory_size": _size("PLURIPOLAR_TEMP_LIMIT", DEFAULT_TEMP_LIMIT),
    }
