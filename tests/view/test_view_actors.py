"""Only actors that take part in events are drawn and offered by the country filter; each report says the
extraction rule that read it."""

import dataclasses

from view_graphs import graph_of, sample_results

from kg.graph.rdf import actor_triples
from kg.model import Actor, DocumentResult
from kg.view import write_html
from kg.view.data import read_view_data
from kg.view.render import build_payload

KGR = "https://w3id.org/kg-diplomacy/id/"
DATELINE = Actor("ABUJA -", "organization", None)
SAHEL = Actor("Sahel", "person", "MLI")
PARK = Actor("Uhuru Park", "organization", "KEN")


def _with_mentions():
    results = sample_results()
    first = results[0]
    results[0] = DocumentResult(first.article, first.events, [*first.entities, DATELINE, SAHEL, PARK])
    return results


def test_mentions_that_are_no_party_are_not_actors_of_the_graph():
    graph = graph_of(_with_mentions())
    for mention in ("org/abuja", "person/sahel--MLI", "org/uhuru-park", "country/MLI", "country/KEN"):
        assert not list(graph.triples((_iri(mention), None, None))), mention


def test_the_view_leaves_out_actors_of_no_event_and_their_countries():
    graph = graph_of(sample_results())
    for actor in (DATELINE, SAHEL, PARK):  # a graph of an older kg, which kept every mention
        for triple in actor_triples(actor):
            graph.add(triple)
    nodes, events = read_view_data(graph)
    labels = {node["label"] for node in nodes.values()}
    assert not labels & {"ABUJA -", "Sahel", "Uhuru Park", "Mali", "Kenya", "MLI", "KEN"}
    payload = build_payload(nodes, events)
    parties = {e["s"] for e in payload["events"]} | {e["o"] for e in payload["events"] if "o" in e}
    countries_offered = [i for i, node in enumerate(payload["nodes"]) if node["kind"] == "country"]
    homes = {node.get("c") for node in payload["nodes"]}
    assert all(i in parties or i in homes for i in countries_offered)


def _ruled_results():
    results = sample_results()
    first = results[0]
    events = [dataclasses.replace(first.events[0], rule="visit.land")] + first.events[1:]
    results[0] = DocumentResult(first.article, events, first.entities)
    return results


def test_each_report_in_the_view_names_its_rule():
    nodes, view_events = read_view_data(graph_of(_ruled_results()))
    payload = build_payload(nodes, view_events)
    rules = [pair[2] for e in payload["events"] for pair in e["ev"] if len(pair) > 2]
    assert rules == ["visit.land"]


def test_the_tooltip_shows_the_rule(open_page, tmp_path):
    path = tmp_path / "page.html"
    write_html(graph_of(_ruled_results()), path)
    page, _ = open_page(path)
    tip = page.evaluate("""() => {
        const d = kgView.data, v = d.nodes.findIndex(n => n.label === 'Pavel Volkov');
        const edge = d.edges.findIndex(g => g.s === v && g.t === 'visit');
        const box = document.createElement('div');
        box.append(kgView.tooltipFor('edge', 'e' + edge));
        return box.innerText || box.textContent; }""")
    assert "read by rule visit.land" in tip and "landed in Baghdad" in tip


def _iri(path):
    from rdflib import URIRef

    return URIRef(KGR + path)
