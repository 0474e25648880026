"""The matrix backend is chosen by measurement, can be forced, and never changes the output."""

import json
import os
import subprocess
import sys

import pytest

from kg import backend

TEXTS = [
    "Russian Defence Minister Sergei Shoigu arrived in Baghdad on Tuesday for talks with Iraqi officials.",
    "France and Germany condemned the attack on Monday. Paris said it would not sign the agreement.",
    "Chinese President Xi Jinping will visit Brazil next month, the ministry in Beijing said.",
]

EXTRACT = """
import json, sys
from thinc.api import get_current_ops
from kg.extract import extract_doc
from kg.model import Article
from kg.nlp import load_nlp

nlp = load_nlp()
results, parses = [], []
for n, text in enumerate(json.loads(sys.stdin.read())):
    doc = nlp(text)
    results.append(extract_doc(doc, Article(id=str(n), text=text, published="2025-03-14")).to_json())
    parses.append([(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.lemma_) for t in doc])
print(json.dumps({"use_blis": get_current_ops().use_blis, "results": results, "parses": parses}))
"""


def run_with_ops(name):
    env = {**os.environ, "KG_OPS": name}
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT],
        input=json.dumps(TEXTS),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout)


def test_numpy_and_blis_ops_give_identical_extractions():
    with_numpy, with_blis = run_with_ops("numpy"), run_with_ops("blis")
    assert (with_numpy["use_blis"], with_blis["use_blis"]) == (False, True)
    assert with_numpy["parses"] == with_blis["parses"]
    assert with_numpy["results"] == with_blis["results"]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "backend.json"
    monkeypatch.setenv("KG_BACKEND_CACHE", str(path))
    monkeypatch.delenv("KG_OPS", raising=False)
    return path


def test_first_use_measures_and_caches_the_winner(cache_file, monkeypatch):
    monkeypatch.setattr(backend, "measure", lambda: {"numpy": 0.5, "blis": 0.2})
    assert backend.fastest_ops_name() == "blis"
    cached = json.loads(cache_file.read_text())
    assert cached[backend.machine_key()]["ops"] == "blis"


def test_cached_choice_is_used_without_measuring(cache_file, monkeypatch):
    cache_file.write_text(json.dumps({backend.machine_key(): {"ops": "numpy"}}))
    monkeypatch.setattr(backend, "measure", lambda: pytest.fail("measured although cached"))
    assert backend.fastest_ops_name() == "numpy"


def test_another_machine_in_the_cache_is_measured_again(cache_file, monkeypatch):
    cache_file.write_text(json.dumps({"other-cpu": {"ops": "blis"}}))
    monkeypatch.setattr(backend, "measure", lambda: {"numpy": 0.1, "blis": 0.3})
    assert backend.fastest_ops_name() == "numpy"


def test_env_override_wins_over_the_cache(cache_file, monkeypatch):
    cache_file.write_text(json.dumps({backend.machine_key(): {"ops": "numpy"}}))
    monkeypatch.setenv("KG_OPS", "blis")
    assert backend.fastest_ops_name() == "blis"


def test_unknown_env_override_is_an_error(monkeypatch):
    monkeypatch.setenv("KG_OPS", "cuda")
    with pytest.raises(ValueError, match="KG_OPS"):
        backend.fastest_ops_name()


def test_measurement_times_both_backends():
    seconds = backend.measure(budget=0.05)
    assert set(seconds) == {"numpy", "blis"}
    assert all(value > 0 for value in seconds.values())
