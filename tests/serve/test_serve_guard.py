"""The checks in front of the engine: SERVICE and update keywords only where SPARQL sees a keyword."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.serve.guard import Refused, check_query, choose_format, query_form, uses_service


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "select * { service silent <http://x/> { ?s ?p ?o } }",
        "PREFIX : <http://127.0.0.1:9/> SELECT * { SERVICE:x { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o.SERVICE <http://x/> { ?s ?p ?o } }",
        'SELECT * { ?s ?p "a"@en.SERVICE <http://x/> { ?s ?p ?o } }',
        "SELECT * { ?s ?p ?o FILTER(?s<?o)SERVICE<http://x/>{ ?s ?p ?o } }",
        "SELECT * { ?s ?p ex:a\\#b SERVICE <http://x/> { ?s ?p ?o } }",
        "SELECT * { ?s ?p 'it''s' . SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
        'SELECT * { ?s ?p """a "quoted" word""" . SERVICE <http://x/> {} }',
        'SELECT * { ?s ?p "unclosed . SERVICE <http://x/> {} }',
    ],
)
def test_service_keyword_is_found(query):
    assert uses_service(query)


@pytest.mark.parametrize(
    "query",
    [
        "# SERVICE <http://x/>\nSELECT * { ?s ?p ?o }",
        'SELECT * { ?s ?p "SERVICE <http://x/> {}" }',
        "SELECT * { ?s ?p '''SERVICE\n<http://x/>''' }",
        'SELECT * { ?s ?p """he said "SERVICE" twice""" }',
        "SELECT ?service { ?service ?p ?o }",
        "SELECT * { ?s ex:SERVICE ?o . ?s ?p _:service }",
        'SELECT * { ?s ?p "x"@service }',
        "SELECT * { <http://example.org/SERVICE> ?p ?o }",
        "SELECT * { ?s ?p ex:a\\.SERVICE }",
        "SELECT * { ?s a <https://schema.org/Service> ; ?p ?o . ?x ex:serviceArea ?y }",
    ],
)
def test_service_word_that_is_no_keyword_passes(query):
    assert not uses_service(query)


def _sparql_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


@given(st.text())
def test_any_string_literal_hides_service(text):
    assert not uses_service(f"SELECT * {{ ?s ?p {_sparql_string('SERVICE ' + text)} }}")


@given(st.text().filter(lambda t: "\n" not in t and "\r" not in t))
def test_any_comment_hides_service(text):
    assert not uses_service(f"# SERVICE {text}\nSELECT * {{ ?s ?p ?o }}")


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("PREFIX select: <http://x/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("# DELETE everything\nASK { ?s ?p ?o }", "ASK"),
        ("BASE <http://x/> describe <a>", "DESCRIBE"),
        ("PREFIX ex: <http://x/> WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("LOAD <http://x/data.ttl>", "LOAD"),
        ("garbage", None),
    ],
)
def test_query_form(query, form):
    assert query_form(query) == form


@pytest.mark.parametrize("update", ["INSERT DATA { <a> <b> <c> }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL",
                                    "DROP GRAPH <g>", "LOAD <http://x/>"])  # fmt: skip
def test_updates_are_refused(update):
    with pytest.raises(Refused) as refused:
        check_query(update)
    assert refused.value.status == 403
    assert "read-only" in refused.value.message


@pytest.mark.parametrize(
    ("form", "accept", "name"),
    [
        ("SELECT", None, "json"),
        ("SELECT", "text/html,application/xhtml+xml,*/*;q=0.8", "json"),
        ("SELECT", "application/sparql-results+xml", "xml"),
        ("SELECT", "text/csv;q=0.4, text/tab-separated-values;q=0.9", "tsv"),
        ("SELECT", "text/*", "csv"),
        ("ASK", "application/json", "json"),
        ("CONSTRUCT", None, "turtle"),
        ("CONSTRUCT", "application/n-triples", "ntriples"),
        ("DESCRIBE", "application/ld+json", "jsonld"),
    ],
)
def test_format_follows_accept(form, accept, name):
    assert choose_format(form, accept) == name


def test_format_parameter_overrides_accept():
    assert choose_format("SELECT", "application/json", "CSV") == "csv"


def test_refused_quality_zero():
    with pytest.raises(Refused) as refused:
        choose_format("SELECT", "text/csv;q=0")
    assert refused.value.status == 406


def test_nesting_depth_counts_brackets_outside_literals_and_comments():
    from kg.query.lexing import nesting_depth

    assert nesting_depth('SELECT * { { ?s ?p "(((((" } } # ((((((') == 2
    assert nesting_depth("SELECT * { ?s ?p ( 1 [ ?q 2 ] ) FILTER((?s)) }") == 3


def test_query_nested_past_the_limit_is_refused_before_parsing():
    from kg.query.lexing import MAX_NESTING

    deep = "SELECT * WHERE " + "{" * 10_000 + "?s ?p ?o" + "}" * 10_000
    with pytest.raises(Refused) as refused:
        check_query(deep)
    assert refused.value.status == 400
    assert "nests brackets 10000 deep" in refused.value.message
    assert check_query("SELECT * WHERE " + "{" * MAX_NESTING + "?s ?p ?o" + "}" * MAX_NESTING) == "SELECT"


def test_undeclared_prefix_is_found_where_it_is_used():
    from kg.serve.guard import undeclared_prefix

    query = 'PREFIX ex: <http://x/>\nSELECT * { ?s ex:a "foo:b" ; kg:p _:b . <http://y/> rdfs:label ?o }'
    assert undeclared_prefix(query, {"rdfs": ""}) == ("kg", query.index("kg:p"))
    assert undeclared_prefix(query, {"rdfs": "", "kg": ""}) is None
