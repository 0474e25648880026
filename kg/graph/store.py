"""Open, fill and load graphs behind rdflib's API, backed by Oxigraph.

Specs: None or "memory" is an in-memory Oxigraph store; "oxigraph:DIR" a persistent one in DIR.
The rdflib Graph returned always views the store's default graph, so pyoxigraph's own loaders,
dumpers and SPARQL engine see the same triples.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from string import Template

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.graph.ntriples import ntriples_chunks, ntriples_lines
from kg.graph.oxigraph import SPEC_PREFIX, OxigraphBacked, graph_name, oxigraph_of
from kg.graph.rdf import bind_prefixes
from kg.graph.totals import drop_totals

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


class GraphLoadError(ValueError):
    """A graph file or store that cannot be opened; the message names it."""


def _wrap(store: ox.Store, persistent: bool = False) -> Graph:
    graph = Graph(store=OxigraphBacked(store, persistent), identifier=DATASET_DEFAULT_GRAPH_ID)
    bind_prefixes(graph)
    return graph


def open_store(spec: str | None = None) -> Graph:
    if spec is None or spec == "memory":
        return _wrap(ox.Store())
    if spec.startswith(SPEC_PREFIX):
        directory = Path(spec[len(SPEC_PREFIX) :])
        directory.mkdir(parents=True, exist_ok=True)
        try:
            return _wrap(ox.Store(str(directory)), persistent=True)
        except OSError as exc:
            raise GraphLoadError(f"{directory}: cannot open the Oxigraph store: {exc}") from None
    raise GraphLoadError(f"{spec}: not a store spec (use 'memory' or 'oxigraph:DIR')")


def close_graph(graph: Graph) -> None:
    """Flush and release the store, so another process (or open_store) can open the same directory."""
    graph.close()


def add_triples(graph: Graph, triples: Iterable[tuple]) -> None:
    """Add many triples at once.

    Into Oxigraph they go as N-Triples batches through its parser, several times faster than one
    Quad object per triple (on-disk stores use its bulk loader, not transactional); a helper thread
    loads one batch (Oxigraph releases the GIL) while the next is being written. The store's totals
    (kg.graph.totals) no longer hold, so they are dropped.
    """
    store = oxigraph_of(graph)
    if store is None:
        graph.addN((s, p, o, graph) for s, p, o in triples)
        return
    drop_totals(store)  # counted again when next needed (kg.graph.totals)
    target = graph_name(graph)
    persistent = isinstance(graph.store, OxigraphBacked) and graph.store.persistent
    load = store.bulk_load if persistent else store.load
    with ThreadPoolExecutor(max_workers=1) as loader:
        pending = None
        for chunk in ntriples_chunks(triples):
            if pending is not None:
                pending.result()
            pending = loader.submit(load, chunk, format=ox.RdfFormat.N_TRIPLES, to_graph=target)
        if pending is not None:
            pending.result()


def format_of(path: str | Path) -> ox.RdfFormat:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise GraphLoadError(f"{path}: unknown RDF file suffix {suffix or '(none)'} (known: {known})")
    return FORMATS[suffix]


def load_graph(path_or_spec: str | Path) -> Graph:
    """A file (format from its suffix) loaded into an in-memory Oxigraph store, or an oxigraph:DIR store.

    Quads of named graphs in TriG / N-Quads files are merged into the default graph.
    """
    spec = str(path_or_spec)
    if spec.startswith(SPEC_PREFIX):
        directory = Path(spec[len(SPEC_PREFIX) :])
        if not directory.is_dir():
            raise GraphLoadError(f"{directory}: no Oxigraph store there")
        return open_store(spec)
    path = Path(spec)
    fmt = format_of(path)
    if not path.is_file():
        raise GraphLoadError(f"{path}: no such file")
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
        if fmt.supports_datasets and next(store.named_graphs(), None) is not None:
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } ; DROP NAMED")
    except SyntaxError as exc:
        raise GraphLoadError(f"{path}: {fmt.name} syntax error: {exc}") from None
    except (OSError, ValueError) as exc:
        raise GraphLoadError(f"{path}: cannot read: {exc}") from None
    return _wrap(store)


# ---- articles read again ----

_DIP = "https://w3id.org/kg-diplomacy/ontology#"
_TEXT_DIGEST = ox.NamedNode(_DIP + "textDigest")

_REPLACE_PARTS = Template("""
PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?event ?node WHERE {
  ?evidence prov:wasDerivedFrom $article .
  ?event dip:evidence ?evidence .
  OPTIONAL { ?event dip:source|dip:target|prov:wasGeneratedBy|(dip:source|dip:target)/dip:country ?node }
}
""")
# Run in one transaction, in this order: the article's evidence goes, then the events left with no
# evidence, then the nodes no remaining event points to (twice: a country may be left alone only once its
# people are gone), then the article; then its new triples come in.
_REPLACE = Template("""
PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
DELETE { ?evidence ?p ?o . ?event dip:evidence ?evidence }
WHERE { ?evidence prov:wasDerivedFrom $article ; ?p ?o . OPTIONAL { ?event dip:evidence ?evidence } } ;
DELETE { ?event ?p ?o }
WHERE { VALUES ?event { $events } FILTER NOT EXISTS { ?event dip:evidence ?any } ?event ?p ?o } ;
$orphans ;
$orphans ;
DELETE WHERE { $article ?p ?o } ;
INSERT DATA { $triples }
""")
_ORPHANS = Template("""DELETE { ?node ?p ?o } WHERE {
  VALUES ?node { $nodes }
  FILTER NOT EXISTS { ?user dip:source|dip:target|prov:wasGeneratedBy ?node }
  FILTER NOT EXISTS { ?user dip:country ?node FILTER (?user != ?node) }
  ?node ?p ?o
}""")


def article_state(graph: Graph, article_id: str, digest: str) -> str:
    """ "new" when the graph has no article `article_id`, "same" when it was built from a text with this
    digest (kg.graph.rdf.text_digest), "changed" otherwise (another text, or a graph from before digests)."""
    from kg.graph.rdf import article_iri

    node = article_iri(article_id)
    store = oxigraph_of(graph)
    if store is None:
        if (node, None, None) not in graph:
            return "new"
        old = graph.value(node, URIRef(_TEXT_DIGEST.value))
        return "same" if old is not None and str(old) == digest else "changed"
    quads = list(store.quads_for_pattern(ox.NamedNode(str(node)), None, None, graph_name(graph)))
    if not quads:
        return "new"
    stored = next(
        (q.object.value for q in quads if q.predicate == _TEXT_DIGEST and isinstance(q.object, ox.Literal)), None
    )
    return "same" if stored == digest else "changed"


def replace_article(graph: Graph, article_id: str, triples: Iterable[tuple]) -> None:
    """Replace all that article `article_id` asserted (its evidence, the events only it reported, the
    actors and rules only those events named) by `triples`, in one transaction."""
    from kg.graph.rdf import article_iri

    store = oxigraph_of(graph)
    if store is None or not isinstance(graph_name(graph), ox.DefaultGraph):
        raise ValueError("replacing an article needs the default graph of an Oxigraph store")
    article = f"<{article_iri(article_id)}>"
    events, nodes = set(), set()
    rows = store.query(_REPLACE_PARTS.substitute(article=article))
    assert isinstance(rows, ox.QuerySolutions)  # a SELECT query
    for row in rows:
        events.add(str(row["event"]))
        if row["node"] is not None:
            nodes.add(str(row["node"]))
    update = _REPLACE.substitute(
        article=article,
        events=" ".join(sorted(events)),
        orphans=_ORPHANS.substitute(nodes=" ".join(sorted(nodes))),
        triples="".join(ntriples_lines(triples)),
    )
    drop_totals(store)
    store.update(update)
