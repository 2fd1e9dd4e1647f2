"""Fetch a document by URL: http(s) only, public addresses only, bounded in time and size.

Each hop (the URL and every redirect) is resolved once, every address it resolves to is checked, and
the connection goes to the checked address, so a DNS answer cannot change between check and use.
"""
from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from urllib.parse import urljoin, urlsplit

from ..errors import InvalidInput
from .documents import Document, checked_bytes, document, max_bytes
from .formats import MEDIA_TYPES, kind_of_name

TIMEOUT = 20.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
CONTENT_TYPES = tuple(MEDIA_TYPES)
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 1 << 16


def _address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not a public one ("loopback", "private" …), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind in ("unspecified", "loopback", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def resolve_public(host: str, port: int, *, allow_private: bool = False) -> str:
    """The address to connect to for `host`; refuses a host with any non-public address.

    With `allow_private`, any address is accepted (for a local server one means to read).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise InvalidInput(f"{host}: cannot resolve host ({getattr(e, 'strerror', None) or e})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not allow_private:
        for a in addresses:
            kind = _address_kind(ipaddress.ip_address(a.split("%")[0]))
            if kind:
                raise InvalidInput(f"{host} resolves to {a} ({kind} address): refused "
                                   "(use --allow-private to read from it)")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to a given address, sending the URL's host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """An HTTPS connection to a given address; the certificate is checked against the URL's host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _open(url: str, allow_private: bool, remaining: float) -> http.client.HTTPConnection:
    try:
        parts = urlsplit(url)
    except ValueError as e:  # "Invalid IPv6 URL", a port out of range …
        raise InvalidInput(f"{url}: not a valid URL ({e})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidInput(f"{url}: only http and https URLs can be read")
    if not parts.hostname:
        raise InvalidInput(f"{url}: no host name")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise InvalidInput(f"{url}: bad port") from None
    address = resolve_public(parts.hostname, port, allow_private=allow_private)
    cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    return cls(parts.hostname, port, address, remaining)


def _cut(conn: http.client.HTTPConnection) -> None:
    """Shut the connection's socket down, so that a read blocked on it returns at once."""
    if conn.sock is not None:
        try:
            conn.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _read_capped(resp: http.client.HTTPResponse, url: str, cap: int, deadline: float) -> bytes:
    length = resp.getheader("Content-Length", "")
    if length.isdigit() and int(length) > cap:
        raise InvalidInput(f"{url}: {int(length):,} bytes is over the {cap:,}-byte limit "
                           "(raise it with --max-bytes or PLURIPOLAR_MAX_BYTES)")
    chunks, size = [], 0
    while chunk := resp.read1(_CHUNK):
        size += len(chunk)
        if size > cap:
            raise InvalidInput(f"{url}: more than {cap:,} bytes: over the limit "
                               "(raise it with --max-bytes or PLURIPOLAR_MAX_BYTES)")
        chunks.append(chunk)
        if time.monotonic() >= deadline:
            raise TimeoutError
    if time.monotonic() >= deadline:
        raise TimeoutError
    return b"".join(chunks)


def _check_type(resp: http.client.HTTPResponse, url: str, accept: tuple[str, ...]) -> None:
    if resp.getheader("Content-Encoding", "identity").lower() not in ("identity", ""):
        raise InvalidInput(f"{url}: compressed response ({resp.getheader('Content-Encoding')}) not accepted")
    raw = resp.getheader("Content-Type")
    if raw is not None and resp.headers.get_content_type() not in accept:
        raise InvalidInput(f"{url}: content type {raw!r} is not one of {', '.join(accept)}")


Response = tuple[str | None, bytes | None, str | None, str | None]


def _get(url: str, allow_private: bool, deadline: float, cap: int, accept: tuple[str, ...]) -> Response:
    """One request: (redirect target, None, None, None) or (None, body, declared charset, media type)."""
    conn = _open(url, allow_private, max(deadline - time.monotonic(), 0.001))
    watchdog = threading.Timer(max(deadline - time.monotonic(), 0.001), _cut, [conn])
    watchdog.start()
    try:
        path = urlsplit(url)._replace(scheme="", netloc="", fragment="").geturl() or "/"
        conn.request("GET", path, headers={"User-Agent": "pluripolar/0.1", "Accept-Encoding": "identity",
                                           "Accept": ", ".join(accept)})
        resp = conn.getresponse()
        if resp.status in _REDIRECTS:
            location = resp.getheader("Location")
            if not location:
                raise InvalidInput(f"{url}: HTTP {resp.status} redirect without a Location")
            return urljoin(url, location), None, None, None
        if not 200 <= resp.status < 300:
            raise InvalidInput(f"{url}: HTTP {resp.status} {resp.reason}")
        _check_type(resp, url, accept)
        media = resp.headers.get_content_type() if resp.getheader("Content-Type") else None
        return None, _read_capped(resp, url, cap, deadline), resp.headers.get_content_charset(), media
    finally:
        watchdog.cancel()
        conn.close()


def fetch_bytes(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT, limit: int | None = None,
                accept: tuple[str, ...] = CONTENT_TYPES) -> tuple[bytes, str | None, str | None]:
    """The body of the resource at `url` with its declared charset and media type.

    Refuses other schemes than http(s), hosts with non-public addresses (unless `allow_private`),
    more than 5 redirects, media types not in `accept`, bodies over the size limit, and fetches that
    take longer than `timeout` seconds in all.
    """
    cap = max_bytes(limit)
    deadline = time.monotonic() + timeout
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            target, data, charset, media = _get(current, allow_private, deadline, cap, accept)
            if target is None:
                return data, charset, media
            current = target
        raise InvalidInput(f"{url}: more than {MAX_REDIRECTS} redirects")
    except InvalidInput as e:
        raise InvalidInput(str(e) if str(e).startswith(url) else f"{url}: {e}") from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        if time.monotonic() >= deadline or isinstance(e, TimeoutError):
            raise InvalidInput(f"{url}: timed out after {timeout:g} s") from None
        reason = getattr(e, "reason", None) or getattr(e, "strerror", None) or type(e).__name__
        raise InvalidInput(f"{url}: cannot fetch ({reason})") from None


def fetch_url(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT,
              limit: int | None = None) -> Document:
    """The document at `url` (a page, PDF, DOCX, RTF or plain text), its id derived from the URL.

    The fetch is `fetch_bytes`'s; the page's own title, date, author and site name come with the text.
    """
    data, charset, media = fetch_bytes(url, allow_private=allow_private, timeout=timeout, limit=limit)
    hint = MEDIA_TYPES.get(media or "") or kind_of_name(urlsplit(url).path)
    content = checked_bytes(data, url, limit=limit, encoding=charset, hint=hint, url=url)
    slug = re.sub(r"[^\w.-]+", "-", url.split("://", 1)[1]).strip("-")[:120] or "url"
    return document(slug, content, url=url)
