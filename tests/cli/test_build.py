"""`kg build` end to end: outputs, idempotence, and a killed run that leaves the previous result intact."""

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
KG = [sys.executable, "-m", "kg.cli"]


def _build(inputs, outdir, *extra):
    return subprocess.run([*KG, "build", *map(str, inputs), "-o", str(outdir), "--workers", "1", *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    run = _build([ROOT / "data" / "samples"], out)
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
    again = _build([ROOT / "data" / "samples"], tmp_path)
    assert again.returncode == 0, again.stderr
    assert isomorphic(Graph().parse(out / "graph.ttl"), Graph().parse(tmp_path / "graph.ttl"))


def test_a_killed_build_leaves_the_previous_graph_intact(sample_build, tmp_path):
    out, _ = sample_build
    for name in ("graph.ttl", "graph.html"):
        (tmp_path / name).write_bytes((out / name).read_bytes())
    before = {name: (tmp_path / name).read_bytes() for name in ("graph.ttl", "graph.html")}
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as handle:
        for line in (ROOT / "data" / "samples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for copy in range(40):
                handle.write(json.dumps({**record, "id": f"{record['id']}-{copy}"}) + "\n")
    process = subprocess.Popen([*KG, "build", str(big), "-o", str(tmp_path), "--workers", "1"], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(6)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    for name, content in before.items():
        assert (tmp_path / name).read_bytes() == content
    assert not list(tmp_path.glob("*.tmp*"))  # no half-written file left beside them


def test_bad_input_is_reported_and_the_rest_goes_in(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text('{"id": "a", "text": "Chile and Peru signed a border treaty."}\n{"id": "b", "text": \n', encoding="utf-8")
    run = _build([bad], tmp_path / "out")
    assert run.returncode == 3
    assert "mixed.jsonl:2" in run.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()
