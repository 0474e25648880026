"""Extract actors and events from a parsed article."""

from __future__ import annotations

from ..gazetteer import load_gazetteer
from ..lexicon import load_lexicon
from ..model import Actor, Article, DocumentResult, Event, Evidence
from ..text import strip_span
from . import attributes, dates
from .distinct import actor_key, distinct_events
from .events import SYMMETRIC, Frame, find_frames, trigger_candidates
from .mentions import find_mentions
from .roles import Resolver

LIGHT_VERBS = {"hold", "sign", "pay", "make", "conclude", "have", "reach"}


def extract_doc(doc, article: Article) -> DocumentResult:
    """Actors and events of one article from its spaCy Doc."""
    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    found = find_mentions(doc, gazetteer, lexicon)
    resolver = Resolver(doc, found, gazetteer, lexicon)
    published = dates.parse_published(article.published)
    events: list[Event] = []
    dates_of = _dates_by_sentence(doc)
    candidates = trigger_candidates(doc, lexicon)
    for sent in doc.sents:
        sentence_events = []
        for frame in find_frames(sent, resolver, lexicon, candidates):
            sentence_events += _events_of(frame, sent, dates_of.get(sent.start, []), found, lexicon, published)
        sentence_events = _without_vague_twins(sentence_events)
        _share_visit_place(sentence_events)
        events += sentence_events
    _occasion_dates(events)
    _resolve_condemned(events)
    _hosts_country(events)
    this_year = str(published.year) if published else None
    return DocumentResult(article=article, events=distinct_events(events, this_year), entities=_entities(found))


def _dates_by_sentence(doc) -> dict[int, list]:
    """DATE entities by the start of their sentence, read once: `Span.ents` scans the whole document."""
    by_start: dict[int, list] = {}
    for ent in doc.ents:
        if ent.label_ == "DATE":
            by_start.setdefault(ent.sent.start, []).append(ent)
    return by_start


def _events_of(frame: Frame, sent, date_ents, found, lexicon, published) -> list[Event]:
    token, trigger = frame.token, frame.trigger
    pairs = [(s, t) for s, t in frame.pairs() if _plausible(s, t, trigger.type)]
    if not pairs or attributes.demanded(token):
        return []
    polarity = attributes.polarity(token, lexicon)
    modality = attributes.modality(token, lexicon, trigger.type)
    if trigger.frame == "support" and modality == "asserted":
        if token.lemma_.lower() in lexicon.proposed_cues:
            modality = "proposed"
        elif token.lemma_.lower() not in lexicon.material_cooperation and not attributes.committed(token, lexicon):
            return []
    if polarity == "negative" and modality == "asserted" and attributes.called_off(token):
        modality = "planned"
    when = attributes.event_date(token, date_ents, published, future=modality == "planned")
    if when and published and modality == "asserted" and len(when) == 10 and when > published.isoformat():
        modality = "planned"
    if frame.place is not None:
        location = attributes.place_text(frame.place, found)
    elif trigger.type == "condemnation":
        location = attributes.venue(token, found, _acted_upon(token), cities_only=True)
    else:
        exclude = _acted_upon(token) if trigger.type == "condemnation" else set()
        location = attributes.venue(token, found, exclude, objects=trigger.type == "cooperation")
    evidence = Evidence(*strip_span(sent.text, sent.start_char), token.idx, token.idx + len(token.text))
    out = []
    for source, target in pairs:
        out.append(_with_object(Event(
            type=trigger.type, source=source, target=target, trigger=_trigger_text(token),
            evidence=evidence, location=location, date=when, polarity=polarity, modality=modality,
            cameo=trigger.cameo, plover=trigger.plover,
            confidence=_confidence(frame, target),
        ), token))
    return out


def _with_object(event: Event, token) -> Event:
    """Remember the head noun of a definite object ("the attack"), for a later look back."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if objects and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in objects[0].children):
        event.acted_upon = objects[0].lemma_.lower()
    return event


def _acted_upon(token) -> set[int]:
    return {t.i for child in token.children if child.dep_ == "dobj" for t in child.subtree}


def _plausible(source: Actor, target: Actor | None, kind: str) -> bool:
    if source is None:
        return False
    if _nobody(source):
        return False
    if target is None:
        return kind == "condemnation"
    if _nobody(target):
        return False
    if source == target:
        return False
    if kind in SYMMETRIC and _unknown_body(source) and _unknown_body(target):
        return False  # "Apple and Samsung signed a deal": two bodies of no country the gazetteer does not know
    if kind == "condemnation" and target.kind == "person":
        return True
    return not (source.country and source.country == target.country)


def _nobody(actor: Actor) -> bool:
    """A name the model called a person, with no title and no country: no one known to act for a state."""
    return actor.kind == "person" and not actor.country and not actor.role


def _unknown_body(actor: Actor) -> bool:
    return actor.kind == "organization" and not actor.country and load_gazetteer().organization(actor.name) is None


def _confidence(frame: Frame, target) -> float:
    score = 0.9 if frame.direct else 0.6
    if target is None:
        score -= 0.2
    return score


def _trigger_text(token) -> str:
    head = token.head
    if token.pos_ == "NOUN" and head.i != token.i and head.lemma_.lower() in LIGHT_VERBS and head.i < token.i:
        return token.doc[head.i:token.i + 1].text
    return token.text


def _without_vague_twins(events: list[Event]) -> list[Event]:
    """"condemned the attack, blaming Iran-backed militias": the condemnation without a target is the same
    statement as the one with it."""
    aimed = {actor_key(e.source) for e in events if e.type == "condemnation" and e.target is not None}
    return [e for e in events if not (e.type == "condemnation" and e.target is None and actor_key(e.source) in aimed)]


def _share_visit_place(events: list[Event]) -> None:
    """Talks or a statement in the sentence that reports a visit happened where the visit went."""
    visits = [e for e in events if e.type == "visit" and e.location and e.polarity == "positive"]
    for event in events:
        if event.location or event.type == "visit":
            continue
        for visit in visits:
            if visit.source == event.source:
                event.location = visit.location
                break


def _occasion_dates(events: list[Event], reach: int = 3) -> None:
    """An asserted event told without a date, shortly after a dated one it shares an actor with, took place then
    ("arrived on Monday ... was welcomed by ... held talks with")."""
    for i, event in enumerate(events):
        if event.date or event.modality != "asserted":
            continue
        for earlier in reversed(events[max(0, i - reach):i]):
            if earlier.date and earlier.modality == "asserted" and _parties(earlier) & _parties(event) - {None}:
                event.date = earlier.date
                break


def _parties(event: Event) -> set:
    return {actor_key(event.source), actor_key(event.target)}


VISIT_NOUNS = {"visit", "trip", "tour", "stopover", "journey"}
SPEECH_NOUNS = {"remarks", "remark", "comments", "comment", "statement", "statements", "words", "speech", "decision",
                "announcement", "move", "claims", "claim", "rhetoric", "letter"}


def _resolve_condemned(events: list[Event]) -> None:
    """"denounced the attack", "condemned the trip": the thing named before, and who it is laid at."""
    for i, event in enumerate(events):
        if event.type != "condemnation" or event.target is not None or not event.acted_upon:
            continue
        if event.acted_upon in SPEECH_NOUNS:
            continue
        for earlier in reversed(events[:i]):
            if event.acted_upon in VISIT_NOUNS and earlier.type == "visit":
                event.target = earlier.source
                break
            if event.acted_upon not in VISIT_NOUNS and earlier.type == "condemnation" and earlier.target:
                event.target = earlier.target
                break
        if event.target is not None and event.target == event.source:
            event.target = None


def _hosts_country(events: list[Event]) -> None:
    """A person met during a visit, whose country the text does not give, serves the country visited."""
    visited = {}
    for event in events:
        if event.type == "visit" and event.target and event.target.country and event.polarity == "positive":
            visited.setdefault(actor_key(event.source), event.target.country)
    for event in events:
        if event.type not in ("meeting", "cooperation", "visit") or event.target is None:
            continue
        host = visited.get(actor_key(event.source))
        target = event.target
        if host and target.kind == "person" and not target.country and host != event.source.country:
            event.target = Actor(target.name, target.kind, host, target.role)


def _entities(found) -> list[Actor]:
    out: dict[tuple, Actor] = {}
    for mention in found.mentions:
        actor = mention.actor
        if actor is None and mention.kind == "demonym" and mention.code:
            actor = Actor(load_gazetteer().country_name(mention.code), "country", mention.code)
        if actor is None:
            continue
        out.setdefault((actor.kind, actor.name), actor)
    return list(out.values())
