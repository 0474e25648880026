"""kg/spacy_import.py's cache of compiled regular expressions: the same patterns as Python compiles, from a file
that anything amiss only bypasses; Python's own compiler is back in place once it is saved."""

import _sre
import re
import re._compiler as compiler

import pytest

from kg import spacy_import
from kg.spacy_import import cache_regexes, save_regexes

EXPRESSIONS = [
    (r"(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?", 0),
    (r"^(?:Mr|Mrs|Dr)\.\s+([A-Z]\w+)", re.IGNORECASE),
    (r"[\u00A6\u00A9\u00AE]|\.\.+|…", 0),
    (r"(?x) \b ( talks | met ) \b  # verbose", 0),
    (rb"^[ \t\f]*(?:[#\r\n]|$)", 0),
    (r"caf\u00e9s?$", re.ASCII | re.MULTILINE),
]
TEXTS = ["talks in 2024-3-14 and 2025-11", "DR. Okafor met Mrs Lee…", "café ©", b"  # comment"]


def compiled_now():
    """Each expression compiled through re, with re's own cache emptied first."""
    re.purge()
    return [re.compile(pattern, flags) for pattern, flags in EXPRESSIONS]


def behaviour(patterns):
    found = []
    for pattern in patterns:
        for text in TEXTS:
            if isinstance(text, bytes) != isinstance(pattern.pattern, bytes):
                continue
            found.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)])
    return found, [(p.pattern, p.flags, p.groups, dict(p.groupindex)) for p in patterns]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BACKEND_CACHE", str(tmp_path / "backend.json"))
    yield
    save_regexes()  # whatever a test left on
    re.purge()


def test_patterns_from_the_cache_are_those_python_compiles(cache_file, tmp_path):
    original = compiler.compile
    plain = compiled_now()
    cache_regexes()
    first = compiled_now()
    save_regexes()
    assert compiler.compile is original and compiler._sre is _sre
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    cache_regexes()
    cache = spacy_import._regexes
    second = compiled_now()
    assert {key for key in cache.used if key in set(EXPRESSIONS)} == set(EXPRESSIONS) and not cache.new
    save_regexes()
    assert compiler.compile is original
    assert plain == first == second  # equal flags, expression and compiled program
    assert behaviour(plain) == behaviour(second)


def test_a_damaged_or_foreign_file_is_compiled_again(cache_file, tmp_path):
    cache_regexes()
    compiled_now()
    save_regexes()
    (path,) = tmp_path.glob("regex-*.marshal")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    cache_regexes()
    assert spacy_import._regexes.stored == {}
    assert compiled_now() == [compiler.compile(pattern, flags) for pattern, flags in EXPRESSIONS]
    save_regexes()
    cache_regexes()
    assert len(spacy_import._regexes.stored) >= len(EXPRESSIONS)  # written again, whole
    save_regexes()


def test_a_program_the_engine_refuses_is_compiled_as_usual(cache_file):
    cache_regexes()
    cache = spacy_import._regexes
    pattern, flags = EXPRESSIONS[0]
    cache.stored[(pattern, flags)] = (32, [1, 2, 3], 0, {}, (None,))
    re.purge()
    assert re.compile(pattern, flags) == compiler.compile(pattern, flags)
    assert (pattern, flags) not in cache.used
    save_regexes()


def test_nothing_without_a_start(cache_file, tmp_path):
    original = compiler.compile
    save_regexes()
    compiled_now()
    assert compiler.compile is original and not list(tmp_path.glob("regex-*"))


def test_kg_extract_the_same_with_the_cache_cold_and_warm(tmp_path):
    import json
    import os
    import subprocess
    import sys

    article = tmp_path / "one.jsonl"
    text = "BERLIN, May 3 (Reuters) - The Prime Minister of Japan met President Lula in Brasilia on Monday."
    article.write_text(json.dumps({"id": "a1", "text": text, "date": "2024-05-03"}) + "\n")
    env = {**os.environ, "KG_BACKEND_CACHE": str(tmp_path / "cache" / "backend.json")}
    outputs = []
    for run in ("cold", "warm", "warm again"):
        out = tmp_path / f"{run}.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "kg.cli", "-q", "extract", str(article), "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
        if run == "warm":
            (cached,) = (tmp_path / "cache").glob("regex-*.marshal")
            written = cached.stat().st_mtime_ns
    assert outputs[0] == outputs[1] == outputs[2] and json.loads(outputs[0])["id"] == "a1"
    assert cached.stat().st_mtime_ns == written  # a warm run compiles nothing new, and writes nothing


def test_no_automatic_collection_from_the_start_up_to_its_end(cache_file):
    import gc

    from kg.nlp import collections_paused
    from kg.spacy_import import begin_start_up, end_start_up

    before = gc.get_threshold()
    begin_start_up()
    begin_start_up()  # a second call changes nothing
    assert gc.get_threshold() == (0, *before[1:])
    with collections_paused():  # kg.load()'s own pause, inside
        pass
    assert gc.get_threshold() == (0, *before[1:]) and spacy_import._regexes is not None
    end_start_up()
    assert gc.get_threshold() == before and spacy_import._regexes is None
    end_start_up()
    assert gc.get_threshold() == before


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_command_that_fails_before_the_load_ends_the_start_up(cache_file, tmp_path, command):
    import gc

    from click.testing import CliRunner

    from kg.cli import cli

    before = gc.get_threshold()
    args = [command, str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0
    assert gc.get_threshold() == before and spacy_import._regexes is None
