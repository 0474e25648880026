"""kg/spacy_import.py: the `kg` command imports spaCy without spacy.cli and langcodes, which still work when used;
only for the pinned spaCy, and never in a user's program that imports kg or calls kg.load()."""

import json
import subprocess
import sys

import pytest

CHECK = """
import json, sys
PRELUDE
import spacy
imported = {name: name in sys.modules for name in ("spacy.cli", "spacy.cli.info", "typer", "langcodes")}
info = spacy.info(silent=True)
import spacy.cli
import spacy.cli.info
import langcodes
print(json.dumps({
    "imported": imported,
    "info": sorted(info)[:2],
    "spacy.info is spacy.cli.info": spacy.info is spacy.cli.info and spacy.info is sys.modules["spacy.cli.info"].info,
    "real modules": type(sys.modules["spacy.cli.info"]) is type(sys) and type(langcodes) is type(sys),
    "langcodes": [langcodes.tag_is_valid("en"), spacy.util.find_matching_language("no")],
    "download": callable(spacy.cli.download),
    "entry points": [sorted(spacy.registry.architectures.get_entry_points()), sorted(spacy.registry.readers.get_entry_points())],
    "grouped": type(__import__("catalogue").AVAILABLE_ENTRY_POINTS) is dict,
}))
"""


def run(prelude: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHECK.replace("PRELUDE", prelude)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def plain() -> dict:
    """What a process that imports spaCy as it is sees."""
    seen = run("")
    assert seen["imported"] == dict.fromkeys(seen["imported"], True)
    assert seen["info"] == ["location", "pipelines"] and seen["langcodes"] == [True, "nb"]
    assert seen["spacy.info is spacy.cli.info"] and seen["real modules"] and seen["download"]
    assert seen["entry points"][0] and not seen["grouped"]
    return seen


def expected(plain: dict, imported: bool) -> dict:
    return {**plain, "imported": dict.fromkeys(plain["imported"], imported), "grouped": not imported}


def test_without_the_cli_until_it_is_used(plain):
    assert run("from kg.spacy_import import import_spacy; import_spacy()") == expected(plain, imported=False)


def test_another_spacy_release_is_imported_as_it_is(plain):
    prelude = "import kg.spacy_import as s; s.SPACY_VERSION = '0.0.0'; s.import_spacy()"
    assert run(prelude) == plain


def test_a_users_program_imports_spacy_as_usual(plain):
    assert run("import kg, kg.nlp, kg.run.parallel") == plain


@pytest.mark.parametrize("already", ["spacy", "langcodes"])
def test_nothing_changes_once_imported(already):
    prelude = f"import {already}; from kg.spacy_import import import_spacy; import_spacy()"
    assert run(prelude)["langcodes"] == [True, "nb"]


def test_kg_extract_runs_without_spacys_cli(tmp_path):
    article = tmp_path / "one.jsonl"
    article.write_text(json.dumps({"id": "a1", "text": "The Prime Minister of Japan visited Paris."}) + "\n")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kg.cli", "-q", "extract", str(article), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
    assert "spacy" in imported and "spacy.cli" not in imported and "langcodes" not in imported
    assert json.loads((tmp_path / "o").read_text())["id"] == "a1"


def test_registry_reads_give_what_catalogue_gives():
    """Every registry's get_all() after import_spacy() is catalogue's own: the same names, functions and order."""
    script = """
import json, catalogue
original = catalogue.Registry.get_all
from kg.spacy_import import import_spacy
import_spacy()
import spacy, srsly, thinc.api, kg.nlp
kg.nlp.load_nlp()
namespaces = {keys[:-1] for keys in catalogue.REGISTRY} | {("srsly", "msgpack_decoders"), ("nothing",)}
registries = [catalogue.Registry(list(ns), entry_points=True) for ns in namespaces]
registries += [spacy.registry.misc, spacy.registry.architectures, srsly.msgpack.msgpack_decoders]
differ = [r.namespace for r in registries
          if list(original(r).items()) != list(r.get_all().items())]
print(json.dumps({"replaced": catalogue.Registry.get_all is not original, "registries": len(registries),
                  "differ": differ}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["replaced"] and seen["registries"] > 20 and seen["differ"] == []


def test_entry_points_grouped_as_select_groups_them():
    script = """
import json, catalogue
snapshot = catalogue.AVAILABLE_ENTRY_POINTS
selected = {group: list(snapshot.select(group=group)) for group in snapshot.groups}
from kg.spacy_import import _entry_points_by_group
_entry_points_by_group()
grouped = catalogue.AVAILABLE_ENTRY_POINTS
print(json.dumps({"same": type(grouped) is dict and {g: list(e) for g, e in grouped.items()} == selected,
                  "groups": len(selected)}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"same": True, "groups": json.loads(done.stdout)["groups"]}
    assert json.loads(done.stdout)["groups"] > 0
