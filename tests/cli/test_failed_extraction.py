"""Articles read but not extracted: earlier outputs stay, and a run that lost most of its articles says so.

The extractor is made to fail by a wrapper around kg.extract.extract_doc that raises for articles whose id starts
with "fail": it stands for a fault (a broken install, a bug), not for a part a user meets.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("graph.ttl", "graph.html", "graph.nt")

FAILING_KG = r"""
import sys
import kg.extract

real = kg.extract.extract_doc

def extract_doc(doc, article):
    if article.id.startswith("fail"):
        raise RuntimeError("simulated extractor fault")
    return real(doc, article)

kg.extract.extract_doc = extract_doc
sys.argv = ["kg", *sys.argv[1:]]
from kg.cli import main
main()
"""


def _kg(*args):
    return subprocess.run(
        [sys.executable, "-c", FAILING_KG, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def _articles(path: Path, ids) -> Path:
    path.write_text(
        "".join(f'{{"id": "{i}", "text": "Chile and Peru signed a border treaty on Monday."}}\n' for i in ids),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def good_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("good")
    run = _kg("build", _articles(out / "good.jsonl", ["ok-1"]), "-o", out, "--format", "nt", "--workers", "1")
    assert run.returncode == 0, run.stderr
    return out


def test_build_where_every_article_fails_exits_4_and_keeps_earlier_outputs(good_build, tmp_path):
    for name in OUTPUTS:
        (tmp_path / name).write_bytes((good_build / name).read_bytes())
    articles = _articles(tmp_path / "all-fail.jsonl", ["fail-1", "fail-2"])
    run = _kg("build", articles, "-o", tmp_path, "--format", "nt", "--workers", "1")
    assert run.returncode == 4, run.stderr
    assert "article fail-1 (" in run.stderr and "simulated extractor fault" in run.stderr
    assert "kg: error: none of the 2 articles read could be extracted: nothing was written" in run.stderr
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (good_build / name).read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*OUTPUTS, "all-fail.jsonl"])


def test_extract_where_every_article_fails_exits_4_and_keeps_the_previous_file(tmp_path):
    output = tmp_path / "events.jsonl"
    output.write_text("previous\n", encoding="utf-8")
    run = _kg("extract", _articles(tmp_path / "all-fail.jsonl", ["fail-1"]), "-o", output, "--workers", "1")
    assert run.returncode == 4, run.stderr
    assert "nothing was written" in run.stderr
    assert output.read_text(encoding="utf-8") == "previous\n"


def test_more_failures_than_successes_is_said_loudly(tmp_path):
    articles = _articles(tmp_path / "most-fail.jsonl", ["fail-1", "fail-2", "ok-1"])
    run = _kg("--quiet", "build", articles, "-o", tmp_path / "out", "--workers", "1")
    assert run.returncode == 3, run.stderr
    assert "kg: warning: MOST ARTICLES FAILED: 2 of 3 articles failed in extraction, only 1 went in" in run.stderr
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


def test_fewer_failures_than_successes_is_no_alarm(tmp_path):
    articles = _articles(tmp_path / "one-fails.jsonl", ["fail-1", "ok-1", "ok-2"])
    run = _kg("extract", articles, "-o", tmp_path / "events.jsonl", "--workers", "1")
    assert run.returncode == 3, run.stderr
    assert "1 failed in extraction" in run.stderr and "MOST ARTICLES FAILED" not in run.stderr
