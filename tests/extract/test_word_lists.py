"""The word lists of data/lexicon/word_lists.csv: each is used by the extractor and described in the README."""

import re
from pathlib import Path

import pytest

from kg.extract.readers import frames
from kg.lexicon import _word_lists, word_list
from kg.resources import LEXICON

EXTRACT = Path(frames.__file__).parents[1]


def _named_in_code() -> set[str]:
    names = set()
    for path in EXTRACT.rglob("*.py"):
        names |= set(re.findall(r'word_list\("([a-z_]+)"\)', path.read_text(encoding="utf-8")))
    return names


def test_every_list_is_used_by_the_code_and_every_list_used_exists():
    assert _named_in_code() == set(_word_lists())


def test_every_list_has_a_line_in_the_readme():
    readme = (LEXICON / "README.md").read_text(encoding="utf-8")
    assert [name for name in _word_lists() if f"| `{name}` |" not in readme] == []


def test_an_unknown_list_is_an_error():
    with pytest.raises(ValueError, match="no list 'nonesuch'"):
        word_list("nonesuch")


def test_a_word_is_written_once_in_a_list():
    rows = (LEXICON / "word_lists.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == len(set(rows))
