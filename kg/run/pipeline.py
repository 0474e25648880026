"""Articles in, DocumentResults out, streamed in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.model import Article, DocumentResult


def extract_articles(
    articles: Iterable[Article],
    batch_size: int = 64,
    workers: int = 1,
    on_error=None,
    known_people: bool = True,
    encode=None,
) -> Iterator[DocumentResult]:
    """Parse and extract each article, in input order, holding a few batches of Docs at a time.

    workers > 1 runs that many processes (kg.run.parallel), each loading the model once. An article
    whose extraction fails is skipped and passed to on_error(kg.run.parallel.ArticleFailure)
    (default: a warning on stderr). encode(result), a module-level function, is what comes out instead of each
    result, made in the worker (kg.run.parallel.extract_outcomes).
    """
    from kg.run.parallel import extract_stream

    return extract_stream(
        articles, batch_size=batch_size, workers=workers, on_error=on_error, known_people=known_people, encode=encode
    )


@dataclass
class BuildSummary:
    """What this run read: articles (and those already in the store: unchanged, or replaced by a new text).

    The actors and events of the graph are counted from the graph (kg.query.stats.graph_summary_lines), where an
    event reported by two articles is one; `actors` and `events` here are what the run extracted.
    """

    articles: int = 0
    actors: dict[str, set] = field(default_factory=lambda: {"person": set(), "country": set(), "organization": set()})
    events: Counter = field(default_factory=Counter)
    unchanged: int = 0
    replaced: int = 0

    def add(self, result: DocumentResult) -> None:
        self.articles += 1
        for actor in result.entities:
            self.actors.setdefault(actor.kind, set()).add((actor.name, actor.country))
        for event in result.events:
            self.events[event.type] += 1

    def lines(self) -> list[str]:
        known = [
            f"{n} {what}" for n, what in ((self.unchanged, "unchanged"), (self.replaced, "replaced by a new text")) if n
        ]
        return [f"this run: articles: {self.articles} read" + (f" ({', '.join(known)})" if known else "")]


def add_results(
    graph, results: Iterable[DocumentResult], summary: BuildSummary, on_result=None, batch_triples: int = 50_000
) -> None:
    """Map each result to triples and add them to the store in bulk batches.

    An article id the store already holds is left alone when its text is the same, and replaced (all it
    asserted, in one transaction) when its text changed.
    """
    from kg.graph.rdf import document_triples, text_digest
    from kg.graph.store import add_triples, article_state, replace_article

    buffer: list = []
    for result in results:
        summary.add(result)
        state = article_state(graph, result.article.id, text_digest(result.article.text))
        if state == "same":
            summary.unchanged += 1
        elif state == "changed":
            replace_article(graph, result.article.id, document_triples(result))
            summary.replaced += 1
        else:
            buffer += document_triples(result)
        if on_result is not None:
            on_result(result)
        if len(buffer) >= batch_triples:
            add_triples(graph, buffer)
            buffer = []
    if buffer:
        add_triples(graph, buffer)
