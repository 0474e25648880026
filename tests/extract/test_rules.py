"""Rule ids: every construction the readers can report is listed in data/lexicon/rules.csv, and every frame
that data/lexicon/triggers.csv names has a reader."""

import dataclasses
import re
from pathlib import Path

import pytest

from kg.extract import checked_lexicon
from kg.extract.readers import frames
from kg.lexicon import Trigger, load_lexicon

EXTRACT = Path(frames.__file__).parents[1]


def test_the_rules_of_the_readers_are_those_of_rules_csv():
    listed = {rule.id: rule.frame for rule in load_lexicon().rules}
    assert listed == frames.RULES
    assert all(rule.label for rule in load_lexicon().rules)


def test_every_rule_id_written_in_the_code_is_registered():
    written = set()
    for path in EXTRACT.rglob("*.py"):
        written |= set(re.findall(r'rule="([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert written and written <= set(frames.RULES)


def test_a_frame_without_a_reader_is_an_error_at_load():
    lexicon = load_lexicon()
    odd = Trigger("parley", "NOUN", "meeting", "parley_noun", "040", "CONSULT")
    broken = dataclasses.replace(lexicon, triggers={**lexicon.triggers, ("parley", "NOUN"): (odd,)})
    with pytest.raises(ValueError, match="parley_noun"):
        frames.check_readers(broken)


def test_a_rule_missing_from_rules_csv_is_an_error_at_load():
    lexicon = load_lexicon()
    broken = dataclasses.replace(lexicon, rules=tuple(r for r in lexicon.rules if r.id != "visit.verb"))
    with pytest.raises(ValueError, match="visit.verb"):
        frames.check_readers(broken)


def test_every_trigger_row_names_a_registered_frame():
    named = {t.frame for options in checked_lexicon().triggers.values() for t in options}
    assert named <= set(frames.READERS)


def test_each_event_says_which_rule_made_it(extract):
    r = extract("Putin visited Beijing on Monday. Egypt condemned the Israeli strike. Xi and Lula held talks.")
    rules = {e["type"]: e["rule"] for e in r["events"]}
    assert rules == {"visit": "visit.verb", "condemnation": "condemn.verb", "meeting": "meet.noun.conjoined"}
