"""The development sets of our own writing in tests/extract/fixtures/ (SCHEMA's gold format) read at least as well as
when they were last worked on: a change that loses events on them fails here, not only in the evaluation sets."""

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate

FIXTURES = Path(__file__).parent / "fixtures"

# country-level F1 floors, about one event under what each set scored in session 8
FLOORS = {
    "multi9_passages.jsonl": 0.97,
    "long9_articles.jsonl": 0.90,
    "region9_passages.jsonl": 0.95,
    "meet12_passages.jsonl": 0.87,
    "own8m_passages.jsonl": 0.91,
    "wire12_articles.jsonl": 0.95,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_fixture_set_keeps_its_country_f1(extract, name):
    gold = {}
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["id"]] = record
    predicted = {i: extract(r["text"], r.get("published"), doc_id=i) for i, r in gold.items()}
    overall = evaluate(gold, predicted).to_json()["country"]["overall"]
    assert overall["f1"] >= FLOORS[name], f"{name}: country F1 {overall['f1']:.3f} < {FLOORS[name]}"
