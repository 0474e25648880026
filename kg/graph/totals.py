"""Totals kept in the store, so that the named queries answer in milliseconds on large graphs.

Counting over every event takes Oxigraph hundreds of milliseconds at a million triples. So the
counting queries of kg/query/queries/totals/*.rq run once, when the graph has changed, and each result row
is stored as a node <TOTALS/NAME/i> of class tot:NAME with one tot:COLUMN value per column, in the
named graph TOTALS. The named queries (kg/query/queries/*.rq) read them there. Rows of days.rq also get
tot:newer, the number of events of their class on later dates (newest first by the date's text,
undated last; the undated row has tot:undated true), so that a list query can tell which days hold
the events of its page.

The totals describe the default graph as it was when they were counted: kg.graph.store.add_triples drops
them, `kg build` counts them again at the end, and kg.query.run_query counts them when a query reads
them and they are missing. Whatever changes a store by other means must call refresh_totals. The
data stays in the default graph: exports, kg validate, kg view and kg push never see the totals.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph.oxigraph import oxigraph_of
from kg.resources import QUERIES

TOTALS = "https://w3id.org/kg-diplomacy/totals"
TOT = TOTALS + "#"
_GRAPH = ox.NamedNode(TOTALS)
# Raised whenever the columns of kg/query/queries/totals/*.rq change, so that totals counted by an older kg are
# counted again rather than read with columns missing.
VERSION = "2"
_VERSION = ox.NamedNode(TOT + "version")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _store(target) -> ox.Store | None:
    if isinstance(target, ox.Store):
        return target
    return oxigraph_of(target)


def _newest_first(row: dict) -> tuple:
    date = row.get("date")
    return (date is not None, date.value if date is not None else "")


def _with_newer(rows: list[dict]) -> list[dict]:
    """Each day row with tot:newer: the events of its class on later dates (string order of the date)."""
    newer: dict = {}
    for row in sorted(rows, key=_newest_first, reverse=True):
        count = newer.get(row["class"], 0)
        row["newer"] = ox.Literal(count)
        if "date" not in row:
            row["undated"] = ox.Literal(True)
        newer[row["class"]] = count + int(row["events"].value)
    return rows


def refresh_totals(target) -> int:
    """Count again: replace the named graph TOTALS of `target` (a pyoxigraph Store or a kg graph).
    Returns the number of quads written; 0 for a graph not backed by Oxigraph."""
    store = _store(target)
    if store is None:
        return 0
    quads = [
        ox.Quad(_GRAPH, _RDF_TYPE, ox.NamedNode(TOT + "Totals"), _GRAPH),
        ox.Quad(_GRAPH, _VERSION, ox.Literal(VERSION), _GRAPH),
    ]
    for path in sorted((QUERIES / "totals").glob("*.rq")):
        name = path.stem
        result = store.query(path.read_text(encoding="utf-8"))
        assert isinstance(result, ox.QuerySolutions), f"{path}: a totals query must be a SELECT"
        columns = [v.value for v in result.variables]
        rows = [{c: row[c] for c in columns if row[c] is not None} for row in result]
        if name == "days":
            rows = _with_newer(rows)
        for number, row in enumerate(rows):
            node = ox.NamedNode(f"{TOTALS}/{name}/{number}")
            quads.append(ox.Quad(node, _RDF_TYPE, ox.NamedNode(TOT + name), _GRAPH))
            quads += [ox.Quad(node, ox.NamedNode(TOT + column), value, _GRAPH) for column, value in row.items()]
    drop_totals(store)
    store.extend(quads)
    return len(quads)


def drop_totals(target) -> None:
    store = _store(target)
    if store is not None and store.contains_named_graph(_GRAPH):
        store.remove_graph(_GRAPH)


def ensure_totals(target) -> None:
    """Count the totals if `target` has none (never counted, dropped by a change) or has an older kind."""
    store = _store(target)
    if store is None:
        return
    current = store.contains_named_graph(_GRAPH) and any(
        isinstance(q.object, ox.Literal) and q.object.value == VERSION
        for q in store.quads_for_pattern(_GRAPH, _VERSION, None, _GRAPH)
    )
    if not current:
        refresh_totals(store)
