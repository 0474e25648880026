"""Extraction on several processes of one machine.

Each worker process loads the model once, takes chunks of articles, runs nlp.pipe and the
extractor on them and sends back only the small DocumentResults (spaCy's own n_process would
ship whole Docs back and leave the extraction serial in the main process). Chunks are read
from the input lazily and at most a few are in flight, so memory stays flat in the number of
articles; results come back in input order. An article whose extraction raises becomes an
ArticleFailure in its place instead of ending the run.

What the parent pays for, while the workers parse, is kept small: a caller that only writes the results out
passes `encode` (kg extract: the JSON line), which runs in the worker, so that a short string comes back instead
of a pickled DocumentResult and its article's text. The model loaded before the workers are forked is frozen out
of the garbage collector (gc.freeze), so that a worker's collections do not copy the parent's pages. The last
articles go out in smaller chunks, so that one worker does not parse a whole chunk alone while the other waits.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg.model import Article, DocumentResult

CHUNK_SIZE = 64
# The last articles (from one to two chunks' worth) are cut into this many pieces per worker, of at least
# TAIL_PIECE articles: the workers then finish within a small piece of each other.
TAIL_PIECES_PER_WORKER = 2
TAIL_PIECE = 8
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


def ProcessPoolExecutor(*args, **kwargs):  # noqa: N802  (the class it stands for)
    """concurrent.futures' process pool, imported when a pool is first started: an input of one chunk never starts
    one, and importing it is a hundredth of a second of `kg extract` of one article."""
    from concurrent.futures import ProcessPoolExecutor as pool

    return pool(*args, **kwargs)


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


def chunked(items: Iterable, size: int, tail_pieces: int = 1) -> Iterator[list]:
    """Lists of `size` items, read lazily. With tail_pieces > 1, the last items (the last full list and what is
    left after it) come in two to tail_pieces smaller lists of near-equal length, of TAIL_PIECE items or more;
    an input of one list is one list either way (it reads one list ahead to see where the input ends)."""
    iterator = iter(items)
    chunk = list(itertools.islice(iterator, size))
    if tail_pieces <= 1:
        while chunk:
            yield chunk
            chunk = list(itertools.islice(iterator, size))
        return
    first = True
    while chunk:
        following = list(itertools.islice(iterator, size))
        if len(following) < size:  # the input ends here
            if first and not following:
                yield chunk
            else:
                yield from _pieces(chunk + following, tail_pieces)
            return
        yield chunk
        chunk, first = following, False


def _pieces(items: list, pieces: int) -> Iterator[list]:
    count = max(2, min(pieces, len(items) // TAIL_PIECE))  # never fewer lists than plain chunking gives
    start = 0
    for number in range(count):
        end = start + (len(items) - start) // (count - number)
        yield items[start:end]
        start = end


def extract_outcomes(
    articles: Iterable[Article],
    workers: int = 1,
    batch_size: int = 64,
    chunk_size: int = CHUNK_SIZE,
    start_method: str | None = None,
    known_people: bool = True,
    encode: Callable[[DocumentResult], object] | None = None,
) -> Iterator:
    """DocumentResult or ArticleFailure for each article, in input order, on `workers` processes.

    workers=1 runs in this process, and so does an input of one chunk (starting workers would cost more
    than it saves); the output does not depend on the chunking (spaCy parses each text alone).
    known_people=False reads without data/gazetteer/people.csv (kg.load).
    encode, a module-level function (or a functools.partial of one), is applied to each DocumentResult where
    it is made, in the worker, and its value comes back in the result's place; failures come back as they are.
    """
    global _worker_nlp
    chunks = chunked(articles, chunk_size, TAIL_PIECES_PER_WORKER * workers if workers > 1 else 1)
    if workers > 1:
        first = list(itertools.islice(chunks, 2))
        chunks = itertools.chain(first, chunks)
        if len(first) < 2:
            workers = 1
    frozen = False
    if workers <= 1:
        nlp, frozen = _load_frozen(known_people)
        _start_up_done()
        try:
            for chunk in chunks:
                yield from _encoded(run_chunk(nlp, chunk, batch_size), encode)
        finally:
            if frozen:
                gc.unfreeze()
        return
    method = start_method or os.environ.get("KG_START_METHOD") or default_start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        _worker_nlp, frozen = _load_frozen(known_people)  # the workers are forked with it
        _start_up_done()
        pool = ProcessPoolExecutor(workers, mp_context=context)
    else:
        _start_up_done()
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(known_people,))
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_work, chunk, batch_size, encode))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if frozen:
            gc.unfreeze()
        if method == "fork":
            _worker_nlp = None


def _load_frozen(known_people: bool):
    """kg.load(), its objects then moved into gc's permanent generation (gc.freeze) for the run: no collection
    traverses the model, nor, in a worker forked from this process, writes to its pages. Returns the pipeline and
    whether to gc.unfreeze() at the end (not when something else froze objects before)."""
    from kg.nlp import load

    nlp = load(known_people)
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    return nlp, freeze


def _start_up_done() -> None:
    """The model is loaded and frozen (or is loaded by the workers): the end of the `kg` command's start-up
    (kg/spacy_import.py: garbage collection as it was, the regular expressions compiled stored; nothing otherwise)."""
    from kg.spacy_import import end_start_up

    end_start_up()


def _encoded(outcomes: list[Outcome], encode) -> list:
    if encode is None:
        return outcomes
    return [o if isinstance(o, ArticleFailure) else encode(o) for o in outcomes]


def extract_stream(
    articles: Iterable[Article],
    batch_size: int = 64,
    workers: int = 1,
    on_error: Callable[[ArticleFailure], None] | None = None,
    known_people: bool = True,
    encode: Callable[[DocumentResult], object] | None = None,
) -> Iterator:
    """The DocumentResults alone (or what `encode` made of each, see extract_outcomes), in input order; each
    skipped article goes to `on_error` (default: stderr)."""
    report = on_error or _print_failure
    for outcome in extract_outcomes(
        articles, workers=workers, batch_size=batch_size, known_people=known_people, encode=encode
    ):
        if isinstance(outcome, ArticleFailure):
            report(outcome)
        else:
            yield outcome


def _print_failure(failure: ArticleFailure) -> None:
    print(f"kg: warning: {failure.message()}", file=sys.stderr)


_worker_nlp = None


def _init_worker(known_people: bool = True) -> None:
    """Load the model once per worker process (one BLAS thread each: importing the kg package set it); the process
    is kg's own, so spaCy is imported without its command line (kg/spacy_import.py)."""
    global _worker_nlp
    from kg.nlp import load
    from kg.spacy_import import begin_start_up, end_start_up, import_spacy

    begin_start_up()
    import_spacy()
    _worker_nlp = load(known_people)
    gc.freeze()  # the model lives as long as the worker: no collection goes through it
    end_start_up()


def _work(chunk: list[Article], batch_size: int, encode=None) -> list:
    return _encoded(run_chunk(_worker_nlp, chunk, batch_size), encode)


def json_line(result: DocumentResult, min_confidence: float = 0.0) -> tuple[str, int]:
    """kg extract's output line for a result (its events at or above min_confidence), and its number of events."""
    import json

    result.events = [e for e in result.events if e.confidence >= min_confidence]
    return json.dumps(result.to_json(), ensure_ascii=False) + "\n", len(result.events)
