"""Polarity indices: CON on COW NMC v7.0 with the COW majors, the index identities, UNGA polarization,
alliance blocs, the CLI rows and the chart."""
from __future__ import annotations

import json
import math

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar import analysis, datasets
from pluripolar.actors.kb import kb
from pluripolar.analysis import indices
from pluripolar.analysis.blocs import bloc_row, communities
from pluripolar.cli import main
from pluripolar.errors import InvalidInput
from pluripolar.store import Store

from .conftest import shared_path


def _files():
    return {
        "cow-nmc": shared_path("datasets", "cow_nmc", "NMC-70-abridged_from_peacesciencer.csv"),
        "cow-majors": shared_path("datasets", "cow_state_system", "majors2016_from_peacesciencer.csv"),
        "unga-ideal-points": shared_path("datasets", "unga_ideal_points", "IdealpointestimatesAll_Jun2024.csv"),
        "gdp-population": shared_path("datasets", "gdp_population", "cw_gdppop_from_isard.csv"),
    }


@pytest.fixture(scope="module")
def files():
    return _files()


@pytest.fixture(scope="module")
def pol_store(files, tmp_path_factory):
    with Store(tmp_path_factory.mktemp("polarity") / "p.duckdb") as store:
        for name, path in files.items():
            datasets.load(name, path, store)
        yield store


def _con_from_files(files, year: int) -> float:
    """CON computed straight from the CSVs: majors active in the year, CINC renormalised among them."""
    return duckdb.sql(f"""
        WITH m AS (SELECT * FROM read_csv('{files["cow-majors"]}')),
             n AS (SELECT * FROM read_csv('{files["cow-nmc"]}', nullstr='NA')),
             s AS (SELECT n.cinc / sum(n.cinc) OVER () AS s, count(*) OVER () AS k
                   FROM n JOIN m ON n.ccode = m.ccode AND n.year BETWEEN m.styear AND m.endyear
                   WHERE n.year = {year})
        SELECT sqrt((sum(s * s) - 1.0 / any_value(k)) / (1 - 1.0 / any_value(k))) FROM s""").fetchone()[0]


@pytest.mark.parametrize("year, literal", [(1946, 0.452), (1989, 0.312), (2016, 0.462)])
def test_analysis_polarity_con_cow_majors(pol_store, files, year, literal):
    [row] = analysis.polarity(pol_store, "con", "cow", year, year)
    assert row["year"] == year and row["index"] == "con"
    assert row["value"] == pytest.approx(_con_from_files(files, year), abs=1e-9)
    assert row["value"] == pytest.approx(literal, abs=0.002)


def test_analysis_polarity_series_covers_1816_to_2022(pol_store, files):
    rows = analysis.polarity(pol_store, "con", "cow", 1816, 2022)
    assert [r["year"] for r in rows] == list(range(1816, 2023))
    majors_1816 = duckdb.sql(f"SELECT ccode FROM read_csv('{files['cow-majors']}') "
                             "WHERE 1816 BETWEEN styear AND endyear").fetchall()
    assert sorted(rows[0]["details"]["poles"]) == sorted(kb().cow_to_iso3(c, 1816) for (c,) in majors_1816)
    assert sorted(rows[-1]["details"]["poles"]) == sorted(rows[200]["details"]["poles"])  # 2016 list carries on


@pytest.mark.parametrize("values", [[0.5, 0.5], [0.9, 0.1], [0.2, 0.3, 0.5], [1, 2, 3, 4, 5, 6, 7],
                                    [0.57, 0.19, 0.18, 0.05], [10, 0.001, 0.001]])
def test_analysis_polarity_identity(values):
    n = len(values)
    assert n * indices.hhi(values) == pytest.approx(indices.con(values) ** 2 * (n - 1) + 1)


def test_analysis_polarity_identity_on_real_years(pol_store):
    for r in analysis.polarity(pol_store, "con", "cow", 1816, 2022):
        n, d = r["details"]["n"], r["details"]
        assert n * d["hhi"] == pytest.approx(d["con"] ** 2 * (n - 1) + 1)


def test_analysis_polarity_hand_examples():
    assert indices.neff([1, 1, 1, 1]) == pytest.approx(4)
    assert indices.hhi([0.5, 0.25, 0.25]) == pytest.approx(0.375)
    assert indices.neff([0.5, 0.25, 0.25]) == pytest.approx(8 / 3)
    assert indices.leader_share([2, 1, 1]) == pytest.approx(0.5)
    assert indices.top2_share([2, 1, 1]) == pytest.approx(0.75)
    assert indices.con([1, 1, 1]) == pytest.approx(0)
    assert indices.con([1, 0]) == pytest.approx(1)
    assert indices.con([1]) is None
    with pytest.raises(InvalidInput):
        indices.shares([1, -1])


def test_analysis_polarity_majors_selections(pol_store, files):
    [top] = analysis.polarity(pol_store, "neff", "top:3", 2000, 2000)
    cinc = duckdb.sql(f"SELECT cinc FROM read_csv('{files['cow-nmc']}', nullstr='NA') WHERE year = 2000 "
                      "AND cinc IS NOT NULL ORDER BY cinc DESC").fetchall()
    three = [c for (c,) in cinc[:3]]
    assert top["details"]["poles"] == ["CHN", "USA", "IND"]
    assert top["value"] == pytest.approx(1 / sum((c / sum(three)) ** 2 for c in three))
    [share] = analysis.polarity(pol_store, "leader-share", "share:0.05", 2000, 2000)
    world = sum(c for (c,) in cinc)
    big = [c for (c,) in cinc if c >= 0.05 * world]
    assert share["details"]["n"] == len(big)
    assert share["value"] == pytest.approx(max(big) / sum(big))
    with pytest.raises(InvalidInput, match="top:K"):
        analysis.polarity(pol_store, "con", "top:x")


def test_analysis_polarity_net_power(pol_store, files):
    """Net power = GDP × GDP per capita (Beckley), over the COW majors of 2000, CON of the shares."""
    values = [v for (v,) in duckdb.sql(f"""
        SELECT TRY_CAST(g.pwtrgdp AS DOUBLE) * TRY_CAST(g.mrgdppc AS DOUBLE) FROM read_csv('{files["gdp-population"]}', nullstr='NA') g
        JOIN read_csv('{files["cow-majors"]}') m ON g.ccode = m.ccode AND 2000 BETWEEN m.styear AND m.endyear
        WHERE g.year = 2000""").fetchall()]
    [row] = analysis.polarity(pol_store, "net-power", "cow", 2000, 2000)
    assert row["details"]["n"] == len(values) == 7
    s = [v / sum(values) for v in values]
    assert row["value"] == pytest.approx(math.sqrt((sum(x * x for x in s) - 1 / 7) / (1 - 1 / 7)))
    assert row["details"]["leader"] == "USA"


def test_analysis_polarity_unga(pol_store, files):
    rows = analysis.polarity(pol_store, "unga-polarization", first=2019, last=2019)
    sd, closer = duckdb.sql(f"""
        WITH ip AS (SELECT iso3c, IdealPointAll AS x FROM read_csv('{files["unga-ideal-points"]}', nullstr='NA')
                    WHERE session = 74 AND IdealPointAll IS NOT NULL),
             ref AS (SELECT max(x) FILTER (WHERE iso3c = 'USA') AS u, max(x) FILTER (WHERE iso3c = 'CHN') AS c FROM ip)
        SELECT stddev_samp(x), avg(CASE WHEN abs(x - u) < abs(x - c) THEN 1.0 ELSE 0 END)
               FILTER (WHERE iso3c NOT IN ('USA', 'CHN'))
        FROM ip, ref""").fetchone()
    assert [r["details"]["session"] for r in rows] == [74]
    assert rows[0]["value"] == pytest.approx(sd)
    assert rows[0]["details"]["closer_to_usa_share"] == pytest.approx(closer)
    early = analysis.polarity(pol_store, "unga-polarization", first=1950, last=1950)
    assert early[0]["details"]["closer_to_usa_share"] is None  # no PRC seat in the data before 1971


def test_analysis_polarity_blocs_two_cliques():
    edges = [(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6)]
    groups, modularity = communities(edges, "leiden")
    assert sorted(map(sorted, groups)) == [[1, 2, 3], [4, 5, 6]]
    assert modularity == pytest.approx(0.5)
    row = bloc_row(2000, edges, {1: 0.3, 2: 0.1, 3: 0.1, 4: 0.2, 5: 0.1, 6: 0.1, 7: 0.1}, {})
    assert row["value"] == 2 and row["details"]["unallied_states"] == 1
    assert row["details"]["hhi"] == pytest.approx(0.5 ** 2 + 0.4 ** 2 + 0.1 ** 2)
    louvain, _ = communities(edges, "louvain")
    assert sorted(map(sorted, louvain)) == [[1, 2, 3], [4, 5, 6]]


def test_analysis_polarity_missing_data_is_one_clear_error(store):
    with pytest.raises(InvalidInput, match="pluripolar data load cow-nmc"):
        analysis.polarity(store, "con")
    with pytest.raises(InvalidInput, match="expected one of"):
        analysis.polarity(store, "gini")


def test_analysis_polarity_cli_json_rows(pol_store):
    r = CliRunner().invoke(main, ["polarity", "--index", "con", "--from", "1946", "--to", "1950",
                                  "--format", "json", "--db", str(pol_store.path)])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [row["year"] for row in rows] == [1946, 1947, 1948, 1949, 1950]
    assert all(set(row) == {"year", "index", "value", "details"} and row["index"] == "con" for row in rows)
    assert not any(math.isnan(row["value"]) for row in rows)
    csv_out = CliRunner().invoke(main, ["polarity", "--index", "neff", "--year", "1989", "--format", "csv",
                                        "--db", str(pol_store.path)])
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0].startswith("year,index,value")


def test_analysis_polarity_plot_writes_png(pol_store, tmp_path):
    out = tmp_path / "con.png"
    r = CliRunner().invoke(main, ["polarity", "--index", "con", "--from", "1816", "--to", "2022",
                                  "--format", "json", "--plot", str(out), "--db", str(pol_store.path)])
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
