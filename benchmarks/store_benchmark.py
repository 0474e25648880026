"""Throughput of the RDF stages at scale, without spaCy: map, bulk add, write and load.

    .venv/bin/python benchmarks/store_benchmark.py --triples 1000000
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from pathlib import Path

from kg.graph.export import write_graph
from kg.model import Actor, Article, DocumentResult, Event, Evidence
from kg.graph.rdf import document_triples
from kg.graph.store import add_triples, close_graph, load_graph, open_store

COUNTRIES = ["RUS", "FRA", "USA", "CHN", "IRQ", "DEU", "IND", "BRA", "ZAF", "TUR"]
TYPES = ["visit", "meeting", "condemnation", "cooperation"]


def synthetic_results(seed: int = 1):
    """Endless articles of four events each among a few thousand people and ten countries."""
    rng = random.Random(seed)
    i = 0
    while True:
        article = Article(f"bench-{i}", "", "2024-05-01", "Bench Wire", f"https://example.org/{i}")
        events = []
        for j in range(4):
            source = Actor(f"Person {rng.randrange(5000)}", "person", rng.choice(COUNTRIES), "Minister")
            code = rng.choice(COUNTRIES)
            target = Actor(code, "country", code)
            sentence = f'Sentence {i}.{j}: a "quoted" statement about talks and a visit.'
            events.append(Event(
                rng.choice(TYPES), source, target, "visited", Evidence(sentence, j * 100, j * 100 + len(sentence)),
                location="Capital", date=f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                cameo="042", plover="CONSULT", confidence=0.8,
            ))  # fmt: skip
        yield DocumentResult(article, events, [])
        i += 1


def rate(count: int, seconds: float) -> str:
    return f"{count:,} in {seconds:.2f}s = {count / seconds:,.0f}/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()

    start = time.perf_counter()
    triples: dict = {}
    for result in synthetic_results():
        triples.update(dict.fromkeys(document_triples(result)))
        if len(triples) >= args.triples:
            break
    unique = list(triples)[: args.triples]
    del triples
    print(f"document_triples (distinct)   {rate(len(unique), time.perf_counter() - start)}")

    with tempfile.TemporaryDirectory() as tmp:
        for spec in ("memory", f"oxigraph:{tmp}/store"):
            graph = open_store(spec)
            start = time.perf_counter()
            add_triples(graph, unique)
            print(f"add_triples {spec.split(':')[0]:<17} {rate(len(graph), time.perf_counter() - start)}")
            if spec != "memory":
                close_graph(graph)
                del graph
                gc.collect()
        graph = open_store()
        add_triples(graph, unique)
        del unique
        gc.collect()
        for suffix in ("nt", "ttl", "trig", "jsonld"):
            path = Path(tmp) / f"graph.{suffix}"
            start = time.perf_counter()
            write_graph(graph, path)
            print(f"write_graph .{suffix:<16} {rate(len(graph), time.perf_counter() - start)}"
                  f"  ({path.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
            start = time.perf_counter()
            loaded = load_graph(path)
            print(f"load_graph .{suffix:<17} {rate(len(loaded), time.perf_counter() - start)}")
            del loaded
            gc.collect()


if __name__ == "__main__":
    main()
