"""`pluripolar watch` against feeds and pages served on 127.0.0.1: new entries stored once, a repeat run
finds nothing new, contradictions with stored data are reported, and a feed that is down, HTML or
malformed is one line while the other feeds go on."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.cli.watch import parse_every
from pluripolar.errors import InvalidInput
from pluripolar.sources.feeds import parse_feed

PAGE = ("<html><head><title>{title}</title><meta property='article:published_time' content='{date}'></head>"
        "<body><article><h1>{title}</h1><p>{text}</p><p>The announcement was made in the capital.</p>"
        "</article><footer>Copyright</footer></body></html>")
ITEM = "<item><title>{title}</title><link>{base}/{path}</link><guid>{base}/{path}</guid></item>"
RSS = "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>"
ATOM = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Desk</title>"
        "<entry><id>urn:desk:1</id><title>Visit</title><updated>2024-03-05T10:00:00Z</updated>"
        "<content type='html'>&lt;p&gt;Japan condemned North Korea's missile launch on Tuesday.&lt;/p&gt;</content>"
        "</entry></feed>")


class Site:
    """Feeds and pages in memory, served on 127.0.0.1; tests change them between runs."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                found = site.files.get(self.path.lstrip("/"))
                if found is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", found[0])
                self.send_header("Content-Length", str(len(found[1])))
                self.end_headers()
                self.wfile.write(found[1])

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, path: str, title: str, text: str, date: str) -> None:
        self.files[path] = ("text/html; charset=utf-8", PAGE.format(title=title, text=text, date=date).encode())

    def rss(self, path: str, items: list[tuple[str, str]]) -> None:
        body = RSS.format(items="".join(ITEM.format(title=t, base=self.base, path=p) for t, p in items))
        self.files[path] = ("application/rss+xml", body.encode())


@pytest.fixture
def site():
    s = Site()
    s.page("a1.html", "Anniversary", "Kenya and Ethiopia established diplomatic relations in 1964.", "2024-03-01")
    s.page("a2.html", "Embassy", "Spain reopened its embassy in Tripoli on Monday.", "2024-03-04")
    s.files["empty.html"] = ("text/html", b"<html><body><div id='app'></div><script>x()</script></body></html>")
    s.rss("wire.xml", [("Anniversary", "a1.html"), ("Embassy", "a2.html"), ("Nothing", "empty.html")])
    s.files["desk.atom"] = ("application/atom+xml", ATOM.encode())
    s.files["front.html"] = ("text/html", b"<!doctype html><html><body><p>Our news site</p></body></html>")
    s.files["broken.xml"] = ("application/rss+xml", RSS.format(
        items=ITEM.format(title="Anniversary", base=s.base, path="a1.html") + "<item><title>cut")[:-30].encode())
    yield s
    s.server.shutdown()
    s.server.server_close()


def watch(*args):
    return CliRunner().invoke(main, ["watch", *map(str, args), "--once", "--allow-private", "--workers", "1"])


def count(db, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_watch_stores_new_entries_once_and_a_repeat_run_finds_nothing_new(site, tmp_path):
    db = tmp_path / "w.duckdb"
    first = watch(f"{site.base}/wire.xml", f"{site.base}/desk.atom", "--db", db)
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    wire = next(line for line in lines if "/wire.xml:" in line)
    assert "3 entries, 2 new documents" in wire and "1 not read" in wire
    assert any(f"new: Anniversary ({site.base}/a1.html, 2024-03-01): 1 relations" in line for line in lines)
    assert any("not read: " in line and "no main text found in the HTML page" in line for line in lines)
    desk = next(line for line in lines if "/desk.atom:" in line)
    assert "1 entries, 1 new documents" in desk  # an entry without a link: the feed's own content
    assert count(db, "SELECT count(*) FROM sources") == 3
    assert count(db, "SELECT count(*) FROM sources WHERE title = 'Visit' AND date = DATE '2024-03-05'") == 1

    again = watch(f"{site.base}/wire.xml", f"{site.base}/desk.atom", "--db", db)
    assert again.exit_code == 0, again.output
    assert all("0 new documents" in line for line in again.stdout.splitlines() if ": " in line and "entries" in line)
    assert count(db, "SELECT count(*) FROM sources") == 3
    assert count(db, "SELECT attempts FROM feed_items WHERE link LIKE '%empty.html'") == 2  # retried
    watch(f"{site.base}/wire.xml", "--db", db)
    watch(f"{site.base}/wire.xml", "--db", db)
    assert count(db, "SELECT attempts FROM feed_items WHERE link LIKE '%empty.html'") == 3  # then left alone


def test_watch_reports_contradictions_with_stored_data(site, tmp_path):
    db = tmp_path / "c.duckdb"
    assert watch(f"{site.base}/wire.xml", "--db", db).exit_code == 0
    site.page("a3.html", "Anniversary remembered", "Kenya and Ethiopia established diplomatic relations in 1970.", "2024-03-06")
    site.rss("wire.xml", [("Anniversary remembered", "a3.html"), ("Anniversary", "a1.html"), ("Embassy", "a2.html")])
    res = watch(f"{site.base}/wire.xml", "--db", db)
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert "1 new documents, 1 relations, 1 contradictions" in lines[0]
    assert any(line.startswith("  contradiction (date): ETH diplomatic_relations KEN") and "1964" in line
               and "1970" in line for line in lines)


def test_watch_survives_feeds_that_are_down_html_or_malformed(site, tmp_path):
    db = tmp_path / "b.duckdb"
    res = watch(f"{site.base}/gone.xml", f"{site.base}/front.html", f"{site.base}/broken.xml",
                f"{site.base}/wire.xml", "--db", db)
    assert res.exit_code == 1
    out = res.stdout.splitlines()
    assert any(f"{site.base}/gone.xml: feed not read: {site.base}/gone.xml: HTTP 404" in line for line in out)
    assert any(f"/front.html: feed not read: {site.base}/front.html: not an RSS or Atom feed (an HTML page)" in line
               for line in out)
    assert any("/broken.xml: 1 entries, 1 new documents" in line for line in out)
    assert any(line.startswith("  note: malformed feed (") for line in out)
    assert any("/wire.xml: 3 entries, 1 new documents" in line for line in out)  # a1 came from broken.xml
    assert res.stderr == "Error: 2 of 4 feeds could not be read\n"
    assert count(db, "SELECT count(*) FROM sources") == 2


def test_watch_refuses_private_addresses_unless_allowed(site, tmp_path):
    res = CliRunner().invoke(main, ["watch", f"{site.base}/wire.xml", "--once", "--db", str(tmp_path / "p.duckdb")])
    assert res.exit_code == 1
    assert "127.0.0.1 resolves to 127.0.0.1 (loopback address): refused" in res.stdout


def test_watch_reads_its_feed_list_from_a_config_file(site, tmp_path):
    config = tmp_path / "feeds.toml"
    config.write_text(f'every = "30m"\nfeeds = ["{site.base}/desk.atom"]\n')
    res = watch("--config", config, "--db", tmp_path / "k.duckdb")
    assert res.exit_code == 0, res.output
    assert "desk.atom: 1 entries, 1 new documents" in res.stdout
    config.write_text('feeds = "not a list"\n')
    bad = watch("--config", config, "--db", tmp_path / "k.duckdb")
    assert bad.exit_code == 1 and "'feeds' must be a list of URLs" in bad.stderr


def test_watch_feed_parser_refuses_what_is_not_a_feed():
    with pytest.raises(InvalidInput, match=r"^u: not an RSS or Atom feed \(an HTML page\)$"):
        parse_feed(b"<!doctype html><html><body>news</body></html>", "u")
    with pytest.raises(InvalidInput, match=r"^u: not an RSS or Atom feed \(binary data\)$"):
        parse_feed(b"\x00\x01\x02PK", "u")


@pytest.mark.parametrize("value,seconds", [("15m", 900), ("90s", 90), ("2h", 7200), ("1d", 86400)])
def test_watch_every_durations(value, seconds):
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["15", "5s", "soon", ""])
def test_watch_every_refuses_bad_durations(value):
    with pytest.raises(InvalidInput, match="--every"):
        parse_every(value)
