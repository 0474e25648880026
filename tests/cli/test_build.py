"""`kg build` end to end: outputs, exit statuses, idempotence, and a killed run that leaves the previous result
intact."""

import hashlib
import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
KG = [sys.executable, "-m", "kg.cli"]
OUTPUTS = ("graph.ttl", "graph.html")

# Runs `kg build` with a pause at one moment of the run (argv[1]): it writes the marker file (argv[2]) and
# sleeps there, so the test can send SIGKILL at exactly that moment. The pause points wrap what
# kg.graph.export.atomic_writer does (os.fdopen, os.replace) and the per-article step of the build. Each file
# put in place is logged with its SHA-256 in MARKER.done.
PAUSING_BUILD = r"""
import hashlib, os, sys, time, types
import kg.graph.export, kg.run.pipeline

moment, marker = sys.argv[1], sys.argv[2]

def pause(here):
    if here == moment:
        with open(marker + ".part", "w") as handle:
            handle.write(here)
        os.replace(marker + ".part", marker)  # the test never sees the marker empty
        time.sleep(600)

real_add = kg.run.pipeline.BuildSummary.add
def add(self, result):
    real_add(self, result)
    if self.articles == 10:
        pause("extracting")
kg.run.pipeline.BuildSummary.add = add

class PausingHandle:
    def __init__(self, handle, name):
        self.handle, self.name, self.writes = handle, name, 0
    def write(self, data):
        written = self.handle.write(data)
        self.writes += 1
        if self.writes == 1:
            self.handle.flush()
            pause("writing " + self.name)
        return written
    def __getattr__(self, attribute):
        return getattr(self.handle, attribute)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)

def fdopen(fd, *args, **kwargs):
    name = os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).split(".")
    return PausingHandle(os.fdopen(fd, *args, **kwargs), ".".join(name[1:3]))

def replace(source, target):
    pause(os.path.basename(target) + " written, not yet in place")
    os.replace(source, target)
    with open(target, "rb") as handle, open(marker + ".done", "a") as log:
        log.write(os.path.basename(target) + " " + hashlib.sha256(handle.read()).hexdigest() + "\n")

kg.graph.export.os = types.SimpleNamespace(**{**vars(os), "fdopen": fdopen, "replace": replace})
sys.argv = ["kg", *sys.argv[3:]]
from kg.cli import main
main()
"""
MOMENTS = [
    "extracting",
    "writing graph.ttl",
    "graph.ttl written, not yet in place",
    "writing graph.html",
    "graph.html written, not yet in place",
]


def _build(inputs, outdir, *extra):
    return subprocess.run(
        [*KG, "build", *map(str, inputs), "-o", str(outdir), "--workers", "1", *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def _copies(path: Path, copies: int, prefix: str = "copy") -> Path:
    """The sample articles, each `copies` times under new ids, as one JSON-lines file."""
    with path.open("w", encoding="utf-8") as handle:
        for line in (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for copy in range(copies):
                handle.write(json.dumps({**record, "id": f"{prefix}-{record['id']}-{copy}"}) + "\n")
    return path


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    run = _build([SAMPLES], out)
    assert run.returncode == 0, run.stderr
    return out, run


def test_build_writes_turtle_and_html_and_says_what_it_found(sample_build):
    out, run = sample_build
    assert "articles: 20" in run.stdout and "events:" in run.stdout
    assert len(Graph().parse(out / "graph.ttl")) > 500
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", html)  # nothing loads from the network


def test_building_twice_gives_the_same_triples(sample_build, tmp_path):
    out, _ = sample_build
    again = _build([SAMPLES], tmp_path)
    assert again.returncode == 0, again.stderr
    assert isomorphic(Graph().parse(out / "graph.ttl"), Graph().parse(tmp_path / "graph.ttl"))


def test_appending_articles_already_in_a_store_adds_nothing(tmp_path):
    store = f"oxigraph:{tmp_path / 'store'}"
    first = _build([SAMPLES], tmp_path / "first", "--store", store)
    assert first.returncode == 0, first.stderr
    triples = re.search(r"triples: (\d+)", first.stdout).group(1)
    subset = tmp_path / "subset.jsonl"
    subset.write_text(
        "".join((SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines(True)[:5]), encoding="utf-8"
    )
    again = _build([subset, SAMPLES / "txt"], tmp_path / "again", "--store", store)
    assert again.returncode == 0, again.stderr
    assert f"triples: {triples}\n" in again.stdout
    assert isomorphic(Graph().parse(tmp_path / "again" / "graph.ttl"), Graph().parse(tmp_path / "first" / "graph.ttl"))


def _two_articles(tmp_path):
    """An article already in a store and one to append, each in its own file."""
    old = tmp_path / "old.jsonl"
    old.write_text('{"id": "a", "text": "Chile and Peru signed a border treaty on Monday."}\n', encoding="utf-8")
    new = tmp_path / "new.jsonl"
    new.write_text('{"id": "b", "text": "President Lula visited Angola on Tuesday."}\n', encoding="utf-8")
    return old, new


def test_appending_a_new_article_to_a_store_adds_only_its_triples(tmp_path):
    store = f"oxigraph:{tmp_path / 'store'}"
    old, new = _two_articles(tmp_path)
    assert _build([old], tmp_path / "1", "--store", store).returncode == 0
    assert _build([old, new], tmp_path / "2", "--store", store).returncode == 0
    assert _build([new], tmp_path / "3").returncode == 0
    both, first, second = (Graph().parse(tmp_path / n / "graph.ttl") for n in ("2", "1", "3"))
    assert isomorphic(both, first + second) and len(both) > len(first)


def test_appending_to_a_store_keeps_its_totals_right(tmp_path):
    import pyoxigraph as ox

    from kg.graph.totals import TOTALS

    store = f"oxigraph:{tmp_path / 'store'}"
    old, new = _two_articles(tmp_path)
    assert _build([old], tmp_path / "1", "--store", store).returncode == 0
    assert _build([new], tmp_path / "2", "--store", store).returncode == 0
    assert _build([old, new], tmp_path / "both").returncode == 0
    kept = ox.Store(str(tmp_path / "store"))
    assert kept.contains_named_graph(ox.NamedNode(TOTALS))  # counted again by the build that appended
    del kept
    stats = [
        subprocess.run([*KG, "stats", graph, "--format", "json"], cwd=ROOT, capture_output=True, text=True)
        for graph in (store, str(tmp_path / "both" / "graph.ttl"))
    ]
    assert all(run.returncode == 0 for run in stats), stats
    in_store, from_scratch = (json.loads(run.stdout) for run in stats)
    assert in_store == from_scratch and sum(row["events"] for row in in_store["event_types"]) == 2


@pytest.fixture(scope="module")
def new_articles(tmp_path_factory):
    """34 articles (the samples twice, under new ids): the run the kill tests interrupt."""
    return _copies(tmp_path_factory.mktemp("new") / "articles.jsonl", 2)


def _kill_at(moment: str, articles: Path, out: Path, marker: Path) -> dict[str, str]:
    """Run `kg build articles -o out` until it pauses at `moment`, then SIGKILL it. Returns the SHA-256 of
    each file the run put in place before."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            PAUSING_BUILD,
            moment,
            str(marker),
            "build",
            str(articles),
            "-o",
            str(out),
            "--workers",
            "1",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 300
        while not marker.exists():
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the build never reached the moment"
            time.sleep(0.05)
        assert marker.read_text() == moment
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    done = Path(f"{marker}.done")
    return dict(line.split() for line in done.read_text().splitlines()) if done.exists() else {}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads temp file names in /proc/self/fd")


@linux_only
@pytest.mark.parametrize("moment", MOMENTS)
def test_a_build_killed_at_any_moment_leaves_each_file_whole(sample_build, new_articles, tmp_path, moment):
    """After SIGKILL each output is either the previous file or the complete new one, never a part of one."""
    previous_out, _ = sample_build
    out = tmp_path / "out"
    out.mkdir()
    previous = {name: (previous_out / name).read_bytes() for name in OUTPUTS}
    for name in OUTPUTS:
        (out / name).write_bytes(previous[name])
    written = _kill_at(moment, new_articles, out, tmp_path / "paused")
    ttl_in_place = MOMENTS.index(moment) >= MOMENTS.index("writing graph.html")
    assert sorted(written) == (["graph.ttl"] if ttl_in_place else [])
    if ttl_in_place:
        assert _sha256(out / "graph.ttl") == written["graph.ttl"] != _sha256(previous_out / "graph.ttl")
        assert len(Graph().parse(out / "graph.ttl")) > len(Graph().parse(previous_out / "graph.ttl"))
    else:
        assert (out / "graph.ttl").read_bytes() == previous["graph.ttl"]
    assert (out / "graph.html").read_bytes() == previous["graph.html"]
    leftovers = {p.name for p in out.iterdir()} - set(OUTPUTS)
    assert all(re.fullmatch(r"\.graph\.(ttl|html)\.\w+\.tmp", name) for name in leftovers), leftovers
    assert len(leftovers) == (0 if moment == "extracting" else 1), leftovers


@linux_only
def test_a_build_after_a_killed_one_writes_the_full_graph(new_articles, tmp_path):
    _kill_at("writing graph.ttl", new_articles, tmp_path, tmp_path.parent / f"{tmp_path.name}-paused")
    run = _build([new_articles], tmp_path)
    assert run.returncode == 0, run.stderr
    triples = int(re.search(r"triples: (\d+)", run.stdout).group(1))
    assert len(Graph().parse(tmp_path / "graph.ttl")) == triples > 1000
    assert "articles: 34" in run.stdout and (tmp_path / "graph.html").stat().st_size > 100_000


def test_bad_input_is_reported_and_the_rest_goes_in(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(
        '{"id": "a", "text": "Chile and Peru signed a border treaty."}\n{"id": "b", "text": \n', encoding="utf-8"
    )
    run = _build([bad], tmp_path / "out")
    assert run.returncode == 3
    assert "mixed.jsonl:2: invalid JSON" in run.stderr
    assert "1 article read; 1 skipped: 1 invalid JSON" in run.stderr
    assert len(Graph().parse(tmp_path / "out" / "graph.ttl")) > 10


def test_nothing_read_exits_4_and_leaves_the_previous_graph(sample_build, tmp_path):
    out, _ = sample_build
    for name in OUTPUTS:
        (tmp_path / name).write_bytes((out / name).read_bytes())
    empty, cut = tmp_path / "empty.jsonl", tmp_path / "cut.jsonl"
    empty.write_bytes(b"")
    cut.write_text('{"id": "a", "text": "Chile', encoding="utf-8")
    run = _build([empty, cut], tmp_path)
    assert run.returncode == 4, run.stderr
    assert "empty.jsonl: empty file" in run.stderr and "cut.jsonl:1: invalid JSON" in run.stderr
    assert "nothing was written" in run.stderr
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_strict_build_stops_at_the_first_bad_record_and_writes_nothing(sample_build, tmp_path):
    out, _ = sample_build
    for name in OUTPUTS:
        (tmp_path / name).write_bytes((out / name).read_bytes())
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(
        '{"id": "a", "text": "Chile and Peru signed a border treaty."}\n{"id": "b"}\n'
        '{"id": "c", "text": "Peru condemned the raid."}\n',
        encoding="utf-8",
    )
    run = _build([bad], tmp_path, "--strict")
    assert run.returncode == 1
    assert "mixed.jsonl:2: missing text" in run.stderr
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_extract_with_nothing_read_exits_4_and_keeps_the_previous_output(tmp_path):
    output = tmp_path / "events.jsonl"
    output.write_text("previous\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = subprocess.run(
        [*KG, "extract", str(empty), "-o", str(output), "--workers", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 4, run.stderr
    assert "empty.txt: empty file" in run.stderr
    assert output.read_text(encoding="utf-8") == "previous\n"
    assert {p.name for p in tmp_path.iterdir()} == {"events.jsonl", "empty.txt"}
