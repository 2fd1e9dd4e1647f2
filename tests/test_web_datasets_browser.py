"""Dataset evidence in headless Chromium: rows collapsed to "dataset · version · N rows" with an
expander, each row linking to its page and API record as published, the dataset page, and the map
colouring pacts apart from defence alliances. Uses the helpers of test_web_browser.py."""
from __future__ import annotations

import hashlib

import httpx
import pytest

from pluripolar import datasets
from pluripolar.store import Store
from pluripolar.web.app import create_app
from pluripolar.web.server import background_server

from .conftest import shared_path
from .test_web_browser import _shot, browser, page  # noqa: F401  (fixtures)

OFAC_DATE = "2024-05-03"


@pytest.fixture(scope="module")
def sdn():
    return shared_path("datasets", "sanctions_ofac_sdn", "sdn.csv")


@pytest.fixture(scope="module")
def base_url(sdn, tmp_path_factory):
    path = tmp_path_factory.mktemp("evidence") / "d.duckdb"
    with Store(path) as s:
        datasets.load("ofac-sdn", sdn, s, date=OFAC_DATE)
        datasets.load("atop", shared_path("datasets", "atop_alliances",
                                          "atop_alliance_v5.1_ddy_from_peacesciencer.csv"), s)
    with background_server(create_app(path)) as url:
        yield url


def test_web_browser_dataset_rows_collapse_and_link_to_the_row(page, base_url, sdn):
    page.goto(f"{base_url}/dyad/PRK/USA")
    details = page.locator("details.rows", has_text="ofac-sdn").first
    summary = details.locator("summary").inner_text()
    assert summary.startswith("ofac-sdn · sdn · ") and summary.endswith(" rows")
    n = int(summary.split(" · ")[2].split()[0])
    assert n > 1 and not details.locator(".row-links").is_visible()
    assert page.evaluate("document.documentElement.scrollHeight") < 4000
    details.locator("summary").click()
    link = details.locator(".row-links a").first
    assert link.is_visible()
    _shot(page, "dyad_rows_expanded")
    number = int(link.inner_text())
    link.click()
    page.wait_for_selector("table#row")
    cells = dict(zip(page.eval_on_selector_all("table#row th[scope=row]", "els => els.map(e => e.textContent)"),
                     page.eval_on_selector_all("table#row td", "els => els.map(e => e.textContent)")))
    with open(sdn, encoding="latin-1", newline="") as f:
        published = f.read().splitlines()[number - 1]
    assert cells["ent_num"] in published and "DPRK" in cells["Program"] and cells["SDN_Name"] in published
    api = httpx.get(base_url + page.locator("a.json").get_attribute("href")).json()
    assert api["row"] == number and api["fields"]["Program"] == cells["Program"]
    assert any(r["object"] == "PRK" and r["predicate"] == "sanction" for r in api["relations"])
    _shot(page, "dataset_row")
    assert page.problems == []


def test_web_browser_dataset_page(page, base_url, sdn):
    page.goto(f"{base_url}/datasets")
    page.locator("#datasets a", has_text="ofac-sdn").click()
    page.wait_for_selector("#loads")
    assert "Office of Foreign Assets Control" in page.inner_text("dd.citation")
    assert "public domain" in page.inner_text("dd.licence")
    assert page.inner_text("dd.coverage")
    assert page.inner_text("td.observed").strip() == f"{OFAC_DATE} – {OFAC_DATE}"
    assert page.inner_text("code.sha256") == hashlib.sha256(sdn.read_bytes()).hexdigest()
    assert page.inner_text("td.loaded")[:4].isdigit()
    _shot(page, "dataset_ofac")
    assert page.problems == []


def test_web_browser_map_colours_pacts_apart_from_alliances(page, base_url):
    page.goto(f"{base_url}/actor/PRK?as_of=2018-06-30")
    page.wait_for_selector("path.partner")

    def shown(kind):
        page.click(f'#type-legend button[data-key="{kind}"]')
        fills = page.eval_on_selector_all('path.partner[data-shown="true"]',
                                          "els => els.map(e => [e.dataset.iso3, getComputedStyle(e).fill])")
        return dict(fills)

    alliances, pacts = shown("alliance"), shown("pact")
    assert "CHN" in alliances and not {"USA", "JPN", "KOR", "AUS"} & set(alliances)
    assert {"USA", "JPN", "KOR", "AUS"} <= set(pacts) and "CHN" not in pacts
    assert alliances["CHN"] != pacts["USA"] and len(set(pacts.values())) == 1
    _shot(page, "actor_PRK_pacts")
    assert page.problems == []
