"""`kg build --dask local` leaves no copy of the article text behind unless asked to."""

import subprocess
import sys
from pathlib import Path

from rdflib import Graph

ROOT = Path(__file__).resolve().parents[2]


def test_dask_build_deletes_its_shards_after_loading_them(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        '{"id": "a", "text": "Chile and Peru signed a border treaty on Monday."}\n'
        '{"id": "b", "text": "President Lula visited Angola on Tuesday."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(articles), "-o", str(out), "--dask", "local"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert "articles: 2" in run.stdout
    assert len(Graph().parse(out / "graph.ttl")) > 10
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl"]
