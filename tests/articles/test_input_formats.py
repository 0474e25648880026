"""Each supported input (.txt, .jsonl, .csv, folders, stdin) gives the articles it holds."""

import io
import json
import sys

from kg.read.articles import STDIN, ReadReport, read_articles


def test_txt_file_is_one_article_named_by_its_stem(read, tmp_path):
    path = tmp_path / "visit-2024.txt"
    path.write_text("Foreign Minister Amina Diallo arrived in Accra.\n", encoding="utf-8")
    [article], report = read([path])
    assert article.id == "visit-2024"
    assert article.text == "Foreign Minister Amina Diallo arrived in Accra."
    assert article.published is None
    assert article.origin == str(path)
    assert report.read == 1 and not report.skipped


def test_jsonl_reads_metadata_and_ignores_extra_fields(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        jsonl(
            {
                "id": "a1",
                "text": "Talks were held.",
                "published": "2025-09-16",
                "source": "Wire",
                "url": "https://example.org/a1",
                "events": [{"type": "meeting"}],
                "entities": [],
            },
            {"id": 7, "text": "Second."},
        )
    )
    first, second = read([path])[0]
    assert (first.id, first.published, first.source, first.url) == (
        "a1",
        "2025-09-16",
        "Wire",
        "https://example.org/a1",
    )
    assert first.origin == f"{path}:1"
    assert second.id == "7" and second.origin == f"{path}:2"


def test_gold_file_of_the_evaluation_set_reads_as_input(read, tmp_path, jsonl):
    gold = {
        "id": "g1",
        "text": "Kenya hosted talks.",
        "published": None,
        "source": None,
        "url": None,
        "events": [{"type": "visit", "source": {"name": "X"}}],
        "entities": [{"name": "Kenya"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_bytes(jsonl(gold))
    [article], report = read([path])
    assert article.id == "g1" and report.exit_status() == 0


def test_csv_with_header_and_a_quoted_multiline_text(read, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        'ID,Text,published,source,url\nc1,"Line one,\nline two",2024-03-12,Ledger,\nc2,Plain text,,,\n',
        encoding="utf-8",
    )
    first, second = read([path])[0]
    assert first.id == "c1" and first.text == "Line one,\nline two" and first.source == "Ledger"
    assert first.url is None and first.origin == f"{path}:2"
    assert second.id == "c2" and second.origin == f"{path}:4"


def test_csv_columns_in_any_order_and_only_text_required(read, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("text,id\nSome text,x9\n", encoding="utf-8")
    [article], _ = read([path])
    assert (article.id, article.text) == ("x9", "Some text")


def test_folder_is_read_recursively_in_name_order_ignoring_other_files(read, tmp_path, jsonl):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z text", encoding="utf-8")
    (tmp_path / "a.jsonl").write_bytes(jsonl({"id": "j", "text": "J text"}))
    (tmp_path / "c.csv").write_text("id,text\nc,C text\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("hidden", encoding="utf-8")
    articles, report = read([tmp_path])
    assert [a.id for a in articles] == ["j", "z", "c"]  # a.jsonl, b/z.txt, c.csv
    assert not report.skipped


def test_stdin_with_json_lines(monkeypatch):
    lines = "\n  \n" + json.dumps({"id": "s1", "text": "One."}) + "\n" + json.dumps({"id": "s2", "text": "Two."}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    report = ReadReport()
    articles = list(read_articles([STDIN], report))
    assert [a.id for a in articles] == ["s1", "s2"]
    assert articles[0].origin == "<stdin>:3"


def test_stdin_with_plain_text_is_one_article(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("\nThe Kremlin denounced the sanctions.\r\nMoscow said more.\n"))
    report = ReadReport()
    [article] = read_articles([STDIN], report)
    assert article.id == "stdin"
    assert article.text == "The Kremlin denounced the sanctions.\nMoscow said more."


def test_stdin_bytes_are_read_through_the_buffer(monkeypatch):
    class Stdin:
        buffer = io.BufferedReader(io.BytesIO(b'\xef\xbb\xbf{"id": "b1", "text": "Via bytes."}\n'))

    monkeypatch.setattr(sys, "stdin", Stdin())
    [article] = read_articles([STDIN], ReadReport())
    assert article.id == "b1"


def test_empty_stdin_is_skipped(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n\n"))
    report = ReadReport()
    assert list(read_articles([STDIN], report)) == []
    assert report.skipped[0].origin == "<stdin>" and report.skipped[0].kind == "empty file"


def test_reading_is_lazy(tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(*({"id": str(i), "text": f"Text {i}"} for i in range(1000))))
    report = ReadReport()
    articles = read_articles([path], report)
    next(articles)
    assert report.read == 1
