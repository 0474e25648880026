"""One person, one node: a person read without a country joins the person of the same name who has one."""

from kg.graph.people import join_people
from kg.graph.rdf import KGR
from kg.graph.store import open_store
from kg.graph.validate import validate_graph
from kg.model import Actor, Article, DocumentResult, Event, Evidence
from kg.query.stats import graph_stats, namesakes, stats_text
from kg.run.pipeline import BuildSummary, add_results

KENYA = Actor("Kenya", "country", "KEN")
ETHIOPIA = Actor("Ethiopia", "country", "ETH")
UGANDA = Actor("Uganda", "country", "UGA")


def _result(article_id, text, events):
    return DocumentResult(Article(article_id, text, "2025-11-18"), events, [])


def _event(text, type_, source, target, date="2025-11-17"):
    return Event(type_, source, target, "met", Evidence(text, 0, len(text)), date=date)


def _build(*results):
    graph = open_store()
    add_results(graph, results, BuildSummary())
    return graph


def _people(graph):
    return sorted({str(s) for s in graph.subjects(None, None) if str(s).startswith(str(KGR) + "person/")})


def test_a_person_without_country_joins_the_one_with_it():
    known = Actor("Grace Wanjiru", "person", "KEN", "Foreign Affairs Cabinet Secretary")
    unknown = Actor("Grace Wanjiru", "person", None)
    text1, text2 = "Wanjiru met Ethiopia's envoy.", "Ethiopia's envoy met Grace Wanjiru."
    graph = _build(
        _result("hd", text2, [_event(text2, "meeting", ETHIOPIA, unknown)]),
        _result("rvh", text1, [_event(text1, "meeting", ETHIOPIA, known)]),
    )
    assert _people(graph) == [f"{KGR}person/grace-wanjiru--KEN", f"{KGR}person/grace-wanjiru--x"]
    assert join_people(graph) == 1
    assert _people(graph) == [f"{KGR}person/grace-wanjiru--KEN"]
    # the same meeting told with and without her country is now one event with the evidence of both articles
    stats = graph_stats(graph)
    assert stats["events"]["all"] == 1 and stats["events"]["by_type"] == {"meeting": 1}
    conforms, violations = validate_graph(graph)
    assert conforms, violations


def test_a_name_with_two_countries_stays_two_and_is_noted():
    text = "Two ministers named John Okello met."
    kenyan, ugandan, unknown = (Actor("John Okello", "person", c) for c in ("KEN", "UGA", None))
    graph = _build(
        _result(
            "a",
            text,
            [
                _event(text, "meeting", kenyan, ETHIOPIA),
                _event(text, "visit", ugandan, KENYA),
                _event(text, "meeting", unknown, UGANDA),
            ],
        )
    )
    assert join_people(graph) == 0
    assert len(_people(graph)) == 3
    (row,) = namesakes(graph)
    assert row["name"] == "John Okello" and row["countries"].split() == ["KEN", "UGA"] and row["people"] == 2
    assert "note: 2 people named 'John Okello' have different countries (KEN UGA)" in stats_text(graph_stats(graph))
