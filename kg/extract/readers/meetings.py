"""Readers of meetings: "A met B", "A and B held talks", "A called B", "A mediated between B and C", and talks
told before ("the two sides met again")."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ...lexicon import Lexicon, Trigger, word_list
from ...model import Actor
from ..memo import kids, per_token, sent_of
from ..roles import Resolver, agent_of, prep_objects, same_country, subject_tokens
from .cooperation import _along_with
from .frames import PAIRS, READERS, TALKS, Context, Frame, _triggers_of, reader, trigger_candidates
from .parties import (
    CONTESTS,
    HOLDING,
    HOSTING,
    JOINT,
    PROPOSAL_NOUNS,
    _distinct_actors,
    _guest_actors,
    _leaders,
    _named_among,
    _named_holder,
    _named_in,
    _pairs,
    _particles,
    _phrase_tokens,
    _subjects,
    _third_party_of,
    _unique_actors,
    _venue,
    _visiting_guest,
    frame_told_before,
)


@reader(
    "meet",
    *(f"meet.verb{p}" for p in PAIRS),
    "meet.verb.again",
    "meet.verb.theirs.group",
    "meet.verb.theirs.conjoined",
    "meet.verb.separately",
    "meet.verb.elided",
    *(f"meet.verb.participle{p}" for p in PAIRS),
    "meet.verb.along_with",
    "meet.verb.among.conjoined",
    "meet.verb.among.group",
    "meet.verb.object_as_subject",
    *(f"meet.verb.visiting_misparsed{p}" for p in PAIRS),
    *(f"meet.verb.officials_from{p}" for p in PAIRS),
)
def _meet(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    where = list(prep_objects(token, ("in", "at", "for")))
    if any(o.lemma_.lower() in CONTESTS for o in [*where, *(p for w in where for p in prep_objects(w, ("of",)))]):
        return None  # "the two sides meet in the final", "the second of the internationals": a match
    if _repeated(token) and _told_by_reference(token, resolver):
        again = _met_again(token, trigger, ctx, "meet.verb.again")
        if again is not None:
            return again
    if token.lemma_.lower() == "met":  # "A met visiting N. N.": the parse made "met" an auxiliary of "visiting"
        guest = _visiting_guest(token.head, resolver) if token.dep_ == "aux" else None
        if guest is None:
            return None
        hosts = _subjects(token.head, resolver)[0]
        return _pairs(trigger, token, hosts, resolver.actors_of(guest), resolver, "meet.verb.visiting_misparsed")
    if token.lemma_.lower() in GATHERING_VERBS:
        return _gathered(token, trigger, ctx)
    among = _among_those_who(token, resolver)
    if len(among) >= 2:  # "A and B were among the leaders who met in X": A and B met there
        return _pairs(trigger, token, among, [], resolver, "meet.verb.among")
    subjects, passive = _subjects(token, resolver)
    turned = _object_parsed_as_subject(token, resolver)
    if turned:  # "A met B on Monday and later met C": the parse made C the subject of the second "met"
        subjects, passive = _subjects(token.head, resolver)[0], False
    theirs = _theirs(token, resolver)  # "A, B and C said that their leaders would meet"
    if len(theirs) > len(subjects):
        return _pairs(trigger, token, theirs, [], resolver, "meet.verb.theirs")
    partners = resolver.actors_of(agent_of(token)) if passive else list(turned)  # "was met on arrival by B"
    for child in kids(token):
        if child.dep_ == "dobj":
            met = resolver.actors_of(child) or _described(child, resolver) or _hosts(child, resolver)
            if len(met) < 2 and child.tag_ == "NNS":  # "meet the presidents of A and B": the parse split the pair
                met = _named_in(child, resolver) or met
            partners += met
    for obj in prep_objects(token, ("with",)):
        partners += resolver.actors_of(obj)
    if not partners:  # "met Tuesday with visiting Syrian Foreign Minister N. N.": the parse made the participle a verb
        withs = [p for p in kids(token) if p.dep_ == "prep" and p.lower_ == "with"]
        partners = [a for p in withs for c in kids(p) if c.dep_ == "pcomp" for a in _guest_actors(c, resolver)]
    elided = [a for a in _elided_partners(token, resolver) if a not in partners + subjects] if partners else []
    if not partners:
        partners = _named_right_after(token, resolver)
    if not partners and subjects and not passive:
        officials = _officials_from_split(token, resolver)  # "met diplomats from A, B and C"
        if officials:
            return _pairs(trigger, token, subjects, officials, resolver, "meet.verb.officials_from")
    if not subjects and not partners:  # "A and B's national security advisers met": the phrase names the parties
        plural = [c for c in kids(token) if c.dep_ == "nsubj" and c.tag_ == "NNS"]
        if plural and not any(c.dep_ == "dobj" for c in kids(token)):
            subjects = _named_in(plural[0], resolver)
    separately = _met_separately(token, trigger, subjects, partners, resolver)
    if separately is not None:
        return separately
    if elided and len(subjects) == 1:  # "A met B on Monday and C on Tuesday": A with each, not B with C
        return Frame(trigger, token, subjects, partners + elided, _venue(token, resolver), rule="meet.verb.elided")
    if turned and len(subjects) == 1:
        return Frame(trigger, token, subjects, turned, _venue(token, resolver), rule="meet.verb.object_as_subject")
    if not subjects and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        # "The A, B and C leaders, meeting in P on Monday, pledged ...": the noun the participle hangs on
        return _pairs(trigger, token, resolver.actors_of(token.head), partners, resolver, "meet.verb.participle")
    along = [a for a in _along_with(token, resolver) if a not in subjects + partners] if subjects else []
    if along:  # "A and B, along with C, met in X": C met them too
        frame = _pairs(trigger, token, _distinct_actors(subjects + along), partners, resolver, "meet.verb")
        if frame is not None:
            frame.rule = "meet.verb.along_with"
        return frame
    return _pairs(trigger, token, subjects, partners, resolver, "meet.verb")


GATHERING_VERBS = word_list("gathering_verbs")


def _gathered(verb, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "The ministers of A, B and C gathered in X": the subjects alone, officials of two or more states; "gathered
    evidence" (an object) and "allowed the rebels and their allies to gather" (a group of no state) are no meeting."""
    if any(c.dep_ in ("dobj", "dative") for c in kids(verb)):
        return None
    subjects = _distinct_actors(_subjects(verb, ctx.resolver)[0])
    if len(subjects) < 2 or any(a.country is None for a in subjects):
        return None
    return _pairs(trigger, verb, subjects, [], ctx.resolver, "meet.verb")


def _among_those_who(verb, resolver: Resolver) -> list[Actor]:
    """ "A and B were among the leaders who met in X", "A and B are among those who will gather": the subject of
    "be among" the ones the clause tells of."""
    group = verb.head
    if verb.dep_ != "relcl" or group.dep_ != "pobj" or group.head.lower_ != "among":
        return []
    clause = group.head.head
    if clause.lemma_.lower() != "be":
        return []
    return _distinct_actors(_subjects(clause, resolver)[0])


def _object_parsed_as_subject(verb, resolver: Resolver) -> list[Actor]:
    """ "A met B in X, and later met C": a second verb conjoined to the first, with no object and a "subject" that
    follows it, is the first verb's subject meeting that one."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
    if not subjects or any(c.i < verb.i for c in subjects) or any(c.dep_ == "dobj" for c in kids(verb)):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb.head)):
        return []
    return [a for c in subjects for a in resolver.actors_of(c)]


def _disputants(noun, resolver: Resolver) -> list[Actor]:
    """ "offered to host talks in P to ease a dispute between A and B", "talks to end the feud between A and B": a
    purpose clause on the talks (or on the verb that holds them) names the sides, who are the ones to meet."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOSTING:
        return []  # "will hold talks to end the feud between A and B": the holder's own talks
    holders = [noun, noun.head]
    clauses = [
        c
        for h in holders
        for c in kids(h)
        if c.dep_ in ("advcl", "acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
    ]
    sides = [
        a
        for clause in clauses
        for obj in kids(clause)
        if obj.dep_ == "dobj"
        for prep in kids(obj)
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for side in kids(prep)
        if side.dep_ == "pobj"
        for a in resolver.actors_of(side)
    ]
    return _distinct_actors(sides)


INVOLVING = word_list("talks_involving_verbs")
DASHES = ("-", "\u2013")
BETWEEN_PREPS = ("between", "among", "amongst")  # "talks among A, B and C": all of them
HYPHENED_KINDS = ("country", "organization")


def _hyphened_parties(noun, resolver: Resolver) -> list[Actor]:
    """ "the India-Pakistan talks", "a Japan-China-South Korea summit", "EU-China talks": countries or bodies
    joined by hyphens right before the meeting noun are its parties."""
    parties, i, dashes, edge = [], noun.i - 1, 0, noun.left_edge.i
    while i > edge and noun.doc[i].is_lower and noun.doc[i].dep_ in ("compound", "amod"):
        i -= 1  # "the India-Pakistan peace talks", "the US-Russia phone call"
    while i >= edge:
        mention = resolver.found.at(i)
        actor = None if mention is None else mention.actor
        if mention is not None and mention.kind == "demonym" and mention.code:
            actor = resolver.country(mention.code)  # "the Indian-Pakistani talks"
        if actor is None or actor.kind not in HYPHENED_KINDS:
            break
        parties.insert(0, actor)
        i = mention.start - 1
        if i < edge or noun.doc[i].text not in DASHES:
            break
        dashes, i = dashes + 1, i - 1
    parties = _distinct_actors(parties)
    return parties if dashes and len(parties) == dashes + 1 else []


TIME_ENTS = ("DATE", "TIME")
ELIDED_TALKS = ("meet.noun", "call.noun")


def _elided_partners(word, resolver: Resolver, preps: tuple[str, ...] = ("with",)) -> list[Actor]:
    """Partners told after a time phrase, the verb left out: "met A on Monday and B on Tuesday" (B conjoined to the
    day), "met A on Monday and later with B" (the adverb conjoined to the time phrase), "held talks with A, then
    with B" (the second "with" on the verb)."""
    actors = []
    for prep in kids(word):
        if prep.dep_ == "conj" and prep.lower_ in preps:  # "held talks with A on Sunday and with B": on the verb
            actors += [a for obj in kids(prep) if obj.dep_ == "pobj" for a in resolver.actors_of(obj)]
        elif prep.dep_ == "conj" and prep.pos_ == "ADV":  # "met A on Monday and later with B": "later" on the verb
            actors += [a for obj in prep_objects(prep, preps) for a in resolver.actors_of(obj)]
        if prep.dep_ != "prep":
            continue
        if prep.lower_ not in preps:
            for obj in kids(prep):
                if obj.dep_ == "pobj" and obj.ent_type_ in TIME_ENTS:
                    actors += [a for c in obj.conjuncts if c.ent_type_ not in TIME_ENTS for a in resolver.actors_of(c)]
        for other in prep.conjuncts:
            if other.lower_ in preps and prep.lower_ not in preps:
                actors += [a for obj in kids(other) if obj.dep_ == "pobj" for a in resolver.actors_of(obj)]
            elif other.pos_ == "ADV":
                actors += [a for obj in prep_objects(other, preps) for a in resolver.actors_of(obj)]
    return _distinct_actors(actors)


@reader("meet_headline", "meet.headline")
def _meet_headline(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Putin, Xi meet in Beijing", "Modi, Sharif meet on sidelines of summit": a headline that names the parties,
    with a comma for "and", before "meet"; the parse makes "meet" a noun or loses one of the names. Only names and
    punctuation come before it."""
    sent = sent_of(token)
    before = sent[: token.i - sent.start]
    if not 2 <= len(before) <= 12 or token.lower_ != "meet" or any(c.dep_ == "det" for c in kids(token)):
        return None
    if not any(w.text == "," for w in before) or not all(
        w.pos_ == "PROPN" or w.is_punct or w.pos_ == "CCONJ" for w in before
    ):
        return None
    parties: list[Actor] = []
    for word in before:
        for actor in ctx.resolver.actors_of(word) if word.pos_ == "PROPN" else ():
            if actor not in parties:
                parties.append(actor)
    if len(_distinct_actors(parties)) != 2:
        return None
    return Frame(trigger, token, parties[:1], parties[1:], _venue(token, ctx.resolver), rule="meet.headline")


@reader("joined_by", "joined_by.verb", "joined_by.verb.meeting", "joined_by.verb.at_talks")
def _joined_by(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B met in P, joined later by C", "they were joined by C", "A and B were joined by C at the talks":
    C joins a meeting of A and B, and meets each of them."""
    resolver = ctx.resolver
    joiners = resolver.actors_of(agent_of(token))
    if not joiners:
        return _joined_at_talks(token, trigger, ctx)
    if token.dep_ in ("advcl", "acl"):  # "met in P, joined later by C": the parties of the meeting it hangs on
        holders = [token.head]
        subject = token.head.head if token.head.dep_ == "conj" else token.head
        if token.dep_ == "acl" and subject.dep_ == "nsubj":  # "A and B, joined by C, held talks": the subject's verb
            holders += [subject.head, *(c for c in kids(subject.head) if c.dep_ == "dobj")]
        for holder, earlier in ((h, t) for h in holders for t in _triggers_of(h, ctx.lexicon)):
            frame = READERS[earlier.frame](holder, earlier, ctx) if earlier.type == "meeting" else None
            if frame is not None:
                joined = _distinct_actors([a for pair in frame.pairs() for a in pair if a is not None])
                joined = [a for a in joined if a not in joiners]
                venue = frame.place or _venue(token, resolver)
                return Frame(trigger, token, joiners, joined, venue, rule="joined_by.verb.meeting") if joined else None
        return None
    joined, passive = _subjects(token, resolver)
    passive = passive or (token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in kids(token)))  # "met, and were
    # joined by C": the passive verb shares the subject of the verb it is conjoined to
    if not passive or not joined or not _meeting_told_near(token, ctx):
        return None
    joined = [a for a in joined if a not in joiners]
    return Frame(trigger, token, joiners, joined, _venue(token, resolver), rule="joined_by.verb") if joined else None


def _joined_at_talks(verb, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A joined B and C at the talks in P", "A joined her B-ian counterpart at the summit": A, and those joined at
    talks there, all met (rule joined_by.verb.at_talks)."""
    resolver = ctx.resolver
    occasions = [
        o for o in prep_objects(verb, ("at", "in")) if any(t.type == "meeting" for t in _triggers_of(o, ctx.lexicon))
    ]
    joined = [a for c in kids(verb) if c.dep_ == "dobj" for a in resolver.actors_of(c)]
    subjects = _subjects(verb, resolver)[0] if occasions and joined else []
    parties = _distinct_actors(subjects + joined)
    if not subjects or len(parties) < 2:
        return None
    venue = _venue(occasions[0], resolver) or _venue(verb, resolver)
    if len(parties) >= 3:
        return Frame(trigger, verb, parties, [], venue, rule="joined_by.verb.at_talks")
    return Frame(trigger, verb, parties[:1], parties[1:], venue, rule="joined_by.verb.at_talks")


@reader("attend_talks", "attend_talks.verb")
def _attend_talks(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B held talks on Monday. C also attended the talks", "The talks were also attended by C", "A C
    delegation also attended": one more party at talks told before meets each of their parties."""
    resolver = ctx.resolver
    if not any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in kids(token)):
        return None  # "also", "too": one more at talks told before, not the talks' own parties
    attendees, passive = _subjects(token, resolver)
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    if passive:
        attendees, objects = resolver.actors_of(agent_of(token)), subject_tokens(token)[0]
    told = not objects or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids(objects[0]))
    if not attendees or not told or objects and not _triggers_of(objects[0], ctx.lexicon):
        return None  # "the talks", "the meeting", or nothing: the talks told before
    talks = frame_told_before(token, ctx, "meeting", 1, skip=("attend_talks",))
    if talks is None:
        return None
    parties = _distinct_actors([a for pair in talks.pairs() for a in pair if a is not None])
    if len(parties) < 2 or any(same_country(a, b) for a in attendees for b in parties):
        return None
    return Frame(trigger, token, attendees, parties, talks.place, rule="attend_talks.verb")


ALSO_WORDS = word_list("also_words")


def _meeting_told_near(token, ctx: Context) -> bool:
    """A meeting word in the sentence of `token` or the one before: what "they were joined by C" joins."""
    sentence = sent_of(token)
    start = sent_of(token.doc[sentence.start - 1]).start if sentence.start > 0 else 0
    candidates = trigger_candidates(token.doc, ctx.lexicon)
    low, high = bisect.bisect_left(candidates, start), bisect.bisect_left(candidates, sentence.end)
    return any(
        t.type == "meeting" and t.frame != "joined_by"
        for i in candidates[low:high]
        for t in _triggers_of(token.doc[i], ctx.lexicon)
    )


SEPARATELY = word_list("separately_words")


OFFICIAL_NOUNS = word_list("official_nouns")


def _officials_from_split(verb, resolver: Resolver) -> list[Actor]:
    """ "A met diplomats from B, C and D": the parse hangs "from B, C and D" on the verb, not on the officials
    it tells the origin of; an object that is an official noun naming no one takes the countries after "from"."""
    objects = [c for c in kids(verb) if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in OFFICIAL_NOUNS and objects[0].lower_ not in OFFICIAL_NOUNS:
        return []
    if resolver.actors_of(objects[0]):
        return []
    return [a for obj in prep_objects(verb, ("from",)) for a in resolver.actors_of(obj) if a.kind == "country"]


def _met_separately(token, trigger: Trigger, subjects, partners, resolver: Resolver) -> Frame | None:
    """ "A and B met separately with C": A with C and B with C, not A with B (as "A and B held talks with C",
    a meeting of the three, would give)."""
    partners = [p for p in partners if p not in subjects]
    if not subjects or not partners:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in SEPARATELY for c in kids(token)):
        return Frame(trigger, token, subjects, partners, _venue(token, resolver), rule="meet.verb.separately")
    return None


@reader("see_person", "see.verb")
def _see_person(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "He will see B again soon", "is to see the X president next week": to see a named
    person is to meet them; not "saw no reason", "see progress", "as seen by"."""
    resolver = ctx.resolver
    seen = [c for c in kids(token) if c.dep_ == "dobj"]
    mention = resolver.found.at(seen[0].i) if seen else None
    if mention is None or mention.kind != "person" or mention.actor is None:
        return None
    if any(c.dep_ in ("auxpass", "ccomp", "xcomp", "oprd") or c.lower_ == "as" for c in kids(token)):
        return None  # "saw him as a reformer", "was seen by"
    subjects, passive = _subjects(token, resolver)
    if passive:
        return None
    return _pairs(trigger, token, subjects, [mention.actor], resolver, "see.verb")


@reader("call_on", *(f"call_on{p}" for p in PAIRS))
def _call_on(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A called on B", "A paid a courtesy call on B": a visit of respect to B, who is met; "called on B to act"
    is an appeal."""
    resolver = ctx.resolver
    if any(t.lower_ == "to" and t.dep_ == "aux" for t in token.subtree):
        return None
    partners = [
        a for obj in prep_objects(token, ("on",)) for a in resolver.actors_of(obj) or _described(obj, resolver)
    ]  # "paid a courtesy call on the Sultan of Brunei": the country of the description
    if not partners:
        return None
    phrase = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    subjects, _ = _subjects(phrase, resolver)
    if not subjects and phrase.dep_ == "acl" and phrase.head.dep_ == "ROOT" and phrase.head.pos_ == "NOUN":
        subjects = resolver.actors_of(phrase.head)  # "The A minister called on B": the parse makes "called" a
        # participle on the root noun
    return _pairs(trigger, token, subjects, partners, resolver, "call_on")


def _theirs(verb, resolver: Resolver) -> list[Actor]:
    """ "Officials of A, B and C said that their leaders would meet": officials that "their" gives to the
    subjects of the clause around, who are all of those parties."""
    heads, passive = subject_tokens(verb)
    if passive or len(heads) != 1 or not any(c.dep_ == "poss" and c.lower_ == "their" for c in kids(heads[0])):
        return []  # not "until their demands are met"
    officials = resolver.lexicon.titles.keys() | resolver.lexicon.group_nouns.keys()
    if heads[0].lemma_.lower() not in officials and heads[0].lower_ not in officials:
        return []
    if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head.i == verb.i:
        return []
    outer = _outer_subjects(verb, resolver, steps=2)
    return _distinct_actors(outer) if len(_distinct_actors(outer)) >= 2 else []


def _named_right_after(verb, resolver: Resolver) -> list[Actor]:
    """ "He met X Prime Minister N. N. and ...": when the parse loses the object, the person or
    country named right after the verb, past its titles."""
    for i in range(verb.i + 1, min(verb.i + 6, sent_of(verb).end)):
        mention = resolver.found.at(i)
        word = verb.doc[i]
        if mention is not None and mention.actor is not None and mention.kind in ("person", "country"):
            return [mention.actor]
        if mention is None and word.lower_ not in resolver.lexicon.titles and word.pos_ not in ("DET", "ADJ"):
            return []
    return []


def _described(obj, resolver: Resolver) -> list[Actor]:
    """ "met Iraq's top cleric, Ayatollah X,": the person named right after, else the country of the description."""
    comma = obj.i + 1
    if comma < sent_of(obj).end and obj.doc[comma].lower_ == ",":
        for i in range(comma + 1, min(comma + 4, sent_of(obj).end)):
            mention = resolver.found.at(i)
            if mention is not None and mention.kind == "person" and mention.actor is not None:
                return [mention.actor]
    code = resolver.country_modifier(obj)
    return [resolver.country(code)] if code else []


@reader("mediate", "mediate.verb", "mediate.verb.talks")
def _mediate(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Qatar and Egypt are mediating between Israel and Hamas": each mediator meets each side."""
    resolver = ctx.resolver
    agent = agent_of(token) if token.dep_ in ("acl", "relcl") or token.tag_ == "VBN" else None
    if agent is not None:
        return _mediated_talks(token, trigger, ctx, resolver.actors_of(agent))
    mediators, _ = _subjects(token, resolver)
    sides = [a for obj in prep_objects(token, ("between",)) for a in resolver.actors_of(obj)]
    if not mediators or len(sides) < 2:
        return None
    return Frame(trigger, token, mediators, sides, _venue(token, resolver), rule="mediate.verb")


def _mediated_talks(token, trigger: Trigger, ctx: Context, mediators: list[Actor], steps: int = 6) -> Frame | None:
    """ "talks between A and B mediated by C", "A and B held talks, mediated by C": the talks the participle
    hangs on (the parse may hang it on a name inside their phrase), whose parties each meet the mediator."""
    if not mediators:
        return None
    candidates = [c for c in kids(token) if c.dep_ == "nsubjpass"]  # "the talks were mediated by C"
    word = token
    for _ in range(steps):
        if word.head.i == word.i:
            break
        word = word.head
        candidates.append(word)
        if word.pos_ == "VERB":  # "A and B held talks in Lima, mediated by C"
            candidates += [c for c in kids(word) if c.dep_ == "dobj"]
            break
    for word in candidates:
        talks = next((t for t in _triggers_of(word, ctx.lexicon) if t.type == "meeting" and word.pos_ == "NOUN"), None)
        if talks is None or talks.frame == "mediation_noun":
            continue
        frame = READERS[talks.frame](word, talks, ctx)
        if frame is None:
            return None
        sides = [a for a in _distinct_actors(frame.sources + frame.targets) if a not in mediators]
        if not sides:
            return None
        return Frame(
            trigger, token, mediators, sides, frame.place or _venue(word, ctx.resolver), rule="mediate.verb.talks"
        )
    return None


@reader("discuss", *(f"discuss.verb{p}" for p in PAIRS))
def _discuss(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    if _sides_of_talks_told(token, ctx):
        return Frame(trigger, token, [], [])  # "The two sides discussed trade": the talks told before
    subjects, _ = _subjects(token, resolver)
    partners = _partners_with(token, resolver)  # "raised the issue with B"
    if not partners and token.lemma_.lower() in RAISED_WITH:
        return None  # "agreed to raise trade": raising is talk only with someone
    return _pairs(trigger, token, subjects, partners, resolver, "discuss.verb")


RAISED_WITH = word_list("discussion_verbs_with_partner")


def _partners_with(token: Token, resolver: Resolver) -> list[Actor]:
    """The actors after "with" on the verb or on its object: "discussed trade with B", "raised the issue with B"."""
    held = [token, *(c for c in kids(token) if c.dep_ == "dobj")]
    return [a for word in held for obj in prep_objects(word, ("with",)) for a in resolver.actors_of(obj)]


@reader("co_chair", *(f"co_chair.verb{p}" for p in PAIRS))
def _co_chair(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B co-chaired the session", "the commission, co-chaired by A and his counterpart B", "A co-chaired
    the talks with B": those who chair a meeting together have met."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in ("-", "–") or doc[token.i - 2].lower_ != "co":
        return None
    resolver = ctx.resolver
    agent = agent_of(token) or agent_of(doc[token.i - 2])
    if agent is not None:
        chairs = resolver.actors_of(agent)
        named = [c for c in kids(agent) if c.dep_ == "appos"]  # "by the Secretary General, A, and B"
        strays = [c for c in kids(token) if c.dep_ == "conj"]  # "co-chaired by A, and B": B on the verb
        for other in [conj for n in named for conj in n.conjuncts] + strays:
            if other.pos_ in ("NOUN", "PROPN"):
                chairs += [a for a in resolver.actors_of(other) if a not in chairs]
        return _pairs(trigger, token, chairs, [], resolver, "co_chair.verb")
    subjects: list[Actor] = []
    for verb in (token, doc[token.i - 2]):  # the parse may hang the subject on "co"
        heads, _ = subject_tokens(verb)
        if heads:
            subjects = [a for h in heads for a in resolver.actors_of(h)]
            if len(subjects) < 2:
                subjects = _named_in(heads[0], resolver) or subjects
            break
    if len(subjects) < 2:  # "A and B co-chaired": the parse may break the subject up; all it names, if no verb
        left = doc[sent_of(token).start : token.i - 2]
        if not any(t.pos_ in ("VERB", "AUX") for t in left) and any(t.lower_ == "and" for t in left):
            named = _named_among(left, resolver)
            subjects = named if len(named) >= 2 else subjects
    partners = _partners_with(token, resolver)  # "co-chaired the commission with B"
    return _pairs(trigger, token, subjects, partners, resolver, "co_chair.verb")


@reader("bring_together", *(f"bring_together.verb{p}" for p in PAIRS))
def _bring_together(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "The meeting brought together envoys from A and B": those brought together met; "C brought A and B
    together": C, who convened them, met each."""
    if not any(t.lower_ in TOGETHER and token.i in (t.head.i, t.head.head.i) for t in token.subtree):
        return None
    resolver = ctx.resolver
    gathered = [a for c in kids(token) if c.dep_ == "dobj" for a in resolver.actors_of(c)]
    if len(gathered) < 2:
        return None
    convener, _ = _subjects(token, resolver)
    parties = _distinct_actors(convener + gathered)
    venue = _venue(token, resolver)
    for held in (c for s in kids(token) if s.dep_ == "nsubj" for c in kids(s) if c.dep_ == "acl"):
        venue = venue or _venue(held, resolver)  # "The meeting, held in Muscat, brought together ..."
    if len(parties) >= 3:
        return Frame(trigger, token, parties, [], venue, rule="bring_together.verb.group")
    return Frame(trigger, token, gathered[:1], gathered[1:], venue, rule="bring_together.verb.conjoined")


TOGETHER = word_list("together_particles")


EXCHANGED = word_list("exchanged_objects")


@reader("meet_object", *(f"meet_object.verb{p}" for p in PAIRS))
def _meet_object(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A shook hands with B", "A granted an audience to B", "A broke bread with B", "A and B shook hands": a verb
    that is a meeting with its object noun (data/lexicon's `meeting_object_verbs`), the partner after the
    preposition."""
    resolver = ctx.resolver
    if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(token)):
        return None  # "crossed the line to shake hands with B": a purpose, told as the meeting it led to
    for noun, prep in OBJECT_MEETINGS.get(token.lemma_.lower(), ()):
        held = [c for c in kids(token) if c.dep_ == "dobj" and c.lemma_.lower() == noun]
        if not held:
            continue
        partners = [
            a for word in (token, *held) for obj in prep_objects(word, (prep,)) for a in resolver.actors_of(obj)
        ]
        subjects, _ = _subjects(token, resolver)
        return _pairs(trigger, token, subjects, partners, resolver, "meet_object.verb")
    return None


OBJECT_MEETINGS: dict[str, list[tuple[str, str]]] = {}


for _phrase in sorted(word_list("meeting_object_verbs")):
    _verb, _noun, _prep = _phrase.split()
    OBJECT_MEETINGS.setdefault(_verb, []).append((_noun, _prep))


@reader("exchange_views", *(f"exchange_views.verb{p}" for p in PAIRS))
def _exchange_views(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B exchanged views on the crisis", "A exchanged opinions with B": talk, not prisoners or fire."""
    if not any(c.dep_ == "dobj" and (c.lower_ in EXCHANGED or c.lemma_.lower() in EXCHANGED) for c in kids(token)):
        return None
    resolver = ctx.resolver
    if _sides_of_talks_told(token, ctx):
        return Frame(trigger, token, [], [])  # "The sides exchanged views": the talks told before
    subjects, _ = _subjects(token, resolver)
    partners = _partners_with(token, resolver)  # "exchanged views with B"
    return _pairs(trigger, token, subjects, partners, resolver, "exchange_views.verb")


@reader(
    "meet_noun",
    *(f"meet.noun{t}{p}" for t in TALKS for p in PAIRS),
    "meet.noun.between_hosted",
    "meet.noun.hosted",
    "meet.noun.hosted_at",
    "meet.noun.the_two",
    "meet.noun.addressed",
    "meet.noun.trip_owner",
    "meet.noun.in_which",
    "meet.noun.the_two.group",
    "meet.noun.again",
    "meet.noun.led",
    "meet.noun.elided",
    "meet.noun.hyphened",
    "meet.noun.along_with",
    "meet.noun.round",
    "meet.noun.disputants",
    "meet.noun.joined",
)
def _meet_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "held talks with", "talks between A and B", "during talks in P with", "hosted B for talks"."""
    if token.lemma_.lower() in MET_ONLY_WITH and not any(True for _ in _nested_objects(token, ("with",))):
        return None  # "had an audience with the king" is a meeting; "told an audience of students" is not
    if token.lemma_.lower() in OWN_PARTIES_ONLY and not _names_its_parties(token, ctx.resolver):
        return None  # "the fifth session of the Kenya-Uganda commission"; not "opened its annual session"
    if _recalled_for(token):
        return None  # "recalled its ambassador for consultations": a protest, no one met
    if token.lemma_.lower() in ROUND_NOUNS:  # "the next round is due in July", "agreed to hold another round"
        if any(True for _ in prep_objects(token, ("of",))) or not _repeated(token):
            return None  # "a round of talks" is read at "talks"; "a round of sanctions", "the first round": none
        again = _met_again(token, trigger, ctx, "meet.noun.round", in_sentence=True)
        return again if again is not None and (again.sources or again.targets) else None
    if _repeated(token) and _noun_told_by_reference(token, ctx.resolver):
        again = _met_again(token, trigger, ctx, "meet.noun.again")  # "a follow-up meeting will be held"
        if again is not None:
            return again
    if _the_talks_of_the_sides(token, ctx.resolver) and _met_again(token, trigger, ctx, "meet.noun.again"):
        return Frame(trigger, token, [], [])  # "In the talks, the two sides ...": the talks told before
    return _talks(token, trigger, ctx, "meet.noun", ("with",))


@reader("hyphened_meeting", "hyphened_meet.noun")
def _hyphened_meeting(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "had a sit-down with B", "held a get-together with B": a meeting noun written with a hyphen, which the
    tokenizer splits (data/lexicon's `hyphened_meeting_nouns`); only with the partner after "with"."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or f"{doc[token.i - 2].lower_}-{token.lower_}" not in HYPHENED:
        return None
    if not any(True for _ in _nested_objects(token, ("with",))):
        return None
    frame = _talks(token, trigger, ctx, "meet.noun", ("with",))
    if frame is not None:
        frame.rule = "hyphened_meet.noun"
    return frame


HYPHENED = word_list("hyphened_meeting_nouns")


REPEAT_MARKERS = word_list("repeat_markers")


MET_ONLY_WITH = word_list("meeting_nouns_with_partner")


MEDIATING = ("mediate", "mediation_noun")


RECALLING = word_list("recall_verbs")


VISIT_NOUNS_OWNED = word_list("visit_nouns")


OWN_PARTIES_ONLY = word_list("meeting_nouns_naming_parties")


def _names_its_parties(noun, resolver: Resolver) -> bool:
    """Whether a session names two or more parties in its own phrase: "a session of the Kenya-Uganda joint
    commission", "a session between A and B", "the session of the commission with B"."""
    named = [a for t in _phrase_tokens(noun) if t.i != noun.i for a in resolver.actors_of(t)]
    codes = {a.country or a.name for a in named}
    phrase = _phrase_tokens(noun)
    for t in phrase:
        mention = resolver.found.at(t.i)
        if mention is not None and mention.kind == "demonym" and mention.code:
            codes.add(mention.code)
    return len(codes) >= 2 or any(True for _ in _nested_objects(noun, ("with",)))


def _recalled_for(noun) -> bool:
    """ "recalled its ambassador from P for consultations", "summoned the envoy for talks":
    what an envoy is recalled or summoned for is a protest of the sender, not a meeting of two parties."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    verb = prep.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:  # "for" hung on the envoy or a place
        verb = verb.head
    return verb.lemma_.lower() in RECALLING


ROUND_NOUNS = word_list("round_nouns")


def _repeated(token) -> bool:
    """ "They will meet again", "the committee will reconvene", "a follow-up meeting", "the next session", "will
    resume talks", "the next round of talks": a meeting told as another of one told before."""
    if token.lemma_.lower() in REPEAT_MARKERS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ROUND_NOUNS:
        token = token.head.head  # "the next round of talks": the round says it
    if token.lemma_.lower() in ROUND_NOUNS and any(
        c.dep_ == "det" and c.lemma_.lower() in REPEAT_MARKERS for c in kids(token)
    ):
        return True  # "another round"
    if any(c.lemma_.lower() in REPEAT_MARKERS and c.dep_ in ("advmod", "amod", "compound") for c in kids(token)):
        return True
    holder = token.head
    return token.dep_ == "dobj" and holder.lemma_.lower() in REPEAT_MARKERS


def _told_by_reference(verb, resolver: Resolver) -> bool:
    """Whether the parties of a verb are only referred to ("they", "the two delegations", "the committee"), not
    named: no subject is a name of its own and no object or "with" names anyone."""
    heads, _ = subject_tokens(verb)
    if any(resolver.found.at(h.i) is not None for h in heads):
        return False
    met = [c for c in kids(verb) if c.dep_ == "dobj"] + list(prep_objects(verb, ("with",)))
    return not any(resolver.actors_of(m) for m in met)


def _noun_told_by_reference(noun, resolver: Resolver) -> bool:
    """ "A follow-up meeting will be held", "the two sides will resume talks": the meeting noun names no one in its
    own phrase ("with", "between", "of", a possessive), nor does the verb that holds it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ROUND_NOUNS:
        noun = noun.head.head  # "the next round of talks will be held": told by the round
    named = [*_nested_objects(noun, ("with", "between", "of")), *(c for c in kids(noun) if c.dep_ == "poss")]
    if any(resolver.actors_of(n) for n in named):
        return False
    if noun.dep_ == "dobj":
        return _told_by_reference(noun.head, resolver)
    return noun.dep_ in ("nsubj", "nsubjpass")


PARTY_NOUNS = word_list("party_reference_nouns")


def _sides_of_talks_told(verb, ctx: Context) -> bool:
    """ "A held talks with B. The two sides discussed trade", "During the talks, they exchanged views": "the
    (two) sides", "the parties", "they" with no one named stand for the parties of talks told before, and tell
    what those talks were about: no meeting of their own (nor one of the last two countries named)."""
    if not _sides_referred_to(verb, ctx.resolver):
        return False
    trigger = ctx.lexicon.triggers[("talk", "NOUN")][0]
    return _met_again(verb, trigger, ctx, "meet.noun.again") is not None


def _sides_referred_to(verb, resolver: Resolver) -> bool:
    """Whether the one subject of `verb` is "they", "the (two) sides", "the parties", "the two ministers", and no
    one is named as met."""
    heads, _ = subject_tokens(verb)
    if len(heads) != 1 or not _told_by_reference(verb, resolver):
        return False
    head = heads[0]
    return head.lower_ == "they" or (
        head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and (head.lemma_.lower() in PARTY_NOUNS or any(c.lower_ in PAIR_WORDS for c in kids(head)))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
    )


def _the_talks_of_the_sides(noun, resolver: Resolver) -> bool:
    """ "In the talks, the two sides discussed trade": definite talks that name no one, in a clause whose
    subject only refers to the parties."""
    if noun.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(noun)):
        return False
    if any(True for _ in _nested_objects(noun, ("with", "between", "of"))):
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and noun.head.dep_ == "prep" and _sides_referred_to(verb, resolver)


_LOOKING_BACK: list[bool] = []  # set while _met_again reads earlier triggers, which do not look back again


def _met_again(
    token,
    trigger: Trigger,
    ctx: Context,
    rule: str,
    reach: int = 400,
    of_countries: bool = False,
    in_sentence: bool = False,
) -> Frame | None:
    """The parties of the last meeting told before, up to `reach` tokens back, for a meeting told as another
    one: "A and B held talks in X ... They will meet again in Y" is a second meeting of A and B. `of_countries`
    passes over a meeting one of whose parties has no country (a place the parse took for a person)."""
    if _LOOKING_BACK:
        return None
    doc = token.doc
    _LOOKING_BACK.append(True)
    try:
        candidates = trigger_candidates(doc, ctx.lexicon)  # the trigger words only, not every token of the reach
        lo, hi = (
            bisect.bisect_left(candidates, max(token.i - reach, 0)),
            bisect.bisect_left(candidates, token.i if in_sentence else sent_of(token).start),
        )  # `in_sentence`: "held talks on Monday and agreed to hold another round" looks back inside the sentence
        lemma = token.lemma_.lower() if token.pos_ == "NOUN" else None
        # "the next summit" is the summit told before, not talks of two of its parties told after it
        words = [doc[i] for i in reversed(candidates[lo:hi])]
        same = [w for w in words if lemma and w.pos_ == "NOUN" and w.lemma_.lower() == lemma]
        for word in same + words:
            if word.pos_ not in ("VERB", "NOUN"):
                continue
            for earlier in _triggers_of(word, ctx.lexicon):
                if earlier.type != "meeting" or earlier.frame in MEDIATING:
                    continue  # a mediator is not one of those who meet again
                frame = READERS[earlier.frame](word, earlier, ctx)
                if frame is None:
                    continue
                parties = _distinct_actors(frame.sources + frame.targets)
                if len(parties) < 2 or (of_countries and not all(a.country for a in parties)):
                    continue
                venue = _venue(token, ctx.resolver)
                if len(parties) >= 3:
                    return Frame(trigger, token, parties, [], venue, rule=rule)
                return Frame(trigger, token, parties[:1], parties[1:], venue, rule=rule)
    finally:
        _LOOKING_BACK.pop()
    return None


@reader(
    "call_noun",
    *(f"call.noun{t}{p}" for t in TALKS for p in PAIRS),
    "call.noun.between_hosted",
    "call.noun.hosted",
    "call.noun.hosted_at",
    "call.noun.the_two",
    "call.noun.addressed",
    "call.noun.trip_owner",
    "call.noun.in_which",
    "call.noun.the_two.group",
    "call.noun.led",
    "call.noun.elided",
    "call.noun.hyphened",
    "call.noun.along_with",
    "call.noun.disputants",
)
def _call_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "a phone call with", "a phone call from Macron", "received a call from Macron": a call is a meeting when it
    is by phone or video, or one that is received, made or taken."""
    if token.lemma_.lower() in MODE_ONLY_CALLS and not any(c.lower_ in CALL_MODES for c in kids(token)):
        return None  # "a video conference" is a call; "a conference with leaders of A and B" is not
    taken = token.dep_ == "dobj" and token.head.lemma_.lower() in CALL_TAKING
    spoken_with = any(ctx.resolver.actors_of(o) for o in prep_objects(token, ("with",)))  # "in a call with X"
    if not taken and not spoken_with and not any(c.lower_ in CALL_MODES for c in kids(token)):
        return None
    return _talks(token, trigger, ctx, "call.noun", ("with", "from"))


@reader("by_phone", *(f"by_phone{p}" for p in PAIRS))
def _by_phone(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "X told Y by phone that ...", "Over the telephone, X assured Y", "X discussed it with Y by phone": what
    is said by phone to someone is a call with them."""
    prep = token.head
    if token.dep_ == "compound" and prep.pos_ == "NOUN" and not ctx.lexicon.triggers.get((prep.lemma_.lower(), "NOUN")):
        return _phoned(token, prep, trigger, ctx)  # "a telephone appeal from X", "a phone message to Y"
    if token.dep_ != "pobj" or prep.lower_ not in PHONE_PREPS or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    resolver = ctx.resolver
    subjects, _ = _subjects(verb, resolver)
    addressed = [c for c in kids(verb) if c.dep_ in ("dobj", "dative")]
    partners = [a for obj in addressed for a in resolver.actors_of(obj)]
    partners += [a for obj in prep_objects(verb, ("with", "to")) for a in resolver.actors_of(obj)]
    return _pairs(trigger, verb, subjects, partners, resolver, "by_phone")


PHONE_PREPS = word_list("phone_prepositions")


def _phoned(mode, noun, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "rejected a telephone appeal from X", "sent a phone message to Y": what is said by phone between two
    named parties is a call between them; the one it comes from, or the one who makes it, and the one it is to."""
    resolver = ctx.resolver
    senders = [a for obj in prep_objects(noun, ("from",)) for a in resolver.actors_of(obj)]
    receivers = [a for obj in prep_objects(noun, ("to", "with")) for a in resolver.actors_of(obj)]
    holder = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else noun
    clause, _ = _subjects(holder, resolver) if holder.i != noun.i else ([], False)
    if senders and not receivers:
        receivers = clause  # "A rejected a telephone appeal from B"
    elif receivers and not senders:
        senders = clause  # "Macron made a phone appeal to Putin"
    if not senders or not receivers:
        return None
    return _pairs(trigger, mode, senders, receivers, resolver, "by_phone")


CALL_MODES = word_list("call_modes")


MODE_ONLY_CALLS = word_list("call_nouns_needing_mode")


CALL_TAKING = word_list("call_taking_verbs")


@reader("call_verb", *(f"call.verb{p}" for p in PAIRS))
def _call_verb(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Ruto called Hassan on Monday": a person or country called is one spoken with by phone; not "called him a
    liar", "called elections" or "called for talks"."""
    resolver = ctx.resolver
    if any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "prt") or (c.dep_ == "prep" and c.lower_ == "for") for c in kids(token)
    ):
        return None
    called = [c for c in kids(token) if c.dep_ == "dobj"]
    mention = resolver.found.at(called[0].i) if called else None
    if mention is None or mention.kind not in ("person", "country"):
        return None
    subjects, _ = _subjects(token, resolver)
    return _pairs(trigger, token, subjects, resolver.actors_of(called[0]), resolver, "call.verb")


@reader(
    "joint_conference",
    *(f"joint_conference.noun{t}{p}" for t in TALKS for p in PAIRS),
    "joint_conference.noun.between_hosted",
    "joint_conference.noun.hosted",
    "joint_conference.noun.hosted_at",
    "joint_conference.noun.the_two",
    "joint_conference.noun.addressed",
    "joint_conference.noun.trip_owner",
    "joint_conference.noun.in_which",
    "joint_conference.noun.the_two.group",
    "joint_conference.noun.led",
)
def _joint_conference(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "at a joint news conference with his counterpart": those who face the press together have met."""
    if not any(c.lower_ in JOINT for c in kids(token)):
        return None
    return _talks(token, trigger, ctx, "joint_conference.noun", ("with",))


@reader("sit_down", *(f"sit_down.verb{p}" for p in PAIRS))
def _sit_down(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "sat down with his counterpart", "sat across the table from her rival": sitting down together is talking."""
    resolver = ctx.resolver
    particles = [p for p in _particles(token) if p.i != token.i]
    partners = [
        a
        for word in (token, *particles)
        for obj in prep_objects(word, ("with", "from"))
        for a in resolver.actors_of(obj)
    ]
    if not particles or not partners:
        return None
    subjects, _ = _subjects(token, resolver)
    return _pairs(trigger, token, subjects, partners, resolver, "sit_down.verb")


@reader("body_session", "body_session.noun")
def _body_session(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "the fifth session of the Kenya-Tanzania Joint Commission", "the next meeting of the Peru-Chile binational
    committee": a sitting of a body named for two countries is a meeting of the two."""
    found = ctx.resolver.found
    for body in prep_objects(token, ("of",)):
        if body.lemma_.lower() not in BILATERAL_BODIES:
            continue
        countries: list[Actor] = []
        for i in range(body.left_edge.i, body.i):
            mention = found.at(i)
            actor = mention.actor if mention is not None else None
            if actor is not None and actor.kind == "country" and actor not in countries:
                countries.append(actor)
        if len(countries) == 2:
            return Frame(trigger, token, countries[:1], countries[1:], rule="body_session.noun")
    return None


BILATERAL_BODIES = word_list("bilateral_bodies")


@reader("mediation_noun", "mediation.noun")
def _mediation_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "a mediation mission between A and B": the mediator meets each side."""
    return _talks(token, trigger, ctx, "mediation.noun", ("with",), mediated=True)


def _shunned(phrase, lexicon: Lexicon) -> bool:
    """Whether talks are the occasion of a no-show verb ("pulled out of the summit", "stayed away from the talks",
    "boycotted the meeting"): a visit trigger of the stay_away or attend frame whose word is a negative cue."""
    word = phrase
    for _ in range(6):
        if word.dep_ not in ("pobj", "prep", "dobj") or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "VERB":
            break
    else:
        return False
    lemma = word.lemma_.lower()
    if not any(t.type == "visit" and t.frame in ("stay_away", "attend") for t in _triggers_of(word, lexicon)):
        return False
    said = {lemma, *(f"{lemma} {c.lower_}" for c in kids(word) if c.dep_ in ("prt", "advmod", "prep"))}
    return bool(said & lexicon.negative_cues)


def _talks(
    token: Token, trigger: Trigger, ctx: Context, rule: str, with_preps: tuple[str, ...], mediated: bool = False
) -> Frame | None:
    """The parties of talks, a call or a mediation: "with" (or "from") and "between" in the noun's phrase, its
    owner or the subject of its verb, and a host who takes part."""
    resolver, lexicon = ctx.resolver, ctx.lexicon
    hosted = rule + ".hosted"
    phrase = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
    phrase = _span_of_talks(phrase)
    if phrase.dep_ == "pobj" and phrase.head.lower_ in STATE_PREPS:
        return None  # "a deal that has been under negotiation for years": the state of a deal
    if _shunned(phrase, lexicon):
        return None  # "A and B pulled out of the summit", "boycotted the talks": they did not meet there
    between_objects = list(_nested_objects(phrase, BETWEEN_PREPS))  # one walk of the phrase for each preposition
    between = [a for obj in between_objects for a in resolver.actors_of(obj)]
    if len(between) == 1:  # "between President A and visiting Kazakh President B": the parse made a verb of it
        between += [a for obj in between_objects for a in _visiting_after_and(obj, resolver) if a not in between]
    if len(between) == 1:  # "between the ministries of trade of A and B": the parse split the phrase
        named = next((_named_in(obj.head, resolver) for obj in between_objects), [])
        between = named if len(named) >= 2 else between
    hyphened = _hyphened_parties(phrase, resolver) if len(between) < 2 and rule in ELIDED_TALKS else []
    if hyphened:  # "the India-Pakistan talks", "the Japan-China-South Korea summit": every pair
        sides = (hyphened, []) if len(hyphened) >= 3 else (hyphened[:1], hyphened[1:])
        return Frame(trigger, token, *sides, _venue(token, resolver), rule=rule + ".hyphened")
    if len(between) < 2 and not mediated:  # "talks involving A, B and C", "the talks, which included A and B,"
        involved = _distinct_actors(
            [
                a
                for verb in kids(phrase)
                if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in INVOLVING
                for obj in kids(verb)
                if obj.dep_ == "dobj"
                for a in resolver.actors_of(obj)
            ]
        )
        between = involved if len(involved) >= 2 else between
    if len(between) < 2 and not mediated:  # "the meeting of the foreign ministers of A, B and C"
        members = _distinct_actors([a for obj in prep_objects(phrase, ("of",)) for a in resolver.actors_of(obj)])
        states = all(a.kind in ("country", "person") for a in members)  # "meetings of the AU and SADC": sessions
        between = members if len(members) >= 2 and states else between
    with_objects = list(_nested_objects(phrase, with_preps))
    elided: list[Actor] = []
    led = [obj for obj in with_objects if _leaders(obj, resolver)]  # "talks with an X team led by N. N."
    partners = [
        a for obj in with_objects for a in _leaders(obj, resolver) or resolver.actors_of(obj) or _hosts(obj, resolver)
    ]
    if not partners:  # "talks with visiting President N. N.": the parse made the participle a verb
        holder = [phrase.head] if phrase.dep_ == "dobj" else []  # "held talks here with visiting ...": on the verb
        partners = [
            a
            for prep in [*kids(phrase), *(c for h in holder for c in kids(h))]
            if prep.dep_ == "prep" and prep.lower_ in with_preps
            for c in kids(prep)
            if c.dep_ == "pcomp"
            for a in _guest_actors(c, resolver)
        ]
    # "a videoconference with his counterparts from A and B": one phrase names several, who all took part
    together = _one_occasion(token) and any(len(resolver.actors_of(obj)) >= 2 for obj in with_objects)
    if len(between) < 2 and not partners and _third_party_of(phrase):
        return None  # "A and B, the mediators in the talks, ...": the talks of others, not among the mediators
    if not partners and phrase.dep_ == "dobj":  # "held talks on Tuesday with X": the "with" hung on the verb
        on_verb = list(prep_objects(phrase.head, with_preps))
        partners = [a for obj in on_verb for a in resolver.actors_of(obj)]
        together = _one_occasion(token) and any(len(resolver.actors_of(obj)) >= 2 for obj in on_verb)
    elif partners and phrase.dep_ == "dobj" and rule in ELIDED_TALKS:  # "held talks with A, then with B"
        elided = [a for obj in prep_objects(phrase.head, with_preps) for a in resolver.actors_of(obj)]
        elided += _elided_partners(phrase, resolver, with_preps) + _elided_partners(phrase.head, resolver, with_preps)
        elided = [a for a in _distinct_actors(elided) if a not in partners]
    if len(between) < 2 and phrase.dep_ in ("nsubj", "nsubjpass"):  # "a conversation took place between A and B"
        on_verb = [a for obj in prep_objects(phrase.head, ("between",)) for a in resolver.actors_of(obj)]
        between = on_verb if len(on_verb) >= 2 else between
    host = [] if mediated else _host_of_talks(phrase, resolver)
    if len(between) >= 2 and not mediated:
        if host:
            return Frame(
                trigger,
                token,
                _distinct_actors(between + host),
                [],
                _venue(token, resolver),
                rule=rule + ".between_hosted",
            )
        sides = _sides_with_counted_groups(between_objects, resolver)
        if sides:  # "talks between A and the two rebel groups": A with each group, not the groups with each other
            return Frame(trigger, token, sides[0], sides[1], _venue(token, resolver), rule=rule + ".between")
        if len(_distinct_actors(between)) >= 3:  # "talks between A, B and C": every pair
            return Frame(
                trigger, token, _distinct_actors(between), [], _venue(token, resolver), rule=rule + ".between.group"
            )
        return _pairs(trigger, token, between[:1], [*between[1:], *host], resolver, rule + ".between")
    if len(between) < 2 and not partners and not mediated and rule in ELIDED_TALKS:
        disputants = _disputants(phrase, resolver)  # "offered to host talks to ease a dispute between A and B"
        if len(disputants) >= 2:
            return Frame(
                trigger, token, disputants[:1], disputants[1:], _venue(token, resolver), rule=rule + ".disputants"
            )
    partners += between
    subjects = []
    for child in kids(phrase):
        if child.dep_ == "poss":
            subjects = resolver.actors_of(child)
    if not subjects:
        subjects = _pair_holding(token, resolver) or _subjects(phrase, resolver)[0]
        holders = subject_tokens(phrase.head)[0] if phrase.dep_ == "dobj" else []
        leaders = [a for h in holders for a in _leaders(h, resolver)]  # "The delegation, headed by N. N., held talks"
        if leaders:
            subjects, led = leaders, led + holders
    held = phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in HOLDING  # not "attended the summit along with"
    along = _along_with(phrase.head, resolver) if subjects and held and not mediated else []
    along = [a for a in along if a not in subjects]
    subjects = _distinct_actors(subjects + along)  # "A and B, along with C, held talks": C took part
    if phrase.dep_ == "nsubjpass" and not subjects and not between and not mediated:
        told = _hosted_talks_told_before(phrase, resolver)  # "The talks were hosted by X": talks told before
        if told is not None:
            return Frame(trigger, token, told[0], told[1], _venue(token, resolver), rule=hosted)
        if phrase.head.lemma_.lower() in ATTENDING:  # "the meeting was attended by A, B and C"
            attended = _distinct_actors(resolver.actors_of(agent_of(phrase.head)))
            if len(attended) >= 3:
                return Frame(trigger, token, attended, [], _venue(token, resolver), rule=rule + ".group")
            if len(attended) == 2:
                return _pairs(trigger, token, attended, [], resolver, rule)
    if phrase.dep_ in ("nsubj", "nsubjpass") and not subjects:
        return None
    attended = not (partners or host) and _attended_only(token, phrase)
    if not subjects and partners:  # "accused Beijing of the clash that killed ..., during a call with Wang Yi"
        subjects, _ = _subjects(sent_of(phrase).root, resolver)
    if not subjects and phrase.dep_ == "pobj":
        subjects = _outer_subjects(phrase, resolver)
    owner = []
    if not subjects and phrase.dep_ == "pobj" and partners:
        owner = subjects = _traveller_of_clause(phrase, resolver)  # "A's visit, for a summit with B, ..."
    if not partners and host:  # "hosted a dinner for A and B", "hosted a lunch on Thursday for A"
        holders = (phrase, phrase.head) if phrase.dep_ == "dobj" else (phrase,)
        partners = [a for word in holders for obj in prep_objects(word, ("for",)) for a in resolver.actors_of(obj)]
    if not partners:
        partners = _guests(phrase, resolver)
        if len(partners) >= 2 and subjects:  # "A hosted B and C for talks": the three met
            return Frame(
                trigger, token, _distinct_actors(subjects + partners), [], _venue(token, resolver), rule=hosted
            )
    if not partners and not mediated:  # "A hosted B and C at his residence for talks"
        partners = _guests_at_venue(phrase, resolver)
        if partners and not subjects:
            subjects, _ = _subjects(phrase.head.head.head.head, resolver)
        if len(partners) >= 2 and subjects:
            return Frame(trigger, token, _distinct_actors(subjects + partners), [], None, rule=hosted + "_at")
    the_two = False
    referred = [o for o in with_objects if any(c.lower_ in PAIR_WORDS for c in kids(o)) and subjects]
    for obj in referred:  # "B, who chaired talks with the two leaders": the two named before besides B
        named = resolver.actors_of(obj)
        if any(a in subjects for a in named):
            pair = _pair_besides(obj, subjects, resolver)
            if len(pair) == 2:
                partners = [p for p in partners if p not in named] + pair
                together, the_two = _one_occasion(token), True
    if not partners and not between and len(subjects) == 1 and rule == "meet.noun" and _joined_talks(phrase):
        told = _met_again(token, trigger, ctx, rule + ".joined", of_countries=True)  # "C, who joined the talks"
        met = [] if told is None else told.sources + told.targets
        if met and subjects[0] not in met:
            parties = _distinct_actors(subjects + met)  # C with each party; the talks among the others were
            # told before, and not by C's video link ("C joined the talks by video link": only C was away)
            return Frame(trigger, token, parties[:1], parties[1:], told.place, rule=rule + ".joined")
    inside = []
    if not partners and not between and len(subjects) == 1:
        inside = _acting_within(token, resolver)  # "after a summit in which A said ...": A took part
        partners = [a for a in inside if a not in subjects]
    addressed = []
    if not partners and not between and len(subjects) == 1 and phrase.dep_ == "pobj":
        addressed = _addressed_during(phrase, resolver)  # "thanked B for his support during a phone call"
        partners = [a for a in addressed if a not in subjects]
    if not partners and len(subjects) < 2:
        for child in kids(token):
            if child.dep_ in ("amod", "compound"):
                partners += resolver.demonym_list(child.head) if child.head.i == token.i else []
    if mediated:
        if not (subjects and partners):
            return None
        return Frame(trigger, token, subjects, partners, _venue(token, resolver), rule=rule)
    if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in CONCLUDING and token.lemma_.lower() in NEGOTIATED:
        # "wrapped up negotiations on a trade deal": a deal; "wrapping up the session of the commission": a sitting
        trigger = lexicon.triggers[("agreement", "NOUN")][0]  # "concluded negotiations on a trade deal": a deal
        rule += ".concluded"
    if host and len(_distinct_actors(subjects + partners + host)) >= 3:
        return Frame(
            trigger, token, _distinct_actors(subjects + partners + host), [], _venue(token, resolver), rule=hosted
        )
    if together and subjects and len(_distinct_actors(subjects + partners)) >= 3:
        return Frame(
            trigger,
            token,
            _distinct_actors(subjects + partners),
            [],
            _venue(token, resolver),
            rule=rule + (".the_two.group" if the_two else ".group"),
        )
    if elided and len(subjects) == 1 and not host and not together:  # each with the subject, not with each other
        return Frame(trigger, token, subjects, partners + elided, _venue(token, resolver), rule=rule + ".elided")
    frame = _pairs(trigger, token, subjects, partners + host, resolver, rule)
    if attended and frame is not None and len(frame.sources) + len(frame.targets) >= 3:
        return None  # "A, B and C signed a document at a summit": signing there is not meeting each other
    if along and frame is not None and frame.rule.startswith(rule) and rule in ELIDED_TALKS:
        frame.rule = rule + ".along_with"
    if addressed and frame is not None and frame.rule == rule:
        frame.rule = rule + ".addressed"
    if owner and frame is not None and frame.rule == rule:
        frame.rule = rule + ".trip_owner"
    if inside and frame is not None and frame.rule == rule:
        frame.rule = rule + ".in_which"
    if the_two and frame is not None and frame.rule in (rule, rule + ".group"):
        frame.rule = rule + ".the_two" + frame.rule[len(rule) :]
    elif led and frame is not None and frame.rule == rule:
        frame.rule = rule + ".led"
    return frame


TALKS_SPANS = word_list("talks_spans")
JOINING = word_list("joining_verbs")


def _joined_talks(phrase) -> bool:
    """ "C joined the talks", "C, who joined the meeting by video link": definite talks told before, which C joined
    (rule meet.noun.joined: C with each party of the last talks told)."""
    return (
        phrase.dep_ == "dobj"
        and phrase.head.lemma_.lower() in JOINING
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(phrase))
    )


STATE_PREPS = word_list("talks_state_prepositions")


SEPARATE = word_list("separate_modifiers")


PLURAL_OCCASIONS = word_list("plural_meeting_nouns")


DURING_PREPS = word_list("talks_during_prepositions")


def _acting_within(noun, resolver: Resolver) -> list[Actor]:
    """ "after a summit in which A said ...", "talks during which the X leader agreed ...": the
    person who acts inside the talks, in a relative clause that opens with "in/during/at which"."""
    for clause in (c for c in kids(noun) if c.dep_ == "relcl"):
        opened = any(
            c.dep_ == "prep" and c.lower_ in DURING_PREPS and any(o.lower_ == "which" for o in kids(c))
            for c in kids(clause)
        )
        if opened:
            heads, passive = subject_tokens(clause)
            if not passive:
                return [a for h in heads for a in resolver.actors_of(h) if a.kind == "person"]
    return []


def _addressed_during(phrase, resolver: Resolver) -> list[Actor]:
    """ "A thanked B for his support during a phone call", "A told B at their meeting that ...": the person the
    verb addresses, when the talks are where it was said."""
    prep = phrase.head
    if prep.lower_ not in DURING_PREPS or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or _attended_only(phrase, phrase):
        return []  # "praised Uganda at the summit": a gathering, where one is spoken of, not to
    addressed = []
    for obj in (c for c in kids(verb) if c.dep_ in ("dobj", "dative")):
        mention = resolver.found.at(obj.i)
        if mention is not None and mention.kind == "person":
            addressed += [a for a in resolver.actors_of(obj) if a.kind == "person"]
    return addressed


def _pair_besides(obj, subjects: list[Actor], resolver: Resolver, reach: int = 120) -> list[Actor]:
    """The last two people named before `obj` other than `subjects`, of two countries (or none): whom "the two
    leaders" stands for when the one who talks with them was named last."""
    pair: list[Actor] = []
    for mention in resolver.found.before(obj.i, reach):
        actor = mention.actor
        if actor is None or actor.kind != "person" or actor in subjects or actor in pair:
            continue
        if any(a.country and a.country == actor.country for a in pair):
            continue
        pair.append(actor)
        if len(pair) == 2:
            return list(reversed(pair))
    return []


def _one_occasion(noun) -> bool:
    """ "a videoconference with A and B", "talks with A and B" are one meeting of all; "separate meetings with A
    and B" or "meetings with A and B" are several."""
    if any(c.lower_ in SEPARATE for c in kids(noun)):
        return False
    return noun.tag_ != "NNS" or noun.lower_ in PLURAL_OCCASIONS


def _traveller_of_clause(word, resolver: Resolver) -> list[Actor]:
    """ "X's visit, for a summit with Y, ended without agreement": the owner of the trip that is the subject of
    the verb the talks hang on."""
    verb = word.head.head if word.head.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    for subject in (
        c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in VISIT_NOUNS_OWNED
    ):
        return [a for c in kids(subject) if c.dep_ == "poss" for a in resolver.actors_of(c)]
    return []


def _outer_subjects(word, resolver: Resolver, steps: int = 8) -> list[Actor]:
    """ "A and B pledged that neither would ..., after three hours of talks": the first subject, up the parse,
    that names someone."""
    for _ in range(steps):
        if word.head.i == word.i:
            return []
        word = word.head
        for child in kids(word):
            if child.dep_ in ("nsubj", "nsubjpass"):
                actors = resolver.actors_of(child)
                if len(actors) == 1:
                    actors = _named_in(child, resolver) or actors
                if actors:
                    return actors
    return []


def _span_of_talks(noun):
    """ "held two rounds of talks with X", "after hours of talks": the span stands in the sentence for the
    talks, and its verb or preposition gives their parties."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i:
        span = prep.head
        if span.pos_ == "NOUN" and span.lemma_.lower() in TALKS_SPANS:
            return span
    return noun


CONCLUDING = word_list("concluding_verbs") | word_list("talks_completed_verbs")
NEGOTIATED = word_list("negotiation_nouns")


def _host_of_talks(noun, resolver: Resolver) -> list[Actor]:
    """ "talks in P hosted by X's prime minister", "Y hosted talks between ...": the host takes
    part. One who only offers to host ("ready to host a meeting") does not."""
    for child in kids(noun):
        if child.dep_ == "acl" and child.lemma_.lower() in HOSTING:
            return resolver.actors_of(agent_of(child)) + _attendees(child, resolver)
        if child.dep_ == "amod" and child.lemma_.lower() in HOSTING and child.i < noun.i:
            # "Malaysia hosted talks between A and B": the parse made "hosted" a modifier with a subject of its own
            return [a for c in kids(child) if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
    for inner in noun.subtree:  # "a summit in the P Palace hosted by X and attended by Y"
        if inner.dep_ == "acl" and inner.i != noun.i and _within_phrase(inner, noun):
            if inner.lemma_.lower() in HOSTING:
                return resolver.actors_of(agent_of(inner)) + _attendees(inner, resolver)
            if inner.lemma_.lower() in ATTENDING:
                return [a for conj in (inner, *inner.conjuncts) for a in resolver.actors_of(agent_of(conj))]
    verb = noun.head
    offered = verb.dep_ == "acl" and verb.head.lemma_.lower() in PROPOSAL_NOUNS  # "an offer to host talks"
    if noun.dep_ == "dobj" and verb.lemma_.lower() in HOSTING and verb.dep_ != "xcomp" and not offered:
        heads, passive = subject_tokens(verb)
        return [a for h in heads for a in resolver.actors_of(h)] if not passive else []
    return []


PAIR_WORDS = word_list("pair_words")


HOST_NOUNS = word_list("host_nouns")


def _hosts(noun, resolver: Resolver, reach: int = 60) -> list[Actor]:
    """ "flew to P and held talks with his hosts", "arrived in Q and met his counterpart", "CITY -
    ... held talks with his counterpart": the country of the place named last before (a demonym is not a place)."""
    if noun.lemma_.lower() not in HOST_NOUNS or not any(c.dep_ == "poss" for c in kids(noun)):
        return []
    if any(
        c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("from", "of")) for c in kids(noun)
    ):
        return []  # "his Arab League counterparts", "his counterpart from X": the phrase says whose
    for mention in resolver.found.before(noun.i, reach):
        if mention.kind in ("country", "place") and mention.code:
            return [resolver.country(mention.code)]
    _, country = resolver.dateline()
    return [country] if country is not None else []


def _pair_holding(noun, resolver: Resolver) -> list[Actor]:
    """ "The two held talks on trade": the parse reads one noun phrase ("the two held talks"), the verb as a
    modifier; "the two" are the last pair named."""
    verbs = [c for c in kids(noun) if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in HOLDING]
    pair = [c for c in kids(noun) if c.lower_ in PAIR_WORDS and verbs and c.i < verbs[0].i]
    return resolver.pair_before(pair[0]) if pair else _named_holder(noun, resolver)


def _hosted_talks_told_before(noun, resolver: Resolver, reach: int = 300) -> tuple[list[Actor], list[Actor]] | None:
    """ "Talks between A and B broke up ... The talks were hosted by C": the parties of the same talks named
    before, with their host, as (everyone, []) for every pair; None unless the noun is definite, its verb a passive
    of hosting, and the talks were told with two parties within `reach` tokens. Talks between A and "the two rebel
    groups" give (host, parties): the host with each party, the two sides having been read where the talks were."""
    verb = noun.head
    if verb.lemma_.lower() not in HOSTING or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids(noun)):
        return None
    host = resolver.actors_of(agent_of(verb))
    if not host:
        return None
    doc, lemma = noun.doc, noun.lemma_.lower()
    for i in range(noun.i - 1, max(noun.i - reach, 0) - 1, -1):
        word = doc[i]
        if word.pos_ != "NOUN" or word.lemma_.lower() != lemma:
            continue
        objects = list(_nested_objects(word, ("between",)))
        between = [a for obj in objects for a in resolver.actors_of(obj)]
        parties = _distinct_actors(between + host)
        if len(between) < 2 or len(parties) < 3:
            return None
        sides = _sides_with_counted_groups(objects, resolver)
        if sides:
            return host, [a for a in _distinct_actors(sides[0] + sides[1]) if a not in host]
        return parties, []
    return None


DEFINITE = ("the", "these", "those")


ATTENDING = word_list("talks_attended_verbs")


ATTENDED_GATHERINGS = word_list("attended_gatherings")


ATTENDANCE_PREPS = word_list("attendance_prepositions")


def _attended_only(noun, phrase) -> bool:
    """ "A, B and C signed a document at a summit", "on the sidelines of the conference": a large gathering named
    only as where something else was done, with no one met in it (two who sign at a summit have met there)."""
    return (
        noun.lemma_.lower() in ATTENDED_GATHERINGS
        and phrase.dep_ == "pobj"
        and phrase.head.lower_ in ATTENDANCE_PREPS
        and not any(c.dep_ == "poss" for c in kids(phrase))
    )


def _attendees(hosted, resolver: Resolver) -> list[Actor]:
    """ "hosted by X and attended by Y": those who attended took part too (the parse may hang "attended" on the
    verb of the clause instead)."""
    clause = hosted
    while clause.dep_ in ("acl", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    attended = [*hosted.conjuncts, *(c for c in kids(clause) if c.dep_ == "conj")]
    return _unique_actors(
        [a for conj in attended if conj.lemma_.lower() in ATTENDING for a in resolver.actors_of(agent_of(conj))]
    )


def _guests(noun, resolver: Resolver) -> list[Actor]:
    """ "A hosted B for talks", "A invited B for a meeting": B is the one met."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i:
        return []
    if prep.lower_ != "for" and not (prep.lower_ in GUEST_OCCASION_PREPS and prep.head.lemma_.lower() in HOSTING):
        return []  # "hosted B and C at a summit" (rule meet.noun.hosted): the guests of the host's occasion
    return [a for c in kids(prep.head) if c.dep_ == "dobj" for a in resolver.actors_of(c)]


GUEST_OCCASION_PREPS = word_list("guest_occasion_prepositions")


GUEST_VENUE_PREPS = word_list("guest_venue_prepositions")


def _guests_at_venue(noun, resolver: Resolver) -> list[Actor]:
    """ "A hosted B and C at his residence for talks": the parse hangs "for talks" on the place the guests were
    received at; the verb that place belongs to has the guests as its object."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.dep_ != "pobj":
        return []
    venue_prep = prep.head.head
    if venue_prep.lower_ not in GUEST_VENUE_PREPS or venue_prep.head.pos_ != "VERB":
        return []
    return [a for c in kids(venue_prep.head) if c.dep_ == "dobj" for a in resolver.actors_of(c)]


def _visiting_after_and(obj, resolver: Resolver) -> list[Actor]:
    """ "between A and visiting President B": "visiting" taken for a verb joined to the clause's, with B its object;
    B, the other party."""
    doc = obj.doc
    word = doc[obj.i + 2] if obj.i + 2 < len(doc) and doc[obj.i + 1].lower_ == "and" else None
    if word is None or word.lower_ != "visiting" or word.dep_ not in ("conj", "advcl"):
        return []
    return [a for c in kids(word) if c.dep_ == "dobj" for a in resolver.actors_of(c) if a.kind == "person"]


def _nested_objects(token, preps):
    """Objects of "with"/"between" on the noun or on the nouns of its own phrase ("a conversation at the airport with X")."""
    return (obj for word, obj in _phrase_objects(token) if word in preps)


@per_token
def _phrase_objects(token) -> list:
    """(preposition, object) of each preposition of the noun's own phrase (see _nested_objects), in the order of
    the words: one walk of the phrase per noun, whichever prepositions are asked for."""
    out = []
    for inner in token.subtree:
        if inner.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            continue
        prep = inner
        word = inner.lower_
        if inner.dep_ == "conj" and inner.head.dep_ == "prep" and inner.head.lower_ == word:
            prep = inner.head  # "with A and with B": the second "with" hangs on the first
        if prep.dep_ == "prep" and _within_phrase(prep, token):
            out += [(word, obj) for obj in kids(inner) if obj.dep_ == "pobj"]
    return out


TOPIC_PREPS = {"on", "about", "over", "concerning", "regarding"}


def _within_phrase(word, token, steps: int = 6) -> bool:
    """Whether `word` hangs from `token` through prepositions and nouns only, not through the talks' topic ("talks
    with B on the security of their borders with C": C is what was talked about, not a party)."""
    for _ in range(steps):
        below, word = word, word.head
        if word.i == token.i:
            return True
        if word.dep_ not in ("prep", "pobj", "compound"):
            return False
        if word.dep_ == "prep" and word.lower_ in TOPIC_PREPS and below.ent_type_ not in ("DATE", "TIME"):
            return False
    return False


def _sides_with_counted_groups(objects, resolver: Resolver) -> tuple[list[Actor], list[Actor]] | None:
    """ "between the government and the region's two rebel groups": two sides, one of them the armed groups the
    phrase counts (Resolver.armed_groups_counted)."""
    if len(objects) != 1:
        return None
    tokens = [objects[0], *objects[0].conjuncts]
    if len(tokens) != 2:
        return None
    counted = [resolver.armed_groups_counted(t) for t in tokens]
    if not any(counted):
        return None
    groups = [a for c in counted for a in c]
    sides = [c or [a for a in resolver.actors_of(t) if a not in groups] for c, t in zip(counted, tokens)]
    return (sides[0], sides[1]) if all(sides) else None
