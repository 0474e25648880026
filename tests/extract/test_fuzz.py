"""Random and adversarial text never makes the extractor raise."""

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Article, DocumentResult
from kg.run.parallel import run_chunk

NASTY = st.sampled_from(
    [
        "<img src=x onerror=alert(1)>",
        "\u202eevil",
        "\x00\x1f",
        "\\",
        '"',
        "’s",
        "\n\n",
        "🙂",
        "the Kremlin",
        "President",
        "condemned",
        "visited",
        "with",
        "and",
        "Iraq",
        "Shoigu",
        ",",
        ".",
        "'s",
        "hosted by",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(NASTY, max_size=40).map(" ".join))

# Words the extractor reacts to, and the shapes that strain a parser: long runs without punctuation,
# nested brackets, lone quotes, numbers and dates, right-to-left text, emoji, markup.
WORDS = st.sampled_from(
    [
        "President",
        "Prime Minister",
        "Foreign Minister",
        "Sergei Shoigu",
        "Xi Jinping",
        "Macron",
        "he",
        "she",
        "they",
        "his",
        "its",
        "Russia",
        "Iraq",
        "Moscow",
        "the Kremlin",
        "Washington",
        "the United Nations",
        "Hamas",
        "NATO",
        "visited",
        "met",
        "held talks with",
        "condemned",
        "denounced",
        "signed",
        "agreed",
        "will visit",
        "did not condemn",
        "refused to meet",
        "hosted",
        "arrived in",
        "on Monday",
        "last week",
        "on 16 September 2025",
        "in 1999",
        "2025-13-45",
        "(",
        ")",
        "((((",
        "))))",
        "[",
        "]",
        '"',
        "'",
        "“",
        "”",
        "’s",
        "-",
        "—",
        "/",
        ";",
        ":",
        ",",
        ".",
        "...",
        "!",
        "?",
        "\n",
        "\n\n",
        "\t",
        "and",
        "or",
        "of",
        "with",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0648\u0633\u0643\u0648",
        "\u202e",
        "\u200f",
        "\U0001f600",
        "&amp;",
        "<b>",
        "</b>",
        "\ufffd",
        "0",
        "12345678901234567890",
        "U.S.",
        "Mr.",
        "Dr.",
        "e.g.",
        "A" * 300,
    ]
)
ADVERSARIAL = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400),
    st.lists(WORDS, max_size=120).map(" ".join),
    st.lists(WORDS, max_size=60).map("".join),
    st.builds(lambda w, n: " ".join([w] * n), WORDS, st.integers(1, 400)),
)
ROOT = Path(__file__).resolve().parents[2]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, published=st.one_of(st.none(), st.dates().map(str)))
def test_extraction_never_raises(extract, text, published):
    result = extract(text, published)
    for event in result["events"]:
        assert event["type"] in ("visit", "meeting", "condemnation", "cooperation", "other")
        assert 0 <= event["evidence"]["start"] <= event["evidence"]["end"] <= len(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(ADVERSARIAL, min_size=1, max_size=6),
    published=st.one_of(st.none(), st.dates().map(str), st.sampled_from(["2025-09", "2025"])),
)
def test_kg_extract_path_turns_any_text_into_a_result(nlp, texts, published):
    """run_chunk is what `kg extract` and `kg build` run on each chunk: it reports an article whose extraction
    raised as an ArticleFailure, so any failure here is an exception the extractor let out."""
    articles = [Article(f"a{n}", text, published) for n, text in enumerate(texts)]
    outcomes = run_chunk(nlp, articles, batch_size=4)
    assert [type(o) for o in outcomes] == [DocumentResult] * len(articles), outcomes
    for article, result in zip(articles, outcomes):
        record = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
        assert record["id"] == article.id
        for event in record["events"]:
            assert 0 <= event["evidence"]["start"] <= event["evidence"]["end"] <= len(article.text)


def test_kg_extract_command_survives_adversarial_records(tmp_path):
    records = [
        {"id": "html", "text": "<script>alert(1)</script><p>President Macron <b>visited</b> Iraq.</p>"},
        {"id": "controls", "text": "Iraq\x00\x07 condemned\x1b the \ud800 raid \ufffe on Monday."},
        {"id": "rtl", "text": "\u202eRussia met Iraq\u202c \u05e9\u05dc\u05d5\u05dd \U0001f600 in Moscow."},
        {"id": "brackets", "text": "(" * 500 + "Iraq met Iran" + ")" * 500},
        {"id": "one word", "text": "visited " * 3000},
        {"id": "no spaces", "text": "IraqmetIran" * 2000},
        {"id": "quotes", "text": '"""\'\'\'\\\\ “The Kremlin” said ”it‘ would \\"meet\\" Iraq.'},
        {"id": "numbers", "text": "On 2025-13-45 and 99/99/9999, 12345678901234567890 envoys met."},
    ]
    path = tmp_path / "adversarial.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", str(path), "-o", str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "8 articles read" in run.stderr and "warning" not in run.stderr and "failed" not in run.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in records]
