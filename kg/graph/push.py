"""Send a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint (POST adds, PUT replaces)."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import quote


class PushError(RuntimeError):
    """The endpoint could not be reached or refused the data; the message is one line."""


def store_url(endpoint: str, graph_iri: str | None = None) -> str:
    separator = "&" if "?" in endpoint else "?"
    target = f"graph={quote(graph_iri, safe='')}" if graph_iri else "default"
    return f"{endpoint}{separator}{target}"


def push_graph(graph, endpoint: str, graph_iri: str | None = None, replace: bool = False, timeout: float = 300) -> int:
    """Send every triple of `graph` as N-Triples; returns the number of triples sent."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    from kg.graph.ntriples import graph_ntriples

    data = graph_ntriples(graph)
    url = store_url(endpoint, graph_iri)
    request = urllib.request.Request(
        url,
        data=data,
        method="PUT" if replace else "POST",
        headers={"Content-Type": "application/n-triples", "Content-Length": str(len(data))},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().replace("\n", " ")[:300]
        raise PushError(f"{url}: HTTP {exc.code} {exc.reason}{': ' + body if body else ''}") from None
    except urllib.error.URLError as exc:
        raise PushError(f"{endpoint}: cannot connect: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise PushError(f"{endpoint}: {exc}") from None
    return data.count(b"\n")
