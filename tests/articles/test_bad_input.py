"""Bad input never stops a run: each problem is skipped or repaired with a reason naming the file and line."""

import os
import time

import pytest

import kg.read.articles
from kg.read.articles import ArticleError, ReadReport, read_articles

GOOD = {"id": "good", "text": "Kenya hosted talks on Monday."}


def only_skip(report):
    [skipped] = report.skipped
    return skipped


# ---- files and folders ----


def test_missing_file_is_skipped_and_the_run_goes_on(read, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Talks were held.", encoding="utf-8")
    missing = tmp_path / "nope.jsonl"
    articles, report = read([missing, good])
    assert [a.id for a in articles] == ["good"]
    skipped = only_skip(report)
    assert skipped.origin == str(missing) and "no such file" in skipped.reason


def test_missing_file_stops_a_strict_run(read, tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ArticleError) as info:
        read([missing], strict=True)
    assert str(info.value) == f"{missing}: missing file (no such file or directory)"
    assert info.value.origin == str(missing)


def test_unreadable_file_is_skipped(read, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(p):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(kg.read.articles, "_open", refuse)
    articles, report = read([path])
    assert articles == []
    skipped = only_skip(report)
    assert skipped.origin == str(path) and skipped.reason == "unreadable (Permission denied)"


def test_unreadable_folder_is_skipped_and_its_siblings_are_read(read, tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("hidden away", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Readable.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("/a"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles, report = read([tmp_path])
    assert [a.id for a in articles] == ["b"]
    skipped = only_skip(report)
    assert skipped.origin == str(tmp_path / "a") and skipped.kind == "unreadable folder"


def test_folder_without_article_files_is_reported(read, tmp_path):
    (tmp_path / "readme.md").write_text("nothing here", encoding="utf-8")
    articles, report = read([tmp_path])
    assert articles == [] and only_skip(report).kind == "no article files"
    assert report.exit_status() == 4


def test_path_with_a_nul_byte_is_skipped(read):
    _, report = read(["bad\0name.txt"])
    assert only_skip(report).kind == "unreadable"


def test_unsupported_suffix_given_by_name_is_skipped(read, tmp_path):
    path = tmp_path / "article.docx"
    path.write_bytes(b"PK\x03\x04")
    _, report = read([path])
    assert only_skip(report).kind == "unsupported file type" and ".docx" in only_skip(report).reason


@pytest.mark.parametrize(
    "name, content",
    [
        ("empty.txt", b""),
        ("blank.txt", b"  \n\r\n\t"),
        ("empty.jsonl", b"\n\n"),
        ("empty.csv", b""),
    ],
)
def test_empty_file_is_skipped(read, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    articles, report = read([path])
    assert articles == []
    skipped = only_skip(report)
    assert skipped.origin == str(path) and skipped.kind == "empty file"


@pytest.mark.parametrize("name", ["image.txt", "image.jsonl", "image.csv"])
def test_file_with_nul_bytes_is_skipped_as_binary(read, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    articles, report = read([path])
    assert articles == []
    skipped = only_skip(report)
    assert skipped.origin == str(path) and skipped.reason == "binary file (contains NUL bytes)"


def test_file_that_is_mostly_not_utf8_is_skipped_as_binary(read, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 20 + b" a few words")
    articles, report = read([path])
    assert articles == [] and only_skip(report).kind == "binary file"
    assert "not UTF-8 text" in only_skip(report).reason


def test_text_with_a_few_invalid_bytes_is_kept_with_a_warning(read, tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(b"Minister \x93Diallo\x94 arrived in Accra on Monday for talks with Ghana.")
    [article], report = read([path], encoding="utf-8")  # told UTF-8, so no other encoding is detected
    assert article.text == "Minister \ufffdDiallo\ufffd arrived in Accra on Monday for talks with Ghana."
    assert not report.skipped
    [warning] = report.warnings
    assert warning.origin == str(path) and warning.kind == "invalid UTF-8 replaced" and "2 invalid" in warning.reason


def test_invalid_bytes_in_a_json_line_warn_with_the_line(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(GOOD) + b'{"id": "b", "text": "caf\xe9 talks"}\n')
    articles, report = read([path], encoding="utf-8")
    assert articles[1].text == "caf\ufffd talks"
    assert [str(w) for w in report.warnings] == [
        f"{path}:2: invalid UTF-8 replaced (1 invalid byte sequence(s) replaced by U+FFFD)"
    ]


def test_utf16_text_file_with_bom_is_decoded(read, tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Talks in Hanoi.".encode("utf-16"))
    [article], report = read([path])
    assert article.text == "Talks in Hanoi." and not report.warnings


# ---- normalising text ----


def test_byte_order_marks_are_stripped(read, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfText of a.")
    (tmp_path / "b.jsonl").write_bytes(b'\xef\xbb\xbf{"id": "b", "text": "Text of b."}\n')
    (tmp_path / "c.csv").write_bytes(b"\xef\xbb\xbfid,text\nc,Text of c.\n")
    articles, report = read([tmp_path])
    assert [(a.id, a.text) for a in articles] == [("a", "Text of a."), ("b", "Text of b."), ("c", "Text of c.")]
    assert not report.skipped and not report.warnings


def test_crlf_and_cr_line_ends_become_newlines(read, tmp_path, jsonl):
    (tmp_path / "a.txt").write_bytes(b"One.\r\nTwo.\rThree.\r\n")
    (tmp_path / "b.jsonl").write_bytes(jsonl({"id": "b", "text": "One.\r\nTwo."}).replace(b"\n", b"\r\n"))
    (tmp_path / "c.csv").write_bytes(b'id,text\r\nc,"One.\r\nTwo."\r\n')
    articles, _ = read([tmp_path])
    assert [a.text for a in articles] == ["One.\nTwo.\nThree.", "One.\nTwo.", "One.\nTwo."]


def test_html_is_stripped_keeping_paragraphs(read, tmp_path, jsonl):
    page = (
        "<!DOCTYPE html><html><head><title>Site name</title><style>p {color: red}</style>"
        "<script>var x = '<p>not text</p>';</script></head><body>"
        "<h1>Ministers meet</h1><p>Jordan &amp; Egypt held   talks\non Monday.</p>"
        "<p>Amman said it was &quot;ready&quot;.<br>More&nbsp;later.</p></body></html>"
    )
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "h", "text": page}))
    [article], report = read([path])
    assert (
        article.text
        == 'Ministers meet\n\nJordan & Egypt held talks on Monday.\n\nAmman said it was "ready".\nMore later.'
    )
    assert not report.warnings


def test_entities_are_decoded_and_angle_brackets_in_plain_text_kept(read, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Turnout was < 40% &amp; falling; AT&T shares rose.", encoding="utf-8")
    [article], _ = read([path])
    assert article.text == "Turnout was < 40% & falling; AT&T shares rose."


def test_control_characters_are_stripped_except_newline_and_tab(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "c\u0007", "text": "Talks\u0000 were\u000b held.\n\tIn Suva\u001b.\u0085"}))
    [article], report = read([path])
    assert article.id == "c"
    assert article.text == "Talks were held.\n\tIn Suva."
    assert not report.warnings


# ---- JSON lines ----


def test_cut_off_json_line_is_skipped_with_its_line_and_the_rest_read(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(GOOD, '{"id": "cut", "text": "The minister arr', {"id": "after", "text": "Still read."}))
    articles, report = read([path])
    assert [a.id for a in articles] == ["good", "after"]
    skipped = only_skip(report)
    assert skipped.origin == f"{path}:2"
    assert skipped.reason.startswith("invalid JSON (Unterminated string")


@pytest.mark.parametrize(
    "line, holds", [("[1, 2]", "a list"), ('"text"', "a string"), ("42", "a number"), ("null", "null")]
)
def test_json_line_that_is_not_an_object_is_skipped(read, tmp_path, jsonl, line, holds):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(line, GOOD))
    articles, report = read([path])
    assert [a.id for a in articles] == ["good"]
    assert str(only_skip(report)) == f"{path}:1: not a JSON object (the line holds {holds})"


def test_deeply_nested_json_is_skipped(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl("[" * 100_000 + "]" * 100_000, GOOD))
    articles, report = read([path])
    assert [a.id for a in articles] == ["good"] and only_skip(report).kind == "invalid JSON"


@pytest.mark.parametrize(
    "record, kind",
    [
        ({"id": "x"}, "missing text"),
        ({"id": "x", "text": None}, "missing text"),
        ({"id": "x", "text": ["para one", "para two"]}, "text not a string"),
        ({"id": "x", "text": 12}, "text not a string"),
        ({"id": "x", "text": ""}, "empty text"),
        ({"id": "x", "text": " \n\t "}, "empty text"),
        ({"id": "x", "text": "<p> </p><script>only()</script>"}, "empty text"),
        ({"id": ["x"], "text": "Text."}, "bad id"),
        ({"id": True, "text": "Text."}, "bad id"),
        ({"id": {"n": 1}, "text": "Text."}, "bad id"),
        ({"id": "x" * 501, "text": "Text."}, "bad id"),
    ],
)
def test_record_without_usable_text_or_id_is_skipped(read, tmp_path, jsonl, record, kind):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(GOOD, record))
    articles, report = read([path])
    assert [a.id for a in articles] == ["good"]
    skipped = only_skip(report)
    assert skipped.origin == f"{path}:2" and skipped.kind == kind


def test_lone_surrogates_from_json_escapes_are_replaced(read, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'{"id": "s\\ud800", "text": "Broken \\udc00 pair, good \\ud83d\\ude00 pair", "source": "\\udfff"}\n'
    )
    [article], _ = read([path])
    assert article.id == "s\ufffd" and article.source == "\ufffd"
    assert article.text == "Broken \ufffd pair, good \U0001f600 pair"


def test_numeric_ids_become_strings(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": 12, "text": "a"}, {"id": 13.0, "text": "b"}, {"id": " 14 ", "text": "c"}))
    assert [a.id for a in read([path])[0]] == ["12", "13", "14"]


def test_missing_id_is_made_from_a_hash_of_the_text_with_a_warning(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"text": "Same text."}, {"id": "", "text": "Other text."}))
    first, second = read([path])[0]
    assert first.id.startswith("text-") and len(first.id) == 17 and first.id != second.id
    again, report = read([path])
    assert again[0].id == first.id  # stable across runs
    assert [w.kind for w in report.warnings] == ["missing id", "missing id"]
    assert report.warnings[0].origin == f"{path}:1"


def test_repeated_id_is_skipped_naming_the_first_origin(read, tmp_path, jsonl):
    (tmp_path / "a.jsonl").write_bytes(jsonl({"id": "x", "text": "First."}, {"id": "x", "text": "Second."}))
    (tmp_path / "x.txt").write_text("Third.", encoding="utf-8")
    articles, report = read([tmp_path])
    assert [a.text for a in articles] == ["First."]
    assert [str(s) for s in report.skipped] == [
        f"{tmp_path / 'a.jsonl'}:2: duplicate id (id 'x' was first read at {tmp_path / 'a.jsonl'}:1)",
        f"{tmp_path / 'x.txt'}: duplicate id (id 'x' was first read at {tmp_path / 'a.jsonl'}:1)",
    ]


# ---- published dates ----


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-09-16", "2025-09-16"),
        ("2025-09-16T23:30:00-05:00", "2025-09-16"),
        ("2025-09-16T01:00:00Z", "2025-09-16"),
        ("2025-09-16 08:15", "2025-09-16"),
        ("2025-09", "2025-09"),
        ("16 Sep 2025", "2025-09-16"),
        ("September 16, 2025", "2025-09-16"),
        ("Tue, 16 Sep 2025 10:00:00 GMT", "2025-09-16"),
        ("Sep 2025", "2025-09"),
        (" 2025-09-16 ", "2025-09-16"),
    ],
)
def test_published_dates_in_common_forms_are_normalised(read, tmp_path, jsonl, value, expected):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "d", "text": "Text.", "published": value}))
    [article], report = read([path])
    assert article.published == expected and not report.warnings


@pytest.mark.parametrize(
    "value", ["yesterday", "2025-13-45", "32/13/2025", "Tuesday", "16 Sep", 20250916, ["2025"], "0001-01-01"]
)
def test_published_that_is_not_a_date_keeps_the_article_with_a_warning(read, tmp_path, jsonl, value):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "d", "text": "Text.", "published": value}))
    [article], report = read([path])
    assert article.published is None
    [warning] = report.warnings
    assert warning.origin == f"{path}:1" and warning.kind == "published not a date" and "'published'" in warning.reason


def test_empty_or_null_published_is_no_date_without_warning(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "a", "text": "T.", "published": None}, {"id": "b", "text": "T.", "published": ""}))
    articles, report = read([path])
    assert [a.published for a in articles] == [None, None] and not report.warnings


def test_bad_source_and_url_are_dropped_with_warnings(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "a", "text": "T.", "source": {"name": "x"}, "url": "not a url"}))
    [article], report = read([path])
    assert article.source is None and article.url is None
    assert [w.kind for w in report.warnings] == ["bad source", "bad url"]


# ---- CSV ----


def test_csv_without_a_text_column_is_skipped(read, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("c1,Some text about talks\nc2,More\n", encoding="utf-8")
    articles, report = read([path])
    assert articles == []
    assert only_skip(report).origin == f"{path}:1" and only_skip(report).kind == "no text column"


def test_csv_row_with_missing_cells_is_skipped_with_its_line(read, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text\nc1,Fine\nc2\n\nc3,Also fine\n", encoding="utf-8")
    articles, report = read([path])
    assert [a.id for a in articles] == ["c1", "c3"]
    assert str(only_skip(report)) == f"{path}:3: missing text (no 'text' field)"


# ---- sizes ----


def test_five_megabyte_article_is_kept_and_read_fast(read, tmp_path, jsonl):
    paragraph = "Foreign Minister Amina Diallo arrived in Accra on Monday for talks on trade and security. " * 10
    text = "\n".join([paragraph] * (5 * 2**20 // len(paragraph) + 1))
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    (tmp_path / "big.jsonl").write_bytes(jsonl({"id": "bigj", "text": text}))
    started = time.perf_counter()
    articles, report = read([tmp_path / "big.txt", tmp_path / "big.jsonl"])
    elapsed = time.perf_counter() - started
    assert [len(a.text) for a in articles] == [len(text.strip())] * 2
    assert len(text) > 5 * 2**20 and not report.skipped
    assert elapsed < 5


def test_absurdly_large_records_are_skipped_and_the_run_goes_on(read, tmp_path, jsonl, monkeypatch):
    monkeypatch.setattr(kg.read.articles, "MAX_RECORD_BYTES", 1000)
    (tmp_path / "a.jsonl").write_bytes(
        jsonl(GOOD, {"id": "huge", "text": "x " * 5000}, {"id": "after", "text": "Fine."})
    )
    (tmp_path / "b.txt").write_text("y " * 5000, encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,text\nc1," + "z " * 5000 + "\nc2,Fine too.\n", encoding="utf-8")
    articles, report = read([tmp_path])
    assert [a.id for a in articles] == ["good", "after", "c2"]
    assert [s.origin for s in report.skipped] == [
        f"{tmp_path / 'a.jsonl'}:2",
        str(tmp_path / "b.txt"),
        f"{tmp_path / 'c.csv'}:2",
    ]
    assert {s.kind for s in report.skipped} == {"too large"}


# ---- strict mode, summary, exit status ----


def test_strict_mode_stops_at_the_first_problem(tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(GOOD, "{not json", {"text": "no id"}))
    report = ReadReport()
    articles = read_articles([path], report, strict=True)
    assert next(articles).id == "good"
    with pytest.raises(ArticleError, match=rf"^{path}:2: invalid JSON \("):
        next(articles)


def test_strict_mode_also_stops_at_a_warning(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"id": "a", "text": "T.", "published": "someday"}))
    with pytest.raises(ArticleError, match="a.jsonl:1: published not a date"):
        read([path], strict=True)


def test_summary_groups_the_reasons(read, tmp_path, jsonl):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        jsonl(GOOD, "{broken", '{"id": "z", "te', {"id": "n"}, {"id": "p", "text": "T.", "published": "never"})
    )
    articles, report = read([path])
    assert len(articles) == 2
    assert (
        report.summary()
        == "2 articles read; 3 skipped: 2 invalid JSON, 1 missing text; 1 warning: 1 published not a date"
    )


@pytest.mark.parametrize(
    "lines, status",
    [
        ([GOOD], 0),
        ([GOOD, "{broken"], 3),
        (["{broken"], 4),
        ([{"id": "w", "text": "T.", "published": "never"}], 0),
    ],
)
def test_exit_status_tells_whether_everything_went_in(read, tmp_path, jsonl, lines, status):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(*lines))
    assert read([path])[1].exit_status() == status


def test_no_inputs_means_nothing_read(read):
    articles, report = read([])
    assert articles == [] and report.exit_status() == 4 and report.summary() == "0 articles read"
