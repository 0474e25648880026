"""kg push against a real `oxigraph serve` on 127.0.0.1 (the CLI from the oxigraph PyPI package)."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.graph.push import PushError, push_graph, store_url


def _oxigraph_executable() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int, process, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("oxigraph serve did not start")


@pytest.fixture
def oxigraph_server(tmp_path):
    executable = _oxigraph_executable()
    if executable is None:
        pytest.skip("the oxigraph executable is not installed")
    port = _free_port()
    process = subprocess.Popen(
        [executable, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _count(base: str, graph_iri: str | None = None) -> int:
    where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    request = urllib.request.Request(
        f"{base}/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def test_push_then_query_back_over_http(oxigraph_server, sample_graph):
    sent = push_graph(sample_graph, f"{oxigraph_server}/store")
    assert sent == len(sample_graph)
    assert _count(oxigraph_server) == len(sample_graph)
    push_graph(sample_graph, f"{oxigraph_server}/store")
    assert _count(oxigraph_server) == len(sample_graph)


def test_push_to_a_named_graph_with_the_cli(oxigraph_server, sample_ttl):
    iri = "https://w3id.org/kg-diplomacy/graph/test"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "push",
            str(sample_ttl),
            "--endpoint",
            f"{oxigraph_server}/store",
            "--graph",
            iri,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    from kg.graph.store import load_graph

    assert _count(oxigraph_server, iri) == len(load_graph(sample_ttl))


def test_http_error_is_reported(oxigraph_server, sample_graph):
    with pytest.raises(PushError, match="HTTP 4"):
        push_graph(sample_graph, f"{oxigraph_server}/no-such-path")


def test_connection_refused_is_reported(sample_graph):
    with pytest.raises(PushError, match="cannot connect"):
        push_graph(sample_graph, f"http://127.0.0.1:{_free_port()}/store")


def test_store_url():
    assert store_url("http://h/store") == "http://h/store?default"
    assert store_url("http://h/store?x=1", "http://g/1") == "http://h/store?x=1&graph=http%3A%2F%2Fg%2F1"
