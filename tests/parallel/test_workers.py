"""Extraction on worker processes: same output, same order, lazy input, failures skipped alone."""

import kg.extract
import kg.nlp
from kg.run.parallel import ArticleFailure, chunked, extract_outcomes, run_chunk
from kg.run.pipeline import extract_articles

CHUNK = 8


def as_json(outcomes):
    return [o.to_json() if not isinstance(o, ArticleFailure) else o for o in outcomes]


def one_process(nlp, articles):
    return as_json(o for chunk in chunked(articles, CHUNK) for o in run_chunk(nlp, chunk))


def test_two_workers_give_the_results_of_one_in_input_order(nlp, sample_articles):
    articles = sample_articles(48)
    consumed, read_ahead = [0], []

    def lazily():
        for article in articles:
            consumed[0] += 1
            yield article

    results = []
    for outcome in extract_outcomes(lazily(), workers=2, chunk_size=CHUNK):
        results.append(outcome)
        read_ahead.append(consumed[0] - len(results))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert as_json(results) == one_process(nlp, articles)
    # at most 2 chunks per worker in flight, and one read ahead (to cut the last articles into smaller chunks)
    assert max(read_ahead) <= 5 * CHUNK < len(articles)


def test_a_failing_article_in_a_worker_is_reported_in_its_place(nlp, sample_articles, monkeypatch):
    articles = sample_articles(12)
    real = kg.extract.extract_doc

    def flaky(doc, article):
        if article.id == articles[5].id:
            raise ValueError("no parse for you")
        return real(doc, article)

    monkeypatch.setattr(kg.extract, "extract_doc", flaky)  # fork: the workers inherit the patch
    results = list(extract_outcomes(articles, workers=2, chunk_size=4, start_method="fork"))
    assert results[5] == ArticleFailure(articles[5].id, None, "ValueError: no parse for you")
    monkeypatch.setattr(kg.extract, "extract_doc", real)
    expected = one_process(nlp, articles)
    assert as_json(results[:5] + results[6:]) == expected[:5] + expected[6:]


def test_skipped_articles_go_to_on_error_and_the_rest_come_through(nlp, sample_articles, monkeypatch):
    articles = sample_articles(6)
    real = kg.extract.extract_doc

    def flaky(doc, article):
        if article.id == articles[2].id:
            raise KeyError("role")
        return real(doc, article)

    monkeypatch.setattr(kg.nlp, "load_nlp", lambda: nlp)
    monkeypatch.setattr(kg.extract, "extract_doc", flaky)
    skipped = []
    results = list(extract_articles(articles, workers=1, on_error=skipped.append))
    assert [r.article.id for r in results] == [a.id for i, a in enumerate(articles) if i != 2]
    assert [(s.article_id, s.error) for s in skipped] == [(articles[2].id, "KeyError: 'role'")]


class BrittlePipeline:
    """The real pipeline, except that nlp.pipe breaks after two docs and one text cannot be parsed."""

    def __init__(self, nlp, bad_text):
        self.nlp, self.bad_text = nlp, bad_text

    def pipe(self, pairs, **kwargs):
        for n, item in enumerate(self.nlp.pipe(pairs, **kwargs)):
            if n == 2:
                raise RuntimeError("batch broke")
            yield item

    def __call__(self, text):
        if text == self.bad_text:
            raise RuntimeError("cannot parse")
        return self.nlp(text)


def test_a_batch_that_breaks_spacy_loses_only_the_article_at_fault(nlp, sample_articles):
    articles = sample_articles(5)
    bad = articles[3].text + " "
    articles[3] = type(articles[3])(id="bad", text=bad)
    results = run_chunk(BrittlePipeline(nlp, bad), articles)
    assert [getattr(r, "article_id", None) or r.article.id for r in results] == [a.id for a in articles]
    assert results[3] == ArticleFailure("bad", None, "RuntimeError: cannot parse")
    assert as_json(results[:3] + results[4:]) == as_json(run_chunk(nlp, articles[:3] + articles[4:]))
