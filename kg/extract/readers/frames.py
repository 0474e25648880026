"""The frame machinery: Frame, Context, the `@reader` registry (frame name -> reader, rule id -> frame), and the
lookup of trigger words in a document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from spacy.tokens import Token

from ...lexicon import Lexicon, Trigger
from ...model import Actor
from ..memo import WordHashes, per_doc, word_table
from ..roles import Resolver

SYMMETRIC = ("meeting", "cooperation")


@dataclass
class Frame:
    """What a trigger gave: its parties, and the place it names, before attributes are read."""

    trigger: Trigger
    token: Token  # the trigger token
    sources: list[Actor]
    targets: list[Actor]
    place: Token | None = None  # the place named as the destination or venue
    direct: bool = True  # parties read from the parse rather than guessed
    rule: str | None = None  # the construction that read it: an id of data/lexicon/rules.csv

    def pairs(self) -> list[tuple]:
        """(source, target) of each event; a meeting of three or more ("A and B held talks hosted by C") gives
        one per pair, and its parties are all in `sources`."""
        if self.targets or len(self.sources) < 3:
            return [(s, t) for s in self.sources for t in self.targets]
        return list(combinations(self.sources, 2))


@dataclass(frozen=True)
class Context:
    """What a reader needs besides its trigger: the article's resolver and the word lists."""

    resolver: Resolver
    lexicon: Lexicon


Reader = Callable[[Token, Trigger, Context], "Frame | None"]


READERS: dict[str, Reader] = {}  # frame name of triggers.csv -> its reader


RULES: dict[str, str] = {}  # rule id of data/lexicon/rules.csv -> the frame whose reader gives it


PAIRS = ("", ".group", ".conjoined", ".named_together", ".proposer")  # what _pairs adds to a reader's rule id


TALKS = ("", ".between", ".concluded")  # what _talks adds to its reader's rule id, before PAIRS


def reader(frame: str, *rules: str):
    """Register a reader as the one of `frame`, with the ids of the constructions its Frames may carry."""

    def register(func: Reader) -> Reader:
        if frame in READERS:
            raise ValueError(f"frame {frame!r} has two readers")
        READERS[frame] = func
        for rule in rules:
            RULES[rule] = frame
        return func

    return register


def check_readers(lexicon: Lexicon) -> None:
    """Every frame that triggers.csv names has a reader, and rules.csv lists exactly the rules the readers give;
    anything else is an error in the data, raised when the extractor loads."""
    for trigger in (t for options in lexicon.triggers.values() for t in options):
        if trigger.frame not in READERS:
            raise ValueError(
                f"data/lexicon/triggers.csv: {trigger.lemma!r} ({trigger.pos}) names frame "
                f"{trigger.frame!r}, which has no reader; known frames: {', '.join(sorted(READERS))}"
            )
    listed = {rule.id: rule.frame for rule in lexicon.rules}
    for rule, frame in RULES.items():
        if listed.get(rule) != frame:
            raise ValueError(
                f"data/lexicon/rules.csv: rule {rule!r} of frame {frame!r} is missing or has another frame"
            )
    unknown = sorted(set(listed) - set(RULES))
    if unknown:
        raise ValueError(f"data/lexicon/rules.csv: no reader gives the rules {', '.join(unknown)}")


@per_doc
def trigger_candidates(doc, lexicon: Lexicon) -> list[int]:
    """The tokens whose lemma or lower-case form is a trigger word, read from one array of the document rather
    than from a Python object per token."""
    return _trigger_hashes(lexicon.triggers).rows(word_table(doc))


_WANTED: list = [None, 0, None]  # the last trigger table, its size, and the hashes of its words


def _trigger_hashes(triggers: dict) -> WordHashes:
    """The hashes of the trigger words, made again only for another table (or one that grew), not per document."""
    if _WANTED[0] is not triggers or _WANTED[1] != len(triggers):
        _WANTED[:] = [triggers, len(triggers), _hashes_of(frozenset(lemma for lemma, _ in triggers))]
    return _WANTED[2]


@lru_cache(maxsize=4)
def _hashes_of(words: frozenset) -> WordHashes:
    return WordHashes({form for word in words for form in (word, word.capitalize(), word.upper())})


def _triggers_of(token, lexicon: Lexicon) -> tuple[Trigger, ...]:
    lemma, pos = token.lemma_.lower(), token.pos_
    if pos in ("VERB", "AUX"):
        return lexicon.triggers.get((lemma, "VERB"), ())
    if pos == "ADJ":
        return lexicon.triggers.get((lemma, "ADJ"), ())  # "is due in Nairobi"
    if pos in ("NOUN", "PROPN"):
        return lexicon.triggers.get((lemma, "NOUN")) or lexicon.triggers.get((token.lower_, "NOUN"), ())
    return ()
