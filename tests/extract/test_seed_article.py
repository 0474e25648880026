"""The article the project started from must come out right (gold: ../shared/eval/seed_gold.jsonl)."""

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "data" / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def seed(extract):
    import json

    for line in SEED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == "seed":
            return extract(record["text"], record.get("published"), "seed")
    pytest.fail("the seed article is missing from data/samples/articles.jsonl")


def _has(seed, kind, src, tgt):
    return [
        e
        for e in seed["events"]
        if e["type"] == kind and e["source"]["country"] == src and (e["target"] or {}).get("country") == tgt
    ]


def test_visit_of_shoigu_to_iraq_at_baghdad(seed):
    visits = _has(seed, "visit", "RUS", "IRQ")
    assert visits and "Shoigu" in visits[0]["source"]["name"] and visits[0]["location"] == "Baghdad"


def test_proposed_cooperation_between_russia_and_iraq(seed):
    coop = _has(seed, "cooperation", "RUS", "IRQ")
    assert coop and coop[0]["modality"] == "proposed"


def test_condemnation_of_israel_by_shoigu(seed):
    cond = _has(seed, "condemnation", "RUS", "ISR")
    assert cond and "Shoigu" in cond[0]["source"]["name"]


def test_conversation_with_ali_nasser_is_a_meeting(seed):
    meetings = [e for e in seed["events"] if e["type"] == "meeting"]
    assert any(e["target"]["name"] == "Ali Nasser" and e["target"]["country"] == "IRQ" for e in meetings)


def test_news_outlets_are_not_countries(seed):
    names = {e["name"] for e in seed["entities"] if e["kind"] == "country"}
    assert not names & {"SAEDNEWS", "Interfax"}
