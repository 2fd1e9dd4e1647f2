"""`extract` and `ingest`: documents to relations, printed or stored."""
from __future__ import annotations

import click

from .. import api
from ..sources import read_inputs
from ..store import Store
from .options import date_option, db_option, emit, format_option

RELATION_COLUMNS = ("doc", "subject", "predicate", "object", "date", "attrs", "negated", "confidence", "quote")


def _warn(message: str) -> None:
    click.echo(f"skipped: {message}", err=True)


@click.command()
@click.argument("files", nargs=-1, type=click.Path())
@click.option("--input", "jsonl", type=click.Path(allow_dash=True), default=None,
              help='JSONL of documents: {"doc", "text" | "path", "date", "url", "title"}.')
@date_option("--date", "Article date for FILES (relative dates resolve against it).")
@format_option("jsonl", "table")
@click.option("--skip-bad", is_flag=True, help="Report bad JSONL lines and go on.")
def extract(files, jsonl, date, fmt, skip_bad):
    """Print the relations each document asserts; nothing is stored."""
    if not files and not jsonl:
        raise click.UsageError("give FILE arguments or --input DOCS.jsonl")
    docs = read_inputs(files, jsonl, date, skip_bad=skip_bad, on_skip=_warn)
    records = (api.relation_record(r) for _, rels in api.extract(docs) for r in rels)
    emit(records, fmt, RELATION_COLUMNS)


@click.command()
@click.argument("files", nargs=-1)
@click.option("--input", "jsonl", type=click.Path(allow_dash=True), default=None,
              help="JSONL of documents, streamed in batches; a rerun skips stored ones.")
@date_option("--date", "Article date for FILES and URLs.")
@db_option
@click.option("--skip-bad", is_flag=True, help="Report bad JSONL lines and go on.")
def ingest(files, jsonl, date, db, skip_bad):
    """Extract relations from documents (files, URLs, JSONL) and store them with their evidence."""
    if not files and not jsonl:
        raise click.UsageError("give FILE/URL arguments or --input DOCS.jsonl")
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..sources.fetch import fetch_url

    docs = read_inputs(files, jsonl, date, skip_bad=skip_bad, on_skip=_warn, fetch=fetch_url)
    total = len(files) if not jsonl else None
    with Store(db) as store:
        progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=True,
                            disable=(total is not None and total < 2))
        with progress:
            task = progress.add_task("ingest", total=total)
            summary = api.ingest(docs, store, on_document=lambda d, n: progress.advance(task))
    s = summary.as_dict()
    click.echo(f"documents: {s['documents']} (stored {s['stored']}, already stored {s['skipped']}); "
               f"relations: {s['relations']}; seconds: {s['seconds']}", err=True)


def register(main: click.Group) -> None:
    main.add_command(extract)
    main.add_command(ingest)
