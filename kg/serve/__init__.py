"""`kg serve`: a read-only SPARQL 1.1 endpoint.

Oxigraph's own server (`oxigraph serve-read-only`, on private ports of 127.0.0.1) runs the
queries. The front in this module is the only thing listening on the user's address. It:
- refuses SPARQL Update and SERVICE (kg.serve.guard) before a query reaches Oxigraph;
- asks Oxigraph for TSV (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE), both one row per line,
  so cutting at the row limit is a count of newlines; then re-serializes to the format the client
  asked for with pyoxigraph (JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML, JSON-LD);
- enforces the time limit. Oxigraph's `--timeout-s` alone is not enough: it checks its deadline
  only now and then (a cross product of 9,000 triples ran 14 s past a 1 s limit) and ends a
  cancelled answer as if it were complete. So the front keeps a small pool of Oxigraph servers on
  the same store, each running one query at a time; a query that overruns gets a 503 and its
  server is killed and replaced, which stops the work at once and touches no other query;
- serves the query page at / with the named queries of kg/query/queries/*.rq as examples.
"""

from __future__ import annotations

import contextlib
import ctypes
import gzip
import http.client
import json
import math
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pyoxigraph as ox

from kg.graph.oxigraph import SPEC_PREFIX as STORE_PREFIX
from kg.serve.guard import GRAPH_FORMATS, GRAPH_FORMS, RESULT_FORMATS, Refused, check_query, choose_format

PAGE = Path(__file__).with_name("page.html")
MAX_QUERY_BYTES = 1_000_000
DATASET_PARAMS = ("default-graph-uri", "named-graph-uri")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
RESULT_SYNTAX = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_SYNTAX = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class ServeError(Exception):
    """The endpoint cannot start; the message names the file, store or command at fault."""


class Stopped(Exception):
    """SIGTERM arrived: stop serving as for Ctrl-C."""


@dataclass(frozen=True)
class Limits:
    timeout: float
    max_rows: int


# ---- the graph to serve ----


def load_file(path: Path, directory: Path) -> None:
    """Bulk-load a graph file (optionally .gz) into a new Oxigraph store in `directory`."""
    from kg.graph.store import FORMATS
    from kg.graph.totals import refresh_totals

    name = path.name.lower()
    zipped = name.endswith(".gz")
    suffix = Path(name[:-3] if zipped else name).suffix
    if suffix not in FORMATS:
        raise ServeError(f"{path}: unknown graph format {suffix!r}; use one of {', '.join(sorted(FORMATS))}")
    store = ox.Store(str(directory))
    try:
        base = path.resolve().as_uri()
        if zipped:
            with gzip.open(path) as stream:
                store.bulk_load(input=stream, format=FORMATS[suffix], base_iri=base)
        else:
            store.bulk_load(path=str(path), format=FORMATS[suffix], base_iri=base)
        refresh_totals(store)  # the counts the named queries read (kg/graph/totals.py)
    except SyntaxError as exc:
        raise ServeError(f"{path}: {exc}") from None
    except (OSError, EOFError) as exc:
        raise ServeError(f"{path}: cannot read the graph: {exc}") from None
    finally:
        del store  # closes the database, which Oxigraph's server then opens


def _count_totals(directory: Path) -> None:
    """Count the totals the named queries read (kg/graph/totals.py) into a store built without them."""
    from kg.graph.totals import ensure_totals

    try:
        store = ox.Store(str(directory))
    except OSError:
        return  # in use or unreadable: Oxigraph's server says why when it starts
    ensure_totals(store)
    del store


def store_location(graph: str, scratch: Path) -> Path:
    """The Oxigraph directory to serve: the store itself for oxigraph:DIR, else a loaded copy."""
    if graph.startswith(STORE_PREFIX):
        directory = Path(graph[len(STORE_PREFIX) :])
        if not directory.is_dir():
            raise ServeError(f"{directory}: no such Oxigraph store directory")
        _count_totals(directory)
        return directory
    path = Path(graph)
    if path.is_dir():
        raise ServeError(f"{path}: is a directory; to serve an Oxigraph store, write oxigraph:{path}")
    if not path.is_file():
        raise ServeError(f"{path}: no such graph file")
    directory = scratch / "store"
    load_file(path, directory)
    return directory


# ---- Oxigraph's server, on a private port ----


def oxigraph_command() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the 'oxigraph' server command is missing; install it with: pip install oxigraph")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child: get SIGTERM when kg serve dies, even by SIGKILL (Linux only)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Oxigraph:
    """One `oxigraph serve-read-only` on 127.0.0.1:<free port>."""

    def __init__(self, location: Path, timeout: float, log: Path):
        self.location = location
        self.timeout_s = max(1, math.ceil(timeout))
        self.log = log
        self.port = 0
        self.process: subprocess.Popen | None = None

    def start(self, wait: float = 30.0) -> None:
        command = oxigraph_command()
        for _ in range(3):  # the free port may be taken between our probe and Oxigraph's bind
            self.port = free_port()
            with open(self.log, "wb") as log:
                self.process = subprocess.Popen(
                    [command, "serve-read-only", "--location", str(self.location),
                     "--bind", f"127.0.0.1:{self.port}", "--timeout-s", str(self.timeout_s)],
                    stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=_die_with_parent,
                )  # fmt: skip
            if self._ready(wait):
                return
            if "in use" not in self.log.read_text(errors="replace"):
                break
        message = self.log.read_text(errors="replace").strip().splitlines()
        self.stop()
        raise ServeError(f"{self.location}: Oxigraph's server did not start: {' '.join(message[-3:])}")

    def _ready(self, wait: float) -> bool:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
            time.sleep(0.02)
        return False

    def stop(self, grace: float = 5.0) -> None:
        """Terminate; kill after `grace` seconds (0: kill at once, safe as the store is read-only)."""
        if self.process is None or self.process.poll() is not None:
            return
        if grace > 0:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace)
                return
        self.process.kill()
        self.process.wait()


class OxigraphPool:
    """`size` Oxigraph servers on one store, each lent to one query at a time."""

    def __init__(self, location: Path, timeout: float, scratch: Path, size: int):
        self.location = location
        self.timeout = timeout
        self.scratch = scratch
        self.size = size
        self.idle: queue.Queue[Oxigraph] = queue.Queue()
        self.refills: queue.Queue[bool] = queue.Queue()
        self.running: set[Oxigraph] = set()
        self.lock = threading.Lock()
        self.started = 0
        self.closed = False

    def _new(self) -> Oxigraph:
        with self.lock:
            if self.closed:
                raise ServeError("the endpoint is stopping")
            self.started += 1
            server = Oxigraph(self.location, self.timeout, self.scratch / f"oxigraph-{self.started}.log")
            self.running.add(server)
        server.start()
        return server

    def start(self) -> None:
        for _ in range(self.size):
            self.idle.put(self._new())
        # Replacements start from one long-lived thread: the child's "die with parent" signal
        # follows the thread that started it, and request threads end.
        threading.Thread(target=self._refill_forever, daemon=True).start()

    def acquire(self, wait: float) -> Oxigraph | None:
        try:
            return self.idle.get(timeout=wait)
        except queue.Empty:
            return None

    def release(self, server: Oxigraph) -> None:
        self.idle.put(server)

    def replace(self, server: Oxigraph) -> None:
        """Kill a server that overran or failed, and lend a fresh one in its place."""
        server.stop(grace=0)
        with self.lock:
            self.running.discard(server)
        self.refills.put(True)

    def _refill_forever(self) -> None:
        while self.refills.get():
            try:
                self.idle.put(self._new())
            except ServeError as exc:
                print(f"kg serve: warning: could not restart a query worker: {exc}", file=sys.stderr)

    def stop(self) -> None:
        with self.lock:
            self.closed = True
            servers = list(self.running)
        self.refills.put(False)
        for server in servers:
            with contextlib.suppress(OSError, AttributeError):
                server.process.terminate()
        for server in servers:
            server.stop()


# ---- answering one query ----


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict


def _read_rows(response, max_lines: int, deadline: float, sock) -> tuple[bytes, bool]:
    """Read up to `max_lines` newline-ended lines; True when more followed (the result is cut)."""
    data = bytearray()
    lines = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock.settimeout(remaining)
        chunk = response.read1(65536)
        if not chunk:
            return bytes(data), False
        data += chunk
        lines += chunk.count(b"\n")
        if lines > max_lines:
            cut = -1
            for _ in range(max_lines):
                cut = data.index(b"\n", cut + 1)
            return bytes(data[: cut + 1]), True


def _last_line(body: bytes) -> str:
    lines = body.decode("utf-8", errors="replace").strip().splitlines()
    return lines[-1][:500] if lines else "no answer"


def _convert(body: bytes, graph_form: bool, fmt: str, prefixes: dict) -> bytes:
    """Re-serialize Oxigraph's TSV / N-Triples into `fmt`, checking it on the way."""
    try:
        if graph_form:
            triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            if fmt == "ntriples":
                return body
            # kgr: would need escaped slashes (kgr:country\/RUS): its IRIs are clearer written out
            short = {name: iri for name, iri in prefixes.items() if name != "kgr"}
            return ox.serialize(triples, format=GRAPH_SYNTAX[fmt], prefixes=short)
        results = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
        if fmt == "tsv":
            return body
        return results.serialize(format=RESULT_SYNTAX[fmt])
    except SyntaxError:
        raise Refused(500, f"The query failed while running: {_last_line(body)}") from None


class Overrun(Exception):
    """The query ran past the time limit (or Oxigraph stopped answering): recycle its server."""


def _ask_oxigraph(port: int, query: str, dataset: dict, graph_form: bool, limits: Limits) -> tuple[bytes, bool]:
    """Oxigraph's answer cut at the row limit, and whether it was cut."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=limits.timeout)
    try:
        path = "/query" + ("?" + urlencode(dataset, doseq=True) if dataset else "")
        upstream_type = "application/n-triples" if graph_form else "text/tab-separated-values"
        connection.request(
            "POST", path, body=query.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": upstream_type},
        )  # fmt: skip
        response = connection.getresponse()
        if response.status != 200:
            message = " ".join(response.read(4000).decode("utf-8", errors="replace").split())
            message = message if len(message) <= 300 else message[:300] + " ..."
            if response.status == 400:
                raise Refused(400, f"Malformed query: {message}")
            raise Refused(502, f"The SPARQL engine failed ({response.status}): {message}")
        max_lines = limits.max_rows + (0 if graph_form else 1)
        body, truncated = _read_rows(response, max_lines, started + limits.timeout, connection.sock)
    except TimeoutError:
        raise Overrun from None
    except (ConnectionError, http.client.HTTPException) as exc:
        raise Overrun(f"The SPARQL engine did not answer: {exc}") from None
    finally:
        connection.close()
    if time.monotonic() - started >= limits.timeout:
        raise Overrun  # Oxigraph's own cancellation ends the answer as if it were complete
    return body, truncated


def run_query(query: str, dataset: dict, accept: str | None, fmt_name: str | None,
              pool: OxigraphPool, limits: Limits, prefixes: dict) -> Answer:  # fmt: skip
    form = check_query(query)
    fmt = choose_format(form, accept, fmt_name)
    graph_form = form in GRAPH_FORMS
    server = pool.acquire(limits.timeout)
    if server is None:
        raise Refused(503, f"All {pool.size} query workers stayed busy for {limits.timeout:g} s; try again later")
    try:
        body, truncated = _ask_oxigraph(server.port, query, dataset, graph_form, limits)
    except Overrun as overrun:
        pool.replace(server)
        if overrun.args:
            raise Refused(502, overrun.args[0]) from None
        raise Refused(503, f"Query stopped: it ran longer than the time limit of {limits.timeout:g} s") from None
    except BaseException:
        pool.release(server)
        raise
    pool.release(server)
    content_type = (GRAPH_FORMATS if graph_form else RESULT_FORMATS)[fmt][0]
    headers = {"X-KG-Row-Limit": str(limits.max_rows)}
    if truncated:
        headers["X-KG-Truncated"] = f"true; the first {limits.max_rows} rows only"
    return Answer(200, content_type, _convert(body, graph_form, fmt, prefixes), headers)


# ---- the query page ----


def example_queries(directory: Path) -> list[dict]:
    """The named queries of kg/query/queries/*.rq (not the view_* ones the HTML view uses)."""
    examples = []
    for path in sorted(directory.glob("*.rq")):
        if path.stem.startswith("view_"):
            continue
        text = path.read_text(encoding="utf-8")
        about = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
        examples.append({"name": path.stem, "about": " ".join(about[:2]), "query": text})
    return examples


def render_page(examples: list[dict], prefixes: dict, limits: Limits) -> bytes:
    data = json.dumps({"examples": examples, "prefixes": prefixes, "timeout": limits.timeout,
                       "maxRows": limits.max_rows})  # fmt: skip
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return PAGE.read_text(encoding="utf-8").replace("__KG_PAGE_DATA__", data).encode("utf-8")


# ---- the HTTP front ----


class Endpoint(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, pool: OxigraphPool, limits: Limits, page: bytes, prefixes: dict, log: bool):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)
        self.pool = pool
        self.limits = limits
        self.page = page
        self.prefixes = prefixes
        self.log = log


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    server: Endpoint

    def log_message(self, format: str, *args) -> None:
        if self.server.log:
            super().log_message(format, *args)

    def _host_is_local(self) -> bool:
        """On a loopback address, answer only requests addressed to it: a web page whose DNS
        name was pointed at 127.0.0.1 (DNS rebinding) must not read the graph."""
        if self.server.server_address[0] not in LOOPBACK:
            return True
        host = urlsplit("//" + (self.headers.get("Host") or "")).hostname or ""
        if host in LOOPBACK:
            return True
        self._send_error(403, f"Requests to this endpoint must name a loopback host, not {host!r}")
        return False

    def do_GET(self) -> None:
        if not self._host_is_local():
            return
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html") and "query" not in params:
            self._send(Answer(200, "text/html; charset=utf-8", self.server.page, {}))
        elif url.path in ("/", "/sparql", "/query"):
            self._answer(params)
        else:
            self._send_error(404, f"Not found: {url.path}; the endpoint is /sparql")

    def do_POST(self) -> None:
        if not self._host_is_local():
            return
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql", "/query"):
            self._send_error(404, f"Not found: {url.path}; the endpoint is /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_QUERY_BYTES:
            self._send_error(413, f"Request body must be between 0 and {MAX_QUERY_BYTES} bytes")
            self.close_connection = True
            return
        body = self.rfile.read(length)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/x-www-form-urlencoded":
            params.update(parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True))
        elif content_type == "application/sparql-query":
            params["query"] = [body.decode("utf-8", errors="replace")]
        elif content_type == "application/sparql-update":
            self._send_error(403, "SPARQL Update is not allowed: this endpoint is read-only")
            return
        else:
            self._send_error(
                415, "POST a query as application/sparql-query or as form field query= (x-www-form-urlencoded)"
            )
            return
        self._answer(params)

    def _refuse_method(self) -> None:
        self._send_error(405, "This endpoint is read-only: use GET or POST with a SPARQL query")

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _answer(self, params: dict) -> None:
        server = self.server
        try:
            if "update" in params:
                raise Refused(403, "SPARQL Update is not allowed: this endpoint is read-only")
            queries = params.get("query", [])
            if len(queries) != 1 or not queries[0].strip():
                raise Refused(400, "Give exactly one non-empty 'query' parameter")
            formats = params.get("format")
            dataset = {key: params[key] for key in DATASET_PARAMS if key in params}
            answer = run_query(queries[0], dataset, self.headers.get("Accept"), formats[0] if formats else None,
                               server.pool, server.limits, server.prefixes)  # fmt: skip
        except Refused as refused:
            self._send_error(refused.status, refused.message)
            return
        self._send(answer)

    def _send_error(self, status: int, message: str) -> None:
        self._send(Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {}))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(ConnectionError):
            self.wfile.write(answer.body)


def _url(host: str, port: int, path: str) -> str:
    return f"http://[{host}]:{port}{path}" if ":" in host else f"http://{host}:{port}{path}"


def _stop_on_sigterm(signum, frame) -> None:
    raise Stopped


def serve(graph: str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
          max_rows: int = 10_000, workers: int = 4, log: bool = False, echo=print) -> None:  # fmt: skip
    """Serve `graph` (a graph file or oxigraph:DIR) until Ctrl-C or SIGTERM."""
    from kg.graph.rdf import PREFIXES
    from kg.resources import QUERIES

    limits = Limits(timeout, max_rows)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
        location = store_location(graph, Path(scratch))
        pool = OxigraphPool(location, timeout, Path(scratch), workers)
        previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
        endpoint = None
        try:
            pool.start()
            page = render_page(example_queries(QUERIES), PREFIXES, limits)
            try:
                endpoint = Endpoint((host, port), pool, limits, page, PREFIXES, log)
            except OSError as exc:
                raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
            bound = endpoint.server_address[1]
            echo(f"kg serve: SPARQL endpoint {_url(host, bound, '/sparql')}")
            echo(f"kg serve: query page      {_url(host, bound, '/')}")
            echo(f"kg serve: read-only; time limit {timeout:g} s, row limit {max_rows}, {workers} query workers;"
                 " Ctrl-C to stop")  # fmt: skip
            if host not in LOOPBACK:
                echo(f"kg serve: warning: listening on {host}, reachable from other machines")
            endpoint.serve_forever(poll_interval=0.5)
        except (KeyboardInterrupt, Stopped):
            echo("kg serve: stopped")
        finally:
            signal.signal(signal.SIGTERM, previous)
            if endpoint is not None:
                endpoint.server_close()
            pool.stop()
