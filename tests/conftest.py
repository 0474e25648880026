"""Session-wide fixtures: the spaCy model loads once per test session."""

import pytest


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract one text (with an optional publication date) to its JSON shape."""
    from kg.extract import extract_doc
    from kg.model import Article

    def run(text, published=None, doc_id="t"):
        article = Article(id=doc_id, text=text, published=published)
        return extract_doc(nlp(text), article).to_json()

    return run
