"""From the frames a reader found to events: one per pair of parties, with their attributes."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from ..gazetteer import Gazetteer
from ..lexicon import word_list
from ..model import Actor, Event, Evidence
from ..read.text import strip_span
from . import attributes
from .memo import kids, span_text
from .mentions import DocMentions
from .readers.frames import SYMMETRIC, Context, Frame

LIGHT_VERBS = word_list("light_verbs")
DEFINITE = ("the", "this", "that")


def events_of(
    frame: Frame,
    sent: Span,
    date_ents: list[Span],
    found: DocMentions,
    ctx: Context,
    published: date | None,
    anchor: date | None = None,
) -> list[Event]:
    """The events of one frame: a pair of parties each, with the polarity, modality, date and place read around
    its trigger; none for a pair that cannot be one (a person of no country, two parties of one country)."""
    lexicon = ctx.lexicon
    token, trigger = frame.token, frame.trigger
    pairs = [(s, t) for s, t in frame.pairs() if _plausible(s, t, trigger.type, ctx.resolver.gazetteer)]
    if not pairs or attributes.demanded(token):
        return []
    polarity = attributes.polarity(token, lexicon)
    if trigger.type == "visit" and _said(token) & lexicon.negative_cues:
        polarity = "negative"  # "skipped the summit", "stayed away": a visit word that says it did not happen
    modality = attributes.modality(token, lexicon, trigger.type)
    if trigger.type == "visit" and modality == "asserted" and token.lemma_.lower() in lexicon.proposed_cues:
        modality = "proposed"  # "invited the Chilean president to Brasilia": a visit word that offers it
    if trigger.frame == "support" and modality == "asserted":
        if token.lemma_.lower() in lexicon.proposed_cues:
            modality = "proposed"
        elif token.lemma_.lower() not in lexicon.material_cooperation and not attributes.committed(token, lexicon):
            return []
    if trigger.type == "meeting" and modality == "asserted" and _agreed_to_meet(token):
        modality = "planned"
    if polarity == "negative" and modality == "asserted" and attributes.called_off(token, lexicon):
        modality = "planned"
    when = attributes.event_date(token, date_ents, published, future=modality == "planned", anchor=anchor)
    ahead = when and published and when > published.isoformat()[: len(when)]
    if ahead and modality == "asserted" and (len(when) == 10 or len(when) == 7 and token.tag_ != "VBD"):
        modality = "planned"  # on a later day; in a later month ("a visit next month"), unless told in the past
    if frame.place is not None:
        location = attributes.place_text(frame.place, found)
    elif trigger.type == "condemnation":
        location = attributes.venue(token, found, _acted_upon(token), cities_only=True)
    else:
        location = attributes.venue(token, found, set(), objects=trigger.type == "cooperation")
    if trigger.type in ("meeting", "cooperation") and frame.place is not None:  # a visit's place is the place
        # visited, its city; without frame.place, venue() above already put a named venue first (the same words)
        location = attributes.named_venue(token, found, objects=trigger.type == "cooperation") or location
    remote = trigger.type == "meeting" and attributes.remote(token)
    if remote:
        location = None
    evidence = Evidence(*_sentence_text(sent), token.idx, token.idx + len(token.text))
    own = _own_places(frame.place, found) if trigger.type == "visit" and len({t.country for _, t in pairs}) > 1 else {}
    out = []
    for source, target in pairs:
        if own:  # "visited Argentina and Chile": the visit to Chile is in Chile
            place = own.get(target.country)
            location = attributes.place_text(place, found) if place is not None else None
        out.append(
            _with_object(
                Event(
                    type=trigger.type,
                    source=source,
                    target=target,
                    trigger=_trigger_text(token),
                    evidence=evidence,
                    location=location,
                    date=when,
                    polarity=polarity,
                    modality=modality,
                    cameo=trigger.cameo,
                    plover=trigger.plover,
                    confidence=_confidence(frame, target),
                    rule=frame.rule,
                    remote=remote,
                ),
                token,
            )
        )
    return out


def _own_places(place, found) -> dict:
    """The places of a list of destinations by their country ("visited Buenos Aires and Santiago"), when the frame's
    place is one of them; empty when it is no place of a known country."""
    first = found.at(place.i) if place is not None else None
    if first is None or not first.code:
        return {}
    own: dict = {}
    for p in (place, *place.conjuncts):
        mention = found.at(p.i)
        if mention is not None and mention.code:
            own.setdefault(mention.code, p)
    return own


def _said(token) -> set[str]:
    """The trigger's lemma, alone and with each particle, adverb or preposition it carries ("stay away")."""
    lemma = token.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in kids(token) if c.dep_ in ("prt", "advmod", "prep"))}


_SENTENCE: dict[tuple, tuple[str, int, int]] = {}


def _sentence_text(sent: Span) -> tuple[str, int, int]:
    """The stripped text of a sentence and its offsets, read once for all the frames of the sentence (Span.text
    makes a Token of each word): the last sentence's is kept, with its Doc, so the key cannot name another."""
    key = (sent.doc, sent.start, sent.end)
    if key not in _SENTENCE:
        _SENTENCE.clear()
        _SENTENCE[key] = strip_span(span_text(sent), sent.start_char)
    return _SENTENCE[key]


def _with_object(event: Event, token) -> Event:
    """Remember the head noun of a definite object ("the attack"), for a later look back."""
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    if objects and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids(objects[0])):
        event.acted_upon = objects[0].lemma_.lower()
    return event


def _acted_upon(token) -> set[int]:
    """What a condemnation acts upon: its object, and a name right after "at" ("lashed out at Manila", "took a
    swipe at Beijing"), which is the one condemned, not the place where it was said."""
    upon = {t.i for child in kids(token) if child.dep_ == "dobj" for t in child.subtree}
    for holder in (token, *(c for c in kids(token) if c.dep_ == "prt")):
        for prep in kids(holder):
            if prep.dep_ == "prep" and prep.lower_ == "at" and any(o.pos_ == "PROPN" for o in kids(prep)):
                upon.update(t.i for t in prep.subtree)
    return upon


def _plausible(source: Actor, target: Actor | None, kind: str, gazetteer: Gazetteer) -> bool:
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
    if kind in SYMMETRIC and _unknown_body(source, gazetteer) and _unknown_body(target, gazetteer):
        return False  # "Apple and Samsung signed a deal": two bodies of no country the gazetteer does not know
    if kind == "condemnation" and target.kind == "person":
        return True
    return not (source.country and source.country == target.country)


def _nobody(actor: Actor) -> bool:
    """A name the model called a person, with no title and no country: no one known to act for a state."""
    return actor.kind == "person" and not actor.country and not actor.role


def _unknown_body(actor: Actor, gazetteer: Gazetteer) -> bool:
    return actor.kind == "organization" and not actor.country and gazetteer.organization(actor.name) is None


def _confidence(frame: Frame, target) -> float:
    score = 0.9 if frame.direct else 0.6
    if target is None:
        score -= 0.2
    return score


AGREED_TO_MEET = word_list("meeting_agreed_verbs")
OPENING_VERBS = word_list("talks_opening_verbs")


def _agreed_to_meet(token) -> bool:
    """ "They agreed to meet again in P", "decided to hold talks soon", "is to hold talks": a meeting
    two parties agree on or that is arranged is one still to be held (an agreement "to cooperate" is cooperation
    itself, so only for meetings)."""
    holding = LIGHT_VERBS | OPENING_VERBS  # "agreed to begin talks", "agreed to open negotiations": still to come
    held = token.dep_ == "dobj" and (token.head.lemma_.lower() in holding or token.head.dep_ == "xcomp")
    verb = token.head if held else token  # "agreed to hold talks", "agreed to resume talks"
    place = token.head if token.dep_ in ("compound", "amod") else token
    if place.dep_ == "pobj" and place.head.lower_ == "to" and place.head.head.dep_ == "xcomp":
        verb = place.head.head  # "agreed to return to talks", "to the negotiating table"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in AGREED_TO_MEET:  # "agreed that they would meet"
        return any(c.dep_ == "aux" and c.lower_ == "would" for c in kids(verb))
    if verb.dep_ != "xcomp" or verb.head.i > verb.i:
        return False
    if verb.head.lemma_ == "be" and verb.i != token.i:  # "A is to hold talks with B": arranged
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))
    return verb.head.lemma_.lower() in AGREED_TO_MEET


def _trigger_text(token) -> str:
    head = token.head
    if token.pos_ == "NOUN" and head.i != token.i and head.lemma_.lower() in LIGHT_VERBS and head.i < token.i:
        return token.doc[head.i : token.i + 1].text
    return token.text
