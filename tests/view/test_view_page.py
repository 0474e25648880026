"""The page in a real headless Chromium: what it draws, its filters, search, tooltips and panel; that it
stays offline and runs nothing that came from an article."""

import pytest
from view_graphs import XSS_NAME, XSS_SCRIPT, sample_graph, synthetic_results, view_data_of

from kg.view import write_html
from kg.view.render import build_payload, render_html

VISIBLE_EVENT_EDGES = """() => kgView.edges.get({filter: e => !e.hidden && String(e.id).startsWith('e')})
    .map(e => kgView.data.edges[Number(e.id.slice(1))].t)"""
VISIBLE_NODES = "() => kgView.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()"


def counts(page):
    return page.evaluate("() => ({...document.body.dataset})")


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "sample.html"
    write_html(sample_graph(), path, title="Sample")
    return path


@pytest.fixture(scope="module")
def xss_html(tmp_path_factory):
    path = tmp_path_factory.mktemp("xss") / "xss.html"
    write_html(sample_graph(xss=True), path, title=XSS_SCRIPT)
    return path


def test_page_draws_every_node_and_edge_offline_without_errors(open_page, sample_html):
    page, log = open_page(sample_html)
    c = counts(page)
    assert (c["nodes"], c["edges"], c["members"], c["events"]) == ("13", "10", "5", "12")
    assert page.evaluate("() => [kgView.nodes.length, kgView.edges.length]") == [13, 15]
    assert log.outside == [] and log.errors == [] and log.dialogs == []
    assert page.title() == "Sample"


def test_unchecking_an_event_type_hides_its_edges(open_page, sample_html):
    page, _ = open_page(sample_html)
    assert sorted(page.evaluate(VISIBLE_EVENT_EDGES)).count("condemnation") == 3
    page.uncheck("#type-condemnation")
    shown = page.evaluate(VISIBLE_EVENT_EDGES)
    assert "condemnation" not in shown and len(shown) == 7
    assert counts(page)["events"] == "9"
    assert "United States" not in page.evaluate(VISIBLE_NODES)
    page.check("#type-condemnation")
    assert len(page.evaluate(VISIBLE_EVENT_EDGES)) == 10


def test_country_filter_keeps_the_events_of_that_country_and_its_people(open_page, sample_html):
    page, _ = open_page(sample_html)
    page.select_option("#country", label="Iraq")
    assert counts(page)["events"] == "6"
    assert page.evaluate(VISIBLE_NODES) == ["China", "Iraq", "Karim Hassan", "Pavel Volkov", "Russia", "Wei Lan"]
    assert sorted(page.evaluate(VISIBLE_EVENT_EDGES)) == ["cooperation", "cooperation", "meeting", "meeting", "visit"]
    page.click("#reset")
    assert counts(page)["nodes"] == "13"


def test_date_range_hides_events_outside_it_and_undated_ones(open_page, sample_html):
    page, _ = open_page(sample_html)
    page.fill("#date-from", "2025-05-01")
    page.fill("#date-to", "2025-06-30")
    assert counts(page)["events"] == "3"  # two condemnations in May, a visit planned for June
    assert sorted(page.evaluate(VISIBLE_EVENT_EDGES)) == ["condemnation", "condemnation", "visit"]
    assert "United Nations" not in page.evaluate(VISIBLE_NODES)


def test_search_selects_and_focuses_a_node_and_lists_its_events(open_page, sample_html):
    page, _ = open_page(sample_html)
    page.fill("#search", "lemaire")
    page.press("#search", "Enter")
    index = page.evaluate("() => kgView.data.nodes.findIndex(n => n.label === 'Claire Lemaire')")
    assert page.evaluate("() => document.body.dataset.focused") == str(index)
    assert page.evaluate("() => kgView.network.getSelectedNodes()") == [index]
    page.wait_for_timeout(500)
    centre = page.evaluate("() => kgView.network.getViewPosition()")
    node = page.evaluate(f"() => kgView.network.getPositions([{index}])[{index}]")
    assert abs(centre["x"] - node["x"]) < 5 and abs(centre["y"] - node["y"]) < 5
    panel = page.inner_text("#panel")
    assert "Claire Lemaire" in panel and "will travel to Beijing" in panel
    page.fill("#search", "nobody-by-that-name")
    page.press("#search", "Enter")
    assert "No match" in page.inner_text("#search-status")


def test_hovering_an_edge_shows_its_events_and_clicking_lists_them_with_links(open_page, sample_html):
    page, _ = open_page(sample_html)
    edge = page.evaluate("""() => {
        const d = kgView.data, v = d.nodes.findIndex(n => n.label === 'Pavel Volkov');
        return 'e' + d.edges.findIndex(g => g.s === v && g.t === 'visit'); }""")
    point = page.evaluate(f"""() => {{
        const e = kgView.edges.get('{edge}'), p = kgView.network.getPositions([e.from, e.to]);
        const a = p[e.from], b = p[e.to];
        const dom = kgView.network.canvasToDOM({{x: a.x + (b.x - a.x) * 0.4, y: a.y + (b.y - a.y) * 0.4}});
        const r = document.getElementById('network').getBoundingClientRect();
        return {{x: dom.x + r.left, y: dom.y + r.top}}; }}""")
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#tooltip:not([hidden])", timeout=3000)
    tip = page.inner_text("#tooltip")
    assert "landed in Baghdad" in tip and "returned to Baghdad" in tip and "2025-03-03" in tip
    page.mouse.click(point["x"], point["y"])
    assert page.evaluate("() => document.body.dataset.panel") == f"edge:{edge}"
    hrefs = page.eval_on_selector_all("#panel a", "links => links.map(a => a.href)")
    assert hrefs == ["https://news.example.org/a1"]  # a4's javascript: URL shows as text, not as a link
    assert "a4" in page.inner_text("#panel")


def test_script_bearing_names_show_as_text_and_run_nothing(open_page, xss_html):
    page, log = open_page(xss_html)
    page.fill("#search", "<img")
    page.press("#search", "Enter")
    page.evaluate(
        "() => kgView.showEdge('e' + kgView.data.edges.findIndex(g => g.t === 'meeting' && "
        "kgView.data.nodes[g.s].label.startsWith('<img')))"
    )
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert log.dialogs == [] and log.errors == [] and log.outside == []
    assert page.evaluate("() => document.querySelectorAll('img, iframe').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    panel = page.inner_text("#panel")
    assert XSS_NAME in panel and XSS_SCRIPT in panel
    assert page.eval_on_selector_all("a", "links => links.filter(a => !a.href.startsWith('https:')).length") == 0
    tip = page.evaluate("""() => { const d = document.createElement('div');
        d.append(kgView.tooltipFor('node', kgView.data.nodes.findIndex(n => n.label.startsWith('<img'))));
        return [d.textContent, d.querySelectorAll('img').length]; }""")
    assert XSS_NAME in tip[0] and tip[1] == 0
    assert page.title() == XSS_SCRIPT


def test_a_graph_of_5000_nodes_and_10000_events_draws(open_page, tmp_path):
    payload = build_payload(*view_data_of(synthetic_results(5000, 10000)))
    path = tmp_path / "big.html"
    path.write_text(render_html(payload), encoding="utf-8")
    page, log = open_page(path, timeout_ms=60_000)
    c = counts(page)
    assert c["nodes"] == "5000" and c["events"] == "10000"
    assert int(c["edges"]) == len(payload["edges"]) > 9000
    assert log.errors == [] and log.outside == []
    print(f"\n5,000 nodes / {c['edges']} edges: first draw {int(c['drawMs']) / 1000:.2f} s after navigation")
