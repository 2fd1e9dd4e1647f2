"""`pluripolar events`: the event series per dyad and period, from text and GDELT alike, in the API,
the CLI, the web API and the GDELT scale job, all with the ontology's one CAMEO mapping."""
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pluripolar import api
from pluripolar.cli import main
from pluripolar.errors import InvalidInput
from pluripolar.ontology import load
from pluripolar.scale import gdelt_dyad_month
from pluripolar.sources import read_file
from pluripolar.store import Store

from .conftest import shared_path
from .test_gdelt import V2

TEXT = ("Russia launched an invasion of Ukraine on 24 February 2022. On 3 March 2022 Russian forces "
        "shelled Kharkiv. Ukraine said Russia attacked Kyiv on 5 March 2022. Russia did not attack "
        "Poland. On 29 March 2022 Russia held negotiations with Ukraine in Istanbul.")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "e.duckdb"
    doc = tmp_path_factory.mktemp("docs") / "war.txt"
    doc.write_text(TEXT, encoding="utf-8")
    with Store(path) as store:
        api.ingest([read_file(str(doc), date="2022-04-01")], store)
        from pluripolar import datasets

        datasets.load("gdelt", shared_path(*V2), store)
    return path


def test_events_series_from_text_counts_by_type_with_goldstein_intensity(db):
    with Store(db) as store:
        rows = api.events(store, actor="RUS", other="Ukraine", by="month")
        text = [r for r in rows if r["source"] == "text"]
        assault = next(r for r in text if r["period"] == "2022-02" and r["plover"] == "ASSAULT")
        assert (assault["subject"], assault["object"], assault["quad"], assault["events"]) == (
            "RUS", "UKR", "material_conflict", 1)
        assert assault["intensity_sum"] == load().intensity("192")
        march = [r for r in text if r["period"] == "2022-03"]
        assert {r["plover"] for r in march} >= {"ASSAULT", "CONSULT"}
        assert all(r["object"] != "POL" for r in rows)  # a denied attack is no event
        yearly = api.events(store, actor="RUS", by="year", type="assault")
        assert {r["plover"] for r in yearly} == {"ASSAULT"}
        total = sum(r["events"] for r in yearly if r["source"] == "text" and r["period"] == "2022")
        assert total == sum(r["events"] for r in text if r["plover"] == "ASSAULT")


def test_events_series_from_gdelt_equals_the_scale_job(db, tmp_path):
    gdelt_dyad_month(str(shared_path(*V2)), tmp_path, engine="duckdb", by="day")
    scaled = pq.read_table(tmp_path / "event_series").to_pylist()
    with Store(db) as store:
        stored = [r for r in api.events(store, by="day") if r["source"] == "gdelt"]

    def totals(rows):
        out = {}
        for r in rows:
            k = (r["period"], tuple(sorted((r["subject"], r["object"]))), r["plover"])
            n, s = out.get(k, (0, 0.0))
            out[k] = (n + r["events"], round(s + r["intensity_sum"], 6))
        return out

    assert totals(stored) == totals(scaled) and len(stored) > 50
    quads = {r["quad"] for r in scaled}
    assert len(quads) == 4 and quads == {t.quad for t in load().plover.values()}


def test_events_cli_and_bad_input(db):
    runner = CliRunner()
    res = runner.invoke(main, ["events", "--db", str(db), "--actor", "RUS", "--by", "year", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows and all(r["period"].isdigit() and len(r["period"]) == 4 for r in rows)
    res = runner.invoke(main, ["events", "--db", str(db), "--type", "WAR"])
    assert res.exit_code == 1 and "unknown PLOVER type" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["events", "--db", str(db), "--by", "week"])
    assert res.exit_code == 2
    with Store(db) as store, pytest.raises(InvalidInput):
        api.events(store, by="fortnight")


def test_events_web_api_and_dyad_page(db):
    from fastapi.testclient import TestClient

    from pluripolar.web.app import create_app

    c = TestClient(create_app(db), raise_server_exceptions=False, base_url="http://127.0.0.1:8000")
    assert "/api/events" in c.get("/openapi.json").json()["paths"]
    body = c.get("/api/events", params={"actor": "RUS", "other": "UKR", "by": "year"}).json()
    with Store(db) as store:
        assert body["rows"] == api.events(store, actor="RUS", other="UKR", by="year") and body["count"] > 0
    bad = c.get("/api/events", params={"type": "WAR"})
    assert bad.status_code == 400 and "unknown PLOVER type" in bad.json()["error"]
    dyad = c.get("/api/dyad/RUS/UKR").json()
    with Store(db) as store:
        assert dyad["series"] == api.events(store, actor="RUS", other="UKR", by="month")
    page = c.get("/dyad/RUS/UKR").text
    assert 'id="coopconflict"' in page and "intensity_sum" in page
