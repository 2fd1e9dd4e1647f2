"""UN voting alignment in the dossier, on the real Voeten roll calls, against a direct count."""
import duckdb
import pytest

from pluripolar.analysis.dossier import dossier
from pluripolar.datasets.loader import load
from pluripolar.store import Store

from .conftest import shared_path


@pytest.fixture(scope="module")
def unga_store(tmp_path_factory):
    path = shared_path("datasets", "unga_votes", "un_votes.csv")
    store = Store(tmp_path_factory.mktemp("unga") / "u.duckdb")
    load("unga-votes", path, store)
    yield store, path
    store.close()


def _identical_share(path, a: str, b: str, first: int, last: int, as_of: str) -> float:
    calls = path.with_name("un_roll_calls.csv")
    return duckdb.sql(f"""
        WITH v AS (SELECT v.rcid, v.country_code AS c, v.vote FROM read_csv('{path}') v
                   JOIN read_csv('{calls}') r USING (rcid) WHERE r.session BETWEEN {first} AND {last} AND r.date <= DATE '{as_of}')
        SELECT avg(CASE WHEN x.vote = y.vote THEN 1.0 ELSE 0.0 END)
        FROM v x JOIN v y ON x.rcid = y.rcid AND x.c = '{a}' AND y.c = '{b}'""").fetchone()[0]


def test_analysis_unga_alignment_matches_a_direct_count(unga_store):
    store, path = unga_store
    got = dossier(store, "USA", "2015-01-01")["unga_alignment"]
    first, last = got["sessions"]
    assert last == 69  # votes of session 69 (from September 2014) up to the date count
    shares = {w["id"]: w["identical_share"] for w in got["with"]}
    assert shares["CHN"] == pytest.approx(_identical_share(path, "US", "CN", first, last, "2015-01-01"), abs=1e-9)
    assert shares["RUS"] == pytest.approx(_identical_share(path, "US", "RU", first, last, "2015-01-01"), abs=1e-9)
    assert shares["CHN"] < shares["RUS"] < 0.5
