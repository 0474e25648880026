"""Helpers for the READ stage tests: files made in tmp_path, read in one call."""

import json

import pytest

from kg.read.articles import ReadOptions, ReadReport, read_articles


@pytest.fixture
def read():
    """read(inputs, strict=False, **options) -> (articles, report); options are those of ReadOptions."""

    def run(inputs, strict=False, **options):
        report = ReadReport()
        articles = list(read_articles([str(i) for i in inputs], report, strict=strict, options=ReadOptions(**options)))
        return articles, report

    return run


@pytest.fixture
def jsonl():
    """jsonl(*records) -> bytes of JSON lines; a str item is written as it is (for broken lines)."""

    def lines(*records) -> bytes:
        text = [r if isinstance(r, str) else json.dumps(r) for r in records]
        return ("\n".join(text) + "\n").encode("utf-8")

    return lines
