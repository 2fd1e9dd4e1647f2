"""The old and new HTML readers side by side on the saved pages the tests carry.

    python benchmarks/compare_html_readers.py [--old-rev d943766] [--markdown]

For each page of tests/data/pages (a news site, a ministry's press page, a state news agency, a small
template; see pages.toml) and each reader, counts the main-text passages lost and the page furniture kept, and
shows the metadata read. Readers: the hand-written BeautifulSoup walk that pluripolar used until
`--old-rev` (read from git; needs beautifulsoup4), trafilatura as pluripolar configures it
(`favor_precision`), trafilatura with its defaults, and readability-lxml when installed.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
import tomllib
import types
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
Reader = Callable[[str], tuple[str, dict]]


def old_reader(rev: str) -> Reader | None:
    """The hand-written reader as it was at `rev`, or None without git or beautifulsoup4."""
    try:
        import bs4  # noqa: F401
        source = subprocess.run(["git", "show", f"{rev}:src/pluripolar/sources/html.py"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
    except (ImportError, OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("old_html")
    exec(compile(source.replace("from ..errors import", "from pluripolar.errors import"), "old_html", "exec"),
         module.__dict__)
    return lambda html: (module.html_to_text(html), {})


def trafilatura_reader(**options) -> Reader:
    from trafilatura import bare_extraction

    def read(html: str) -> tuple[str, dict]:
        found = bare_extraction(html, with_metadata=True, **options)
        if found is None:
            return "", {}
        return found.text or "", {"title": found.title, "date": found.date, "author": found.author,
                                  "outlet": found.sitename}
    return read


def pluripolar_reader(html: str) -> tuple[str, dict]:
    from pluripolar.sources.html import read_html

    c = read_html(html)
    return c.text, {"title": c.title, "date": c.date, "author": c.author, "outlet": c.outlet}


def readability_reader() -> Reader | None:
    try:
        from readability import Document
    except ImportError:
        return None
    import lxml.html

    def read(html: str) -> tuple[str, dict]:
        doc = Document(html)
        tree = lxml.html.fromstring(doc.summary(html_partial=True))
        lines = "".join(tree.itertext()).splitlines()
        return "\n".join(t.strip() for t in lines if t.strip()), {"title": doc.short_title()}
    return read


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old-rev", default="d943766")
    args = ap.parse_args(argv)
    expected = tomllib.loads((PAGES / "pages.toml").read_text(encoding="utf-8"))
    readers: dict[str, Reader | None] = {
        f"old (BeautifulSoup walk, {args.old_rev})": old_reader(args.old_rev),
        "pluripolar now (trafilatura, favor_precision)": pluripolar_reader,
        "trafilatura defaults": trafilatura_reader(),
        "readability-lxml": readability_reader(),
    }
    print("| page | reader | passages lost | furniture kept | chars | ms | title · date · author · outlet |")
    print("|---|---|---:|---:|---:|---:|---|")
    for page, want in expected.items():
        html = (PAGES / want["file"]).read_text(encoding="utf-8")
        furniture = want["boilerplate"] + want.get("kept", [])
        for name, read in readers.items():
            if read is None:
                print(f"| {page} | {name} | not installed | | | | |")
                continue
            read(html)  # warm-up: imports and caches are not the reader's time
            start = time.perf_counter()
            text, meta = read(html)
            ms = (time.perf_counter() - start) * 1000
            lost = [s for s in want["text"] if s not in text]
            kept = [s for s in furniture if s in text]
            shown = " · ".join(str(meta.get(k) or "–") for k in ("title", "date", "author", "outlet"))
            listed = "; ".join(k.replace("|", r"\|") for k in kept) or "–"
            print(f"| {page} | {name} | {len(lost)}/{len(want['text'])} | {len(kept)}/{len(furniture)}: "
                  f"{listed} | {len(text)} | {ms:.0f} | {shown} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
