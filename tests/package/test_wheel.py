"""Install kg as a user would and use it: the slow install test (marker `install`).

The wheel is built from the checkout with pip, then installed into a fresh virtualenv in a temporary
folder; every command runs there, from a working directory outside the checkout. To stay fast, the new
virtualenv gets the wheel alone (pip --no-deps) and reaches the libraries kg depends on through a .pth
file naming the test environment's site-packages. A .pth line only adds a folder to sys.path (the .pth
files inside it are not run), so the editable install of the checkout stays out of sight: the test checks
that kg is imported from the new virtualenv.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

CHECKOUT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "Indian Prime Minister Narendra Modi arrived in Tokyo on Friday for a two-day visit to Japan. "
    "Modi held talks with Japanese Prime Minister Shigeru Ishiba on defence and trade. "
    "On Saturday, France condemned Russia over the missile strike on Kyiv.\n"
)


def _run(args: list, cwd: Path, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check and done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


# What a fresh clone would not hold: a build/ left by an earlier build could slip stale modules into the wheel.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "out", "artifacts"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source") / "kg"
    shutil.copytree(CHECKOUT, source, ignore=NOT_SOURCE)
    folder = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", source, "-w", folder], source, dict(os.environ))
    wheels = list(folder.glob("kg-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def user(tmp_path_factory, wheel) -> dict:
    """A fresh virtualenv with the wheel installed, a working folder outside the checkout, and its env."""
    root = tmp_path_factory.mktemp("user")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], root, dict(os.environ))
    python = venv / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel],
        root,
        dict(os.environ),
    )
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root, dict(os.environ)
        ).stdout.strip()
    )
    (site / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    work = root / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return {"venv": venv, "python": python, "kg": venv / "bin" / "kg", "work": work, "env": env}


def test_the_wheel_carries_data_ontology_and_queries(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, inside in (("data", "kg/data"), ("ontology", "kg/ontology")):
        shipped = [p for p in (CHECKOUT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        assert shipped, folder
        missing = [
            str(p.relative_to(CHECKOUT))
            for p in shipped
            if f"{inside}/{p.relative_to(CHECKOUT / folder).as_posix()}" not in names
        ]
        assert not missing, f"not in the wheel: {missing}"
    assert "kg/query/queries/visits.rq" in names and "kg/query/queries/totals/days.rq" in names
    modules = {p.relative_to(CHECKOUT).as_posix() for p in (CHECKOUT / "kg").rglob("*.py")}
    assert {
        n
        for n in names
        if n.startswith("kg/")
        and n.endswith(".py")
        and not n.startswith("kg/data/")
        and not n.startswith("kg/ontology/")
    } == modules
    assert not any(n.startswith(("data/", "ontology/", "tests/")) for n in names)


def test_kg_is_imported_from_the_new_virtualenv(user):
    done = _run(
        [
            user["python"],
            "-c",
            "import kg, kg.resources as r; print(kg.__file__); print(r.LEXICON); print(kg.__version__)",
        ],
        user["work"],
        user["env"],
    )
    module, lexicon, version = done.stdout.split()
    assert Path(module).is_relative_to(user["venv"]) and Path(lexicon).is_relative_to(user["venv"])
    assert (Path(lexicon) / "triggers.csv").is_file()
    assert _run([user["kg"], "--version"], user["work"], user["env"]).stdout.strip() == f"kg, version {version}"
    assert _run([user["python"], "-m", "kg", "--version"], user["work"], user["env"]).stdout.strip().endswith(version)


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_build_query_view_validate_evaluate_from_outside_the_checkout(user):
    work, env, kg = user["work"], user["env"], user["kg"]
    assert not work.resolve().is_relative_to(CHECKOUT)
    (work / "news").mkdir()
    (work / "news" / "modi-in-japan.txt").write_text(ARTICLE, encoding="utf-8")

    built = _run([kg, "build", "news", "-o", "out"], work, env)
    assert (work / "out" / "graph.ttl").is_file() and (work / "out" / "graph.html").is_file(), built.stdout

    visits = _rows(_run([kg, "query", "out/graph.ttl", "visits", "--format", "csv"], work, env).stdout)
    assert [(v["visitor"], v["visitor_country"], v["host_country"], v["location"]) for v in visits] == [
        ("Narendra Modi", "IND", "JPN", "Tokyo")
    ]
    meetings = _rows(_run([kg, "query", "out/graph.ttl", "meetings", "--format", "csv"], work, env).stdout)
    assert {(m["party_country"], m["counterpart_country"]) for m in meetings} == {("IND", "JPN")}
    condemned = _rows(_run([kg, "query", "out/graph.ttl", "condemnations", "--format", "csv"], work, env).stdout)
    assert [(c["condemner_country"], c["condemned_country"]) for c in condemned] == [("FRA", "RUS")]

    viewed = _run([kg, "view", "out/graph.ttl", "-o", "page.html"], work, env)
    page = (work / "page.html").read_text(encoding="utf-8")
    assert "3 events" in viewed.stdout and "Narendra Modi" in page and "Shigeru Ishiba" in page

    validated = _run([kg, "validate", "out/graph.ttl"], work, env)
    assert "conforms" in validated.stdout

    _run([kg, "extract", "news", "-o", "predicted.jsonl"], work, env)
    predicted = json.loads((work / "predicted.jsonl").read_text(encoding="utf-8"))
    gold = dict(predicted, events=[e for e in predicted["events"] if e["type"] != "condemnation"])
    (work / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    scored = json.loads(_run([kg, "evaluate", "gold.jsonl", "predicted.jsonl", "--json"], work, env).stdout)
    assert scored["country"]["overall"] == {"gold": 2, "pred": 3, "tp": 2, "p": 0.6667, "r": 1.0, "f1": 0.8}
