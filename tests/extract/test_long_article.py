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
    return [e for e in events if e["type"] == kind
            and {e["source"]["country"], (e["target"] or {}).get("country")} == {source, target}]


def test_the_visit_told_three_times_is_one_event_with_its_day_and_place(events):
    visits = [e for e in _find(events, "visit", "TUR", "HUN") if e["source"]["country"] == "TUR"]
    assert len(visits) == 1
    assert (visits[0]["source"]["name"], visits[0]["location"], visits[0]["date"]) == (
        "Recep Tayyip Erdogan", "Budapest", "2025-10-13")


def test_talks_and_signing_of_the_day_are_between_the_two_leaders(events):
    meetings = [e for e in _find(events, "meeting", "TUR", "HUN") if e["date"] != "2025-09"]
    assert [(m["source"]["name"], m["target"]["name"]) for m in meetings] == [("Recep Tayyip Erdogan", "Viktor Orban")]
    signed = [e for e in _find(events, "cooperation", "TUR", "HUN") if e["modality"] == "asserted" and e["date"] != "2023"]
    assert signed and signed[0]["target"]["name"] == "Viktor Orban"


def test_background_events_stay_apart_with_their_own_dates(events):
    assert [e["date"] for e in _find(events, "visit", "HUN", "TUR") if e["source"]["country"] == "HUN"] == ["2023"]
    ministers = [e for e in _find(events, "meeting", "HUN", "TUR") if e["source"]["name"] == "Peter Szijjarto"]
    assert [(m["target"]["name"], m["location"], m["date"]) for m in ministers] == [("Hakan Fidan", "Istanbul", "2025-09")]


def test_onward_trip_is_a_planned_visit(events):
    onward = _find(events, "visit", "TUR", "SRB")
    assert [(e["location"], e["modality"], e["date"]) for e in onward] == [("Belgrade", "planned", "2025-10-15")]
