"""The table of constructions: every row of tests/extract/constructions/*.jsonl is one sentence or passage
written for these tests, with the complete list of events the extractor should read from it.

An expected actor matches at the level the row gives it: "country" compares the ISO code, "name" is contained
(case-insensitive) in the predicted name or names the same organisation in the gazetteer ("Caribbean Community" is
"CARICOM"), "kind" compares the kind. A "target" of null wants no target; a row
without "target" does not look at it. Meetings and cooperation match in either direction. modality, polarity,
location (contained, case-insensitive) and date are compared only when the row gives them. Every predicted event
must be matched by one expected event: the row's list is complete. A row with "xfail" names a known gap.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

TABLE = Path(__file__).parent / "constructions"
MIN_ROWS = 300
SYMMETRIC = {"meeting", "cooperation"}
TYPES = {"visit", "meeting", "condemnation", "cooperation"}
ROW_KEYS = {"text", "published", "events", "rule", "origin", "xfail", "note"}
EVENT_KEYS = {"type", "source", "target", "modality", "polarity", "location", "date"}
ACTOR_KEYS = {"name", "country", "kind"}


def _read_table() -> list[tuple[str, dict]]:
    rows = []
    for path in sorted(TABLE.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((f"{path.name}:{number}", json.loads(line)))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not a JSON object: {error}") from None
    return rows


ROWS = _read_table()


def _params() -> list:
    params = []
    for row_id, row in ROWS:
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=False)] if row.get("xfail") else []
        params.append(pytest.param(row, id=row_id, marks=marks))
    return params


def _actor_matches(expected: dict | None, predicted: dict | None) -> bool:
    if expected is None or predicted is None:
        return expected is None and predicted is None
    if "country" in expected and expected["country"] != predicted.get("country"):
        return False
    if "kind" in expected and expected["kind"] != predicted.get("kind"):
        return False
    if "name" in expected and not _same_name(expected["name"], predicted.get("name") or ""):
        return False
    return True


def _same_name(expected: str, predicted: str) -> bool:
    if expected.lower() in predicted.lower():
        return True
    from kg.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    organization = gazetteer.organization(expected)
    return organization is not None and organization == gazetteer.organization(predicted)


def _event_matches(expected: dict, predicted: dict) -> bool:
    if expected["type"] != predicted["type"]:
        return False
    for key in ("modality", "polarity", "date"):
        if key in expected and expected[key] != predicted.get(key):
            return False
    if "location" in expected:
        place = predicted.get("location")
        if expected["location"] is None:
            if place is not None:
                return False
        elif place is None or expected["location"].lower() not in place.lower():
            return False
    has_target = "target" in expected
    source, target = expected["source"], expected.get("target")

    def direction(src, tgt):
        return _actor_matches(src, predicted["source"]) and (not has_target or _actor_matches(tgt, predicted["target"]))

    if direction(source, target):
        return True
    return expected["type"] in SYMMETRIC and target is not None and direction(target, source)


def _one_to_one(expected: list[dict], predicted: list[dict]) -> dict[int, int]:
    """The largest matching of expected to predicted events (augmenting paths; the lists are short)."""
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j, event in enumerate(predicted):
            if j in seen or not _event_matches(expected[i], event):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        place(i, set())
    return {i: j for j, i in owner.items()}


def _show_actor(actor: dict | None) -> str:
    if actor is None:
        return "-"
    name, country = actor.get("name"), actor.get("country")
    if name and country:
        return f"{name}/{country}"
    return name or country or "?"


def _show(event: dict) -> str:
    extras = [
        f"{key}={event[key]}"
        for key in ("modality", "polarity", "location", "date")
        if key in event and event[key] not in (None, "asserted", "positive")
    ]
    target = _show_actor(event["target"]) if "target" in event else "*"
    rule = f" [{event['rule']}]" if event.get("rule") else ""
    attributes = "".join(f", {extra}" for extra in extras)
    return f"{event['type']}({_show_actor(event['source'])} -> {target}{attributes}){rule}"


@pytest.mark.parametrize("row", _params())
def test_construction(extract, row):
    predicted = extract(row["text"], row["published"])["events"]
    expected = row["events"]
    matched = _one_to_one(expected, predicted)
    missing = [_show(e) for i, e in enumerate(expected) if i not in matched]
    extra = [_show(e) for j, e in enumerate(predicted) if j not in matched.values()]
    assert not missing and not extra, (
        f"\n  text: {row['text'][:160]}\n  expected:  {'; '.join(_show(e) for e in expected) or 'none'}"
        f"\n  predicted: {'; '.join(_show(e) for e in predicted) or 'none'}"
        f"\n  missing: {'; '.join(missing) or 'none'}\n  extra: {'; '.join(extra) or 'none'}"
    )


def test_table_has_enough_rows():
    assert len(ROWS) >= MIN_ROWS, f"{len(ROWS)} construction rows, want at least {MIN_ROWS}"


@pytest.mark.parametrize("row_id,row", ROWS, ids=[row_id for row_id, _ in ROWS])
def test_row_is_well_formed(row_id, row):
    assert not set(row) - ROW_KEYS, f"{row_id}: unknown keys {sorted(set(row) - ROW_KEYS)}"
    assert row.get("origin"), f"{row_id}: no origin"
    assert isinstance(row.get("text"), str) and row["text"].strip(), f"{row_id}: no text"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.get("published") or ""), f"{row_id}: published is not YYYY-MM-DD"
    assert isinstance(row.get("events"), list), f"{row_id}: events is not a list"
    for event in row["events"]:
        assert not set(event) - EVENT_KEYS, f"{row_id}: unknown event keys {sorted(set(event) - EVENT_KEYS)}"
        assert event.get("type") in TYPES, f"{row_id}: event type {event.get('type')!r}"
        for side in ("source", "target"):
            actor = event.get(side)
            if side == "source" or actor is not None:
                assert isinstance(actor, dict) and actor and not set(actor) - ACTOR_KEYS, f"{row_id}: {side} {actor!r}"
