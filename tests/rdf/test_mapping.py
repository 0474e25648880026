import rdflib
from rdflib import RDF, RDFS, Literal

from kg.graph.rdf import DIP, KGR, NIF, PROV, SCHEMA, document_triples
from kg.graph.rdf import text_literal as S


def _values(graph, subject, predicate):
    return set(graph.objects(subject, predicate))


def test_same_event_from_two_articles_is_one_node_with_two_evidences(sample_graph):
    visits = set(sample_graph.subjects(DIP.eventType, S("visit")))
    assert len(visits) == 1
    (visit,) = visits
    evidences = _values(sample_graph, visit, DIP.evidence)
    assert len(evidences) == 2
    articles = {sample_graph.value(e, PROV.wasDerivedFrom) for e in evidences}
    assert articles == {KGR["article/news-1"], KGR["article/news%2F2%20%22odd%22%20id%3F"]}


def test_visit_has_every_contract_property(sample_graph):
    (visit,) = set(sample_graph.subjects(DIP.eventType, S("visit")))
    assert {DIP.Visit, DIP.DiplomaticEvent} <= _values(sample_graph, visit, RDF.type)
    assert sample_graph.value(visit, DIP.source) == KGR["person/sergei-shoigu--RUS"]
    assert sample_graph.value(visit, DIP.target) == KGR["country/IRQ"]
    assert sample_graph.value(visit, DIP.location) == S("Baghdad")
    assert sample_graph.value(visit, DIP.date) == Literal("2025-09-16", datatype=rdflib.XSD.date)
    assert sample_graph.value(visit, DIP.polarity) == S("positive")
    assert sample_graph.value(visit, DIP.modality) == S("asserted")
    assert sample_graph.value(visit, DIP.cameo) == S("042")
    assert sample_graph.value(visit, DIP.plover) == S("CONSULT")
    assert _values(sample_graph, visit, DIP.trigger) == {S("arrived"), S("landed")}


def test_person_has_role_and_country_and_country_points_to_itself(sample_graph):
    shoigu = KGR["person/sergei-shoigu--RUS"]
    assert sample_graph.value(shoigu, DIP.role) == S("Defence Minister")
    assert sample_graph.value(shoigu, DIP.country) == KGR["country/RUS"]
    assert sample_graph.value(shoigu, DIP.kind) == S("person")
    russia = KGR["country/RUS"]
    assert (russia, RDF.type, DIP.Country) in sample_graph
    assert sample_graph.value(russia, DIP.country) == russia
    assert sample_graph.value(russia, DIP.isoCode) == S("RUS")


def test_month_date_is_a_gyearmonth(sample_graph):
    (condemnation,) = set(sample_graph.subjects(DIP.eventType, S("condemnation")))
    assert sample_graph.value(condemnation, DIP.date).datatype == rdflib.XSD.gYearMonth


def test_evidence_offsets_point_at_the_sentence_in_the_article(results):
    for result in results:
        triples = document_triples(result)
        begins = {s: int(o) for s, p, o in triples if p == NIF.beginIndex}
        ends = {s: int(o) for s, p, o in triples if p == NIF.endIndex}
        anchors = {s: str(o) for s, p, o in triples if p == NIF.anchorOf}
        for node, begin in begins.items():
            assert len(anchors[node]) == ends[node] - begin
        assert begins


def test_article_metadata(sample_graph):
    article = KGR["article/news-1"]
    assert sample_graph.value(article, DIP.articleId) == S("news-1")
    assert sample_graph.value(article, SCHEMA.datePublished) == Literal("2025-09-17", datatype=rdflib.XSD.date)
    assert sample_graph.value(article, SCHEMA.url).datatype == rdflib.XSD.anyURI


def test_invalid_code_points_are_replaced_one_for_one(results, samples):
    ugly = results[1]
    triples = document_triples(ugly)
    anchors = [str(o) for _, p, o in triples if p == NIF.anchorOf]
    cleaned = [a for a in anchors if a.startswith("He said")][0]
    assert len(cleaned) == len(samples.UGLY_SENTENCE)
    assert "\x07" not in cleaned and "\ud800" not in cleaned
    assert '"hi"' in cleaned and "\U0001f600" in cleaned and "\n" in cleaned
    labels = [str(o) for _, p, o in triples if p == RDFS.label]
    assert all("\x07" not in label for label in labels)


def test_graph_holds_no_ontology_triples(sample_graph):
    from rdflib import OWL

    assert not set(sample_graph.subjects(RDF.type, OWL.Class))
    assert sample_graph.namespace_manager.store.namespace("dip") is not None
