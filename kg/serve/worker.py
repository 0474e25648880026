"""One query worker of `kg serve`: a process that opens the store read-only and answers queries
over a socket pair whose other end only the front holds (no port, no path: nothing else can reach it).

Run as `python -m kg.serve.worker STORE_DIR FD PREFIXES_JSON`. Each request is a pickled
(query, dataset, max_rows); each answer is (status, kind, truncated, body or message), where the
body is TSV (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE), cut after `max_rows` rows.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import json
import os
import signal
import sys
from multiprocessing.connection import Connection

import pyoxigraph as ox


def answer(store: ox.Store, prefixes: dict, query: str, dataset: dict, max_rows: int) -> tuple[str, bool, bytes]:
    """(kind, truncated, body): kind is "boolean", "solutions" or "triples"."""
    default_graph: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None
    named_graphs: list[ox.NamedNode | ox.BlankNode] | None = None
    if "default-graph-uri" in dataset:
        default_graph = [ox.NamedNode(iri) for iri in dataset["default-graph-uri"]]
    if "named-graph-uri" in dataset:
        named_graphs = [ox.NamedNode(iri) for iri in dataset["named-graph-uri"]]
    result = store.query(query, prefixes=prefixes, default_graph=default_graph, named_graphs=named_graphs)
    if isinstance(result, ox.QueryBoolean):
        return "boolean", False, b"true\n" if result else b"false\n"
    if isinstance(result, ox.QueryTriples):
        kind, head = "triples", []
        lines = (f"{triple} .\n" for triple in result)
    else:
        kind, head = "solutions", ["\t".join(str(v) for v in result.variables) + "\n"]
        lines = ("\t".join("" if t is None else str(t) for t in row) + "\n" for row in result)
    rows = list(itertools.islice(lines, max_rows + 1))
    truncated = len(rows) > max_rows
    return kind, truncated, "".join(head + rows[:max_rows]).encode("utf-8")


def serve(store: ox.Store, prefixes: dict, connection: Connection) -> None:
    while True:
        try:
            query, dataset, max_rows = connection.recv()
        except EOFError:
            return  # the front has gone
        try:
            kind, truncated, body = answer(store, prefixes, query, dataset, max_rows)
            reply: tuple[int, str, bool, bytes | str] = (200, kind, truncated, body)
        except SyntaxError as exc:
            reply = (400, "", False, str(exc))
        except ValueError as exc:  # an invalid graph IRI in the dataset
            reply = (400, "", False, str(exc))
        except (OSError, RuntimeError) as exc:
            reply = (500, "", False, str(exc))
        connection.send(reply)


def _die_with_parent() -> None:
    """Get SIGTERM when kg serve dies, even by SIGKILL (Linux only)."""
    parent = os.getppid()
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it died before the line above
        sys.exit(0)


def main() -> None:
    _die_with_parent()
    location, fd, prefixes = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
    connection = Connection(fd)
    try:
        store = ox.Store.read_only(location)
    except OSError as exc:
        connection.send((500, "", False, f"cannot open the store: {exc}"))
        return
    connection.send((200, "ready", False, b""))
    serve(store, prefixes, connection)


if __name__ == "__main__":
    main()
