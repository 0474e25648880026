"""`kg serve` as a command: what it serves, how it fails on bad input, how it stops."""

import json
import os
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from serve_helpers import QUERY_PREFIXES, ROOT, Server, http

from kg.serve import Limits, example_queries, render_page


def run_kg(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip


def test_missing_graph_file_is_one_line_error(tmp_path):
    result = run_kg("serve", str(tmp_path / "nope.ttl"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"kg: error: {tmp_path / 'nope.ttl'}: no such graph file"]


def test_broken_turtle_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> <http://c> .\n<http://a> <http://b> .\n", encoding="utf-8")
    result = run_kg("serve", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr and "line 2" in result.stderr


def test_unknown_graph_format_is_refused(tmp_path):
    odd = tmp_path / "graph.xyz"
    odd.write_text("x", encoding="utf-8")
    result = run_kg("serve", str(odd))
    assert result.returncode == 1
    assert "unknown graph format '.xyz'" in result.stderr


def test_directory_without_store_prefix_is_refused(tmp_path):
    result = run_kg("serve", str(tmp_path))
    assert result.returncode == 1
    assert f"oxigraph:{tmp_path}" in result.stderr


def test_oxigraph_store_directory_is_served(tmp_path, graph_file):
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
    del store
    server = Server(f"oxigraph:{tmp_path / 'store'}", log=tmp_path / "stderr.txt")
    try:
        reply = http(server.url, query=QUERY_PREFIXES + "SELECT ?l WHERE { ?c a dip:Country ; rdfs:label ?l }")
        assert sorted(r["l"]["value"] for r in json.loads(reply.body)["results"]["bindings"]) == ["China", "Russia"]
    finally:
        server.stop()


def test_gzipped_graph_file_is_served(tmp_path, graph_file):
    import gzip

    zipped = tmp_path / "graph.ttl.gz"
    zipped.write_bytes(gzip.compress(graph_file.read_bytes()))
    server = Server(str(zipped), log=tmp_path / "stderr.txt")
    try:
        reply = http(server.url, query=QUERY_PREFIXES + "ASK { ?v a dip:Visit }")
        assert json.loads(reply.body)["boolean"] is True
    finally:
        server.stop()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the child process")
def test_sigterm_stops_front_and_oxigraph(tmp_path, graph_file):
    server = Server(str(graph_file), log=tmp_path / "stderr.txt")
    children = server.children()
    assert children, "Oxigraph's server should run as a child of kg serve"
    assert server.stop() == 0
    assert "kg serve: stopped" in server.remaining_output()
    time.sleep(0.2)
    for pid in children:
        assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]


def test_examples_skip_view_queries_and_keep_comments(tmp_path):
    (tmp_path / "visits.rq").write_text("# Visits between countries.\nSELECT * { ?s ?p ?o }\n", encoding="utf-8")
    (tmp_path / "view_actors.rq").write_text("SELECT * { ?s ?p ?o }\n", encoding="utf-8")
    examples = example_queries(tmp_path)
    assert [e["name"] for e in examples] == ["visits"]
    assert examples[0]["about"] == "Visits between countries."


def test_page_data_cannot_close_its_script(tmp_path):
    examples = [{"name": "x", "about": "", "query": "# </script><script>alert(1)</script>\nASK {}"}]
    page = render_page(examples, {}, Limits(10, 100)).decode()
    assert "alert(1)</script>" not in page
    assert page.count("<script") == 2


def test_kg_query_refuses_a_query_nested_10000_deep(graph_file):
    deep = "SELECT * WHERE " + "{" * 10_000 + "?s ?p ?o" + "}" * 10_000
    result = run_kg("query", str(graph_file), "-q", deep)
    assert result.returncode == 1, result.stderr[-500:]
    [line] = result.stderr.strip().splitlines()  # the prefix ("Error:") is the CLI's
    assert line.endswith("SPARQL query refused: the query nests brackets 10000 deep; at most 64 levels are allowed")


def test_examples_carry_their_parameters(tmp_path):
    (tmp_path / "actor.rq").write_text(
        "# Profile of one actor.\n# param: actor  (required) a name\n# param: limit  rows per page\n"
        'SELECT * { VALUES ?actor { "x" } ?s ?p ?actor }\n', encoding="utf-8"
    )  # fmt: skip
    [example] = example_queries(tmp_path)
    assert example["params"] == [
        {"name": "actor", "about": "(required) a name", "page": False},
        {"name": "limit", "about": "rows per page", "page": True},
    ]
    assert example["about"] == "Profile of one actor."


def test_syntax_error_on_a_long_line_shows_the_part_around_the_mark():
    from kg.serve import SHOWN, syntax_message

    query = "SELECT * WHERE { " + "?s ?p ?o . " * 50 + "?s ?p } # " + "x" * 5000
    column = query.index("?s ?p }") + 7
    message = syntax_message(query, f"error at 1:{column}: expected one of LATERAL, SERVICE, [_]", {})
    head, shown, mark = message.splitlines()
    assert head == f"SPARQL syntax error at line 1, column {column}, near the mark"
    assert len(shown) == SHOWN + 2 and shown[len(mark) - 1] == "}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the child processes")
def test_workers_stop_when_kg_serve_is_killed(tmp_path, graph_file):
    import signal

    server = Server(str(graph_file), log=tmp_path / "stderr.txt")
    workers = server.children()
    assert len(workers) == 4
    server.process.send_signal(signal.SIGKILL)
    server.stop()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") for pid in workers):
        time.sleep(0.1)
    assert not any(os.path.exists(f"/proc/{pid}") for pid in workers)
