"""One person, one node: a person read without a country joins the person of the same name who has one.

kg.graph.rdf mints kgr:person/<slug>--<ISO> for a person whose country was found and kgr:person/<slug>--x for
one whose country was not. After a build, each --x node whose name belongs to exactly one countried
person of the store is folded into that person, in one transaction. A name held by people of two
countries stays apart (the --x node too: it could be either); `kg stats` lists such names.

The events of a folded node get the IRIs they would have had with the country (kg.graph.rdf.event_key_iri),
so that the same event told with and without the country is one node, as when both had it.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg.graph.oxigraph import graph_name, oxigraph_of
from kg.graph.rdf import DIP, KGR, PROV, event_key_iri, evidence_iri
from kg.graph.totals import drop_totals

_PERSON = str(KGR) + "person/"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_N = {
    name: ox.NamedNode(str(DIP) + name)
    for name in "Person eventType source target date polarity modality evidence role articleId".split()
}
_DERIVED = ox.NamedNode(str(PROV) + "wasDerivedFrom")
_BEGIN = ox.NamedNode("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")
_END = ox.NamedNode("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex")


def joins(store: ox.Store, graph=None) -> dict[str, str]:
    """--x person IRI -> the one countried person IRI of the same name."""
    graph = ox.DefaultGraph() if graph is None else graph
    by_name: dict[str, set[str]] = defaultdict(set)
    for quad in store.quads_for_pattern(None, _RDF_TYPE, _N["Person"], graph):
        if not isinstance(quad.subject, ox.NamedNode):
            continue
        iri = quad.subject.value
        if iri.startswith(_PERSON) and "--" in iri:
            name, _sep, code = iri[len(_PERSON) :].rpartition("--")
            by_name[name].add(code)
    found = {}
    for name, codes in by_name.items():
        countries = codes - {"x"}
        if "x" in codes and len(countries) == 1:
            found[f"{_PERSON}{name}--x"] = f"{_PERSON}{name}--{countries.pop()}"
    return found


def join_people(graph) -> int:
    """Fold each --x person into the countried person of the same name, when there is exactly one.
    Returns the number of people folded."""
    store = oxigraph_of(graph)
    if store is None:
        return 0
    where = graph_name(graph)
    mapping = joins(store, where)
    if not mapping:
        return 0
    nodes = {ox.NamedNode(old): ox.NamedNode(new) for old, new in mapping.items()}
    remove: set[ox.Quad] = set()
    add: set[ox.Triple] = set()
    events = set()
    for old, new in nodes.items():
        for quad in store.quads_for_pattern(old, None, None, where):
            remove.add(quad)
            if quad.predicate == _N["role"]:
                add.add(ox.Triple(new, quad.predicate, quad.object))
        for quad in store.quads_for_pattern(None, None, old, where):
            if quad.predicate in (_N["source"], _N["target"]):
                events.add(quad.subject)
            else:
                remove.add(quad)
                add.add(ox.Triple(quad.subject, quad.predicate, new))
    for event in events:
        _move_event(store, where, event, nodes, remove, add)
    removed = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in remove)
    added = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in add)
    text = f"DELETE DATA {{ {removed} }} ;\nINSERT DATA {{ {added} }}"
    drop_totals(store)
    store.update(text)
    return len(mapping)


def _value(store, where, subject, predicate) -> ox.Literal | ox.NamedNode | None:
    return next((q.object for q in store.quads_for_pattern(subject, predicate, None, where)), None)


def _article_of(store, where, evidence) -> str:
    article = _value(store, where, evidence, _DERIVED)
    article_id = _value(store, where, article, _N["articleId"]) if article is not None else None
    return article_id.value if article_id is not None else ""


def _move_event(store, where, event, nodes, remove, add) -> None:
    """The event's triples under the IRI it gets with the joined people, its evidence re-minted with it."""

    def value(predicate):
        term = _value(store, where, event, _N[predicate])
        return None if term is None else nodes.get(term, term)

    evidence = [q.object for q in store.quads_for_pattern(event, _N["evidence"], None, where)]
    first_article = min((_article_of(store, where, e) for e in evidence), default="")
    source, target, date = value("source"), value("target"), value("date")
    new_event = ox.NamedNode(
        str(
            event_key_iri(
                value("eventType").value,
                source.value if source else "",
                target.value if target else "",
                date.value if date is not None else "",
                value("polarity").value,
                value("modality").value,
                first_article,
            )
        )
    )
    for quad in store.quads_for_pattern(event, None, None, where):
        remove.add(quad)
        if quad.predicate != _N["evidence"]:
            add.add(ox.Triple(new_event, quad.predicate, nodes.get(quad.object, quad.object)))
    for old_evidence in evidence:
        begin, end = _value(store, where, old_evidence, _BEGIN), _value(store, where, old_evidence, _END)
        assert begin is not None and end is not None  # every evidence node has its offsets
        new_evidence = ox.NamedNode(
            str(
                evidence_iri(new_event.value, _article_of(store, where, old_evidence), int(begin.value), int(end.value))
            )
        )
        add.add(ox.Triple(new_event, _N["evidence"], new_evidence))
        for quad in store.quads_for_pattern(old_evidence, None, None, where):
            remove.add(quad)
            add.add(ox.Triple(new_evidence, quad.predicate, quad.object))
