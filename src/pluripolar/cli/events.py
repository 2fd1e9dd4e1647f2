"""`events`: the cooperation–conflict event series per dyad and period, from text and GDELT alike."""
from __future__ import annotations

import click

from .. import api
from .options import db_option, emit, format_option, reading

COLUMNS = ("period", "subject", "object", "source", "plover", "quad", "events", "intensity_mean", "intensity_sum")


@click.command()
@click.option("--actor", default=None, help="Actor id or name (either side).")
@click.option("--other", default=None, help="The other side's id or name.")
@click.option("--type", "type_", default=None, metavar="PLOVER", help="Only this PLOVER type (e.g. ASSAULT).")
@click.option("--by", type=click.Choice(list(api.event_periods())), default="month", show_default=True, help="Period.")
@format_option("table", "jsonl", "csv")
@db_option
def events(actor, other, type_, by, fmt, db):
    """Event series: per period and directed dyad, counts by PLOVER type and quad class, and the mean
    and summed intensity (Goldstein weights); source 'text' for documents, else the event dataset."""
    with reading(db) as store:
        rows = api.events(store, actor=actor, other=other, type=type_, by=by)
    emit(rows, fmt, COLUMNS if fmt != "jsonl" else None)


def register(main: click.Group) -> None:
    main.add_command(events)
