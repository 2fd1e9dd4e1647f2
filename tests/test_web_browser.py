"""The pages in headless Chromium (Debian's `chromium`, driven by Playwright): the dossier map, quotes
linking to their source, the ingest round trip, and documents with markup shown as text.

Screenshots go to artifacts/screenshots/. Outside CI the tests skip when chromium, Playwright or the
built assets (scripts/build-web.sh) are missing; in CI they must run.
"""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from pluripolar.web.app import create_app
from pluripolar.web.pages import DIST
from pluripolar.web.server import background_server

from .conftest import ROOT, needed
from .web_support import SEED_DATE, XSS_TEXT, seeded_db  # noqa: F401  (fixture)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "artifacts" / "screenshots"


def _require_browser():
    missing = [what for what, ok in (("/usr/bin/chromium (apt-get install chromium)", CHROMIUM.exists()),
                                     ("built web assets (scripts/build-web.sh)", (DIST / "actor.js").exists()))
               if not ok]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing.append("the playwright Python package")
        sync_playwright = None
    if missing:
        needed("browser tests need " + ", ".join(missing))
    return sync_playwright


@pytest.fixture(scope="module")
def base_url(seeded_db):
    with background_server(create_app(seeded_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _require_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _map_numeric_ids() -> set[int]:
    topo = json.loads((DIST / "countries-110m.json").read_text())
    return {int(g["id"]) for g in topo["objects"]["countries"]["geometries"] if g.get("id") is not None}


def test_web_browser_actor_map_highlights_partners(page, base_url):
    dossier = httpx.get(f"{base_url}/api/dossier/PRK", params={"as_of": SEED_DATE}).json()
    shapes = _map_numeric_ids()
    expected = {p["id"] for p in dossier["map"] if p["iso_numeric"] in shapes and p["id"] != "PRK"}
    page.goto(f"{base_url}/actor/PRK?as_of={SEED_DATE}")
    page.wait_for_selector("path.partner")
    drawn = page.eval_on_selector_all("path.partner", "els => els.map(e => e.dataset.iso3)")
    assert len(drawn) >= 5 and set(drawn) == expected and len(drawn) == len(expected)
    assert {"PER", "CUB", "BRA", "MEX", "VEN"} <= set(drawn)
    drawn_types = page.eval_on_selector_all("path.partner", "els => els.map(e => [e.dataset.iso3, e.dataset.predicates])")
    types = {p["id"]: " ".join(p["predicates"]) for p in dossier["map"]}
    assert all(t == types[iso3] for iso3, t in drawn_types)
    assert page.locator("#type-legend button").count() == 1 + len({t for p in dossier["map"] for t in p["predicates"]})
    partners = len([p for p in dossier["map"] if p["id"] != "PRK"])
    assert int(page.get_attribute("#network", "data-nodes")) == 1 + min(15, partners) + (partners > 15)
    _shot(page, "actor_PRK")
    assert page.problems == []


def test_web_browser_quote_links_to_its_source(page, base_url):
    page.goto(f"{base_url}/actor/PRK?as_of={SEED_DATE}")
    page.click('details.group[data-predicate="embassy"] > summary')
    link = page.locator('table.relations[data-predicate="embassy"] blockquote.quote a').first
    quote = link.inner_text().strip()
    href = link.get_attribute("href")
    assert href.startswith("/source/") and "#char-" in href
    link.click()
    page.wait_for_selector("mark.quote.current")
    marked = "".join(page.eval_on_selector_all("mark.quote.current", "els => els.map(e => e.textContent)"))
    assert marked == quote
    _shot(page, "source_quote")
    assert page.problems == []


def test_web_browser_ingest_round_trip(page, base_url):
    text = ("Russia and China signed an agreement on energy cooperation in Beijing on 5 June 2019. "
            "Moscow also expressed its support for Beijing.")
    page.goto(f"{base_url}/ingest")
    page.fill("#ingest-text", text)
    page.fill("#ingest-title", "Round trip")
    page.fill("#ingest-date", "2019-06-06")
    page.click("#preview-button")
    page.wait_for_selector("#preview-relations tbody tr")
    marks = page.eval_on_selector_all("#preview-text mark.quote", "els => els.map(e => e.textContent)")
    assert marks and all(m in text for m in marks)
    assert page.inner_text("#preview-text") == text
    _shot(page, "ingest_preview")
    page.click("#save-button")
    page.wait_for_selector("#saved-source")
    page.click("#saved-source")
    page.wait_for_selector("#doc-text")
    assert page.inner_text("#doc-text") == text
    page.goto(f"{base_url}/sources")
    assert page.locator("#sources a", has_text="Round trip").count() == 1
    _shot(page, "sources")
    assert page.problems == []


def test_web_browser_markup_in_documents_stays_text(page, base_url):
    saved = httpx.post(f"{base_url}/api/ingest", json={"text": XSS_TEXT, "date": "2021-03-20",
                                                        "title": "<b>bold</b> title"}).json()
    sid = saved["source_id"]
    for url in (f"/source/{sid}", "/sources", "/", "/actor/VEN", "/dyad/CUB/VEN", "/claims"):
        page.goto(base_url + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__pwned") is None, url
        assert page.locator("script:not([src]):not([type='application/json'])").count() == 0, url
    page.goto(f"{base_url}/source/{sid}")
    assert page.inner_text("#doc-text") == XSS_TEXT
    assert page.locator("h1").inner_text() == "<b>bold</b> title"
    page.goto(f"{base_url}/ingest")
    page.fill("#ingest-text", XSS_TEXT)
    page.click("#preview-button")
    page.wait_for_selector("#preview:not([hidden])")
    assert page.inner_text("#preview-text") == XSS_TEXT
    assert page.evaluate("window.__pwned") is None
    _shot(page, "markup_as_text")
    assert page.problems == []


def test_web_browser_dyad_cooperation_conflict_line(page, base_url):
    text = ("Russia launched an invasion of Ukraine on 24 February 2022. On 29 March 2022 Russia held "
            "negotiations with Ukraine in Istanbul.")
    httpx.post(f"{base_url}/api/ingest", json={"text": text, "date": "2022-04-01", "title": "War and talks"})
    page.goto(f"{base_url}/dyad/RUS/UKR")
    page.wait_for_selector("#coopconflict circle.point")
    fills = page.eval_on_selector_all("#coopconflict circle.point", "els => els.map(e => e.getAttribute('fill'))")
    assert len(fills) == 2 and len(set(fills)) == 2  # a conflict month and a cooperation month
    page.locator("#coopconflict circle.point").first.click()
    page.wait_for_selector("#period-events li")
    assert "2022-02" in page.inner_text("#period-events") and "Ukraine" not in page.inner_text("#period-events h3")
    # each relation names its source by title and date, not by the document's id
    items = page.eval_on_selector_all("#period-events li", "els => els.map(e => e.textContent)")
    assert items and all(i.endswith("(War and talks · 2022-04-01)") for i in items)
    _shot(page, "dyad_cooperation_conflict")
    assert page.problems == []
