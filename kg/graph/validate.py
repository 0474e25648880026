"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from kg.resources import ONTOLOGY

SHAPES = ONTOLOGY / "shapes.ttl"
ONTOLOGY_FILE = ONTOLOGY / "diplomacy.ttl"


def _memory_copy(graph):
    """pySHACL walks the graph triple by triple: an rdflib in-memory copy is much faster for that."""
    from rdflib import Graph

    from kg.graph.ntriples import graph_ntriples
    from kg.graph.oxigraph import oxigraph_of

    copy = Graph()
    if oxigraph_of(graph) is None:
        copy += graph
        return copy
    copy.parse(data=graph_ntriples(graph), format="nt")
    return copy


def validate_graph(graph) -> tuple[bool, list[str]]:
    """(conforms, one line per violation). The ontology is mixed in so that sh:class sees rdfs:subClassOf."""
    from pyshacl import validate
    from rdflib import Graph

    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    conforms, report, _text = validate(
        _memory_copy(graph),
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        allow_warnings=False,
    )
    return bool(conforms), sorted(_violations(report))


def _violations(report) -> list[str]:
    from rdflib import Namespace

    SH = Namespace("http://www.w3.org/ns/shacl#")
    lines = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        message = report.value(result, SH.resultMessage) or report.value(result, SH.sourceConstraintComponent)
        where = f"<{focus}>" + (f" {_short(path)}" if path is not None else "")
        shown = f" (value: {str(value)[:60]!r})" if value is not None else ""
        lines.append(f"{where}: {message}{shown}")
    return lines


def _short(iri) -> str:
    from kg.graph.rdf import PREFIXES

    text = str(iri)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>"
