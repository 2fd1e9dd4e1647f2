"""URL ingest against a local server on 127.0.0.1: schemes, addresses, redirects, time, size, type."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pluripolar.errors import InvalidInput
from pluripolar.sources import fetch
from pluripolar.sources.fetch import fetch_url

ARTICLE = ("<html><head><title>Ties restored</title><script>alert('x')</script></head><body>"
           "<nav>Home | World</nav><article><p>Iran and Saudi Arabia agreed to restore relations.</p>"
           "<p>China brokered the deal.</p></article><footer>Copyright</footer></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        if "Content_Length" not in headers and status != 204:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: C901 - one route table
        port = self.server.server_address[1]
        routes = {
            "/page": lambda: self._send(200, ARTICLE, Content_Type="text/html; charset=utf-8"),
            "/xhtml": lambda: self._send(200, ARTICLE, Content_Type="application/xhtml+xml"),
            "/latin1": lambda: self._send(200, "Côte d'Ivoire and São Tomé signed a treaty.".encode("latin-1"),
                                          Content_Type="text/plain; charset=iso-8859-1"),
            "/host": lambda: self._send(200, f"Host header was {self.headers['Host']}".encode(),
                                        Content_Type="text/plain"),
            "/redirect": lambda: self._send(302, Location="/page"),
            "/redirect-file": lambda: self._send(302, Location="file:///etc/passwd"),
            "/redirect-private": lambda: self._send(301, Location="http://10.1.2.3/secret"),
            "/redirect-loopback6": lambda: self._send(307, Location=f"http://[::1]:{port}/page"),
            "/loop": lambda: self._send(302, Location="/loop"),
            "/missing": lambda: self._send(404, b"no"),
            "/binary": lambda: self._send(200, bytes(range(256)) * 4, Content_Type="application/octet-stream"),
            "/gzip": lambda: self._send(200, b"\x1f\x8b\x08\x00", Content_Type="text/plain",
                                        Content_Encoding="gzip"),
            "/declared-huge": lambda: self._send(200, b"", Content_Type="text/plain",
                                                 Content_Length="999999999"),
        }
        if self.path in routes:
            return routes[self.path]()
        try:
            if self.path == "/slow":
                time.sleep(3)
                return self._send(200, b"late", Content_Type="text/plain")
            if self.path in ("/huge", "/drip"):
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                for _ in range(2000):
                    self.wfile.write(b"word " * (200 if self.path == "/huge" else 1))
                    self.wfile.flush()
                    if self.path == "/drip":
                        time.sleep(0.05)
                return None
        except OSError:
            return None
        return self._send(404)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def base():
    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def loopback_is_public(monkeypatch):
    """Treat 127.0.0.1 (only) as a public address, to test what happens after the first hop."""
    real = fetch._address_kind
    monkeypatch.setattr(fetch, "_address_kind", lambda ip: None if str(ip) == "127.0.0.1" else real(ip))


def refused(url: str, **kw) -> str:
    with pytest.raises(InvalidInput) as e:
        fetch_url(url, **kw)
    msg = str(e.value)
    assert "\n" not in msg
    return msg


def test_fetch_reads_a_local_page_when_private_allowed(base):
    d = fetch_url(f"{base}/page", allow_private=True)
    assert d.text.startswith("Ties restored")
    assert "Iran and Saudi Arabia agreed to restore relations." in d.text
    assert "<" not in d.text and "alert" not in d.text and "Copyright" not in d.text
    assert d.url == f"{base}/page" and d.doc == f"127.0.0.1-{base.rsplit(':', 1)[1]}-page"


def test_fetch_refuses_loopback_without_allow_private(base):
    msg = refused(f"{base}/page")
    assert "127.0.0.1 (loopback address): refused" in msg and "--allow-private" in msg


@pytest.mark.parametrize("url,kind", [("http://10.0.0.7/", "private"), ("http://192.168.1.1/", "private"),
                                      ("http://169.254.169.254/latest/meta-data", "link-local"),
                                      ("http://224.0.0.251/", "multicast"), ("http://0.0.0.0/", "unspecified"),
                                      ("http://[::ffff:127.0.0.1]/", "loopback"), ("http://[fe80::1]/", "link-local"),
                                      ("http://localhost/", "loopback")])
def test_fetch_refuses_non_public_addresses(url, kind):
    assert f"({kind} address): refused" in refused(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_fetch_refuses_other_schemes(url):
    assert "only http and https" in refused(url)


def test_fetch_follows_a_local_redirect(base):
    assert "China brokered the deal." in fetch_url(f"{base}/redirect", allow_private=True).text


def test_fetch_refuses_redirect_to_file_url(base):
    assert "file:///etc/passwd: only http and https" in refused(f"{base}/redirect-file", allow_private=True)


def test_fetch_rechecks_the_address_at_each_redirect(base, loopback_is_public):
    assert "10.1.2.3 (private address): refused" in refused(f"{base}/redirect-private")
    assert "::1 (loopback address): refused" in refused(f"{base}/redirect-loopback6")
    assert "China" in fetch_url(f"{base}/redirect").text


def test_fetch_connects_to_the_checked_address_with_the_url_host(base, loopback_is_public, monkeypatch):
    calls = []
    port = int(base.rsplit(":", 1)[1])

    def fake_dns(host, *a, **kw):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(fetch.socket, "getaddrinfo", fake_dns)
    d = fetch_url(f"http://news.example:{port}/host")
    assert d.text == f"Host header was news.example:{port}"
    assert [h for h in calls if h != "127.0.0.1"] == ["news.example"]  # resolved once, then pinned


def test_fetch_stops_after_five_redirects(base):
    assert "more than 5 redirects" in refused(f"{base}/loop", allow_private=True)


def test_fetch_times_out_on_a_slow_server(base):
    start = time.monotonic()
    assert "timed out after 0.5 s" in refused(f"{base}/slow", allow_private=True, timeout=0.5)
    assert time.monotonic() - start < 2.5


def test_fetch_total_timeout_holds_against_a_drip_feed(base):
    start = time.monotonic()
    assert "timed out after 0.6 s" in refused(f"{base}/drip", allow_private=True, timeout=0.6)
    assert time.monotonic() - start < 2.5


def test_fetch_stops_reading_at_the_size_limit(base):
    assert "more than 100,000 bytes" in refused(f"{base}/huge", allow_private=True, limit=100_000)
    assert "999,999,999 bytes is over the 100,000-byte limit" in refused(
        f"{base}/declared-huge", allow_private=True, limit=100_000)


def test_fetch_checks_the_content_type(base):
    assert "content type 'application/octet-stream'" in refused(f"{base}/binary", allow_private=True)
    assert "compressed response (gzip)" in refused(f"{base}/gzip", allow_private=True)
    assert "Iran" in fetch_url(f"{base}/xhtml", allow_private=True).text


def test_fetch_uses_the_declared_charset(base):
    assert fetch_url(f"{base}/latin1", allow_private=True).text == "Côte d'Ivoire and São Tomé signed a treaty."


def test_fetch_reports_http_errors(base):
    assert refused(f"{base}/missing", allow_private=True).endswith("HTTP 404 Not Found")


def test_fetch_reports_a_closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "cannot fetch (Connection refused)" in refused(f"http://127.0.0.1:{port}/", allow_private=True)
