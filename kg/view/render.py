"""Turn the view's nodes and events into one self-contained HTML page (vis-network inlined, no CDN).

The data goes into the page as JSON inside <script type="application/json">, with <, >, & and the
line separators escaped, and the page's script inserts every text with textContent. A Content
Security Policy allows only the page's own two scripts (by hash) and no request of any kind.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.graph.export import atomic_write_text
from kg.model import EVENT_TYPES
from kg.view.layout import anchored_layout

PHYSICS_MAX_NODES = 300  # below: vis-network stabilises with physics; above: positions from Python
WARN_NODES = 20_000
KIND_ORDER = {"country": 0, "organization": 1, "person": 2}
_HERE = Path(__file__).resolve().parent
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_MARKER = re.compile(r"@@(TITLE|CSP|CSS|VIS_JS|APP_JS|DATA)@@")


@dataclass(frozen=True)
class ViewSummary:
    nodes: int
    edges: int
    events: int
    warning: str | None = None


def fold_to_countries(nodes: dict[str, dict], events: list[dict]) -> tuple[dict[str, dict], list[dict]]:
    """People and organisations with a country become their country node; events follow them and keep
    the names of the actors they were about (shown in tooltips)."""

    def home(iri: str) -> str:
        country = nodes[iri]["country"]
        return country if country in nodes else iri

    folded_nodes = {iri: node for iri, node in nodes.items() if home(iri) == iri}
    folded_events = []
    for event in events:
        event = dict(event)
        for key, name_key in (("source", "source_name"), ("target", "target_name")):
            iri = event.get(key)
            if iri and home(iri) != iri:
                event[name_key] = nodes[iri]["label"]
                event[key] = home(iri)
        folded_events.append(event)
    return folded_nodes, folded_events


def node_size(events: int) -> float:
    return round(min(6 + 3 * math.sqrt(events), 40), 1)


def build_payload(nodes: dict[str, dict], events: list[dict], level: str = "actor", title: str = "") -> dict:
    """The JSON the page reads: nodes with positions, events, articles, aggregated edges, memberships."""
    if level == "country":
        nodes, events = fold_to_countries(nodes, events)
    order = sorted(nodes.values(), key=lambda n: (KIND_ORDER.get(n["kind"], 3), n["label"].casefold(), n["iri"]))
    index = {node["iri"]: i for i, node in enumerate(order)}

    degree = [0] * len(order)
    for event in events:
        ends = {index[event["source"]]}
        if event.get("target"):
            ends.add(index[event["target"]])
        for i in ends:
            degree[i] += 1

    articles: dict[str, int] = {}
    article_rows: list[dict] = []
    out_events = []
    for event in events:
        row = {"t": event["type"], "s": index[event["source"]], "p": event["polarity"], "m": event["modality"]}
        if event.get("target"):
            row["o"] = index[event["target"]]
        for key, short in (
            ("date", "d"),
            ("location", "loc"),
            ("trigger", "trig"),
            ("source_name", "sn"),
            ("target_name", "on"),
        ):
            if event.get(key):
                row[short] = event[key]
        evidence = []
        for ev in event["evidence"]:
            key = ev["article"]
            if key not in articles:
                articles[key] = len(article_rows)
                article_rows.append(
                    {
                        k: v
                        for k, v in (
                            ("id", key),
                            ("url", ev["url"]),
                            ("date", ev["published"]),
                            ("pub", ev["publisher"]),
                        )
                        if v
                    }
                )
            pair = [ev["sentence"], articles[key]]
            if ev.get("rule"):
                label = ev.get("rule_label")
                pair.append(ev["rule"] if label in (None, ev["rule"]) else f"{ev['rule']} ({label})")
            evidence.append(pair)
        row["ev"] = evidence
        out_events.append(row)

    groups: dict[tuple, list[int]] = defaultdict(list)
    for k, row in enumerate(out_events):
        if "o" in row:
            groups[(row["s"], row["o"], row["t"], row["p"], row["m"])].append(k)
    pair_count: Counter = Counter()
    edges = []
    for (s, o, t, p, m), members in groups.items():
        edge_ends = (s, o) if s <= o else (o, s)
        edges.append({"s": s, "o": o, "t": t, "p": p, "m": m, "e": members, "k": pair_count[edge_ends]})
        pair_count[edge_ends] += 1

    memberships: list[list[int]] = []
    anchor_of = list(range(len(order)))
    for i, node in enumerate(order):
        country = index.get(node["country"]) if node["country"] else None
        if country is not None and country != i:
            memberships.append([i, country])
            anchor_of[i] = country

    sizes = [node_size(d) for d in degree]
    pairs = [(row["s"], row["o"]) for row in out_events if "o" in row]
    positions = anchored_layout(anchor_of, pairs, degree, sizes)
    out_nodes = []
    for i, node in enumerate(order):
        row = {
            "label": node["label"],
            "kind": node["kind"],
            "iri": node["iri"],
            "n": degree[i],
            "size": sizes[i],
            "x": positions[i][0],
            "y": positions[i][1],
        }
        if anchor_of[i] != i:
            row["c"] = anchor_of[i]
        if node.get("iso"):
            row["iso"] = node["iso"]
        if node.get("roles"):
            row["roles"] = node["roles"]
        out_nodes.append(row)

    return {
        "title": title,
        "level": level,
        "physics": len(order) <= PHYSICS_MAX_NODES,
        "types": list(EVENT_TYPES),
        "nodes": out_nodes,
        "events": out_events,
        "articles": article_rows,
        "edges": edges,
        "members": memberships,
    }


def script_json(data) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>', '&', U+2028 or U+2029."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def vis_network_js() -> str:
    """vis-network's standalone build as shipped in the installed pyvis package (read, never copied)."""
    lib = resources.files("pyvis") / "lib"
    candidates = sorted((p for p in lib.iterdir() if p.name.startswith("vis-")), key=lambda p: p.name, reverse=True)
    for folder in candidates:
        script = folder / "vis-network.min.js"
        if script.is_file():
            text = script.read_text(encoding="utf-8")
            text = re.sub(r"//# sourceMappingURL=\S*", "", text)
            if re.search(r"</script", text, re.IGNORECASE):
                raise RuntimeError(f"{script} holds '</script' and cannot be inlined")
            return text
    raise RuntimeError(f"vis-network.min.js not found under {lib}; is pyvis installed?")


def _script_hashes(text: str) -> str:
    """CSP hashes of a script, as written and with CRLF line ends (text mode on Windows)."""
    variants = dict.fromkeys((text, text.replace("\n", "\r\n")))
    return " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(v.encode("utf-8")).digest()).decode("ascii") + "'"
        for v in variants
    )


def render_html(payload: dict) -> str:
    template = (_HERE / "template.html").read_text(encoding="utf-8")
    vis_js = vis_network_js()
    app_js = (_HERE / "view.js").read_text(encoding="utf-8")
    csp = (
        f"default-src 'none'; script-src {_script_hashes(vis_js)} {_script_hashes(app_js)}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    values = {
        "TITLE": html.escape(payload["title"] or "kg network", quote=True),
        "CSP": html.escape(csp, quote=False).replace('"', "&quot;"),
        "CSS": (_HERE / "view.css").read_text(encoding="utf-8"),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": script_json(payload),
    }
    return _MARKER.sub(lambda m: values[m.group(1)], template)


def write_html(graph, path, level: str = "actor", title: str | None = None) -> ViewSummary:
    """Write the interactive network of `graph` (an rdflib Graph in the kg-diplomacy vocabulary) to `path`.

    level="country" folds people and organisations with a country into their country. Returns the
    counts drawn and, past WARN_NODES nodes, a warning to show the user."""
    from kg.view.data import read_view_data

    if level not in ("actor", "country"):
        raise ValueError(f"level must be 'actor' or 'country', not {level!r}")
    nodes, events = read_view_data(graph)
    payload = build_payload(nodes, events, level=level, title=title or "kg network")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, render_html(payload))
    count = len(payload["nodes"])
    warning = None
    if count > WARN_NODES:
        hint = " try --level country" if level == "actor" else ""
        warning = f"{path}: {count} nodes is more than a browser draws smoothly ({WARN_NODES});{hint}"
    return ViewSummary(nodes=count, edges=len(payload["edges"]), events=len(payload["events"]), warning=warning)
