"""`data list|fetch|load|remove`: public datasets into and out of the store."""
from __future__ import annotations

import click

from .. import api
from ..store import Store
from ..export import to_json
from .options import db_option, emit, format_option, reading


@click.group()
def data():
    """Public datasets (COW, ATOP, TIES, OFAC, UN votes, troops, GDELT …) in the same graph."""


@data.command("list")
@format_option("table", "jsonl", "json")
def data_list(fmt):
    """Every dataset: what it holds, official URL, licence and citation, and the layout it expects."""
    rows = [{"name": d.name, "holds": d.description, "url": d.url, "licence": d.licence,
             "citation": d.citation, "timing": d.timing.kind, "coverage": d.timing.coverage,
             "after_coverage": d.timing.after,
             "layouts": {la.name: list(la.columns) for la in d.layouts}} for d in api.datasets_available()]
    if fmt == "table":
        rows = [{**r, "layouts": "; ".join(f"{k}: {', '.join(v[:8])}{' …' if len(v) > 8 else ''}"
                                           for k, v in r["layouts"].items())} for r in rows]
    emit(rows, fmt, ("name", "holds", "coverage", "timing", "url", "licence", "citation", "layouts"))


@data.command("show")
@click.argument("name")
@format_option("table", "json")
@db_option
def data_show(name, fmt, db):
    """Dataset NAME: citation, licence, coverage, timing, and each loaded file's checksum and load date."""
    with reading(db) as store:
        info = api.dataset_info(store, name)
    if fmt == "json":
        click.echo(to_json(info, indent=2))
        return
    for key in ("name", "description", "citation", "licence", "url", "coverage", "timing", "after_coverage"):
        click.echo(f"{key}: {info[key]}")
    emit([{"version": x["version"], "observed": f"{x['first_date'] or ''} – {x['last_date'] or ''}",
           "snapshot": x["snapshot_date"], "sha256": x["file_sha256"], "bytes": x["file_bytes"],
           "relations": x["relations"], "loaded": x["loaded_at"]} for x in info["loads"]], "table",
         ("version", "observed", "snapshot", "sha256", "bytes", "relations", "loaded"))


@data.command("fetch")
@click.argument("name")
@click.option("--dest", type=click.Path(file_okay=False), default=None,
              help="Folder to save into (default: datasets/ in the user data directory).")
def data_fetch(name, dest):
    """Download dataset NAME from its official URL (size or checksum checked where published)."""
    path = api.fetch_dataset(name, dest)
    click.echo(str(path))


@data.command("load")
@click.argument("name")
@click.option("--file", "path", required=True, type=click.Path(dir_okay=False),
              help="The dataset file as published (plain, .gz or .zip).")
@click.option("--replace", is_flag=True,
              help="Load this file in place of another file already loaded for the same dataset and version.")
@click.option("--date", "snapshot", default=None,
              help="For a snapshot list (ofac-sdn, us-bases, overseas-bases) or statements file (wikidata-relations): "
                   "the date it is as of, YYYY-MM-DD (default: the dataset's year, else the file's modification day).")
@db_option
def data_load(name, path, replace, snapshot, db):
    """Load dataset NAME from --file into the store, in one transaction; a reload adds nothing."""
    with Store(db) as store:
        r = api.load_dataset(name, path, store, replace=replace, date=snapshot)
    if r.already_loaded:
        click.echo(f"{r.dataset}: already loaded (source {r.source_id[:12]}); nothing added", err=True)
        return
    tables = ", ".join(f"{t} {n:,}" for t, n in r.table_rows.items())
    click.echo(f"{r.dataset} {r.version}: {r.rows_read:,} rows read, {r.relations:,} relations"
               + (f", {tables}" if tables else "")
               + (f", {r.unmapped:,} rows without an actor id skipped" if r.unmapped else "")
               + (f", dated {r.snapshot}" if r.snapshot else "")
               + f" in {r.seconds:.1f} s"
               + (f"; replaced source {', '.join(i[:12] for i in r.replaced)}" if r.replaced else ""), err=True)


@data.command("remove")
@click.argument("name")
@click.option("--version", default=None, help="Only the file of this version (`pluripolar sources` lists them).")
@db_option
def data_remove(name, version, db):
    """Remove dataset NAME (every loaded file, or one --version) and all its rows, in one transaction."""
    with Store(db, must_exist=True) as store:
        removed = api.remove_dataset(name, store, version=version)
    for r in removed:
        click.echo(f"removed {name} {r['version'] or ''}: {r['n_relations'] or 0:,} relations "
                   f"(source {r['id'][:12]}, {r['path']})", err=True)


def register(main: click.Group) -> None:
    main.add_command(data)
