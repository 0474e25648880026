"""The pyoxigraph Store behind a kg graph, and the `oxigraph:DIR` spec that names an on-disk one.

kg's graphs are rdflib Graphs over oxrdflib's OxigraphStore. oxrdflib offers no public way back to the
pyoxigraph Store it wraps, so kg wraps it in OxigraphBacked, which keeps the Store it was given: the
loaders, dumpers and SPARQL engine of pyoxigraph then work on the same triples as the rdflib API.
"""

from __future__ import annotations

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

SPEC_PREFIX = "oxigraph:"  # "oxigraph:DIR": a persistent store in DIR


class OxigraphBacked(OxigraphStore):
    """oxrdflib's store, holding on to its pyoxigraph Store; `persistent` for one on disk."""

    def __init__(self, store: ox.Store, persistent: bool = False):
        super().__init__(store=store)
        self.oxigraph: ox.Store | None = store
        self.persistent = persistent

    def close(self, commit_pending_transaction: bool = False) -> None:
        """Flush and let go of the Store, so that another process (or kg) can open its directory."""
        if self.oxigraph is not None:
            self.oxigraph.flush()
            self.oxigraph = None
        super().close(commit_pending_transaction)


def oxigraph_of(graph) -> ox.Store | None:
    """The pyoxigraph Store behind `graph`, or None when it is not Oxigraph-backed."""
    store = getattr(graph, "store", None)
    return store.oxigraph if isinstance(store, OxigraphBacked) else None


def graph_name(graph: Graph) -> ox.DefaultGraph | ox.BlankNode | ox.NamedNode:
    """The name of `graph` in its Oxigraph dataset."""
    if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(graph.identifier, BNode):
        return ox.BlankNode(str(graph.identifier))
    return ox.NamedNode(str(graph.identifier))
