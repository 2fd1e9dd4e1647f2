"""The COW → ISO3 crosswalk on loaded rows: the time-dependent codes map as the actor knowledge base says."""
from __future__ import annotations

import pytest

from pluripolar import datasets
from pluripolar.store import Store

from .conftest import shared_path

CASES = [  # (ccode, year, expected id or None = ask the knowledge base)
    (255, 1900, "DEU"), (260, 1980, "DEU"), (265, 1980, "DDR"), (255, 2000, "DEU"),
    (816, 1970, "VNM"), (816, 2000, "VNM"), (817, 1970, None),
    (678, 1980, None), (680, 1980, None), (679, 2000, "YEM"),
    (345, 1980, "YUG"), (345, 2010, "SRB"), (365, 1980, "SUN"), (365, 2000, "RUS"),
    (315, 1980, "CSK"), (316, 2000, "CZE"), (625, 2000, "SDN"), (625, 2015, "SDN"), (626, 2015, "SSD"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("xw") / "xw.duckdb")
    datasets.load("cow-nmc", shared_path("datasets", "cow_nmc", "NMC-70-abridged_from_peacesciencer.csv"), s)
    yield s
    s.close()


@pytest.mark.parametrize("ccode, year, expected", CASES)
def test_datasets_crosswalk_time_dependent_codes(store, ccode, year, expected):
    from pluripolar.actors.kb import kb

    row = store.con.execute("SELECT iso3 FROM capabilities WHERE ccode = ? AND year = ?", [ccode, year]).fetchone()
    assert row is not None, f"no capabilities row for {ccode} in {year}"
    assert row[0] == kb().cow_to_iso3(ccode, year)
    if expected:
        assert row[0] == expected


def test_datasets_crosswalk_split_states_differ(store):
    def iso(c, y):
        return store.con.execute("SELECT iso3 FROM capabilities WHERE ccode = ? AND year = ?", [c, y]).fetchone()[0]

    assert iso(817, 1970) not in (None, iso(816, 1970))
    assert len({iso(678, 1980), iso(680, 1980)}) == 2 and None not in {iso(678, 1980), iso(680, 1980)}


def test_datasets_crosswalk_matches_kb_on_every_state_year(store):
    from pluripolar.actors.kb import kb

    pairs = store.con.execute("SELECT DISTINCT ccode, year, iso3 FROM capabilities WHERE year % 10 = 0").fetchall()
    wrong = [(c, y, i) for c, y, i in pairs if i != kb().cow_to_iso3(c, y)]
    assert not wrong, wrong[:10]
