"""The scoring rules of docs/evaluation.md, one at a time."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.evaluate import EvaluationError, evaluate, read_records, same_name, same_place


def actor(name, country, kind="person"):
    return {"name": name, "kind": kind, "country": country}


RUSSIA, IRAQ = actor("Russia", "RUS", "country"), actor("Iraq", "IRQ", "country")
SHOIGU = actor("Defence Minister Sergei Shoigu", "RUS")


def event(kind, source, target, **attributes):
    return {"type": kind, "source": source, "target": target, **attributes}


def score(gold_events, predicted_events, level="country", gold_entities=(), predicted_entities=()):
    gold = {"a": {"id": "a", "events": list(gold_events), "entities": list(gold_entities)}}
    predicted = {"a": {"id": "a", "events": list(predicted_events), "entities": list(predicted_entities)}}
    return evaluate(gold, predicted, level).to_json()


def test_names_ignore_titles_accents_and_a_missing_first_name():
    assert same_name("Defence Minister Sergei Shoigu", "Shoigu")
    assert same_name("Recep Tayyip Erdoğan", "erdogan")
    assert same_name("Joe Biden", "Joseph R. Biden")  # the same surname
    assert not same_name("Sergei Shoigu", "Sergei Lavrov")
    assert same_place("Baghdad", "central Baghdad") and same_place(None, "") and not same_place("Baghdad", None)


def test_a_visit_has_a_direction_a_meeting_has_none():
    assert score([event("visit", RUSSIA, IRAQ)], [event("visit", IRAQ, RUSSIA)])["country"]["visit"]["tp"] == 0
    assert score([event("meeting", RUSSIA, IRAQ)], [event("meeting", IRAQ, RUSSIA)])["country"]["meeting"]["tp"] == 1


def test_country_level_reads_codes_actor_level_reads_names():
    lavrov = actor("Sergei Lavrov", "RUS")
    figures = score([event("visit", SHOIGU, IRAQ)], [event("visit", lavrov, IRAQ)])
    assert figures["country"]["visit"]["tp"] == 1 and figures["actor"]["visit"]["tp"] == 0


def test_pairing_is_one_to_one_and_prefers_the_twin_whose_attributes_agree():
    gold = [event("meeting", RUSSIA, IRAQ, location="Moscow"), event("meeting", RUSSIA, IRAQ, location="Baghdad")]
    predicted = [
        event("meeting", RUSSIA, IRAQ, location="Baghdad"),
        event("meeting", RUSSIA, IRAQ, location="Moscow"),
        event("meeting", RUSSIA, IRAQ, location="Cairo"),
    ]
    figures = score(gold, predicted)
    assert figures["country"]["meeting"] == {"gold": 2, "pred": 3, "tp": 2, "p": 0.6667, "r": 1.0, "f1": 0.8}
    assert figures["attributes"]["location"] == 1.0


def test_unsaid_polarity_and_modality_are_positive_and_asserted():
    figures = score(
        [event("visit", SHOIGU, IRAQ, polarity="positive", modality="asserted", date="2025-09-16")],
        [event("visit", SHOIGU, IRAQ, date="2025-09")],
    )
    assert figures["attributes"] == {"location": 1.0, "date": 0.0, "polarity": 1.0, "modality": 1.0}


def test_other_events_are_not_scored_and_entities_count_codes_and_persons():
    figures = score(
        [],
        [event("other", RUSSIA, IRAQ)],
        gold_entities=[SHOIGU, RUSSIA, IRAQ],
        predicted_entities=[actor("Shoigu", "RUS"), RUSSIA],
    )
    assert figures["country"]["overall"]["pred"] == 0
    assert figures["entities"]["country"]["tp"] == 1 and figures["entities"]["country"]["gold"] == 2
    assert figures["entities"]["person"]["tp"] == 1


def test_a_bad_line_is_named(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a"}\n{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"gold.jsonl:2: an article needs an 'id'"):
        read_records(path)


def test_the_command_reports_errors_at_the_chosen_level_and_fails_under(tmp_path):
    gold = {"id": "a", "events": [event("visit", SHOIGU, IRAQ), event("condemnation", RUSSIA, IRAQ)]}
    predicted = {"id": "a", "events": [event("visit", actor("Sergei Lavrov", "RUS"), IRAQ)]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "predicted.jsonl").write_text(json.dumps(predicted) + "\n", encoding="utf-8")
    args = [str(tmp_path / "gold.jsonl"), str(tmp_path / "predicted.jsonl"), "--errors"]
    country = CliRunner().invoke(cli, ["evaluate", *args], standalone_mode=False)
    assert "missed    condemnation: Russia[RUS] -> Iraq[IRQ]" in country.output
    assert "spurious  visit" not in country.output
    actor_level = CliRunner().invoke(cli, ["evaluate", *args, "--level", "actor"], standalone_mode=False)
    assert "spurious  visit: Sergei Lavrov[RUS]" in actor_level.output
    failing = CliRunner().invoke(cli, ["evaluate", *args, "--fail-under", "0.9"], standalone_mode=False)
    assert failing.return_value == 1
