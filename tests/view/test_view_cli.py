"""`kg view GRAPH`: the page next to the graph file, or where -o says."""

import json
import re

from click.testing import CliRunner
from view_graphs import sample_graph

from kg.cli import cli
from kg.graph.export import write_graph


def payload_of(path):
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))


def test_kg_view_writes_the_page_next_to_the_graph(tmp_path):
    graph = tmp_path / "graph.ttl"
    write_graph(sample_graph(), graph)
    result = CliRunner().invoke(cli, ["view", str(graph)])
    assert result.exit_code == 0, result.output
    assert "13 nodes, 10 edges, 12 events" in result.output
    data = payload_of(tmp_path / "graph.html")
    assert data["level"] == "actor" and data["title"] == "kg: graph.ttl"


def test_kg_view_country_level_to_a_named_file(tmp_path):
    graph = tmp_path / "graph.nt"
    write_graph(sample_graph(), graph, "nt")
    out = tmp_path / "pages" / "countries.html"
    result = CliRunner().invoke(cli, ["view", str(graph), "--level", "country", "-o", str(out), "--title", "T"])
    assert result.exit_code == 0, result.output
    data = payload_of(out)
    assert data["level"] == "country" and len(data["nodes"]) == 8 and data["title"] == "T"


def test_kg_view_names_a_missing_graph_file(tmp_path):
    result = CliRunner().invoke(cli, ["view", str(tmp_path / "none.ttl")])
    assert result.exit_code != 0
    assert "none.ttl" in result.output and not (tmp_path / "none.html").exists()
