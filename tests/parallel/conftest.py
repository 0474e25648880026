"""Articles for the scale tests: the shipped samples, repeated under new ids to the size a test needs."""

import itertools

import pytest

from kg.model import Article
from kg.read.articles import ReadReport, read_articles
from kg.resources import DATA


@pytest.fixture(scope="session")
def sample_articles():
    samples = list(read_articles([DATA / "samples" / "articles.jsonl"], ReadReport()))
    assert samples, "data/samples/articles.jsonl holds no articles"

    def make(count):
        return [
            Article(id=f"{a.id}-{n}", text=a.text, published=a.published, source=a.source, url=a.url)
            for n, a in zip(range(count), itertools.cycle(samples))
        ]

    return make
