"""Summary counts of a graph, each from a named query in kg/query/queries/.

One definition of an event count, used by `kg stats`, the build summary and the notebooks: an event is a
node of the graph (the same event reported by two articles is one), and it is counted when it is asserted
and positive. Negated events (polarity negative), planned and proposed ones (positive) are counted apart,
as event_types.rq defines them.
"""

from __future__ import annotations

import json

from kg.query import format_table, run_query
from kg.resources import QUERIES

SECTIONS = (
    ("actors taking part in events, by kind", "actor_kinds"),
    ("events by type (events: asserted and positive)", "event_types"),
    ("events by country", "countries"),
    ("events by month", "months"),
    ("most active dyads", "dyads"),
)
LIMITED = {"countries", "dyads"}
NOT_COUNTED = ("negated", "planned", "proposed")
_PLURAL = {"person": "people", "country": "countries", "organization": "organizations"}


def _named(graph, name: str) -> tuple[list[str], list[tuple]]:
    return run_query(graph, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"))


def _records(graph, name: str) -> list[dict]:
    names, rows = _named(graph, name)
    return [{n: _value(t) for n, t in zip(names, row)} for row in rows]


def event_figures(graph) -> dict:
    """{"events": counted, "negated": n, "planned": n, "proposed": n, "all": n, "by_type": {type: counted}}."""
    rows = _records(graph, "event_types")
    figures = {"events": sum(r["events"] for r in rows)}
    for key in NOT_COUNTED:
        figures[key] = sum(r[f"{key}_events"] for r in rows)
    figures["all"] = sum(r["all_events"] for r in rows)
    figures["by_type"] = {r["type"]: r["events"] for r in rows if r["events"]}
    return figures


def article_count(graph) -> int:
    (row,) = _records(graph, "articles")
    return row["articles"]


def namesakes(graph) -> list[dict]:
    """People who share a name but have different countries (kept as separate nodes), countries in order."""
    rows = _records(graph, "namesakes")
    for row in rows:
        row["countries"] = " ".join(sorted(row["countries"].split()))
    return rows


def graph_stats(graph, top: int = 10) -> dict:
    """{"triples": n, "articles": n, "events": event_figures, "namesakes": rows, query name: (names, rows)};
    countries and dyads are cut to `top` rows."""
    stats: dict = {
        "triples": len(graph),
        "articles": article_count(graph),
        "events": event_figures(graph),
        "namesakes": namesakes(graph),
    }
    for _title, name in SECTIONS:
        names, rows = _named(graph, name)
        stats[name] = (names, rows[:top] if name in LIMITED else rows)
    return stats


def _value(term):
    from rdflib import Literal

    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, str)) else str(term)
    return None if term is None else str(term)


def events_line(figures: dict) -> str:
    by_type = ", ".join(f"{n} {t}" for t, n in sorted(figures["by_type"].items())) or "none"
    apart = ", ".join(f"{figures[key]} {key}" for key in NOT_COUNTED)
    return f"events: {figures['events']} counted, asserted and positive ({by_type}); not counted: {apart}"


def notes(stats: dict) -> list[str]:
    return [
        f"note: {row['people']} people named {row['name']!r} have different countries ({row['countries']}): kept apart"
        for row in stats["namesakes"]
    ]


def graph_summary_lines(graph, scope: str = "graph") -> list[str]:
    """What the graph holds, each line starting with `scope` ("graph", "store, all runs")."""
    kinds = {row["kind"]: row["actors"] for row in _records(graph, "actor_kinds")}
    actors = ", ".join(f"{kinds.get(kind, 0)} {plural}" for kind, plural in _PLURAL.items())
    lines = [
        f"{scope}: articles: {article_count(graph)}; actors in events: {actors}",
        f"{scope}: {events_line(event_figures(graph))}",
        f"{scope}: triples: {len(graph)}",
    ]
    return lines + [f"{scope}: {note}" for note in notes({"namesakes": namesakes(graph)})]


def stats_json(stats: dict) -> str:
    data = {
        "triples": stats["triples"],
        "articles": stats["articles"],
        "events": stats["events"],
        "namesakes": stats["namesakes"],
    }
    for _title, name in SECTIONS:
        names, rows = stats[name]
        data[name] = [{n: _value(t) for n, t in zip(names, row)} for row in rows]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def stats_text(stats: dict) -> str:
    head = [
        f"triples: {stats['triples']}",
        f"articles: {stats['articles']}",
        events_line(stats["events"]),
        *notes(stats),
    ]
    parts = ["\n".join(head) + "\n"]
    for title, name in SECTIONS:
        names, rows = stats[name]
        parts.append(f"{title}\n" + format_table(names, rows))
    return "\n".join(parts)
