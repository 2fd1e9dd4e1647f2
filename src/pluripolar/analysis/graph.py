"""Export the relation graph (optionally one predicate, optionally the relations holding in one year)
as GraphML (igraph), GEXF 1.3 (written with xml.etree: igraph has no GEXF writer) or a CSV edge list.

Nodes are actors with name, kind and UN region; edges carry predicate, number of relations, first and
last date and the sources. Directed graph; a symmetric predicate gives one edge per stored pair.
What holds in a year is what holds on its last day (31 December) by the one rule for time that the
dossier follows (`store.actor_index`): the graph of a year and the dossiers at its end agree.
"""
from __future__ import annotations

import csv
import io
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInput
from ..ontology import load as load_ontology
from ..store import Store
from ..store.actor_index import CURRENT_AT, HOLDS, fill
from ..store.queries import records
from .actors import describe
from .dossier import index_store, state_predicates

if TYPE_CHECKING:
    import igraph as ig

FORMATS = ("graphml", "gexf", "csv")
_NODE_ATTRS = ("label", "kind", "un_region")
_EDGE_ATTRS = ("predicate", "relations", "first", "last", "sources")


def edges(store: Store, predicate: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """The edge list: one record per (source, target, predicate) with the number of relations, the first
    and last date and the sources. Relations that end (a severance, a lifted sanction) are left out.
    With `year`, only the (source, predicate, target) holding on 31 December of that year, counted over
    the assertions made by then."""
    if predicate:
        load_ontology().get(predicate)
    if year is None:
        return records(store.con.execute(fill(_EDGES.format(held=""), predicate=predicate, ends=_ends())))
    index_store(store)
    try:
        as_of = date(year, 12, 31)
    except ValueError:
        raise InvalidInput(f"--year {year} is not a year from 1 to 9999") from None
    held = _HELD_EDGES.format(current=CURRENT_AT, holds=HOLDS)
    return records(store.con.execute(fill(_EDGES.format(held=held), predicate=predicate, ends=_ends(),
                                          as_of=as_of, state=state_predicates())))


# The edges: positive assertions per (subject, predicate, object); {held} narrows them to those holding
# at $as_of and made by then.
_EDGES = """
    SELECT r.subject AS source, r.object AS target, r.predicate,
           count(*) AS relations, min(r.date) AS first, max(r.date) AS last,
           string_agg(DISTINCT coalesce(s.dataset, s.name), ';' ORDER BY coalesce(s.dataset, s.name)) AS sources
    FROM relations r JOIN sources s ON s.id = r.source_id
    WHERE r.object IS NOT NULL AND r.subject <> r.object
      AND ($predicate IS NULL OR r.predicate = $predicate)
      AND list_contains($ends, lower(coalesce(r.status, ''))) = r.negated {held}
    GROUP BY ALL ORDER BY r.predicate, source, target"""

# The (subject, predicate, object) holding at $as_of by the one rule for time: an actor's outgoing and
# symmetric edges (each stored pair is its subject's edge).
_HELD_EDGES = """
      AND coalesce(r.date_start, s.date) <= $as_of
      AND (r.subject, r.predicate, r.object) IN (
          SELECT (actor, predicate, partner) FROM actor_edges
          WHERE side IN ('out', 'both') AND {current} AND ($predicate IS NULL OR predicate = $predicate)
          GROUP BY actor, predicate, side, partner HAVING {holds})"""


def _ends() -> list[str]:
    return sorted(load_ontology().ends)


def build(rows: list[dict[str, Any]]) -> "ig.Graph":
    """An igraph directed graph of the edge records, nodes named by actor id with their attributes."""
    import igraph as ig  # imported here: igraph loads matplotlib when it is installed

    ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    g = ig.Graph(directed=True)
    g.add_vertices(ids)
    info = [describe(i) for i in ids]
    g.vs["label"] = [a["name"] for a in info]
    g.vs["kind"] = [a["kind"] or "" for a in info]
    g.vs["un_region"] = [a["un_region"] or "" for a in info]
    g.add_edges([(r["source"], r["target"]) for r in rows])
    for k in _EDGE_ATTRS:
        g.es[k] = [r[k] if r[k] is not None else "" for r in rows]
    return g


def export(store: Store, fmt: str, out: Path | None = None, *, predicate: str | None = None,
           year: int | None = None) -> str | None:
    """Write the graph in `fmt` to `out` (or return it as text when `out` is None)."""
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown graph format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    rows = edges(store, predicate, year)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=["source", "target", *_EDGE_ATTRS], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        text = buf.getvalue()
    elif fmt == "gexf":
        text = gexf(build(rows))
    else:
        text = _graphml(build(rows))
    if out is None:
        return text
    Path(out).write_text(text, encoding="utf-8")
    return None


def _graphml(g: "ig.Graph") -> str:
    with tempfile.TemporaryDirectory(prefix="pluripolar-") as tmp:  # igraph writes to real files only
        path = Path(tmp) / "graph.graphml"
        g.write_graphml(str(path))
        return path.read_text(encoding="utf-8")


def gexf(g: "ig.Graph") -> str:
    """GEXF 1.3 text of a graph with string/number vertex and edge attributes."""
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "pluripolar"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed" if g.is_directed() else "undirected",
                                          "mode": "static"})
    for cls, seq, names in (("node", g.vs, [a for a in _NODE_ATTRS if a != "label"]),
                            ("edge", g.es, list(_EDGE_ATTRS))):
        decl = ET.SubElement(graph, "attributes", {"class": cls})
        for i, name in enumerate(names):
            kind = "integer" if seq and all(isinstance(v, int) for v in seq[name]) else "string"
            ET.SubElement(decl, "attribute", {"id": str(i), "title": name, "type": kind})
    nodes = ET.SubElement(graph, "nodes")
    for v in g.vs:
        n = ET.SubElement(nodes, "node", {"id": v["name"], "label": v["label"]})
        _values(n, v, [a for a in _NODE_ATTRS if a != "label"])
    es = ET.SubElement(graph, "edges")
    for e in g.es:
        x = ET.SubElement(es, "edge", {"id": str(e.index), "source": g.vs[e.source]["name"],
                                       "target": g.vs[e.target]["name"], "label": e["predicate"]})
        _values(x, e, list(_EDGE_ATTRS))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _values(parent: ET.Element, item: Any, names: list[str]) -> None:
    vals = ET.SubElement(parent, "attvalues")
    for i, name in enumerate(names):
        ET.SubElement(vals, "attvalue", {"for": str(i), "value": str(item[name])})
