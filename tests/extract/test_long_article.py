"""A full-length article written for this test: one visit told in the headline, the lead and later paragraphs,
people who return by surname or title, and a background paragraph recalling earlier visits and agreements."""

from pathlib import Path

import pytest

TEXT = (Path(__file__).parent / "texts" / "long_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events(nlp):
    from kg.extract import extract_doc
    from kg.model import Article

    result = extract_doc(nlp(TEXT), Article("long", TEXT, "2025-10-14"))
    return [e.to_json() for e in result.events]


def _find(events, kind, source, target):
    return [
        e
        for e in events
        if e["type"] == kind and {e["source"]["country"], (e["target"] or {}).get("country")} == {source, target}
    ]


def test_the_visit_told_three_times_is_one_event_with_its_day_and_place(events):
    visits = [e for e in _find(events, "visit", "TUR", "HUN") if e["source"]["country"] == "TUR"]
    assert len(visits) == 1
    assert (visits[0]["source"]["name"], visits[0]["location"], visits[0]["date"]) == (
        "Recep Tayyip Erdogan",
        "Budapest",
        "2025-10-13",
    )


def test_talks_and_signing_of_the_day_are_between_the_two_leaders(events):
    meetings = [e for e in _find(events, "meeting", "TUR", "HUN") if e["date"] != "2025-09"]
    assert [(m["source"]["name"], m["target"]["name"]) for m in meetings] == [("Recep Tayyip Erdogan", "Viktor Orban")]
    signed = [
        e for e in _find(events, "cooperation", "TUR", "HUN") if e["modality"] == "asserted" and e["date"] != "2023"
    ]
    assert signed and signed[0]["target"]["name"] == "Viktor Orban"


def test_background_events_stay_apart_with_their_own_dates(events):
    assert [e["date"] for e in _find(events, "visit", "HUN", "TUR") if e["source"]["country"] == "HUN"] == ["2023"]
    ministers = [e for e in _find(events, "meeting", "HUN", "TUR") if e["source"]["name"] == "Peter Szijjarto"]
    assert [(m["target"]["name"], m["location"], m["date"]) for m in ministers] == [
        ("Hakan Fidan", "Istanbul", "2025-09")
    ]


def test_onward_trip_is_a_planned_visit(events):
    onward = _find(events, "visit", "TUR", "SRB")
    assert [(e["location"], e["modality"], e["date"]) for e in onward] == [("Belgrade", "planned", "2025-10-15")]


CANCELLED = (Path(__file__).parent / "texts" / "long_article_cancelled.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cancelled(nlp):
    from kg.extract import extract_doc
    from kg.model import Article

    return [e.to_json() for e in extract_doc(nlp(CANCELLED), Article("row", CANCELLED, "2025-03-12")).events]


def test_headline_and_dateline_are_sentences_of_their_own(nlp):
    doc = nlp(CANCELLED)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Kenya cancels Ethiopia trip as border row deepens"
    assert sentences[1] == "NAIROBI, March 12 -"
    assert sentences[2].startswith("Kenya's Foreign Minister Musalia Mudavadi has called off")


def test_called_off_visit_told_in_headline_and_lead_is_one_negative_planned_event(cancelled):
    visits = [e for e in cancelled if e["type"] == "visit" and e["source"]["country"] == "KEN"]
    assert [
        (e["source"]["name"], e["target"]["country"], e["location"], e["polarity"], e["modality"]) for e in visits
    ] == [("Musalia Mudavadi", "ETH", "Addis Ababa", "negative", "planned")]


def test_counterpart_with_an_untagged_given_name_keeps_name_and_country(cancelled):
    meeting = [e for e in cancelled if e["type"] == "meeting" and e["source"]["country"] == "KEN"]
    assert [(m["target"]["name"], m["target"]["country"], m["modality"]) for m in meeting] == [
        ("Taye Atske Selassie", "ETH", "planned")
    ]


def test_violation_of_ones_own_sovereignty_is_not_condemned(cancelled):
    assert not [
        e
        for e in cancelled
        if e["type"] == "condemnation"
        and (e["target"] or {}).get("country") == "KEN"
        and e["source"]["country"] == "KEN"
    ]


def test_criticism_of_both_governments_condemns_each(cancelled):
    targets = sorted(
        e["target"]["country"]
        for e in cancelled
        if e["type"] == "condemnation" and e["source"]["name"] == "African Union"
    )
    assert targets == ["ETH", "KEN"]


def test_visit_to_both_capitals_excludes_the_visitors_own(cancelled):
    visits = sorted(
        e["target"]["country"] for e in cancelled if e["type"] == "visit" and e["source"]["country"] == "UGA"
    )
    assert visits == ["ETH", "KEN"]
