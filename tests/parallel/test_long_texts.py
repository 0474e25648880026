"""Articles past the parse limit are parsed piece by piece, not refused and not cut."""

import kg.nlp
from kg.model import Article
from kg.parallel import run_chunk

SENTENCE = "Chilean President Marta Rojas arrived in Canberra on Monday for talks on lithium. "


def test_long_article_is_split_and_keeps_its_offsets(nlp, monkeypatch):
    monkeypatch.setattr(kg.nlp, "MAX_CHUNK_CHARS", 300)
    text = "Markets were calm.\n" * 20 + SENTENCE + "Markets were calm. " * 20
    [result] = run_chunk(nlp, [Article("long", text, "2025-03-05")])
    visits = [e for e in result.events if e.type == "visit"]
    assert len(visits) == 1 and visits[0].target.country == "AUS"
    ev = visits[0].evidence
    assert text[ev.start:ev.end] == ev.sentence
