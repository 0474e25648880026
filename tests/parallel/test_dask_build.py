"""A build on a two-worker Dask cluster gives the graph one machine builds from the same articles."""

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph.rdf import document_triples
from kg.graph.store import add_triples, open_store
from kg.run.dask_build import build_with_dask
from kg.run.parallel import ArticleFailure, run_chunk
from kg.run.pipeline import BuildSummary


def plain_copy(graph):
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def test_dask_build_on_a_local_cluster_matches_the_single_machine_graph(nlp, sample_articles, tmp_path):
    articles = sample_articles(20)
    single = open_store()  # as `kg build` makes it on one machine
    for result in run_chunk(nlp, articles):
        assert not isinstance(result, ArticleFailure), result
        add_triples(single, document_triples(result))

    summary, skipped = BuildSummary(), []
    build = build_with_dask(
        articles, "local", tmp_path, shard_size=6, summary=summary, on_error=skipped.append, keep_shards=True
    )

    assert [s.articles for s in build.shards] == [6, 6, 6, 2]
    assert (build.articles, build.failures, skipped) == (20, [], [])
    assert sum(summary.events.values()) == build.events > 0
    assert summary.articles == 20
    assert sorted(p.name for p in (tmp_path / "shards").iterdir()) == [
        f"{n:05d}.{ext}" for n in range(4) for ext in ("jsonl", "nt")
    ]
    merged, single = plain_copy(build.graph), plain_copy(single)
    assert len(merged) == len(single) > 0
    assert isomorphic(merged, single)
