"""The plain values the pipeline stages pass on, and their JSON shape (../shared/eval/SCHEMA.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

EVENT_TYPES = ("visit", "meeting", "condemnation", "cooperation", "other")
ACTOR_KINDS = ("person", "country", "organization")
POLARITIES = ("positive", "negative")
MODALITIES = ("asserted", "planned", "proposed")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: str | None = None  # ISO date YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # "file:line" it was read from, for messages


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str  # one of ACTOR_KINDS
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None

    def to_json(self, with_role: bool = False) -> dict:
        data = {"name": self.name, "kind": self.kind, "country": self.country}
        if with_role and self.role:
            data["role"] = self.role
        return data


@dataclass(frozen=True)
class Evidence:
    """The sentence an event was read from, with character offsets into the article text."""

    sentence: str
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class Event:
    type: str  # one of EVENT_TYPES
    source: Actor
    target: Actor | None
    trigger: str
    evidence: Evidence
    location: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    polarity: str = "positive"
    modality: str = "asserted"
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 1.0
    rule: str | None = field(
        default=None, compare=False
    )  # id of the construction that produced it (data/lexicon/rules.csv)
    acted_upon: str | None = field(default=None, compare=False, repr=False)  # "attack" in "condemned the attack"
    remote: bool = field(default=False, compare=False, repr=False)  # talks by telephone or video: no place

    def to_json(self) -> dict:
        return {
            "type": self.type,
            "source": self.source.to_json(),
            "target": self.target.to_json() if self.target else None,
            "location": self.location,
            "date": self.date,
            "polarity": self.polarity,
            "modality": self.modality,
            "trigger": self.trigger,
            "cameo": self.cameo,
            "plover": self.plover,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
        }


@dataclass
class DocumentResult:
    article: Article
    events: list[Event] = field(default_factory=list)
    entities: list[Actor] = field(default_factory=list)

    def to_json(self) -> dict:
        a = self.article
        return {
            "id": a.id,
            "text": a.text,
            "published": a.published,
            "source": a.source,
            "url": a.url,
            "events": [e.to_json() for e in self.events],
            "entities": [e.to_json(with_role=True) for e in self.entities],
        }
