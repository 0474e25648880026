"""The bundled sample articles read cleanly: enough of them, unique ids, valid dates, the seed text exact."""

import json
import re

from kg.read.articles import ReadReport, read_articles
from kg.resources import DATA

SAMPLES = DATA / "samples"


def test_samples_folder_reads_without_problems():
    report = ReadReport()
    articles = list(read_articles([str(SAMPLES)], report))
    assert len(articles) >= 17
    assert len({a.id for a in articles}) == len(articles)
    assert not report.skipped and not report.warnings and report.exit_status() == 0


def test_sample_dates_are_valid_and_varied():
    records = [json.loads(line) for line in (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    dates = [r["published"] for r in records if r["published"] is not None]
    assert all(re.fullmatch(r"20(2[3-6])-\d\d-\d\d", d) for d in dates)
    assert {d[:4] for d in dates} == {"2023", "2024", "2025", "2026"}
    assert all(set(r) == {"id", "text", "published", "source", "url"} for r in records)


def test_sample_articles_are_short_news_texts():
    report = ReadReport()
    for article in read_articles([str(SAMPLES)], report):
        if article.id != "seed":
            assert 80 <= len(article.text.split()) <= 250, article.id


def test_seed_article_text_is_kept_exactly():
    [seed] = [a for a in read_articles([str(SAMPLES / "articles.jsonl")], ReadReport()) if a.id == "seed"]
    assert seed.source == "SAEDNEWS" and seed.published is None
    assert seed.text.startswith("SAEDNEWS: Russia’s Security Council Secretary says Moscow is ready")
    assert seed.text.endswith("the foundation for an intense and fruitful dialogue.")
    assert seed.text.count("\n") == 7


def test_txt_samples_are_named_by_their_file():
    articles = list(read_articles([str(SAMPLES / "txt")], ReadReport()))
    assert len(articles) == 3
    assert all(a.id == a.origin.rsplit("/", 1)[-1].removesuffix(".txt") for a in articles)
