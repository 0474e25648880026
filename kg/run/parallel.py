"""Extraction on several processes of one machine.

Each worker process loads the model once, takes chunks of articles, runs nlp.pipe and the
extractor on them and sends back only the small DocumentResults (spaCy's own n_process would
ship whole Docs back and leave the extraction serial in the main process). Chunks are read
from the input lazily and at most a few are in flight, so memory stays flat in the number of
articles; results come back in input order. An article whose extraction raises becomes an
ArticleFailure in its place instead of ending the run.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from kg.model import Article, DocumentResult

CHUNK_SIZE = 64
# With fork, the parent loads the model once and the workers start with it loaded: no model load (about a
# second of CPU) per worker. Forking a parent that runs threads (a progress bar, a Dask client) can deadlock,
# and macOS does not fork safely, so fork is the default only on Linux in a parent of one thread; otherwise
# forkserver, whose workers each load the model. KG_START_METHOD=fork|forkserver|spawn overrides.
START_METHOD = "forkserver"


@dataclass(frozen=True)
class ArticleFailure:
    """An article the pipeline skipped, and why."""

    article_id: str
    origin: str | None
    error: str

    def message(self) -> str:
        where = f" ({self.origin})" if self.origin else ""
        return f"article {self.article_id}{where} skipped: {self.error}"


Outcome = DocumentResult | ArticleFailure


def default_workers() -> int:
    return os.cpu_count() or 1


def default_start_method() -> str:
    """fork on Linux when this process runs no other thread (see START_METHOD), else forkserver."""
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return START_METHOD


def run_chunk(nlp, articles: list[Article], batch_size: int = 64) -> list[Outcome]:
    """Parse and extract a list of articles, in order, with the pipeline of kg.load(); one failing article
    fails alone."""
    from kg import nlp as understand

    results: list[Outcome] = []
    try:
        for long, group in itertools.groupby(articles, key=lambda a: len(a.text) > understand.MAX_CHUNK_CHARS):
            if long:
                for article in group:
                    results.append(_long_outcome(nlp, article))
                continue
            pairs = ((a.text, a) for a in group)  # the Article context reaches the "kg_events" component
            for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                results.append(_outcome(doc, article))
    except Exception:
        # spaCy itself failed on a batch: parse the rest one at a time to find the article at fault
        for article in articles[len(results) :]:
            try:
                doc = nlp(article.text)
            except Exception as exc:
                results.append(_failure(article, exc))
                continue
            results.append(_extract_again(doc, article))
    return results


def _extract_again(doc, article: Article) -> Outcome:
    """The events of a Doc parsed without its article (which dates "on Monday"), read again with it."""
    from kg.extract import extract_doc

    try:
        return extract_doc(doc, article)
    except Exception as exc:
        return _failure(article, exc)


def _long_outcome(nlp, article: Article) -> Outcome:
    """An article past MAX_CHUNK_CHARS: parsed piece by piece, its events read from the whole Doc."""
    from kg import nlp as understand

    doc = understand.parse_long(nlp, article.text)
    doc._.article = article
    try:
        nlp.get_pipe(understand.EVENTS)(doc)
    except Exception as exc:
        return _failure(article, exc)
    return _outcome(doc, article)


def _outcome(doc, article: Article) -> Outcome:
    if doc._.kg_error is not None:
        return _failure(article, doc._.kg_error)
    return DocumentResult(article=article, events=doc._.events, entities=doc._.actors)


def _failure(article: Article, exc: BaseException) -> ArticleFailure:
    return ArticleFailure(article.id, article.origin, f"{type(exc).__name__}: {exc}")


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_outcomes(
    articles: Iterable[Article],
    workers: int = 1,
    batch_size: int = 64,
    chunk_size: int = CHUNK_SIZE,
    start_method: str | None = None,
    known_people: bool = True,
) -> Iterator[Outcome]:
    """DocumentResult or ArticleFailure for each article, in input order, on `workers` processes.

    workers=1 runs in this process, and so does an input of one chunk (starting workers would cost more
    than it saves); the chunking is the same either way, so the output is too.
    known_people=False reads without data/gazetteer/people.csv (kg.load).
    """
    global _worker_nlp
    chunks = chunked(articles, chunk_size)
    if workers > 1:
        first = list(itertools.islice(chunks, 2))
        chunks = itertools.chain(first, chunks)
        if len(first) < 2:
            workers = 1
    if workers <= 1:
        from kg.nlp import load

        nlp = load(known_people)
        for chunk in chunks:
            yield from run_chunk(nlp, chunk, batch_size)
        return
    method = start_method or os.environ.get("KG_START_METHOD") or default_start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        from kg.nlp import load

        _worker_nlp = load(known_people)  # the workers are forked with it
        pool = ProcessPoolExecutor(workers, mp_context=context)
    else:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(known_people,))
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_work, chunk, batch_size))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if method == "fork":
            _worker_nlp = None


def extract_stream(
    articles: Iterable[Article],
    batch_size: int = 64,
    workers: int = 1,
    on_error: Callable[[ArticleFailure], None] | None = None,
    known_people: bool = True,
) -> Iterator[DocumentResult]:
    """The DocumentResults alone, in input order; each skipped article goes to `on_error` (default: stderr)."""
    report = on_error or _print_failure
    for outcome in extract_outcomes(articles, workers=workers, batch_size=batch_size, known_people=known_people):
        if isinstance(outcome, ArticleFailure):
            report(outcome)
        else:
            yield outcome


def _print_failure(failure: ArticleFailure) -> None:
    print(f"kg: warning: {failure.message()}", file=sys.stderr)


_worker_nlp = None


def _init_worker(known_people: bool = True) -> None:
    """Load the model once per worker process (one BLAS thread each: importing the kg package set it)."""
    global _worker_nlp
    from kg.nlp import load

    _worker_nlp = load(known_people)


def _work(chunk: list[Article], batch_size: int) -> list[Outcome]:
    return run_chunk(_worker_nlp, chunk, batch_size)
