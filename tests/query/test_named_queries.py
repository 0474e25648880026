import json

import pytest

from kg.query import (
    PAGE_PARAMS,
    QueryError,
    apply_params,
    format_csv,
    format_json,
    format_table,
    named_queries,
    resolve,
    run_query,
)


def _rows(graph, name, **params):
    text, info = resolve(name)
    names, rows = run_query(graph, apply_params(text, params, info))
    return [dict(zip(names, (None if t is None else str(t) for t in row))) for row in rows]


def test_every_named_query_has_a_summary_and_runs(sample_graph):
    queries = named_queries()
    for name in ("visits", "condemnations", "cooperation", "meetings", "events", "actor", "dyads", "countries"):
        assert name in queries and queries[name].summary
    for name, info in queries.items():
        params = {p: "1" if p in PAGE_PARAMS else "France" for p in info.params}
        text, _ = resolve(name)
        run_query(sample_graph, apply_params(text, params, info))


def test_visits_lists_one_row_per_report(sample_graph):
    rows = _rows(sample_graph, "visits")
    assert len(rows) == 2
    assert {r["visitor"] for r in rows} == {"Sergei Shoigu"}
    assert {r["host_country"] for r in rows} == {"IRQ"}
    assert {r["article"] for r in rows} == {"news-1", 'news/2 "odd" id?'}
    assert rows[0]["date"] == "2025-09-16" and rows[0]["location"] == "Baghdad"


def test_condemnations_and_cooperation(sample_graph):
    (condemnation,) = _rows(sample_graph, "condemnations")
    assert (condemnation["condemner"], condemnation["condemned"], condemnation["date"]) == (
        "France",
        "Hamas",
        "2025-09",
    )
    (cooperation,) = _rows(sample_graph, "cooperation")
    assert (cooperation["party_country"], cooperation["partner_country"]) == ("FRA", "DEU")


def test_meetings_keep_the_ugly_name_intact(sample_graph, samples):
    (meeting,) = _rows(sample_graph, "meetings")
    assert meeting["party"].startswith('Dr. "Bob" <O\'Brien>\n\\')
    assert meeting["modality"] == "planned" and meeting["date"] is None


def test_events_lists_every_report(sample_graph):
    rows = _rows(sample_graph, "events")
    assert len(rows) == 5
    assert {r["type"] for r in rows} == {"visit", "meeting", "condemnation", "cooperation"}


@pytest.mark.parametrize("name", ["shoigu", "SERGEI SHOIGU", "Sergei Shoigu"])
def test_actor_profile_matches_names_case_insensitively(sample_graph, name):
    rows = _rows(sample_graph, "actor", actor=name)
    assert len(rows) == 2 and {r["role"] for r in rows} == {"source"} and {r["counterpart"] for r in rows} == {"Iraq"}


def test_actor_profile_by_iso_code_includes_events_done_to_it(sample_graph):
    rows = _rows(sample_graph, "actor", actor="fra")
    assert {(r["role"], r["type"]) for r in rows} == {
        ("source", "condemnation"),
        ("source", "cooperation"),
        ("target", "meeting"),
    }


def test_actor_name_matches_whole_words_only(sample_graph):
    assert _rows(sample_graph, "actor", actor="Shoig") == []


def test_actor_parameter_with_quotes_cannot_break_the_query(sample_graph):
    assert _rows(sample_graph, "actor", actor='x" } } SELECT * WHERE { ?s ?p ?o') == []


def test_actor_without_its_parameter_is_refused():
    text, info = resolve("actor")
    with pytest.raises(QueryError, match="--param actor"):
        apply_params(text, {}, info)


def test_unknown_parameter_is_refused():
    text, info = resolve("visits")
    with pytest.raises(QueryError, match="no 'VALUES \\?who"):
        apply_params(text, {"who": "x"}, info)


def test_dyads_and_countries(sample_graph):
    dyads = _rows(sample_graph, "dyads")
    assert {(d["country1"], d["country2"]) for d in dyads} == {("DEU", "FRA"), ("IRQ", "RUS")}
    assert all(d["country1"] < d["country2"] for d in dyads)
    countries = _rows(sample_graph, "countries")
    # France: a condemnation and an agreement asserted, a meeting planned (counted apart)
    assert countries[0]["country"] == "FRA" and countries[0]["events"] == "2"
    assert countries[0]["planned_events"] == "1"


def test_malformed_query_reports_the_position(sample_graph):
    with pytest.raises(QueryError) as info:
        run_query(sample_graph, "SELECT ?x WHERE { ?x a dip:Visit ")
    message = str(info.value)
    assert "1:" in message and "\n" not in message


def test_unknown_named_query_lists_the_names():
    with pytest.raises(QueryError, match="visits"):
        resolve("no_such_query")


def test_formats(sample_graph):
    names, rows = run_query(sample_graph, resolve("visits")[0])
    csv_text = format_csv(names, rows)
    assert csv_text.splitlines()[0].startswith("date,visitor,")
    data = json.loads(format_json(names, rows))
    assert data["head"]["vars"] == names
    first = data["results"]["bindings"][0]
    assert first["date"] == {
        "type": "literal",
        "value": "2025-09-16",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    assert first["visitor"] == {"type": "literal", "value": "Sergei Shoigu"}
    table = format_table(names, rows)
    assert "Sergei Shoigu" in table and "(2 rows)" in table


def test_json_of_iris_and_ask(sample_graph):
    names, rows = run_query(sample_graph, "SELECT ?e WHERE { ?e a dip:Visit }")
    assert json.loads(format_json(names, rows))["results"]["bindings"][0]["e"]["type"] == "uri"
    names, rows = run_query(sample_graph, "ASK { ?e a dip:Visit }")
    assert json.loads(format_json(names, rows)) == {"head": {}, "boolean": True}


def _events_of(rows):
    return list(dict.fromkeys(r["event"] for r in rows))


def test_list_queries_page_newest_first_undated_last(sample_graph):
    rows = _rows(sample_graph, "events")
    assert [r["date"] for r in rows] == ["2025-09-16", "2025-09-16", "2025-09-15", "2025-09", None]
    everything = _events_of(rows)
    pages = [_events_of(_rows(sample_graph, "events", limit="1", offset=str(n))) for n in range(5)]
    assert pages == [[everything[0]], [everything[1]], [everything[2]], [everything[3]], []]
    assert [len(_rows(sample_graph, "events", limit="2", offset=str(n))) for n in (0, 2)] == [3, 2]
    assert _rows(sample_graph, "visits", limit="1")[0]["visitor"] == "Sergei Shoigu"
    assert len(_rows(sample_graph, "actor", actor="France", limit="2")) == 2


def test_page_parameters_are_whole_numbers():
    text, info = resolve("visits")
    paged = apply_params(text, {"limit": "20", "offset": "40"}, info)
    assert "OFFSET 40 LIMIT 20" in paged and "?newer < 40 + 20" in paged
    with pytest.raises(QueryError, match="whole number"):
        apply_params(text, {"limit": "ten"}, info)
    text, info = resolve("actor")
    paged = apply_params(text, {"actor": "OFFSET 1 LIMIT 2", "limit": "5"}, info)
    assert 'VALUES ?actor { "OFFSET 1 LIMIT 2" }' in paged and "OFFSET 0 LIMIT 5" in paged
    with pytest.raises(QueryError, match="OFFSET n LIMIT n"):
        apply_params(resolve("dyads")[0], {"limit": "5"}, resolve("dyads")[1])


def test_totals_follow_triples_added_later(results):
    from kg.graph.rdf import document_triples
    from kg.graph.store import add_triples, open_store

    graph = open_store()
    add_triples(graph, document_triples(results[0]))
    assert {r["type"]: r["events"] for r in _rows(graph, "event_types")} == {
        "visit": "1",
        "condemnation": "1",
        "cooperation": "1",
    }
    add_triples(graph, document_triples(results[1]))  # drops the totals; the next query counts them again
    assert {r["type"]: r["planned_events"] for r in _rows(graph, "event_types")} == {
        "visit": "0",
        "condemnation": "0",
        "cooperation": "0",
        "meeting": "1",
    }
    assert len(_rows(graph, "events")) == 5
    assert [(r["month"], r["events"], r["planned_events"]) for r in _rows(graph, "months")] == [
        ("2025-09", "3", "0"),
        ("undated", "0", "1"),
    ]
