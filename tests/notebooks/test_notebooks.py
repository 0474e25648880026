"""The notebooks run from top to bottom and show what they promise."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


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
    assert "articles: 20" in summary and "triples:" in summary
    assert "IFrame" in _text(notebook.cells[-1])


def test_explore_ranks_countries_and_plots_months():
    notebook = _run("explore.ipynb")
    ranking = _text(notebook.cells[4])
    assert "degree" in ranking and "betweenness" in ranking
    assert any(o.get("data", {}).get("image/png") for o in notebook.cells[6].get("outputs", [])) or "month" in _text(notebook.cells[6])
