"""Write graphs and text files atomically: a temp file in the same directory, fsync, os.replace.

An interrupted or failing write leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FORMAT_NAMES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "trig": "trig",
}
# Up to this many triples, Turtle, TriG and JSON-LD are written sorted by subject, so each node is
# one block; beyond it the store is dumped as it iterates (faster, less memory, same triples).
SORT_LIMIT = 250_000
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig"}


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file next to `path` for writing; on success it replaces `path`, on error it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    binary = "b" in mode
    try:
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else encoding, newline=None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_directory(path.parent)


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_writer(path, "wb") as handle:
        handle.write(data)


def graph_format(path: str | Path, fmt: str | None = None) -> str:
    """The canonical format name ("turtle", "nt", "json-ld", "trig") from `fmt` or the file suffix."""
    if fmt:
        if fmt.lower() not in FORMAT_NAMES:
            raise ValueError(f"unknown RDF format {fmt!r} (use turtle, nt, json-ld or trig)")
        return FORMAT_NAMES[fmt.lower()]
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise ValueError(
            f"{path}: cannot tell the RDF format from suffix {suffix or '(none)'} (use .ttl, .nt, .jsonld or .trig)"
        )
    return SUFFIX_FORMATS[suffix]


def write_graph(graph, path: str | Path, fmt: str | None = None) -> Path:
    """Serialise `graph` to `path` in turtle, nt, json-ld or trig, atomically. Returns the path."""
    import pyoxigraph as ox

    from kg.graph.oxigraph import graph_name, oxigraph_of
    from kg.graph.rdf import PREFIXES

    name = graph_format(path, fmt)
    ox_formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "json-ld": ox.RdfFormat.JSON_LD,
        "trig": ox.RdfFormat.TRIG,
    }
    store = oxigraph_of(graph)
    with atomic_writer(path, "wb") as handle:
        if name == "json-ld":
            handle.write(_jsonld_with_context(graph, dict(PREFIXES)))
        elif store is not None:
            prefixes = {} if name == "nt" else dict(PREFIXES)
            source = graph_name(graph)
            if name == "nt" or len(store) > SORT_LIMIT:
                store.dump(handle, format=ox_formats[name], from_graph=source, prefixes=prefixes)
            else:
                quads = list(store.quads_for_pattern(None, None, None, source))
                quads.sort(key=lambda quad: (str(quad.subject), quad.predicate.value))
                triples = (quad.triple for quad in quads)
                ox.serialize(triples, handle, format=ox_formats[name], prefixes=prefixes)
        else:
            graph.serialize(destination=handle, format={"nt": "nt11"}.get(name, name), encoding="utf-8")
    return Path(path)


def _jsonld_with_context(graph, prefixes: dict[str, str]) -> bytes:
    """JSON-LD with an @context of the prefixes, and every IRI in it written with them (dip:Visit, kgr:...).

    pyoxigraph writes expanded JSON-LD only; a compact IRI expands back to the same IRI, so the triples are the same.
    """
    import pyoxigraph as ox

    from kg.graph.oxigraph import graph_name, oxigraph_of

    expanded = io.BytesIO()
    store = oxigraph_of(graph)
    if store is not None:

        def key(quad: ox.Quad) -> tuple[str, str]:
            subject = quad.subject  # an RDF-star quoted triple has no .value: sorted by its N-Triples text
            return (str(subject) if isinstance(subject, ox.Triple) else subject.value, quad.predicate.value)

        quads = sorted(store.quads_for_pattern(None, None, None, graph_name(graph)), key=key)
        ox.serialize((quad.triple for quad in quads), expanded, format=ox.RdfFormat.JSON_LD)
    else:
        graph.serialize(destination=expanded, format="json-ld", encoding="utf-8")
    namespaces = sorted(prefixes.items(), key=lambda item: -len(item[1]))

    def short(iri: str) -> str:
        for prefix, namespace in namespaces:
            local = iri[len(namespace) :]
            if iri.startswith(namespace) and not local.startswith("//"):
                return f"{prefix}:{local}"
        return iri

    def compact(value):
        if isinstance(value, list):
            return [compact(item) for item in value]
        if not isinstance(value, dict):
            return value
        out = {}
        for key, item in value.items():
            if key in ("@id", "@type"):
                out[key] = [short(t) for t in item] if isinstance(item, list) else short(item)
            elif key.startswith("@"):
                out[key] = compact(item)
            elif key == _RDF_TYPE and all(isinstance(t, dict) and list(t) == ["@id"] for t in item):
                out["@type"] = [short(t["@id"]) for t in item]
            else:
                out[short(key)] = compact(item)
        return out

    document = {"@context": dict(sorted(prefixes.items())), "@graph": compact(json.loads(expanded.getvalue() or b"[]"))}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
