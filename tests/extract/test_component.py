"""kg's pipeline as a spaCy pipeline: kg.load(), then nlp(text) or nlp.pipe(texts), gives the events of
`kg extract`."""

import json
import subprocess
import sys

import kg
import kg.extract
from kg.model import Article, DocumentResult

TEXTS = [
    ("a", "Russian President Vladimir Putin arrived in Beijing on Tuesday for talks with Xi Jinping.", "2025-05-13"),
    ("b", "Egypt condemned the Israeli strike on Gaza, the foreign ministry said on Monday.", "2025-05-12"),
    ("c", "Japan and India signed a defence agreement in Tokyo.", None),
    ("d", "The weather was fine.", "2025-01-01"),
]


def test_the_pipeline_ends_with_the_events_component(nlp):
    assert nlp.pipe_names[-1] == "kg_events"
    assert nlp.get_pipe_config("kg_events")["known_people"] is True


def test_nlp_pipe_gives_the_events_of_kg_extract(nlp, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in TEXTS))
    out = tmp_path / "out.jsonl"
    subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", str(source), "-o", str(out)], check=True, capture_output=True
    )
    from_cli = [json.loads(line)["events"] for line in out.read_text().splitlines()]
    articles = [Article(id=i, text=t, published=p) for i, t, p in TEXTS]
    piped = [
        [e.to_json() for e in doc._.events] for doc, _ in nlp.pipe(((a.text, a) for a in articles), as_tuples=True)
    ]
    assert piped == from_cli
    assert any(piped) and all(e["rule"] for events in piped for e in events)


def test_the_article_reaches_the_component_through_the_doc(nlp):
    article = Article(id="x", text="Putin met Xi in Moscow on Monday.", published="2025-05-14")
    dated = nlp(kg.make_doc(nlp, article))
    undated = nlp(article.text)
    assert [e.date for e in dated._.events] == ["2025-05-12"]
    assert [e.date for e in undated._.events] == [None]
    assert {a.name for a in dated._.actors} >= {"Vladimir Putin", "Xi Jinping"}


def test_a_doc_whose_extraction_fails_in_a_stream_keeps_its_error_and_the_stream_goes_on(nlp, monkeypatch):
    real = kg.extract.extract_doc

    def flaky(doc, article):
        if "weather" in doc.text:
            raise RuntimeError("no events here")
        return real(doc, article)

    monkeypatch.setattr(kg.extract, "extract_doc", flaky)
    docs = list(nlp.pipe([t for _, t, _ in TEXTS]))
    assert [type(d._.kg_error).__name__ if d._.kg_error else None for d in docs] == [None, None, None, "RuntimeError"]
    assert docs[0]._.events


def test_the_scorer_compares_events_with_gold_ones(nlp):
    from spacy.training import Example

    doc = nlp(TEXTS[0][1])
    gold = nlp.make_doc(TEXTS[0][1])
    gold._.events = list(doc._.events)
    scores = nlp.get_pipe("kg_events").score([Example(doc, gold)])
    assert scores["events_f"] == 1.0
    gold._.events = []
    assert nlp.get_pipe("kg_events").score([Example(doc, gold)])["events_p"] == 0.0


def test_without_known_people_a_lone_surname_is_no_known_figure():
    nlp = kg.load(known_people=False)
    doc = nlp("Putin met Xi in Moscow.")
    assert nlp.get_pipe_config("kg_events")["known_people"] is False
    assert "Vladimir Putin" not in {a.name for a in doc._.actors}


def test_document_result_from_the_doc_is_that_of_extract_doc(nlp):
    article = Article(id="y", text=TEXTS[1][1], published=TEXTS[1][2])
    doc = nlp(kg.make_doc(nlp, article))
    assert DocumentResult(article, doc._.events, doc._.actors) == kg.extract.extract_doc(doc, article)


def test_kg_extract_no_known_people_leaves_people_csv_out(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "p", "text": "Putin met Xi in Moscow on Monday.", "published": "2025-05-14"}))
    runs = {}
    for flag in ("--known-people", "--no-known-people"):
        done = subprocess.run(
            [sys.executable, "-m", "kg.cli", "extract", str(source), "-w", "1", flag],
            check=True,
            capture_output=True,
            text=True,
        )
        runs[flag] = json.loads(done.stdout)
    assert [e["source"]["name"] for e in runs["--known-people"]["events"]] == ["Vladimir Putin"]
    assert runs["--no-known-people"]["events"] == []
