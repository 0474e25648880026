"""Pages of the view opened in the session's headless Chromium (the `browser` fixture of tests/conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class PageLog:
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def outside(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "about:"))]


@pytest.fixture
def open_page(browser):
    """open_page(path) -> (page, log): the page loaded and drawn; every request outside file:/about: is
    aborted and logged, and so are console errors, page errors and dialogs."""
    contexts = []

    def _open(path, viewport=(1280, 800), timeout_ms=60_000):
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(context)
        log = PageLog()

        def route(r):
            log.requests.append(r.request.url)
            if r.request.url.startswith(("file:", "about:")):
                r.continue_()
            else:
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("request", lambda req: log.requests.append(req.url))
        page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: log.errors.append(str(exc)))
        page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
        page.goto(f"file://{path}")
        page.wait_for_selector("body[data-drawn]", state="attached", timeout=timeout_ms)
        return page, log

    yield _open
    for context in contexts:
        context.close()
