"""One event per document however often it is told: the headline, the lead and a quote report the same visit;
a background paragraph's visit of another year is another event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..lexicon import word_list
from ..model import Actor, Event
from .readers.frames import SYMMETRIC


def distinct_events(
    events: list[Event], this_year: str | None = None, town: Callable[[str], bool] | None = None
) -> list[Event]:
    """Each distinct event once per document: the first report, with what later ones add.

    Two reports are one event when type and polarity agree, both or neither are proposals, their dates can be
    the same day, and each party is the same actor or a country and a person of it ("Turkey" and "Erdogan");
    two different ministers of the same two countries held two meetings. `town` tells a city from a building
    ("Algiers" from "the Elysee"), so that a host named in another city is not the host of this stay.
    """
    kept: list[Event] = []
    for event in events:
        first = next((k for k in kept if _same_event(k, event, this_year)), None)
        if first is None:
            kept.append(event)
            continue
        if event.remote or first.remote:  # the same talks, told once as a telephone call: held nowhere
            first.remote, first.location = True, None
        elif event.location and (not first.location or (first.target and first.location == first.target.name)):
            if not _vaguer_year(event.date, first.date):
                first.location = event.location
        if event.date and not first.date:
            first.date, first.modality = event.date, event.modality
        elif first.type == "visit" and event.date and first.date and event.date < first.date:
            first.date = event.date  # "arrived on Wednesday ... at the end of the two-day visit": the day it began
        if first.source.kind == "country" and event.source.kind == "person" and _same_party(first.source, event.source):
            first.source = event.source
        if first.type == "visit" and _hosted_by(first.target, event.target) and _same_place(first, event, town):
            first.target = event.target  # "travelled to Nouakchott ... was welcomed by President Ghazouani"
    return _without_called_off_plans(_without_vague_repeats(kept, this_year), this_year)


def _vaguer_year(told: str | None, first: str | None) -> bool:
    """ "spoke on Tuesday ... agreed to meet at the summit in P later this year": a report dated only by its year,
    beside one dated to the day, may be a later meeting; its place is not lent to the day's."""
    return told is not None and first is not None and len(told) == 4 < len(first)


def _without_called_off_plans(events: list[Event], this_year: str | None) -> list[Event]:
    """A planned visit told once as called off and once as the plan itself ("cancelled his visit to P ... He had
    been due to arrive on Monday") is one trip that did not happen: the plan goes, and lends the cancelled one
    its place and date when that one has none."""
    called_off = [e for e in events if e.type == "visit" and e.modality == "planned" and e.polarity == "negative"]
    if not called_off:
        return events
    kept = []
    for event in events:
        twin = None
        if event.type == "visit" and event.modality == "planned" and event.polarity == "positive":
            twin = next((k for k in called_off if _same_trip(k, event, this_year)), None)
        elif event.type in ("meeting", "cooperation") and event.modality == "planned" and event.polarity == "positive":
            if any(_during_trip(k, event, this_year) for k in called_off):
                event.polarity = "negative"  # "postponed his visit to P. He had been due to meet B there"
        if twin is None:
            kept.append(event)
            continue
        twin.location = twin.location or event.location
        if event.date and (not twin.date or twin.date < event.date):
            twin.date = event.date  # the day the trip was due, not the day it was called off
    return kept


def _during_trip(called_off: Event, plan: Event, this_year: str | None) -> bool:
    """A meeting or signing planned with the host of a trip called off, when the trip was due, where it was going:
    it is called off with the trip (rule distinct.plans_of_trip_called_off)."""
    guest, host = called_off.source, called_off.target
    if not guest.country or host is None or not host.country:
        return False
    if {actor_key(plan.source), actor_key(plan.target)} != {guest.country, host.country}:
        return False
    if plan.location and called_off.location and plan.location != called_off.location:
        if called_off.location != (host.name if host.kind == "country" else None):
            return False  # "will meet instead in New York"
    return _same_time(called_off.date, plan.date, this_year)


def _same_trip(called_off: Event, plan: Event, this_year: str | None) -> bool:
    """The same parties, and a plan due when the trip called off could be, or after the day it was called off."""
    return (
        _same_party(called_off.source, plan.source)
        and (_same_party(called_off.target, plan.target) or _hosted_by(called_off.target, plan.target))
        and (
            _same_time(called_off.date, plan.date, this_year)
            or bool(called_off.date and plan.date and called_off.date < plan.date)
        )
    )


def _without_vague_repeats(events: list[Event], this_year: str | None) -> list[Event]:
    """A condemnation told once with its target and once without ("Tonga condemns Fiji incursion" ... "we condemn
    this violation", the ministry said) is one statement: the report with no target goes, and lends the other
    its place and date when that one has none."""
    kept = []
    for event in events:
        aimed = None
        if event.type == "condemnation" and event.target is None:
            aimed = next((k for k in events if _aimed_twin(k, event, this_year)), None)
        if aimed is None:
            kept.append(event)
            continue
        aimed.location = aimed.location or event.location
        if event.date and not aimed.date:
            aimed.date = event.date
    return kept


def _aimed_twin(aimed: Event, vague: Event, this_year: str | None) -> bool:
    return (
        aimed.type == "condemnation"
        and aimed.target is not None
        and aimed.polarity == vague.polarity
        and (aimed.modality == "proposed") == (vague.modality == "proposed")
        and aimed.source.kind == vague.source.kind  # the president's own words and his ministry's are two
        and _same_party(aimed.source, vague.source)
        and _same_time(aimed.date, vague.date, this_year)
    )


def _hosted_by(country: Actor | None, person: Actor | None) -> bool:
    return (
        country is not None
        and person is not None
        and country.kind == "country"
        and person.kind == "person"
        and country.country == person.country
    )


def _same_place(one: Event, other: Event, town: Callable[[str], bool] | None) -> bool:
    """A host person who would only receive the visitor in another town of the country is not the host of this
    stay: "met the visiting emir in Oran, saying he would receive him properly only in Algiers"; "in Beijing ...
    welcomed at the Great Hall" is, and so is a host told as met in another town of the same (asserted) trip."""
    if not one.location or not other.location or one.location == other.location or town is None:
        return True
    if one.modality == other.modality:
        return True
    return not (town(one.location) and town(other.location))


def _same_event(one: Event, other: Event, this_year: str | None) -> bool:
    if (one.type, one.polarity) != (other.type, other.polarity):
        return False
    if (one.modality == "proposed") != (other.modality == "proposed"):
        return False  # an offer and the deal itself are two events; "will visit" and "the visit" are one
    if not _same_time(one.date, other.date, this_year) and not (one.type == "visit" and _same_stay(one, other)):
        return False
    if one.type == "meeting" and _received(one) != _received(other):
        return False  # "was received by the president" and the talks or session of the day: two meetings
    if one.type == "meeting" and {one.modality, other.modality} == {"asserted", "planned"}:
        if one.date != other.date or not one.date:
            return False  # "A and B met on Thursday ... they agreed to meet again": two meetings, dated or not
    if one.type == "meeting" and (_apart_from_group(one, other) or _apart_from_group(other, one)):
        return False
    if _same_party(one.source, other.source) and _same_party(one.target, other.target):
        return True
    if _pledges_in_return(one, other):
        return False
    return one.type in SYMMETRIC and _same_party(one.source, other.target) and _same_party(one.target, other.source)


same_event = _same_event  # for the passes that follow a report into the event it merged into


ONE_SIDED = {"support.verb", "agree.verb"}
APART = word_list("separate_modifiers") | word_list("separately_words")


def _apart_from_group(group: Event, pair: Event) -> bool:
    """ "The ministers of A, B and C met in P ... A's minister also held separate talks with B's": a meeting of
    two, told in another sentence as held apart, is not the meeting of the whole group (rule
    distinct.apart_from_group)."""
    if ".group" not in (group.rule or "") or ".group" in (pair.rule or ""):
        return False
    if group.evidence.sentence == pair.evidence.sentence:
        return False
    words = {w.strip(".,;:'\"").lower() for w in pair.evidence.sentence.split()}
    return bool(words & APART)


def _received(event: Event) -> bool:
    return (event.rule or "").startswith("received_by.")


def _pledges_in_return(one: Event, other: Event) -> bool:
    """ "A agreed to send B its troops ... In return, B pledged to open its ports to A": each side's own pledge, told
    with its own subject, is an act of its own; two tellings of one agreement are not both one-sided gifts."""
    return (
        one.type == other.type == "cooperation"
        and {one.rule, other.rule} <= ONE_SIDED
        and "support.verb" in (one.rule, other.rule)
        and not _same_party(one.source, other.source)
    )


STAY_DAYS = 3


def _same_stay(one: Event, other: Event) -> bool:
    """Two days of one trip: "arrived in Maputo on Wednesday", "at the end of his two-day visit" (told of Thursday)."""
    if one.modality != "asserted" or other.modality != "asserted" or not one.date or not other.date:
        return False
    if len(one.date) != 10 or len(other.date) != 10:
        return False
    return abs((date.fromisoformat(one.date) - date.fromisoformat(other.date)).days) <= STAY_DAYS


def _same_party(one: Actor | None, other: Actor | None) -> bool:
    if one is None or other is None:
        return one is None and other is None
    if one == other or (one.name == other.name and one.kind == other.kind):
        return True
    if one.kind == "country" or other.kind == "country":
        return bool(one.country) and one.country == other.country
    return False


def _same_time(one: str | None, other: str | None, this_year: str | None = None) -> bool:
    """Dates that may name the same day: one within the other ("2025-03" and "2025-03-14"), or one unknown.
    A background paragraph's "visited in 2019" is another visit than today's, dated or not."""
    if not one or not other:
        known = one or other
        return not (known and this_year and len(known) == 4 and known != this_year)
    return one.startswith(other) or other.startswith(one)


def actor_key(actor: Actor | None):
    """What an actor counts as when reports are compared: its country, or its name when it has none."""
    if actor is None:
        return None
    return actor.country or actor.name.lower()
