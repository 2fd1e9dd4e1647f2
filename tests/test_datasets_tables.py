"""Analysis tables and relations of the other datasets, against counts computed from the real files."""
from __future__ import annotations

import csv
import json
from collections import Counter

import duckdb
import pytest

from pluripolar import datasets
from pluripolar.store import Store

from .conftest import shared_path

FILES = {
    "cow-states": ("cow_state_system", "states2016.csv"),
    "cow-majors": ("cow_state_system", "majors2016_from_peacesciencer.csv"),
    "cow-nmc": ("cow_nmc", "NMC-60-abridged.csv"),
    "gdp-population": ("gdp_population", "cw_gdppop_from_isard.csv"),
    "atop": ("atop_alliances", "atop_alliance_v5.1_ddy_from_peacesciencer.csv"),
    "us-missions": ("us_diplomatic_missions", "mission_status_range_cow_v0.1.csv"),
    "ties": ("sanctions_ties", "TIESv4-1.csv"),
    "ofac-sdn": ("sanctions_ofac_sdn", "sdn.csv"),
    "unga-votes": ("unga_votes", "un_votes.csv"),
    "unga-ideal-points": ("unga_ideal_points", "IdealpointestimatesAll_Jun2024.csv"),
    "us-troops": ("military_deployments", "troopdata.csv"),
    "us-bases": ("military_deployments", "basedata.csv"),
}
NMC7 = ("cow_nmc", "NMC-70-abridged_from_peacesciencer.csv")


def _path(name: str):
    return shared_path("datasets", *FILES[name])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("tables") / "t.duckdb")
    s.results = {name: datasets.load(name, _path(name), s) for name in FILES}
    s.results["cow-nmc-7"] = datasets.load("cow-nmc", shared_path("datasets", *NMC7), s)
    yield s
    s.close()


def _one(store, sql, *params):
    return store.con.execute(sql, list(params)).fetchone()


def test_datasets_table_row_counts(store):
    expected = {"state_system": 243, "major_powers": 14, "gdp_population": 16536,
                "atop_dyad_years": 273296, "unga_votes": 870109, "unga_roll_calls": 6203,
                "ideal_points": 11238}
    for table, n in expected.items():
        assert _one(store, f"SELECT count(*) FROM {table}")[0] == n, table
    assert _one(store, "SELECT count(*) FROM capabilities WHERE version = '6.0'")[0] == 15951
    assert _one(store, "SELECT count(*) FROM capabilities WHERE version = '7.0'")[0] == 17121


def test_datasets_nmc_missing_and_spot_values(store):
    path = _path("cow-nmc")
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    usa_1816 = next(r for r in rows if r["ccode"] == "2" and r["year"] == "1816")
    missing_milex = sum(1 for r in rows if r["milex"] == "-9")
    assert _one(store, "SELECT cinc, milex FROM capabilities WHERE version = '6.0' AND ccode = 2 AND year = 1816") \
        == (pytest.approx(float(usa_1816["cinc"])), float(usa_1816["milex"]))
    assert _one(store, "SELECT count(*) FROM capabilities WHERE version = '6.0' AND milex IS NULL")[0] == missing_milex


def test_datasets_unga_votes_spot_values(store):
    path = _path("unga-votes")
    counts = duckdb.sql(f"SELECT vote, count(*) FROM read_csv('{path}') WHERE country_code = 'US' GROUP BY vote")
    stored = dict(store.con.execute("SELECT vote, count(*) FROM unga_votes WHERE iso3 = 'USA' GROUP BY vote"
                                    ).fetchall())
    assert stored == dict(counts.fetchall())
    calls = path.with_name("un_roll_calls.csv")
    date = duckdb.sql(f"SELECT date FROM read_csv('{calls}') WHERE rcid = 3").fetchone()[0]
    assert _one(store, "SELECT DISTINCT date, session FROM unga_votes WHERE rcid = 3") == (date, 1)
    unresolved = store.con.execute("SELECT DISTINCT country FROM unga_votes WHERE iso3 IS NULL").fetchall()
    assert set(unresolved) <= {("Zanzibar",)}  # two votes in 1963, a name the gazetteer lacks


def test_datasets_unga_votes_seat_follows_the_state(store):
    """`RU` is one seat: the USSR (COW 365, SUN) before 1992 and Russia after; `YU` is Serbia from 2006."""
    seat = "SELECT DISTINCT iso3, ccode FROM unga_votes WHERE country = ? AND year = ?"
    assert _one(store, seat, "Russia", 1962) == ("SUN", 365)
    assert _one(store, seat, "Russia", 2000) == ("RUS", 365)
    assert _one(store, seat, "Yugoslavia", 2010) == ("SRB", 345)


def test_datasets_atop_spells_cover_defence_years(store):
    """Every year with atop_defense = 1 for USA–GBR lies in an alliance spell whose type lists defense."""
    path = _path("atop")
    years = [y for (y,) in duckdb.sql(f"SELECT year FROM read_csv('{path}') WHERE ccode1 = 2 AND ccode2 = 200 "
                                      "AND atop_defense = 1").fetchall()]
    spells = store.con.execute("""SELECT year(date_start), year(date_end), attrs FROM relations
                                  WHERE predicate = 'alliance' AND subject = 'GBR' AND object = 'USA'""").fetchall()
    assert years
    for y in years:
        assert any(a <= y <= b and "defense" in json.loads(t)["type"] for a, b, t in spells), y


def test_datasets_ties_imposed_cases(store):
    path = _path("ties")
    with open(path, newline="", encoding="utf-8") as f:
        imposed = [r for r in csv.DictReader(f) if r["imposition"] == "1"]
    case = next(r for r in imposed if r["sender1"] == "2.0" and r["sender2"] == "")
    rows = store.con.execute("""SELECT status, json_extract_string(attrs, '$.case') FROM relations
                                WHERE predicate = 'sanction' AND subject = 'USA'
                                  AND json_extract_string(attrs, '$.case') = ?""", [case["caseid"]]).fetchall()
    assert ("imposed", case["caseid"]) in rows
    assert (("lifted", case["caseid"]) in rows) == bool(case["endyear"])
    cases = _one(store, """SELECT count(DISTINCT json_extract_string(attrs, '$.case')) FROM relations
                           WHERE predicate = 'sanction' AND json_extract_string(attrs, '$.case') IS NOT NULL""")[0]
    assert cases <= len({r["caseid"] for r in imposed}) and cases > 0.9 * len({r["caseid"] for r in imposed})


def test_datasets_ofac_counts_per_program(store):
    with open(_path("ofac-sdn"), newline="", encoding="latin-1") as f:
        programs = Counter(p.strip() for r in csv.reader(f) if len(r) > 3 for p in r[3].split("] ["))
    got = dict(store.con.execute("""SELECT json_extract_string(attrs, '$.program'),
                                           json_extract(attrs, '$.count')::INT FROM relations
                                    WHERE predicate = 'sanction' AND subject = 'USA' AND object = 'IRN'""").fetchall())
    assert got["IRAN"] == programs["IRAN"] and got["IRGC"] == programs["IRGC"]
    assert _one(store, "SELECT count(*) FROM relations WHERE predicate = 'sanction' AND object = 'RUS' AND "
                       "json_extract_string(attrs, '$.program') = 'RUSSIA-EO14024'")[0] == 1


def test_datasets_troops_and_bases(store):
    with open(_path("us-troops"), newline="") as f:
        de_1990 = next(r for r in csv.DictReader(f) if r["ccode"] == "260" and r["year"] == "1990")
    assert _one(store, """SELECT json_extract(attrs, '$.troops')::INT FROM relations
                          WHERE predicate = 'military_presence' AND object = 'DEU' AND date = '1990'""")[0] \
        == int(float(de_1990["troops"]))
    with open(_path("us-bases"), newline="", encoding="latin-1") as f:
        jp = [r for r in csv.DictReader(f) if r["iso3c"] == "JPN"]
    assert _one(store, """SELECT json_extract(attrs, '$.sites')::INT, json_extract(attrs, '$.bases')::INT
                          FROM relations WHERE predicate = 'military_presence' AND object = 'JPN' AND date = '2015'
                            AND source_id = (SELECT id FROM sources WHERE dataset = 'us-bases')""") \
        == (len(jp), sum(r["base"] == "1" for r in jp))


def test_datasets_us_missions_spells(store):
    with open(_path("us-missions"), newline="") as f:
        fra = [r for r in csv.DictReader(f) if r["country_code_cow"] == "220" and r["us_mission_status"] == "Embassy"]
    spell = _one(store, """SELECT date_start, date_end FROM relations WHERE predicate = 'embassy' AND subject = 'USA'
                           AND object = 'FRA' AND json_extract_string(attrs, '$.mission') = 'Embassy'
                           ORDER BY date_start LIMIT 1""")
    assert [str(d) for d in spell] == [fra[0]["date_start"], fra[0]["date_end"]]


def test_datasets_ideal_points_unvoting_layout(tmp_path):
    """The teaching file's COW letter codes: GFR after 1990 is unified Germany (255, DEU), SSUD South Sudan."""
    path = shared_path("datasets", "unga_ideal_points", "unvoting.csv")
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    with Store(tmp_path / "u.duckdb") as s:
        datasets.load("unga-ideal-points", path, s)
        assert _one(s, "SELECT count(*), count(iso3) FROM ideal_points WHERE layout = 'unvoting'") \
            == (len(rows), len(rows))
        usa_1946 = next(r for r in rows if r["CountryAbb"] == "USA" and r["Year"] == "1946")
        assert _one(s, "SELECT ideal_point, session FROM ideal_points WHERE iso3 = 'USA' AND year = 1946") \
            == (pytest.approx(float(usa_1946["idealpoint"])), 1)
        seat = "SELECT ccode, iso3 FROM ideal_points WHERE country = ? AND year = ?"
        assert _one(s, seat, "German Federal Republic", 1995) == (255, "DEU")
        assert _one(s, seat, "Russia", 1980) == (365, "SUN")
