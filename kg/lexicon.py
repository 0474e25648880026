"""Word lists of data/lexicon/*.csv: event triggers, titles, cue words for polarity and modality."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import LEXICON


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB or NOUN
    type: str
    frame: str
    cameo: str
    plover: str


@dataclass(frozen=True)
class Rule:
    """One construction of the extractor (data/lexicon/rules.csv): the id an event records as its `rule`."""

    id: str
    frame: str
    label: str


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (lemma, pos) -> its rows, in file order
    titles: dict[str, str | None]  # title word -> country it implies, if any
    agreement_nouns: frozenset[str]
    cooperation_verbs: frozenset[str]
    group_nouns: dict[str, str]  # "countries" -> "country", "leaders" -> "person"
    negative_cues: frozenset[str]  # with the called_off ones
    planned_cues: frozenset[str]  # verbs and adjectives: "plan", "due"
    proposed_cues: frozenset[str]
    non_diplomatic: frozenset[str]
    material_cooperation: frozenset[str]
    definite_references: dict[str, str]  # "the bloc" -> the organisation named last, "the kingdom" -> the country
    acts_on_victims: frozenset[str]  # "the killing of X": X suffered it
    domestic_acts: frozenset[str]  # "the coup in Niger": laid at the country where it happened
    commitment_verbs: frozenset[str]  # "promise", "pledge": giving promised is cooperation, giving done is aid
    collective_nouns: dict[str, bool]  # "rebel" -> True: a group that is an actor, armed ones stateless
    rules: tuple[Rule, ...] = ()
    planned_modals: frozenset[str] = frozenset()  # "will", "shall"
    called_off: frozenset[str] = frozenset()  # "postpone", "call off": negative, and a plan that was dropped
    act_authors: dict[str, frozenset[str]] = field(default_factory=dict)  # "seizure" -> verbs that tell its author


def _rows(name: str) -> list[dict]:
    with (LEXICON / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _column(name: str, column: str) -> frozenset[str]:
    return frozenset(row[column].strip().lower() for row in _rows(name) if row[column].strip())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]] = {}
    for row in _rows("triggers.csv"):
        trigger = Trigger(row["lemma"], row["pos"], row["type"], row["frame"], row["cameo"], row["plover"])
        triggers[(trigger.lemma, trigger.pos)] = (*triggers.get((trigger.lemma, trigger.pos), ()), trigger)
    cues = _rows("cues.csv")
    return Lexicon(
        triggers=triggers,
        titles={
            **dict.fromkeys(_word_lists()["honorifics"]),  # "Hon.", "Dato'": before names, as titles are
            **{row["word"].lower(): (row["country"] or None) for row in _rows("titles.csv")},
        },
        agreement_nouns=_column("agreement_nouns.csv", "lemma"),
        cooperation_verbs=_column("cooperation_verbs.csv", "lemma"),
        group_nouns={row["noun"]: row["refers_to"] for row in _rows("group_nouns.csv")},
        negative_cues=frozenset(r["cue"] for r in cues if r["effect"] in ("negative", "called_off")),
        planned_cues=frozenset(r["cue"] for r in cues if r["effect"] == "planned"),
        proposed_cues=frozenset(r["cue"] for r in cues if r["effect"] == "proposed"),
        non_diplomatic=_column("non_diplomatic.csv", "word"),
        material_cooperation=_column("material_cooperation.csv", "lemma"),
        commitment_verbs=_column("commitment_verbs.csv", "lemma"),
        domestic_acts=_column("domestic_acts.csv", "lemma"),
        acts_on_victims=_column("acts_on_victims.csv", "lemma"),
        definite_references={row["noun"]: row["refers_to"] for row in _rows("definite_references.csv")},
        collective_nouns={row["lemma"]: row["armed"] == "yes" for row in _rows("collective_nouns.csv")},
        rules=tuple(Rule(row["id"], row["frame"], row["label"]) for row in _rows("rules.csv")),
        planned_modals=frozenset(r["cue"] for r in cues if r["effect"] == "planned_modal"),
        called_off=frozenset(r["cue"] for r in cues if r["effect"] == "called_off"),
        act_authors={row["noun"]: frozenset(row["verbs"].split()) for row in _rows("act_authors.csv")},
    )


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    for line, row in enumerate(_rows("word_lists.csv"), start=2):
        name, word = (row.get("list") or "").strip(), (row.get("word") or "").strip().lower()
        if not name or not word:
            raise ValueError(f"{LEXICON / 'word_lists.csv'}:{line}: a row needs a list and a word")
        lists.setdefault(name, set()).add(word)
    return {name: frozenset(words) for name, words in lists.items()}


def word_list(name: str) -> frozenset[str]:
    """One list of data/lexicon/word_lists.csv (its README says what each is for); an unknown name is an error."""
    lists = _word_lists()
    if name not in lists:
        raise ValueError(f"data/lexicon/word_lists.csv has no list {name!r}")
    return lists[name]
