"""Shared by the test_web_* files: a store with the founding document ingested, and an XSS payload."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import shared_path

SEED_DATE = "2020-10-30"
# Text that must stay text: a script element, an event-handler attribute and a javascript: link.
XSS_TEXT = (
    "Venezuela and Cuba signed an agreement on energy cooperation in Caracas on 12 March 2021. "
    "<script>window.__pwned = 1; alert('xss')</script> "
    "Cuba expressed its support for Venezuela <img src=x onerror=\"window.__pwned = 2; alert('img')\"> "
    "<a href=\"javascript:window.__pwned=3\">link</a>."
)


def seed_store(path: Path) -> Path:
    """A store at `path` holding the founding document, ingested as of its date."""
    from pluripolar import api
    from pluripolar.sources import read_file
    from pluripolar.store import Store

    seed = shared_path("seed", "000_c93953e814c4a429.txt")
    with Store(path) as s:
        api.ingest([read_file(seed, date=SEED_DATE)], s)
    return path


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    """Path of a store with the founding document ingested (one per test module)."""
    return seed_store(tmp_path_factory.mktemp("web") / "seeded.duckdb")
