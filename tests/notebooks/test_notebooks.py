"""The notebooks run from top to bottom and show what they promise."""

import re
from functools import lru_cache
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


@lru_cache(maxsize=None)
def _run(name: str):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return notebook


def _text(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append(output.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


@pytest.mark.parametrize("name", ["quickstart.ipynb", "explore.ipynb"])
def test_notebook_builds_the_sample_graph(name):
    notebook = _run(name)
    summary = _text(notebook.cells[1])
    assert "articles: 20" in summary and "triples:" in summary and "counted, asserted and positive" in summary


@pytest.mark.parametrize("name", ["quickstart.ipynb", "explore.ipynb"])
def test_the_view_is_embedded_by_a_relative_path_a_server_can_serve(name):
    notebook = _run(name)
    last = notebook.cells[-1]
    assert "IFrame" in _text(last)
    (src,) = re.findall(r'IFrame\(src="([^"]+)"', last.source)
    assert not Path(src).is_absolute() and ".." not in src
    assert (NOTEBOOKS / src).stat().st_size > 10_000  # beside the notebook, where Jupyter serves it from


def test_explore_counts_as_kg_stats_does():
    notebook = _run("explore.ipynb")
    built = re.search(r"graph: events: (\d+) counted", _text(notebook.cells[1])).group(1)
    counted = re.search(r"counted as kg stats counts: (\d+) events", _text(notebook.cells[2])).group(1)
    assert built == counted  # and the notebook's own assert compared its counts by type with kg.query.stats


def test_explore_ranks_countries_and_shows_the_chart_inline():
    notebook = _run("explore.ipynb")
    ranking = _text(notebook.cells[4])
    assert "degree" in ranking and "betweenness" in ranking
    chart = notebook.cells[6]
    assert "matplotlib.use" not in chart.source
    assert any(o.get("data", {}).get("image/png") for o in chart.get("outputs", []))
