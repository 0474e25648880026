import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph.export import atomic_write_text, atomic_writer, write_graph
from kg.graph.store import load_graph

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.mark.parametrize("suffix", ["ttl", "nt", "jsonld", "trig"])
def test_round_trip_is_isomorphic(sample_graph, tmp_path, suffix):
    path = write_graph(sample_graph, tmp_path / f"graph.{suffix}")
    again = load_graph(path)
    assert isomorphic(Graph() + sample_graph, Graph() + again)


@pytest.mark.parametrize(
    ("suffix", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")]
)
def test_rdflib_parses_what_we_write(sample_graph, tmp_path, suffix, rdflib_format):
    """A second, independent parser: ugly literals (quotes, newlines, emoji) survive."""
    path = write_graph(sample_graph, tmp_path / f"graph.{suffix}")
    if rdflib_format == "trig":
        from rdflib import Dataset

        parsed = Dataset().parse(path, format="trig")
        assert len(parsed) == len(sample_graph)
    else:
        parsed = Graph().parse(path, format=rdflib_format)
        assert len(parsed) == len(sample_graph)
    text = path.read_text(encoding="utf-8")
    assert "\ud800" not in text and "\x07" not in text


def test_turtle_binds_the_contract_prefixes(sample_graph, tmp_path):
    text = write_graph(sample_graph, tmp_path / "graph.ttl").read_text()
    assert "@prefix dip: <https://w3id.org/kg-diplomacy/ontology#>" in text
    assert "@prefix kgr: <https://w3id.org/kg-diplomacy/id/>" in text


def test_explicit_format_overrides_the_suffix(sample_graph, tmp_path):
    path = write_graph(sample_graph, tmp_path / "graph.txt", fmt="nt")
    assert path.read_text().startswith("<https://w3id.org/kg-diplomacy/id/")


def test_unknown_format_is_refused(sample_graph, tmp_path):
    with pytest.raises(ValueError, match="suffix"):
        write_graph(sample_graph, tmp_path / "graph.docx")
    with pytest.raises(ValueError, match="unknown RDF format"):
        write_graph(sample_graph, tmp_path / "graph.ttl", fmt="xml")


def test_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.txt"
    atomic_write_text(path, "old content")
    with pytest.raises(RuntimeError):
        with atomic_writer(path) as handle:
            handle.write("half of the new")
            raise RuntimeError("interrupted")
    assert path.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failed_graph_write_leaves_the_old_graph(sample_graph, tmp_path, monkeypatch):
    import pyoxigraph

    path = write_graph(sample_graph, tmp_path / "graph.ttl")
    before = path.read_bytes()

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pyoxigraph, "serialize", broken)
    monkeypatch.setattr(pyoxigraph.Store, "dump", broken, raising=False)
    with pytest.raises(OSError):
        write_graph(sample_graph, path)
    assert path.read_bytes() == before
    assert len(list(tmp_path.iterdir())) == 1


def test_new_file_gets_normal_permissions(tmp_path):
    import os

    path = tmp_path / "f.txt"
    atomic_write_text(path, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
