"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from kg.resources import ONTOLOGY

SHAPES = ONTOLOGY / "shapes.ttl"
ONTOLOGY_FILE = ONTOLOGY / "diplomacy.ttl"


def _memory_copy(graph):
    """pySHACL walks the graph triple by triple: an rdflib in-memory copy is much faster for that."""
    from rdflib import Graph

    from kg.store import oxigraph_of

    store = oxigraph_of(graph)
    copy = Graph()
    if store is None:
        copy += graph
        return copy
    import pyoxigraph as ox

    from kg.store import _graph_name

    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=_graph_name(graph))
    copy.parse(data=data, format="nt")
    return copy


def validate_graph(graph) -> tuple[bool, str]:
    """(conforms, report text). The ontology is mixed in so that sh:class sees rdfs:subClassOf."""
    from pyshacl import validate
    from rdflib import Graph

    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    conforms, _report_graph, text = validate(
        _memory_copy(graph),
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=False,
        allow_warnings=False,
    )
    return bool(conforms), text
