"""Rule ids as provenance: an event with a rule is prov:wasGeneratedBy a dip:ExtractionRule node."""

import dataclasses

import pytest
from rdflib import RDF, RDFS, Literal

import kg.graph.rdf
from kg.graph.rdf import DIP, KGR, PROV, document_triples
from kg.graph.store import add_triples, open_store
from kg.graph.validate import validate_graph
from kg.model import DocumentResult
from kg.query import apply_params, resolve, run_query


def _with_rules(results, rules):
    """The sample results with the rule of each event set by hand, in order (None leaves it unset)."""
    rules = iter(rules)
    return [
        DocumentResult(r.article, [dataclasses.replace(e, rule=next(rules)) for e in r.events], r.entities)
        for r in results
    ]


def _graph(results):
    graph = open_store()
    for result in results:
        add_triples(graph, document_triples(result))
    return graph


@pytest.fixture
def no_rule_labels(monkeypatch, tmp_path):
    monkeypatch.setattr(kg.graph.rdf, "LEXICON", tmp_path)
    kg.graph.rdf.rule_labels.cache_clear()
    kg.graph.rdf._rule_triples.cache_clear()
    yield tmp_path
    kg.graph.rdf.rule_labels.cache_clear()
    kg.graph.rdf._rule_triples.cache_clear()


def test_an_event_with_a_rule_is_generated_by_it(results, no_rule_labels):
    graph = _graph(_with_rules(results, ["visit.arrive", None, "coop.sign", None, "visit.arrive"]))
    rule = KGR["rule/visit.arrive"]
    visits = set(graph.subjects(DIP.eventType, Literal("visit")))
    assert len(visits) == 1 and (next(iter(visits)), PROV.wasGeneratedBy, rule) in graph
    evidence = set(graph.objects(next(iter(visits)), DIP.evidence))
    assert {graph.value(e, PROV.wasGeneratedBy) for e in evidence} == {rule}
    assert (rule, RDF.type, DIP.ExtractionRule) in graph
    assert str(graph.value(rule, DIP.ruleId)) == "visit.arrive"
    assert str(graph.value(rule, RDFS.label)) == "visit.arrive"  # no rules.csv: the id is the label
    (condemnation,) = graph.subjects(DIP.eventType, Literal("condemnation"))
    assert graph.value(condemnation, PROV.wasGeneratedBy) is None  # rule None: nothing said
    assert len(set(graph.subjects(RDF.type, DIP.ExtractionRule))) == 2
    conforms, violations = validate_graph(graph)
    assert conforms, violations


def test_rule_labels_come_from_the_lexicon(results, no_rule_labels):
    (no_rule_labels / "rules.csv").write_text('id,label\nvisit.arrive,"X arrived in Y"\n', encoding="utf-8")
    graph = _graph(_with_rules(results, ["visit.arrive"] * 5))
    assert str(graph.value(KGR["rule/visit.arrive"], RDFS.label)) == "X arrived in Y"


def test_the_actor_query_shows_the_rule(results, no_rule_labels):
    graph = _graph(_with_rules(results, ["visit.arrive", None, None, None, "visit.land"]))
    text, info = resolve("actor")
    names, rows = run_query(graph, apply_params(text, {"actor": "Shoigu"}, info))
    rules = {str(row[names.index("article")]): str(row[names.index("rule")]) for row in rows}
    assert rules == {"news-1": "visit.arrive", 'news/2 "odd" id?': "visit.land"}  # one visit, two reports


def test_a_rule_that_is_not_an_extraction_rule_breaks_the_shapes(results, no_rule_labels):
    graph = _graph(_with_rules(results, ["r1", None, None, None, None]))
    graph.remove((KGR["rule/r1"], RDF.type, DIP.ExtractionRule))
    assert len(list(graph.subjects(PROV.wasGeneratedBy, KGR["rule/r1"]))) == 2  # the visit and its first report
    conforms, violations = validate_graph(graph)
    assert not conforms and any("wasGeneratedBy" in line for line in violations)


def test_the_ontology_declares_the_rule_terms():
    from rdflib import OWL, Graph, URIRef

    from kg.resources import ONTOLOGY

    ontology = Graph().parse(ONTOLOGY / "diplomacy.ttl")
    assert (DIP.ExtractionRule, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Activity")) in ontology
    for term in (DIP.ExtractionRule, DIP.ruleId, DIP.textDigest):
        assert ontology.value(term, RDFS.label) is not None and ontology.value(term, RDFS.comment) is not None
    assert (DIP.ruleId, RDF.type, OWL.DatatypeProperty) in ontology
