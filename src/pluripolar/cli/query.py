"""`relations`, `sources`, `actors` and `path`: reading the store and the gazetteer."""
from __future__ import annotations

import click

from .. import api
from ..export import RELATION_COLUMNS
from .options import date_option, db_option, emit, format_option, reading


@click.command()
@click.option("--actor", default=None, help="Actor id or name (either side).")
@click.option("--other", default=None, help="The other side's id or name.")
@click.option("--predicate", default=None, help="One of the ontology's predicates.")
@date_option("--since", "Relations dated on or after this date (a spell by its start; see README).")
@date_option("--until", "Relations dated on or before this date (a spell by its start; see README).")
@click.option("--source", default=None, help="Only relations from this source (id or name).")
@click.option("--plover", default=None, help="Only relations of this PLOVER type (AID, ASSAULT …).")
@click.option("--kind", type=click.Choice(api.SOURCE_KINDS), default=None,
              help="Only relations from this kind of source.")
@click.option("--dataset", default=None, help="Only relations from this dataset (`data list`).")
@click.option("--negated/--affirmed", default=None, help="Only negated (or only affirmed) relations.")
@click.option("--sort", type=click.Choice(tuple(api.SORT_KEYS)), default="date", show_default=True)
@click.option("--desc", is_flag=True, help="Sort descending.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@format_option("table", "jsonl", "csv")
@db_option
def relations(actor, other, predicate, since, until, source, plover, kind, dataset, negated, sort, desc, limit,
              offset, fmt, db):
    """List stored relations with their evidence."""
    with reading(db) as store:
        rows = api.relations(store, actor=actor, other=other, predicate=predicate,
                             since=api.check_date(since, "--since"), until=api.check_date(until, "--until"),
                             source=source, plover=plover, kind=kind, dataset=dataset, negated=negated,
                             sort=sort, desc=desc, limit=limit, offset=offset)
    cols = RELATION_COLUMNS
    if fmt == "table":
        rows = [{**r, "evidence": "; ".join(f"{e.get('source')}: {e.get('quote') or 'row ' + str(e.get('row'))}"
                                            for e in r["evidence"])} for r in rows]
    emit(rows, fmt, cols if fmt != "jsonl" else None)


@click.command()
@format_option("table", "jsonl", "csv")
@db_option
def sources(fmt, db):
    """List stored sources (documents and dataset files)."""
    with reading(db) as store:
        rows = api.sources(store)
    emit(rows, fmt, ("name", "kind", "date", "language", "title", "url", "dataset", "version", "n_relations", "id"))


@click.group()
def actors():
    """The actor gazetteer."""


@actors.command("resolve")
@click.argument("name")
@date_option("--date", "Resolve as of this date (leaders, former names).")
@format_option("table", "jsonl")
def actors_resolve(name, date, fmt):
    """Which actor NAME resolves to, and why."""
    res = api.resolve_actor(name, api.check_date(date))
    if fmt == "table":
        click.echo(f"{res['id']}  {res['name']} ({res['kind']})\n{res['reason']}")
    else:
        emit([res], fmt)


@actors.command("search")
@click.argument("query")
@click.option("--kind", default=None, help="Only actors of this kind (state, igo …).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many actors.")
@format_option("table", "jsonl", "csv")
def actors_search(query, kind, limit, fmt):
    """Actors QUERY finds, best first: ids, whole names and aliases in any language the gazetteer holds
    ("Corea del Norte"), whole words of one ("Corea"), misspellings tolerated ("Venezuala")."""
    if not query.strip():
        raise click.UsageError("QUERY is empty: give a name, an id or part of a name")
    rows = [{"id": a["id"], "name": a["name"], "kind": a["kind"], "matched": a["match"]["name"],
             "how": a["match"]["how"], "edits": a["match"]["edits"]}
            for a in api.search_actors(query, kind=kind, limit=limit)]
    emit(rows, fmt, ("id", "name", "kind", "matched", "how", "edits"))


@click.command()
@db_option
def path(db):
    """Print the store path in use."""
    click.echo(str(api.store_path(db)))


def register(main: click.Group) -> None:
    for cmd in (relations, sources, actors, path):
        main.add_command(cmd)
