"""One error prefix for every command, and `--param` given twice refused."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg.cli"]


def _kg(*args, cwd=ROOT):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    path.write_text(
        '@prefix schema: <http://schema.org/> .\n<http://example.org/a> schema:name "A" .\n', encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("query", "missing.ttl", "visits"),  # an error of kg's own
        ("query", "--no-such-option"),  # a usage error from click
        ("build",),  # a missing argument
        ("stats", "missing.ttl", "--top", "0"),  # a bad option value
    ],
)
def test_every_error_has_the_same_prefix(args):
    run = _kg(*args)
    assert run.returncode in (1, 2), run.stderr
    errors = [line for line in run.stderr.splitlines() if "rror" in line]
    assert errors and all(line.startswith("kg: error: ") for line in errors), run.stderr


def test_repeated_param_is_an_error_naming_it(graph):
    run = _kg("query", graph, "actor", "--param", "actor=Shoigu", "--param", "actor=Lavrov")
    assert run.returncode == 1
    assert run.stderr == "kg: error: --param actor is given twice: give each parameter once\n"
