"""The dossier's settings (analysis/data/dossier.toml): counts, UN alignment, sizes and their names."""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def config() -> dict[str, Any]:
    """analysis/data/dossier.toml, parsed once."""
    text = resources.files(__package__).joinpath("data", "dossier.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
