"""Evidence sentences of a .txt file with blank lines between paragraphs: no white space at their ends, and
offsets that still index the article text exactly."""

from pathlib import Path

from kg.extract import extract_doc

BLANK_LINES = Path(__file__).resolve().parents[1] / "data" / "inputs" / "blank_lines.txt"


def test_evidence_from_a_txt_file_ends_at_its_last_character(nlp, read):
    (article,), report = read([BLANK_LINES])
    events = extract_doc(nlp(article.text), article).events
    assert len({e.evidence.start for e in events}) >= 2, events
    for event in events:
        evidence = event.evidence
        assert evidence.sentence == evidence.sentence.strip() != ""
        assert article.text[evidence.start : evidence.end] == evidence.sentence
        assert evidence.start <= evidence.trigger_start < evidence.trigger_end <= evidence.end
