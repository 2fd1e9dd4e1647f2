"""The COW ↔ ISO3 crosswalk: the time-dependent codes map on loaded rows as the actor knowledge base says, and
the SQL macros answer exactly what the knowledge base answers (one year rule)."""
from __future__ import annotations

import csv
from datetime import date as Date
from datetime import timedelta

import duckdb
import pytest

from pluripolar import datasets
from pluripolar.actors.kb import CROSSWALK_YEARS, kb
from pluripolar.datasets import crosswalk
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
    pairs = store.con.execute("SELECT DISTINCT ccode, year, iso3 FROM capabilities WHERE year % 10 = 0").fetchall()
    wrong = [(c, y, i) for c, y, i in pairs if i != kb().cow_to_iso3(c, y)]
    assert not wrong, wrong[:10]


# --- one year rule: the SQL macros answer what the actor knowledge base answers

@pytest.fixture(scope="module")
def xw():
    con = duckdb.connect()
    crosswalk.register(con)
    yield con
    con.close()


def test_datasets_crosswalk_sql_and_kb_agree_on_every_code_and_year(xw):
    years = [CROSSWALK_YEARS.start, CROSSWALK_YEARS.stop - 1]
    sql = xw.execute("""SELECT ccode, CAST(y.range AS INTEGER) AS year, iso3_in(ccode, CAST(y.range AS INTEGER))
                        FROM (SELECT DISTINCT ccode FROM cow_iso3), range(?, ? + 1) y""", years).fetchall()
    codes = {row["ccode"] for row in kb().crosswalk_pairings()}
    assert len(sql) == len(codes) * len(CROSSWALK_YEARS)
    wrong = [(c, y, i) for c, y, i in sql if i != kb().cow_to_iso3(c, y)]
    assert not wrong, wrong[:10]
    assert {i for _, _, i in sql} >= {"SUN", "RUS", "YUG", "SCG", "SRB", "DDR", "DEU", "CSK"}


def test_datasets_crosswalk_sql_and_kb_agree_on_every_id_and_year(xw):
    years = [CROSSWALK_YEARS.start, CROSSWALK_YEARS.stop - 1]
    sql = xw.execute("""SELECT iso3, CAST(y.range AS INTEGER) AS year, cow_in(iso3, CAST(y.range AS INTEGER))
                        FROM (SELECT DISTINCT iso3 FROM cow_iso3), range(?, ? + 1) y""", years).fetchall()
    ids = {row["iso3"] for row in kb().crosswalk_pairings()}
    assert len(sql) == len(ids) * len(CROSSWALK_YEARS)
    wrong = [(i, y, c) for i, y, c in sql if c != kb().iso3_to_cow(i, y)]
    assert not wrong, wrong[:10]
    assert sum(c is not None for _, _, c in sql) > len(ids) * 100


def test_datasets_crosswalk_sql_and_kb_agree_on_every_boundary_day(xw):
    days = set()
    for row in kb().crosswalk_pairings():
        for edge in (row["valid_from"], row["valid_to"]):
            if "1000" < edge < "9000":
                day = Date.fromisoformat(edge)
                days |= {(row["ccode"], row["iso3"], d) for d in (day - timedelta(1), day, day + timedelta(1))}
    assert len(days) > 100
    for ccode, iso3, day in sorted(days):
        sql = xw.execute("SELECT iso3_at(?, ?), cow_in(?, ?)", [ccode, day, iso3, day.year]).fetchone()
        assert sql == (kb().cow_to_iso3(ccode, day.isoformat()), kb().iso3_to_cow(iso3, day.year)), (ccode, iso3, day)


@pytest.mark.parametrize("iso3, year, ccode, held", [
    ("RUS", 1991, 365, "1991-12-26"), ("SUN", 1922, 365, "1922-12-30"), ("YUG", 1918, 345, "1918-12-01"),
    ("YUG", 2003, 345, "2003-02-03"), ("SCG", 2006, 345, "2006-06-04"),
])
def test_datasets_crosswalk_an_id_has_its_code_in_a_year_it_held_it_in_part(xw, iso3, year, ccode, held):
    """The five ids the Python rule and the old SQL rule disagreed on. In each year the id held the code for
    part of the year only (the Russian Federation from 26 December 1991, the USSR from 30 December 1922,
    Yugoslavia from 1 December 1918, FR Yugoslavia until 3 February 2003, Serbia and Montenegro until
    4 June 2006), and COW's state list (states2016) has that code a member of the system on those days
    (365 throughout 1816-2016, 345 throughout 1878-1941 and 1944-2016). So the id had that COW code in
    that year: 365 or 345, as `kb._pick` answered, not NULL, as the SQL answered because on 1 July the code
    stood for another id. The code's own year answer stays the id holding 1 July."""
    assert kb().iso3_to_cow(iso3, year) == ccode
    assert xw.execute("SELECT cow_in(?, ?)", [iso3, year]).fetchone()[0] == ccode
    assert kb().cow_to_iso3(ccode, year) != iso3 and kb().cow_to_iso3(ccode, held) == iso3
    with open(shared_path("datasets", "cow_state_system", "states2016.csv"), newline="") as f:
        spells = [r for r in csv.DictReader(f) if int(r["ccode"]) == ccode]
    day = Date.fromisoformat(held)
    assert any(Date(int(r["styear"]), int(r["stmonth"]), int(r["stday"])) <= day
               <= Date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"])) for r in spells)
