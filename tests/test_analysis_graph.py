"""Graph export: GraphML, GEXF and CSV read back with the nodes and edges stored."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import igraph as ig
import pytest
from click.testing import CliRunner

from pluripolar import analysis
from pluripolar.cli import main
from pluripolar.errors import UnknownPredicate
from pluripolar.model import Evidence, Relation, Source
from pluripolar.store.rows import content_hash

TEXT = "Russia and China signed a deal. The US sanctioned Iran. Russia's troops left Syria."


@pytest.fixture
def graph_store(store):
    def ev(q):
        i = TEXT.index(q)
        return (Evidence("", q, i, i + len(q)),)

    rels = [Relation("CHN", "agreement", "RUS", date="2019", evidence=ev("Russia and China signed a deal")),
            Relation("USA", "sanction", "IRN", date="2018-05", attrs={"status": "imposed"},
                     evidence=ev("The US sanctioned Iran")),
            Relation("USA", "sanction", "IRN", date="2012", attrs={"status": "imposed"},
                     evidence=ev("The US sanctioned Iran")),
            Relation("RUS", "military_presence", "SYR", date="2019", attrs={"status": "withdrawn"},
                     evidence=ev("Russia's troops left Syria"))]
    store.add_document(Source(content_hash(TEXT), "document", "g", text=TEXT, date="2019-12-01"), rels,
                       extractor="t", extractor_version="1")
    return store


def test_analysis_graph_graphml_reads_back(graph_store, tmp_path):
    out = tmp_path / "g.graphml"
    analysis.export_graph(graph_store, "graphml", out)
    g = ig.Graph.Read_GraphML(str(out))
    assert sorted(g.vs["name"]) == ["CHN", "IRN", "RUS", "USA"]
    edges = {(g.vs[e.source]["name"], g.vs[e.target]["name"], e["predicate"], e["relations"]) for e in g.es}
    assert edges == {("CHN", "RUS", "agreement", 1), ("USA", "IRN", "sanction", 2)}  # the withdrawal ended
    assert "Iran" in g.vs["label"]


def test_analysis_graph_gexf_is_valid_xml(graph_store):
    text = analysis.export_graph(graph_store, "gexf", predicate="sanction")
    root = ET.fromstring(text)
    ns = {"g": "http://gexf.net/1.3"}
    nodes = [n.get("id") for n in root.iterfind(".//g:nodes/g:node", ns)]
    edges = [(e.get("source"), e.get("target"), e.get("label")) for e in root.iterfind(".//g:edges/g:edge", ns)]
    assert sorted(nodes) == ["IRN", "USA"] and edges == [("USA", "IRN", "sanction")]
    assert root.find(".//g:graph", ns).get("defaultedgetype") == "directed"


def test_analysis_graph_csv_and_year_filter(graph_store):
    rows = list(csv.DictReader(io.StringIO(analysis.export_graph(graph_store, "csv", year=2012))))
    assert [(r["source"], r["target"], r["predicate"], r["first"]) for r in rows] == [("USA", "IRN", "sanction", "2012")]
    with pytest.raises(UnknownPredicate):
        analysis.export_graph(graph_store, "csv", predicate="friendship")


def test_analysis_graph_cli_writes_file(graph_store, tmp_path):
    out = tmp_path / "g.gexf"
    r = CliRunner().invoke(main, ["graph", "export", "--format", "gexf", "--output", str(out),
                                  "--db", str(graph_store.path)])
    assert r.exit_code == 0, r.output
    assert ET.parse(out).getroot().tag.endswith("gexf")
    csv_out = CliRunner().invoke(main, ["graph", "export", "--format", "csv", "--db", str(graph_store.path)])
    assert csv_out.output.splitlines()[0] == "source,target,predicate,relations,first,last,sources"
