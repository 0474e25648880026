"""The passes over the events of an article, after the readers: each mends what one sentence alone cannot tell.

They run in the order of the lists below, and the order matters: the sentence passes see the events of one
sentence before any other is added; a date is shared (occasion_dates) before a condemned act is traced to its
author (authors_of_acts) or, failing that, to an earlier event (resolve_condemned) and before the host's country is given to the people met (hosts_country);
`distinct` comes last, as it merges reports that the others have completed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..lexicon import word_list
from ..model import Actor, Event
from ..nlp import is_dateline_dash
from .act_authors import author_of_act
from .attributes import GATHERINGS, governors, named_venue, place_in, venue
from .dateline import dateline_day, title_case
from .distinct import actor_key, distinct_events, same_event
from .memo import WordHashes, doc_hashes, kids, sent_of, sentences, span_text, word_hashes, word_table
from .mentions import serves_stateless_body
from .readers.frames import SYMMETRIC
from .roles import Resolver


@dataclass(frozen=True)
class ArticleContext:
    """What the passes know of the article besides its events: its date, and its parse through the resolver."""

    published: date | None = None
    resolver: Resolver | None = None


Pass = Callable[[list[Event], ArticleContext], list[Event]]
VISIT_NOUNS = word_list("visit_nouns")
SPEECH_NOUNS = word_list("speech_nouns")
OFFICIAL_NOUNS = word_list("non_title_officials")
COUNTERPARTS = word_list("counterpart_nouns")
COUNTRY_NOUNS = ("country", "nation", "state", "government")
LEADER_WORDS = ("leader",)  # "the leaders of A and B": any office, not one to look for
PLACE_PREPOSITIONS = ("in", "at", "to", "from", "into", "near", "inside", "outside", "across", "via", "around")
HOSTED_TYPES = ("meeting", "cooperation", "visit")


def without_vague_twins(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "condemned the attack, blaming X-backed militias": the condemnation without a target is the same
    statement as the one with it, so it goes. Per sentence, as only there are the two readings of one statement."""
    aimed = {actor_key(e.source) for e in events if e.type == "condemnation" and e.target is not None}
    return [e for e in events if not (e.type == "condemnation" and e.target is None and actor_key(e.source) in aimed)]


def share_visit_place(events: list[Event], article: ArticleContext) -> list[Event]:
    """Talks or a statement in the sentence that reports a visit happened where the visit went: the visit's
    reader finds the destination, the talks' reader rarely a place. Per sentence, before other sentences' visits
    are in the list."""
    visits = [e for e in events if e.type == "visit" and e.location and e.polarity == "positive"]
    for event in events:
        if event.location or event.type == "visit" or event.remote:
            continue
        for visit in visits:
            if visit.source == event.source and not _other_time(event, visit, article.published):
                event.location = visit.location
                break
    return events


def _other_time(event: Event, visit: Event, published: date | None) -> bool:
    """ "on his first trip to P since A and B agreed in March to restore ties": an event of the story's past told in
    the sentence of the visit did not happen on it."""
    return _background(event, published) and not _background(visit, published)


def share_call(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "held a phone call on Friday about the new port and agreed that ...": what the parties of a call
    discussed or agreed in its sentence was done on the call, which took place nowhere (SCHEMA). Per sentence."""
    calls = [e for e in events if e.remote]
    for event in events:
        if event.remote or event.type not in ("meeting", "cooperation") or event.location:
            continue
        if any(_countries(c) & _countries(event) and c.modality == event.modality for c in calls):
            event.remote = True
    return events


def occasion_dates(events: list[Event], article: ArticleContext, reach: int = 3) -> list[Event]:
    """An asserted or proposed event told without a date, shortly after a dated one it shares an actor with, took
    place then
    ("signed on Monday ... The two ministers also held talks"): a sentence rarely repeats the date. Not after an
    arrival, which is often the eve of the talks ("arrived on Friday on a two-day visit ... The two sides
    condemned"); a visit told again takes it. Before `distinct`, so that the dated reports merge as one event."""
    for i, event in enumerate(events):
        if event.date or event.modality not in ("asserted", "proposed") or _dateless(event, article):
            continue
        # of the events shortly before that share an actor, the one with most of its parties, then the nearest:
        # "A and B held talks on Monday. C signed a deal with B in 2021. A and B also agreed": Monday's
        best, shared = None, 0
        for earlier in reversed(events[max(0, i - reach) : i]):
            if earlier.type == "visit" and event.type != "visit":
                continue
            common = len(_parties(earlier) & _parties(event) - {None})
            if earlier.date and earlier.modality == "asserted" and common > shared:
                best, shared = earlier, common
        if best is not None:
            event.date = best.date
    return events


def story_dates(events: list[Event], article: ArticleContext, days: int = 7) -> list[Event]:
    """An asserted or proposed event still without a date (an offer is dated by the talks it was made at), of
    parties a dated event of the article also has, took place with it: the nearest such event, of the same type if there is one ("X, Y and Z have
    agreed ... The deal was struck on Tuesday"). Only days of the week before publication: a background
    event of another year dates nothing. Talks and deals are not dated by an arrival alone, which is often the
    eve of the talks ("flew in on Thursday evening ... sat down only on Friday"); what was said during a trip
    is."""
    published = article.published
    dated = [
        (i, e)
        for i, e in enumerate(events)
        if e.date
        and len(e.date) == 10
        and e.modality == "asserted"
        and (published is None or 0 <= (published - date.fromisoformat(e.date)).days <= days)
    ]
    offers = [
        (i, e)
        for i, e in enumerate(events)
        if e.modality == "proposed"
        and e.date
        and len(e.date) == 10
        and (published is None or 0 <= (published - date.fromisoformat(e.date)).days <= days)
    ]
    for i, event in enumerate(events):
        if event.date or event.modality not in ("asserted", "proposed") or _dateless(event, article):
            continue
        shared = [(j, e) for j, e in dated if _countries(e) & _countries(event)]
        same = [(j, e) for j, e in shared if e.type == event.type]
        held = [(j, e) for j, e in shared if e.type != "visit"]
        chosen = same or held or (shared if event.type in ("visit", "condemnation") else [])
        if not chosen and event.type == "meeting" and event.modality == "asserted":
            chosen = [(j, e) for j, e in offers if _countries(e) & _countries(event)]  # "said on Wednesday that
            # Moscow is ready to expand cooperation ... made the remarks during talks with B": the talks of that day
        if chosen:
            event.date = min(chosen, key=lambda pair: abs(pair[0] - i))[1].date
    return events


def lead_dates(events: list[Event], article: ArticleContext, days: int = 7) -> list[Event]:
    """An asserted or proposed event still without a date took place on the day of the article's first dated event, when
    that is a day of the week before publication: the news of the day, which the sentences after the lead do
    not repeat. A background event is told with its own date ("agreed in March") and keeps it."""
    published = article.published
    lead = next((e for e in events if e.date and e.modality == "asserted"), None)
    if lead is None or len(lead.date) != 10:
        return events
    if published is not None and not 0 <= (published - date.fromisoformat(lead.date)).days <= days:
        return events
    for event in events:
        if not event.date and event.modality in ("asserted", "proposed") and event.type != "condemnation":
            if not _dateless(event, article):
                event.date = lead.date
    return events


def planned_days(events: list[Event], article: ArticleContext) -> list[Event]:
    """A plan told with only its month ("postponed a state visit planned for next month") is the one another
    sentence gives a day of, for the same parties and within that month ("had been due in P on
    May 4"). Not a plan told with no date at all, which may be another report that `distinct` merges; but talks
    or a deal planned with no date between the parties of a dated planned visit are held on it ("will visit
    Q on October 18-19 ... During the talks, ...")."""
    days = [e for e in events if e.modality == "planned" and e.date and len(e.date) == 10]
    trips = [e for e in events if e.type == "visit" and e.modality == "planned" and e.date and e.polarity == "positive"]
    for event in events:
        if event.modality == "planned" and not event.date and event.type in ("meeting", "cooperation"):
            event.date = next((t.date for t in trips if _countries(event) and _countries(event) <= _countries(t)), None)
            continue  # "A will pay a visit to B on October 18-19 ... During the talks, the ministers plan to ..."
        if event.modality != "planned" or not event.date or len(event.date) != 7:
            continue
        same = [
            e
            for e in days
            if e.type == event.type and _countries(e) & _countries(event) and e.date.startswith(event.date)
        ]
        if same:
            event.date = same[0].date
    return events


def dateline_dates(events: list[Event], article: ArticleContext) -> list[Event]:
    """An asserted or proposed event still without a day, in an article whose dateline dates it ("Elmtown, 18 August - The
    two ministers signed ..."), happened that day: the dateline is a date of the text. Not a condemnation, a
    statement whose day the filing of the report does not tell ("ELMTOWN, May 3 - The ministry condemned ...": it
    may have been said the day before; SCHEMA: no date in the text, null). After story_dates,
    which dates events by the days their own story gives, and after dateline_places, as a day taken from the
    dateline does not make talks abroad the news of the dateline's place."""
    resolver = article.resolver
    if resolver is None or all(e.date or e.modality not in ("asserted", "proposed") for e in events):
        return events
    day = dateline_day(resolver.doc, resolver.gazetteer, article.published, line=resolver.found.line)
    if day is None:
        return events
    for event in events:
        if event.type == "condemnation":
            continue
        if not event.date and event.modality in ("asserted", "proposed") and not _dateless(event, article):
            event.date = day.isoformat()
    return events


def _dateless(event: Event, article: ArticleContext) -> bool:
    """An event no day of the story dates: a visit told as going on, or one offered or wished for ("invited B to
    visit", "hopes to visit"), which the day of the offer does not date."""
    return (event.type == "visit" and event.modality == "proposed") or _ongoing(event, article)


def _ongoing(event: Event, article: ArticleContext) -> bool:
    """A visit told as going on ("is in P on a two-day visit", "who is on an official visit to X"): it
    spans days, and no day of the story dates it."""
    resolver = article.resolver
    if event.type != "visit" or resolver is None or event.evidence.trigger_start is None:
        return False
    span = resolver.doc.char_span(event.evidence.trigger_start, event.evidence.trigger_end)
    if span is None:
        return False
    word = span[0]
    for _ in range(3):
        if word.lemma_ == "be" and word.tag_ in ("VBZ", "VBP"):
            return True
        if word.dep_ not in ("pobj", "prep", "attr") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _parties(event: Event) -> set:
    return {actor_key(event.source), actor_key(event.target)}


def resolve_condemned(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "denounced the attack", "condemned the trip": the thing named before, and who it is laid at; the
    sentence of the condemnation does not say. Needs the events of earlier sentences, so it runs per article, after
    authors_of_acts."""
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
    return events


def _echoed_target(event: Event, earlier: list[Event]) -> Actor | None:
    for other in reversed(earlier):
        if (
            other.type == "condemnation"
            and other.target is not None
            and actor_key(other.target) != actor_key(event.source)
        ):
            return other.target
    return None


def hosts_country(events: list[Event], article: ArticleContext) -> list[Event]:
    """A person met during a visit, whose country the text does not give, serves the country visited: the
    sentence of the meeting does not say, the visit told in the article does. After resolve_condemned, before
    `distinct`, which compares the parties' countries."""
    visited = {}
    for event in events:
        if event.type == "visit" and event.target and event.target.country and event.polarity == "positive":
            visited.setdefault(actor_key(event.source), event.target.country)
    for event in events:
        if event.type not in HOSTED_TYPES or event.target is None:
            continue
        host = visited.get(actor_key(event.source))
        target = event.target
        if (
            host
            and target.kind == "person"
            and not target.country
            and host != event.source.country
            and not _serves_a_body(target, article)
        ):
            event.target = Actor(target.name, target.kind, host, target.role)
        source, host = event.source, visited.get(actor_key(event.target))
        if (
            event.type in SYMMETRIC
            and host
            and source.kind == "person"
            and not source.country
            and host != event.target.country
            and not _serves_a_body(source, article)
        ):  # "where the prime minister and I agreed": either side
            event.source = Actor(source.name, source.kind, host, source.role)
    return events


def _serves_a_body(person: Actor, article: ArticleContext) -> bool:
    """ "N. N., head of the Houthis' political council", "UN envoy N. N.": a person named beside a stateless body
    (an international one, an armed group) serves it, not the country they were met in."""
    resolver = article.resolver
    if resolver is None:
        return False
    return serves_stateless_body(resolver.doc, resolver.found, person)


def authors_of_acts(events: list[Event], article: ArticleContext) -> list[Event]:
    """A condemnation of an act with no target yet ("denounced the raid") is aimed at the doer of the act as told
    earlier in the article (act_authors.py); "issued similar condemnations" takes the target of the one told before.
    Before resolve_condemned, which borrows the target of an earlier condemnation only where no author of the act
    is told; it needs the parse, so it runs only where the resolver is given."""
    resolver = article.resolver
    if resolver is None:
        return events
    for i, event in enumerate(events):
        if event.type == "condemnation" and event.target is None and event.rule == "condemn.noun.echoed":
            event.target = _echoed_target(event, events[:i])  # "X issued a similar condemnation"
            continue
        if event.type != "condemnation" or event.target is not None or event.evidence.trigger_start is None:
            continue
        span = resolver.doc.char_span(event.evidence.trigger_start, event.evidence.trigger_end)
        if span is not None:
            event.target = author_of_act(span[0], event.source, resolver, resolver.lexicon)
    return events


def dateline_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """Talks, signings and visits told with no place happened where the article was filed, when a party (for a
    visit, the host) is of the dateline's country ("HAVANA - ... the consultations were held today"), or, for
    talks and signings, when they are the news of the day ("GENEVA - ... met ... on Monday"). A sentence rarely
    repeats the place its dateline gave; condemnations are left alone, as one condemns from anywhere. Not the
    talks and deals of the dateline's side when the article tells that side's trip to a named place abroad ("P -
    A and B agreed ... A flew to Q"): told from home, done abroad, where occasion_places puts them."""
    token, country = article.resolver.dateline() if article.resolver is not None else (None, None)
    if token is None:
        return events
    abroad = any(
        e.type == "visit"
        and e.polarity == "positive"
        and e.modality == "asserted"
        and e.source.country == country.country
        and e.target is not None
        and e.target.country not in (None, country.country)
        and not _background(e, article.published)
        and _within(e.location, article)
        for e in events
    ) or any(_met_abroad(e, country.country, article) for e in events)
    visited = {  # "NICOSIA - A met visiting B of Y, X radio reported": a visit to X, told from elsewhere
        frozenset((e.source.country, e.target.country))
        for e in events
        if e.type == "visit"
        and e.polarity == "positive"
        and e.target is not None
        and e.target.country not in (None, country.country)
        and e.source.country != country.country
    }
    for event in events:
        if event.location or event.type == "condemnation" or event.modality != "asserted" or event.remote:
            continue
        if _background(event, article.published):
            continue
        if abroad and event.type != "visit" and country.country in _countries(event):
            continue
        if event.type != "visit" and event.target is not None and frozenset(_countries(event)) in visited:
            continue  # the talks of a visitor and the host abroad are where the visit was, not where it was filed
        target = event.target.country if event.target else None
        parties = (target,) if event.type == "visit" else (event.source.country, target)
        if country.country in parties or (event.type != "visit" and _fresh(event, article.published)):
            event.location = _venue_before(event, article.resolver) or _dateline_text(token)
    return events


def _venue_before(event: Event, resolver) -> str | None:
    """ "P - A was welcomed by B at the Amber Palace on Monday. After their talks, the two signed ...": talks and
    deals told with no place, right after a sentence that puts both of their people in a named building, were held
    there, the most specific place (SCHEMA), not only in the dateline's town. Not for a visit (the town visited)."""
    if event.type == "visit" or event.evidence.trigger_start is None:
        return None
    people = [a.name.split()[-1] for a in (event.source, event.target) if a is not None and a.kind == "person"]
    if len(people) != 2:
        return None
    span = resolver.doc.char_span(event.evidence.trigger_start, event.evidence.trigger_end)
    if span is None:
        return None
    sentence = sent_of(span[0])
    if sentence.start == 0:
        return None
    before = sent_of(resolver.doc[sentence.start - 1])
    text = span_text(before)
    if not all(name in text for name in people):
        return None
    return named_venue(before.root, resolver.found)


def _met_abroad(event: Event, home: str, article: ArticleContext) -> bool:
    """ "P - A's minister met her counterpart in Q on Thursday": talks of the dateline's side placed in a town of
    another country, told from home."""
    place = article.resolver.gazetteer.place(event.location) if event.location and article.resolver else None
    return (
        event.type in ("meeting", "cooperation")
        and _placeable(event, article.published)
        and event.polarity == "positive"
        and home in _countries(event)
        and _within(event.location, article)
        and place is not None
        and place.code not in (None, home)
    )


HELD_VERBS = word_list("held_verbs")
HELD_OCCASIONS = word_list("held_occasions")
TO_COME = word_list("future_auxiliaries") | {"to"}
_HELD_LEMMAS = WordHashes(HELD_VERBS)
_HELD_OCCASIONS = word_hashes(HELD_OCCASIONS)


def held_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "The talks were held at the Amber Palace", "the meeting took place in Q": a sentence that tells where the
    article's talks (the definite "the talks") were held places its talks and deals that have no place yet, or
    only the city or country that a building named so stands in. Not a call, nor the story's past."""
    resolver = article.resolver
    if resolver is None or not any(_placeable(e, article.published) or _planned(e) for e in events):
        return events
    place, named, planned = _held_at(resolver)
    if place is None:
        return events
    gazetteer = resolver.gazetteer
    for event in events:
        if event.type not in ("meeting", "cooperation"):
            continue
        if not (_planned(event) if planned else _placeable(event, article.published)):
            continue
        if event.location is None or (named and not _building(event.location, gazetteer)):
            event.location = place
    return events


NAMED_VENUE_HEADS = word_list("named_venue_heads")
SIGNATURE_VERBS = word_list("signature_verbs")
SIGNATURE_NOUNS = word_list("signature_nouns")
_SIGNATURE_LEMMAS = WordHashes(SIGNATURE_VERBS)


def signature_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "A and B signed the accord in P on Monday. The two presidents put their names to the document at the Amber
    Palace": the signing told again, by the hands that signed, in a named building, took place there, the most
    specific place (SCHEMA). It places the deals told before it with no place yet or only a town or country."""
    resolver = article.resolver
    if resolver is None or not any(e.type == "cooperation" and _placeable(e, article.published) for e in events):
        return events
    doc = resolver.doc
    for i in _SIGNATURE_LEMMAS.rows(word_table(doc)[:, :1]):
        verb = doc[int(i)]
        signatures = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SIGNATURE_NOUNS]
        texts = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
        if not signatures or not texts:
            continue
        place = named_venue(texts[0], resolver.found, in_too=True)  # the parse hangs the place on the verb or the text
        if place is None:
            continue
        for event in events:
            start = event.evidence.trigger_start
            if event.type != "cooperation" or not _placeable(event, article.published) or start is None:
                continue
            if start < verb.idx and not _named_building(event.location, resolver.gazetteer):
                event.location = place
        break
    return events


def _named_building(location: str | None, gazetteer) -> bool:
    """A place written as a building ("the Amber Palace", "Kessler Air Force Base") or a seat of power the gazetteer
    knows ("the Kremlin"); not a town, even one the gazetteer lacks."""
    if not location:
        return False
    place = gazetteer.place(location)
    return place.kind == "seat" if place is not None else location.split()[-1].lower() in NAMED_VENUE_HEADS


def building_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """Talks and deals of the same parties on the same day took place in one building: one placed only in the city
    or country (by the dateline, "signed in P") is placed in the named building where the other was ("met at the
    Amber Palace"), when the article names only one for them. Only buildings the gazetteer does not know as seats
    of power, whose names also stand for governments."""
    resolver = article.resolver
    if resolver is None:
        return events
    gazetteer = resolver.gazetteer
    held = [
        e
        for e in events
        if e.type in ("meeting", "cooperation")
        and _placeable(e, article.published)
        and e.location
        and e.date
        and gazetteer.place(e.location) is None
    ]
    if not held:
        return events
    for event in events:
        if event.type not in ("meeting", "cooperation") or not _placeable(event, article.published):
            continue
        if not event.location or _named_building(event.location, gazetteer):
            continue  # a seat of power ("at the Kremlin") is kept, as the name may stand for the government
        buildings = {e.location for e in held if e.date == event.date and _countries(e) == _countries(event)}
        buildings.discard(event.location)  # "DAYTON, Ohio - ... talks at an air base here": a town the gazetteer lacks
        if len(buildings) == 1:
            event.location = buildings.pop()
    return events


def _building(location: str, gazetteer) -> bool:
    """A place that is no town, region or country the gazetteer knows: a building or site ("the Amber Palace"),
    or a seat of power it knows ("the Kremlin")."""
    place = gazetteer.place(location)
    return place is None or place.kind == "seat"


def _planned(event: Event) -> bool:
    return event.modality == "planned" and event.polarity == "positive" and not event.remote


def _held_at(resolver) -> tuple[str | None, bool, bool]:
    """The place of the first sentence saying where "the talks" were held ("The meeting, to be held in P, ..."), whether it
    is a named building, and whether the talks are still to be held (then it places the planned ones)."""
    doc = resolver.doc
    words = doc_hashes(doc)
    if _HELD_OCCASIONS.isdisjoint(words) or _HELD_LEMMAS.hashes.isdisjoint(words):
        return None, False, False  # no talks, or no verb telling where they were held
    for i in _HELD_LEMMAS.rows(word_table(doc)[:, :1]):
        verb = doc[int(i)]
        if verb.lemma_ == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
            continue
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "The talks, held at the Amber Palace, ..."
        if verb.lemma_ != "take" and not participle and not any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "the talks were held / hosted in P", not "A held talks in P"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("relcl", "acl"):
            subjects = [verb.head]  # "The meeting, to be held in P, will ..."
        if not any(
            (c.lower_ in HELD_OCCASIONS or c.lemma_.lower() in HELD_OCCASIONS)
            and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "their") for d in c.children)
            for c in subjects
        ):  # "the talks", "their meeting": those the article told
            continue
        named = named_venue(verb, resolver.found)
        place = named or venue(verb, resolver.found, set()) or _town_in(verb, resolver.found)
        if place:
            to_come = any(c.dep_ == "aux" and c.lower_ in TO_COME for c in verb.children)
            return place, bool(named), to_come
    return None, False, False


def _town_in(verb, found) -> str | None:
    """ "The talks were held behind closed doors in P": a town "in" or "at" anywhere after the verb, however low
    the parse hangs it, as the sentence tells only where the talks were held."""
    for word in verb.subtree:
        mention = found.at(word.i) if word.i > verb.i and word.dep_ == "pobj" else None
        if mention is not None and mention.place and word.head.lower_ in ("in", "at"):
            if mention.kind == "place" or (mention.actor is not None and mention.place != mention.actor.name):
                return mention.place
    return None


def _within(location: str | None, article: ArticleContext) -> bool:
    """A place the gazetteer knows inside a country, not the country itself ("landed in P", not "to visit X")."""
    place = article.resolver.gazetteer.place(location) if location and article.resolver is not None else None
    return place is not None and place.kind not in COUNTRY_FORMS and place.kind != "demonym"


def gathering_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """A condemnation told with no place, made at a gathering its clause names ("addressing the assembly, the
    minister denounced ...", "the summit ended in a row when A accused B", "the assembly voted
    to condemn"), was made where the gathering met: the place the text gives it ("the summit in P"), else
    the dateline's. Not a home occasion named by a common noun ("a news conference", "a cabinet session"); other
    condemnations stay without a place, as one condemns from anywhere."""
    resolver = article.resolver
    if resolver is None:
        return events
    doc, found = resolver.doc, resolver.found
    for event in events:
        if event.type != "condemnation" or event.location or event.evidence.trigger_start is None:
            continue
        span = doc.char_span(event.evidence.trigger_start, event.evidence.trigger_end)
        gathering = _gathering_at(span[0]) if span is not None else None
        if gathering is None:
            continue
        place = venue(gathering, found, set())
        if place is None:
            token, _ = resolver.dateline()
            place = _dateline_text(token) if token is not None else None
        event.location = place
    return events


SPEAKING_OCCASIONS = word_list("speaking_occasions")
OCCASION_VERBS = word_list("occasion_verbs")


def speaking_places(events: list[Event], article: ArticleContext, reach: int = 2) -> list[Event]:
    """ "N announced at a press conference in P ... Reading a statement, N accused B", "A told reporters in P that
    ...", "speaking in P, N denounced", "the bloc did likewise in a communique sent out from its head office in P": a
    condemnation told with no place was made where its speaker was when speaking, when the text names that occasion and its
    place, in the condemnation's sentence or in one of the sentences before it that the same speaker's words
    continue; another occasion of speaking, or one of another speaker, ends the search. Not the dateline."""
    resolver = article.resolver
    if resolver is None:
        return events
    doc, found = resolver.doc, resolver.found
    sents = sentences(doc) if any(e.type == "condemnation" and not e.location for e in events) else []
    starts = [s.start for s in sents]
    for event in events:
        start = event.evidence.trigger_start
        if event.type != "condemnation" or event.location or event.remote or start is None:
            continue
        span = doc.char_span(start, event.evidence.trigger_end)
        if span is None:
            continue
        n = bisect_right(starts, span[0].i) - 1
        after = _occasions(sents[n + 1], found, progressive=True) if n + 1 < len(sents) else []
        mine = [
            place for place, speaker in after if speaker is None or _same_speaker(speaker, event.source, found, True)
        ]
        if mine:  # "A condemned B ... He was speaking in P after talks", "... The remarks came at a briefing in P"
            event.location = mine[0]
            continue
        for sent in sents[max(0, n - reach) : n + 1][::-1]:
            occasions = _occasions(sent, found)
            if not occasions:
                continue
            mine = [
                place for place, speaker in occasions if _same_speaker(speaker, event.source, found, sent is sents[n])
            ]
            if mine:
                event.location = mine[0]
            break
    return events


def _occasions(sent, found, progressive: bool = False) -> list:
    """The places of speaking a sentence names, each with its speaker's token: "at a press conference in P",
    "told reporters in P", "addressed the assembly in P", "a statement issued in P by N", "from its headquarters in
    P", "in a speech at the university in P", "N, in P for talks, ..."; with progressive=True only "N was speaking in
    P" or "the remarks came at a briefing in P", which tell where the words before them were said."""
    out = []
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        place = next((place_in(o, found) for o in kids(prep) if o.dep_ == "pobj"), None)
        if not place:
            continue
        head = prep.head
        subject = head.head if head.dep_ == "prep" else head  # the parse may hang "in P" on "for talks"
        if (
            not progressive
            and subject.dep_ == "nsubj"
            and prep.lower_ == "in"
            and prep.i > 0
            and sent.doc[prep.i - 1].lower_ == ","
        ):
            out.append((place, subject))  # "N, in P for talks, condemned B": where the subject was
            continue
        for _ in range(2):  # "issued from its headquarters in P", "in a speech at the university in P"
            if head.dep_ != "pobj" or head.head.lower_ not in OCCASION_PREPS or _occasion(head):
                break
            head = head.head.head
        if head.dep_ == "dobj" and head.head.lemma_.lower() in OCCASION_VERBS and not _occasion(head):
            head = head.head  # "told a rally in P", "addressed the council in P"
        if not _occasion(head):
            continue
        speaker = _speaker(head)
        if progressive and (speaker is not None and speaker.lemma_.lower() in TOLD_WORDS or _made_words(head)):
            out.append((place, None))  # "His remarks came at a news conference in P", "He made the comments in P"
            continue
        if progressive and not (head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids(head))):
            continue
        if speaker is not None:
            out.append((place, speaker))
    return out


OCCASION_PREPS = ("at", "from", "after", "to", "before")
TOLD_WORDS = ("remark", "comment", "statement", "word")


def _made_words(word) -> bool:
    """ "He made the comments during a speech in P": the clause of the occasion has the words said as its object."""
    while word.pos_ != "VERB" and word.head.i != word.i:
        word = word.head
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TOLD_WORDS for c in kids(word))


def _occasion(word) -> bool:
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and lemma in SPEAKING_OCCASIONS or word.pos_ == "VERB" and lemma in OCCASION_VERBS


def _speaker(word):
    """Who spoke on the occasion: the subject of the clause the occasion hangs on, or the agent of a text issued;
    a name just before a verb of speaking the parse left with no subject ("..., Minister N. N. announced at ...")."""
    while word.pos_ != "VERB" and word.head.i != word.i:
        word = word.head
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and not any(c.dep_ == "nsubj" for c in kids(word)):
        return before
    for _ in range(6):
        for child in kids(word):
            if child.dep_ == "agent":
                return next((o for o in kids(child) if o.dep_ == "pobj"), None)
            if child.dep_ == "nsubj":
                return child
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def _same_speaker(speaker, source: Actor, found, own_sentence: bool) -> bool:
    """The occasion's speaker is the condemnation's: the same actor or one who speaks for the country condemning, or a
    pronoun in the condemnation's sentence."""
    if speaker.pos_ == "PRON":  # "He told reporters in P that ... He also accused B"
        return own_sentence or source.kind == "person" and speaker.lower_ in ("he", "she")
    mention = found.at(speaker.i)
    if mention is not None and mention.actor is not None:  # "N. N. told reporters in P ... Her country condemned B"
        return mention.actor.name == source.name or source.kind == "country" and mention.actor.country == source.country
    last = source.name.split()[-1].lower()
    preps = {t.i for c in kids(speaker) if c.dep_ == "prep" for t in c.subtree}  # not "the envoy to X"
    for word in speaker.subtree:  # "X's ambassador told the council in P", "X's minister, N. N., told ..."
        if word.i in preps:
            continue
        mention = found.at(word.i)
        if (
            word.lower_ == last
            or mention is not None
            and mention.actor is not None
            and mention.actor.name == source.name
        ):
            return True
    return False


REPLY_VERBS = word_list("reply_verbs")


def reply_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "A accused B at the summit in P on Saturday. B shot back, calling A a liar": a condemnation told as the reply
    to one the article placed, on the same day, was made in the same place, where both speakers were."""
    resolver = article.resolver
    if resolver is None:
        return events
    placed = [e for e in events if e.type == "condemnation" and e.location and e.evidence.trigger_start is not None]
    if not placed:
        return events
    for event in events:
        start = event.evidence.trigger_start
        if event.type != "condemnation" or event.location or start is None or not event.date:
            continue
        span = resolver.doc.char_span(start, event.evidence.trigger_end)
        if span is None or not _replies(span[0]):
            continue
        before = [e for e in placed if e.evidence.trigger_start < start and e.date == event.date]
        if before and before[-1].source.name != event.source.name:
            event.location = before[-1].location
    return events


def _replies(token) -> bool:
    """Whether the trigger's clause is told as a reply: "shot back, calling A a liar", "countered ... and accused A"."""
    for word in [*governors(token), *(w.head for w in governors(token) if w.dep_ == "conj")]:
        lemma = word.lemma_.lower()
        back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids(word))
        if lemma in REPLY_VERBS or back and f"{lemma} back" in REPLY_VERBS:
            return True
    return False


HOSTING_VERBS = word_list("hosting_verbs")
SIDELINES = word_list("sideline_nouns")


def host_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """ "C renewed an offer to host a meeting between A and B", "C is ready to host talks between A and B": talks a
    third party offers or plans to host, told with no place, are to be held in the host's country."""
    resolver = article.resolver
    if resolver is None:
        return events
    for event in events:
        start = event.evidence.trigger_start
        if event.type != "meeting" or event.location or event.remote or event.modality == "asserted" or start is None:
            continue
        if event.polarity != "positive":
            continue  # "rejected a US offer to host a summit": to be held nowhere
        span = resolver.doc.char_span(start, event.evidence.trigger_end)
        verb = span[0].head if span is not None and span[0].dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in HOSTING_VERBS:
            continue
        if any(o.lower_ in SIDELINES for w in (span[0], verb) for p in kids(w) if p.dep_ == "prep" for o in kids(p)):
            continue  # "to host a meeting on the sidelines of the summit": where the summit is, told or not
        code = _host_country(verb, resolver)
        if code:
            host = resolver.country(code)
            event.location = host.name if host is not None else None
    return events


def _host_country(verb, resolver) -> str | None:
    """The country of the subject of a hosting verb or of the words it hangs from ("C offered to host", "an offer
    by C to host", "C was ready to host")."""
    for word in governors(verb):
        noun = word.pos_ in ("NOUN", "PROPN")
        for child in kids(word):
            if child.dep_ in (("poss", "compound", "amod") if noun else ("nsubj", "nsubjpass")):
                mention = resolver.found.at(child.i)
                if mention is not None and mention.kind in ("country", "person", "demonym"):
                    actor = mention.actor
                    return (actor.country if actor is not None else None) or mention.code
        if noun and any(c.dep_ in ("poss", "compound", "amod") and resolver.found.at(c.i) for c in kids(word)):
            return None  # "a Ruritanian offer", "C's offer": the offer's owner, not whoever took it up
    return None


def trip_statements(events: list[Event], article: ArticleContext) -> list[Event]:
    """A condemnation made by a party on the day of its talks or visit that the text places ("arrived in P on
    Thursday ... In his address, A described B as oppressive", "the two sides, who signed six accords in P on
    Wednesday, condemned the attack") was made there: a visitor or a negotiator speaks where they are. Not a
    condemnation of another day, nor one of a party that stayed at home while its envoy travelled. So is an offer
    one side made the other on the day of their talks (_offered_at), and a condemnation both parties of the talks
    made together (_joint_at)."""
    placed = [
        e
        for e in events
        if e.type in HOSTED_TYPES
        and _placeable(e, article.published)
        and e.location
        and e.polarity == "positive"
        and e.date
        and len(e.date) == 10
    ]
    if not placed:
        return events
    for event in events:
        if event.type in ("meeting", "cooperation") and event.modality == "proposed" and not event.location:
            event.location = _offered_at(event, placed)  # "expressed its readiness to increase transit"
            continue
        if event.type != "condemnation" or event.location or not event.date or event.modality != "asserted":
            continue
        if event.source.kind == "country":
            event.location = _joint_at(event, events, placed)  # "the two sides condemned the attack"
            continue  # "Russia accused B": its government, wherever its envoy was
        for other in placed:
            parties = [other.source] if other.type == "visit" else [other.source, other.target]
            if other.date == event.date and any(p is not None and p.name == event.source.name for p in parties):
                event.location = other.location
                break
    return events


def _joint_at(event: Event, events: list[Event], placed: list[Event]) -> str | None:
    """ "The two sides strongly condemned the attack": a condemnation both parties of the day's talks made in one
    statement (one trigger, one event per party) was made where they met."""
    trigger = event.evidence.trigger_start
    if trigger is None:
        return None
    joint = {
        e.source.country
        for e in events
        if e.type == "condemnation" and e.evidence.trigger_start == trigger and e.date == event.date
    }
    if len(joint) < 2:
        return None
    for other in placed:
        if other.type != "visit" and other.date == event.date and _countries(other) == joint:
            return other.location
    return None


def _offered_at(event: Event, placed: list[Event]) -> str | None:
    """An offer made by one side to the other on the day of their talks ("At the consultations in P on Monday, the
    Kazakh side expressed its readiness to ..."): made at the talks, where they were held."""
    if not event.date or event.remote or event.polarity != "positive":
        return None
    for other in placed:
        if other.type == "meeting" and other.date == event.date and _countries(other) == _countries(event):
            return other.location
    return None


def _gathering_at(token):
    """The gathering a statement was made at: the subject of its clause, or the object of a participle that
    hangs on it ("opening the meeting", "addressing the summit"). Not "at the meeting", where the parse often
    hangs what the statement was about."""
    for word in governors(token):
        for child in kids(word):
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = [child] if child.lemma_.lower() in GATHERINGS else []
            elif child.dep_ == "advcl" and child.i != token.i:
                found = [t for t in child.subtree if t.lemma_.lower() in GATHERINGS]
            elif child.dep_ == "dobj" and word.lemma_.lower() in OCCASION_VERBS and child.i != token.i:
                found = [child] if child.lemma_.lower() in GATHERINGS else []  # "told the summit", "addressed the
                # assembly and accused B"
            elif child.dep_ == "prep" and child.lower_ in ("at", "during") and child.i == sent_of(child).start:
                found = [o for o in kids(child) if o.dep_ == "pobj" and o.lemma_.lower() in GATHERINGS]  # "At the
                # summit, A accused B"
            else:
                continue
            found = [g for g in found if not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids(g))]
            if found:
                return found[0]
    return None


def occasion_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """An article tells one occasion: talks, signings and visits it tells with no place, and not by telephone,
    happened where its first placed event did ("arrived in P on Friday ... The two leaders then met
    before the signing"). After dateline_places, which places the events of the dateline's parties."""
    published = article.published
    placed = [e for e in events if _placeable(e, published) and e.location and e.polarity == "positive"]
    for event in events:
        if _placeable(event, published) and not event.location:
            event.location = next((e.location for e in placed if _countries(e) & _countries(event)), None)
    return events


def _countries(event: Event) -> set:
    return {a.country for a in (event.source, event.target) if a is not None and a.country}


def _placeable(event: Event, published: date | None = None) -> bool:
    return (
        event.type != "condemnation"
        and event.modality == "asserted"
        and not event.remote
        and not _background(event, published)
    )


def _background(event: Event, published: date | None, days: int = 31) -> bool:
    """Dated well before publication ("agreed in May to resume ties", "met in 2019"): an event of the story's
    past, which did not happen where the news of the day did."""
    if published is None or not event.date:
        return False
    start = event.date + "-01" * ((10 - len(event.date)) // 3)
    try:
        return (published - date.fromisoformat(start)).days > days
    except ValueError:
        return False


COUNTRY_FORMS = ("name", "variant")
VENUE_PREPS = word_list("venue_preps")


def specific_places(events: list[Event], article: ArticleContext) -> list[Event]:
    """An event placed in a country ("a state visit to X") happened in the place of that country the
    article names, the most specific one (SCHEMA): its dateline's ("P - ... a visit to X"), else the first
    city or seat of that country in the text ("... had been due in Q"). After the passes that place."""
    resolver = article.resolver
    if resolver is None or not any(e.location for e in events):
        return events
    gazetteer = resolver.gazetteer
    placed = []  # the events placed in a country, and its code
    for event in events:
        place = gazetteer.place(event.location) if event.location else None
        if place is not None and place.kind in COUNTRY_FORMS and not _ongoing(event, article):
            placed.append((event, place.code))  # not "is on an official visit to X": the whole stay
    if not placed:
        return events  # then the places the text names need not be read
    token, country = resolver.dateline()
    within: dict[str, str] = {}  # a plan's towns: those the text names, not the dateline, filed from what was done
    done: dict[str, str] = {}  # the towns of what was done, not of what is to be ("to hold its next session in P")
    if token is not None:
        done[country.country] = _dateline_text(token)
    for mention in sorted(resolver.found.mentions, key=lambda m: m.start):
        place = gazetteer.place(mention.place) if mention.place else None
        if place is not None and place.kind not in COUNTRY_FORMS and place.kind != "demonym":
            prep = resolver.doc[mention.end - 1].head
            if prep.lower_ in VENUE_PREPS:  # not "P split with Q"
                within.setdefault(place.code, mention.place)
                if not _to_come(prep.head):
                    done.setdefault(place.code, mention.place)
    held = {e.location for e in events if e.modality == "asserted" and e.polarity == "positive"}
    for event, code in placed:
        towns = done if event.modality == "asserted" else within
        if code in towns:
            if event.modality != "asserted" and towns[code] in held:
                continue  # "arrived in P on Monday ... is expected to return to X in December": not P again
            event.location = towns[code]
    return events


def _to_come(word) -> bool:
    """ "agreed to hold its next session in P", "will meet in Q": told as still to come."""
    return any(c.dep_ == "aux" and c.lower_ in TO_COME for w in governors(word) for c in kids(w))


def _fresh(event: Event, published: date | None) -> bool:
    """Dated the day of publication or the day before: the news the dateline is for."""
    return (
        published is not None
        and event.date is not None
        and len(event.date) == 10
        and 0 <= (published - date.fromisoformat(event.date)).days <= 1
    )


def _dateline_text(token) -> str:
    """The dateline's place as written, all its words ("NEW DELHI -" is New Delhi), in title case if in capitals."""
    words = []
    for word in token.doc[token.i : token.i + 5]:
        joined = word.text == "-" and not word.whitespace_ and words and not words[-1].whitespace_  # "EL-SHEIKH"
        if word.text in (",", "(") or is_dateline_dash(word) or not (word.is_title or word.is_upper or joined):
            break
        words.append(word)
    text = "".join(w.text_with_ws for w in words).strip() or token.text
    return title_case(text) if text.isupper() else text


def distinct(events: list[Event], article: ArticleContext) -> list[Event]:
    """One event per document however often it is told (kg/extract/distinct.py): last, as it merges the
    events the passes before it have completed."""
    published = article.published
    town = None
    if article.resolver is not None:
        places = article.resolver.gazetteer

        def town(text: str) -> bool:
            place = places.place(text)
            return place is not None and place.kind in ("city", "capital")

    this_year = str(published.year) if published else None
    named = officials_named(events, article)
    told = list(events) if named else []
    kept = distinct_events(events, this_year, town)
    return _give_names(kept, told, named, this_year) if named else kept


def officials_named(events: list[Event], article: ArticleContext) -> dict[int, list[Actor]]:
    """ "The presidents of A, B and C initialled an agreement", "talks between the three countries' foreign
    ministers": officials of countries, named nowhere in that sentence, stand for the one person of that country
    the article names elsewhere with that title, or as the counterpart of one ("Foreign Minister N. N. ... His
    X-ian counterpart, M. M."); "A, B and C agreed" (no title) stays with the countries. The people each event's
    own sentence stands for, by the event's id: `distinct` gives them to the events kept, once merged, so that
    no event merges or parts because of a name (rule ref.officials_named_elsewhere)."""
    named: dict[int, list[Actor]] = {}
    resolver = article.resolver
    if resolver is None or not events:
        return named
    people: dict[str, list[Actor]] = {}
    for mention in resolver.found.mentions:
        actor = mention.actor
        if mention.kind == "person" and actor is not None and actor.country and actor.kind == "person":
            if actor not in people.setdefault(actor.country, []):
                people[actor.country].append(actor)
    if not people:
        return named
    read: dict[int, list[tuple[int, str, tuple[str, ...]]]] = {}
    for event in events:
        sides = [a for a in (event.source, event.target) if a is not None and a.kind == "country" and a.country]
        if not any(a.country in people for a in sides):
            continue
        span = resolver.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = sent_of(span[0])
        if sent.start not in read:
            read[sent.start] = _officials_of_countries(sent, resolver)
        parties = [o for o in read[sent.start] if _argument_of_trigger(resolver.doc[o[0]], event)]
        free = {code for _, code, words in parties if not words}  # the country itself is a party
        officials = [o for o in parties if o[2] and o[1] not in free]
        if not officials:
            continue
        codes = {a.country for a in sides}
        for side in ("source", "target"):
            actor = getattr(event, side)
            if actor is None or actor.kind != "country" or actor.country not in people:
                continue
            if side == "target" and event.type == "visit":
                continue  # the country visited is a place as much as a party
            titles = [
                w
                for _, c, w in officials
                if (c == actor.country or (c == "" and len(codes) > 1)) and w[0] not in LEADER_WORDS
            ]
            holders = [p for p in people[actor.country] if any(_holds(p, words) for words in titles)]
            if titles and not holders and len(people[actor.country]) == 1 and not people[actor.country][0].role:
                holders = people[actor.country]  # "... while X's N. N. said": the one person of X, untitled
            if len(holders) == 1:
                named.setdefault(id(event), []).append(holders[0])
    return named


def _give_names(kept: list[Event], told: list[Event], named: dict[int, list[Actor]], this_year) -> list[Event]:
    """Each event kept takes, for a party that is a country, the person of that country that it, or a report
    merged into it, stands for (officials_named)."""
    for event in kept:
        persons = [
            p
            for other in told
            if id(other) in named and (other is event or same_event(event, other, this_year))
            for p in named[id(other)]
        ]
        for side in ("source", "target"):
            actor = getattr(event, side)
            if actor is None or actor.kind != "country":
                continue
            if side == "target" and event.type == "visit":
                continue
            holders = {p for p in persons if p.country == actor.country}
            if len(holders) == 1:
                person = holders.pop()
                if person not in (event.source, event.target):
                    setattr(event, side, person)
    return kept


def _argument_of_trigger(title, event: Event, reach: int = 4) -> bool:
    """Whether the title is a party of the event's trigger: the trigger's word, or the verb that has a trigger
    noun ("held a call", "took part in talks"), is one of the few heads above it ("the presidents of A and B
    initialled", "talks between the ministers of A and B", "the ministers of A and B held a call")."""
    start, end = event.evidence.trigger_start, event.evidence.trigger_end
    if start is None or end is None:
        return False
    span = title.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    heads = {t.i for t in span}
    word = span.root
    for _ in range(2):
        if word.pos_ in ("VERB", "AUX") or word.head is word:
            break
        word = word.head
        if word.pos_ == "VERB":
            heads.add(word.i)
    token = title
    for _ in range(reach):
        if token.head is token:
            return False
        token = token.head
        if token.i in heads:
            return True
    return False


def _officials_of_countries(sent, resolver) -> list[tuple[int, str, tuple[str, ...]]]:
    """The titles in a sentence set beside a country ("the presidents of A and B", "A's president", "the
    three countries' foreign ministers" with the country ""), each as (its token, the country, its words:
    "foreign", "minister")."""
    found, titles, doc = resolver.found, resolver.lexicon.titles, resolver.doc
    officials: list[tuple[int, str, tuple[str, ...]]] = []
    used: set[int] = set()  # the country mentions the titles take
    for token in sent:
        if token.tag_ not in ("NNS", "NNPS") or found.at(token.i) is not None:
            continue
        lemma = token.lemma_.lower()
        if lemma not in titles or lemma in OFFICIAL_NOUNS or token.lower_ in OFFICIAL_NOUNS:
            continue
        if _named_there(token, found):
            continue
        words = [lemma]
        codes: list[str] = []
        for child in kids(token):
            mention = found.at(child.i)
            if child.dep_ in ("compound", "amod") and mention is None and child.is_alpha:
                words.append(child.lower_)
            elif child.dep_ in ("poss", "amod", "compound") and mention is not None:
                if mention.kind in ("country", "demonym") and mention.code:
                    codes.append(mention.code)
                    used.add(mention.start)
            elif child.dep_ == "poss" and child.lemma_.lower() in COUNTRY_NOUNS:
                codes.append("")  # "the three countries' ministers": each country of the event
            elif child.dep_ == "prep" and child.lower_ == "of":
                for obj in kids(child):
                    if obj.dep_ != "pobj":
                        continue
                    for part in (obj, *obj.conjuncts):
                        other = found.at(part.i)
                        if other is not None and other.kind == "country" and other.code:
                            codes.append(other.code)
                            used.add(other.start)
        officials += [(token.i, code, tuple(words)) for code in codes]
    # "A and B agreed, A's minister said": a country named in the sentence for itself may be the party
    line_start, line_end = found.line[0], found.line[1]
    free = [
        (m.start, m.code, ())
        for m in found.mentions
        if sent.start <= m.start < sent.end
        and m.kind == "country"
        and m.start not in used
        and m.code
        and not (line_start is not None and line_end is not None and line_start <= m.start < line_end)
        and not _placed(doc[m.start])
        and not _of_an_official(doc[m.start], found, titles)
    ]
    return officials + free


def _of_an_official(word, found, titles, reach: int = 4) -> bool:
    """ "Deputy Minister of Foreign Affairs of the Republic of X N. N.": a country in a person's own title."""
    for _ in range(reach):
        if word.head is word:
            return False
        word = word.head
        mention = found.at(word.i)
        if (mention is not None and mention.kind == "person") or (mention is None and word.lower_ in titles):
            return True
    return False


def _placed(word) -> bool:
    """ "held in P", "a visit to X": a place named where something happens, not a party to it."""
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in PLACE_PREPOSITIONS


def _named_there(title, found, reach: int = 6) -> bool:
    """ "Russian President N. N.", "X's foreign minister, N. N.,", "his X-ian counterpart, N. N.": the title
    of a person named with it."""
    head = found.at(title.head.i)
    if head is not None and head.kind == "person":
        return True
    doc = title.doc
    for i in range(title.i + 1, min(len(doc), title.i + 1 + reach)):
        mention = found.at(i)
        if mention is not None and mention.kind == "person":
            return True
        if not (doc[i].is_punct or doc[i].is_title or doc[i].lower_ in ("of", "for")):
            return False
    return False


def _holds(person: Actor, words: tuple[str, ...]) -> bool:
    """Whether a person's role is the title of these words ("Minister of Foreign Affairs" holds "foreign
    minister"), or the counterpart of another's."""
    role = (person.role or "").lower()
    return bool(role) and (role in COUNTERPARTS or all(w in role for w in words))


SENTENCE_PASSES: tuple[Pass, ...] = (without_vague_twins, share_visit_place, share_call)
DOCUMENT_PASSES: tuple[Pass, ...] = (
    occasion_dates,
    story_dates,
    lead_dates,
    planned_days,
    authors_of_acts,
    resolve_condemned,
    dateline_places,
    occasion_places,
    held_places,
    signature_places,
    building_places,
    gathering_places,
    speaking_places,
    host_places,
    trip_statements,
    reply_places,
    specific_places,
    dateline_dates,
    hosts_country,
    distinct,
)


def run(passes: tuple[Pass, ...], events: list[Event], article: ArticleContext) -> list[Event]:
    for one in passes:
        events = one(events, article)
    return events
