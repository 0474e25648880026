import pytest
from serve_helpers import write_graph


@pytest.fixture(scope="session")
def graph_file(tmp_path_factory):
    """A Turtle graph in the kg vocabulary: one visit with its actors and evidence, 3000 articles."""
    return write_graph(tmp_path_factory.mktemp("serve") / "graph.ttl")
