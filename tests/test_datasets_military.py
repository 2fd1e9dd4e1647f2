"""Foreign bases (Wikipedia 2019) and multinational exercises (MME v7): names resolved to actors."""
from __future__ import annotations

import csv
from itertools import combinations

import pytest

from pluripolar import datasets
from pluripolar.store import Store

from .conftest import shared_path


def _file(name: str):
    return shared_path("datasets", "military_deployments", name)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("mil") / "m.duckdb")
    datasets.load("overseas-bases", _file("overseas_bases_wikipedia_2019.csv"), s)
    datasets.load("mme", _file("mme_v7.csv"), s)
    yield s
    s.close()


def test_datasets_overseas_bases_counts(store):
    with open(_file("overseas_bases_wikipedia_2019.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    french = sum(1 for r in rows if r["Country"] == "France" and r["Overseas Base"] == "Djibouti")
    got = store.con.execute("""SELECT json_extract(attrs, '$.bases')::INT, date FROM relations
                               WHERE predicate = 'military_presence' AND subject = 'FRA' AND object = 'DJI'"""
                            ).fetchone()
    assert got == (french, "2019")
    operators = {r["Country"] for r in rows}
    stored = store.con.execute("SELECT count(DISTINCT subject) FROM relations WHERE predicate = 'military_presence'"
                               ).fetchone()[0]
    assert stored == len(operators)


def test_datasets_mme_pairs_per_exercise(store):
    with open(_file("mme_v7.csv"), newline="", encoding="utf-8") as f:
        readex = next(r for r in csv.DictReader(f) if r["MMEID"] == "mme87")
    members = sorted(v for k, v in readex.items() if k and k.startswith("State") and len(k) == 6 and v)
    assert members == ["Netherlands", "United Kingdom", "United States"]
    pairs = store.con.execute("""SELECT subject, object, date FROM relations WHERE predicate = 'cooperation'
                                 AND json_extract_string(attrs, '$.exercise') = 'mme87' ORDER BY 1, 2""").fetchall()
    assert pairs == [(a, b, "1980-01-14") for a, b in combinations(["GBR", "NLD", "USA"], 2)]
    sectors = store.con.execute("SELECT DISTINCT json_extract_string(attrs, '$.sectors[0]') FROM relations "
                                "WHERE predicate = 'cooperation'").fetchall()
    assert sectors == [("military",)]
