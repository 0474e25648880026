"""N-Triples, kg's one writer of it: rdflib triples to lines (for Oxigraph's fast parser and the Dask
shards) and a whole graph to bytes (for kg push and kg validate)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.graph.oxigraph import graph_name, oxigraph_of

BATCH = 200_000


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _term(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.language:
            return f'"{_escape(str(term))}"@{term.language}'
        if term.datatype:
            return f'"{_escape(str(term))}"^^<{term.datatype}>'
        return f'"{_escape(str(term))}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def ntriples_lines(triples: Iterable[tuple], cache: dict | None = None) -> Iterator[str]:
    """N-Triples lines for rdflib triples; pass the same `cache` across calls to convert each term once
    (IRIs repeat a lot)."""
    cache = {} if cache is None else cache
    for s, p, o in triples:
        try:
            yield f"{cache[s]} {cache[p]} {cache[o]} .\n"
        except KeyError:
            for term in (s, p, o):
                if term not in cache:
                    cache[term] = _term(term)
            yield f"{cache[s]} {cache[p]} {cache[o]} .\n"


def ntriples_chunks(triples: Iterable[tuple], size: int = BATCH) -> Iterator[bytes]:
    """UTF-8 N-Triples in chunks of `size` triples."""
    cache: dict = {}
    lines: list[str] = []
    for line in ntriples_lines(triples, cache):
        lines.append(line)
        if len(lines) >= size:
            yield "".join(lines).encode("utf-8", errors="replace")
            lines = []
            if len(cache) > 4 * size:
                cache.clear()
    if lines:
        yield "".join(lines).encode("utf-8", errors="replace")


def graph_ntriples(graph: Graph) -> bytes:
    """Every triple of `graph` as UTF-8 N-Triples (Oxigraph's dumper when it backs the graph)."""
    store = oxigraph_of(graph)
    if store is not None:
        return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph_name(graph)) or b""
    return b"".join(ntriples_chunks(graph))
