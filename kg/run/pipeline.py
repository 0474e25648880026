"""Articles in, DocumentResults out, streamed in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.model import Article, DocumentResult


def extract_articles(
    articles: Iterable[Article], batch_size: int = 64, workers: int = 1, on_error=None
) -> Iterator[DocumentResult]:
    """Parse and extract each article, in input order, holding a few batches of Docs at a time.

    workers > 1 runs that many processes (kg.run.parallel), each loading the model once. An article
    whose extraction fails is skipped and passed to on_error(kg.run.parallel.ArticleFailure)
    (default: a warning on stderr).
    """
    from kg.run.parallel import extract_stream

    return extract_stream(articles, batch_size=batch_size, workers=workers, on_error=on_error)


@dataclass
class BuildSummary:
    """What a build found: articles, distinct actors by kind, events by type."""

    articles: int = 0
    actors: dict[str, set] = field(default_factory=lambda: {"person": set(), "country": set(), "organization": set()})
    events: Counter = field(default_factory=Counter)

    def add(self, result: DocumentResult) -> None:
        self.articles += 1
        for actor in result.entities:
            self.actors.setdefault(actor.kind, set()).add((actor.name, actor.country))
        for event in result.events:
            self.events[event.type] += 1

    def lines(self) -> list[str]:
        plural = {"person": "people", "country": "countries", "organization": "organizations"}
        actors = ", ".join(f"{len(v)} {plural.get(k, k)}" for k, v in self.actors.items())
        events = ", ".join(f"{n} {t}" for t, n in sorted(self.events.items())) or "none"
        return [f"articles: {self.articles}", f"actors: {actors}", f"events: {sum(self.events.values())} ({events})"]


def add_results(graph, results: Iterable[DocumentResult], summary: BuildSummary, on_result=None,
                batch_triples: int = 50_000) -> None:
    """Map each result to triples and add them to the store in bulk batches."""
    from kg.graph.rdf import document_triples
    from kg.graph.store import add_triples

    buffer: list = []
    for result in results:
        summary.add(result)
        buffer += document_triples(result)
        if on_result is not None:
            on_result(result)
        if len(buffer) >= batch_triples:
            add_triples(graph, buffer)
            buffer = []
    if buffer:
        add_triples(graph, buffer)
