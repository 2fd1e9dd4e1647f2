"""One rule for time, on the real datasets: coverage, last observed, zero-troop years, snapshot dates,
both ends of a pair reading alike, and since/until by the relation's date everywhere."""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from pluripolar import analysis, api, datasets
from pluripolar.cli import main
from pluripolar.errors import InvalidInput
from pluripolar.store import Store
from pluripolar.web.app import create_app

from .conftest import shared_path

LOCAL = "http://127.0.0.1"  # the app answers only for its own address

OFAC_DATE = "2024-05-03"  # the date of the SDN list in ../shared (MANIFEST.md)


def _file(*parts: str) -> str:
    return str(shared_path("datasets", *parts))


@pytest.fixture(scope="module")
def files():
    return {"atop": _file("atop_alliances", "atop_alliance_v5.1_ddy_from_peacesciencer.csv"),
            "us-troops": _file("military_deployments", "troopdata.csv"),
            "us-missions": _file("us_diplomatic_missions", "mission_status_range_cow_v0.1.csv"),
            "ofac-sdn": _file("sanctions_ofac_sdn", "sdn.csv"),
            "unga-votes": _file("unga_votes", "un_votes.csv")}


@pytest.fixture(scope="module")
def db(files, tmp_path_factory):
    path = tmp_path_factory.mktemp("time") / "time.duckdb"
    with Store(path) as store:
        for name, f in files.items():
            datasets.load(name, f, store, date=OFAC_DATE if name == "ofac-sdn" else None)
        analysis.dossier(store, "USA")  # builds the actor index once
    return path


@pytest.fixture
def store(db):
    with Store(db) as s:
        yield s


def _atop_partners(path: str, ccode: int, year: int) -> int:
    return duckdb.sql(f"""SELECT count(DISTINCT ccode2) FROM read_csv('{path}') WHERE ccode1 = {ccode}
        AND year = {year} AND (atop_defense + atop_offense + atop_neutral + atop_nonagg + atop_consul) > 0
        """).fetchone()[0]


def test_time_coverage_recorded_per_load(store):
    cov = {r[0]: r[1:] for r in store.con.execute(
        "SELECT dataset, kind, first_date, last_date, snapshot_date FROM dataset_coverage").fetchall()}
    assert cov["atop"] == ("spells", date(1815, 1, 1), date(2018, 12, 31), None)
    assert cov["us-troops"][0] == "waves" and cov["us-troops"][2] == date(2023, 12, 31)
    assert cov["us-missions"][0] == "spells" and cov["us-missions"][2] == date(2024, 12, 31)
    assert cov["ofac-sdn"] == ("snapshot", date(2024, 5, 3), date(2024, 5, 3), date(2024, 5, 3))


def test_time_usa_alliances_2018_and_today(store, files):
    """All ATOP partners of 2018 hold on 2018-06-30; today they are all still shown, as last observed
    2018 - not dropped (the old 3) and not current."""
    n = _atop_partners(files["atop"], 2, 2018)
    then = analysis.dossier(store, "USA", "2018-06-30")["counts"]
    now = analysis.dossier(store, "USA")["counts"]
    assert then["alliances"]["value"] + then["other_pacts"]["value"] == n
    for name in ("alliances", "other_pacts"):
        k = then[name]["value"]
        assert (then[name]["current"], then[name]["last_observed"]) == (k, {})
        assert (now[name]["value"], now[name]["current"], now[name]["last_observed"]) == (k, 0, {"2018": k})
    prk = analysis.dossier(store, "PRK")["counts"]
    assert prk["alliances"]["value"] + prk["other_pacts"]["value"] == _atop_partners(files["atop"], 731, 2018)
    assert prk["alliances"]["current"] == prk["other_pacts"]["current"] == 0


def _view(store, me: str, other: str, as_of: str | None) -> set[tuple]:
    """What `me`'s dossier says about `other`: (predicate, side seen from the USA, last observed)."""
    flip = {"out": "in", "in": "out", "both": "both"}
    out = set()
    for pred, regions in analysis.dossier(store, me, as_of)["partners"].items():
        for items in regions.values():
            for p in items:
                if p["id"] == other:
                    side = p["side"] if me == "USA" else flip[p["side"]]
                    out.add((pred, side, p["last_observed"]))
    return out


@pytest.mark.parametrize("as_of", ["2018-06-30", "2020-06-30", None])
def test_time_venezuela_usa_read_alike_from_both_ends(store, as_of):
    usa = _view(store, "USA", "VEN", as_of)
    assert usa == _view(store, "VEN", "USA", as_of)
    assert ("alliance", "both", None if as_of == "2018-06-30" else date(2018, 12, 31)) in usa
    assert ("embassy", "out", None if as_of else date(2024, 12, 31)) in usa


def test_time_zero_troops_end_a_deployment(store):
    """troopdata: 10 US troops in Venezuela in 2018, 0 in 2019-2021."""
    def hosted(as_of):
        d = analysis.dossier(store, "VEN", as_of)
        return [(p["id"], p["attrs"].get("troops")) for ps in d["partners"].get("military_presence", {}).values()
                for p in ps]
    assert hosted("2018-06-30") == [("USA", 10)]
    assert hosted("2019-06-30") == [] and hosted("2021-06-30") == [] and hosted(None) == []
    ended = [(e["date"], e["status"], e["attrs"]["troops"]) for e in analysis.dyad(store, "USA", "VEN")["events"]
             if e["predicate"] == "military_presence" and e["status"] == "withdrawn"]
    assert ended == [("2019", "withdrawn", 0)]


def test_time_ofac_is_dated_by_its_snapshot(store):
    rels = api.relations(store, source="ofac-sdn")
    assert rels and {r["date"] for r in rels} == {OFAC_DATE}
    before = analysis.dossier(store, "PRK", "2024-01-01")["sanctions_received_by_sender"]
    assert before == []
    on = analysis.dossier(store, "PRK", OFAC_DATE)
    [usa] = on["sanctions_received_by_sender"]
    assert (usa["first"], usa["last"], usa["last_observed"]) == (date(2024, 5, 3), date(2024, 5, 3), None)
    today = analysis.dossier(store, "PRK")
    assert today["sanctions_received_by_sender"][0]["last_observed"] == date(2024, 5, 3)
    assert today["counts"]["sanctions_received"]["last_observed"] == {"2024": 1}
    assert "0001-01-01" not in json.dumps(today, default=str)


def test_time_snapshot_date_defaults_and_refusals(files, tmp_path):
    sdn = tmp_path / "sdn.csv"
    sdn.write_bytes(open(files["ofac-sdn"], "rb").read())
    stamp = 1_700_000_000  # 2023-11-14 UTC
    os.utime(sdn, (stamp, stamp))
    with Store(tmp_path / "s.duckdb") as s:
        assert datasets.load("ofac-sdn", sdn, s).snapshot == "2023-11-14"
        with pytest.raises(InvalidInput, match="only snapshot lists and statements files take a date"):
            datasets.load("us-missions", files["us-missions"], s, date="2020-01-01")
    r = CliRunner().invoke(main, ["data", "load", "ofac-sdn", "--file", str(sdn), "--date", "2024-13-01",
                                  "--db", str(tmp_path / "c.duckdb")])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "--date" in r.output


def test_time_since_until_select_by_the_relations_date(db, store):
    """The US embassy in London opened 1893-06-22 and lasts to the data's end: it is not 'since 2020'."""
    since = api.relations(store, actor="USA", other="GBR", since="2020-01-01")
    assert since and all(r["date"] >= "2020" for r in since)
    spell = [r for r in api.relations(store, actor="USA", other="GBR", until="1893-12-31")
             if r["date"] == "1893-06-22"]
    assert [(r["date_end"], r["last_observed"]) for r in spell] == [(date(2024, 12, 31), date(2024, 12, 31))]
    r = CliRunner().invoke(main, ["relations", "--actor", "USA", "--other", "GBR", "--since", "2020-01-01",
                                  "--format", "jsonl", "--db", str(db)])
    assert r.exit_code == 0 and [json.loads(x)["date"] for x in r.output.splitlines()] == [x["date"] for x in since]
    client = TestClient(create_app(db), raise_server_exceptions=False, base_url=LOCAL)
    rows = client.get("/api/relations", params={"actor": "USA", "other": "GBR", "since": "2020-01-01"}).json()["rows"]
    assert [x["date"] for x in rows] == [x["date"] for x in since]


def test_time_actor_page_marks_last_observed(db):
    client = TestClient(create_app(db), raise_server_exceptions=False, base_url=LOCAL)
    today = client.get("/actor/VEN").text
    assert "last observed 2018" in today and "last observed 2024" in today
    then = client.get("/actor/VEN", params={"as_of": "2018-06-30"}).text
    assert "last observed 2018" not in then
    api_today = client.get("/api/dossier/VEN").json()
    assert api_today["counts"]["alliances"]["current"] == 0 and api_today["counts"]["alliances"]["last_observed"]


def _atop_types(path: str, ccode: int, year: int) -> dict[int, set[str]]:
    """Each ATOP partner of `ccode` in `year` with the obligations of either direction, from the file."""
    out: dict[int, set[str]] = {}
    for a, b, *flags in duckdb.sql(f"""SELECT ccode1, ccode2, atop_defense, atop_offense, atop_neutral, atop_nonagg,
            atop_consul FROM read_csv('{path}')
            WHERE year = {year} AND (ccode1 = {ccode} OR ccode2 = {ccode})""").fetchall():
        names = {n for n, f in zip(("defense", "offense", "neutral", "nonagg", "consul"), flags) if f == 1}
        if names:
            out.setdefault(b if a == ccode else a, set()).update(names)
    return out


@pytest.mark.parametrize("iso3, ccode", [("USA", 2), ("PRK", 731)])
def test_types_alliances_count_defence_pacts_only(store, files, iso3, ccode):
    pacts = _atop_types(files["atop"], ccode, 2018)
    d = analysis.dossier(store, iso3, "2018-06-30")
    defence = sum("defense" in t for t in pacts.values())
    assert d["counts"]["alliances"]["value"] == defence
    assert d["counts"]["other_pacts"]["value"] == len(pacts) - defence
    shown = {p["id"]: p for ps in d["partners"]["alliance"].values() for p in ps}
    assert {k: set(v["size"]["type"]) for k, v in shown.items()} == \
        {datasets_iso(c): t for c, t in pacts.items()}
    assert all(p["pact"] == ("defense" not in p["size"]["type"]) for p in shown.values())


def datasets_iso(ccode: int) -> str:
    from pluripolar.actors.kb import kb

    return kb().cow_to_iso3(ccode, 2018)


def test_types_north_korea_map_does_not_colour_pacts_as_allies(db):
    from pluripolar.web import services

    with Store(db) as s:
        d = services.dossier(s, "PRK", "2018-06-30")
    colour = {p["id"]: p["predicates"] for p in d["map"]}
    for other in ("USA", "JPN", "KOR", "AUS"):
        assert "alliance" not in colour[other] and "pact" in colour[other]
    assert "alliance" in colour["CHN"]
    client = TestClient(create_app(db), raise_server_exceptions=False, base_url=LOCAL)
    page = client.get("/actor/PRK", params={"as_of": "2018-06-30"}).text
    group = client.get("/actor/PRK/group/alliance", params={"as_of": "2018-06-30"}).text  # opened on the page
    assert "non-aggression" in page and "pact, no defence" in group


def test_sizes_shown_with_their_relation_from_both_ends(store, files):
    def sized(me, pred, other, as_of):
        d = analysis.dossier(store, me, as_of)
        return [p["size_text"] for ps in d["partners"].get(pred, {}).values() for p in ps if p["id"] == other]
    assert sized("VEN", "military_presence", "USA", "2018-06-30") == ["10 troops"]
    assert sized("USA", "military_presence", "VEN", "2018-06-30") == ["10 troops"]
    assert sized("USA", "embassy", "GBR", None) == sized("GBR", "embassy", "USA", None) == ["ambassador (Embassy)"]
    with open(files["ofac-sdn"], newline="", encoding="latin-1") as f:
        programs = Counter(p.strip() for r in csv.reader(f) if len(r) > 3 for p in r[3].split("] ["))
    dprk = {p: n for p, n in programs.items() if p.startswith("DPRK")}
    [usa] = [p for ps in analysis.dossier(store, "PRK", OFAC_DATE)["partners"]["sanction"].values() for p in ps]
    assert usa["size"] == {"programs": sorted(dprk), "designations": sum(dprk.values())}
    assert usa["size_text"].endswith(f"{sum(dprk.values()):,} designations")
    dyad = analysis.dyad(store, "VEN", "USA")
    assert dyad["unga_agreement"]["with"][0]["id"] == "USA" and 0 < dyad["unga_agreement"]["with"][0]["votes"]
    assert "10 troops" in [e["size_text"] for e in dyad["events"] if e["date"] == "2018"]


def test_evidence_rows_grouped_with_row_records_as_published(db, files):
    import hashlib

    client = TestClient(create_app(db), raise_server_exceptions=False, base_url=LOCAL)
    events = client.get("/api/dyad/USA/VEN").json()["events"]
    alliance = max((e for e in events if e["predicate"] == "alliance"), key=lambda e: e["evidence"][0]["n_rows"])
    [group] = alliance["evidence"]
    assert (group["source"], group["version"]) == ("atop", "5.1") and group["n_rows"] >= len(group["rows"]) > 1
    with open(files["atop"], newline="") as f:
        lines = list(csv.reader(f))
    for n in group["rows"][:3]:
        record = client.get(f"/api/sources/{group['source_id']}/rows/{n}").json()
        assert list(record["fields"].values()) == lines[n]  # line 0 is the header
        assert alliance["id"] in {r["id"] for r in record["relations"]}
    assert client.get(f"/api/sources/{group['source_id']}/rows/999999999").status_code == 404
    info = client.get("/api/datasets/ofac-sdn").json()
    assert info["loads"][0]["file_sha256"] == hashlib.sha256(open(files["ofac-sdn"], "rb").read()).hexdigest()
    assert info["loads"][0]["snapshot_date"] == OFAC_DATE and "public domain" in info["licence"]
    r = CliRunner().invoke(main, ["data", "show", "atop", "--format", "json", "--db", str(db)])
    assert r.exit_code == 0 and json.loads(r.output)["loads"][0]["last_date"] == "2018-12-31"


def test_coverage_and_kept_rows_go_with_a_removed_dataset(files, tmp_path):
    with Store(tmp_path / "r.duckdb") as s:
        api.load_dataset("us-missions", files["us-missions"], s)
        kept = s.con.execute("SELECT (SELECT count(*) FROM dataset_coverage), (SELECT count(*) FROM dataset_rows)"
                             ).fetchone()
        assert kept[0] == 1 and kept[1] > 500
        api.remove_dataset("us-missions", s)
        assert s.con.execute("SELECT (SELECT count(*) FROM dataset_coverage), (SELECT count(*) FROM dataset_rows)"
                             ).fetchone() == (0, 0)


@pytest.mark.parametrize("actor, year", [("USA", 2018), ("USA", 2024), ("VEN", 2019), ("PRK", 2010), ("JPN", 1995)])
def test_time_graph_export_at_a_year_agrees_with_the_dossier_at_its_end(store, actor, year):
    # issue 14: graph export --year had its own overlap test; now it follows the dossier's one rule
    edges = csv.DictReader(api.export_graph(store, "csv", year=year).splitlines())
    in_graph = {(e["predicate"], e["target"] if e["source"] == actor else e["source"])
                for e in edges if actor in (e["source"], e["target"])}
    d = api.dossier(store, actor, f"{year}-12-31")
    in_dossier = {(pred, p["id"]) for pred, regions in d["partners"].items() for ps in regions.values() for p in ps}
    assert in_graph == in_dossier and len(in_graph) > 3
    if year == 2024:  # past a dataset's last observation a fact still holds, "last observed", in both
        assert any(p["last_observed"] for regions in d["partners"].values() for ps in regions.values() for p in ps)
