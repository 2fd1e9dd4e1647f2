"""`scale gdelt`: GDELT exports → a dyad-month Parquet table, on DuckDB or Apache Spark."""
from __future__ import annotations

import click

from .. import api


@click.group()
def scale() -> None:
    """Run dataset work at scale: DuckDB on one machine, or Apache Spark on a cluster."""


@scale.command("gdelt")
@click.option("--input", "inputs", multiple=True, required=True, metavar="GLOB",
              help="GDELT 1.0 or 2.0 events files (plain, .gz or .zip); a glob, repeatable.")
@click.option("--engine", type=click.Choice(api.scale_engines()), default="duckdb", show_default=True,
              help="Where to run: DuckDB in this process, or Spark.")
@click.option("--master", default=None, metavar="URL",
              help="Spark master, e.g. spark://host:7077 (default local[*]); --engine spark only.")
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Output folder; the tables go to OUT/dyad_month/ and OUT/event_series/ (Parquet), replaced whole.")
@click.option("--by", type=click.Choice(list(api.event_periods())), default="month", show_default=True,
              help="Period of the event series.")
def gdelt(inputs, engine, master, out, by):
    """Aggregate GDELT events per month, directed dyad (ISO3) and PLOVER type.

    dyad_month columns: month, subject, object, plover, events, mentions, sources, articles,
    goldstein_mean, tone_mean. event_series: what `pluripolar events --by BY` gives (period, subject,
    object, source, plover, quad, events, intensity_mean, intensity_sum). Prints a JSON summary.
    """
    if master and engine != "spark":
        raise click.UsageError("--master needs --engine spark")
    summary = api.gdelt_dyad_month(inputs, out, engine=engine, master=master, by=by)
    click.echo(api.to_json(summary.as_dict()))


def register(main: click.Group) -> None:
    main.add_command(scale)
