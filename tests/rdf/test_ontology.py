import csv

import rdflib
from rdflib import RDF, Graph, URIRef

from kg.graph.rdf import DIP, EVENT_CLASSES
from kg.model import EVENT_TYPES
from kg.resources import LEXICON, ONTOLOGY

SKOS = rdflib.SKOS
CAMEO = "https://w3id.org/kg-diplomacy/cameo/"
PLOVER = "https://w3id.org/kg-diplomacy/plover/"


def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "diplomacy.ttl")


def test_ontology_header():
    graph = _ontology()
    (ontology,) = set(graph.subjects(RDF.type, rdflib.OWL.Ontology))
    assert graph.value(ontology, rdflib.OWL.versionInfo) is not None
    assert graph.value(ontology, rdflib.RDFS.label) is not None
    assert graph.value(ontology, URIRef("http://purl.org/dc/terms/license")) is not None


def test_every_term_the_mapping_uses_is_declared_with_a_label():
    graph = _ontology()
    for cls in EVENT_CLASSES.values():
        assert (cls, rdflib.RDFS.subClassOf, DIP.DiplomaticEvent) in graph
        assert graph.value(cls, rdflib.RDFS.label) is not None
    for prop in (
        "kind",
        "country",
        "role",
        "isoCode",
        "eventType",
        "source",
        "target",
        "location",
        "date",
        "polarity",
        "modality",
        "trigger",
        "cameo",
        "plover",
        "confidence",
        "evidence",
        "articleId",
    ):
        assert graph.value(DIP[prop], rdflib.RDFS.label) is not None, prop
        assert graph.value(DIP[prop], rdflib.RDFS.comment) is not None, prop


def test_alignment_with_public_vocabularies():
    graph = _ontology()
    assert (
        DIP.DiplomaticEvent,
        rdflib.RDFS.subClassOf,
        URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
    ) in graph
    assert (DIP.source, rdflib.RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")) in graph
    assert (DIP.Person, rdflib.RDFS.subClassOf, URIRef("https://schema.org/Person")) in graph
    assert (DIP.Article, rdflib.RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in graph


def test_event_type_scheme_has_one_concept_per_type():
    graph = _ontology()
    notations = {str(graph.value(c, SKOS.notation)) for c in graph.subjects(SKOS.inScheme, DIP.EventTypes)}
    assert notations == set(EVENT_TYPES)


def test_lexicon_defaults_agree_with_the_skos_crosswalk():
    graph = _ontology()
    with (LEXICON / "event_types.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    defaults = {row["type"]: row for row in rows if row["when"] == "default"}
    assert set(defaults) == set(EVENT_TYPES)
    for row in rows:
        code = URIRef(CAMEO + row["cameo"])
        assert graph.value(code, SKOS.prefLabel) is not None, row
        assert graph.value(URIRef(PLOVER + row["plover"]), SKOS.prefLabel) is not None, row
    for event_type, row in defaults.items():
        if event_type != "other":
            assert (DIP[event_type], SKOS.exactMatch, URIRef(CAMEO + row["cameo"])) in graph
