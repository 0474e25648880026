"""An input of one chunk is extracted in this process, whatever --workers says: starting workers costs more."""

import pytest

import kg.nlp
import kg.run.parallel
from kg.run.parallel import chunked, extract_outcomes, run_chunk

CHUNK = 8


def test_one_chunk_starts_no_workers(nlp, sample_articles, monkeypatch):
    monkeypatch.setattr(kg.nlp, "load_nlp", lambda: nlp)
    monkeypatch.setattr(kg.run.parallel, "ProcessPoolExecutor", lambda *a, **k: pytest.fail("workers started"))
    articles = sample_articles(CHUNK)
    results = list(extract_outcomes(iter(articles), workers=2, chunk_size=CHUNK))
    assert [r.to_json() for r in results] == [r.to_json() for r in run_chunk(nlp, articles)]


def test_two_chunks_go_to_the_workers(sample_articles, monkeypatch):
    started = []

    class Refused(Exception):
        pass

    def pool(*args, **kwargs):
        started.append(args)
        raise Refused

    monkeypatch.setattr(kg.run.parallel, "ProcessPoolExecutor", pool)
    with pytest.raises(Refused):
        list(extract_outcomes(iter(sample_articles(CHUNK + 1)), workers=2, chunk_size=CHUNK))
    assert started and started[0][0] == 2
    assert len(list(chunked(sample_articles(CHUNK + 1), CHUNK))) == 2


def test_the_last_articles_go_out_in_smaller_chunks():
    sizes = [len(c) for c in chunked(range(200), 64, tail_pieces=4)]
    assert sizes == [64, 64, 18, 18, 18, 18]
    assert [len(c) for c in chunked(range(64), 64, tail_pieces=4)] == [64]  # one chunk stays one
    assert [len(c) for c in chunked(range(65), 8, tail_pieces=4)] == [8] * 7 + [4, 5]
    assert [x for c in chunked(range(129), 64, tail_pieces=4) for x in c] == list(range(129))
