"""Relation tables on the server: filters, sort order, paging, CSV/JSON export and permalinks, through
the JSON API and the /relations page (FastAPI's TestClient); locale-formatted numbers."""
from __future__ import annotations

import csv
import io
from markupsafe import escape

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request

from pluripolar.export import RELATION_COLUMNS, cell
from pluripolar.web.app import create_app
from pluripolar.web.pages import _env

from .web_support import DENIALS, tables_db  # noqa: F401  (fixture)

LOCAL = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def client(tables_db):
    return TestClient(create_app(tables_db), raise_server_exceptions=False, base_url=LOCAL)


@pytest.fixture(scope="module")
def everything(client):
    body = client.get("/api/relations", params={"limit": 1000}).json()
    assert body["total"] == len(body["rows"]) and body["next_offset"] is None
    return body["rows"]


def _rows(client, **params):
    r = client.get("/api/relations", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["rows"])
    return body["rows"]


def _ids(rows):
    return sorted(r["id"] for r in rows)


@pytest.mark.parametrize(("params", "keep"), [
    ({"predicate": "embassy"}, lambda r: r["predicate"] == "embassy"),
    ({"plover": "support"}, lambda r: r["plover"] == "SUPPORT"),
    ({"kind": "dataset"}, lambda r: r["evidence"][0]["kind"] == "dataset"),
    ({"kind": "document"}, lambda r: r["evidence"][0]["kind"] == "document"),
    ({"dataset": "wikidata-relations"}, lambda r: r["evidence"][0]["source"] == "wikidata-relations"),
    ({"negated": "true"}, lambda r: r["negated"]),
    ({"negated": "false"}, lambda r: not r["negated"]),
    ({"actor": "Cuba", "negated": "true"}, lambda r: r["negated"] and "CUB" in (r["subject"], r["object"])),
])
def test_web_tables_each_filter_keeps_exactly_its_relations(client, everything, params, keep):
    expected = [r for r in everything if keep(r)]
    assert expected and len(expected) < len(everything)  # the filter narrows, and keeps something
    assert _ids(_rows(client, **params)) == _ids(expected)


def test_web_tables_date_range(client, everything):
    rows = _rows(client, since="2019-01-01", until="2019-12-31")
    assert rows and all(r["date"].startswith("2019") for r in rows)
    assert {r["id"] for r in rows} < {r["id"] for r in everything}


def test_web_tables_sort_orders_the_whole_result_before_paging(client, everything):
    down = _rows(client, sort="subject", desc="true")
    assert [r["subject"] for r in down] == sorted((r["subject"] for r in everything), reverse=True)
    dated = [r["date"] for r in _rows(client, sort="date") if r["date"]]
    assert dated == sorted(dated, key=lambda d: (d + "-01-01")[:10])
    first = client.get("/api/relations", params={"sort": "subject", "desc": "true", "limit": 3}).json()["rows"]
    assert [r["id"] for r in first] == [r["id"] for r in down[:3]]


def test_web_tables_pages_cover_every_match_once(client, everything):
    seen, offset = [], 0
    while offset is not None:
        body = client.get("/api/relations", params={"limit": 7, "offset": offset, "sort": "source"}).json()
        assert body["total"] == len(everything) and body["count"] == len(body["rows"]) <= 7
        seen += [r["id"] for r in body["rows"]]
        offset = body["next_offset"]
    assert sorted(seen) == _ids(everything)


def test_web_tables_csv_export_is_the_json_page(client):
    params = {"kind": "dataset", "sort": "object", "limit": 5, "offset": 2}
    page = client.get("/api/relations", params=params).json()["rows"]
    r = client.get("/api/relations", params={**params, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    table = list(csv.reader(io.StringIO(r.text)))
    assert table[0] == list(RELATION_COLUMNS)
    assert table[1:] == [[cell(row[c]) for c in RELATION_COLUMNS] for row in page] and len(page) == 5


def test_web_tables_bad_filters_are_one_line_errors(client):
    for params, status, word in (({"sort": "nope"}, 422, "sort"), ({"kind": "blog"}, 400, "kind"),
                                 ({"plover": "HUG"}, 400, "PLOVER"), ({"dataset": "nope"}, 404, "dataset"),
                                 ({"negated": "maybe"}, 422, "negated")):
        r = client.get("/api/relations", params=params)
        assert r.status_code == status and word in r.json()["error"] and "\n" not in r.json()["error"]


def test_web_tables_page_shows_the_filtered_sorted_page_with_exports(client):
    url = "/relations?actor=CUB&negated=true&sort=predicate&desc=true&kind=&dataset="
    html = client.get(url).text
    assert 'id="relations-total">2 matching' in html
    assert html.index("embassy") < html.index("agreement")  # predicate descending
    assert "Denials</span> · Test Wire · 2019-05-04" in html  # the source by title, outlet and date
    assert 'href="/api/relations?actor=CUB&amp;negated=true&amp;sort=predicate&amp;desc=true&amp;format=csv"' in html
    assert 'aria-sort="descending"' in html


def test_web_tables_other_lists_are_paged(client):
    everything = client.get("/api/datasets", params={"limit": 1000}).json()
    first = client.get("/api/datasets", params={"limit": 2}).json()
    rest = client.get("/api/datasets", params={"limit": 1000, "offset": 2}).json()
    assert first["count"] == 2 and first["next_offset"] == 2 and first["total"] == everything["total"] > 2
    assert first["rows"] + rest["rows"] == everything["rows"] and rest["next_offset"] is None


def test_web_tables_numbers_follow_the_readers_locale():
    template = _env.from_string("{{ 195309 | num }} {{ 0.1424792139077854 | num(3) }}")

    def render(language):
        return template.render(request=Request({"type": "http", "headers": [(b"accept-language", language)]}))

    assert render(b"en-GB,en;q=0.8") == "195,309 0.142"
    assert render(b"de-DE") == "195.309 0,142"
    assert render(b"xx-nonsense, fr") == "195\u202f309 0,142"


def test_web_overview_counts_a_year_and_a_type(client, everything):
    def holds_in(r, year):
        start = (r["date"] or r["evidence"][0]["source_date"])[:4]
        end = (r["date_end"] or r["date"] or r["evidence"][0]["source_date"])[:4]
        return int(start) <= year <= int(end)

    body = client.get("/api/overview", params={"year": 2019}).json()
    in_2019 = [r for r in everything if holds_in(r, 2019)]
    assert 0 < len(in_2019) < len(everything)
    assert body["filters"]["total"] == len(in_2019)
    assert {p["name"]: p["relations"] for p in body["by_predicate"]} == {
        name: sum(r["predicate"] == name for r in in_2019) for name in {r["predicate"] for r in in_2019}}
    cuba = next(a for a in body["actors"] if a["id"] == "CUB")
    assert cuba["relations"] == sum("CUB" in (r["subject"], r["object"]) for r in in_2019)
    typed = client.get("/api/overview", params={"year": 2019, "predicate": "embassy"}).json()
    assert {a["id"]: a["relations"] for a in typed["actors"]} == {
        i: n for i in {x for r in in_2019 if r["predicate"] == "embassy" for x in (r["subject"], r["object"])}
        if (n := sum(r["predicate"] == "embassy" and i in (r["subject"], r["object"]) for r in in_2019))}
    years = body["years"]
    assert years["first"] <= 1974 and years["last"] >= 2020  # PRK–VEN ties of 1974, the 2020 document
    assert "predicate" in client.get("/api/overview", params={"predicate": "hugs"}).json()["error"]


def test_web_compare_puts_actors_side_by_side(client):
    body = client.get("/api/compare", params={"actors": "PRK,Venezuela,CUB", "as_of": "2020-10-30"}).json()
    assert [a["id"] for a in body["actors"]] == ["PRK", "VEN", "CUB"]
    partners = []
    for a in body["actors"]:
        dossier = client.get(f"/api/dossier/{a['id']}", params={"as_of": "2020-10-30"}).json()
        for t in body["types"]:
            assert t["partners"][a["id"]] == sum(t["name"] in p["predicates"] for p in dossier["map"])
        assert body["counts"][a["id"]] == {k: c["value"] for k, c in dossier["counts"].items()}
        assert [p["id"] for p in body["top_partners"][a["id"]]] == [p["id"] for p in dossier["map"]][:10]
        partners.append({p["id"] for p in dossier["map"]})
    assert {p["id"] for p in body["shared_partners"]} == set.intersection(*partners)
    two = client.get("/api/compare", params={"actors": "VEN,CUB", "as_of": "2020-10-30"}).json()
    assert {p["id"] for p in two["shared_partners"]} == partners[1] & partners[2] != set()
    assert body["polarity_position"] is None  # no capabilities loaded here
    for bad in ("", "PRK,VEN,CUB,USA", "PRK,North Korea"):
        r = client.get("/api/compare", params={"actors": bad})
        assert r.status_code == 400 and "\n" not in r.json()["error"]
    page = client.get("/compare", params={"actors": "PRK,VEN"}).text
    assert 'id="compare-types"' in page and "North Korea" in page and "Venezuela" in page


def test_web_polarity_page_names_defines_and_cites_its_index(client):
    from pluripolar import api

    about = api.polarity_about()
    assert list(about) == list(api.polarity_indices())
    for index in about:
        html = client.get("/polarity", params={"index": index}).text
        assert escape(about[index]["name"]) in html and escape(about[index]["citation"].split(".")[0]) in html
        assert ('name="majors"' in html) == about[index]["majors"]  # the major-powers box only where it applies
    assert not about["unga-polarization"]["majors"] and about["con"]["majors"]


def test_web_compare_places_actors_among_the_strongest_by_capabilities(tmp_path):
    import csv as csvlib

    from pluripolar import api
    from pluripolar.store import Store

    from .conftest import shared_path

    nmc = shared_path("datasets", "cow_nmc", "NMC-70-abridged_from_peacesciencer.csv")
    with Store(tmp_path / "nmc.duckdb") as s:
        api.load_dataset("cow-nmc", str(nmc), s)
    with TestClient(create_app(tmp_path / "nmc.duckdb"), base_url=LOCAL) as c:
        body = c.get("/api/compare", params={"actors": "USA,CHN,RUS"}).json()
        years = c.get("/api/polarity", params={"index": "con", "majors": "top:10", "limit": 2}).json()
    rows = list(csvlib.DictReader(nmc.open(encoding="utf-8")))
    last = max(int(r["year"]) for r in rows if r["cinc"] not in ("", "NA"))
    top = sorted(((float(r["cinc"]), r["ccode"]) for r in rows if int(r["year"]) == last and r["cinc"] not in ("", "NA")),
                 reverse=True)[:10]
    codes = {"USA": "2", "CHN": "710", "RUS": "365"}
    pos = body["polarity_position"]
    assert pos["year"] == last and pos["among"] == 10
    for actor, code in codes.items():
        rank = [c for _, c in top].index(code) + 1
        assert pos["actors"][actor]["rank"] == rank
        assert abs(pos["actors"][actor]["share"] - top[rank - 1][0] / sum(v for v, _ in top)) < 1e-5
    assert years["count"] == 2 and years["next_offset"] == 2 and years["total"] > 100
