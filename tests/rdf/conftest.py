"""Fixtures shared by tests/rdf, tests/store and tests/query: a small graph built without spaCy."""

import importlib.util
import sys
from pathlib import Path

import pytest


def _load(name: str, path: Path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_samples = _load("kg_test_samples", Path(__file__).with_name("samples.py"))


@pytest.fixture
def samples():
    return _samples


@pytest.fixture
def results():
    return _samples.sample_results()


@pytest.fixture
def sample_graph(results):
    from kg.graph.rdf import document_triples
    from kg.graph.store import add_triples, open_store

    graph = open_store()
    for result in results:
        add_triples(graph, document_triples(result))
    return graph


@pytest.fixture
def sample_ttl(sample_graph, tmp_path):
    from kg.graph.export import write_graph

    return write_graph(sample_graph, tmp_path / "graph.ttl")
