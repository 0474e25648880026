"""The view's reading of an RDF graph (SPARQL in kg/view/*.rq) and its node and edge lists."""

from rdflib import Graph, Literal, URIRef
from view_graphs import sample_graph, sample_results, view_data_of

from kg.view.data import read_view_data, safe_url
from kg.view.render import build_payload, fold_to_countries

DIP = "https://w3id.org/kg-diplomacy/ontology#"
KGR = "https://w3id.org/kg-diplomacy/id/"


def by_label(payload, label):
    return next(i for i, n in enumerate(payload["nodes"]) if n["label"] == label)


def test_reads_every_actor_and_event_of_the_sample():
    nodes, events = read_view_data(sample_graph())
    assert len(nodes) == 13
    assert len(events) == 12
    volkov = nodes[KGR + "person/pavel-volkov--RUS"]
    assert volkov["kind"] == "person"
    assert volkov["country"] == KGR + "country/RUS"
    assert volkov["roles"] == ["Defence Minister"]
    declined = next(e for e in events if e["polarity"] == "negative")
    assert declined["type"] == "condemnation"
    assert declined["evidence"][0]["sentence"] == "Berlin declined to condemn the decision."
    assert declined["evidence"][0]["url"] == "https://news.example.org/a2"


def test_sparql_reading_agrees_with_the_direct_builder_of_the_tests():
    nodes, events = read_view_data(sample_graph(xss=True))
    direct_nodes, direct_events = view_data_of(sample_results(xss=True))
    assert sorted(nodes) == sorted(direct_nodes)
    assert sorted(e["iri"] for e in events) == sorted(e["iri"] for e in direct_events)


def test_javascript_article_url_is_dropped_but_the_article_id_stays():
    _, events = read_view_data(sample_graph())
    second_visit = next(e for e in events if e["evidence"][0]["article"] == "a4" and e["type"] == "visit")
    assert second_visit["evidence"][0]["url"] is None


def test_safe_url_keeps_only_http_and_https():
    assert safe_url("https://example.org/x") == "https://example.org/x"
    assert safe_url("HTTP://example.org") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//example.org", "file:///etc/passwd", "", None, "http://"):
        assert safe_url(bad) is None


def test_actor_named_by_an_event_but_not_described_gets_a_placeholder_node():
    graph = Graph()
    event = URIRef(KGR + "event/visit/0000000000000001")
    graph.add((event, URIRef(DIP + "source"), URIRef(KGR + "person/ann-lee--FRA")))
    graph.add((event, URIRef(DIP + "eventType"), Literal("visit")))
    nodes, events = read_view_data(graph)
    assert nodes[KGR + "person/ann-lee--FRA"]["kind"] == "person"
    assert nodes[KGR + "person/ann-lee--FRA"]["label"] == "Ann Lee"
    assert events[0]["polarity"] == "positive" and events[0]["modality"] == "asserted"


def test_events_between_the_same_pair_make_one_edge_that_lists_each():
    payload = build_payload(*read_view_data(sample_graph()))
    volkov, iraq = by_label(payload, "Pavel Volkov"), by_label(payload, "Iraq")
    visits = [g for g in payload["edges"] if (g["s"], g["o"], g["t"]) == (volkov, iraq, "visit")]
    assert len(visits) == 1 and len(visits[0]["e"]) == 2
    assert len(payload["edges"]) == 10
    assert sorted(payload["members"]) == sorted(
        [
            [by_label(payload, p), by_label(payload, c)]
            for p, c in (
                ("Pavel Volkov", "Russia"),
                ("Karim Hassan", "Iraq"),
                ("Claire Lemaire", "France"),
                ("Wei Lan", "China"),
                ("Northern Council", "Germany"),
            )
        ]
    )


def test_edges_of_different_modality_between_a_pair_are_curved_apart():
    nodes, events = read_view_data(sample_graph())
    extra = dict(events[0], iri="x", modality="planned", polarity="negative")
    first = build_payload(nodes, [e for e in events if e["source"] == events[0]["source"]] + [extra])
    ks = sorted(
        g["k"] for g in first["edges"] if (g["s"], g.get("o")) == (first["edges"][0]["s"], first["edges"][0]["o"])
    )
    assert ks == list(range(len(ks)))


def test_country_level_folds_people_and_organisations_into_their_country():
    nodes, events = read_view_data(sample_graph())
    folded_nodes, folded_events = fold_to_countries(nodes, events)
    assert {n["kind"] for n in folded_nodes.values()} == {"country", "organization"}
    assert [n["label"] for n in folded_nodes.values() if n["kind"] == "organization"] == ["United Nations"]
    payload = build_payload(nodes, events, level="country")
    russia, iraq = by_label(payload, "Russia"), by_label(payload, "Iraq")
    visit = next(g for g in payload["edges"] if (g["s"], g["o"], g["t"]) == (russia, iraq, "visit"))
    assert [payload["events"][k]["sn"] for k in visit["e"]] == ["Pavel Volkov", "Pavel Volkov"]
    assert payload["members"] == []


def test_node_size_grows_with_the_events_touching_it():
    payload = build_payload(*read_view_data(sample_graph()))
    iraq, germany = payload["nodes"][by_label(payload, "Iraq")], payload["nodes"][by_label(payload, "Germany")]
    assert iraq["n"] == 4 and germany["n"] == 1
    assert iraq["size"] > germany["size"]
