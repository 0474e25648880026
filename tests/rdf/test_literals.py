"""Whatever characters an article holds, every syntax we write reads back to the same graph, every IRI is
valid, and the graph still meets the SHACL shapes.

Names, titles, sentences, article ids, publishers, places and triggers are drawn from any code point
(lone surrogates included) mixed with the pieces most likely to break a serialiser: quotes, backslashes,
angle brackets, line ends, control characters, right-to-left marks and text, emoji, byte-order marks.
"""

import re
import tempfile
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.graph.export import write_graph
from kg.graph.rdf import DIP, NIF, RDFS, SCHEMA, actor_iri, article_iri, clean_text, document_triples
from kg.graph.store import add_triples, load_graph, open_store
from kg.graph.validate import validate_graph
from kg.model import Actor, Article, DocumentResult, Event, Evidence

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = st.sampled_from(
    [
        '"',
        "'",
        '"""',
        "'''",
        "\\",
        "\\n",
        "\\u0041",
        "<",
        ">",
        "<script>alert(1)</script>",
        "&amp;",
        "]]>",
        "\n",
        "\r",
        "\r\n",
        "\t",
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\u2028",
        "\u2029",
        "\u202e",
        "\u200f",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0631\u062d\u0628\u0627",
        "\U0001f600",
        "\U0001f1fa\U0001f1f8",
        "\u200d",
        "\ud800",
        "\udfff",
        "\ufeff",
        "\ufffe",
        "\uffff",
        "\U0010ffff",
        "@prefix x: <http://e/> .",
        "^^",
        "_:b0",
        "#",
        "%",
        "%2F",
        "{",
        "}",
        " ",
        ".",
        ";",
        ",",
        ":",
        "http://e/x y",
        "}}@id",
    ]
)
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
hostile_text = st.lists(st.one_of(HOSTILE, st.text(ANY_CHAR, min_size=1, max_size=6)), min_size=1, max_size=8).map(
    "".join
)

WORST = {
    "name": 'Dr. "Bob" <O\'Brien>\n\\ \U0001f600 \x07\x00',
    "title": "\u202e\u0648\u0632\u064a\u0631 \u05e9\u05e8 \r\n\t",
    "sentence": 'He said "hi" \\ <b>bold</b>\n\ttab \U0001f600 bell\x07 lone\ud800 end\ufffe.',
    "article_id": 'news/2 "odd" id? #frag %41 <x>.',
    "place": "\u2028\u2029\x85\x7f@prefix x: <http://e/> .",
    "publisher": "\"\"\"'''\\u0041 ]]> }}@id",
}
SYNTAXES = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}
KGR_IRI = re.compile(r"https://w3id\.org/kg-diplomacy/id/(?:[A-Za-z0-9._~/-]|%[0-9A-F]{2})+")


def _result(name, title, sentence, article_id, place, publisher):
    text = f"Before. {sentence} After."
    start = text.index(sentence)
    person = Actor(name, "person", "FRA", role=title)
    org = Actor(name, "organization", None, role=title)
    stateless = Actor(name, "country", None)
    evidence = Evidence(sentence, start, start + len(sentence))
    events = [
        Event("meeting", person, org, title, evidence, location=place, date="2025-09-16"),
        Event("condemnation", org, stateless, sentence[:30], evidence, location=place, modality="planned"),
    ]
    article = Article(article_id, text, "2025-09-17", publisher, "https://example.org/news?id=" + "x" * 3)
    return DocumentResult(article, events, [person, org, stateless])


def _graph(result):
    graph = open_store()
    add_triples(graph, document_triples(result))
    return graph


def _expected(result) -> Graph:
    expected = Graph()
    for triple in document_triples(result):
        expected.add(triple)
    return expected


def _rdflib_parse(path: Path, fmt: str) -> Graph:
    if fmt == "trig":
        from rdflib import Dataset

        dataset = Dataset().parse(path, format="trig")
        merged = Graph()
        for s, p, o, _ in dataset.quads():
            merged.add((s, p, o))
        return merged
    return Graph().parse(path, format=fmt)


XSD_NS = "http://www.w3.org/2001/XMLSchema#"
NUMBERS = {URIRef(XSD_NS + name) for name in ("decimal", "integer", "nonNegativeInteger")}


def _term(o):
    """A literal as its exact text and datatype. Numbers compare by value, since a store writes its own
    canonical form (xsd:nonNegativeInteger 9 as xsd:integer 9, 1.0 as 1); a literal without datatype or
    language is an xsd:string (RDF 1.1), which Turtle writes without the datatype."""
    if not isinstance(o, Literal):
        return o
    if o.datatype in NUMBERS:
        return ("number", Decimal(str(o)))
    return (str(o), o.datatype or (None if o.language else URIRef(XSD_NS + "string")), o.language)


def _comparable(graph: Graph) -> set:
    return {(s, p, _term(o)) for s, p, o in graph}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=hostile_text,
    title=hostile_text,
    sentence=hostile_text,
    article_id=hostile_text,
    place=hostile_text,
    publisher=hostile_text,
)
@example(**WORST)
def test_hostile_strings_round_trip_in_turtle_ntriples_and_json_ld(name, title, sentence, article_id, place, publisher):
    result = _result(name, title, sentence, article_id, place, publisher)
    graph = _graph(result)
    stored = Graph() + graph
    assert _comparable(stored) == _comparable(_expected(result))
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, fmt in SYNTAXES.items():
            path = write_graph(graph, Path(tmp) / f"g.{suffix}")
            assert isomorphic(stored, Graph() + load_graph(path)), f"{suffix} through Oxigraph"
            assert _comparable(stored) == _comparable(_rdflib_parse(path, fmt)), f"{suffix} through rdflib"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=hostile_text,
    title=hostile_text,
    sentence=hostile_text,
    article_id=hostile_text,
    place=hostile_text,
    publisher=hostile_text,
)
@example(**WORST)
def test_hostile_strings_keep_their_text_and_give_valid_iris(name, title, sentence, article_id, place, publisher):
    result = _result(name, title, sentence, article_id, place, publisher)
    with tempfile.TemporaryDirectory() as tmp:
        graph = Graph() + load_graph(write_graph(_graph(result), Path(tmp) / "g.nt"))
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        ox.NamedNode(str(term))
        if str(term).startswith("https://w3id.org/kg-diplomacy/id/"):
            assert KGR_IRI.fullmatch(str(term)), term
    person = actor_iri(Actor(name, "person", "FRA"))
    article = article_iri(article_id)
    assert {str(o) for o in graph.objects(person, RDFS.label)} == {clean_text(name)}
    assert {str(o) for o in graph.objects(person, DIP.role)} == {clean_text(title)}
    assert {str(o) for o in graph.objects(None, NIF.anchorOf)} == {clean_text(sentence)}
    assert {str(o) for o in graph.objects(article, DIP.articleId)} == {clean_text(article_id)}
    assert {str(o) for o in graph.objects(article, SCHEMA.publisher)} == {clean_text(publisher)}
    assert {str(o) for o in graph.objects(None, DIP.location)} == {clean_text(place)}
    assert all(len(clean_text(s)) == len(s) for s in (name, sentence))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=hostile_text,
    title=hostile_text,
    sentence=hostile_text,
    article_id=hostile_text,
    place=hostile_text,
    publisher=hostile_text,
)
@example(**WORST)
def test_hostile_strings_still_meet_the_shapes(name, title, sentence, article_id, place, publisher):
    result = _result(name, title, sentence, article_id, place, publisher)
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in SYNTAXES:
            conforms, violations = validate_graph(load_graph(write_graph(_graph(result), Path(tmp) / f"g.{suffix}")))
            assert conforms, (suffix, violations)


def test_clean_text_replaces_only_what_no_syntax_can_carry():
    kept = "\"'\\<>&\n\r\t\x7f\x85\u2028\u202e\u05e9\U0001f600\ufeff"
    assert clean_text(kept) == kept
    assert clean_text("a\x00b\x07c\ud800d\udfffe\ufffef\uffff") == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffd"
