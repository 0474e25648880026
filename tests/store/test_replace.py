"""An article id read again into a store: a new text replaces all the article asserted, the same text is a no-op."""

import json
import subprocess
import sys

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph.rdf import DIP, KGR, NIF
from kg.graph.store import close_graph, open_store
from kg.graph.validate import validate_graph
from kg.model import Actor, Article, DocumentResult, Event, Evidence
from kg.run.pipeline import BuildSummary, add_results

NZ = Actor("New Zealand", "country", "NZL")
TONGA = Actor("Tonga", "country", "TON")
FIJI = Actor("Fiji", "country", "FJI")
SAMOA = Actor("Samoa", "country", "WSM")
PETERS = Actor("Winston Peters", "person", "NZL")
CHILE, PERU = Actor("Chile", "country", "CHL"), Actor("Peru", "country", "PER")


def _visits(article_id, text, *hosts, visitor=PETERS):
    events = [
        Event("visit", visitor, host, "visits", Evidence(text, 0, len(text)), date="2024-02-12", rule="r1")
        for host in hosts
    ]
    return DocumentResult(Article(article_id, text, "2024-02-12"), events, [visitor, *hosts])


OTHER_TEXT = "Chile and Peru signed a border treaty."
OTHER = DocumentResult(
    Article("other", OTHER_TEXT, "2024-02-12"),
    [Event("cooperation", CHILE, PERU, "signed", Evidence(OTHER_TEXT, 0, len(OTHER_TEXT)), date="2024-02-10")],
    [CHILE, PERU],
)


def _add(spec, *results) -> BuildSummary:
    graph = open_store(spec)
    summary = BuildSummary()
    add_results(graph, results, summary)
    close_graph(graph)
    return summary


def _hosts(graph):
    return {str(graph.value(e, DIP.target)).rsplit("/", 1)[-1] for e in graph.subjects(DIP.eventType, None)}


def _snapshot(spec) -> Graph:
    graph = open_store(spec)
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    close_graph(graph)
    return copy


def test_a_corrected_article_replaces_what_it_asserted(tmp_path):
    spec = f"oxigraph:{tmp_path / 'store'}"
    _add(spec, _visits("pm", "Peters visits Tonga and Fiji.", TONGA, FIJI), OTHER)
    summary = _add(spec, _visits("pm", "Peters visits Tonga and Samoa.", TONGA, SAMOA))
    assert summary.replaced == 1
    graph = open_store(spec)
    assert _hosts(graph) == {"TON", "WSM", "PER"}  # Fiji's visit is gone, Samoa's is in, the other article stays
    assert (KGR["country/FJI"], None, None) not in graph  # no longer a party to any event
    sentences = {str(o) for o in graph.objects(None, NIF.anchorOf)}
    assert sentences == {"Peters visits Tonga and Samoa.", OTHER_TEXT}
    conforms, violations = validate_graph(graph)
    assert conforms, violations
    close_graph(graph)


def test_a_corrected_article_keeps_events_other_articles_report(tmp_path):
    spec = f"oxigraph:{tmp_path / 'store'}"
    _add(spec, _visits("pm", "Peters visits Tonga and Fiji.", TONGA, FIJI), _visits("wire", "Peters is in Fiji.", FIJI))
    _add(spec, _visits("pm", "Peters visits Tonga.", TONGA))
    graph = open_store(spec)
    assert _hosts(graph) == {"TON", "FJI"}  # the wire still reports the Fiji visit
    fiji = next(e for e in graph.subjects(DIP.target, KGR["country/FJI"]))
    assert len(list(graph.objects(fiji, DIP.evidence))) == 1
    close_graph(graph)


def test_the_same_text_again_changes_nothing(tmp_path):
    spec = f"oxigraph:{tmp_path / 'store'}"
    first = _visits("pm", "Peters visits Tonga and Fiji.", TONGA, FIJI)
    _add(spec, first, OTHER)
    before = _snapshot(spec)
    summary = _add(spec, first)
    assert summary.unchanged == 1 and summary.replaced == 0
    assert isomorphic(before, _snapshot(spec))


def test_rebuilding_a_corrected_article_with_kg_build(tmp_path):
    """The real pipeline: kg build into an oxigraph:DIR store, then the same id with corrected text."""
    store = f"oxigraph:{tmp_path / 'store'}"
    first = tmp_path / "first.jsonl"
    first.write_text(
        json.dumps(
            {
                "id": "pm",
                "published": "2024-02-12",
                "text": "Prime Minister Christopher Luxon visited Tonga and Fiji on Monday.",
            }
        )
        + "\n"
        + json.dumps(
            {"id": "treaty", "published": "2024-02-12", "text": "Chile and Peru signed a border treaty on Monday."}
        )
        + "\n",
        encoding="utf-8",
    )
    corrected = tmp_path / "corrected.jsonl"
    corrected.write_text(
        json.dumps(
            {"id": "pm", "published": "2024-02-12", "text": "Prime Minister Christopher Luxon visited Samoa on Monday."}
        )
        + "\n",
        encoding="utf-8",
    )
    for source, out in ((first, "1"), (corrected, "2")):
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                str(source),
                "-o",
                str(tmp_path / out),
                "--store",
                store,
                "--workers",
                "1",
            ],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
    assert "replaced by a new text" in run.stdout and "store, all runs: articles: 2" in run.stdout
    before, after = (_hosts(Graph().parse(tmp_path / out / "graph.ttl")) for out in ("1", "2"))
    assert {"TON", "FJI", "PER"} <= before
    assert "WSM" in after and "PER" in after and not after & {"TON", "FJI"}
