import pytest

from kg.graph.rdf import document_triples
from kg.graph.store import GraphLoadError, add_triples, close_graph, load_graph, open_store


def test_adding_the_same_triples_twice_adds_nothing(results):
    graph = open_store()
    triples = [t for r in results for t in document_triples(r)]
    add_triples(graph, triples)
    size = len(graph)
    add_triples(graph, triples)
    add_triples(graph, document_triples(results[0]))
    assert size > 50 and len(graph) == size


def test_bulk_add_equals_one_by_one(results):
    triples = [t for r in results for t in document_triples(r)]
    bulk, single = open_store(), open_store()
    add_triples(bulk, triples)
    for triple in triples:
        single.add(triple)
    assert set(bulk) == set(single)


def test_persistent_store_keeps_triples_across_opens(results, tmp_path):
    spec = f"oxigraph:{tmp_path / 'store'}"
    graph = open_store(spec)
    add_triples(graph, document_triples(results[0]))
    size = len(graph)
    close_graph(graph)
    reopened = load_graph(spec)
    assert len(reopened) == size > 0


def test_load_graph_reads_each_format(sample_graph, tmp_path):
    from kg.graph.export import write_graph

    for suffix in ("ttl", "nt", "jsonld", "trig"):
        path = write_graph(sample_graph, tmp_path / f"g.{suffix}")
        assert len(load_graph(path)) == len(sample_graph)


def test_load_graph_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(GraphLoadError, match="bad.ttl.*syntax error"):
        load_graph(bad)
    with pytest.raises(GraphLoadError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")
    with pytest.raises(GraphLoadError, match="unknown RDF file suffix"):
        load_graph(tmp_path / "graph.docx")
    with pytest.raises(GraphLoadError, match="no Oxigraph store"):
        load_graph(f"oxigraph:{tmp_path / 'nothing'}")


def test_named_graphs_of_a_trig_file_are_merged(tmp_path):
    path = tmp_path / "g.trig"
    path.write_text("<http://e/a> <http://e/p> 1 .\n<http://e/g> { <http://e/b> <http://e/p> 2 . }\n")
    assert len(load_graph(path)) == 2
