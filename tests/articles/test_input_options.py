"""Inputs never guessed silently: dates that read two ways, export column names, delimiters, encodings, datelines.

The files are in tests/data/inputs/.
"""

from pathlib import Path

import pytest

from kg.read.articles import ambiguous_readings, dateline_date, match_columns

INPUTS = Path(__file__).resolve().parents[1] / "data" / "inputs"


def _dates(articles):
    return {a.id: a.published for a in articles}


# ---- dates that read two ways ----


def test_ambiguous_date_without_an_option_is_set_to_null_with_a_warning_naming_file_and_line(read):
    articles, report = read([INPUTS / "ambiguous_dates.csv"])
    assert _dates(articles) == {
        "ambiguous": None,
        "day-first": "2024-03-15",
        "month-first": "2024-03-15",
        "same-either-way": "2024-03-03",
        "iso": "2024-04-03",
    }
    [warning] = report.warnings
    assert warning.origin == f"{INPUTS / 'ambiguous_dates.csv'}:2" and warning.kind == "ambiguous date"
    assert "2024-03-04 day-first or 2024-04-03 month-first" in warning.reason
    assert "--dayfirst or --monthfirst" in warning.reason


@pytest.mark.parametrize(("dayfirst", "expected"), [(True, "2024-03-04"), (False, "2024-04-03")])
def test_dayfirst_and_monthfirst_decide_an_ambiguous_date(read, dayfirst, expected):
    articles, report = read([INPUTS / "ambiguous_dates.csv"], dayfirst=dayfirst)
    assert _dates(articles)["ambiguous"] == expected and not report.warnings
    assert _dates(articles)["day-first"] == _dates(articles)["month-first"] == "2024-03-15"  # unambiguous: as is


def test_an_ambiguous_date_stops_a_strict_run(read):
    from kg.read.articles import ArticleError

    with pytest.raises(ArticleError, match="ambiguous_dates.csv:2: ambiguous date"):
        read([INPUTS / "ambiguous_dates.csv"], strict=True)


def test_only_numeric_dates_with_two_readings_are_ambiguous():
    assert ambiguous_readings("04/03/2024") == ("2024-03-04", "2024-04-03")
    assert ambiguous_readings("4.3.24") == ("2024-03-04", "2024-04-03")
    for value in ("15/03/2024", "03/15/2024", "03/03/2024", "2024-04-03", "April 3, 2024", "13/13/2024"):
        assert ambiguous_readings(value) is None, value


# ---- columns ----


def test_common_export_columns_are_recognised_and_reported(read):
    path = INPUTS / "export_columns.csv"
    articles, report = read([path])
    first = articles[0]
    assert (first.id, first.published, first.source, first.url) == (
        "1001",
        "2024-02-12",
        "Reuters",
        "https://example.org/1001",
    )
    assert first.text.startswith("Philippines and Vietnam sign coast guard pact\n\nPhilippine President")
    notes = {note.kind: note.reason for note in report.notes}
    assert notes["columns read"] == (
        "columns read (id from 'stories_id', text from 'content', "
        "published from 'publish_date', source from 'media_name')"
    )
    assert notes["unknown columns"] == "unknown columns ('sentiment' ignored)"
    assert not report.warnings and not report.skipped


def test_column_option_maps_a_field_to_any_column(read, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("ref,story,when\nx1,Chile and Peru signed a border treaty.,2024-05-06\n", encoding="utf-8")
    [article], report = read([path], columns={"id": "ref", "text": "story", "published": "when"})
    assert (article.id, article.published) == ("x1", "2024-05-06") and not report.warnings


def test_missing_columns_and_a_column_option_naming_no_column_are_reported(read, tmp_path):
    path = tmp_path / "bare.csv"
    path.write_text("text\nChile and Peru signed a border treaty.\n", encoding="utf-8")
    [article], report = read([path], columns={"published": "publish_day"})
    assert article.published is None
    [warning] = [w for w in report.warnings if w.kind != "missing id"]
    assert warning.kind == "no such column" and "--column published=publish_day" in warning.reason
    [note] = [n for n in report.notes if n.kind == "missing columns"]
    assert "no column for id, published, source, url" in note.reason


def test_csv_without_any_text_column_names_the_columns_it_has(read, tmp_path):
    path = tmp_path / "no-text.csv"
    path.write_text("headline,when\nTalks,2024-01-01\n", encoding="utf-8")
    articles, report = read([path])
    assert articles == [] and report.skipped[0].kind == "no text column"
    assert "'headline', 'when'" in report.skipped[0].reason and "--column text=NAME" in report.skipped[0].reason


def test_export_keys_of_json_lines_are_recognised_too(read, tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"id": "j1", "body": "Chile and Peru signed a border treaty.", "pubdate": "2024-07-08", '
        '"outlet": "La Tercera"}\n',
        encoding="utf-8",
    )
    [article], report = read([path])
    assert (article.published, article.source) == ("2024-07-08", "La Tercera")
    assert {n.reason for n in report.notes} >= {"column read (published read from the key 'pubdate')"}


def test_a_column_named_for_a_field_is_not_taken_by_another():
    assert match_columns(["date", "published", "text"], {}) == {"text": "text", "published": "published"}
    assert match_columns(["date", "published", "text"], {"published": "date"}) == {"text": "text", "published": "date"}


# ---- delimiters and encodings ----


@pytest.mark.parametrize(("name", "delimiter"), [("semicolon.csv", ";"), ("tab.csv", "\t")])
def test_csv_delimiter_is_sniffed(read, name, delimiter):
    articles, report = read([INPUTS / name])
    assert articles and all(a.published for a in articles) and not report.skipped
    assert articles[0].text.startswith(("Chile and Peru signed a border treaty; both", "President Lula"))
    assert [n.reason for n in report.notes if n.kind == "delimiter"] == [
        f"delimiter (columns separated by {delimiter!r})"
    ]


def test_cp1252_text_is_detected_and_read_with_its_accents(read):
    [article], report = read([INPUTS / "cp1252.txt"])
    assert "José Núñez, Colombia’s foreign minister" in article.text and "“We signed the accord,”" in article.text
    assert "\ufffd" not in article.text
    [warning] = report.warnings
    assert warning.kind == "encoding detected" and "read as cp1252" in warning.reason


def test_encoding_option_reads_the_file_in_that_encoding_without_a_warning(read):
    [article], report = read([INPUTS / "cp1252.txt"], encoding="cp1252")
    assert "Zipaquirá" in article.text and not report.warnings


# ---- publication dates of plain text ----


def test_dateline_gives_the_date_of_a_text_without_one(read):
    [article], report = read([INPUTS / "dateline.txt"])
    assert article.published == "2024-02-12" and not report.warnings


def test_published_option_dates_plain_text_and_wins_over_the_dateline(read):
    [article], _ = read([INPUTS / "blank_lines.txt"], published="2024-05-01")
    assert article.published == "2024-05-01"
    [article], _ = read([INPUTS / "dateline.txt"], published="2024-02-10")
    assert article.published == "2024-02-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MANILA, February 12, 2024 (Reuters) - The talks", "2024-02-12"),
        ("KYIV, Ukraine, 12 Feb. 2024 — The talks", "2024-02-12"),
        ("WASHINGTON, Sept. 3, 2023 /PRNewswire/ - not a dateline of this form", None),
        ("BRUSSELS, March 5 (Reuters) - no year", None),
        ("The minister said on February 12, 2024 - that", None),
    ],
)
def test_dateline_forms(text, expected):
    assert dateline_date(text) == expected


def test_mixed_utf8_and_stray_bytes_stay_utf8_with_the_stray_bytes_replaced(read, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Zürich talks – ".encode() + b"a stray \x93quote\x94.")
    [article], report = read([path])
    assert article.text == "Zürich talks – a stray \ufffdquote\ufffd."
    assert [w.kind for w in report.warnings] == ["invalid UTF-8 replaced"]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_utf8_characters_across_the_sniffed_head_are_no_reason_to_detect(read, tmp_path, suffix):
    """The head read to sniff a file (4 or 8 KB, as the file system's block size) may end inside a character."""
    path = tmp_path / f"long.{suffix}"
    start = 'id,text\n1,"' if suffix == "csv" else '{"id": "1", "text": "'
    text = "x" * (4095 - len(start)) + "é" + "x" * (8191 - 4097) + "é" + " end"  # bytes 4095 and 8191 start an é
    path.write_text(start + text + ('"\n' if suffix == "csv" else '"}\n'), encoding="utf-8")
    [article], report = read([path])
    assert article.text == text and not report.warnings and not report.skipped
