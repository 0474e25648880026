"""Build a graph on a Dask cluster: article shards in, N-Triples shards out, merged by the driver.

Following spaCy's advice for clusters: the input is cut into files of `shard_size` articles,
each task reads one shard, extracts it with a model loaded once per worker process and writes
an N-Triples file next to it, disk to disk; only the file's path and counts travel back. The
driver then bulk-loads the N-Triples files into the store. On a real cluster `outdir` must be
on storage every worker can read and write (a shared file system).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Article

SHARD_SIZE = 500


@dataclass(frozen=True)
class ShardResult:
    articles_path: str
    triples_path: str
    articles: int
    events: int
    triples: int
    failures: tuple = ()  # kg.run.parallel.ArticleFailure of each skipped article
    summary: object = None  # kg.run.pipeline.BuildSummary of the shard


@dataclass
class DaskBuild:
    """What build_with_dask made: the merged graph and, shard by shard, what went into it."""

    graph: object  # rdflib Graph over an Oxigraph store (kg.graph.store.open_store)
    shards: list[ShardResult] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(s.articles for s in self.shards)

    @property
    def events(self) -> int:
        return sum(s.events for s in self.shards)

    @property
    def failures(self) -> list:
        return [f for s in self.shards for f in s.failures]


def build_with_dask(
    inputs: Iterable[Article | str | os.PathLike],
    scheduler: str,
    outdir: str | os.PathLike,
    shard_size: int = SHARD_SIZE,
    store: str | None = None,
    graph=None,
    summary=None,
    on_error=None,
    batch_size: int = 64,
    keep_shards: bool = False,
    known_people: bool = True,
) -> DaskBuild:
    """Extract `inputs` on a Dask cluster and load the result into a store.

    inputs: Articles, or article files and folders (read with kg.read.articles.read_articles).
    scheduler: "local" starts a LocalCluster of two single-threaded worker processes on this
        machine; anything else is a scheduler address such as "tcp://10.0.0.5:8786".
    outdir: gets shards/NNNNN.jsonl (input) and shards/NNNNN.nt (triples) for each shard; they hold a copy of
        every article's text, and are deleted once loaded (or after a failure) unless keep_shards.
    store: a kg.graph.store spec for the merged graph (default: Oxigraph in memory), or
    graph: an open graph (kg.graph.store.open_store) to add the triples to instead.
    summary: a kg.run.pipeline.BuildSummary to add the shards' counts to.
    on_error: called with the kg.run.parallel.ArticleFailure of each skipped article.
    Returns a DaskBuild with the graph, and per shard the counts and the skipped articles.
    """
    from dask.distributed import Client

    shard_dir = Path(outdir) / "shards"
    shard_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        cluster = _local_cluster() if scheduler == "local" else None
        client = Client(cluster if cluster is not None else scheduler)
        try:
            futures = []
            for path in write_shards(_articles(inputs), shard_dir, shard_size):
                written += [path, path.with_suffix(".nt")]
                futures.append(
                    client.submit(
                        extract_shard, str(path), str(path.with_suffix(".nt")), batch_size, known_people, pure=False
                    )
                )
            shards = client.gather(futures)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        if graph is None:
            from kg.graph.store import open_store

            graph = open_store(store)
        merge_shards([s.triples_path for s in shards], graph)
    finally:
        if not keep_shards:
            remove_shards(written, shard_dir)
    for shard in shards:
        if summary is not None:
            add_summary(summary, shard.summary)
        for failure in shard.failures:
            if on_error is not None:
                on_error(failure)
    return DaskBuild(graph=graph, shards=shards)


def remove_shards(paths: Iterable[Path], shard_dir: Path) -> None:
    """Delete the shard files (and their temp files), then the shards folder if nothing else is in it."""
    for path in paths:
        for leftover in (path, Path(f"{path}.tmp")):
            leftover.unlink(missing_ok=True)
    try:
        shard_dir.rmdir()
    except OSError:
        pass


def add_summary(total, part) -> None:
    """Add a shard's BuildSummary to the build's."""
    total.articles += part.articles
    for kind, actors in part.actors.items():
        total.actors.setdefault(kind, set()).update(actors)
    total.events.update(part.events)


def _local_cluster():
    from dask.distributed import LocalCluster

    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address=None,
    )


def _articles(inputs: Iterable) -> Iterable[Article]:
    for item in inputs:
        if isinstance(item, Article):
            yield item
        else:
            from kg.read.articles import ReadReport, read_articles

            yield from read_articles([item], ReadReport())


def write_shards(articles: Iterable[Article], shard_dir: Path, shard_size: int) -> Iterator[Path]:
    """JSONL files of `shard_size` articles each, in input order, each yielded once written."""
    from kg.run.parallel import chunked

    for number, chunk in enumerate(chunked(articles, shard_size)):
        path = shard_dir / f"{number:05d}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for a in chunk:
                record = {
                    "id": a.id,
                    "text": a.text,
                    "published": a.published,
                    "source": a.source,
                    "url": a.url,
                    "origin": a.origin,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        yield path


def read_shard(path: str | Path) -> list[Article]:
    with open(path, encoding="utf-8") as lines:
        return [Article(**json.loads(line)) for line in lines if line.strip()]


_nlp: dict[bool, object] = {}
_nlp_lock = threading.Lock()


def worker_nlp(known_people: bool = True):
    """The model of this worker process, loaded by its first task."""
    with _nlp_lock:
        if known_people not in _nlp:
            from kg.nlp import load

            _nlp[known_people] = load(known_people)
    return _nlp[known_people]


def extract_shard(
    articles_path: str, triples_path: str, batch_size: int = 64, known_people: bool = True
) -> ShardResult:
    """One Dask task: a JSONL shard of articles in, an N-Triples file out."""
    from kg.graph.ntriples import ntriples_lines
    from kg.graph.rdf import document_triples
    from kg.run.parallel import ArticleFailure, run_chunk
    from kg.run.pipeline import BuildSummary

    articles = read_shard(articles_path)
    events = triples = 0
    failures = []
    summary = BuildSummary()
    cache: dict = {}
    tmp = f"{triples_path}.tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        for outcome in run_chunk(worker_nlp(known_people), articles, batch_size):
            if isinstance(outcome, ArticleFailure):
                failures.append(outcome)
                continue
            summary.add(outcome)
            events += len(outcome.events)
            for line in ntriples_lines(document_triples(outcome), cache):
                out.write(line)
                triples += 1
    os.replace(tmp, triples_path)
    return ShardResult(articles_path, triples_path, len(articles), events, triples, tuple(failures), summary)


def merge_shards(paths: Iterable[str], graph) -> None:
    """Bulk-load N-Triples files into the store behind `graph` (kg.graph.store.open_store)."""
    import pyoxigraph as ox

    from kg.graph.oxigraph import graph_name, oxigraph_of
    from kg.graph.store import add_triples
    from kg.graph.totals import drop_totals

    oxigraph = oxigraph_of(graph)
    drop_totals(graph)
    for path in paths:
        if oxigraph is not None:
            oxigraph.bulk_load(path=path, format=ox.RdfFormat.N_TRIPLES, to_graph=graph_name(graph))
        else:
            from rdflib import Graph

            add_triples(graph, Graph().parse(path, format="nt"))
