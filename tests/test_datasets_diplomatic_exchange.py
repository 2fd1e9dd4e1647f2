"""COW Diplomatic Exchange on the real file: partner counts, directions, idempotent reload."""
from __future__ import annotations

import csv

import duckdb
import pytest

from pluripolar import datasets
from pluripolar.store import Store

from .conftest import shared_path

NAME = "cow-diplomatic-exchange"


@pytest.fixture(scope="module")
def de_file():
    return shared_path("datasets", "cow_diplomatic_exchange", "Diplomatic_Exchange_2006v1.csv")


@pytest.fixture(scope="module")
def loaded(de_file, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("de") / "de.duckdb")
    result = datasets.load(NAME, de_file, store)
    yield store, result
    store.close()


def _file_partners(path, ccode: int, year: int) -> int:
    return duckdb.sql(f"SELECT count(DISTINCT ccode2) FROM read_csv('{path}') "
                      f"WHERE ccode1 = {ccode} AND year = {year} AND DE = 1").fetchone()[0]


def _stored_partners(store: Store, iso3: str, as_of: str) -> int:
    return store.con.execute("""
        WITH wave AS (SELECT max(date_start) AS d FROM relations
                      WHERE predicate = 'diplomatic_relations' AND date_start <= CAST(? AS DATE))
        SELECT count(DISTINCT if(subject = ?, object, subject)) FROM relations, wave
        WHERE predicate = 'diplomatic_relations' AND date_start = wave.d AND ? IN (subject, object)""",
                             [as_of, iso3, iso3]).fetchone()[0]


@pytest.mark.parametrize("iso3, ccode, expected", [("PRK", 731, 70), ("VEN", 101, 83), ("USA", 2, 177),
                                                   ("KOR", 732, 100)])
def test_datasets_de_partner_counts_2005(loaded, de_file, iso3, ccode, expected):
    store, _ = loaded
    assert _file_partners(de_file, ccode, 2005) == expected
    assert _stored_partners(store, iso3, "2007-06-30") == expected


def test_datasets_de_rows_and_evidence(loaded, de_file):
    """Every embassy's evidence row is a file row with DR_at_2 > 0 at the stored level (relations
    with two rows are the 1990 wave's 678 and 679, both Yemen that year, and are left out)."""
    store, result = loaded
    with open(de_file, newline="") as f:
        rows = list(csv.DictReader(f))
    assert result.rows_read == len(rows) == 310820
    ev = store.con.execute("""
        SELECT e.row_number, json_extract(r.attrs, '$.level')::INT, e.extractor, e.extractor_version
        FROM evidence e JOIN relations r ON r.id = e.relation_id WHERE r.predicate = 'embassy'
          AND e.relation_id IN (SELECT relation_id FROM evidence GROUP BY ALL HAVING count(*) = 1)""").fetchall()
    with_level = sum(1 for r in rows if int(r["DR_at_2"]) > 0)
    assert 0.95 * with_level <= len(ev) <= with_level
    assert all(int(rows[n - 1]["DR_at_2"]) == level for n, level, _, _ in ev)
    assert {(x, v) for _, _, x, v in ev} == {(NAME, "2006.1")}


def test_datasets_de_embassy_direction(loaded, de_file):
    """Row (ccode1=2, ccode2=365, 1990): DR_at_2 is the level of the US (side 1) in the USSR."""
    store, _ = loaded
    level = duckdb.sql(f"SELECT DR_at_2 FROM read_csv('{de_file}') WHERE ccode1 = 2 AND ccode2 = 365 "
                       "AND year = 1990").fetchone()[0]
    row = store.con.execute("""SELECT json_extract(attrs, '$.level')::INT, status FROM relations
                               WHERE predicate = 'embassy' AND subject = 'USA' AND object = 'SUN'
                                 AND date = '1990'""").fetchone()
    assert row == (level, "maintained")


def test_datasets_de_reload_adds_nothing(loaded, de_file):
    store, first = loaded
    counts = "SELECT (SELECT count(*) FROM relations), (SELECT count(*) FROM evidence)"
    before = store.con.execute(counts).fetchone()
    again = datasets.load(NAME, de_file, store)
    assert again.already_loaded and again.source_id == first.source_id
    assert store.con.execute(counts).fetchone() == before


def test_datasets_de_source_records_file(loaded, de_file):
    store, result = loaded
    row = store.con.execute("SELECT kind, dataset, version, path FROM sources WHERE id = ?",
                            [result.source_id]).fetchone()
    assert row == ("dataset", NAME, "2006.1", str(de_file.resolve()))
