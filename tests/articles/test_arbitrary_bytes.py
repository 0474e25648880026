"""Whatever bytes a file holds, a non-strict read never raises."""

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.read.articles import ReadReport, normalise_date, read_articles

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": json_values,
        "published": json_values,
        "source": json_values,
        "url": json_values,
    },
)


def read_bytes(suffix: str, data: bytes) -> ReadReport:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        report = ReadReport()
        for article in read_articles([str(path)], report):
            assert article.id and article.text.strip() == article.text and article.text
            (article.id + article.text + (article.source or "") + (article.url or "")).encode("utf-8")
        return report


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([".txt", ".jsonl", ".csv"]), st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(suffix, data):
    report = read_bytes(suffix, data)
    assert report.read + len(report.skipped) >= 1  # every input is accounted for


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([".jsonl"]), st.lists(records | json_values, max_size=5))
def test_arbitrary_json_lines_never_raise(suffix, values):
    data = "\n".join(json.dumps(v) for v in values).encode("utf-8")
    read_bytes(suffix, data)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_published_value_is_a_date_or_none(value):
    day = normalise_date(value)
    assert day is None or len(day) in (4, 7, 10)


markup = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<br>",
            "<script>",
            "</script>",
            "<style>",
            "<!--",
            "-->",
            "<div class='a'>",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "&bogus;",
            "<",
            ">",
            "&",
            "\r\n",
            "\x00",
            "Talks",
            " ",
            "\ufeff",
        ]
    )
    | st.text(max_size=5),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(markup)
def test_any_markup_cleans_to_text_without_control_characters(text):
    from kg.read.text import clean_text

    cleaned = clean_text(text)
    assert cleaned == cleaned.strip()
    assert not any(ord(c) < 32 and c not in "\n\t" for c in cleaned)
    assert "\r" not in cleaned and "\ufeff" not in cleaned
