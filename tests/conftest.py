"""Session-wide fixtures: the spaCy model and the headless browser each start once per test session."""

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def nlp():
    """kg's pipeline (kg.load()): the parse, then the "kg_events" component."""
    import kg

    return kg.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract one text (with an optional publication date) to its JSON shape."""
    from kg.model import Article, DocumentResult
    from kg.nlp import make_doc

    def run(text, published=None, doc_id="t"):
        article = Article(id=doc_id, text=text, published=published)
        doc = nlp(make_doc(nlp, article))
        return DocumentResult(article, doc._.events, doc._.actors).to_json()

    return run


@pytest.fixture(scope="session")
def browser():
    """Debian's /usr/bin/chromium driven by Playwright, shared by the view and serve page tests (Playwright's
    sync API allows one instance per process). Nothing is downloaded: without it those tests are skipped."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); the page tests need it")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
