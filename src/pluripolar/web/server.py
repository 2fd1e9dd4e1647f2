"""Run the app with uvicorn: in the foreground on a socket bound first (`serve`), or in a background thread
(tests, benchmarks, notebooks)."""
from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from ..errors import InvalidInput, PluripolarError


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on `host` right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextmanager
def background_server(app: FastAPI, host: str = "127.0.0.1", port: int | None = None,
                      timeout: float = 20.0) -> Iterator[str]:
    """Serve `app` on host:port in a thread; yields the base URL and stops the server afterwards."""
    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="pluripolar-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


_BIND_HINTS = {errno.EADDRINUSE: "another program listens there: stop it or choose another --port",
               errno.EADDRNOTAVAIL: "no network interface of this machine has that address: give one it has",
               errno.EACCES: "ports below 1024 need privileges: choose a port of 1024 or more"}


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket listening on host:port, or InvalidInput in one line (the port in use, an address this
    machine does not have, a name that does not resolve), so that `serve` says why before it opens the
    store, instead of a server log line and uvicorn's own exit code."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError) as e:
        raise InvalidInput(f"--host {host!r}: not an address or host name this machine can listen on "
                           f"({getattr(e, 'strerror', None) or e})") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as e:
        sock.close()
        hint = _BIND_HINTS.get(e.errno or 0, "")
        raise InvalidInput(f"cannot listen on {host} port {port}: {e.strerror or e}" + (f"; {hint}" if hint else "")
                           ) from None
    return sock


def serve_on(app: FastAPI, sock: socket.socket) -> None:
    """Serve `app` on the listening socket `sock` (from `listen`) until interrupted."""
    host, port = sock.getsockname()[:2]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False))
    server.run(sockets=[sock])
    if not server.started:
        raise PluripolarError(f"the web server did not start on {host} port {port} (see the lines above)")
