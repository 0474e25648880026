"""Whatever characters an article holds, every syntax we write reads back to the same graph."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.export import write_graph
from kg.model import Actor, Article, DocumentResult, Event, Evidence
from kg.rdf import document_triples
from kg.store import add_triples, load_graph, open_store

any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), min_size=1, max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=any_text, sentence=any_text, article_id=any_text, place=any_text)
def test_any_text_round_trips_in_every_format(name, sentence, article_id, place):
    event = Event(
        "meeting", Actor(name, "person", "FRA", role=place), Actor(name, "organization"), sentence[:5],
        Evidence(sentence, 0, len(sentence)), location=place,
    )
    graph = open_store()
    add_triples(graph, document_triples(DocumentResult(Article(article_id, sentence), [event], [])))
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("ttl", "nt", "jsonld", "trig"):
            again = load_graph(write_graph(graph, Path(tmp) / f"g.{suffix}"))
            assert isomorphic(Graph() + graph, Graph() + again), suffix
