"""`serve`: the web app and REST API over a store."""
from __future__ import annotations

import os
import sys

import click

from .options import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; a non-loopback one needs PLURIPOLAR_TOKEN.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME", envvar="PLURIPOLAR_ALLOWED_HOSTS",
              help="Another host name requests may use (e.g. behind a proxy); repeatable. Requests naming "
                   "any other host are refused (DNS rebinding).")
@click.option("--read-only", is_flag=True,
              help="Open the store read-only: no ingest. (Read commands run beside the server either way; a "
                   "writable server holds the store writable only while it stores a document.)")
def serve(db, host, port, allow_hosts, read_only):
    """Serve the web app (map, dossiers, timelines, ingest) and the JSON API under /api/.

    Writes (ingest) need `Authorization: Bearer $PLURIPOLAR_TOKEN` when that variable is set (at least
    16 characters). Requests must name the bound address (or an --allow-host name) in their Host header.
    """
    from ..web.security import is_loopback
    from ..web.server import listen, serve_on

    token = os.environ.get("PLURIPOLAR_TOKEN") or None
    public = not is_loopback(host)
    if public and token is None:
        click.echo(f"Error: refusing to listen on non-loopback address {host} without PLURIPOLAR_TOKEN set",
                   err=True)
        sys.exit(2)
    from ..web.app import create_app

    sock = listen(host, port)  # the port is checked before the store is opened
    with sock:
        port = sock.getsockname()[1]  # the one chosen when --port 0
        url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
        app = create_app(db, token=token, public=public, host=host, allow_hosts=allow_hosts, read_only=read_only,
                         url=url, share_store=True)
        click.echo(f"pluripolar: serving {app.state.pp.store.path} on {url}"
                   + (" (read-only)" if read_only else " (writes need the token)" if token else ""), err=True)
        serve_on(app, sock)


def register(main: click.Group) -> None:
    main.add_command(serve)
