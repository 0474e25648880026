"""The query, validate and stats commands, run through the click group."""

import json

from click.testing import CliRunner

from kg.cli import cli


def _run(*args):
    return CliRunner().invoke(cli, list(map(str, args)), standalone_mode=False, catch_exceptions=False)


def _run_main(*args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True)


def test_query_named_to_csv(sample_ttl):
    result = _run("query", sample_ttl, "visits", "--format", "csv")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].startswith("date,visitor,visitor_country")
    assert "Sergei Shoigu" in result.output


def test_query_inline_json_and_param(sample_ttl):
    result = _run(
        "query", sample_ttl, "-q", "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:DiplomaticEvent }", "--format", "json"
    )
    assert json.loads(result.output)["results"]["bindings"][0]["n"]["value"] == "4"
    result = _run("query", sample_ttl, "actor", "--param", "actor=Shoigu", "--format", "csv")
    lines = result.output.splitlines()
    assert len(lines) == 3 and all(line.startswith("Sergei Shoigu,") for line in lines[1:])


def test_query_rq_file(sample_ttl, tmp_path):
    query = tmp_path / "mine.rq"
    query.write_text("# countries\nSELECT ?c WHERE { ?x dip:isoCode ?c } ORDER BY ?c\n")
    result = _run("query", sample_ttl, query, "--format", "csv")
    assert result.output.split() == ["c", "DEU", "FRA", "IRQ", "RUS"]


def test_malformed_query_is_one_line_with_position(sample_ttl):
    result = _run_main("query", sample_ttl, "-q", "SELECT ?x WHERE { ?x a dip:Visit ")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "1:34" in result.stderr


def test_help_lists_named_queries_and_example():
    result = _run("query", "--help")
    assert "visits" in result.output and "dyads" in result.output and "Example" in result.output


def test_validate_passes_and_fails(sample_graph, sample_ttl, tmp_path):
    result = _run_main("validate", sample_ttl)
    assert result.returncode == 0 and "conforms" in result.stdout
    from rdflib import Literal

    from kg.graph.export import write_graph
    from kg.graph.rdf import DIP

    visit = next(iter(sample_graph.subjects(DIP.eventType, Literal("visit"))))
    sample_graph.add((visit, DIP.modality, Literal("rumoured")))
    broken = write_graph(sample_graph, tmp_path / "broken.ttl")
    result = _run_main("validate", broken)
    assert result.returncode == 1 and "modality" in result.stdout


def test_stats_table_and_json(sample_ttl):
    result = _run("stats", sample_ttl)
    assert "events by type" in result.output and "most active dyads" in result.output
    data = json.loads(_run("stats", sample_ttl, "--format", "json").output)
    # Russia is only Shoigu's country, no party to an event: not an actor
    assert {row["kind"]: row["actors"] for row in data["actor_kinds"]} == {"country": 3, "person": 2, "organization": 1}
    # the undated meeting is planned: not counted among the events, in a column of its own
    assert {row["month"]: (row["events"], row["planned_events"]) for row in data["months"]} == {
        "2025-09": (3, 0),
        "undated": (0, 1),
    }
    assert data["dyads"][0]["events"] == 1
    assert data["events"] == {
        "events": 3,
        "negated": 0,
        "planned": 1,
        "proposed": 0,
        "all": 4,
        "by_type": {"visit": 1, "condemnation": 1, "cooperation": 1},
    }
    assert data["articles"] == 2
