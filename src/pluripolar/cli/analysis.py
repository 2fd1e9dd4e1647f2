"""`dossier`, `dyad`, `claims`, `polarity` and `graph export`: what the store says, analysed."""
from __future__ import annotations

import sys
from typing import Any

import click

from .. import api
from ..errors import InvalidInput
from ..export import to_json
from .options import db_option, emit, format_option, reading


def _console():
    from rich.console import Console

    return Console(file=sys.stdout, width=200 if not sys.stdout.isatty() else None)


def _table(title: str, columns: list[str], rows: list[list[Any]]):
    from rich.table import Table

    t = Table(title=title, title_justify="left", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    return t


def _evidence_text(ev: list[dict[str, Any]]) -> str:
    return "; ".join(f"{e.get('source')}: {e['quote']}" if e.get("quote") else f"{e.get('source')} row {e.get('row')}"
                     for e in ev)


@click.command()
@click.argument("actor")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Date to report (default: today).")
@format_option("table", "json")
@db_option
def dossier(actor, as_of, fmt, db):
    """What the store holds about ACTOR at a date: counts, partners by region, sanctions, UN votes."""
    with reading(db) as store:
        d = api.dossier(store, actor, as_of)
    if fmt == "json":
        click.echo(to_json(d, indent=2))
        return
    con = _console()
    a = d["actor"]
    con.print(f"[bold]{a['name']}[/bold] ({a['id']}, {a['un_region'] or a['kind']}) as of {d['as_of']}")
    con.print(_table("Counts", ["count", "value", "current", "last observed", "sources"],
                     [[k, v["value"], v["current"], ", ".join(f"{n} in {y}" for y, n in v["last_observed"].items()),
                       ", ".join(f"{s} ({n})" for s, n in v["sources"].items())]
                      for k, v in d["counts"].items()]))
    for pred, regions in d["partners"].items():
        rows = [[region, p["name"], p["side"], p["date"], p["since"], p["last_observed"], p["status"],
                 ", ".join(p["sources"])]
                for region, ps in regions.items() for p in ps]
        con.print(_table(pred, ["region", "partner", "side", "date", "since", "last observed", "status", "sources"],
                         rows))
    if d["sanctions_received_by_sender"]:
        con.print(_table("Sanctions received", ["sender", "relations", "designations", "first", "last",
                                                "last observed"],
                         [[s["name"], s["relations"], s["designations"], s["first"], s["last"], s["last_observed"]]
                          for s in d["sanctions_received_by_sender"]]))
    if d["unga_alignment"]:
        u = d["unga_alignment"]
        con.print(_table(f"UN General Assembly: identical votes, sessions {u['sessions'][0]}–{u['sessions'][1]}",
                         ["with", "votes", "identical"],
                         [[w["id"], w["votes"], f"{w['identical_share']:.1%}"] for w in u["with"]]))


@click.command()
@click.argument("a")
@click.argument("b")
@format_option("table", "json")
@db_option
def dyad(a, b, fmt, db):
    """Everything stored between A and B, oldest first; contradictions between sources marked."""
    with reading(db) as store:
        d = api.dyad(store, a, b)
    if fmt == "json":
        click.echo(to_json(d, indent=2))
        return
    rows = [[e["date"] or e["effective"], e["predicate"], e["subject"], e["object"], e["status"],
             "yes" if e["negated"] else "", "!" if e["contradiction"] else "", _evidence_text(e["evidence"])]
            for e in d["events"]]
    _console().print(_table(f"{d['a']['name']} – {d['b']['name']}",
                            ["date", "predicate", "subject", "object", "status", "negated", "contradiction",
                             "evidence"], rows))


@click.command()
@click.option("--actor", default=None, help="Only claims and contradictions about this actor.")
@format_option("table", "json")
@db_option
def claims(actor, fmt, db):
    """Check quantitative claims in stored documents against loaded data; list contradictions."""
    with reading(db) as store:
        d = api.claims(store, actor)
    if fmt == "json":
        click.echo(to_json(d, indent=2))
        return
    con = _console()
    con.print(_table("Claims", ["actor", "measure", "claimed", "qualifier", "date", "verdict", "counted",
                                "counted on", "reason", "source", "quote"],
                     [[c["actor"], c["measure"], c["claimed"], c["qualifier"], c["date"], c["verdict"],
                       c["counted"], f"{c['data_date']} ({c['gap']})" if c["data_date"] else None, c["reason"],
                       c["source"], c["quote"]] for c in d["claims"]]))
    con.print(_table("Contradictions", ["kind", "predicate", "pair", "a", "b"],
                     [[c["kind"], c["predicate"], f"{c['subject']}–{c['object']}",
                       f"{c['a']['date']} {c['a']['status'] or ''} ({c['a']['source']}): {c['a']['quote']}",
                       f"{c['b']['date']} {c['b']['status'] or ''} ({c['b']['source']}): {c['b']['quote']}"]
                      for c in d["contradictions"]]))


@click.command()
@click.option("--index", "index", type=click.Choice(api.polarity_indices()), required=True, help="Which index.")
@click.option("--majors", default="cow", show_default=True, metavar="cow|top:K|share:X",
              help="Poles: COW major powers, the K strongest, or states with at least share X of world CINC.")
@click.option("--year", type=int, default=None, help="One year.")
@click.option("--from", "first", type=int, default=None, help="First year.")
@click.option("--to", "last", type=int, default=None, help="Last year.")
@format_option("table", "json", "csv")
@click.option("--plot", type=click.Path(dir_okay=False), default=None, help="Also write a chart (.png/.svg/.pdf).")
@db_option
def polarity(index, majors, year, first, last, fmt, plot, db):
    """Polarity of the international system, year by year."""
    if year is not None and (first is not None or last is not None):
        raise InvalidInput("give --year or --from/--to, not both")
    if year is not None:
        first = last = year
    with reading(db) as store:
        rows = api.polarity(store, index, majors, first, last)
    if plot:
        api.plot_polarity(rows, plot, majors=majors)
        click.echo(f"wrote {plot}", err=True)
    if fmt == "json":
        click.echo(to_json(rows, indent=2))
        return
    flat = [{"year": r["year"], "index": r["index"], "value": r["value"], **_flat(r["details"])} for r in rows]
    cols = ["year", "index", "value"] + [k for k in (flat[0] if flat else {}) if k not in ("year", "index", "value")]
    emit(flat, fmt, cols)


def _flat(details: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in details.items() if k != "blocs"}


@click.group()
def graph():
    """The relation graph."""


@graph.command("export")
@click.option("--predicate", default=None, help="Only this predicate.")
@click.option("--year", type=int, default=None, help="Only relations holding in this year.")
@click.option("--format", "fmt", type=click.Choice(("graphml", "gexf", "csv")), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="File (default: stdout).")
@db_option
def graph_export(predicate, year, fmt, output, db):
    """Write the graph as GraphML, GEXF or a CSV edge list."""
    with reading(db) as store:
        text = api.export_graph(store, fmt, output, predicate=predicate, year=year)
    if text is not None:
        click.echo(text, nl=False)


def register(main: click.Group) -> None:
    for cmd in (dossier, dyad, claims, polarity, graph):
        main.add_command(cmd)
