"""`extract` and `ingest`: documents to relations, printed or stored."""
from __future__ import annotations

from collections import Counter

import click

from .. import api
from ..store import Store
from .options import date_option, db_option, emit, format_option

RELATION_COLUMNS = ("doc", "subject", "predicate", "object", "date", "attrs", "negated", "confidence", "quote")


def _warn(message: str) -> None:
    click.echo(f"skipped: {message}", err=True)


def _note(message: str) -> None:
    click.echo(message, err=True)


class _Failures:
    """Documents whose extraction failed: each reported on stderr as it happens, then counted."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, doc: api.Document, error: Exception) -> None:
        self.count += 1
        click.echo(f"failed: {error}", err=True)

    def check(self, skip_bad: bool) -> None:
        """Exit 1 when a document failed, unless --skip-bad (the failures are listed either way)."""
        if self.count and not skip_bad:
            raise click.ClickException(
                f"{self.count} document{'s' if self.count > 1 else ''} not extracted (listed above): "
                "they are not stored, so the next run tries them again")


time_limit_option = click.option(
    "--time-limit", type=click.FloatRange(min=0, min_open=True), default=None, envvar="PLURIPOLAR_TIME_LIMIT",
    metavar="SECONDS", help="Give up on a document after SECONDS per started 100,000 characters; it is "
                            "reported and not stored [default: 60].")
skip_bad_option = click.option("--skip-bad", is_flag=True,
                                help="Report bad JSONL lines and failed documents, and go on (exit 0).")
def input_option(help: str):
    """The --input option: a JSONL file of documents (or - for standard input)."""
    return click.option("--input", "jsonl", type=click.Path(allow_dash=True), default=None, help=help)


lang_option = click.option("--lang", "lang", type=click.Choice(api.text_languages()), default=None,
                           help="Language of every document, instead of the one detected per document.")
allow_paths_option = click.option("--allow-paths", is_flag=True,
                                  help="Let JSONL 'path' fields name files outside the JSONL file's folder.")
workers_option = click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                              envvar="PLURIPOLAR_WORKERS",
                              help="Processes extracting in parallel; output is the same [default: every core].")


def worker_count(n: int | None) -> int:
    """The number of extraction processes: `n` from --workers, else every core."""
    return n or api.default_workers()


max_bytes_option = click.option("--max-bytes", "limit", type=click.IntRange(min=1), default=None,
                                envvar="PLURIPOLAR_MAX_BYTES", metavar="N",
                                help="Refuse a document over N bytes [default: 20000000].")


@click.command()
@click.argument("files", nargs=-1, type=click.Path())
@input_option('JSONL of documents: {"doc", "text" | "path", "date", "url", "title"}.')
@date_option("--date", "Article date for FILES (relative dates resolve against it).")
@format_option("jsonl", "table")
@skip_bad_option
@max_bytes_option
@allow_paths_option
@time_limit_option
@lang_option
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="spark: run over partitions of --input (one model per partition), write to --out.")
@click.option("--out", "out", type=click.Path(file_okay=False), default=None,
              help="With --engine spark: folder for relations/ (JSONL part files).")
@click.option("--master", default=None, metavar="URL", help="With --engine spark: Spark master (default local[*]).")
@workers_option
def extract(files, jsonl, date, fmt, skip_bad, limit, allow_paths, time_limit, lang, engine, out, master, workers):
    """Print the relations each document asserts; nothing is stored."""
    if engine == "spark":
        if files or not jsonl or jsonl == "-" or not out:
            raise click.UsageError("--engine spark needs --input DOCS.jsonl (a file) and --out DIR, no FILE arguments")
        summary = api.extract_spark(jsonl, out, master=master, date=date, skip_bad=skip_bad, language=lang)
        click.echo(api.to_json(summary.as_dict()))
        return
    if not files and not jsonl:
        raise click.UsageError("give FILE arguments or --input DOCS.jsonl")
    docs = api.read_documents(files, jsonl, date, skip_bad=skip_bad, on_skip=_warn, on_note=_note, limit=limit,
                              allow_paths=allow_paths, language=lang)
    failures = _Failures()
    records = (api.relation_record(r) for _, rels in api.extract(docs, workers=worker_count(workers),
                                                                 time_limit=time_limit, on_failure=failures)
               for r in rels)
    emit(records, fmt, RELATION_COLUMNS)
    failures.check(skip_bad)


@click.command()
@click.argument("files", nargs=-1)
@input_option("JSONL of documents, streamed in batches; a rerun skips stored ones.")
@date_option("--date", "Article date for FILES and URLs.")
@db_option
@skip_bad_option
@max_bytes_option
@allow_paths_option
@time_limit_option
@lang_option
@click.option("--allow-private", is_flag=True,
              help="Allow URLs on loopback, private, link-local or multicast addresses.")
@workers_option
def ingest(files, jsonl, date, db, skip_bad, limit, allow_paths, time_limit, lang, allow_private, workers):
    """Extract relations from documents (files, URLs, JSONL) and store them with their evidence."""
    if not files and not jsonl:
        raise click.UsageError("give FILE/URL arguments or --input DOCS.jsonl")
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    api.check_date(date, "--date")  # bad arguments are refused before the store is opened
    languages: Counter = Counter()
    docs = api.read_documents(files, jsonl, date, urls=True, allow_private=allow_private, limit=limit,
                              languages=languages, skip_bad=skip_bad, on_skip=_warn, on_note=_note,
                              allow_paths=allow_paths, language=lang)
    total = len(files) if not jsonl else None
    failures = _Failures()
    with Store(db) as store:
        console = Console(stderr=True)
        progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=console, transient=True,
                            disable=not console.is_terminal or (total is not None and total < 2))
        with progress:
            task = progress.add_task("ingest", total=total)
            summary = api.ingest(docs, store, workers=worker_count(workers), time_limit=time_limit,
                                 on_failure=failures,
                                 on_document=lambda d, n: progress.advance(task))
    s = summary.as_dict()
    failed = f", failed {s['failed']}" if s["failed"] else ""
    click.echo(f"documents: {s['documents']} (stored {s['stored']}, already stored {s['skipped']}{failed}); "
               f"relations: {s['relations']}; seconds: {s['seconds']}; "
               f"languages: {', '.join(f'{k} {v}' for k, v in languages.most_common()) or 'none'}", err=True)
    failures.check(skip_bad)


def register(main: click.Group) -> None:
    main.add_command(extract)
    main.add_command(ingest)
