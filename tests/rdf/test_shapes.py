import rdflib
from rdflib import RDF, Literal

from kg.graph.rdf import DIP, KGR, NIF
from kg.graph.rdf import text_literal as S
from kg.graph.validate import validate_graph


def test_written_graph_conforms(sample_graph):
    conforms, violations = validate_graph(sample_graph)
    assert conforms, violations


def test_graph_reloaded_from_turtle_conforms(sample_ttl):
    from kg.graph.store import load_graph

    conforms, violations = validate_graph(load_graph(sample_ttl))
    assert conforms, violations


def _visit(graph):
    (visit,) = set(graph.subjects(DIP.eventType, S("visit")))
    return visit


def test_event_with_a_bad_polarity_and_two_sources_fails(sample_graph):
    visit = _visit(sample_graph)
    sample_graph.add((visit, DIP.polarity, S("maybe")))
    sample_graph.add((visit, DIP.source, KGR["country/FRA"]))
    conforms, violations = validate_graph(sample_graph)
    assert not conforms
    text = "\n".join(violations)
    assert "polarity" in text and "dip:source" in text


def test_event_without_evidence_fails(sample_graph):
    visit = _visit(sample_graph)
    sample_graph.remove((visit, DIP.evidence, None))
    conforms, violations = validate_graph(sample_graph)
    assert not conforms and any("evidence" in v for v in violations)


def test_evidence_with_begin_after_end_fails(sample_graph):
    evidence = next(iter(sample_graph.subjects(RDF.type, DIP.Evidence)))
    sample_graph.remove((evidence, NIF.beginIndex, None))
    sample_graph.add((evidence, NIF.beginIndex, Literal(10_000, datatype=rdflib.XSD.nonNegativeInteger)))
    conforms, violations = validate_graph(sample_graph)
    assert not conforms and any("beginIndex" in v for v in violations)


def test_country_with_a_bad_iso_code_fails(sample_graph):
    country = KGR["country/XX"]
    sample_graph.add((country, RDF.type, DIP.Country))
    sample_graph.add((country, DIP.isoCode, S("xx")))
    conforms, violations = validate_graph(sample_graph)
    assert not conforms and any("isoCode" in v for v in violations)


def test_event_with_an_untyped_date_fails(sample_graph):
    visit = _visit(sample_graph)
    sample_graph.remove((visit, DIP.date, None))
    sample_graph.add((visit, DIP.date, S("16 Sept 2025")))
    conforms, violations = validate_graph(sample_graph)
    assert not conforms and any("dip:date" in v for v in violations)


def test_shapes_and_ontology_parse():
    from rdflib import Graph

    from kg.resources import ONTOLOGY

    ontology = Graph().parse(ONTOLOGY / "diplomacy.ttl")
    for cls in ("Person", "Country", "Organization", "DiplomaticEvent", "Visit", "Evidence", "Article"):
        assert (DIP[cls], RDF.type, __import__("rdflib").OWL.Class) in ontology
    Graph().parse(ONTOLOGY / "shapes.ttl")
