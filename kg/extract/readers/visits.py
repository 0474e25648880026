"""Readers of visits: "A visited B", "A arrived in B", "A hosted B", "A attended the summit in B", "A's visit to B"."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import Trigger, word_list
from ...model import Actor
from ..memo import kids, sent_of
from ..roles import Resolver, agent_of, prep_objects, subject_tokens
from .frames import READERS, Context, Frame, _triggers_of, reader, trigger_candidates
from .parties import (
    ENVOYS,
    POSSESSIVE_PRONOUNS,
    RELATIVES,
    TALKS_NOUNS,
    _companions,
    _leaders,
    _named_holder,
    _particles,
    _place_objects,
    _subjects,
    _unique_actors,
    _venue,
    _visiting_guest,
)


@reader(
    "visit",
    "visit.verb",
    "visit.verb.to_place",
    "visit.verb.visiting",
    "visit.verb.renamed",
    "visit.verb.visiting_misparsed",
    "visit.verb.visiting_dateline",
    "visit.verb.visiting_partner",
    "visit.verb.visiting_tour",
    "visit.verb.visiting_apposed",
)
def _visit(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    if token.dep_ == "amod" or (token.dep_ == "compound" and token.lower_ == "visiting"):  # "Visiting President N."
        return _visiting(token, trigger, resolver)
    if token.dep_ == "csubj" and token.lower_ == "visiting" and not kids(token):  # the parse's other reading
        named = [c for c in kids(token.head) if c.dep_ == "nsubj" and c.left_edge.i == token.i + 1]
        return _visiting(token, trigger, resolver, named[0]) if named else None
    guest = _visiting_guest(token, resolver)
    if guest is not None:
        return _guest_of_participle(token, trigger, guest, resolver)
    if token.lower_ == "visiting" and token.dep_ in ("conj", "advcl"):
        partner = _visiting_partner(token, trigger, resolver)
        if partner is not None or not _on_a_tour(token, ctx):
            return partner
        tour = _visiting_on_tour(token, trigger, resolver, token.head)
        if tour is not None:
            return tour
    if token.lower_ == "visiting" and token.dep_ == "acl" and token.doc[token.i - 1].text == ",":
        return _visiting_on_tour(token, trigger, resolver, None, "visit.verb.visiting_apposed")  # "X, visiting A
        # and B this week, laid a wreath": the participle set beside the traveller's name
    renamed = _renamed_subject(token, resolver)
    sources, passive = (renamed, False) if renamed else _subjects(token, resolver)
    if passive:
        sources = resolver.actors_of(agent_of(token))
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    targets, place, rule = [], None, "visit.verb.renamed" if renamed else "visit.verb"
    if objects:
        mention = resolver.found.at(objects[0].i)
        targets = resolver.actors_of(objects[0])
        if mention is not None and mention.kind == "place" and mention.code:
            targets = [resolver.country(mention.code)]
        if mention is not None and mention.kind in ("country", "place"):
            place = objects[0]
    regions = objects and not targets and objects[0].lemma_.lower() not in SETTLEMENTS  # not "the city of Tartu"
    for inner in prep_objects(objects[0], ("of",)) if regions else ():
        mention = resolver.found.at(inner.i)  # "toured the Tibet Autonomous Region of China"
        if mention is not None and mention.kind in ("country", "place") and mention.code:
            targets, place = [resolver.country(mention.code)], inner
    if not targets:
        place, country = _place_objects(token, resolver)
        targets, rule = [country] if country else [], "visit.verb.to_place"
    if not targets:
        return None
    return Frame(trigger, token, sources, targets, place, rule=rule)


def _on_a_tour(token, ctx: Context) -> bool:
    """ "toured the region, visiting A and B", "left P for a tour of West Africa, visiting A, B and C": a participle
    hung on a verb of travel, or on a verb with a tour or trip noun as its object or after its preposition."""
    head = token.head
    if token.dep_ != "advcl" or head.i == token.i:
        return False
    if any(t.type == "visit" for t in _triggers_of(head, ctx.lexicon)):
        return True
    nouns = [c for c in kids(head) if c.dep_ == "dobj"] + list(prep_objects(head, ("for", "on")))
    return any(n.lemma_.lower() in VISIT_NOUNS for n in nouns)


def _visiting_on_tour(token, trigger: Trigger, resolver: Resolver, verb, rule="visit.verb.visiting_tour"):
    """One visit to each country after the participle, by the traveller of the clause (of `verb`, else the noun
    the participle hangs on); a region is no country."""
    sources = _subjects(verb, resolver)[0] if verb is not None else resolver.actors_of(token.head)
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    targets, first = [], None
    for place in (p for obj in objects[:1] for p in (obj, *obj.conjuncts)):
        mention = resolver.found.at(place.i)
        if mention is not None and mention.kind in ("country", "place") and mention.code:
            actor = resolver.country(mention.code)
            if all(s.country != actor.country for s in sources):
                targets.append(actor)
                first = first if first is not None else place
    if not sources or not targets:
        return None
    return Frame(trigger, token, sources, _unique_actors(targets), first, rule=rule)


def _renamed_subject(token, resolver: Resolver) -> list[Actor]:
    """ "A held talks in P, the first foreign delegation to visit X since ...": the noun
    set after the clause with its infinitive renames the clause's subject, who visits."""
    noun, doc = token.head, token.doc
    if token.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(token)):
        return []
    if noun.i >= token.i or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return []
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return []
    return _subjects(verb, resolver)[0]


def _visiting(token, trigger, resolver, head=None):
    """ "met Oman's visiting sultan in Mombasa": the sultan visits the country of the place, or of the one he meets.
    "the honour of visiting Castries", which the parse reads alike, is a visit to the place by the clause's subject.
    `head`: the visitor's word when the parse does not hang the participle on it."""
    head = token.head if head is None else head
    mention = resolver.found.at(head.i)
    if mention is not None and mention.kind in ("place", "country") and mention.code and token.i < head.i:
        visitors, _ = _subjects(head, resolver)
        return (
            Frame(trigger, token, visitors, [resolver.country(mention.code)], head, rule="visit.verb.visiting")
            if visitors
            else None
        )
    visitor = resolver.actor_of(head)
    if visitor is None:
        return None
    place, country = _place_objects(head, resolver, ("in", "at"))
    if country is None:
        country = _host_of_clause(head, resolver)
    rule = "visit.verb.visiting"
    if (country is None or country.country == visitor.country) and visitor.country:
        place, country = resolver.dateline()  # "HARARE - Visiting Mozambican President N. N. said": the dateline's
        rule = "visit.verb.visiting_dateline"
    if country is None or country.country == visitor.country:
        return None
    return Frame(trigger, token, [visitor], [country], place, rule=rule)


def _visiting_partner(token, trigger: Trigger, resolver: Resolver) -> Frame | None:
    """ "Talks were held in the Kremlin between President A and visiting President B": the parse joins "visiting"
    to the clause's verb, with B its object; B visits the country of A, the one named before "and"."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "and" or doc[token.i - 2].dep_ != "pobj":
        return None
    hosts = [a for a in resolver.actors_of(doc[token.i - 2]) if a.country]
    guests = [a for c in kids(token) if c.dep_ == "dobj" for a in resolver.actors_of(c) if a.kind == "person"]
    country = resolver.country(hosts[0].country) if hosts else None
    if country is None or not guests or any(g.country == country.country for g in guests):
        return None
    place, _ = _place_objects(token.head, resolver, ("in", "at"))
    return Frame(trigger, token, guests, [country], place, rule="visit.verb.visiting_partner")


def _guest_of_participle(token, trigger: Trigger, guest, resolver: Resolver) -> Frame | None:
    """The visit of a guest named after a misparsed "visiting": to the place the clause names, or to the
    country of whoever receives them."""
    visitors = resolver.actors_of(guest)
    place, country = _place_objects(token, resolver, ("in", "at"))
    if country is None:
        hosts = _subjects(token if token.dep_ == "ROOT" else token.head, resolver)[0]
        country = resolver.country(hosts[0].country) if hosts and hosts[0].country else None
    if country is None or any(v.country == country.country for v in visitors):
        return None
    return Frame(trigger, token, visitors, [country], place, rule="visit.verb.visiting_misparsed")


def _host_of_clause(word, resolver: Resolver) -> Actor | None:
    """The country of the subject of the clause a word sits in: who receives a visitor named in it."""
    verb = word.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    heads, passive = subject_tokens(verb)
    actors = resolver.actors_of(heads[0]) if heads and not passive else []
    if actors and actors[0].country:
        return resolver.country(actors[0].country)
    return None


SET_FOOT = word_list("set_foot_nouns")
VISIT_SPAN_VERBS = word_list("visit_span_verbs")


@reader(
    "travel",
    "travel.verb",
    "travel.verb.set_foot",
    "travel.verb.dateline",
    "travel.verb.clause_place",
    "travel.verb.home_from",
    "travel.verb.to_which",
)
def _travel(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A flew to B", "A arrived in B"; "A flew aid to B" carries goods, not A."""
    resolver = ctx.resolver
    if any(c.dep_ == "dobj" and c.lower_ not in SET_FOOT for c in kids(token)):
        return None
    sources, _ = _subjects(token, resolver)
    heads, _ = subject_tokens(token)
    if token.dep_ == "relcl" and any(c.lower_ in ("both", "all") for c in kids(token)):
        first = token.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        sources = resolver.actors_of(first)  # "A of X and B of Y, who both flew in"
    if heads and heads[0].lemma_.lower() in ENVOYS:
        sources = _leaders(heads[0], resolver) or sources  # "a delegation led by X arrived": X travelled
    if heads and heads[0].lemma_.lower() in VEHICLES:
        sources = _passengers(heads[0], resolver)  # "Putin's plane landed", "the aircraft carrying the premier"
    elif heads and (heads[0].lower_ in FORCES or heads[0].lemma_.lower() in DISPLACED):
        return None  # "troops dashed to the border", "refugees crossed into X": forces and the displaced move, they
        # do not visit
    place, country = _place_objects(token, resolver)
    rule = "travel.verb"
    if place is None:
        for child in kids(token):
            if child.dep_ == "dobj" and child.lower_ in SET_FOOT:
                place, country = _place_objects(child, resolver)
                rule = "travel.verb.set_foot"
    homeward = [c for c in kids(token) if c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back")]
    if place is None and homeward:
        place, country = _place_objects(token, resolver, ("from",))  # "flew home from Pyongyang": he had been there
        if place is None:  # the parse may hang "from" on "home"
            place, country = _place_objects(homeward[0], resolver, ("from",))
        rule = "travel.verb.home_from"
    if place is None and token.dep_ == "relcl" and _travelled_to_which(token):
        place, country = _clause_place(token, resolver)  # "held talks in P at a forum, to which X travelled"
        rule = "travel.verb.to_which"
    if place is None and _arrived_here(token):
        place, country = _clause_place(token, resolver)  # "In P, X, who flew in that morning, signed"
        rule = "travel.verb.clause_place"
        if country is None:
            place, country = resolver.dateline()  # "SUVA — ... flew in on Sunday": to the place of the dateline
            rule = "travel.verb.dateline"
            if country is not None and _elsewhere_named(token, country, sources, resolver):
                place, country = None, None  # "CITY - ... when his plane landed, on a first visit to Y"
    if country is None and _unnamed_settlement(token):
        place, country = resolver.dateline()  # "SANAA — ... arrived in the rebel-held capital"
        rule = "travel.verb.dateline"
    if country is None:
        return None
    targets = [country, *_onward_places(place, country, resolver)]
    sources = [*sources, *(a for a in _companions(token, resolver) if a not in sources)]
    return Frame(trigger, token, sources, targets, place, rule=rule)


VEHICLES = word_list("vehicle_nouns")


FORCES = word_list("armed_force_nouns")


DISPLACED = word_list("displaced_nouns")


TOUR_NOUNS = word_list("tour_nouns")


RECEIVING_VISITS = word_list("visit_receiving_verbs")


def _passengers(vehicle, resolver: Resolver) -> list[Actor]:
    """Who a plane or motorcade carries: its owner ("Putin's plane"), or the object of "carrying"."""
    for child in kids(vehicle):
        if child.dep_ == "poss":
            return resolver.actors_of(child)
        if child.dep_ == "acl" and child.lemma_.lower() in ("carry", "bring", "transport"):
            return [a for obj in kids(child) if obj.dep_ == "dobj" for a in resolver.actors_of(obj)]
    return []


def _elsewhere_named(token, dateline: Actor, travellers: list[Actor], resolver: Resolver) -> bool:
    """Whether the sentence names a country, or a place of one, after "to", "in", "into" or "at", other than the
    dateline's and the travellers' own: then the dateline is where the story was filed, not where the travel ended."""
    own = {dateline.country, *(t.country for t in travellers)}
    sent = sent_of(token)
    for mention in resolver.found.before(sent.end, reach=sent.end - sent.start):
        if mention.kind not in ("country", "place"):
            continue
        word = token.doc[mention.end - 1]
        if mention.code and mention.code not in own and word.dep_ == "pobj" and word.head.lower_ in DESTINATIONS:
            return True
    return False


DESTINATIONS = ("to", "in", "into", "at")


def _travelled_to_which(token) -> bool:
    """ "the forum, to which X travelled": the relative pronoun is where the traveller went."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "which" for g in kids(c))
        for c in kids(token)
    )


def _clause_place(token, resolver: Resolver, preps=("in", "at")):
    """The place of the clause a relative clause of arrival, or a phrase of a visit, hangs on: "In P, the
    minister, who flew in that morning, signed ...", "signed in P at the end of a visit by X"."""
    if token.dep_ not in ("relcl", "pobj") and not _apposed_to_clause(token):
        return None, None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    place, country = _place_objects(verb, resolver, preps)
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    if country is None and holder is not None and holder.pos_ == "PROPN":  # "A, in P for a two-day visit, met B"
        place, country = _place_objects(holder, resolver, ("in",))
    for obj in (c for c in kids(verb) if c.dep_ == "dobj" and c.i != token.i) if country is None else ():
        place, country = _place_objects(obj, resolver, preps)  # "held talks in Warsaw on his first foreign visit"
        for partner in prep_objects(obj, ("with",)) if country is None else ():  # "held talks with B in P, ..."
            place, country = _place_objects(partner, resolver, preps)
        if country is not None:
            break
    if country is None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in kids(verb)):
        mention = resolver.found.at(verb.head.i)  # "met B in P, where he is on a working visit"
        if mention is not None and mention.kind in ("country", "place") and mention.code:
            place, country = verb.head, resolver.country(mention.code)
    return place, country


def _apposed_to_clause(noun) -> bool:
    """ "met Polish leaders in Warsaw on Monday, his first trip abroad": a noun set after the clause, after a comma,
    that renames what the clause tells."""
    return (
        noun.dep_ in ("dobj", "npadvmod", "appos")
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.left_edge.i > noun.head.i
        and noun.doc[noun.left_edge.i - 1].text == ","
    )


SETTLEMENTS = word_list("settlement_nouns")


def _unnamed_settlement(token) -> bool:
    """ "arrived in the city", "flew into the coastal capital": a town told by a common noun, which in a datelined
    story is the dateline's."""
    return any(
        obj.lemma_.lower() in SETTLEMENTS and any(c.lower_ == "the" for c in kids(obj))
        for obj in prep_objects(token, ("in", "into", "to"))
    )


def _onward_places(place, country, resolver: Resolver) -> list[Actor]:
    """ "travel on to Namibia and Angola": the countries of the places conjoined with the first."""
    found = []
    for other in place.conjuncts if place is not None else ():
        mention = resolver.found.at(other.i)
        if mention is not None and mention.kind in ("country", "place") and mention.code:
            actor = resolver.country(mention.code)
            if actor != country and actor not in found:
                found.append(actor)
    return found


@reader("invite_to", "invite_to.verb")
def _invite_to(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "invited the Chilean president to Brasilia": the one invited would visit the place (a proposed visit)."""
    resolver = ctx.resolver
    guests = [a for c in kids(token) if c.dep_ == "dobj" for a in resolver.actors_of(c)]
    place, country = _place_objects(token, resolver, ("to",))
    if not guests or country is None:
        return None
    return Frame(trigger, token, guests, [country], place, rule="invite_to.verb")


@reader("reach", "reach.verb")
def _reach(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "reached Kyiv on Monday": a place as the object of reaching."""
    resolver = ctx.resolver
    places = [c for c in kids(token) if c.dep_ == "dobj"]
    mention = resolver.found.at(places[0].i) if places else None
    if mention is None or mention.kind not in ("place", "country") or not mention.code:
        return None
    sources, _ = _subjects(token, resolver)
    return Frame(trigger, token, sources, [resolver.country(mention.code)], places[0], rule="reach.verb")


@reader("leave_for", "leave_for.verb", "leave_for.verb.left_abroad")
def _leave_for(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "left Kathmandu for New Delhi", "set off for Beijing", "departed for Lima": the place after "for"."""
    if not _particles(token):
        return None
    return _travel_by_preposition(token, trigger, ctx, ("for",), "leave_for.verb") or _left_abroad(token, trigger, ctx)


def _left_abroad(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "X left Beijing on Monday after two days of talks": a place of another country the visitor leaves is a
    place visited; one's own capital left ("left Accra") is no visit."""
    resolver = ctx.resolver
    if token.lemma_.lower() != "leave" or token.dep_ in ("amod", "acl"):
        return None
    places = [c for c in kids(token) if c.dep_ == "dobj"]
    mention = resolver.found.at(places[0].i) if places else None
    if mention is None or mention.kind not in ("place", "country") or not mention.code:
        return None
    heads, _ = subject_tokens(token)
    named = resolver.found.at(heads[0].i) if heads else None
    if not heads or not (
        (named is not None and named.kind == "person") or heads[0].lemma_.lower() in ctx.lexicon.titles
    ):
        return None  # an official or a person named, not "the troops left Iraq"
    sources, _ = _subjects(token, resolver)
    target = resolver.country(mention.code)
    if not sources or any(a.country == mention.code or not a.country for a in sources):
        return None
    return Frame(trigger, token, sources, [target], places[0], rule="leave_for.verb.left_abroad")


@reader("take_to", "take_to.verb", "take_to.verb.take_in")
def _take_to(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A's tour, which will also take him to X", "the trip took B to P and Q":
    a trip that takes someone to a place is their visit there."""
    resolver = ctx.resolver
    heads, passive = subject_tokens(token)
    trip = heads[0] if heads and not passive else None
    clause = token.head if token.dep_ == "xcomp" and token.head.dep_ == "relcl" else token  # "which was to take"
    if trip is not None and trip.lower_ in RELATIVES and clause.dep_ == "relcl":
        trip = clause.head
        if trip.dep_ == "pobj" and trip.head.lower_ == "of" and trip.head.head.lemma_.lower() in TOUR_NOUNS:
            trip = trip.head.head  # "a tour of the Gulf, which will take in A and B": the clause hangs on the region
    preps = ("to",)
    if _takes_in(token):  # "a tour taking in A, B and C", "her trip, which will take in A and B"
        trip, preps = (token.head if token.dep_ == "acl" else trip), ("in",)
        if token.pos_ == "NOUN":  # the parse's "a regional tour taking", the participle read as a noun
            trip = next((c for c in kids(token) if c.dep_ == "compound"), None)
    if trip is None or trip.lemma_.lower() not in VISIT_NOUNS:
        return None
    travellers = [a for c in kids(trip) if c.dep_ == "poss" for a in resolver.actors_of(c)]
    taken = [c for c in kids(token) if c.dep_ == "dobj"] if preps == ("to",) else []  # "took him to", not "took in A"
    travellers = travellers or [a for c in taken for a in resolver.actors_of(c)]
    if not travellers and (preps == ("in",) or clause.dep_ == "relcl"):  # "X set off on a tour taking in A and B",
        travellers = _trip_taker(token if token.pos_ == "NOUN" else trip, resolver)  # "X flew home after a tour
        # that took in A and B", "X arrived in P, the last stop on a tour that also took him to A"
    if not travellers:
        return None
    objects = [
        *prep_objects(token, preps),
        *(o for c in kids(token) if c.dep_ == "prt" and c.lower_ in preps for o in kids(c) if o.dep_ == "pobj"),
        *(o for o in kids(token) if o.dep_ == "dobj" and preps == ("in",)),
    ]  # "took in A": "in" a particle, the places its objects or the verb's
    places = [p for obj in objects for p in (obj, *obj.conjuncts)]
    targets, first = [], None
    for place in places:
        mention = resolver.found.at(place.i)
        if mention is not None and mention.kind in ("country", "place") and mention.code:
            targets.append(resolver.country(mention.code))
            first = first if first is not None else place
    if not targets:
        return None
    rule = "take_to.verb.take_in" if preps == ("in",) else "take_to.verb"
    return Frame(trigger, token, travellers, _unique_actors(targets), first, rule=rule)


def _trip_taker(trip, resolver: Resolver) -> list[Actor]:
    """Who is on a trip named as an object or after a preposition: the subject of the verb it hangs on, up
    through a noun set beside the clause ("arrived in P, the last stop on a tour")."""
    word = trip
    for _ in range(5):
        if word.dep_ not in ("dobj", "pobj", "prep", "appos", "npadvmod") or word.head.i == word.i:
            return []
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return _subjects(word, resolver)[0]
    return []


def _takes_in(token) -> bool:
    """ "take in" with places: "in" as the verb's preposition or particle, its places after it."""
    return token.lemma_.lower() in ("take", "taking") and any(
        c.dep_ in ("prep", "prt") and c.lower_ == "in" for c in kids(token)
    )


VISIT_NOUNS = word_list("visit_nouns")


@reader("return_from", "return_from.verb", "return_to.verb")
def _return_from(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "returned from Beijing after talks": the visit is over, it took place. "is expected to return to Iraq in
    December": another visit to a country not the traveller's own (one's own capital is no visit)."""
    frame = _travel_by_preposition(token, trigger, ctx, ("from",), "return_from.verb")
    if frame is not None:
        return frame
    if any(c.dep_ == "dobj" for c in kids(token)):
        return None  # "promised never to return the islands to B": a handing back
    frame = _travel_by_preposition(token, trigger, ctx, ("to",), "return_to.verb")
    if frame is None or not frame.sources or not all(s.country for s in frame.sources):
        return None
    country = frame.targets[0].country
    if any(s.country == country for s in frame.sources) or not _visited_before(token, frame.sources, country, ctx):
        return None  # "negotiators return to Geneva for talks": no visit to Switzerland told before
    return frame


def _visited_before(token, sources: list[Actor], country: str | None, ctx: Context) -> bool:
    """Whether a visit of the sources' country to `country` is told before `token`."""
    doc, lexicon = token.doc, ctx.lexicon
    candidates = trigger_candidates(doc, lexicon)
    codes = {s.country for s in sources}
    for i in candidates[: bisect.bisect_left(candidates, token.i)]:
        for earlier in _triggers_of(doc[i], lexicon):
            if earlier.type != "visit" or earlier.frame == "return_from":
                continue
            frame = READERS[earlier.frame](doc[i], earlier, ctx)
            if frame is None or not frame.targets or frame.targets[0] is None:
                continue
            if frame.targets[0].country == country and any(s.country in codes for s in frame.sources):
                return True
    return False


def _travel_by_preposition(
    token: Token, trigger: Trigger, ctx: Context, preps: tuple[str, ...], rule: str
) -> Frame | None:
    """A visit of the verb's subject to the country of the place after one of `preps`."""
    place, country = _place_objects(token, ctx.resolver, preps)
    if country is None:
        return None
    sources, _ = _subjects(token, ctx.resolver)
    return Frame(trigger, token, sources, [country], place, rule=rule)


@reader("presence", "presence.verb")
def _presence(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "The Kenyan foreign minister is in Kampala for talks", "who was in Astana on a working visit": an official
    present in another country's place is visiting it."""
    resolver, lexicon = ctx.resolver, ctx.lexicon
    place, country = _place_objects(token, resolver, ("in",))
    if country is None:
        return None
    heads, _ = subject_tokens(token)
    if heads and heads[0].lower_ in ("who", "that") and token.dep_ == "relcl":
        heads = [token.head]
    if not heads or not (resolver.found.at(heads[0].i) or heads[0].lemma_.lower() in lexicon.titles):
        return None  # a name or a title, not "the country is in recession"
    if (mention := resolver.found.at(heads[0].i)) is not None and mention.kind != "person":
        return None
    sources = [a for a in resolver.actors_of(heads[0]) if a.country and a.country != country.country]
    return Frame(trigger, token, sources, [country], place, rule="presence.verb") if sources else None


def _arrived_here(token) -> bool:
    """ "flew in", "arrived on Sunday", "flew in from Moscow": travel with no place named, told from where it ended;
    "is due here on Thursday", "is expected here": any travel word with "here" (rule travel.verb.dateline)."""
    if any(c.dep_ == "advmod" and c.lower_ == "here" for c in kids(token)):
        return True
    if token.lemma_.lower() not in ARRIVAL_VERBS:
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into", "over", "at", "in", "toward", "towards")
        and not all(
            o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIMES_OF_DAY for o in kids(c) if o.dep_ == "pobj"
        )
        for c in kids(token)
    ):
        return False  # a place named, not "in the morning"
    return bool(_particles(token))


ARRIVAL_VERBS = word_list("arrival_verbs")


TIMES_OF_DAY = word_list("times_of_day")


OCCASIONS = word_list("occasions")


INVITATION_ANSWERS = word_list("invitation_answer_verbs")
INVITATIONS = word_list("invitation_nouns")


@reader(
    "attend",
    "attend.verb",
    "attend.verb.passive",
    "attend.verb.dateline",
    "attend.verb.told_before",
    "attend.verb.invitation",
)
def _attend(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "attended the summit in P", "would not attend the G summit in Q", "declined an invitation to the summit in
    P"."""
    resolver = ctx.resolver
    sources, passive = _subjects(token, resolver)
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    if token.lemma_.lower() in INVITATION_ANSWERS:  # the occasion one is invited to, after "to"
        invitations = [o for o in objects if o.lemma_.lower() in INVITATIONS]
        if invitations and not passive:  # the parse may hang "to" on the verb
            objects = list(prep_objects(invitations[0], ("to",))) or list(prep_objects(token, ("to",)))
        else:
            objects = []
        if not objects:
            return None
    objects = objects or [o for o in prep_objects(token, ("in",)) if o.lemma_.lower() in OCCASIONS]  # "participated in"
    if not objects and not passive and token.pos_ == "VERB":
        return _attended_here(token, trigger, sources, resolver)
    rule = "attend.verb"
    if passive:  # "the summit in Addis Ababa was attended by A and B"
        objects, _ = subject_tokens(token)
        sources, rule = resolver.actors_of(agent_of(token)), "attend.verb.passive"
    occasions = [o for obj in objects for o in (obj, *prep_objects(obj, ("of",))) if o.lemma_.lower() in OCCASIONS]
    if not occasions:
        return None
    place, country = _place_objects(occasions[0], resolver, ("in", "at"))
    for holder in prep_objects(occasions[0], ("of",)) if country is None else ():
        place, country = _place_objects(holder, resolver, ("in", "at"))  # "the summit of the AU in Addis Ababa"
    if country is None:
        place, country = _place_objects(token, resolver, ("in", "at"))
    for clause in (c for c in kids(occasions[0]) if c.dep_ == "relcl") if country is None else ():
        place, country = _place_objects(clause, resolver, ("in", "at"))  # "the summit that opens in P"
    for hosted in (c for c in kids(occasions[0]) if c.dep_ == "acl") if country is None else ():
        hosts = [h for h in resolver.actors_of(agent_of(hosted)) if h.country]  # "the summit hosted by Russia"
        if hosted.lemma_.lower() == "host" and hosts:
            country = resolver.country(hosts[0].country)
    if country is None:
        return None
    if token.lemma_.lower() in INVITATION_ANSWERS:
        rule = "attend.verb.invitation"
    return Frame(trigger, token, sources, [country], place, rule=rule)


def _attended_here(token, trigger: Trigger, sources: list[Actor], resolver: Resolver) -> Frame | None:
    """ "JUBA - ... X, who also attended, urged ...", "Y did not attend": attending with no object is attending
    the occasion the story is filed from, a visit to the dateline's country by a party from elsewhere."""
    if token.dep_ in ("acl", "amod") or any(c.dep_ in ("prep", "xcomp", "ccomp", "agent") for c in kids(token)):
        return None  # "attended to the matter", "attended as an observer at ...", "a summit attended by X"
    place, country = _occasion_told_before(token, resolver)
    rule = "attend.verb.told_before"
    if country is None:
        place, country = resolver.dateline()
        rule = "attend.verb.dateline"
    if country is None or not sources or any(s.country == country.country for s in sources):
        return None
    return Frame(trigger, token, sources, [country], place, rule=rule)


def _occasion_told_before(token, resolver: Resolver, sentences: int = 2):
    """ "the summit held in P ... they will stay away": the place of the occasion named
    last before with a place, in this sentence or the two before it ("a news conference" has none)."""
    start = sent_of(token).start
    for _ in range(sentences):
        start = sent_of(token.doc[start - 1]).start if start > 0 else start
    for word in reversed(token.doc[start : token.i]):
        if word.lemma_.lower() not in OCCASIONS or word.pos_ != "NOUN" and word.pos_ != "PROPN":
            continue
        holders = [word, *(c for c in kids(word) if c.dep_ in ("relcl", "acl")), *prep_objects(word, ("of",))]
        if word.dep_ in ("nsubj", "nsubjpass"):
            holders.append(word.head)  # "the summit opens in Suva on Tuesday"
        for holder in holders:
            place, country = _place_objects(holder, resolver, ("in", "at"))
            if country is not None:
                return place, country
    return None, None


@reader("stay_away", "stay_away.verb", "stay_away.verb.dateline", "stay_away.verb.told_before")
def _stay_away(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "pulled out of the summit in Islamabad", "stayed away from the talks in Geneva", "withdrew from the
    summit": a no-show, a visit that does not take place (its polarity is read from data/lexicon/cues.csv)."""
    resolver = ctx.resolver
    particles = _particles(token)
    if not particles:
        return None
    holders = {token, *particles}
    holders |= {obj for word in holders for obj in prep_objects(word, ("on",))}  # "pulled out on Monday of the summit"
    occasions = [
        (o, obj)
        for word in holders
        for obj in prep_objects(word, ("of", "from"))
        for o in (obj, *prep_objects(obj, ("of", "for")))
        if o.lemma_.lower() in OCCASIONS
    ]
    if not occasions:
        return _stayed_away(token, trigger, particles, resolver)
    place, country = _place_objects(occasions[0][0], resolver, ("in", "at"))
    for holder in (occasions[0][1], token) if country is None else ():
        # "pulled out of the Association of Nations summit in Hanoi": the place hung on the name or the verb
        place, country = _place_objects(holder, resolver, ("in", "at"))
        if country is not None:
            break
    sources, _ = _subjects(token, resolver)
    rule = "stay_away.verb"
    if country is None:  # "CITY - X stayed away from the meeting in protest": the meeting of the dateline
        place, country = resolver.dateline()
        rule = "stay_away.verb.dateline"
        if country is None or not sources or any(s.country == country.country for s in sources):
            return None
    return Frame(trigger, token, sources, [country], place, rule=rule)


def _said_of_themselves(token, resolver: Resolver) -> list[Actor]:
    """ "A, B and C said they will stay away": "they" is the subject of the verb of saying."""
    heads, _ = subject_tokens(token)
    if len(heads) != 1 or heads[0].lower_ != "they" or token.dep_ != "ccomp":
        return []
    speakers, _ = subject_tokens(token.head)
    if len(speakers) != 1 or speakers[0].tag_ != "NNS":
        return []
    of_whom = [a for obj in prep_objects(speakers[0], ("of",)) for a in resolver.actors_of(obj)]  # "leaders of A, B"
    if of_whom:  # "the presidents of A and B", the parse joining B to "presidents"
        return _unique_actors(of_whom + [a for c in speakers[0].conjuncts for a in resolver.actors_of(c)])
    return _subjects(token.head, resolver)[0]


def _stayed_away(token, trigger: Trigger, particles, resolver: Resolver) -> Frame | None:
    """ "The summit is held in P ... A and B said they will stay away": staying
    away with nothing after it is from the occasion named just before."""
    if not any(p.lower_ == "away" for p in particles) or any(c.dep_ == "prep" for c in kids(token)):
        return None
    place, country = _occasion_told_before(token, resolver)
    sources = _said_of_themselves(token, resolver) or _subjects(token, resolver)[0]
    if country is None or not sources or any(s.country == country.country for s in sources):
        return None
    return Frame(trigger, token, sources, [country], place, rule="stay_away.verb.told_before")


@reader(
    "host",
    "host.verb",
    "host.verb.passive",
    "host.verb.passive_ceremony",
    "host.verb.talks",
    "host.verb.talks_with",
    "host.verb.misparsed_talks",
    "host.verb.shifted_object",
)
def _host(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A hosted B", "B was hosted by A", "A welcomed B": B is the visitor, A the host."""
    resolver = ctx.resolver
    subjects, passive = _subjects(token, resolver)
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    rule = "host.verb"
    if token.dep_ == "advcl" and token.tag_ == "VBN" and agent_of(token) is not None:
        visitors, _ = _subjects(token.head, resolver)  # "Hosted by the Kuwaiti crown prince, the Pakistani PM toured"
        hosts, rule = resolver.actors_of(agent_of(token)), "host.verb.passive"
    elif token.dep_ == "acl" and _guests_of_talks(token, resolver):
        visitors, hosts, rule = (
            _guests_of_talks(token, resolver),
            resolver.actors_of(agent_of(token)),
            "host.verb.talks",
        )
        visitors = [v for v in visitors if not hosts or v.country != hosts[0].country]
    elif token.dep_ == "amod" and _named_holder(token.head, resolver):  # "N. N. on Monday hosted talks with B"
        hosts, rule = _named_holder(token.head, resolver), "host.verb.misparsed_talks"
        visitors = [a for obj in prep_objects(token.head, ("with",)) for a in resolver.actors_of(obj)]
    elif passive or any(c.dep_ == "auxpass" for c in kids(token)):  # "... and was welcomed by"
        visitors, hosts, rule = subjects, resolver.actors_of(agent_of(token)), "host.verb.passive"
        manner = _ceremony_of(token) if not hosts else None
        if manner is not None:  # "was welcomed with an official ceremony by B at P"
            agents = list(prep_objects(manner, ("by",)))
            hosts, rule = resolver.actors_of(agents[0]) if agents else [], "host.verb.passive_ceremony"
            objects = [manner]  # the place hung on the ceremony

    else:
        hosts = subjects
        if not objects and _shifted_guest(token, ctx.lexicon) is not None:  # "received in the Kremlin the Prime
            objects, rule = [_shifted_guest(token, ctx.lexicon)], "host.verb.shifted_object"  # Minister of X, N. N."
        visitors = resolver.actors_of(objects[0]) if objects else []
        if objects and not visitors and objects[0].lower_ in TALKS_NOUNS:  # "A hosted talks with B": B came to A
            visitors = [a for obj in prep_objects(objects[0], ("with",)) for a in resolver.actors_of(obj)]
            rule = "host.verb.talks_with" if visitors else rule
    if not visitors or not hosts:
        return None
    place, country = _place_objects(token, resolver, ("in", "at", "to"))  # "welcomed his counterpart to Accra"
    for guest in objects if place is None else []:  # "hosted Lula in Beijing", the place hung on the guest
        place, country = _place_objects(guest, resolver, ("in", "at"))
    if place is None:  # "welcomed B on his first visit to X"
        for occasion in prep_objects(token, ("on", "during", "for")):
            if occasion.lemma_.lower() in VISIT_OCCASIONS:
                place, country = _place_objects(occasion, resolver, ("to", "in"))
    host = hosts[0]
    if host.kind == "person" and not host.country and country is not None and country.country:
        if all(v.country != country.country for v in visitors):  # "President N. hosted B in Dar es Salaam"
            host = replace(host, country=country.country)
    return Frame(trigger, token, visitors, [host], place, rule=rule)


def _ceremony_of(verb):
    """ "was welcomed with an official ceremony by B": the parse hangs the host's "by" on the ceremony."""
    for manner in prep_objects(verb, ("with",)):
        if manner.lemma_.lower() in CEREMONIES:
            return manner
    return None


CEREMONIES = word_list("welcome_ceremony_nouns")


def _shifted_guest(token, lexicon):
    """ "received in the Kremlin the Prime Minister of X, N. N.": the guest put after the place, which the parse
    hangs on the place as an apposition; the guest's title, or None."""
    for prep in kids(token):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            for place in kids(prep):
                for title in kids(place) if place.dep_ == "pobj" else ():
                    if title.dep_ == "appos" and title.i > place.i and title.lower_ in lexicon.titles:
                        return title
    return None


@reader("play_host", "play_host.verb")
def _play_host(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A played host to B", "A will play host to the summit's guests": B is the visitor, A the host."""
    resolver = ctx.resolver
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in kids(token)):
        return None
    guests = [o for o in prep_objects(token, ("to",))]
    guests += [o for c in kids(token) if c.dep_ == "dobj" for o in prep_objects(c, ("to",))]  # "host to B"
    visitors = [a for g in guests for a in resolver.actors_of(g) or _leaders(g, resolver)]
    hosts, _ = _subjects(token, resolver)
    visitors = [v for v in visitors if not hosts or v.country != hosts[0].country]
    if not visitors or not hosts:
        return None
    place, _ = _place_objects(token, resolver, ("in", "at"))
    return Frame(trigger, token, visitors, hosts[:1], place, rule="play_host.verb")


@reader(
    "received_after_travel",
    "received_by.verb.after_travel",
    "received_by.verb.travel_before",
    "receive.verb.envoy",
)
def _received_after_travel(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "X flew in and was received by Y", "X, who led the delegation, was received by
    the president, Y": the travel is told by its own verb, so being received by a named person is the meeting of the
    two. Without a travel verb of its own ("X was received by Y") the host reader reads the visit; "welcomed at
    the airport by" stays a welcome, the host of the visit."""
    resolver = ctx.resolver
    agent = agent_of(token)
    if agent is None and not any(c.dep_ == "auxpass" for c in kids(token)):
        return _received_envoy(token, trigger, resolver)
    if agent is None or not any(c.dep_ == "auxpass" for c in kids(token)):
        return None
    agents = [agent, *(o for o in prep_objects(token, ("by",)) if o.i != agent.i)]  # "by A and later by B"
    hosts = _unique_actors([a for obj in agents for a in resolver.actors_of(obj) if a.kind == "person"])
    if not hosts:
        return None
    rule = "received_by.verb.after_travel"
    if not _travel_told(token, ctx):
        if not _travel_told_before(token, ctx):
            return None
        rule = "received_by.verb.travel_before"
    visitors, _ = _subjects(token, resolver)
    visitors = [v for v in visitors if v.kind == "person" and v.country != hosts[0].country]
    hosts = [h for h in hosts if not visitors or h.country != visitors[0].country]
    return Frame(trigger, token, visitors, hosts, rule=rule) if visitors and hosts else None


RESIDENT_ENVOYS = word_list("resident_envoys")


def _received_envoy(token, trigger: Trigger, resolver: Resolver) -> Frame | None:
    """ "The president received the ambassadors of A and B", "received the Chinese envoy": an envoy posted in the
    host's capital is met there, not a visitor; the host meets each envoy's country or person."""
    guests = [c for c in kids(token) if c.dep_ == "dobj" and c.lemma_.lower() in RESIDENT_ENVOYS]
    if not guests:
        return None
    envoys = [a for g in guests for a in resolver.actors_of(g)]
    hosts, _ = _subjects(token, resolver)
    envoys = [e for e in envoys if e not in hosts and not any(h.country and h.country == e.country for h in hosts)]
    if not hosts or not envoys:
        return None
    return Frame(trigger, token, hosts[:1], envoys, _venue(token, resolver), rule="receive.verb.envoy")


def _travel_told_before(token, ctx: Context) -> bool:
    """ "X arrived in Hanoi on Monday. He was received by President Y and later by Prime Minister Z": one
    referred to by a pronoun, received right after a sentence whose main verb tells a journey."""
    heads, _ = subject_tokens(token)
    if not heads or heads[0].pos_ != "PRON" or sent_of(token).start == 0:
        return False
    before = sent_of(token.doc[token.sent.start - 1]).root
    return any(
        t.type == "visit" and t.frame not in ("host", "received_after_travel")
        for verb in (before, *before.conjuncts)
        for t in _triggers_of(verb, ctx.lexicon)
    )


def _travel_told(token, ctx: Context) -> bool:
    """Whether the one received travels by a verb of its own: one joined before it ("flew in and was received")
    or one of a relative clause on its subject ("X, who led the delegation, was received")."""
    verbs = [token.head] if token.dep_ == "conj" and token.head.i < token.i else []
    heads, _ = subject_tokens(token.head if verbs else token)
    heads += [c for h in heads for c in kids(h) if c.dep_ == "appos"]  # "the minister, N. N., who led ..."
    verbs += [c for h in heads for c in kids(h) if c.dep_ == "relcl" and c.i < token.i]
    for verb in verbs:
        for word in (verb, *(c for c in kids(verb) if c.dep_ == "dobj")):
            if any(t.type == "visit" and t.frame != "host" for t in _triggers_of(word, ctx.lexicon)):
                return True
    return False


VISIT_OCCASIONS = word_list("visit_occasions")


WELCOME_VERBS = word_list("welcome_verbs")


@reader("lead_delegation", "lead_delegation.verb", "lead_delegation.verb.dateline")
def _lead_delegation(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "headed a delegation to the X capital", "CITY - X, who led P's delegation, ...":
    the one who leads a delegation travels with it, to the place it goes or else to the dateline's."""
    resolver = ctx.resolver
    envoys = [c for c in kids(token) if c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS]
    if not envoys:
        return None
    sources, passive = _subjects(token, resolver)
    if passive or not sources:
        return None
    place, country = _place_objects(token, resolver, ("to",))
    if country is None:
        place, country = _place_objects(envoys[0], resolver, ("to",))
    rule = "lead_delegation.verb"
    if country is None and not any(
        p.dep_ == "prep" and p.lower_ == "to" for holder in (token, envoys[0]) for p in kids(holder)
    ):  # no destination named at all
        place, country = resolver.dateline()
        rule = "lead_delegation.verb.dateline"
        if country is None or any(s.country == country.country for s in sources):
            return None
    if country is None:
        return None
    return Frame(trigger, token, sources, [country], place, rule=rule)


def _guests_of_talks(token, resolver: Resolver) -> list[Actor]:
    """ "A and B signed an accord at talks hosted by C": the parties of the talks C hosted."""
    noun = token.head
    if token.dep_ != "acl" or (noun.lemma_.lower() not in OCCASIONS and noun.lower_ not in OCCASIONS):
        return []
    parties = [a for obj in prep_objects(noun, ("between",)) for a in resolver.actors_of(obj)]
    if not parties and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        parties, _ = _subjects(noun.head.head, resolver)
    return parties


def _own_guest(token, trigger: Trigger, resolver: Resolver) -> Frame | None:
    """ "The A leader held talks with X ... X greeted his guest": the guest of the one who greets, welcomes
    or sees off "his guest" is the person of another country named last before."""
    hosts = [h for h in _subjects(token.head, resolver)[0] if h.country][:1]
    if not hosts:
        return None
    for mention in resolver.found.before(token.i):
        actor = mention.actor
        if mention.kind == "person" and actor is not None and actor.country and actor.country != hosts[0].country:
            venue = _venue(token.head, resolver)
            return Frame(trigger, token, [actor], hosts, venue, direct=False, rule="guest.noun.named_before")
    return None


@reader("guest_noun", "guest.noun", "guest.noun.named_before")
def _guest_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Among C's guests in X were A and B", "A and B were among the guests of C", "C's guests were A and
    B": C hosts them."""
    resolver = ctx.resolver
    hosts = [a for c in kids(token) if c.dep_ == "poss" for a in resolver.actors_of(c)]
    hosts = hosts or [a for obj in prep_objects(token, ("of",)) for a in resolver.actors_of(obj)]
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in kids(token)) and token.head.dep_ == "relcl":
        hosts = resolver.actors_of(token.head.head)  # "The Mongolian president, whose guest was X, ..."
    among = token.dep_ == "pobj" and token.head.lower_ == "among"
    verb = token.head.head if among else token.head
    if token.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in kids(token)):
        return _own_guest(token, trigger, resolver)
    if not hosts or verb.lemma_.lower() != "be" or not (among or token.dep_ in ("attr", "nsubj")):
        return None
    visitors = [a for c in kids(verb) if c.dep_ in ("nsubj", "attr") and c.i != token.i for a in resolver.actors_of(c)]
    visitors = [v for v in visitors if v not in hosts and (v.country is None or v.country != hosts[0].country)]
    if not visitors:
        return None
    return Frame(
        trigger, token, visitors, hosts[:1], _venue(token, resolver) or _venue(verb, resolver), rule="guest.noun"
    )


@reader("host_noun", "host.noun")
def _host_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A gave a warm welcome to B", "A played host to B": B is the visitor."""
    resolver = ctx.resolver
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in WELCOME_VERBS:
        return None
    hosts, _ = _subjects(verb, resolver)
    visitors = [a for holder in (verb, token) for obj in prep_objects(holder, ("to",)) for a in resolver.actors_of(obj)]
    visitors = [v for v in visitors if v.kind in ("person", "country") or v.country]
    if not visitors or not hosts:
        return None
    return Frame(trigger, token, visitors, hosts[:1], _venue(verb, resolver), rule="host.noun")


@reader(
    "visit_noun",
    "visit.noun",
    "visit.noun.for_occasion",
    "visit.noun.modifier",
    "visit.noun.here",
    "visit.noun.here_dateline",
    "visit.noun.dateline",
    "visit.noun.dateline_span",
    "visit.noun.clause_place",
    "visit.noun.apposed",
    "visit.noun.headline",
    "visit.noun.received",
    "visit.noun.tour_clause",
    "visit.noun.tour_includes",
    "visit.noun.made_stops",
    "visit.noun.tour_legs",
)
def _visit_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "his visit to P", "A's first visit to X", "B's state visit to Y"."""
    resolver = ctx.resolver
    sources = []
    for child in kids(token):
        if child.dep_ == "poss":
            sources = resolver.actors_of(child)
    special = None  # the rule of a reading of a tour's places below
    tour_clause = not sources and bool(_tour_of_clause(token, resolver))
    if tour_clause:
        sources = _tour_of_clause(token, resolver)  # "her tour, which includes stops in A and B"
    toured = _place_objects(token, resolver, ("of",)) if token.lemma_.lower() in TOUR_NOUNS else (None, None)
    if not sources:
        preps = ("by", "from") if toured[1] else ("by", "of", "from")  # "a visit by the king", "the visit of the
        # Pope", "a visit from B"; not "a tour of X", the place toured
        agents = list(prep_objects(token, preps))
        if agents:
            sources = resolver.actors_of(agents[0])
    place, country = _place_objects(token, resolver, ("to", "in"))
    if country is None and sources and token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING_VISITS:
        if any(True for _ in prep_objects(token, ("from",))):  # "received a courtesy visit from B": B visits the
            hosts = [a for a in _subjects(token.head, resolver)[0] if a not in sources]  # receiver
            if hosts:
                return Frame(trigger, token, sources, hosts[:1], None, rule="visit.noun.received")
    if country is None and toured[1] is not None:
        place, country = toured  # "wrapped up a tour of Vietnam"
    if country is None and token.lemma_.lower() in TOUR_NOUNS:
        place, country = _included_place(token, resolver)  # "a tour of the Balkans that includes A and B"
        special = "visit.noun.tour_includes" if country is not None else special
    legs = _leg_places(token, resolver) if country is None and token.lemma_.lower() in VISIT_NOUNS else []
    if legs:  # "a tour of Asia, beginning in A", "her tour, which began in A, ends in B"
        (place, country), special = legs[0], "visit.noun.tour_legs"
    if country is None and token.dep_ == "dobj":  # "cancelled his trip to Dhaka", the place hung on the verb
        made = token.head.lemma_.lower() in STOP_MAKING  # "will make stops in A and B"
        place, country = _place_objects(token.head, resolver, ("to", "in") if made else ("to",))
        special = "visit.noun.made_stops" if made and country is not None else special
    for_occasion = False
    occasions = list(prep_objects(token, ("for",)))
    if token.dep_ in ("nsubj", "nsubjpass"):  # "A's visit, for a summit in P, ended": "for" hung on the verb
        occasions += [o for o in prep_objects(token.head, ("for",)) if token.i < o.i < token.head.i]
    for occasion in occasions if country is None and sources else ():
        if occasion.lemma_.lower() in OCCASIONS:  # "his previous visit, for a summit with B in P in 2001"
            place, country = _place_objects(occasion, resolver, ("in", "at"))
            for partner in prep_objects(occasion, ("with",)) if country is None else ():
                place, country = _place_objects(partner, resolver, ("in", "at"))
            for_occasion = country is not None
    if country is None and not sources:
        headline = _headline_visitor(token, trigger, resolver)
        if headline is not None:
            return headline
    sources = _pronoun_of_subject(token, sources, country, resolver)
    rule = "visit.noun.for_occasion" if for_occasion else "visit.noun.tour_clause" if tour_clause else "visit.noun"
    rule = special or rule
    if country is None:
        rule = "visit.noun.modifier"
        tour = token.lemma_.lower() in TOUR_NOUNS  # "her Peruvian tour": a tour is named by where it goes
        for child in kids(token):
            mention = resolver.found.at(child.i)
            if (
                child.dep_ in ("compound", "amod")
                and mention is not None
                and (mention.kind in ("country", "place") or mention.kind == "demonym" and tour)
                and mention.code
                and not _region_adjective(child, resolver)
            ):
                place, country = (None if mention.kind == "demonym" else child), resolver.country(mention.code)
    if country is None and (
        any(c.lower_ == "here" for c in kids(token)) or (sources and token.head.lower_ == "during")
    ):
        country, rule = _host_of_clause(token, resolver), "visit.noun.here"  # "a visit here by X"
        here = any(c.lower_ == "here" for c in kids(token))
        visitors = sources or _subjects(token, resolver)[0]
        if here and visitors and (country is None or any(v.country == country.country for v in visitors)):
            place, country = resolver.dateline()  # "PARIS - X, on a private visit here, met Y": the dateline's
            if country is not None and any(v.country == country.country for v in visitors):  # place is "here"
                place, country = None, None
            rule = "visit.noun.here_dateline"
    if country is None and token.tag_ == "NN" and (token.dep_ == "pobj" or _apposed_to_clause(token)):
        visitors = sources or _subjects(token, resolver)[0]
        if not visitors and token.dep_ == "pobj" and token.head.lower_ == "for":  # "A, in P for a visit, met B"
            visitors = resolver.actors_of(token.head.head)
        place, country = _clause_place(token, resolver, ("in",))  # "signed in P at the end of a visit by X"
        if country is not None and visitors and not any(v.country == country.country for v in visitors):
            rule = "visit.noun.clause_place" if token.dep_ == "pobj" else "visit.noun.apposed"
        else:
            place, country = None, None
    spanned = token.dep_ == "dobj" and token.head.lemma_.lower() in VISIT_SPAN_VERBS  # "ended a two-day visit",
    spanned = spanned and not any(c.dep_ == "poss" for c in kids(token))  # not "ended her visit", told before
    if country is None and (token.head.lower_ in ("during", "on", "after") or spanned) and token.tag_ == "NN":
        visitors = sources or _subjects(token, resolver)[0]  # not "on foreign trips"
        place, country = resolver.dateline()  # "CITY - X called on Y, during an official visit"
        if country is None or not visitors or any(v.country == country.country for v in visitors):
            return None
        rule = "visit.noun.dateline_span" if spanned or token.head.lower_ == "after" else "visit.noun.dateline"
    if country is None:
        return None
    direct = bool(sources)
    if not sources and token.dep_ == "pobj" and token.head.lower_ in ("over", "about", "against"):
        return None  # "lodged a protest with B over the Taiwan visit": what the clause is about, not its subject's
    if not sources:
        sources, _ = _subjects(token, resolver)
    if not sources:
        sources = _governing_actors(token, resolver)
    own_place = place is not None and place.dep_ == "pobj" and place.head.head.i == token.i  # "visits to A and B"
    own_place = own_place or (place is not None and place.dep_ == "dobj" and place.head.lemma_.lower() in INCLUDING)
    own_place = own_place or (  # "will make stops in A and B"
        place is not None
        and place.dep_ == "pobj"
        and token.dep_ == "dobj"
        and place.head.head.i == token.head.i
        and token.head.lemma_.lower() in STOP_MAKING
    )
    onward = _onward_places(place, country, resolver) if own_place else []
    onward += [c for _, c in legs[1:] if c != country and c not in onward]
    anchor = token.head.head if tour_clause else token  # the stops of a tour are as planned, or called off, as it
    return Frame(trigger, anchor, sources, [country, *onward], place, direct=direct, rule=rule)


STOP_MAKING = word_list("stop_making_verbs")
INCLUDING = word_list("tour_including_verbs")


LEG_VERBS = word_list("tour_leg_verbs")


def _leg_places(tour, resolver: Resolver) -> list:
    """The places where a trip begins or ends, after "in": on a clause on the trip ("her tour, which began in A"),
    on the verb it is subject of ("the tour ends in B"), or on an -ing clause of the verb it hangs on ("embarked
    on a tour of Asia, beginning in A"). (place, country) pairs, in the order of the text."""
    clauses = [c for c in kids(tour) if c.dep_ in ("relcl", "acl")]
    if tour.dep_ == "nsubj":
        clauses.append(tour.head)
    verb = tour.head if tour.dep_ == "dobj" else tour.head.head if tour.dep_ == "pobj" else None
    if verb is not None and verb.pos_ == "VERB":
        clauses += [c for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tour.i]
    legs = []
    for clause in sorted(clauses, key=lambda c: c.i):
        if clause.lemma_.lower() in LEG_VERBS:
            place, country = _place_objects(clause, resolver, ("in",))
            if country is not None:
                legs.append((place, country))
    return legs


def _included_place(tour, resolver: Resolver):
    """ "a tour of the Balkans that includes A and B", "a tour that includes A": the first country a clause on the
    tour, or on the region it names, says it includes; the others are its conjuncts."""
    holders = [tour, *prep_objects(tour, ("of",))]
    for clause in (c for h in holders for c in kids(h) if c.dep_ in ("relcl", "acl")):
        if clause.lemma_.lower() not in INCLUDING:
            continue
        for obj in (c for c in kids(clause) if c.dep_ == "dobj"):
            mention = resolver.found.at(obj.i)
            if mention is not None and mention.kind in ("country", "place") and mention.code:
                return obj, resolver.country(mention.code)
    return None, None


def _region_adjective(word, resolver: Resolver) -> bool:
    """ "a Latin American tour", "a South American tour": a demonym qualified by a capitalised word of its own,
    not a name, tells a region, no country."""
    return any(
        c.dep_ in ("amod", "compound") and c.i == word.i - 1 and c.text[:1].isupper() and resolver.found.at(c.i) is None
        for c in kids(word)
    )


def _tour_of_clause(token, resolver: Resolver) -> list[Actor]:
    """ "the president's tour, which includes stops in A and B": a visit noun, object of a relative clause
    on a trip, belongs to the trip's traveller."""
    clause = token.head
    if token.dep_ != "dobj" or clause.dep_ not in ("relcl", "acl") or clause.head.i == clause.i:
        return []
    trip = clause.head
    if trip.lemma_.lower() not in VISIT_NOUNS:
        return []
    return [a for c in kids(trip) if c.dep_ == "poss" for a in resolver.actors_of(c)]


def _headline_visitor(token, trigger: Trigger, resolver: Resolver) -> Frame | None:
    """ "Mexican president in Havana for two-day visit", "Modi in Kuwait on first visit": a headline without a
    verb, whose head names the visitor and, after "in", the place."""
    holder = token.head
    if token.dep_ != "pobj" or holder.lower_ not in ("for", "on"):
        return None
    visitor = holder.head
    if visitor.dep_ != "ROOT" or visitor.pos_ not in ("NOUN", "PROPN"):
        return None
    place, country = _place_objects(visitor, resolver, ("in",))
    if country is None:
        return None
    sources = [a for a in resolver.actors_of(visitor) if a.country and a.country != country.country]
    return Frame(trigger, token, sources, [country], place, rule="visit.noun.headline") if sources else None


def _pronoun_of_subject(token, sources: list[Actor], country: Actor | None, resolver: Resolver) -> list[Actor]:
    """ "A held talks with B in P, as part of his state visit to X": "his" is the clause's subject, A, not
    the person named last; unless the subject is of the country visited (a host does not visit his own country)."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in kids(token)):
        return sources
    if token.dep_ != "pobj":
        return sources
    verb = token
    for _ in range(6):  # "as part of his visit", "during the second day of her visit": up to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return sources
    governing = _subjects(verb, resolver)[0]
    if len(governing) != 1 or governing[0].kind != "person" or governing == sources:
        return sources
    if country is not None and governing[0].country == country.country:
        return sources
    return governing


def _governing_actors(token, resolver: Resolver) -> list[Actor]:
    """Who a phrase of a visit belongs to: "During his visit to X, the Kazakh president laid a wreath" (the
    subject of the verb it hangs on), "The Grand Duke, on a state visit to Y, addressed" (the noun it hangs on)."""
    word = token
    for _ in range(3):
        if word.dep_ not in ("pobj", "prep", "dobj") or word.head.i == word.i:
            return []
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return _subjects(word, resolver)[0]
        if word.pos_ in ("NOUN", "PROPN") and resolver.actors_of(word):
            return resolver.actors_of(word)
    return []
