"""Summary counts of a graph, each from a named query in kg/query/queries/."""

from __future__ import annotations

import json

from kg.query import format_table, run_query
from kg.resources import QUERIES

SECTIONS = (
    ("actors by kind", "actor_kinds"),
    ("events by type", "event_types"),
    ("events by country", "countries"),
    ("events by month", "months"),
    ("most active dyads", "dyads"),
)
LIMITED = {"countries", "dyads"}


def graph_stats(graph, top: int = 10) -> dict:
    """{"triples": n, query name: (variable names, rows)}; countries and dyads are cut to `top` rows."""
    stats: dict = {"triples": len(graph)}
    for _title, name in SECTIONS:
        names, rows = run_query(graph, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
        stats[name] = (names, rows[:top] if name in LIMITED else rows)
    return stats


def _value(term):
    from rdflib import Literal

    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, str)) else str(term)
    return None if term is None else str(term)


def stats_json(stats: dict) -> str:
    data = {"triples": stats["triples"]}
    for _title, name in SECTIONS:
        names, rows = stats[name]
        data[name] = [{n: _value(t) for n, t in zip(names, row)} for row in rows]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def stats_text(stats: dict) -> str:
    parts = [f"triples: {stats['triples']}\n"]
    for title, name in SECTIONS:
        names, rows = stats[name]
        parts.append(f"{title}\n" + format_table(names, rows))
    return "\n".join(parts)
