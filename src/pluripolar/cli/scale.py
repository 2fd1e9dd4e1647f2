"""`scale gdelt`: GDELT exports → a dyad-month Parquet table, on DuckDB or Apache Spark."""
from __future__ import annotations

import click

from .. import scale as scale_api
from .options import to_json


@click.group()
def scale() -> None:
    """Run dataset work at scale: DuckDB on one machine, or Apache Spark on a cluster."""


@scale.command("gdelt")
@click.option("--input", "inputs", multiple=True, required=True, metavar="GLOB",
              help="GDELT 1.0 or 2.0 events files (plain, .gz or .zip); a glob, repeatable.")
@click.option("--engine", type=click.Choice(scale_api.ENGINES), default="duckdb", show_default=True,
              help="Where to run: DuckDB in this process, or Spark.")
@click.option("--master", default=None, metavar="URL",
              help="Spark master, e.g. spark://host:7077 (default local[*]); --engine spark only.")
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Output folder; the table goes to OUT/dyad_month/ (Parquet), replaced whole.")
def gdelt(inputs, engine, master, out):
    """Aggregate GDELT events per month, directed dyad (ISO3) and PLOVER type.

    Columns: month, subject, object, plover, events, mentions, sources, articles, goldstein_mean,
    tone_mean. Prints a JSON summary.
    """
    if master and engine != "spark":
        raise click.UsageError("--master needs --engine spark")
    summary = scale_api.gdelt_dyad_month(inputs, out, engine=engine, master=master)
    click.echo(to_json(summary.as_dict()))


def register(main: click.Group) -> None:
    main.add_command(scale)
