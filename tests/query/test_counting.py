"""One definition of an event count: the build summary, `kg stats`, the counting queries and a plain SPARQL
count agree on a graph with negated, planned and cross-article events, built from text by the real model."""

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import cli

ARTICLES = [
    {
        "id": "a1",
        "published": "2024-03-06",
        "text": "Russia did not condemn the missile test by North Korea on Monday. Polish Prime Minister Donald Tusk "
        "refused to meet Hungarian Prime Minister Viktor Orbán in Brussels on Tuesday.",
    },
    {
        "id": "a2",
        "published": "2024-03-06",
        "text": "French President Emmanuel Macron will visit Japan next month. Germany condemned the missile test by "
        "North Korea on Monday.",
    },
    {
        "id": "a3",
        "published": "2024-03-06",
        "text": "Germany on Monday condemned the missile test by North Korea, officials said. Chile and Peru signed a "
        "border treaty on Tuesday.",
    },
]
COUNTED = (
    "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE "
    '{ ?e a dip:DiplomaticEvent ; dip:polarity "positive" ; dip:modality "asserted" }'
)


def _run(*args):
    result = CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("counting")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    output = _run("build", source, "-o", folder / "out", "--workers", "1")
    return folder / "out" / "graph.ttl", output


def _rows(graph, name):
    return list(__import__("csv").DictReader(_run("query", graph, name, "--format", "csv").splitlines()))


def test_negated_and_planned_events_are_not_counted(built):
    graph, _ = built
    stats = json.loads(_run("stats", graph, "--format", "json"))
    # "did not condemn" and "refused to meet" are negated; "will visit" is planned
    assert stats["events"]["negated"] == 2 and stats["events"]["planned"] == 1
    # Germany's condemnation, told by a2 and a3, is one event; with the treaty, two are counted
    assert stats["events"]["events"] == 2 and stats["events"]["all"] == 5
    assert stats["events"]["by_type"] == {"condemnation": 1, "cooperation": 1}
    dyads = {(r["country1"], r["country2"]): r for r in _rows(graph, "dyads")}
    assert dyads[("PRK", "RUS")]["events"] == "0" and dyads[("PRK", "RUS")]["negated_events"] == "1"
    assert dyads[("DEU", "PRK")]["condemnations"] == "1"
    assert dyads[("HUN", "POL")]["meetings"] == "0" and dyads[("HUN", "POL")]["negated_events"] == "1"
    countries = {r["country"]: r for r in _rows(graph, "countries")}
    assert countries["FRA"]["events"] == "0" and countries["FRA"]["planned_events"] == "1"
    assert countries["RUS"]["events"] == "0"


def test_build_summary_stats_and_sparql_agree(built):
    graph, output = built
    summary = re.search(
        r"^graph: events: (\d+) counted.*not counted: (\d+) negated, (\d+) planned, (\d+) proposed$", output, re.M
    )
    assert summary, output
    stats = json.loads(_run("stats", graph, "--format", "json"))["events"]
    sparql = int(_run("query", graph, "-q", COUNTED, "--format", "csv").splitlines()[1])
    event_types = sum(int(r["events"]) for r in _rows(graph, "event_types"))
    months = sum(int(r["events"]) for r in _rows(graph, "months"))
    assert int(summary.group(1)) == stats["events"] == sparql == event_types == months == 2
    assert tuple(map(int, summary.groups()[1:])) == (stats["negated"], stats["planned"], stats["proposed"])
    assert "this run: articles: 3 read" in output and "graph: articles: 3;" in output
