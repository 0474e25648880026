"""The query page works in a real browser (Debian's Chromium via Playwright), offline and safely."""

import pytest
from serve_helpers import Server


@pytest.fixture(scope="module")
def server(graph_file, tmp_path_factory):
    running = Server(str(graph_file), "--max-rows", "50", log=tmp_path_factory.mktemp("serve-log") / "stderr.txt")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def page(server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.outside, page.dialogs = [], []
    page.on("request", lambda r: None if r.url.startswith(server.page_url) else page.outside.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(server.page_url)
    yield page
    context.close()


def run(page, query):
    page.fill("#query", query)
    page.click("#run")
    page.wait_for_function("!document.querySelector('#status').textContent.startsWith('Running')")
    return page.text_content("#status")


def test_example_fills_the_query_box(page):
    names = [o.get_attribute("value") for o in page.query_selector_all("#examples option")][1:]
    if not names:
        pytest.skip("no named queries in kg/query/queries yet")
    page.select_option("#examples", names[0])
    assert page.input_value("#query").strip()


def test_results_table_shows_markup_as_text(page):
    status = run(page, "SELECT ?label WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label }")
    assert status.startswith("3 rows")
    assert "Test <img src=x onerror=alert(1)> Minister" in page.text_content("#results")
    assert page.query_selector("#results img") is None
    assert page.dialogs == []


def test_cut_results_are_announced(page):
    status = run(page, "SELECT ?id WHERE { ?a <https://w3id.org/kg-diplomacy/ontology#articleId> ?id }")
    assert status.startswith("50 rows") and "row limit" in status
    assert len(page.query_selector_all("#results tbody tr")) == 50


def test_errors_are_shown(page):
    assert run(page, "SELECT * WHERE { ?s ?p }").startswith("400")
    assert run(page, "INSERT DATA { <http://a> <http://b> <http://c> }").startswith("403")


def test_page_asks_nothing_of_other_hosts(page):
    assert page.outside == []


def test_prefixes_of_kg_query_are_predeclared(page):
    status = run(page, "SELECT ?label WHERE { ?c a dip:Country ; rdfs:label ?label }")
    assert status.startswith("2 rows"), status
    shown = page.text_content("#prefixes").split()
    assert {"dip:", "kgr:", "rdfs:", "xsd:"} <= set(shown)


def test_syntax_error_is_shown_readably_with_a_mark(page):
    status = run(page, "SELECT * WHERE { ?s ?p }")
    assert status.startswith("400")
    assert "SPARQL syntax error at line 1, column" in status and "^" in status
    assert "LATERAL" not in status and "[_]" not in status
    assert "unknown prefix 'foo:'" in run(page, "SELECT * WHERE { ?s foo:bar ?o }")


def test_actor_example_takes_its_name_from_a_field(page):
    page.select_option("#examples", "actor")
    field = page.locator("#param-actor")
    assert field.input_value() == "Shoigu"
    field.fill("China")
    query = page.input_value("#query")
    assert query.count('VALUES ?actor { "China" }') == 2 and '"Shoigu"' not in query
    page.click("#run")
    page.wait_for_function("!document.querySelector('#status').textContent.startsWith('Running')")
    assert page.text_content("#status").startswith("1 rows")
    assert "China" in page.text_content("#results tbody")
    field.fill('Chi"na } ?x')
    assert 'VALUES ?actor { "Chi\\"na } ?x" }' in page.input_value("#query")
    page.click("#run")
    page.wait_for_function("!document.querySelector('#status').textContent.startsWith('Running')")
    assert page.text_content("#status").startswith("0 rows")


def test_list_example_pages_by_its_limit_and_offset_fields(page):
    page.select_option("#examples", "visits")
    assert page.locator("#param-limit").input_value() == "100"
    page.locator("#param-limit").fill("1")
    page.locator("#param-offset").fill("1")
    query = page.input_value("#query")
    assert "OFFSET 1 LIMIT 1" in query and "?newer < 1 + 1" in query
    page.click("#run")
    page.wait_for_function("!document.querySelector('#status').textContent.startsWith('Running')")
    assert page.text_content("#status").startswith("0 rows")
    page.locator("#param-offset").fill("0")
    page.click("#run")
    page.wait_for_function("!document.querySelector('#status').textContent.startsWith('Running')")
    assert page.text_content("#status").startswith("1 rows")
