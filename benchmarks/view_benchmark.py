"""How fast the HTML view is built and drawn, for synthetic graphs of growing size.

    .venv/bin/python benchmarks/view_benchmark.py                 # 1k, 5k, 10k, 20k nodes
    .venv/bin/python benchmarks/view_benchmark.py --sizes 5000 --direct
    .venv/bin/python benchmarks/view_benchmark.py --screenshot-only

For each size: seconds to read the graph with SPARQL (skipped with --direct, which builds the view's
data without RDF), to lay out and render the page, the page's size, and in headless Chromium
(/usr/bin/chromium) the seconds from navigation to vis-network's first "afterDrawing", then the
milliseconds a mouse-wheel zoom step and a filter change take to redraw. Also saves docs/view.png, the sample
graph as the README shows it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "view")]

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (tests/view/conftest.py)
from view_graphs import graph_of, sample_graph, synthetic_results, view_data_of  # noqa: E402

from kg.view import write_html  # noqa: E402
from kg.view.data import read_view_data  # noqa: E402
from kg.view.render import build_payload, render_html  # noqa: E402

WATCH_ZOOM = """() => { window.__zoomMs = undefined; kgView.network.once('zoom', () => {
  const t = performance.now();
  kgView.network.once('afterDrawing', () => { window.__zoomMs = performance.now() - t; }); }); }"""
FILTER = """() => new Promise(done => {
  const t = performance.now();
  kgView.network.once('afterDrawing', () => done(performance.now() - t));
  document.getElementById('type-meeting').click();
})"""


def open_drawn(browser, path: Path, viewport=(1280, 800)):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-drawn]", state="attached", timeout=300_000)
    wall = time.perf_counter() - start
    if errors:
        raise SystemExit(f"{path}: page errors: {errors}")
    return page, wall


def measure(browser, n_nodes: int, n_events: int, direct: bool, workdir: Path) -> None:
    results = synthetic_results(n_nodes, n_events)
    if direct:
        t = time.perf_counter()
        nodes, events = view_data_of(results)
        read = f"direct {time.perf_counter() - t:5.1f}"
    else:
        graph = graph_of(results)
        t = time.perf_counter()
        nodes, events = read_view_data(graph)
        read = f"sparql {time.perf_counter() - t:5.1f}"
    t = time.perf_counter()
    payload = build_payload(nodes, events)
    page_text = render_html(payload)
    build = time.perf_counter() - t
    path = workdir / f"view-{n_nodes}.html"
    path.write_text(page_text, encoding="utf-8")
    page, wall = open_drawn(browser, path)
    data = page.evaluate("() => ({...document.body.dataset})")
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.evaluate(WATCH_ZOOM)
    page.mouse.wheel(0, -120)
    zoom = page.wait_for_function("() => window.__zoomMs").json_value()
    page.wait_for_timeout(600)
    filt = page.evaluate(FILTER)
    page.close()
    print(f"{len(payload['nodes']):>6} nodes {int(data['edges']):>6} edges {len(payload['events']):>6} events | "
          f"{read} s, layout+render {build:4.1f} s, {len(page_text) / 1e6:5.1f} MB | "
          f"first draw {int(data['drawMs']) / 1000:5.2f} s (load wall {wall:5.2f} s), "
          f"zoom redraw {zoom:5.0f} ms, filter {filt:5.0f} ms", flush=True)


def screenshot(browser, target: Path, workdir: Path) -> None:
    path = workdir / "sample.html"
    write_html(sample_graph(), path, title="kg: sample graph")
    page, _ = open_drawn(browser, path)
    page.wait_for_timeout(300)
    page.fill("#search", "Pavel Volkov")
    page.press("#search", "Enter")
    page.wait_for_timeout(600)
    page.evaluate("() => kgView.network.fit()")
    page.wait_for_timeout(400)
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target))
    page.close()
    print(f"saved {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 10000, 20000],
                        help="node counts; each graph gets twice as many events")
    parser.add_argument("--direct", action="store_true", help="build the view data without the RDF graph")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "docs" / "view.png")
    parser.add_argument("--screenshot-only", action="store_true")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            screenshot(browser, args.screenshot, Path(tmp))
            if not args.screenshot_only:
                for n in args.sizes:
                    measure(browser, n, 2 * n, args.direct, Path(tmp))
        finally:
            browser.close()


if __name__ == "__main__":
    main()
