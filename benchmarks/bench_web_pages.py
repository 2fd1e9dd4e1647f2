"""Benchmark: page weight and render time of the web app's heaviest page, `/actor/USA`, with every
dataset of ../shared loaded.

Usage: .venv/bin/python benchmarks/bench_web_pages.py [--runs 20] [--cache benchmarks/.cache] [--shared ../shared]
           [--actor USA] [--out FILE.json]

1. A store (cached) holding the founding document and every dataset file of ../shared/datasets that
   pluripolar loads (FILES below), with its actor index built.
2. The app is served on 127.0.0.1 (a free port). For `/actor/USA`:
   - server: wall-clock p50/p95 of `runs` GETs of the page, and in the same process the baseline: GETs
     of `/api/dossier/USA`, the data the page shows; ratio page / baseline;
   - weight: bytes of the HTML and of every script, stylesheet and data file the page loads
     (transfer size as the browser counts it), and the HTML's share;
   - browser: `runs` loads in headless Chromium (Debian's chromium, through Playwright) until the map
     and the network are drawn: p50/p95 wall-clock in ms, and the page's height in pixels.
Prints one JSON object; `--out` also writes it to a file. Run it on two commits (before and after a
change) and compare the two JSON objects: benchmarks/RESULTS.md gives the figures as ratios.
Traffic goes to 127.0.0.1 only; every loop is bounded by `runs`.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = ("seed", "000_c93953e814c4a429.txt")
# dataset → (folder, file[, snapshot date]) under ../shared/datasets
FILES = {
    "cow-states": ("cow_state_system", "states2016.csv"),
    "cow-majors": ("cow_state_system", "majors2016_from_peacesciencer.csv"),
    "cow-diplomatic-exchange": ("cow_diplomatic_exchange", "Diplomatic_Exchange_2006v1.csv"),
    "cow-nmc": ("cow_nmc", "NMC-70-abridged_from_peacesciencer.csv"),
    "gdp-population": ("gdp_population", "cw_gdppop_from_isard.csv"),
    "atop": ("atop_alliances", "atop_alliance_v5.1_ddy_from_peacesciencer.csv"),
    "us-missions": ("us_diplomatic_missions", "mission_status_range_cow_v0.1.csv"),
    "ties": ("sanctions_ties", "TIESv4-1.csv"),
    "ofac-sdn": ("sanctions_ofac_sdn", "sdn.csv", "2024-05-03"),
    "unga-votes": ("unga_votes", "un_votes.csv"),
    "unga-ideal-points": ("unga_ideal_points", "IdealpointestimatesAll_Jun2024.csv"),
    "us-troops": ("military_deployments", "troopdata.csv"),
    "us-bases": ("military_deployments", "basedata.csv"),
    "overseas-bases": ("military_deployments", "overseas_bases_wikipedia_2019.csv"),
    "mme": ("military_deployments", "mme_v7.csv"),
    "gdelt": ("gdelt", "20191024143000.export.CSV"),
}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"]


def full_store(cache: Path, shared: Path) -> Path:
    """The cached store with the founding document and every dataset of FILES that ../shared holds."""
    from pluripolar import api, datasets
    from pluripolar.sources import read_file
    from pluripolar.store import Store

    path = cache / "web_all.duckdb"
    cache.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:
        api.ingest([read_file(shared.joinpath(*SEED), date="2020-10-30")], store)
        for name, (folder, file, *date) in FILES.items():
            f = shared / "datasets" / folder / file
            if f.exists():
                r = datasets.load(name, str(f), store, date=date[0] if date else None)
                if not r.already_loaded:
                    print(f"loaded {name}: {r.relations} relations", file=sys.stderr, flush=True)
        api.update_index(store)
    return path


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[min(len(ordered), max(1, round(q / 100 * len(ordered)))) - 1]


def timed_gets(http: httpx.Client, path: str, runs: int) -> tuple[list[float], int]:
    """`runs` GETs of `path` (after one warm-up): latencies in ms and the body's size in bytes."""
    size = len(http.get(path).content)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        r = http.get(path)
        r.raise_for_status()
        out.append((time.perf_counter() - start) * 1000)
    return out, size


def browser_loads(base_url: str, path: str, runs: int) -> dict[str, float]:
    """`runs` loads of `path` in headless Chromium until the map and the network are drawn: p50/p95 in
    ms, bytes transferred (every response) and the page's height."""
    from playwright.sync_api import sync_playwright

    times, weights, height = [], [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for i in range(runs + 1):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            sizes: list[int] = []
            page.on("response", lambda r: sizes.append(len(r.body()) if r.ok else 0))
            start = time.perf_counter()
            page.goto(base_url + path)
            page.wait_for_selector("#partner-map svg path.partner", timeout=60_000)
            page.wait_for_selector("#network[data-nodes]", timeout=60_000)
            elapsed = (time.perf_counter() - start) * 1000
            if i:  # the first load warms the server and the browser
                times.append(elapsed)
                weights.append(sum(sizes))
            height = page.evaluate("document.documentElement.scrollHeight")
            context.close()
        browser.close()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 95), 1),
            "bytes": int(statistics.median(weights)), "height_px": height}


def main() -> int:
    from pluripolar.web.app import create_app
    from pluripolar.web.server import background_server

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / ".cache")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--actor", default="USA")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not (args.shared / "datasets").is_dir():
        print(f"bench_web_pages: no datasets under {args.shared}", file=sys.stderr)
        return 1
    store = full_store(args.cache, args.shared)
    page, baseline = f"/actor/{args.actor}", f"/api/dossier/{args.actor}"
    with background_server(create_app(store, read_only=True)) as url, httpx.Client(base_url=url, timeout=120) as http:
        relations = http.get("/api/overview").json()["totals"]["relations"]
        page_ms, html_bytes = timed_gets(http, page, args.runs)
        base_ms, json_bytes = timed_gets(http, baseline, args.runs)
        browser = browser_loads(url, page, max(3, args.runs // 4))
    result = {
        "relations": relations, "page": page, "runs": args.runs,
        "server": {"page_p50_ms": round(statistics.median(page_ms), 1), "page_p95_ms": round(percentile(page_ms, 95), 1),
                   "baseline_p50_ms": round(statistics.median(base_ms), 1),
                   "baseline_p95_ms": round(percentile(base_ms, 95), 1),
                   "ratio_p95": round(percentile(page_ms, 95) / percentile(base_ms, 95), 2)},
        "weight": {"html_bytes": html_bytes, "dossier_json_bytes": json_bytes, "page_bytes": browser["bytes"],
                   "html_share": round(html_bytes / browser["bytes"], 3) if browser["bytes"] else None},
        "browser": browser,
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
