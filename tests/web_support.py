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


# A document whose two relations are negated, with a title and an outlet (what pages show of a source).
DENIALS = {"doc": "denials", "title": "Denials", "outlet": "Test Wire", "date": "2019-05-04",
           "text": "Brazil did not sign an agreement with Cuba on 3 May 2019. "
                   "Brazil denied that it had opened an embassy in Cuba."}


@pytest.fixture(scope="module")
def tables_db(tmp_path_factory) -> Path:
    """A store holding relations of both source kinds: the founding document, a document of negated
    relations, and the Wikidata sample of tests/data (a dataset)."""
    from pluripolar import api
    from pluripolar.sources import Document
    from pluripolar.store import Store

    path = seed_store(tmp_path_factory.mktemp("tables") / "tables.duckdb")
    with Store(path) as s:
        api.load_dataset("wikidata-relations", str(Path(__file__).parent / "data" / "wikidata_relations_sample.json"), s)
        api.ingest([Document(**DENIALS)], s)
    return path
