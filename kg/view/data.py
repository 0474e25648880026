"""Read the actors and events of an RDF graph (kg-diplomacy vocabulary) into plain dicts for the view.

The SPARQL lives next to this module (kg/view/*.rq, apart from the named queries of `kg query`).
Rows are folded here, so a property with several values (an event merged from two articles) still
gives one event.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from kg.model import ACTOR_KINDS, EVENT_TYPES, MODALITIES, POLARITIES

KGR = "https://w3id.org/kg-diplomacy/id/"
_QUERIES = Path(__file__).resolve().parent
_KIND_BY_PATH = {"country": "country", "person": "person", "org": "organization"}


def _query(graph, name: str) -> list[dict[str, str]]:
    text = (_QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    return [{k: str(v) for k, v in row.asdict().items()} for row in graph.query(text)]


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL, else None (no javascript: or data: links)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _tail(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


def _placeholder(iri: str) -> dict:
    """A node for an IRI that events point to but the graph does not describe."""
    path = iri[len(KGR) :].split("/", 1)[0] if iri.startswith(KGR) else ""
    kind = _KIND_BY_PATH.get(path, "organization")
    label = _tail(iri)
    if kind == "person" and "--" in label:
        label = label.split("--", 1)[0].replace("-", " ").title()
    return {
        "iri": iri,
        "label": label,
        "kind": kind,
        "country": iri if kind == "country" else None,
        "iso": None,
        "roles": [],
    }


def _pick_label(old: str | None, new: str | None) -> str | None:
    """The longest label, then the first in code point order: the same whatever the row order."""
    if not old or not new:
        return old or new
    return max(old, new, key=lambda s: (len(s), [-ord(c) for c in s]))


def read_actors(graph) -> dict[str, dict]:
    nodes: dict[str, dict] = {}
    for row in _query(graph, "actors"):
        iri = row["actor"]
        node = nodes.get(iri)
        if node is None:
            kind = row.get("kind") if row.get("kind") in ACTOR_KINDS else _placeholder(iri)["kind"]
            node = nodes[iri] = {"iri": iri, "label": None, "kind": kind, "country": None, "iso": None, "roles": []}
        node["label"] = _pick_label(node["label"], row.get("label"))
        if row.get("country") and (node["country"] is None or row["country"] < node["country"]):
            node["country"] = row["country"]
        if row.get("iso"):
            node["iso"] = row["iso"]
    for row in _query(graph, "roles"):
        node = nodes.get(row["actor"])
        if node is not None and row["role"] not in node["roles"]:
            node["roles"].append(row["role"])
    for node in nodes.values():
        node["label"] = node["label"] or _tail(node["iri"])
        node["roles"].sort()
        if node["kind"] == "country":
            node["country"] = node["iri"]
        if node["kind"] == "country" and not node["iso"]:
            node["iso"] = _tail(node["iri"])
    return nodes


def _first(old, new):
    if old is None:
        return new
    return old if new is None else min(old, new)


def read_events(graph) -> list[dict]:
    events: dict[str, dict] = {}
    for row in _query(graph, "events"):
        iri = row["event"]
        event = events.setdefault(iri, {"iri": iri, "evidence": []})
        for key in ("type", "source", "target", "date", "polarity", "modality", "location", "trigger"):
            event[key] = _first(event.get(key), row.get(key))
        if row.get("confidence") is not None:
            event["confidence"] = max(event.get("confidence", 0.0), float(row["confidence"]))
    seen = set()
    for row in _query(graph, "evidence"):
        owner = events.get(row["event"])
        seen_key = (row["event"], row["evidence"], row.get("article"))
        if owner is None or seen_key in seen:
            continue
        seen.add(seen_key)
        article = row.get("article")
        owner["evidence"].append(
            {
                "sentence": row.get("sentence") or "",
                "begin": int(row["begin"]) if row.get("begin", "").isdigit() else 0,
                "article": row.get("articleId") or (_tail(article) if article else ""),
                "url": safe_url(row.get("url")),
                "published": row.get("published"),
                "publisher": row.get("publisher"),
                "rule": row.get("rule"),
                "rule_label": row.get("rule_label"),
            }
        )
    for event in events.values():
        if event["type"] not in EVENT_TYPES:
            event["type"] = "other"
        if event["polarity"] not in POLARITIES:
            event["polarity"] = "positive"
        if event["modality"] not in MODALITIES:
            event["modality"] = "asserted"
        event["evidence"].sort(key=lambda e: (e["article"], e["begin"], e["sentence"]))
    return sorted(events.values(), key=lambda e: (e["date"] or "", e["iri"]))


def read_view_data(graph) -> tuple[dict[str, dict], list[dict]]:
    """(nodes by IRI, events) of `graph`: the actors that take part in events, and the countries they serve.

    An actor of no event (a mention a graph of an older kg kept: a dateline, a street) is left out, so it
    is neither drawn nor offered by the country filter. Actors that events name but the graph does not
    describe get a placeholder node, and so do countries that actors point to."""
    described = read_actors(graph)
    events = read_events(graph)
    nodes: dict[str, dict] = {}
    for event in events:
        for key in ("source", "target"):
            iri = event[key]
            if iri and iri not in nodes:
                nodes[iri] = described.get(iri) or _placeholder(iri)
    for node in list(nodes.values()):
        country = node["country"]
        if country and country not in nodes and country in described:
            nodes[country] = described[country]
    for node in list(nodes.values()):
        country = node["country"]
        if country and country not in nodes:
            nodes[country] = _placeholder(country)
            nodes[country]["iso"] = _tail(country)
    return nodes, events
