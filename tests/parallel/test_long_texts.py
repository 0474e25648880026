"""Articles past the parse limit are parsed piece by piece, not refused and not cut, and not all at once."""

import tracemalloc

import kg.nlp
from kg.model import Article, DocumentResult
from kg.run.parallel import run_chunk

SENTENCE = "Chilean President Marta Rojas arrived in Canberra on Monday for talks on lithium. "
FILLER = "Markets were calm and traders waited for news from the central bank.\n"


def test_long_article_is_split_and_keeps_its_offsets(nlp, monkeypatch):
    monkeypatch.setattr(kg.nlp, "MAX_CHUNK_CHARS", 300)
    text = "Markets were calm.\n" * 20 + SENTENCE + "Markets were calm. " * 20
    [result] = run_chunk(nlp, [Article("long", text, "2025-03-05")])
    visits = [e for e in result.events if e.type == "visit"]
    assert len(visits) == 1 and visits[0].target.country == "AUS"
    ev = visits[0].evidence
    assert text[ev.start : ev.end] == ev.sentence


def test_article_past_spacys_length_limit_is_extracted_without_raising_the_limit(nlp, monkeypatch):
    monkeypatch.setattr(kg.nlp, "MAX_CHUNK_CHARS", 2_000)
    monkeypatch.setattr(nlp, "max_length", 5_000)
    text = FILLER * 80 + SENTENCE + FILLER * 80
    assert len(text) > 2 * nlp.max_length
    [result] = run_chunk(nlp, [Article("long", text, "2025-03-05")])
    assert isinstance(result, DocumentResult)
    assert [e.target.country for e in result.events if e.type == "visit"] == ["AUS"]
    assert nlp.max_length == 5_000


def _peak(work):
    tracemalloc.start()
    try:
        value = work()
        return value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_long_article_is_parsed_a_piece_at_a_time_in_bounded_memory(nlp, monkeypatch):
    """Parsing five or six pieces must take about the memory of one: spaCy's parser needs working memory in
    proportion to the text it is given at once, and the tensors of the pieces are not kept."""
    monkeypatch.setattr(kg.nlp, "MAX_CHUNK_CHARS", 4_000)
    text = FILLER * (20_000 // len(FILLER))
    pieces = kg.nlp.split_long_text(text, 4_000)
    assert len(pieces) >= 5 and all(len(piece) <= 4_000 for _, piece in pieces)
    nlp(pieces[0][1])
    _, one_piece = _peak(lambda: nlp(pieces[0][1]))
    doc, whole = _peak(lambda: kg.nlp.parse_long(nlp, text))
    assert whole < 2 * one_piece, f"{whole >> 20} MB for the article, {one_piece >> 20} MB for one piece"
    assert doc.text == text and doc.tensor.size == 0
