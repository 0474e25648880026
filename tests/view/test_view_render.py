"""The page as a file: self-contained, escaped, written atomically; the layout of large graphs."""

import html
import json
import math
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from view_graphs import XSS_NAME, XSS_SCRIPT, sample_graph, synthetic_results, view_data_of

from kg.view import render, write_html
from kg.view.layout import anchored_layout
from kg.view.render import build_payload, render_html, script_json


def data_block(page: str) -> str:
    return re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)


@pytest.fixture(scope="module")
def xss_page(tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_html(sample_graph(xss=True), path, title="<b>Sample</b> & co")
    return path.read_text(encoding="utf-8")


def test_script_json_escapes_what_could_end_the_script_block():
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_names_from_articles_stay_inside_the_json_block(xss_page):
    markup = xss_page.replace(render.vis_network_js(), "")
    assert markup.count("<script") == 3 and markup.count("</script>") == 3
    assert XSS_NAME not in xss_page and XSS_SCRIPT not in xss_page
    data = json.loads(data_block(xss_page))
    assert XSS_NAME in [n["label"] for n in data["nodes"]]
    assert "<title>&lt;b&gt;Sample&lt;/b&gt; &amp; co</title>" in xss_page


def test_page_loads_nothing_from_the_network(xss_page):
    markup = xss_page.replace(render.vis_network_js(), "")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", markup, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", xss_page, re.I)
    assert "cdn" not in markup.lower()
    assert "default-src 'none'" in xss_page


def test_vis_network_is_inlined_from_the_installed_pyvis(xss_page):
    vis = render.vis_network_js()
    assert "vis-network" in vis[:200] and "sourceMappingURL" not in vis
    assert vis in xss_page


def test_csp_hashes_match_the_inline_scripts(xss_page):
    import base64
    import hashlib

    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', xss_page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", xss_page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_write_html_reports_counts_and_warns_past_the_size_limit(tmp_path, monkeypatch):
    summary = write_html(sample_graph(), tmp_path / "out" / "g.html", level="country")
    assert (summary.nodes, summary.events, summary.warning) == (8, 12, None)
    monkeypatch.setattr(render, "WARN_NODES", 5)
    summary = write_html(sample_graph(), tmp_path / "g.html")
    assert summary.nodes == 13 and "--level country" in summary.warning
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["g.html"]


def test_write_html_rejects_an_unknown_level(tmp_path):
    with pytest.raises(ValueError, match="level"):
        write_html(sample_graph(), tmp_path / "g.html", level="city")


def test_small_graphs_use_physics_and_large_ones_fixed_positions():
    small = build_payload(*view_data_of(synthetic_results(100, 150)))
    large = build_payload(*view_data_of(synthetic_results(1000, 2000)))
    assert small["physics"] is True and large["physics"] is False
    assert len(large["nodes"]) == 1000


def test_layout_puts_people_near_their_country_and_is_repeatable():
    nodes, events = view_data_of(synthetic_results(2000, 4000))
    payload = build_payload(nodes, events)
    again = build_payload(nodes, events)
    assert [(n["x"], n["y"]) for n in payload["nodes"]] == [(n["x"], n["y"]) for n in again["nodes"]]
    pts = payload["nodes"]
    to_country = [math.dist((n["x"], n["y"]), (pts[n["c"]]["x"], pts[n["c"]]["y"])) for n in pts if "c" in n]
    xs = sorted(n["x"] for n in pts)
    assert sorted(to_country)[len(to_country) // 2] < (xs[-1] - xs[0]) / 10
    assert len({(n["x"], n["y"]) for n in pts}) == len(pts)


def test_layout_caps_the_anchors_laid_out_by_force():
    n = 900
    edges = [(i, (i * 7 + 1) % n) for i in range(n)]
    pos = anchored_layout(list(range(n)), edges, [2] * n, [8.0] * n)
    assert len(pos) == n and len(set(pos)) == n


def test_render_html_fills_every_marker():
    page = render_html(build_payload(*view_data_of(synthetic_results(50, 60)), title="t"))
    assert "@@" not in page.replace(render.vis_network_js(), "")


HOSTILE_PIECES = st.sampled_from(
    [
        "</script>",
        "<script>alert(1)</script>",
        "<!--",
        "-->",
        "<img src=x onerror=alert(1)>",
        "]]>",
        "&amp;",
        "&",
        "<",
        ">",
        '"',
        "'",
        "`",
        "\\",
        "\n",
        "\r",
        "\u2028",
        "\u2029",
        "\u202e",
        "\u05e9\u05dc\u05d5\u05dd",
        "\U0001f600",
        "\x7f",
        "\x85",
        "@@DATA@@",
        "@@TITLE@@",
        "${x}",
        "{{x}}",
        "javascript:alert(1)",
    ]
)
HOSTILE_TEXT = st.lists(
    st.one_of(HOSTILE_PIECES, st.text(st.characters(codec="utf-8"), min_size=1, max_size=5)), min_size=1, max_size=6
).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=HOSTILE_TEXT, sentence=HOSTILE_TEXT, place=HOSTILE_TEXT, title=HOSTILE_TEXT)
def test_any_article_text_stays_data_in_the_page(name, sentence, place, title):
    from kg.model import Actor, Article, DocumentResult, Event, Evidence

    person = Actor(name, "person", "FRA", role=place)
    event = Event(
        "meeting",
        person,
        Actor(name, "organization"),
        place,
        Evidence(sentence, 0, len(sentence)),
        location=place,
        date="2025-01-02",
    )
    article = Article(sentence, sentence, "2025-01-03", name, "https://example.org/" + place)
    page = render_html(build_payload(*view_data_of([DocumentResult(article, [event], [person])]), title=title))
    markup = page.replace(render.vis_network_js(), "")
    assert markup.count("<script") == 3 and markup.count("</script>") == 3
    block = data_block(page)
    assert not re.search("[<>&\u2028\u2029]", block)
    data = json.loads(block)
    assert data["title"] == title
    assert {n["label"] for n in data["nodes"]} >= {name}
    assert [e["ev"][0][0] for e in data["events"]] == [sentence] and data["events"][0]["loc"] == place
    assert [(a["id"], a["pub"]) for a in data["articles"]] == [(sentence, name)]
    assert f"<title>{html.escape(title, quote=True)}</title>" in page
