"""`kg serve` stops long queries, cuts long results and keeps answering under load."""

import contextlib
import csv
import io
import json
import os
import signal
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
from serve_helpers import QUERY_PREFIXES, Server, http, post_query

MAX_ROWS = 100
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 9000^3 rows to count
ARTICLES = QUERY_PREFIXES + "SELECT ?a ?id WHERE { ?a a dip:Article ; dip:articleId ?id }"
SIMPLE = QUERY_PREFIXES + "SELECT ?label WHERE { ?c a dip:Country ; rdfs:label ?label }"


@pytest.fixture(scope="module")
def server(graph_file, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-log") / "stderr.txt"
    running = Server(str(graph_file), "--timeout", "1", "--max-rows", str(MAX_ROWS), log=log)
    yield running
    running.stop()


def test_slow_query_is_stopped_and_server_answers_after(server):
    started = time.monotonic()
    reply = post_query(server.url, SLOW)
    elapsed = time.monotonic() - started
    assert reply.status == 503
    assert "time limit of 1 s" in reply.text
    assert elapsed < 4
    after = post_query(server.url, SIMPLE, accept="application/json")
    assert after.status == 200
    assert len(json.loads(after.body)["results"]["bindings"]) == 2


def test_query_body_over_a_megabyte_is_refused_unread_and_the_server_answers_after(server):
    from kg.serve import MAX_QUERY_BYTES

    address = urlsplit(server.url)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            + f"Content-Length: {MAX_QUERY_BYTES + 1}\r\n\r\n".encode()
            + b"SELECT"
            + b" " * 1000
        )
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert f"between 0 and {MAX_QUERY_BYTES} bytes".encode() in answer
    assert post_query(server.url, SIMPLE).status == 200


def test_query_url_too_long_is_refused_and_the_server_answers_after(server):
    reply = http(server.url, query="SELECT * WHERE { ?s ?p ?o } # " + "x" * 70_000)
    assert reply.status == 414
    assert post_query(server.url, SIMPLE).status == 200


def _cpu_seconds(pids: list[int]) -> float:
    fields = [open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split() for pid in pids]
    return sum(int(f[11]) + int(f[12]) for f in fields) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_stopped_query_leaves_no_work_behind(server):
    assert post_query(server.url, SLOW).status == 503
    time.sleep(0.5)
    workers = server.children()
    assert len(workers) == 4  # the overrun worker was replaced
    before = _cpu_seconds(workers)
    time.sleep(1)
    assert _cpu_seconds(workers) - before < 0.3


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_crashed_worker_is_replaced_and_queries_go_on(server):
    victim = server.children()[0]
    os.kill(victim, signal.SIGKILL)
    replies = [post_query(server.url, SIMPLE) for _ in range(8)]
    failed = [reply for reply in replies if reply.status != 200]
    assert [(r.status, "did not answer" in r.text) for r in failed] == [(502, True)]
    time.sleep(1)
    assert [post_query(server.url, SIMPLE).status for _ in range(8)] == [200] * 8
    workers = server.children()
    assert len(workers) == 4 and victim not in workers


def test_other_queries_are_answered_while_a_slow_one_runs(server):
    slow = threading.Thread(target=post_query, args=(server.url, SLOW))
    slow.start()
    time.sleep(0.2)
    started = time.monotonic()
    reply = post_query(server.url, SIMPLE)
    assert reply.status == 200
    assert time.monotonic() - started < 0.5
    slow.join()


def test_long_select_is_cut_at_row_limit(server):
    reply = post_query(server.url, ARTICLES, accept="application/sparql-results+json")
    assert reply.status == 200
    assert reply.headers["x-kg-truncated"].startswith("true")
    assert reply.headers["x-kg-row-limit"] == str(MAX_ROWS)
    assert len(json.loads(reply.body)["results"]["bindings"]) == MAX_ROWS


def test_cut_csv_keeps_header_and_whole_rows(server):
    reply = post_query(server.url, ARTICLES, accept="text/csv")
    rows = list(csv.reader(io.StringIO(reply.text)))
    assert rows[0] == ["a", "id"]
    assert len(rows) == MAX_ROWS + 1
    assert all(len(row) == 2 and row[1].startswith("a") for row in rows[1:])


def test_result_at_row_limit_is_not_marked(server):
    reply = post_query(server.url, ARTICLES + f" LIMIT {MAX_ROWS}", accept="application/json")
    assert "x-kg-truncated" not in reply.headers
    assert len(json.loads(reply.body)["results"]["bindings"]) == MAX_ROWS


def test_long_construct_is_cut_at_row_limit(server):
    reply = post_query(server.url, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
    assert reply.status == 200
    assert "x-kg-truncated" in reply.headers
    assert len(list(ox.parse(reply.body, format=ox.RdfFormat.TURTLE))) == MAX_ROWS


def test_burst_of_200_queries_from_8_clients(server, capsys):
    queries = [SIMPLE if i % 2 else ARTICLES + f" LIMIT {i % 20 + 1}" for i in range(200)]

    def ask(query):
        started = time.monotonic()
        reply = post_query(server.url, query, accept="application/sparql-results+json")
        return reply.status, time.monotonic() - started

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, queries))
    elapsed = time.monotonic() - started
    assert [status for status, _ in answers] == [200] * 200
    with capsys.disabled():
        slowest = max(seconds for _, seconds in answers)
        print(
            f"\nkg serve burst: 200 queries, 8 clients: {200 / elapsed:.0f} queries/s, slowest {slowest * 1000:.0f} ms"
        )


def test_query_waiting_past_the_time_limit_for_a_worker_is_refused(tmp_path):
    from kg.serve import Limits, WorkerPool, run_query
    from kg.serve.guard import Refused

    pool = WorkerPool(tmp_path, timeout=0.2, scratch=tmp_path, size=1)  # its one worker is never free
    with pytest.raises(Refused) as refused:
        run_query("ASK {}", {}, None, None, pool, Limits(0.2, 10), {})
    assert refused.value.status == 503
    assert "busy" in refused.value.message


def _listening_sockets() -> dict[int, str]:
    """inode -> "tcp 127.0.0.1:port" or "unix PATH" for every listening or named socket (Linux /proc)."""
    found = {}
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A":  # LISTEN
                found[int(fields[9])] = f"{table} port {int(fields[1].rsplit(':', 1)[1], 16)}"
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) > 7 or int(fields[3], 16) & 0x10000:  # a path, or __SO_ACCEPTCON
            found[int(fields[6])] = f"unix {fields[7] if len(fields) > 7 else '(listening)'}"
    return found


def _socket_inodes(pid: int) -> set[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(int(target[8:-1]))
    return inodes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_listen_nowhere_only_the_front_does(server):
    workers = server.children()
    assert len(workers) == 4
    listening = _listening_sockets()
    for pid in workers:
        assert [listening[i] for i in _socket_inodes(pid) if i in listening] == []
    front = [listening[i] for i in _socket_inodes(server.process.pid) if i in listening]
    assert front == [f"tcp port {urlsplit(server.url).port}"]


@pytest.fixture(scope="module")
def busy_server(graph_file, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-log") / "stderr.txt"
    running = Server(str(graph_file), "--timeout", "5", "--workers", "2", log=log)
    yield running
    running.stop()


def test_fast_query_is_answered_while_slow_ones_hold_every_worker(busy_server):
    url = busy_server.url
    with ThreadPoolExecutor(max_workers=2) as clients:
        slow = [clients.submit(post_query, url, SLOW) for _ in range(2)]
        time.sleep(1.5)  # both slow queries run; each has handed its place in the pool to a new worker
        started = time.monotonic()
        fast = post_query(url, SIMPLE)
        fast_seconds = time.monotonic() - started
        started = time.monotonic()
        third = post_query(url, SLOW)
        third_seconds = time.monotonic() - started
        stopped = [future.result() for future in slow]
    assert fast.status == 200
    assert fast_seconds < 2.5  # half the time limit the slow queries hold their workers for
    assert third.status == 503 and "2 long queries are running already" in third.text
    assert third_seconds < 2.5
    assert [(reply.status, "time limit of 5 s" in reply.text) for reply in stopped] == [(503, True)] * 2
    time.sleep(0.5)
    assert len(busy_server.children()) == 2  # the slow queries' workers are gone, the pool is whole
    assert post_query(url, SIMPLE).status == 200
