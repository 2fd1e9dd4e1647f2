"""`watch`: follow RSS/Atom feeds, storing each new entry's document, once or every so often."""
from __future__ import annotations

import re
import time
from datetime import datetime, timezone

import click

from .. import api
from ..errors import InvalidInput
from ..store import Store
from .documents import max_bytes_option, worker_count, workers_option
from .options import db_option

DEFAULT_EVERY = "15m"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """Seconds in a duration such as "90s", "15m", "2h" or "1d" (at least 10 seconds)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*", value or "")
    if not m:
        raise InvalidInput(f"--every: {value!r} is not a duration such as 90s, 15m, 2h or 1d")
    seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds < 10:
        raise InvalidInput(f"--every: {value!r} is under 10 seconds")
    return seconds


def _report(runs) -> int:
    """Print what each feed brought; the number of feeds that could not be read."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
    failed = 0
    for r in runs:
        if r.error:
            failed += 1
            click.echo(f"{stamp} {r.feed}: feed not read: {r.error}")
            continue
        relations = sum(d.relations for d in r.new)
        click.echo(f"{stamp} {r.feed}: {r.entries} entries, {len(r.new)} new documents, {relations} relations, "
                   f"{len(r.contradictions)} contradictions"
                   + (f", {r.already_stored} already stored" if r.already_stored else "")
                   + (f", {len(r.failed)} not read" if r.failed else ""))
        if r.note:
            click.echo(f"  note: {r.note}")
        for d in r.new:
            click.echo(f"  new: {d.title or d.doc} ({d.url or d.doc}, {d.date or 'undated'}): {d.relations} relations")
        for where, why in r.failed:
            click.echo(f"  not read: {why if why.startswith(where) else f'{where}: {why}'}")
        for c in r.contradictions:
            a, b = c["a"], c["b"]
            click.echo(f"  contradiction ({c['kind']}): {c['subject']} {c['predicate']} {c['object']}: "
                       f"{a['source']} says {a['status'] or 'holds'} {a['date']}, {b['source']} says "
                       f"{b['status'] or 'holds'} {b['date']}")
    return failed


@click.command()
@click.argument("feeds", nargs=-1, metavar="[FEED_URL]...")
@click.option("--config", "config", type=click.Path(dir_okay=False), default=None,
              help='TOML file listing feeds: feeds = ["https://…"], optional every = "15m".')
@click.option("--every", default=None, metavar="DURATION", help="Time between runs: 90s, 15m, 2h, 1d [default: 15m].")
@click.option("--once", is_flag=True, help="Run once and exit (1 when a feed could not be read).")
@click.option("--max-items", type=click.IntRange(min=1), default=50, show_default=True,
              help="New entries read per feed and run; the rest wait for the next run.")
@db_option
@max_bytes_option
@click.option("--allow-private", is_flag=True,
              help="Allow feeds and pages on loopback, private, link-local or multicast addresses.")
@workers_option
def watch(feeds, config, every, once, max_items, db, limit, allow_private, workers):
    """Follow RSS/Atom feeds: store each new entry's page, print what is new every run."""
    feeds = list(feeds)
    if config:
        listed, configured_every = api.read_feed_list(config)
        feeds += listed
        every = every or configured_every
    if not feeds:
        raise click.UsageError("give FEED_URL arguments or --config FEEDS.toml")
    interval = parse_every(every or DEFAULT_EVERY)
    feeds = list(dict.fromkeys(feeds))
    while True:
        with Store(db) as store:
            runs = api.watch_once(feeds, store, allow_private=allow_private, limit=limit,
                                  workers=worker_count(workers), max_items=max_items)
        failed = _report(runs)
        if once:
            if failed:
                raise InvalidInput(f"{failed} of {len(feeds)} feeds could not be read")
            return
        time.sleep(interval)


def register(main: click.Group) -> None:
    main.add_command(watch)
