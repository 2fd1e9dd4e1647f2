"""The analyst's workbench in headless Chromium: the relations table (filter, sort, page, CSV export
equal to the API's answer), the home map's year slider and type picker, the country page's type
picker and network, its per-type tables sorted in place, and the comparison page. Skips as test_web_browser.py does outside CI."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import httpx
import pytest

from pluripolar.export import RELATION_COLUMNS, cell
from pluripolar.web.app import create_app
from pluripolar.web.pages import DIST
from pluripolar.web.server import background_server

from .test_web_browser import _shot, browser, page  # noqa: F401  (fixtures)
from .web_support import tables_db  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def base_url(tables_db):
    with background_server(create_app(tables_db)) as url:
        yield url


def _shapes() -> set[int]:
    topo = json.loads((DIST / "countries-110m.json").read_text())
    return {int(g["id"]) for g in topo["objects"]["countries"]["geometries"] if g.get("id") is not None}


def _api(base_url, path, **params):
    r = httpx.get(base_url + path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_web_workbench_table_filters_sorts_pages_and_exports(page, base_url, tmp_path):
    page.goto(f"{base_url}/relations?limit=5")
    page.select_option("#relation-filters select[name=kind]", "document")
    page.click("#relation-filters button[type=submit]")
    page.wait_for_url("**kind=document**")
    expected = _api(base_url, "/api/relations", kind="document", limit=1000)
    assert page.inner_text("#relations-total").startswith(f"{expected['total']} matching")
    assert page.locator("#relations tbody tr").count() == 5
    page.click("#relations th a.sort[data-sort=subject]")  # ascending, then descending
    page.click("#relations th a.sort[data-sort=subject]")
    page.wait_for_url("**desc=true**")
    subjects = sorted((r["subject"] for r in expected["rows"]), reverse=True)
    shown = page.eval_on_selector_all("#relations tbody tr", "rows => rows.map(r => r.dataset.id)")
    api_page = _api(base_url, "/api/relations", kind="document", sort="subject", desc="true", limit=5)
    assert shown == [r["id"] for r in api_page["rows"]]
    assert [r["subject"] for r in api_page["rows"]] == subjects[:5]
    page.click("nav.pager a[rel=next]")
    page.wait_for_url("**offset=5**")
    second = _api(base_url, "/api/relations", kind="document", sort="subject", desc="true", limit=5, offset=5)
    assert page.eval_on_selector_all("#relations tbody tr", "rows => rows.map(r => r.dataset.id)") == \
        [r["id"] for r in second["rows"]]
    with page.expect_download() as download:
        page.click("#export-csv")
    saved = tmp_path / "export.csv"
    download.value.save_as(saved)
    table = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert table[0] == list(RELATION_COLUMNS)
    assert table[1:] == [[cell(r[c]) for c in RELATION_COLUMNS] for r in second["rows"]]
    with page.expect_download() as download:
        page.click("#export-json")
    download.value.save_as(tmp_path / "export.json")
    assert json.loads((tmp_path / "export.json").read_text())["rows"] == second["rows"]
    permalink = page.get_attribute("#permalink", "href")
    assert all(part in permalink for part in ("kind=document", "sort=subject", "desc=true", "offset=5"))
    _shot(page, "relations_table")
    assert page.problems == []


def test_web_workbench_home_year_slider_and_type_picker(page, base_url):
    shapes = _shapes()

    def countries(**params):
        return {a["id"] for a in _api(base_url, "/api/overview", **params)["actors"] if a["iso_numeric"] in shapes}

    page.goto(base_url + "/")
    page.wait_for_selector("#world-map[data-countries]")
    assert int(page.get_attribute("#world-map", "data-countries")) == len(countries())
    page.eval_on_selector("#year-slider", "el => { el.value = '1990'; el.dispatchEvent(new Event('input')); "
                                          "el.dispatchEvent(new Event('change')); }")
    page.wait_for_url("**year=1990**")
    in_1990 = countries(year=1990)
    assert in_1990 != countries()
    page.wait_for_function(f"document.getElementById('world-map').dataset.countries === '{len(in_1990)}'")
    drawn = page.eval_on_selector_all("path.has-data", "els => els.map(e => e.dataset.iso3)")
    assert set(drawn) == in_1990 and page.inner_text("#year-shown") == "1990"
    page.select_option("#type-picker", "embassy")
    page.wait_for_url("**predicate=embassy**")
    embassies = countries(year=1990, predicate="embassy")
    page.wait_for_function(f"document.getElementById('world-map').dataset.countries === '{len(embassies)}'")
    assert set(page.eval_on_selector_all("path.has-data", "els => els.map(e => e.dataset.iso3)")) == embassies
    option = page.inner_text("#type-picker option[value=embassy]")
    counted = next(p for p in _api(base_url, "/api/overview", year=1990)["by_predicate"] if p["name"] == "embassy")
    assert option.endswith(f"({counted['relations']})")
    _shot(page, "home_year_type")
    assert page.problems == []


def test_web_workbench_country_type_picker_and_network(page, base_url):
    dossier = _api(base_url, "/api/dossier/CUB", as_of="2020-10-30")
    shapes = _shapes()
    page.goto(f"{base_url}/actor/CUB?as_of=2020-10-30")
    page.wait_for_selector("#network[data-nodes]")
    partners = [p for p in dossier["map"] if p["id"] != "CUB"]
    assert int(page.get_attribute("#network", "data-partners")) == min(15, len(partners))
    page.click('#type-legend button[data-key="embassy"]')
    with_embassy = {p["id"] for p in partners if "embassy" in p["predicates"] and p["iso_numeric"] in shapes}
    shown = page.eval_on_selector_all('path.partner[data-shown="true"]', "els => els.map(e => e.dataset.iso3)")
    assert set(shown) == with_embassy
    assert int(page.get_attribute("#network", "data-partners")) == \
        min(15, sum("embassy" in p["predicates"] for p in partners))
    groups = page.eval_on_selector_all("details.group", "els => els.map(e => [e.dataset.predicate, +e.dataset.count, e.open])")
    assert groups and not any(open_ for _, _, open_ in groups)  # collapsed, each with its count
    assert page.locator("details.group table").count() == 0  # loaded when opened, not before
    counts = {pred: n for pred, n, _ in groups}
    assert counts["embassy"] == sum(len(v) for v in dossier["partners"]["embassy"].values())
    page.click('details.group[data-predicate="embassy"] > summary')
    page.wait_for_selector('details.group[data-predicate="embassy"] table.relations tbody tr')
    assert page.locator('details.group[data-predicate="embassy"] table.relations tbody tr').count() == counts["embassy"]
    _shot(page, "actor_type_picker")
    assert page.problems == []


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def test_web_workbench_country_tables_sort_in_place(page, base_url):
    dossier = _api(base_url, "/api/dossier/VEN", as_of="2020-10-30")
    pred = "embassy"  # partners from a document and a dataset, dated and undated
    partners = [p for items in dossier["partners"][pred].values() for p in items]
    assert len(partners) >= 3 and None in {p["date"] for p in partners} and len({p["date"] for p in partners}) >= 3
    assert len({p["evidence"][0]["source_id"] for p in partners}) >= 2
    url = f"{base_url}/actor/VEN?as_of=2020-10-30"
    page.goto(url)
    group = f'details.group[data-predicate="{pred}"]'
    page.click(f"{group} > summary")
    page.wait_for_selector(f"{group} table.relations tbody tr")

    def column(key):  # each region's table, in its shown order
        return page.eval_on_selector_all(f"{group} table.relations",
                                         f"ts => ts.map(t => Array.from(t.tBodies[0].rows, r => r.dataset.{key}))")

    def header(key):
        link = page.locator(f"{group} table.relations").first.locator(f"th a.sort[data-sort={key}]")
        return link.inner_text(), link.locator("xpath=..").get_attribute("aria-sort")

    before = column("partner")
    page.click(f"{group} table.relations >> nth=0 >> th a.sort[data-sort=date]")
    dates = column("date")
    for shown in dates:
        dated = [d for d in shown if d]
        assert shown == dated + [""] * (len(shown) - len(dated)) and dated == sorted(dated)  # undated last
    assert header("date") == ("Date ▲", "ascending") and header("partner") == ("Partner", None)
    page.click(f"{group} table.relations >> nth=0 >> th a.sort[data-sort=date]")
    for shown in column("date"):
        dated = [d for d in shown if d]
        assert dated == sorted(dated, reverse=True)
    assert header("date") == ("Date ▼", "descending")
    page.click(f"{group} table.relations >> nth=0 >> th a.sort[data-sort=partner]")
    names = column("partner")
    assert [sorted(t) for t in names] == [sorted(t) for t in before]  # the same rows, reordered
    assert all(t == sorted(t, key=_folded) for t in names)
    assert sorted(n for t in names for n in t) == sorted(p["name"] for p in partners)
    page.click(f"{group} table.relations >> nth=0 >> th a.sort[data-sort=source]")
    for shown in column("source"):
        titled = [s for s in shown if s]
        assert titled == sorted(titled, key=_folded)
    assert header("source") == ("Source ▲", "ascending") and header("date") == ("Date", None)
    assert page.url == url  # sorted in place: no navigation
    _shot(page, "actor_group_sorted")
    assert page.problems == []


def test_web_workbench_comparison_page(page, base_url):
    body = _api(base_url, "/api/compare", actors="PRK,VEN,CUB", as_of="2020-10-30")
    page.goto(f"{base_url}/compare?actors=PRK,VEN,CUB&as_of=2020-10-30")
    page.wait_for_selector("#compare-chart rect.bar")
    bars = page.eval_on_selector_all("#compare-chart rect.bar",
                                     "els => els.map(e => [e.dataset.type, e.dataset.actor, +e.dataset.value])")
    assert sorted(bars) == sorted([t["name"], a, t["partners"][a]] for t in body["types"] for a in ("PRK", "VEN", "CUB"))
    assert page.locator("#compare-types tbody tr").count() == len(body["types"])
    _shot(page, "compare")
    assert page.problems == []


def test_web_workbench_ingest_review_records_corrections(page, base_url):
    text = ("Brazil would open an embassy in Cuba next year, the minister said on Tuesday. "
            "Russia and China signed an agreement on energy cooperation in Beijing.")
    page.goto(f"{base_url}/ingest")
    page.fill("#ingest-text", text)
    page.fill("#ingest-title", "Reviewed in the browser")
    page.fill("#ingest-date", "2024-03-12")
    page.fill("#ingest-analyst", "B. Rowser")
    page.click("#preview-button")
    page.wait_for_selector("#preview-relations tbody tr")
    embassy = page.locator('#preview-relations tbody tr[data-key^="BRA|embassy|CUB"]')
    assert embassy.locator(".flag-hedged").count() == 1
    coop = page.locator('#preview-relations tbody tr[data-key^="CHN|cooperation|RUS"]')
    assert coop.locator(".flag-inferred").count() == 1
    embassy.locator("select.decision").select_option("reject")
    coop.locator("select.decision").select_option("edit")
    coop.locator("select.edit-predicate").select_option("support")
    coop.locator("input.edit-date").fill("2024-03-01")
    _shot(page, "ingest_review")
    page.click("#save-button")
    page.wait_for_selector("#saved-source")
    page.click("#saved-source")
    page.wait_for_selector("#doc-text")
    assert "edited by B. Rowser: predicate cooperation → support; date 2024-03-12 → 2024-03-01" in page.inner_text("body")
    assert "rejected by B. Rowser" in page.inner_text("#rejected")
    source_id = page.url.rsplit("/", 1)[1]
    stored = _api(base_url, f"/api/sources/{source_id}")
    assert {(r["subject"], r["predicate"], r["object"]) for r in stored["relations"]} >= {("CHN", "support", "RUS")}
    assert ("BRA", "embassy", "CUB") not in {(r["subject"], r["predicate"], r["object"]) for r in stored["relations"]}
    _shot(page, "ingest_corrections_source")
    assert page.problems == []
