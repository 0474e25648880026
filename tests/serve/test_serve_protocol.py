"""`kg serve` answers the SPARQL 1.1 Protocol and refuses what a read-only endpoint must refuse."""

import csv
import io
import json
import socket
import urllib.parse
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from serve_helpers import QUERY_PREFIXES, Server, http, post_query

from kg.resources import QUERIES

COUNTRIES = QUERY_PREFIXES + (
    "SELECT ?iso ?label WHERE { ?c a dip:Country ; dip:isoCode ?iso ; rdfs:label ?label } ORDER BY ?iso"
)
SPARQL_NS = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def server(graph_file, tmp_path_factory):
    running = Server(str(graph_file), log=tmp_path_factory.mktemp("serve-log") / "stderr.txt")
    yield running
    running.stop()


def test_get_query_answers_json(server):
    reply = http(server.url, query=COUNTRIES, accept="application/sparql-results+json")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/sparql-results+json")
    rows = json.loads(reply.body)["results"]["bindings"]
    assert [(r["iso"]["value"], r["label"]["value"]) for r in rows] == [("CHN", "China"), ("RUS", "Russia")]


def test_post_query_body_answers_xml(server):
    reply = post_query(server.url, COUNTRIES, accept="application/sparql-results+xml")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(reply.body)
    values = [b.find(f"{SPARQL_NS}literal").text for b in root.iter(f"{SPARQL_NS}binding") if b.get("name") == "iso"]
    assert values == ["CHN", "RUS"]


def test_post_form_answers_csv(server):
    body = urllib.parse.urlencode({"query": COUNTRIES}).encode()
    reply = http(server.url, method="POST", body=body, content_type="application/x-www-form-urlencoded",
                 accept="text/csv")  # fmt: skip
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(reply.text))) == [["iso", "label"], ["CHN", "China"], ["RUS", "Russia"]]


def test_tsv_keeps_rdf_terms(server):
    reply = http(server.url, query=QUERY_PREFIXES + "SELECT ?d WHERE { ?e dip:date ?d }",
                 accept="text/tab-separated-values")  # fmt: skip
    assert reply.status == 200
    assert reply.text.splitlines() == ["?d", '"2024-05-16"^^<http://www.w3.org/2001/XMLSchema#date>']


def test_ask_answers_boolean(server):
    reply = http(server.url, query=QUERY_PREFIXES + "ASK { ?v a dip:Visit }", accept="application/json")
    assert json.loads(reply.body)["boolean"] is True


def test_no_accept_header_gives_json(server):
    reply = http(server.url, query=COUNTRIES)
    assert reply.headers["content-type"].startswith("application/sparql-results+json")


def test_accept_quality_picks_preferred_format(server):
    reply = http(server.url, query=COUNTRIES, accept="application/sparql-results+json;q=0.5, text/csv")
    assert reply.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(
    ("accept", "media", "syntax"),
    [("text/turtle", "text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", "application/n-triples",
                                                            ox.RdfFormat.N_TRIPLES)],
)  # fmt: skip
def test_construct_answers_graph(server, accept, media, syntax):
    query = QUERY_PREFIXES + "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a dip:Country ; rdfs:label ?l }"
    reply = http(server.url, query=query, accept=accept)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith(media)
    labels = sorted(t.object.value for t in ox.parse(reply.body, format=syntax))
    assert labels == ["China", "Russia"]


def test_describe_answers_turtle(server):
    reply = http(server.url, query="DESCRIBE <https://w3id.org/kg-diplomacy/id/country/CHN>", accept="text/turtle")
    assert reply.status == 200
    assert "China" in reply.text


def test_unacceptable_format_is_406(server):
    reply = http(server.url, query=COUNTRIES, accept="image/png")
    assert reply.status == 406
    assert "text/csv" in reply.text


def test_page_lists_named_queries(server):
    reply = http(server.page_url)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/html")
    page = reply.text
    for path in QUERIES.glob("*.rq"):
        if path.stem.startswith("view_"):
            assert f'"name": "{path.stem}"' not in page
        else:
            assert f'"name": "{path.stem}"' in page
    assert "<script src" not in page and "https://" not in page.split("<script")[0]


def test_insert_data_is_refused(server):
    reply = post_query(server.url, "INSERT DATA { <http://a> <http://b> <http://c> }")
    assert reply.status == 403
    assert "read-only" in reply.text
    still_absent = http(server.url, query="ASK { <http://a> <http://b> <http://c> }", accept="application/json")
    assert json.loads(still_absent.body)["boolean"] is False


def test_update_endpoint_form_is_refused(server):
    reply = http(server.url, method="POST", body=b"update=CLEAR+ALL", content_type="application/x-www-form-urlencoded")
    assert reply.status == 403


def test_service_is_refused(server):
    reply = post_query(server.url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert reply.status == 403
    assert "SERVICE" in reply.text


def test_service_sends_no_request(server):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        query = f"SELECT * WHERE {{ ?s ?p ?o .SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        assert post_query(server.url, query).status == 403
        with pytest.raises(TimeoutError):
            listener.accept()


@pytest.mark.parametrize(
    "query",
    [
        "# SERVICE <http://127.0.0.1:9/> in a comment\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        'SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "SERVICE")) }',
        "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
    ],
)
def test_service_word_outside_keywords_is_answered(server, query):
    reply = post_query(server.url, query, accept="application/sparql-results+json")
    assert reply.status == 200, reply.text
    assert json.loads(reply.body)["results"]["bindings"]


def test_literal_with_service_word_is_found(server):
    query = 'SELECT ?e WHERE { ?e ?p ?o FILTER(CONTAINS(?o, "\\"SERVICE\\"")) }'
    rows = json.loads(post_query(server.url, query).body)["results"]["bindings"]
    assert [r["e"]["value"] for r in rows] == ["https://w3id.org/kg-diplomacy/id/evidence/fedcba9876543210"]


def test_malformed_query_gets_parser_message(server):
    reply = post_query(server.url, "SELECT * WHERE { ?s ?p }")
    assert reply.status == 400
    assert reply.text.startswith("Malformed query: SPARQL syntax error at line 1, column ")


def test_missing_query_is_400(server):
    assert http(server.url).status == 400


def test_put_is_refused(server):
    assert http(server.url, method="PUT", body=b"x", content_type="text/turtle").status == 405


def test_foreign_host_header_is_refused(server):
    import http.client

    port = int(server.url.split(":")[2].split("/")[0])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/sparql?query=ASK%20%7B%7D", headers={"Host": "evil.example:80"})
    response = connection.getresponse()
    assert response.status == 403
    assert b"loopback" in response.read()
    connection.close()


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_named_queries_run_on_the_endpoint(server, path):
    reply = post_query(server.url, path.read_text(encoding="utf-8"), accept="text/csv")
    assert reply.status == 200, reply.text


def test_head_gives_the_headers_of_get_without_a_body(server):
    got = http(server.url, query=COUNTRIES, accept="text/csv")
    head = http(server.url, params={"query": COUNTRIES}, accept="text/csv", method="HEAD")
    assert head.status == 200 and head.body == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.body)) != "0"
    page = http(server.page_url, method="HEAD")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html") and page.body == b""
    failed = http(server.url, params={"query": "SELECT * WHERE { ?s ?p }"}, method="HEAD")
    assert failed.status == 400 and failed.body == b""


def test_options_names_the_allowed_methods(server):
    reply = http(server.url, method="OPTIONS")
    assert reply.status == 204
    assert {m.strip() for m in reply.headers["allow"].split(",")} == {"GET", "HEAD", "POST", "OPTIONS"}
    assert "access-control-allow-origin" not in reply.headers  # the endpoint sends no CORS headers


def test_refused_method_names_the_allowed_ones(server):
    reply = http(server.url, method="DELETE")
    assert reply.status == 405
    assert "POST" in reply.headers["allow"]


def test_prefixes_of_kg_query_are_predeclared(server):
    query = "SELECT ?iso WHERE { ?c a dip:Country ; dip:isoCode ?iso ; owl:sameAs ?w } "
    reply = post_query(server.url, query, accept="text/csv")
    assert reply.status == 200, reply.text
    assert reply.text.split() == ["iso", "RUS"]
    own = "PREFIX dip: <http://example.org/other#> SELECT ?c WHERE { ?c a dip:Country }"
    assert json.loads(post_query(server.url, own).body)["results"]["bindings"] == []


def test_syntax_error_names_line_and_column_and_marks_the_place(server):
    reply = post_query(server.url, "SELECT *\nWHERE { ?s ?p }")
    lines = reply.text.splitlines()
    assert reply.status == 400
    assert lines[0].startswith("Malformed query: SPARQL syntax error at line 2, column ")
    assert lines[1] == "  WHERE { ?s ?p }"
    assert lines[2].strip() == "^"
    assert "LATERAL" not in reply.text and "[_]" not in reply.text


def test_unknown_prefix_is_named(server):
    reply = post_query(server.url, "SELECT * WHERE {\n  ?s foo:bar ?o }")
    assert reply.status == 400
    assert reply.text.splitlines()[0] == (
        "Malformed query: unknown prefix 'foo:' at line 2, column 6; declare it with PREFIX foo: <IRI>"
    )
    assert reply.text.splitlines()[2] == "       ^"


def test_query_nested_10000_deep_is_refused_and_workers_live_on(server):
    before = server.children()
    deep = "SELECT * WHERE " + "{" * 10_000 + "?s ?p ?o" + "}" * 10_000
    reply = post_query(server.url, deep)
    assert reply.status == 400
    assert "nests brackets 10000 deep; at most 64" in reply.text
    lists = "SELECT * WHERE { ?s ?p " + "(" * 5000 + "1" + ")" * 5000 + " }"
    assert post_query(server.url, lists).status == 400
    assert post_query(server.url, COUNTRIES).status == 200
    assert server.children() == before
