"""`kg serve`: a read-only SPARQL 1.1 endpoint.

The front in this module is the only thing listening, on the user's address. Queries run in
worker processes (kg/serve/worker.py) that hold the store open read-only and are reached only
through socket pairs, so nothing on the machine can send them a query the front has not checked.
The front:
- refuses SPARQL Update, SERVICE and brackets nested too deep (kg.serve.guard) before a query
  reaches a worker; predeclares the prefixes of kg.graph.rdf.PREFIXES, as `kg query` does;
- has the worker cut the answer at the row limit, as TSV (SELECT, ASK) or N-Triples (CONSTRUCT,
  DESCRIBE), then re-serializes it to the format the client asked for with pyoxigraph (JSON, XML,
  CSV, TSV; Turtle, N-Triples, RDF/XML, JSON-LD);
- enforces the time limit: Oxigraph cannot stop a query midway, so a query that overruns gets a
  503 and its worker is killed and replaced, which stops the work at once and touches no other
  query. A query still running after SLOW_AFTER seconds hands its place in the pool to a new
  worker, so slow queries do not keep fast ones waiting;
- serves the query page at / with the named queries of kg/query/queries/*.rq as examples.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import queue
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, cast
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.graph.oxigraph import SPEC_PREFIX as STORE_PREFIX
from kg.serve.guard import (
    GRAPH_FORMATS,
    GRAPH_FORMS,
    RESULT_FORMATS,
    Refused,
    check_query,
    choose_format,
    undeclared_prefix,
)

PAGE = Path(__file__).with_name("page.html")
MAX_QUERY_BYTES = 1_000_000
SLOW_AFTER = 0.5  # seconds after which a running query no longer holds one of the pool's workers
ALLOW = "GET, HEAD, POST, OPTIONS"
PARAM_LINE = re.compile(r"#\s*param:\s*(\w+)(.*)")
SHOWN = 100  # characters of the query line a syntax error shows around its place
PAGE_PARAMS = ("limit", "offset")  # kg/query.py's page parameters of the list queries
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
                # a GzipFile is a binary file object, though typeshed does not declare it an IO[bytes]
                store.bulk_load(input=cast(IO[bytes], stream), format=FORMATS[suffix], base_iri=base)
        else:
            store.bulk_load(path=str(path), format=FORMATS[suffix], base_iri=base)
        refresh_totals(store)  # the counts the named queries read (kg/graph/totals.py)
    except SyntaxError as exc:
        raise ServeError(f"{path}: {exc}") from None
    except (OSError, EOFError) as exc:
        raise ServeError(f"{path}: cannot read the graph: {exc}") from None
    finally:
        del store  # closes the database, which the query workers then open read-only


def _count_totals(directory: Path) -> None:
    """Count the totals the named queries read (kg/graph/totals.py) into a store built without them."""
    from kg.graph.totals import ensure_totals

    try:
        store = ox.Store(str(directory))
    except OSError:
        return  # in use or unreadable: the query workers say why when they start
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


# ---- the query workers: processes reached only through a socket pair ----


class Worker:
    """One kg.serve.worker process with the store open read-only. It listens on no port and no path:
    its only channel is one end of a socket pair, the other end of which only the front holds, so no
    other process can send it a query that skips the guard, the row limit or the Host check."""

    def __init__(self, location: Path, prefixes: dict, log: Path):
        self.location = location
        self.prefixes = prefixes
        self.log = log
        self.process: subprocess.Popen | None = None
        self.connection: Connection | None = None

    def launch(self) -> None:
        front, back = socket.socketpair()
        with front, back, open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kg.serve.worker", str(self.location), str(back.fileno()),
                 json.dumps(self.prefixes)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, pass_fds=(back.fileno(),),
            )  # fmt: skip
            self.connection = Connection(front.detach())

    def wait_ready(self, wait: float = 60.0) -> None:
        connection = self.connection
        assert connection is not None, "launch() first"
        message = ""
        try:
            if connection.poll(wait):
                _, kind, _, message = connection.recv()
                if kind == "ready":
                    return
        except (OSError, EOFError):
            last = self.log.read_text(errors="replace").strip().splitlines()[-1:] or ["it stopped"]
            message = last[0]
        self.stop()
        raise ServeError(f"{self.location}: a query worker did not start: {message or 'no answer'}")

    def stop(self, grace: float = 5.0) -> None:
        """Terminate; kill after `grace` seconds (0: kill at once, safe as the store is read-only)."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.process is None or self.process.poll() is not None:
            return
        if grace > 0:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace)
                return
        self.process.kill()
        self.process.wait()


class WorkerPool:
    """`size` workers on one store, each lent to one query at a time.

    A query still running after `slow_after` seconds becomes a slow one: a new worker takes its
    place among the `size`, so slow queries never hold the workers fast queries need. At most
    `size` slow queries run at once; one more is stopped with 503 when it turns slow."""

    def __init__(self, location: Path, timeout: float, scratch: Path, size: int, prefixes: dict | None = None):
        self.location = location
        self.timeout = timeout
        self.slow_after = min(SLOW_AFTER, timeout / 2)
        self.scratch = scratch
        self.size = size
        self.prefixes = prefixes or {}
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.refills: queue.Queue[bool] = queue.Queue()
        self.running: set[Worker] = set()
        self.lock = threading.Lock()
        self.started = 0
        self.slow = 0
        self.closed = False

    def _launch(self) -> Worker:
        with self.lock:
            if self.closed:
                raise ServeError("the endpoint is stopping")
            self.started += 1
            worker = Worker(self.location, self.prefixes, self.scratch / f"worker-{self.started}.log")
            self.running.add(worker)
        worker.launch()
        return worker

    def start(self) -> None:
        workers = [self._launch() for _ in range(self.size)]
        for worker in workers:
            worker.wait_ready()
            self.idle.put(worker)
        # Replacements start from one long-lived thread: a worker's "die with parent" signal
        # (kg/serve/worker.py) follows the thread that started it, and request threads end.
        threading.Thread(target=self._refill_forever, daemon=True).start()

    def acquire(self, wait: float) -> Worker | None:
        try:
            return self.idle.get(timeout=wait)
        except queue.Empty:
            return None

    def turn_slow(self) -> bool:
        """Count a running query as slow and start a worker in its place; False when too many are slow."""
        with self.lock:
            if self.slow >= self.size:
                return False
            self.slow += 1
        self.refills.put(True)
        return True

    def give_back(self, worker: Worker, slow: bool) -> None:
        """A query ended: a fast worker is lent again, a slow one stops (another has taken its place)."""
        if slow:
            self.drop(worker, slow)
        else:
            self.idle.put(worker)

    def drop(self, worker: Worker, slow: bool) -> None:
        """Kill a worker that overran or failed; a fast one gets a replacement."""
        worker.stop(grace=0)
        with self.lock:
            self.running.discard(worker)
            if slow:
                self.slow -= 1
        if not slow:
            self.refills.put(True)

    def _refill_forever(self) -> None:
        while self.refills.get():
            try:
                worker = self._launch()
                worker.wait_ready()
                self.idle.put(worker)
            except ServeError as exc:
                print(f"kg serve: warning: could not start a query worker: {exc}", file=sys.stderr)

    def stop(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.running)
        self.refills.put(False)
        for worker in workers:
            with contextlib.suppress(OSError, AttributeError):
                if worker.process is not None:
                    worker.process.terminate()
        for worker in workers:
            worker.stop()


# ---- answering one query ----


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict


def _convert(body: bytes, graph_form: bool, fmt: str, prefixes: dict) -> bytes:
    """Re-serialize the worker's TSV / N-Triples into `fmt`, checking it on the way."""
    try:
        if graph_form:
            triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            if fmt == "ntriples":
                return body
            # kgr: would need escaped slashes (kgr:country\/RUS): its IRIs are clearer written out
            short = {name: iri for name, iri in prefixes.items() if name != "kgr"}
            converted = ox.serialize(triples, format=GRAPH_SYNTAX[fmt], prefixes=short)
        else:
            results = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
            if fmt == "tsv":
                return body
            converted = results.serialize(format=RESULT_SYNTAX[fmt])
    except SyntaxError as exc:
        raise Refused(500, f"The answer could not be converted: {exc}") from None
    assert converted is not None  # serialize() returns the bytes when given no output
    return converted


def syntax_message(query: str, error: str, prefixes: dict) -> str:
    """The parser's `error at L:C: expected ...` as the line of the query with a mark at the place.
    The parser's list of expected tokens is left out: it names what the grammar allows there
    (`LATERAL, SERVICE, [_]`), which rarely points to the mistake."""
    match = re.match(r"error at (\d+):(\d+): ", error)
    if not match:
        return error
    line, column = int(match.group(1)), int(match.group(2))
    message = f"SPARQL syntax error at line {line}, column {column}, near the mark"
    unknown = undeclared_prefix(query, prefixes)
    if unknown:
        name, offset = unknown
        line = query.count("\n", 0, offset) + 1
        column = offset - (query.rfind("\n", 0, offset) + 1) + 1
        message = f"unknown prefix '{name}:' at line {line}, column {column}; declare it with PREFIX {name}: <IRI>"
    lines = query.splitlines() or [""]
    text = lines[min(line, len(lines)) - 1].expandtabs(1)
    mark = min(column - 1, len(text))
    start = max(0, min(mark - SHOWN // 2, len(text) - SHOWN))
    text, mark = text[start : start + SHOWN], mark - start
    return f"{message}\n  {text}\n  {' ' * mark}^"


def _ask_worker(worker: Worker, pool: WorkerPool, request: tuple, limits: Limits) -> tuple:
    """The worker's reply; stops the query (503) when it overruns, and frees fast workers from slow queries."""
    started = time.monotonic()
    slow = False
    connection = worker.connection
    assert connection is not None, "a launched worker"
    try:
        connection.send(request)
        if not connection.poll(pool.slow_after):
            slow = pool.turn_slow()
            if not slow:
                raise Refused(503, f"Query stopped after {pool.slow_after:g} s: {pool.size} long queries are "
                                   "running already; try again when one has ended")  # fmt: skip
            if not connection.poll(max(0.0, started + limits.timeout - time.monotonic())):
                raise Refused(503, f"Query stopped: it ran longer than the time limit of {limits.timeout:g} s")
        reply = connection.recv()
    except (OSError, EOFError):
        pool.drop(worker, slow)
        raise Refused(502, "The SPARQL engine did not answer: its worker stopped") from None
    except BaseException:
        pool.drop(worker, slow)
        raise
    pool.give_back(worker, slow)
    return reply


def run_query(query: str, dataset: dict, accept: str | None, fmt_name: str | None,
              pool: WorkerPool, limits: Limits, prefixes: dict) -> Answer:  # fmt: skip
    form = check_query(query)
    fmt = choose_format(form, accept, fmt_name)
    worker = pool.acquire(limits.timeout)
    if worker is None:
        raise Refused(503, f"All {pool.size} query workers stayed busy for {limits.timeout:g} s; try again later")
    status, kind, truncated, body = _ask_worker(worker, pool, (query, dataset, limits.max_rows), limits)
    if status == 400:
        raise Refused(400, "Malformed query: " + syntax_message(query, body, pool.prefixes))
    if status != 200:
        raise Refused(500, f"The query failed while running: {body[:300]}")
    graph_form = kind == "triples"
    if graph_form != (form in GRAPH_FORMS):
        fmt = choose_format("CONSTRUCT" if graph_form else "SELECT", accept, fmt_name)
    content_type = (GRAPH_FORMATS if graph_form else RESULT_FORMATS)[fmt][0]
    headers = {"X-KG-Row-Limit": str(limits.max_rows)}
    if truncated:
        headers["X-KG-Truncated"] = f"true; the first {limits.max_rows} rows only"
    return Answer(200, content_type, _convert(body, graph_form, fmt, prefixes), headers)


# ---- the query page ----


def _params(text: str) -> list[dict]:
    """The `# param: NAME about` lines of a named query's header: a value fills the VALUES ?NAME clauses,
    or for a page parameter (limit, offset) the numbers of `OFFSET n LIMIT n`, as in `kg query`."""
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = PARAM_LINE.match(line)
        if match:
            name = match.group(1)
            params.append({"name": name, "about": match.group(2).strip(), "page": name in PAGE_PARAMS})
    return params


def example_queries(directory: Path) -> list[dict]:
    """The named queries of kg/query/queries/*.rq (not the view_* ones the HTML view uses)."""
    examples = []
    for path in sorted(directory.glob("*.rq")):
        if path.stem.startswith("view_"):
            continue
        text = path.read_text(encoding="utf-8")
        about = [line.lstrip("#").strip() for line in text.splitlines()
                 if line.startswith("#") and not PARAM_LINE.match(line)]  # fmt: skip
        examples.append({"name": path.stem, "about": " ".join(about[:2]), "query": text, "params": _params(text)})
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

    def __init__(self, address, pool: WorkerPool, limits: Limits, page: bytes, prefixes: dict, log: bool):
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
    head_only = False

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

    def do_HEAD(self) -> None:
        """As GET, without the body: the status and headers a GET would get."""
        self.head_only = True
        self.do_GET()

    def do_OPTIONS(self) -> None:
        if not self._host_is_local():
            return
        self._send(Answer(204, "text/plain; charset=utf-8", b"", {"Allow": ALLOW}))

    def _refuse_method(self) -> None:
        self._send(
            Answer(
                405,
                "text/plain; charset=utf-8",
                b"This endpoint is read-only: use GET or POST with a SPARQL query\n",
                {"Allow": ALLOW},
            )
        )

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
        if answer.status != 204:
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if getattr(self, "head_only", False) or answer.status == 204:
            self.head_only = False
            return
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
        pool = WorkerPool(location, timeout, Path(scratch), workers, PREFIXES)
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
