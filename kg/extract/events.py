"""Events from trigger words: who did what to whom, read from the dependency parse.

Each trigger of data/lexicon/triggers.csv names a frame that says where its parties are:
"A visited B", "A arrived in B", "A hosted B" (B is the visitor), "A met B", "A and B held talks",
"A condemned B's strike", "A was condemned by B", "A signed an agreement with B", "A is ready to expand
cooperation with B". A reader registers for its frame with `@reader(frame, *rule_ids)`; each Frame it returns
carries one of those rule ids (data/lexicon/rules.csv), which the events made of it keep as their `rule`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Token

from ..lexicon import Lexicon, Trigger, word_list
from ..model import Actor
from .act_authors import country_of_the_story, named_group, objects_of
from .memo import per_doc, sent_of
from .roles import Resolver, agent_of, is_trailing_attribution, prep_objects, subject_tokens

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
    """What a reader needs besides its trigger: the article's resolver and the word lists; and what the readers
    read in this article so far, so that none reads one trigger twice (a look back at earlier talks reads them
    again)."""

    resolver: Resolver
    lexicon: Lexicon
    frames: dict = field(default_factory=dict, compare=False, repr=False)  # (token, trigger, looking back) -> read


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
        READERS[frame] = _read_once(func)
        for rule in rules:
            RULES[rule] = frame
        return func

    return register


def _read_once(func: Reader) -> Reader:
    """The reader through the article's memory of what it read: a reader is a function of its trigger token in the
    parse, and of whether it reads from a look back at earlier meetings (which does not look back again)."""

    def read(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
        key = (token.i, id(trigger), bool(_LOOKING_BACK))
        memory = ctx.frames
        if key in memory:
            return memory[key]
        frame = memory[key] = func(token, trigger, ctx)
        return frame

    read.__wrapped__ = func  # type: ignore[attr-defined]
    return read


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


def find_frames(sent, ctx: Context, candidates: list[int] | None = None) -> list[Frame]:
    """The frames of one sentence; `candidates` (sorted, from trigger_candidates) spares a look at every token.
    A word with several trigger rows ("send" a delegation or aid) is read by the first reader that finds one."""
    frames = []
    if candidates is None:
        tokens = sent
    else:
        first, last = bisect.bisect_left(candidates, sent.start), bisect.bisect_left(candidates, sent.end)
        tokens = [sent.doc[i] for i in candidates[first:last]]
    read = False  # a reader answered, even with no parties ("the two sides discussed": told before)
    for token in tokens:
        for trigger in _triggers_of(token, ctx.lexicon):
            frame = READERS[trigger.frame](token, trigger, ctx)
            if frame is not None:
                read = True
                if frame.sources:
                    frames.append(frame)
                break
    if not read:
        frames += _fallback(tokens, ctx)
    return frames


RULES["fallback.meeting"] = "fallback"
OBJECT_FRAMES = ("exchange_views",)  # frames whose word tells talks only with its object: "exchanged views"


def _fallback(tokens, ctx: Context) -> list[Frame]:
    """A sentence whose meeting words no reader could read: the first whose clause names parties of two countries
    in the usual places (its subject; its object, or after "with", "to", "between") is a meeting of them."""
    for token in tokens:
        for trigger in _triggers_of(token, ctx.lexicon):
            if trigger.type == "meeting" and token.dep_ != "relcl":  # "A, which chairs B, said": background
                frame = _fallback_frame(token, trigger, ctx)
                if frame is not None:
                    return [frame]
    return []


def _fallback_frame(token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    where = list(prep_objects(token, ("in", "at", "for")))
    if any(o.lemma_.lower() in CONTESTS for o in [*where, *(p for w in where for p in prep_objects(w, ("of",)))]):
        return None  # "the two sides meet in the final": a match
    clause = token
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ in ("dobj", "nsubjpass", "attr")
        and token.head.pos_ in ("VERB", "AUX")
    ):
        clause = token.head  # "A held a meeting with B", "an audience with B was granted to A"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return None  # "sees B as a partner": a view of B, not a meeting
    heads, _ = subject_tokens(clause)
    subjects = _unique_actors([a for head in heads for a in resolver.actors_of(head)])
    words = {token, clause}
    others = [c for word in words for c in word.children if c.dep_ == "dobj" and c.i != token.i]
    met = [obj for word in words for obj in prep_objects(word, ("with", "to", "between"))]
    if trigger.frame in OBJECT_FRAMES and not met and any(not resolver.actors_of(o) for o in others):
        return None  # "exchanged fire", "exchanged prisoners": the word is talks only with its object ("views")
    others += met
    partners = _unique_actors([a for obj in others for a in resolver.actors_of(obj) if a not in subjects])
    if subjects and partners:
        return Frame(trigger, token, subjects, partners, direct=False, rule="fallback.meeting")
    if len(subjects) + len(partners) >= 2:
        parties = subjects or partners
        return Frame(trigger, token, parties[:1], parties[1:], direct=False, rule="fallback.meeting")
    return None


@per_doc
def trigger_candidates(doc, lexicon: Lexicon) -> list[int]:
    """The tokens whose lemma or lower-case form is a trigger word, read from one array of the document rather
    than from a Python object per token."""
    table = doc.to_array([LEMMA, LOWER])
    wanted = _trigger_hashes(lexicon.triggers)
    return numpy.nonzero(_among(table[:, 0], wanted) | _among(table[:, 1], wanted))[0].tolist()


def _among(values: numpy.ndarray, wanted: numpy.ndarray) -> numpy.ndarray:
    """Which values are in `wanted` (sorted): a binary search each, without the sorting numpy.isin does."""
    at = numpy.minimum(numpy.searchsorted(wanted, values), len(wanted) - 1)
    return wanted[at] == values


_WANTED: list = [None, 0, None]  # the last trigger table, its size, and the hashes of its words


def _trigger_hashes(triggers: dict) -> numpy.ndarray:
    """The hashes of the trigger words, made again only for another table (or one that grew), not per document."""
    if _WANTED[0] is not triggers or _WANTED[1] != len(triggers):
        _WANTED[:] = [triggers, len(triggers), _hashes_of(frozenset(lemma for lemma, _ in triggers))]
    return _WANTED[2]


@lru_cache(maxsize=4)
def _hashes_of(words: frozenset) -> numpy.ndarray:
    forms = {form for word in words for form in (word, word.capitalize(), word.upper())}
    return numpy.array(sorted(hash_string(form) for form in forms), dtype=numpy.uint64)


def _triggers_of(token, lexicon: Lexicon) -> tuple[Trigger, ...]:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        return lexicon.triggers.get((lemma, "VERB"), ())
    if token.pos_ == "ADJ":
        return lexicon.triggers.get((lemma, "ADJ"), ())  # "is due in Nairobi"
    if token.pos_ in ("NOUN", "PROPN"):
        return lexicon.triggers.get((lemma, "NOUN")) or lexicon.triggers.get((token.lower_, "NOUN"), ())
    return ()


def _subjects(token, resolver: Resolver):
    controller = _controlling_object(token)
    if controller is not None:  # "invited Lula to visit Beijing": Lula would visit
        return resolver.actors_of(controller), False
    heads, passive = subject_tokens(token)
    if not heads:
        heads = _fronted_place_conjuncts(token.head if token.dep_ == "dobj" else token)
    actors = []
    for head in heads:
        if _performer(head):
            continue
        if head.lower_ in RELATIVES and _relative_of_plural(head, token):
            head = head.head.head  # "the A and B leaders, who met in X,", "A and B, who held talks": the antecedent
            head = head.head if head.dep_ == "conj" else head  # the clause hangs on the last name
        actors += _headline_pair(head, resolver)
        actors += (
            _officials_and_joined(head, resolver)
            or resolver.actors_of(head)
            or _apposed_person(head, resolver)
            or _whose_officials(head, resolver)
            or _after_credit(head, resolver)
        )
    if len(heads) > 1:
        actors = _unique_actors(actors)
    if not actors and len(heads) == 1 and heads[0].lower_ in QUOTED_SELF:
        actors = _quoted_speaker(token, heads[0], resolver)
    if not heads and token.pos_ in ("VERB", "AUX") and not _told_of_performers(token):
        actors = resolver.nearest_left(token)
    return actors or _issuer(token, resolver), passive


def _after_credit(head, resolver: Resolver) -> list[Actor]:
    """ "Xinhua -- China and Pakistan vowed ...": a credit line opening the text, set off by a dash; the parse
    takes it for the subject and the real subject for its apposition."""
    if head.i != head.sent.start or head.i + 1 >= len(head.doc) or head.doc[head.i + 1].text not in CREDIT_DASHES:
        return []
    after = head.doc[head.i + 2] if head.i + 2 < len(head.doc) else None
    if after is None or not (
        after.dep_ == "appos"
        and after.head.i == head.i
        or after.dep_ == head.dep_ == "nsubj"
        and after.head.i == head.head.i
    ):
        return []  # the parse hangs the subject on the credit, or gives the verb two subjects
    return [a for c in (after, *after.conjuncts) for a in resolver.actors_of(c)]


CREDIT_DASHES = ("-", "--", "\u2014", "\u2013")


PLACE_ENTS = ("GPE", "LOC", "FAC")
QUOTED_SELF = word_list("first_person_singular")
QUOTING_VERBS = word_list("reporting_verbs") | word_list("speaker_verbs")


def _quoted_speaker(token, pronoun, resolver: Resolver) -> list[Actor]:
    """ "'I met my Egyptian counterpart,' Rubio told reporters", "'I will travel to Kyiv,' the minister said":
    "I" is the one the quote is told by (when no transcript label says who speaks)."""
    verb = token
    for _ in range(4):
        if verb.dep_ not in ("conj", "xcomp", "dobj") or verb.head.i == verb.i:
            break
        verb = verb.head
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.lemma_.lower() not in QUOTING_VERBS:
        return []
    speakers = [a for c in teller.children if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
    if len(speakers) != 1:
        return []
    return speakers


def _fronted_place_conjuncts(verb) -> list:
    """ "In Tashkent, A and B held talks": the parse joins the names to the fronted place ("Tashkent, A and B")
    and leaves the verb without a subject; the names after the comma are its subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in PLACE_ENTS:
                continue
            after = place.i + 1
            if after >= verb.i or place.doc[after].text != ",":
                continue
            names = [c for c in place.conjuncts if c.i > after and c.ent_type_ not in PLACE_ENTS]
            if names:
                return names
    return []


def _headline_pair(head, resolver: Resolver) -> list[Actor]:
    """ "Putin, Xi hold talks", "Kenya, Uganda sign deal": in a headline (a line without a full stop) a comma
    joins two names as "and" does; the parse hangs the first on the second, or on the verb."""
    if head.pos_ != "PROPN":
        return []  # before the sentence is looked up
    sent = sent_of(head)
    comma = head.i - 1 if head.i > sent.start and head.doc[head.i - 1].text == "," else head.left_edge.i - 1
    if head.pos_ != "PROPN" or sent[-1].text in SENTENCE_ENDS or comma <= sent.start or head.doc[comma].text != ",":
        return []
    first = head.doc[sent.start : comma].root
    if first.pos_ != "PROPN" or first.dep_ not in ("nmod", "dep", "appos", "compound", "npadvmod"):
        return []
    return resolver.actors_of(first)


SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")


PERFORMERS = word_list("performer_nouns")


def _performer(head) -> bool:
    """A team, band or squad is no state actor, nor the name that stands for it: "the national football team, the
    X, arrived", "pop superstars X met the president", "the band X" (its country comes along with it)."""
    if head.lemma_.lower() in PERFORMERS:
        return True
    if head.dep_ == "appos" and head.head.lemma_.lower() in PERFORMERS:
        return True
    if head.pos_ != "PROPN":
        return False
    if any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in PERFORMERS for c in head.children):
        return True
    before = head.left_edge.i - 1
    # the word is checked before the sentence, which costs a walk to its start
    return before >= 0 and head.doc[before].lemma_.lower() in PERFORMERS and before >= sent_of(head).start


def _told_of_performers(token) -> bool:
    """ "X's cricketers touched down, the first side to visit Y": a verb the parse gives no subject, in a sentence
    about a team, belongs to the team, not to the country named nearest."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _performer(c) for c in sent_of(token).root.children)


RELATIVES = ("who", "which", "that")
HOLDING = word_list("light_verbs")


def _relative_of_plural(pronoun, token) -> bool:
    """ "The A and B leaders, who met", "A and B, who held talks": the relative pronoun is the subject of the
    trigger, or of the light verb that holds it, and stands for a plural noun or for names joined by "and"."""
    verb = pronoun.head
    if verb.dep_ != "relcl":
        return False
    if verb.i == token.i:
        return verb.head.tag_ == "NNS"
    held = token.dep_ == "dobj" and token.head.i == verb.i and verb.lemma_.lower() in HOLDING
    named = verb.head.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.head.children)
    return held and (verb.head.tag_ == "NNS" or named)


def _apposed_person(head, resolver: Resolver) -> list[Actor]:
    """ "an envoy from the Union of X, N. N., flew in": the person named in apposition inside a subject the
    resolver could not read (the parse may hang the name on the last noun of the title)."""
    for inner in head.subtree:
        if inner.dep_ == "appos":
            mention = resolver.found.at(inner.i)
            if mention is not None and mention.kind == "person" and mention.actor is not None:
                return [mention.actor]
    return []


def _officials_and_joined(head, resolver: Resolver) -> list[Actor]:
    """ "Leaders of the League of A and the Union of B condemned": the parse joins the second body to "leaders",
    not to the first; the officials' body and the body joined both act."""
    if not any(c.dep_ == "conj" for c in head.children) or resolver.actor_of(head) is not None:
        return []
    officials = _whose_officials(head, resolver)
    return _unique_actors(officials + resolver.actors_of(head)) if officials else []


def _whose_officials(head, resolver: Resolver) -> list[Actor]:
    """ "Ministers of the two countries are to meet": officials of a pair named before are that pair."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in resolver.lexicon.titles:
        return []
    groups = [a for obj in prep_objects(head, ("of", "from")) for a in resolver.group(obj)]
    if groups:
        return groups
    # "Leaders of Hamas met", "Commanders of the rebel front refused to meet": officials of a body are the body
    bodies = [a for obj in prep_objects(head, ("of",)) for a in resolver.actors_of(obj)]
    return [a for a in bodies if a.kind == "organization"]


OBJECT_CONTROL = word_list("object_control_verbs")


def _controlling_object(token):
    """The object of "invite", "urge", "ask" that is the subject of the verb after it ("urged A and B to resume
    talks": A and B would talk)."""
    for _ in range(3):
        if token.dep_ not in ("dobj", "pobj", "prep") or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    return next((c for c in token.head.children if c.dep_ == "dobj"), None)


def _place_objects(token, resolver: Resolver, preps=("to", "in", "at", "into")):
    """Places after "to", "in", "at" of a verb or noun, and "travel on to Belgrade": (place token, country or None)."""
    onward = [p for on in token.children if on.dep_ == "prep" and on.lower_ == "on" for p in prep_objects(on, ("to",))]
    for obj in [*prep_objects(token, preps), *onward]:
        mention = resolver.found.at(obj.i)
        if mention is not None and mention.kind in ("country", "place") and (mention.code or mention.place):
            return obj, resolver.country(mention.code)
        for inner in obj.subtree:
            mention = resolver.found.at(inner.i)
            if mention is not None and mention.kind in ("country", "place") and mention.code:
                return inner, resolver.country(mention.code)
        told = _country_told_before(obj, resolver)
        if told is not None:  # "Rubio arrived in the kingdom on Saturday"
            return None, told
        if obj.lemma_.lower() in CAPITALS:  # "arrived in the X capital": the demonym's country
            for child in obj.children:
                mention = resolver.found.at(child.i)
                if child.dep_ in ("amod", "compound") and mention is not None and mention.kind == "demonym":
                    return None, resolver.country(mention.code)  # the country; the city is not named
    return None, None


CAPITALS = word_list("capital_nouns")


def _country_told_before(noun, resolver: Resolver, reach: int = 120) -> Actor | None:
    """ "met B in Riyadh ... Rubio arrived in the kingdom", "landed in the country": a bare definite country
    noun is the place or country named last before, not one that only qualifies a title ("U.S. Secretary")."""
    if resolver.lexicon.definite_references.get(noun.lower_) != "country":
        return None
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in children):
        return None  # "the Moroccan kingdom", "the country's north", "the state of Kerala"
    doc = noun.doc
    for mention in resolver.found.before(noun.i, reach):
        if mention.kind not in ("country", "place") or not mention.code:
            continue
        if doc[mention.end - 1].dep_ in ("compound", "amod", "poss", "case"):
            continue  # "U.S. Secretary of State", "Japan's prime minister": whose, not where
        return resolver.country(mention.code)
    return None


# ---- visits ----


@reader(
    "visit",
    "visit.verb",
    "visit.verb.to_place",
    "visit.verb.visiting",
    "visit.verb.renamed",
    "visit.verb.visiting_misparsed",
)
def _visit(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    if token.dep_ == "amod":
        return _visiting(token, trigger, resolver)
    guest = _visiting_guest(token, resolver)
    if guest is not None:
        return _guest_of_participle(token, trigger, guest, resolver)
    renamed = _renamed_subject(token, resolver)
    sources, passive = (renamed, False) if renamed else _subjects(token, resolver)
    if passive:
        sources = resolver.actors_of(agent_of(token))
    objects = [c for c in token.children if c.dep_ == "dobj"]
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


def _renamed_subject(token, resolver: Resolver) -> list[Actor]:
    """ "A held talks in P, the first foreign delegation to visit X since ...": the noun
    set after the clause with its infinitive renames the clause's subject, who visits."""
    noun, doc = token.head, token.doc
    if token.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return []
    if noun.i >= token.i or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return []
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return []
    return _subjects(verb, resolver)[0]


def _visiting(token, trigger, resolver):
    """ "met Jordan's visiting king in Tel Aviv": the king visits the country of the place, or of the one he meets.
    "the honour of visiting Castries", which the parse reads alike, is a visit to the place by the clause's subject."""
    mention = resolver.found.at(token.head.i)
    if mention is not None and mention.kind in ("place", "country") and mention.code and token.i < token.head.i:
        visitors, _ = _subjects(token.head, resolver)
        return (
            Frame(trigger, token, visitors, [resolver.country(mention.code)], token.head, rule="visit.verb.visiting")
            if visitors
            else None
        )
    visitor = resolver.actor_of(token.head)
    if visitor is None:
        return None
    place, country = _place_objects(token.head, resolver, ("in", "at"))
    if country is None:
        country = _host_of_clause(token.head, resolver)
    if country is None or country.country == visitor.country:
        return None
    return Frame(trigger, token, [visitor], [country], place, rule="visit.verb.visiting")


HOLDING_AUX = ("be", "have", "do", "will", "shall", "may", "can", "must", "would", "should", "could", "might")


def _visiting_guest(token, resolver: Resolver):
    """ "met visiting Greek Prime Minister N. N.", "held talks with visiting President N. N.": the participle
    is an adjective of the name after it, but the parse makes it a verb with the name as object. The name's
    token, or None."""
    if token.lower_ != "visiting" or token.dep_ not in ("ROOT", "xcomp", "advcl", "pcomp"):
        return None
    if token.dep_ != "ROOT" and token.head.i != token.i - 1:
        return None  # right after "met", "received", "with": not "..., visiting the king in his palace"
    guests = [c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1]
    if not guests or any(a.kind != "person" for a in resolver.actors_of(guests[0])):
        return None
    auxes = [c for c in token.children if c.dep_ == "aux"]
    if token.dep_ == "ROOT" and (len(auxes) != 1 or auxes[0].lemma_.lower() in HOLDING_AUX or auxes[0].tag_ != "VBD"):
        return None  # "he is visiting the king": a real verb; "met visiting N. N.": "met" taken for its auxiliary
    return guests[0] if resolver.actors_of(guests[0]) else None


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


def _guest_actors(word, resolver: Resolver) -> list[Actor]:
    """ "talks with visiting President N. N.": the guest the misparsed participle takes as object."""
    guest = _visiting_guest(word, resolver)
    return resolver.actors_of(guest) if guest is not None else []


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
    if any(c.dep_ == "dobj" and c.lower_ not in SET_FOOT for c in token.children):
        return None
    sources, _ = _subjects(token, resolver)
    heads, _ = subject_tokens(token)
    if token.dep_ == "relcl" and any(c.lower_ in ("both", "all") for c in token.children):
        first = token.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        sources = resolver.actors_of(first)  # "A of X and B of Y, who both flew in"
    if heads and heads[0].lemma_.lower() in ENVOYS:
        sources = _leaders(heads[0], resolver) or sources  # "a delegation led by X arrived": X travelled
    if heads and heads[0].lemma_.lower() in VEHICLES:
        sources = _passengers(heads[0], resolver)  # "Putin's plane landed", "the aircraft carrying the premier"
    place, country = _place_objects(token, resolver)
    rule = "travel.verb"
    if place is None:
        for child in token.children:
            if child.dep_ == "dobj" and child.lower_ in SET_FOOT:
                place, country = _place_objects(child, resolver)
                rule = "travel.verb.set_foot"
    if place is None and any(c.lower_ in ("home", "back") for c in token.children if c.dep_ in ("advmod", "prt")):
        place, country = _place_objects(token, resolver, ("from",))  # "flew home from Pyongyang": he had been there
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


def _leaders(envoys, resolver: Resolver) -> list[Actor]:
    """ "a Cambodian delegation led by Sok Chenda": the one who leads it, of the delegation's country when it has
    one ("an X delegation led by P's envoy to Y")."""
    leaders = [
        a
        for c in envoys.children
        if c.dep_ == "acl" and c.lemma_.lower() in LEADING
        for a in resolver.actors_of(agent_of(c))
    ]
    sent = [a for a in resolver.actors_of(envoys) if a.country]
    if sent:
        leaders = [a if a.country == sent[0].country else replace(a, country=sent[0].country) for a in leaders]
    return leaders


LEADING = word_list("leading_verbs")
VEHICLES = word_list("vehicle_nouns")


def _passengers(vehicle, resolver: Resolver) -> list[Actor]:
    """Who a plane or motorcade carries: its owner ("Putin's plane"), or the object of "carrying"."""
    for child in vehicle.children:
        if child.dep_ == "poss":
            return resolver.actors_of(child)
        if child.dep_ == "acl" and child.lemma_.lower() in ("carry", "bring", "transport"):
            return [a for obj in child.children if obj.dep_ == "dobj" for a in resolver.actors_of(obj)]
    return []


def _elsewhere_named(token, dateline: Actor, travellers: list[Actor], resolver: Resolver) -> bool:
    """Whether the sentence names a country, or a place of one, after "to", "in", "into" or "at", other than the
    dateline's and the travellers' own: then the dateline is where the story was filed, not where the travel ended."""
    own = {dateline.country, *(t.country for t in travellers)}
    sent = token.sent
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
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
        for c in token.children
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
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i != token.i) if country is None else ():
        place, country = _place_objects(obj, resolver, preps)  # "held talks in Warsaw on his first foreign visit"
        if country is not None:
            break
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
        obj.lemma_.lower() in SETTLEMENTS and any(c.lower_ == "the" for c in obj.children)
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


def _companions(token, resolver: Resolver) -> list[Actor]:
    """ "arrived in Sanaa together with Omani mediators": those who travelled along."""
    return [
        a
        for prep in token.children
        if prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(c.lower_ in ("together", "along") for c in prep.children)
        for obj in prep.children
        if obj.dep_ == "pobj"
        for a in resolver.actors_of(obj)
    ]


@reader("invite_to", "invite_to.verb")
def _invite_to(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "invited the Chilean president to Brasilia": the one invited would visit the place (a proposed visit)."""
    resolver = ctx.resolver
    guests = [a for c in token.children if c.dep_ == "dobj" for a in resolver.actors_of(c)]
    place, country = _place_objects(token, resolver, ("to",))
    if not guests or country is None:
        return None
    return Frame(trigger, token, guests, [country], place, rule="invite_to.verb")


@reader("reach", "reach.verb")
def _reach(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "reached Kyiv on Monday": a place as the object of reaching."""
    resolver = ctx.resolver
    places = [c for c in token.children if c.dep_ == "dobj"]
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
    places = [c for c in token.children if c.dep_ == "dobj"]
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


@reader("take_to", "take_to.verb")
def _take_to(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A's tour, which will also take him to X", "the trip took B to P and Q":
    a trip that takes someone to a place is their visit there."""
    resolver = ctx.resolver
    heads, passive = subject_tokens(token)
    trip = heads[0] if heads and not passive else None
    if trip is not None and trip.lower_ in RELATIVES and token.dep_ == "relcl":
        trip = token.head
    if trip is None or trip.lemma_.lower() not in VISIT_NOUNS:
        return None
    travellers = [a for c in trip.children if c.dep_ == "poss" for a in resolver.actors_of(c)]
    travellers = travellers or [a for c in token.children if c.dep_ == "dobj" for a in resolver.actors_of(c)]
    if not travellers:
        return None
    places = [p for obj in prep_objects(token, ("to",)) for p in (obj, *obj.conjuncts)]
    targets, first = [], None
    for place in places:
        mention = resolver.found.at(place.i)
        if mention is not None and mention.kind in ("country", "place") and mention.code:
            targets.append(resolver.country(mention.code))
            first = first if first is not None else place
    if not targets:
        return None
    return Frame(trigger, token, travellers, _unique_actors(targets), first, rule="take_to.verb")


VISIT_NOUNS = word_list("visit_nouns")


@reader("return_from", "return_from.verb")
def _return_from(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "returned from Beijing after talks": the visit is over, it took place."""
    return _travel_by_preposition(token, trigger, ctx, ("from",), "return_from.verb")


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


PARTICLE_VERBS: dict[str, set[str]] = {}
for _phrase in word_list("particle_verbs"):
    _verb, _particle = _phrase.split()
    PARTICLE_VERBS.setdefault(_verb, set()).add(_particle)


def _particles(token) -> list[Token]:
    """The particles that make a verb of data/lexicon's `particle_verbs` a trigger ("set off", "pull out", "stay
    away", "fly in", "sit down"): empty when it has none of them; the verb itself for any other verb."""
    wanted = PARTICLE_VERBS.get(token.lemma_.lower())
    if wanted is None:
        return [token]
    return [c for c in token.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in wanted]


def _arrived_here(token) -> bool:
    """ "flew in", "arrived on Sunday", "flew in from Moscow": travel with no place named, told from where it ended."""
    if token.lemma_.lower() not in ARRIVAL_VERBS:
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into", "over", "at", "in", "toward", "towards")
        and not all(
            o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIMES_OF_DAY for o in c.children if o.dep_ == "pobj"
        )
        for c in token.children
    ):
        return False  # a place named, not "in the morning"
    return bool(_particles(token))


ARRIVAL_VERBS = word_list("arrival_verbs")
TIMES_OF_DAY = word_list("times_of_day")
OCCASIONS = word_list("occasions")


@reader("attend", "attend.verb", "attend.verb.passive", "attend.verb.dateline", "attend.verb.told_before")
def _attend(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "attended the summit in P", "would not attend the G summit in Q"."""
    resolver = ctx.resolver
    sources, passive = _subjects(token, resolver)
    objects = [c for c in token.children if c.dep_ == "dobj"]
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
    for clause in (c for c in occasions[0].children if c.dep_ == "relcl") if country is None else ():
        place, country = _place_objects(clause, resolver, ("in", "at"))  # "the summit that opens in P"
    for hosted in (c for c in occasions[0].children if c.dep_ == "acl") if country is None else ():
        hosts = [h for h in resolver.actors_of(agent_of(hosted)) if h.country]  # "the summit hosted by Russia"
        if hosted.lemma_.lower() == "host" and hosts:
            country = resolver.country(hosts[0].country)
    if country is None:
        return None
    return Frame(trigger, token, sources, [country], place, rule=rule)


def _attended_here(token, trigger: Trigger, sources: list[Actor], resolver: Resolver) -> Frame | None:
    """ "JUBA - ... X, who also attended, urged ...", "Y did not attend": attending with no object is attending
    the occasion the story is filed from, a visit to the dateline's country by a party from elsewhere."""
    if token.dep_ in ("acl", "amod") or any(c.dep_ in ("prep", "xcomp", "ccomp", "agent") for c in token.children):
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
    start = token.sent.start
    for _ in range(sentences):
        start = token.doc[start - 1].sent.start if start > 0 else start
    for word in reversed(token.doc[start : token.i]):
        if word.lemma_.lower() not in OCCASIONS or word.pos_ != "NOUN" and word.pos_ != "PROPN":
            continue
        holders = [word, *(c for c in word.children if c.dep_ in ("relcl", "acl")), *prep_objects(word, ("of",))]
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
    if not any(p.lower_ == "away" for p in particles) or any(c.dep_ == "prep" for c in token.children):
        return None
    place, country = _occasion_told_before(token, resolver)
    sources = _said_of_themselves(token, resolver) or _subjects(token, resolver)[0]
    if country is None or not sources or any(s.country == country.country for s in sources):
        return None
    return Frame(trigger, token, sources, [country], place, rule="stay_away.verb.told_before")


@reader(
    "host", "host.verb", "host.verb.passive", "host.verb.talks", "host.verb.talks_with", "host.verb.misparsed_talks"
)
def _host(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A hosted B", "B was hosted by A", "A welcomed B": B is the visitor, A the host."""
    resolver = ctx.resolver
    subjects, passive = _subjects(token, resolver)
    objects = [c for c in token.children if c.dep_ == "dobj"]
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
    elif passive or any(c.dep_ == "auxpass" for c in token.children):  # "... and was welcomed by"
        visitors, hosts, rule = subjects, resolver.actors_of(agent_of(token)), "host.verb.passive"
    else:
        hosts = subjects
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


@reader("play_host", "play_host.verb")
def _play_host(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A played host to B", "A will play host to the summit's guests": B is the visitor, A the host."""
    resolver = ctx.resolver
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in token.children):
        return None
    guests = [o for o in prep_objects(token, ("to",))]
    guests += [o for c in token.children if c.dep_ == "dobj" for o in prep_objects(c, ("to",))]  # "host to B"
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
    if agent is None and not any(c.dep_ == "auxpass" for c in token.children):
        return _received_envoy(token, trigger, resolver)
    if agent is None or not any(c.dep_ == "auxpass" for c in token.children):
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
    guests = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in RESIDENT_ENVOYS]
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
    if not heads or heads[0].pos_ != "PRON" or token.sent.start == 0:
        return False
    before = token.doc[token.sent.start - 1].sent.root
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
    heads += [c for h in heads for c in h.children if c.dep_ == "appos"]  # "the minister, N. N., who led ..."
    verbs += [c for h in heads for c in h.children if c.dep_ == "relcl" and c.i < token.i]
    for verb in verbs:
        for word in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
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
    envoys = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS]
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
        p.dep_ == "prep" and p.lower_ == "to" for holder in (token, envoys[0]) for p in holder.children
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
    hosts = [a for c in token.children if c.dep_ == "poss" for a in resolver.actors_of(c)]
    hosts = hosts or [a for obj in prep_objects(token, ("of",)) for a in resolver.actors_of(obj)]
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and token.head.dep_ == "relcl":
        hosts = resolver.actors_of(token.head.head)  # "The Mongolian president, whose guest was X, ..."
    among = token.dep_ == "pobj" and token.head.lower_ == "among"
    verb = token.head.head if among else token.head
    if token.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children):
        return _own_guest(token, trigger, resolver)
    if not hosts or verb.lemma_.lower() != "be" or not (among or token.dep_ in ("attr", "nsubj")):
        return None
    visitors = [
        a for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != token.i for a in resolver.actors_of(c)
    ]
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
    "visit.noun.modifier",
    "visit.noun.here",
    "visit.noun.dateline",
    "visit.noun.clause_place",
    "visit.noun.apposed",
    "visit.noun.headline",
)
def _visit_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "his visit to P", "A's first visit to X", "B's state visit to Y"."""
    resolver = ctx.resolver
    sources = []
    for child in token.children:
        if child.dep_ == "poss":
            sources = resolver.actors_of(child)
    if not sources:
        agents = list(prep_objects(token, ("by", "of")))  # "a visit by the king", "the visit of the Pope"
        if agents:
            sources = resolver.actors_of(agents[0])
    place, country = _place_objects(token, resolver, ("to", "in"))
    if country is None and token.dep_ == "dobj":  # "cancelled his trip to Dhaka", the place hung on the verb
        place, country = _place_objects(token.head, resolver, ("to",))
    if country is None and not sources:
        headline = _headline_visitor(token, trigger, resolver)
        if headline is not None:
            return headline
    sources = _pronoun_of_subject(token, sources, country, resolver)
    rule = "visit.noun"
    if country is None:
        rule = "visit.noun.modifier"
        for child in token.children:
            mention = resolver.found.at(child.i)
            if (
                child.dep_ in ("compound", "amod")
                and mention is not None
                and mention.kind in ("country", "place")
                and mention.code
            ):
                place, country = child, resolver.country(mention.code)
    if country is None and (
        any(c.lower_ == "here" for c in token.children) or (sources and token.head.lower_ == "during")
    ):
        country, rule = _host_of_clause(token, resolver), "visit.noun.here"  # "a visit here by X"
    if country is None and token.tag_ == "NN" and (token.dep_ == "pobj" or _apposed_to_clause(token)):
        visitors = sources or _subjects(token, resolver)[0]
        place, country = _clause_place(token, resolver, ("in",))  # "signed in P at the end of a visit by X"
        if country is not None and visitors and not any(v.country == country.country for v in visitors):
            rule = "visit.noun.clause_place" if token.dep_ == "pobj" else "visit.noun.apposed"
        else:
            place, country = None, None
    if country is None and token.head.lower_ in ("during", "on") and token.tag_ == "NN":  # not "on foreign trips"
        visitors = sources or _subjects(token, resolver)[0]
        place, country = resolver.dateline()  # "CITY - X called on Y, during an official visit"
        if country is None or not visitors or any(v.country == country.country for v in visitors):
            return None
        rule = "visit.noun.dateline"
    if country is None:
        return None
    direct = bool(sources)
    if not sources:
        sources, _ = _subjects(token, resolver)
    if not sources:
        sources = _governing_actors(token, resolver)
    return Frame(trigger, token, sources, [country], place, direct=direct, rule=rule)


POSSESSIVE_PRONOUNS = ("his", "her", "their")


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
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children):
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


# ---- meetings ----


@reader(
    "meet",
    *(f"meet.verb{p}" for p in PAIRS),
    "meet.verb.again",
    "meet.verb.theirs.group",
    "meet.verb.theirs.conjoined",
    "meet.verb.separately",
    *(f"meet.verb.visiting_misparsed{p}" for p in PAIRS),
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
    subjects, passive = _subjects(token, resolver)
    theirs = _theirs(token, resolver)  # "A, B and C said that their leaders would meet"
    if len(theirs) > len(subjects):
        return _pairs(trigger, token, theirs, [], resolver, "meet.verb.theirs")
    partners = resolver.actors_of(agent_of(token)) if passive else []  # "was met on arrival by B"
    for child in token.children:
        if child.dep_ == "dobj":
            met = resolver.actors_of(child) or _described(child, resolver) or _hosts(child, resolver)
            if len(met) < 2 and child.tag_ == "NNS":  # "meet the presidents of A and B": the parse split the pair
                met = _named_in(child, resolver) or met
            partners += met
    for obj in prep_objects(token, ("with",)):
        partners += resolver.actors_of(obj)
    if not partners:
        partners = _named_right_after(token, resolver)
    if not subjects and not partners:  # "A and B's national security advisers met": the phrase names the parties
        plural = [c for c in token.children if c.dep_ == "nsubj" and c.tag_ == "NNS"]
        if plural and not any(c.dep_ == "dobj" for c in token.children):
            subjects = _named_in(plural[0], resolver)
    separately = _met_separately(token, trigger, subjects, partners, resolver)
    if separately is not None:
        return separately
    return _pairs(trigger, token, subjects, partners, resolver, "meet.verb")


SEPARATELY = word_list("separately_words")


def _met_separately(token, trigger: Trigger, subjects, partners, resolver: Resolver) -> Frame | None:
    """ "A and B met separately with C": A with C and B with C, not A with B (as "A and B held talks with C",
    a meeting of the three, would give)."""
    partners = [p for p in partners if p not in subjects]
    if not subjects or not partners:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in SEPARATELY for c in token.children):
        return Frame(trigger, token, subjects, partners, _venue(token, resolver), rule="meet.verb.separately")
    return None


@reader("see_person", "see.verb")
def _see_person(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "He will see B again soon", "is to see the X president next week": to see a named
    person is to meet them; not "saw no reason", "see progress", "as seen by"."""
    resolver = ctx.resolver
    seen = [c for c in token.children if c.dep_ == "dobj"]
    mention = resolver.found.at(seen[0].i) if seen else None
    if mention is None or mention.kind != "person" or mention.actor is None:
        return None
    if any(c.dep_ in ("auxpass", "ccomp", "xcomp", "oprd") or c.lower_ == "as" for c in token.children):
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
    return _pairs(trigger, token, subjects, partners, resolver, "call_on")


def _theirs(verb, resolver: Resolver) -> list[Actor]:
    """ "Officials of A, B and C said that their leaders would meet": officials that "their" gives to the
    subjects of the clause around, who are all of those parties."""
    heads, passive = subject_tokens(verb)
    if passive or len(heads) != 1 or not any(c.dep_ == "poss" and c.lower_ == "their" for c in heads[0].children):
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
    for i in range(verb.i + 1, min(verb.i + 6, verb.sent.end)):
        mention = resolver.found.at(i)
        word = verb.doc[i]
        if mention is not None and mention.actor is not None and mention.kind in ("person", "country"):
            return [mention.actor]
        if mention is None and word.lower_ not in resolver.lexicon.titles and word.pos_ not in ("DET", "ADJ"):
            return []
    return []


def _named_together(verb, resolver: Resolver) -> list[Actor]:
    """ "President A of X and President B of Y met": when the parse loses the "and", every named party of the
    subject phrase, if they are of one kind."""
    heads, _ = subject_tokens(verb)
    return _named_in(heads[0], resolver) if heads else []


def _named_in(head, resolver: Resolver) -> list[Actor]:
    """Every named party of a phrase with "and", if they are of one kind (persons first)."""
    phrase = _phrase_tokens(head)
    if not any(t.lower_ == "and" for t in phrase):
        return []
    return _named_among(phrase, resolver)


CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp")


def _phrase_tokens(head) -> list:
    """The tokens of a noun phrase, without the clauses inside it ("representatives of communities affected by
    a dispute between A and B" names neither A nor B as those met)."""
    out, todo = [], [head]
    while todo:
        word = todo.pop()
        out.append(word)
        todo += [c for c in word.children if c.dep_ not in CLAUSE_DEPS]
    return sorted(out, key=lambda t: t.i)


def _named_among(tokens, resolver: Resolver) -> list[Actor]:
    actors = []
    for t in tokens:
        mention = resolver.found.at(t.i)
        if mention is not None and mention.actor is not None and t.i == mention.start and mention.actor not in actors:
            actors.append(mention.actor)
    kinds = {a.kind for a in actors}
    if "person" in kinds:
        actors = [a for a in actors if a.kind == "person"]
    return actors if len(actors) >= 2 and len({a.kind for a in actors}) == 1 else []


def _described(obj, resolver: Resolver) -> list[Actor]:
    """ "met Iraq's top cleric, Ayatollah X,": the person named right after, else the country of the description."""
    comma = obj.i + 1
    if comma < obj.sent.end and obj.doc[comma].lower_ == ",":
        for i in range(comma + 1, min(comma + 4, obj.sent.end)):
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
    candidates = [c for c in token.children if c.dep_ == "nsubjpass"]  # "the talks were mediated by C"
    word = token
    for _ in range(steps):
        if word.head.i == word.i:
            break
        word = word.head
        candidates.append(word)
        if word.pos_ == "VERB":  # "A and B held talks in Lima, mediated by C"
            candidates += [c for c in word.children if c.dep_ == "dobj"]
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
    held = [token, *(c for c in token.children if c.dep_ == "dobj")]
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
        named = [c for c in agent.children if c.dep_ == "appos"]  # "by the Secretary General, A, and B"
        strays = [c for c in token.children if c.dep_ == "conj"]  # "co-chaired by A, and B": B on the verb
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
        left = doc[token.sent.start : token.i - 2]
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
    gathered = [a for c in token.children if c.dep_ == "dobj" for a in resolver.actors_of(c)]
    if len(gathered) < 2:
        return None
    convener, _ = _subjects(token, resolver)
    parties = _distinct_actors(convener + gathered)
    venue = _venue(token, resolver)
    for held in (c for s in token.children if s.dep_ == "nsubj" for c in s.children if c.dep_ == "acl"):
        venue = venue or _venue(held, resolver)  # "The meeting, held in Muscat, brought together ..."
    if len(parties) >= 3:
        return Frame(trigger, token, parties, [], venue, rule="bring_together.verb.group")
    return Frame(trigger, token, gathered[:1], gathered[1:], venue, rule="bring_together.verb.conjoined")


TOGETHER = word_list("together_particles")
EXCHANGED = word_list("exchanged_objects")


@reader("exchange_views", *(f"exchange_views.verb{p}" for p in PAIRS))
def _exchange_views(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B exchanged views on the crisis", "A exchanged opinions with B": talk, not prisoners or fire."""
    if not any(c.dep_ == "dobj" and (c.lower_ in EXCHANGED or c.lemma_.lower() in EXCHANGED) for c in token.children):
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
)
def _meet_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "held talks with", "talks between A and B", "during talks in P with", "hosted B for talks"."""
    if token.lemma_.lower() in MET_ONLY_WITH and not any(True for _ in _nested_objects(token, ("with",))):
        return None  # "had an audience with the king" is a meeting; "told an audience of students" is not
    if token.lemma_.lower() in OWN_PARTIES_ONLY and not _names_its_parties(token, ctx.resolver):
        return None  # "the fifth session of the Kenya-Uganda commission"; not "opened its annual session"
    if _recalled_for(token):
        return None  # "recalled its ambassador for consultations": a protest, no one met
    if _repeated(token) and _noun_told_by_reference(token, ctx.resolver):
        again = _met_again(token, trigger, ctx, "meet.noun.again")  # "a follow-up meeting will be held"
        if again is not None:
            return again
    if _the_talks_of_the_sides(token, ctx.resolver) and _met_again(token, trigger, ctx, "meet.noun.again"):
        return Frame(trigger, token, [], [])  # "In the talks, the two sides ...": the talks told before
    return _talks(token, trigger, ctx, "meet.noun", ("with",))


REPEAT_MARKERS = word_list("repeat_markers")
MET_ONLY_WITH = word_list("meeting_nouns_with_partner")
MEDIATING = ("mediate", "mediation_noun")
_LOOKING_BACK: list[bool] = []


RECALLING = word_list("recall_verbs")
CONTESTS = word_list("sporting_contests")
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


def _repeated(token) -> bool:
    """ "They will meet again", "the committee will reconvene", "a follow-up meeting", "the next session", "will
    resume talks": a meeting told as another of one told before."""
    if token.lemma_.lower() in REPEAT_MARKERS:
        return True
    if any(c.lemma_.lower() in REPEAT_MARKERS and c.dep_ in ("advmod", "amod", "compound") for c in token.children):
        return True
    holder = token.head
    return token.dep_ == "dobj" and holder.lemma_.lower() in REPEAT_MARKERS


def _told_by_reference(verb, resolver: Resolver) -> bool:
    """Whether the parties of a verb are only referred to ("they", "the two delegations", "the committee"), not
    named: no subject is a name of its own and no object or "with" names anyone."""
    heads, _ = subject_tokens(verb)
    if any(resolver.found.at(h.i) is not None for h in heads):
        return False
    met = [c for c in verb.children if c.dep_ == "dobj"] + list(prep_objects(verb, ("with",)))
    return not any(resolver.actors_of(m) for m in met)


def _noun_told_by_reference(noun, resolver: Resolver) -> bool:
    """ "A follow-up meeting will be held", "the two sides will resume talks": the meeting noun names no one in its
    own phrase ("with", "between", "of", a possessive), nor does the verb that holds it."""
    named = [*_nested_objects(noun, ("with", "between", "of")), *(c for c in noun.children if c.dep_ == "poss")]
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
        and (head.lemma_.lower() in PARTY_NOUNS or any(c.lower_ in PAIR_WORDS for c in head.children))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _the_talks_of_the_sides(noun, resolver: Resolver) -> bool:
    """ "In the talks, the two sides discussed trade": definite talks that name no one, in a clause whose
    subject only refers to the parties."""
    if noun.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(True for _ in _nested_objects(noun, ("with", "between", "of"))):
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and noun.head.dep_ == "prep" and _sides_referred_to(verb, resolver)


def _met_again(token, trigger: Trigger, ctx: Context, rule: str, reach: int = 400) -> Frame | None:
    """The parties of the last meeting told before, up to `reach` tokens back, for a meeting told as another
    one: "A and B held talks in X ... They will meet again in Y" is a second meeting of A and B."""
    if _LOOKING_BACK:
        return None
    doc = token.doc
    _LOOKING_BACK.append(True)
    try:
        candidates = trigger_candidates(doc, ctx.lexicon)  # the trigger words only, not every token of the reach
        lo, hi = (
            bisect.bisect_left(candidates, max(token.i - reach, 0)),
            bisect.bisect_left(candidates, token.sent.start),
        )
        for i in reversed(candidates[lo:hi]):
            word = doc[i]
            if word.pos_ not in ("VERB", "NOUN"):
                continue
            for earlier in _triggers_of(word, ctx.lexicon):
                if earlier.type != "meeting" or earlier.frame in MEDIATING:
                    continue  # a mediator is not one of those who meet again
                frame = READERS[earlier.frame](word, earlier, ctx)
                if frame is None:
                    continue
                parties = _distinct_actors(frame.sources + frame.targets)
                if len(parties) < 2:
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
)
def _call_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "a phone call with", "a phone call from Macron", "received a call from Macron": a call is a meeting when it
    is by phone or video, or one that is received, made or taken."""
    if token.lemma_.lower() in MODE_ONLY_CALLS and not any(c.lower_ in CALL_MODES for c in token.children):
        return None  # "a video conference" is a call; "a conference with leaders of A and B" is not
    taken = token.dep_ == "dobj" and token.head.lemma_.lower() in CALL_TAKING
    spoken_with = any(ctx.resolver.actors_of(o) for o in prep_objects(token, ("with",)))  # "in a call with X"
    if not taken and not spoken_with and not any(c.lower_ in CALL_MODES for c in token.children):
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
    addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
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
        c.dep_ in ("oprd", "xcomp", "ccomp", "prt") or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children
    ):
        return None
    called = [c for c in token.children if c.dep_ == "dobj"]
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
    if not any(c.lower_ in JOINT for c in token.children):
        return None
    return _talks(token, trigger, ctx, "joint_conference.noun", ("with",))


JOINT = word_list("joint_modifiers")


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
    said = {lemma, *(f"{lemma} {c.lower_}" for c in word.children if c.dep_ in ("prt", "advmod", "prep"))}
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
    between_objects = list(_nested_objects(phrase, ("between",)))  # one walk of the phrase for each preposition
    between = [a for obj in between_objects for a in resolver.actors_of(obj)]
    if len(between) == 1:  # "between the ministries of trade of A and B": the parse split the phrase
        named = next((_named_in(obj.head, resolver) for obj in between_objects), [])
        between = named if len(named) >= 2 else between
    if len(between) < 2 and not mediated:  # "the meeting of the foreign ministers of A, B and C"
        members = _distinct_actors([a for obj in prep_objects(phrase, ("of",)) for a in resolver.actors_of(obj)])
        states = all(a.kind in ("country", "person") for a in members)  # "meetings of the AU and SADC": sessions
        between = members if len(members) >= 2 and states else between
    with_objects = list(_nested_objects(phrase, with_preps))
    led = [obj for obj in with_objects if _leaders(obj, resolver)]  # "talks with an X team led by N. N."
    partners = [
        a for obj in with_objects for a in _leaders(obj, resolver) or resolver.actors_of(obj) or _hosts(obj, resolver)
    ]
    if not partners:  # "talks with visiting President N. N.": the parse made the participle a verb
        partners = [
            a
            for prep in phrase.children
            if prep.dep_ == "prep" and prep.lower_ in with_preps
            for c in prep.children
            if c.dep_ == "pcomp"
            for a in _guest_actors(c, resolver)
        ]
    # "a videoconference with his counterparts from A and B": one phrase names several, who all took part
    together = _one_occasion(token) and any(len(resolver.actors_of(obj)) >= 2 for obj in with_objects)
    if not partners and phrase.dep_ == "dobj":  # "held talks on Tuesday with X": the "with" hung on the verb
        partners = [a for obj in prep_objects(phrase.head, with_preps) for a in resolver.actors_of(obj)]
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
    partners += between
    subjects = []
    for child in phrase.children:
        if child.dep_ == "poss":
            subjects = resolver.actors_of(child)
    if not subjects:
        subjects = _pair_holding(token, resolver) or _subjects(phrase, resolver)[0]
        holders = subject_tokens(phrase.head)[0] if phrase.dep_ == "dobj" else []
        leaders = [a for h in holders for a in _leaders(h, resolver)]  # "The delegation, headed by N. N., held talks"
        if leaders:
            subjects, led = leaders, led + holders
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
        subjects, _ = _subjects(phrase.sent.root, resolver)
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
    referred = [o for o in with_objects if any(c.lower_ in PAIR_WORDS for c in o.children) and subjects]
    for obj in referred:  # "B, who chaired talks with the two leaders": the two named before besides B
        named = resolver.actors_of(obj)
        if any(a in subjects for a in named):
            pair = _pair_besides(obj, subjects, resolver)
            if len(pair) == 2:
                partners = [p for p in partners if p not in named] + pair
                together, the_two = _one_occasion(token), True
    inside = []
    if not partners and not between and len(subjects) == 1:
        inside = _acting_within(token, resolver)  # "after a summit in which A said ...": A took part
        partners = [a for a in inside if a not in subjects]
    addressed = []
    if not partners and not between and len(subjects) == 1 and phrase.dep_ == "pobj":
        addressed = _addressed_during(phrase, resolver)  # "thanked B for his support during a phone call"
        partners = [a for a in addressed if a not in subjects]
    if not partners and len(subjects) < 2:
        for child in token.children:
            if child.dep_ in ("amod", "compound"):
                partners += resolver.demonym_list(child.head) if child.head.i == token.i else []
    if mediated:
        if not (subjects and partners):
            return None
        return Frame(trigger, token, subjects, partners, _venue(token, resolver), rule=rule)
    if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in CONCLUDING:
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
    frame = _pairs(trigger, token, subjects, partners + host, resolver, rule)
    if attended and frame is not None and len(frame.sources) + len(frame.targets) >= 3:
        return None  # "A, B and C signed a document at a summit": signing there is not meeting each other
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
STATE_PREPS = word_list("talks_state_prepositions")
SEPARATE = word_list("separate_modifiers")
PLURAL_OCCASIONS = word_list("plural_meeting_nouns")


DURING_PREPS = word_list("talks_during_prepositions")


def _acting_within(noun, resolver: Resolver) -> list[Actor]:
    """ "after a summit in which A said ...", "talks during which the X leader agreed ...": the
    person who acts inside the talks, in a relative clause that opens with "in/during/at which"."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        opened = any(
            c.dep_ == "prep" and c.lower_ in DURING_PREPS and any(o.lower_ == "which" for o in c.children)
            for c in clause.children
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
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
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
    if any(c.lower_ in SEPARATE for c in noun.children):
        return False
    return noun.tag_ != "NNS" or noun.lower_ in PLURAL_OCCASIONS


def _traveller_of_clause(word, resolver: Resolver) -> list[Actor]:
    """ "X's visit, for a summit with Y, ended without agreement": the owner of the trip that is the subject of
    the verb the talks hang on."""
    verb = word.head.head if word.head.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    for subject in (
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in VISIT_NOUNS_OWNED
    ):
        return [a for c in subject.children if c.dep_ == "poss" for a in resolver.actors_of(c)]
    return []


def _outer_subjects(word, resolver: Resolver, steps: int = 8) -> list[Actor]:
    """ "A and B pledged that neither would ..., after three hours of talks": the first subject, up the parse,
    that names someone."""
    for _ in range(steps):
        if word.head.i == word.i:
            return []
        word = word.head
        for child in word.children:
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


HOSTING = word_list("talks_host_verbs")


def _host_of_talks(noun, resolver: Resolver) -> list[Actor]:
    """ "talks in P hosted by X's prime minister", "Y hosted talks between ...": the host takes
    part. One who only offers to host ("ready to host a meeting") does not."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in HOSTING:
            return resolver.actors_of(agent_of(child)) + _attendees(child, resolver)
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
    if noun.lemma_.lower() not in HOST_NOUNS or not any(c.dep_ == "poss" for c in noun.children):
        return []
    if any(
        c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("from", "of"))
        for c in noun.children
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
    verbs = [c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in HOLDING]
    pair = [c for c in noun.children if c.lower_ in PAIR_WORDS and verbs and c.i < verbs[0].i]
    return resolver.pair_before(pair[0]) if pair else _named_holder(noun, resolver)


def _named_holder(noun, resolver: Resolver) -> list[Actor]:
    """ "President N. N. on Monday hosted talks with B", "N. N. held talks with B": the parse reads one noun
    phrase, the verb as a modifier and the name as a compound of "talks"; the name before the verb holds them."""
    verbs = [
        c
        for c in noun.children
        if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in HOLDING | HOSTING and c.i < noun.i
    ]
    if not verbs or noun.dep_ != "ROOT":
        return []
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < verbs[0].i]
    return resolver.actors_of(names[0]) if names else []


def _hosted_talks_told_before(noun, resolver: Resolver, reach: int = 300) -> tuple[list[Actor], list[Actor]] | None:
    """ "Talks between A and B broke up ... The talks were hosted by C": the parties of the same talks named
    before, with their host, as (everyone, []) for every pair; None unless the noun is definite, its verb a passive
    of hosting, and the talks were told with two parties within `reach` tokens. Talks between A and "the two rebel
    groups" give (host, parties): the host with each party, the two sides having been read where the talks were."""
    verb = noun.head
    if verb.lemma_.lower() not in HOSTING or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
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
        and not any(c.dep_ == "poss" for c in phrase.children)
    )


def _attendees(hosted, resolver: Resolver) -> list[Actor]:
    """ "hosted by X and attended by Y": those who attended took part too (the parse may hang "attended" on the
    verb of the clause instead)."""
    clause = hosted
    while clause.dep_ in ("acl", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    attended = [*hosted.conjuncts, *(c for c in clause.children if c.dep_ == "conj")]
    return _unique_actors(
        [a for conj in attended if conj.lemma_.lower() in ATTENDING for a in resolver.actors_of(agent_of(conj))]
    )


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    return [a for i, a in enumerate(actors) if a not in actors[:i]]


def _distinct_actors(actors: list[Actor]) -> list[Actor]:
    out = []
    for actor in actors:
        if actor not in out and not any(a.country and a.country == actor.country for a in out):
            out.append(actor)
    return out


def _guests(noun, resolver: Resolver) -> list[Actor]:
    """ "A hosted B for talks", "A invited B for a meeting": B is the one met."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return []
    return [a for c in prep.head.children if c.dep_ == "dobj" for a in resolver.actors_of(c)]


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
    return [a for c in venue_prep.head.children if c.dep_ == "dobj" for a in resolver.actors_of(c)]


def _nested_objects(token, preps):
    """Objects of "with"/"between" on the noun or on the nouns of its own phrase ("a conversation at the airport with X")."""
    for inner in token.subtree:
        if inner.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            continue
        prep = inner
        if inner.dep_ == "conj" and inner.head.dep_ == "prep" and inner.head.lower_ == inner.lower_:
            prep = inner.head  # "with A and with B": the second "with" hangs on the first
        if prep.dep_ == "prep" and inner.lower_ in preps and _within_phrase(prep, token):
            for obj in inner.children:
                if obj.dep_ == "pobj":
                    yield obj


def _within_phrase(word, token, steps: int = 6) -> bool:
    """Whether `word` hangs from `token` through prepositions and nouns only."""
    for _ in range(steps):
        word = word.head
        if word.i == token.i:
            return True
        if word.dep_ not in ("prep", "pobj", "compound"):
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


def _pairs(trigger, token, subjects, partners, resolver, rule: str) -> Frame | None:
    """A meeting of A and B: subjects with partners, or two conjoined subjects. `rule` is the reader's id; the
    construction that found the pair is added to it (see PAIRS)."""
    partners = [p for p in partners if p not in subjects]
    recovered = None
    if len(subjects) == 1 and not partners:
        together = _named_together(token, resolver)
        if together:
            subjects, recovered = together, rule + ".named_together"
    if len(subjects) == 1 and not partners:
        partners = [p for p in _proposer(token, resolver) if p not in subjects]
        recovered = rule + ".proposer"
    if len(subjects) >= 2 and partners and len(_distinct_actors(subjects + partners)) >= 3:
        # "A and B held talks with C": the three met, every pair
        return Frame(
            trigger, token, _distinct_actors(subjects + partners), [], _venue(token, resolver), rule=rule + ".group"
        )
    if subjects and partners:
        return Frame(trigger, token, subjects, partners, _venue(token, resolver), rule=recovered or rule)
    if len(subjects) > 2:  # "A, B and C met": every pair
        return Frame(trigger, token, subjects, [], _venue(token, resolver), rule=recovered or rule + ".group")
    if len(subjects) == 2:
        return Frame(
            trigger, token, subjects[:1], subjects[1:], _venue(token, resolver), rule=recovered or rule + ".conjoined"
        )
    if len(partners) >= 2:
        return Frame(
            trigger, token, partners[:1], partners[1:], _venue(token, resolver), rule=recovered or rule + ".conjoined"
        )
    return None


PROPOSAL_NOUNS = word_list("proposal_nouns")


def _proposal_noun(token):
    """The "proposal", "offer" or "invitation" an event noun or verb hangs from, if any."""
    word = token
    for _ in range(4):
        if word.dep_ not in ("pobj", "prep", "pcomp", "dobj", "acl", "xcomp", "compound") or word.head.i == word.i:
            return None
        word = word.head
        if word.pos_ == "NOUN" and word.lemma_.lower() in PROPOSAL_NOUNS:
            return word
    return None


def _proposer(token, resolver: Resolver) -> list[Actor]:
    """ "rejected X's proposal for a truce", "accepted a Y offer to host talks", "an offer from P
    for direct talks": the one who proposed is the other party of the event proposed."""
    proposal = _proposal_noun(token)
    if proposal is None:
        return []
    for child in proposal.children:
        if child.dep_ == "poss":
            return resolver.actors_of(child)
    for agent in prep_objects(proposal, ("from", "by")):
        return resolver.actors_of(agent)
    return _blamed_modifier(proposal, resolver)


def _venue(token, resolver):
    place, _ = _place_objects(token, resolver, ("in", "at"))
    if place is None and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN":
        place, _ = _place_objects(token.head, resolver, ("in", "at"))  # "a meeting ... was held in Colonia"
    if place is not None and place.dep_ in ("compound", "amod") and place.head.lemma_.lower() not in SITE_NOUNS:
        return None  # "in support of the P truce": a place naming a thing talked of, not where
    return place


SITE_NOUNS = word_list("venue_nouns") | word_list("named_venue_heads") | CAPITALS


# ---- condemnations ----


@reader(
    "condemn",
    "condemn.verb",
    "condemn.verb.passive",
    "condemn.verb.named_as",
    "condemn.verb.claim",
    "condemn.verb.right_of",
    "condemn.verb.echoed",
    "condemn.verb.speaker",
    "condemn.verb.blamed_on",
    "condemn.verb.statement",
    "condemn.verb.attributed",
    "condemn.verb.told_in_saying",
)
def _condemn(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    if not _condemning(token):
        return None
    subjects, passive = _subjects(_past_small_clause(token), resolver)
    subjects = subjects or _among_those(token, resolver)
    objects = [c for c in token.children if c.dep_ == "dobj"] or ([] if passive else objects_of(token))
    blamed_after: list[Actor] = []
    attributed: list[Actor] = []
    told: list[Actor] = []
    if passive:
        sources = resolver.actors_of(agent_of(token) or _late_agent(token))
        heads, _ = subject_tokens(token)
        targets = subjects or [a for head in heads for a in _blamed(head, resolver)]
    else:
        sources = subjects
        targets = _blamed(objects[0], resolver) if objects else []
        if objects and not targets:  # "condemn this attack by Russia", the "by" hung on the verb
            targets = [a for agent in prep_objects(token, ("by",)) for a in resolver.actors_of(agent)]
        if objects and not targets:
            targets = _accused_them(token, objects[0], sources, resolver) or _state_of(objects[0], token, resolver)
        if objects and not targets and token.lemma_.lower() in BLAMING:  # "blamed the attack (on the town) on X"
            targets = _blamed_on(token, objects[0], resolver)
        if objects and not targets:  # "condemned the killings and blamed them on X"
            targets = blamed_after = [
                a
                for c in token.children
                if c.dep_ == "conj" and c.lemma_.lower() in BLAMING
                for o in c.children
                if o.dep_ == "dobj"
                for a in _blamed_on(c, o, resolver)
            ]
        if objects and not targets:  # "condemned the attack on the embassy, carried out by Nicaraguan police"
            agents = [agent_of(c) for c in token.children if c.dep_ in ("advcl", "acl") and c.i > objects[0].i]
            targets = [a for agent in agents if agent is not None for a in _blamed(agent, resolver)]
        if objects and not targets:  # "condemned the strike on the town, which it attributed to X"
            targets = attributed = _attributed_in_clause(objects[0], resolver)
        if objects and not targets:  # "condemned the raid, saying X soldiers had stormed the building"
            targets = told = _told_in_saying(token, objects[0], resolver)
    rule = "condemn.verb.passive" if passive else "condemn.verb"
    if attributed:
        rule = "condemn.verb.attributed"
    if told:
        rule = "condemn.verb.told_in_saying"
    if blamed_after:
        rule = "condemn.verb.blamed_on"
    if not sources and not passive:
        sources = _speaker_of_joined_clause(token, resolver)
        rule = "condemn.verb.speaker"
    if not sources and not passive:
        sources = _issuer_of_statement(token, resolver)
        rule = "condemn.verb.statement"
    if not sources:
        return None
    echoed = [a for a in _echoed_by(token, resolver) + _joined_in(token, resolver) if a not in sources]
    if echoed:
        sources, rule = sources + echoed, "condemn.verb.echoed"
    named = _named_as(token)
    if named is not None:
        targets, rule = _blamed(named, resolver), "condemn.verb.named_as"
    elif not targets and not objects and not passive:
        claimed = _claimed_about(token, resolver)
        targets = claimed or _right_of(token, resolver)
        if targets:
            rule = "condemn.verb.claim" if claimed else "condemn.verb.right_of"
    return Frame(trigger, token, sources, targets or [None], rule=rule)


@reader("reject_firmly", "reject_firmly.verb", "reject_firmly.verb.as_baseless")
def _reject_firmly(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "firmly rejects", "strongly opposes": to reject or oppose with force condemns; plainly, it does not."""
    if not any(c.dep_ == "advmod" and c.lower_ in INTENSIFIERS for c in token.children):
        return _rejected_as_baseless(token, trigger, ctx)
    frame = _condemn(token, trigger, ctx)
    if frame is not None:
        frame.rule = "reject_firmly.verb"
    return frame


INTENSIFIERS = word_list("condemning_intensifiers")
BASELESS = word_list("baseless_judgements")
CLAIM_NOUNS = word_list("claim_nouns")


def _rejected_as_baseless(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A rejected as groundless the claims of B", "dismissed B's charges as baseless": to reject what another
    party said as false condemns that party, the owner of the claim."""
    judged = [
        t
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for t in prep.subtree
        if t.lower_ in BASELESS and t.i <= prep.i + 2
    ]
    if not judged or not _condemning(token):
        return None
    claims = [
        t
        for c in token.children
        if c.dep_ in ("dobj", "prep")
        for t in ([c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"])
        if t.lemma_.lower() in CLAIM_NOUNS
    ]
    if not claims:
        return None
    resolver = ctx.resolver
    owners = [c for c in claims[0].children if c.dep_ == "poss"]
    owners += list(prep_objects(claims[0], ("of",)))
    owners += [agent_of(acl) for acl in claims[0].children if acl.dep_ == "acl" and agent_of(acl) is not None]
    targets = [a for o in owners for a in resolver.actors_of(o)]
    sources, _ = _subjects(token, resolver)
    targets = [t for t in targets if not any(t == s or (t.country and t.country == s.country) for s in sources)]
    if not sources or not targets:
        return None
    return Frame(trigger, token, sources, targets[:1], rule="reject_firmly.verb.as_baseless")


ECHOING = word_list("echoing_adverbs")


ISSUERS = word_list("official_bodies") | word_list("statement_issuers")


def _issuer(token, resolver: Resolver) -> list[Actor]:
    """ "ANKARA - ... the ministry condemned ...", "In Beijing, a spokesman condemned ...": a ministry or spokesman
    of no country named speaks for the capital the sentence opens with, or the story was filed from."""
    heads, passive = subject_tokens(token)
    if passive or len(heads) != 1 or heads[0].lemma_.lower() not in ISSUERS:
        return []
    if resolver.country_modifier(heads[0]) is not None:
        return []
    for place in prep_objects(token, ("in",)):  # "In P, a spokesman for the ministry condemned ..."
        mention = resolver.found.at(place.i)
        if place.i < heads[0].i and mention is not None and mention.code and mention.kind in ("place", "country"):
            return [resolver.country(mention.code)]
    _, filed_in = resolver.dateline()
    return [filed_in] if filed_in is not None else []


STATEMENT_NOUNS = word_list("statement_nouns")


def _issuer_of_statement(token, resolver: Resolver) -> list[Actor]:
    """ "A said in a statement that denounced the act", "issued a communique condemning the
    attack": a statement that condemns is its issuer's condemnation, the subject of the verb the statement hangs on."""
    statement = token.head
    if token.dep_ not in ("relcl", "acl") or statement.lemma_.lower() not in STATEMENT_NOUNS:
        return []
    verb = statement
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return _subjects(verb, resolver)[0] if verb.pos_ in ("VERB", "AUX") else []


def _speaker_of_joined_clause(token, resolver: Resolver) -> list[Actor]:
    """ "A countered that the vote was a farce and accused B of ...": the parse joins the verb to the clause A said,
    whose subject names no one; the one who said it accuses."""
    clause = token.head
    if token.dep_ != "conj" or clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return []
    return _subjects(clause.head, resolver)[0]


def _joined_in(token, resolver: Resolver) -> list[Actor]:
    """ "Germany joined France in condemning the strike": the one joined condemns too."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() != "join":
        return []
    return [a for c in prep.head.children if c.dep_ == "dobj" for a in resolver.actors_of(c)]


def _among_those(token, resolver: Resolver) -> list[Actor]:
    """ "Canada was among the countries that condemned ...": the subject of "was among" condemns."""
    group = token.head
    if token.dep_ != "relcl" or group.dep_ != "pobj" or group.head.lower_ != "among":
        return []
    heads, _ = subject_tokens(group.head.head)
    return [a for h in heads for a in resolver.actors_of(h)]


def _echoed_by(token, resolver: Resolver) -> list[Actor]:
    """ "X condemned the attack, as did Y", "..., and the bloc did so in a statement": the subject of
    "do" that stands for the condemning verb condemns too."""
    actors = []
    for clause in token.children:
        if clause.dep_ not in ("advcl", "conj") or clause.lemma_.lower() != "do":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod", "dobj")}
        if marks & ECHOING:
            actors += [a for c in clause.children if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
    return actors


def _condemning(token) -> bool:
    """A verb of condemning, not a word of its phrase that the parse took for a modifier or an object."""
    return token.dep_ not in ("amod", "compound", "dobj", "pobj", "nsubj")


@reader("lash_out", "lash_out.verb")
def _lash_out(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Beijing lashed out at Manila", "hit out at the EU", "hit back at": only with "out" or "back", the target
    after "at"."""
    resolver = ctx.resolver
    if not _condemning(token) or not any(
        (c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ in ("advmod", "prt") and c.lower_ == "back")
        for c in token.children
    ):
        return None  # "lashed out at", "hit back at": not a strike that hit a town
    sources, _ = _subjects(token, resolver)
    targets = [a for obj in prep_objects(token, ("at",)) for a in _blamed(obj, resolver)]
    return Frame(trigger, token, sources, targets or [None], rule="lash_out.verb") if sources else None


JUDGEMENTS = word_list("condemning_judgements")
VIOLATING = word_list("violating_verbs")


@reader("under_fire", "under_fire.noun")
def _under_fire(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Lithuania came under fire from Moscow", "the minister came under criticism from Kyiv": the one after "from"
    condemns the subject; named by itself (not "troops came under fire from rebels", a fight)."""
    resolver = ctx.resolver
    under = token.head
    if token.dep_ != "pobj" or under.lower_ != "under" or under.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = under.head
    heads, _ = subject_tokens(verb)
    found = [resolver.found.at(h.i) for h in heads]
    if not heads or any(m is None or m.actor is None or m.actor.kind not in ("country", "person") for m in found):
        return None
    targets = [a for h in heads for a in resolver.actors_of(h)]
    holders = (token, under, verb)
    sources = [a for h in holders for o in prep_objects(h, ("from",)) for a in resolver.actors_of(o)]
    return Frame(trigger, token, sources, targets, rule="under_fire.noun") if sources and targets else None


@reader("judge", "judge.verb", "judge.verb.other_owner", "judge.verb.them")
def _judge(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "called the attack a violation", "described the act as terrorism", "called the
    move unjustified": to call an act or a party by a word of condemnation condemns it."""
    resolver = ctx.resolver
    objects = [c for c in token.children if c.dep_ == "dobj"] or _small_clause_subject(token) or objects_of(token)
    if not objects or not _condemning(token) or any(c.dep_ == "prt" for c in token.children):
        return None  # "called off the visit"
    if objects[0].lower_ in ("which", "that", "whom", "who", "what"):
        return None  # "the movement, which A regards as a criminal gang": a standing view, told in passing
    if not _judged_harshly(token, objects[0]) and not _judged_first(token, objects[0]):
        return None
    sources, _ = _subjects(token, resolver)
    if not sources:
        return None
    targets = _blamed(objects[0], resolver) if objects[0].lower_ not in ("it", "them", "this") else []
    rule = "judge.verb"
    if objects[0].lower_ == "them":
        targets = _parties_before(objects[0], resolver)
        rule = "judge.verb.them" if targets else rule
    if targets and all(t in sources for t in targets):
        targets, rule = _other_owner(objects[0], sources, resolver), "judge.verb.other_owner"
    if not targets and not _an_act(objects[0], resolver):
        return None  # "called the situation dangerous": no one is condemned
    return Frame(trigger, token, sources, targets or [None], rule=rule)


def _parties_before(pronoun, resolver: Resolver) -> list[Actor]:
    """ "demanded the withdrawal of X troops, calling them an occupying force": "them" is the plural noun
    named last before it in the sentence, laid at whoever it belongs to."""
    for word in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if word.tag_ == "NNS" and word.pos_ == "NOUN":
            return _blamed(word, resolver)
    return []


def _other_owner(thing, sources: list[Actor], resolver: Resolver) -> list[Actor]:
    """ "B said ... Hours later, A called her remarks nasty": "her" is not A, who judges them, but the person named
    last before other than A."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in thing.children):
        return []
    for mention in resolver.found.before(thing.i):
        if mention.kind == "person" and mention.actor is not None and mention.actor not in sources:
            return [mention.actor]
    return []


ACT_REFERENCES = word_list("visit_nouns") | word_list("speech_nouns") | {"it", "them", "this", "that"}


def _an_act(noun, resolver: Resolver) -> bool:
    """A word for something done, whose doer can be traced (act_authors.py): "the raid", "the move", "the
    boarding", "the trip", "it"."""
    lemma, lexicon = noun.lemma_.lower(), resolver.lexicon
    return (
        lemma in lexicon.act_authors
        or noun.lower_ in lexicon.act_authors
        or lemma in lexicon.domestic_acts
        or lemma in lexicon.acts_on_victims
        or lemma in ACT_REFERENCES
        or noun.lower_ in ACT_REFERENCES
        or (noun.tag_ == "NN" and lemma.endswith("ing"))
    )


@reader("judge_said", "judge.said")
def _judge_said(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A said the move was a violation of the law", "said B's actions were
    unacceptable", "told him that the attack violated the treaty": the speaker condemns an act or a party said to
    be one of the words of condemnation, or to violate."""
    resolver = ctx.resolver
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        predicates = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
        violated = clause.lemma_.lower() in VIOLATING  # "said the strikes violated international law"
        if subject is None or not (violated or (clause.lemma_.lower() == "be" and any(_harsh(p) for p in predicates))):
            continue
        targets = _blamed(subject, resolver)
        if not targets and not _an_act(subject, resolver):
            continue
        sources, _ = _subjects(token, resolver)
        if not sources:
            return None
        for agent in (
            o for p in predicates for t in p.subtree if t.lower_ == "by" for o in t.children if o.dep_ == "pobj"
        ):
            targets = targets or _blamed(agent, resolver)  # "an attack carried out by a brutal regime"
            if not targets and agent.lemma_.lower() in STATE_NOUNS:
                story = country_of_the_story(token, sources[0], resolver)
                targets = [story] if story is not None else []
        return Frame(trigger, token, sources, targets or [None], rule="judge.said")
    return None


def _harsh(predicate) -> bool:
    words = list(predicate.subtree)[:12]
    return any(t.lemma_.lower() in JUDGEMENTS or t.lower_ in JUDGEMENTS for t in words)


def _judged_first(verb, obj) -> bool:
    """ "described as unacceptable the decision of Athens": the word of condemnation before the thing judged (the
    parse makes the thing the object of "as", and the word its modifier)."""
    if obj.dep_ != "pobj" or obj.head.lower_ != "as" or obj.head.head.i != verb.i:
        return False
    return any(c.i < obj.i and (c.lemma_.lower() in JUDGEMENTS or c.lower_ in JUDGEMENTS) for c in obj.children)


def _small_clause_subject(verb) -> list:
    """ "calling Merkel and her colleagues arrogant": the parse makes "Merkel ... arrogant" a clause of its own."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ in ("ADJ", "NOUN") and clause.i > verb.i:
            return [c for c in clause.children if c.dep_ == "nsubj"][:1]
        if clause.dep_ == "oprd" and clause.pos_ == "ADJ" and clause.i > verb.i:
            # "called her remarks 'nasty'": the parse hangs the thing judged on the word, as its owner
            return [c for c in clause.children if c.dep_ == "poss" and c.pos_ == "NOUN"][:1]
    return []


def _past_small_clause(verb):
    """ "calling B arrogant and accusing them of ...": the parse joins "accusing" to "arrogant", whose subject
    is the one called so; the subject of "accusing" is that of "calling"."""
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("ADJ", "NOUN") and head.dep_ == "ccomp":
        return head.head
    return verb


def _same_clause(word, verb) -> bool:
    """The word hangs on the verb through nouns and prepositions only, not through another verb: "described the
    strike that killed X as terrorism" (the parse hangs "as" on "killed") rather than "called off a visit after
    she dismissed it as absurd"."""
    head = word.head
    for _ in range(8):
        if head.i == verb.i:
            return True
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "relcl":
            return False
        head = head.head
    return False


def _judged_harshly(verb, obj) -> bool:
    """The words that the verb gives its object ("a violation", "as aggression", "unjustified", "nothing more than
    a land grab"), a few words deep, hold one of condemnation."""
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")]
    predicates += [c for c in obj.children if c.dep_ in ("amod", "oprd") and c.i > obj.i]  # "called the move dangerous"
    predicates += [t for t in verb.subtree if t.i > obj.i and t.lower_ == "as" and _same_clause(t, verb)]
    for predicate in predicates:
        words = [t for t in predicate.subtree if t.i > obj.i][:12]
        if any(t.lemma_.lower() in JUDGEMENTS or t.lower_ in JUDGEMENTS for t in words):
            return True
    return False


@reader("condemn_claim", "condemn_claim.verb")
def _condemn_claim(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "protested" condemns only as a verb of saying ("..., a rights group protested"), not as a street protest."""
    resolver = ctx.resolver
    targets = _claimed_about(token, resolver)
    if not targets:
        return None
    sources, _ = _subjects(token, resolver)
    return Frame(trigger, token, sources, targets[:1], rule="condemn_claim.verb")


def _accused_them(token, obj, sources: list[Actor], resolver: Resolver) -> list[Actor]:
    """ "expelled diplomats from A and B, accusing them of spying": "them" accused "of" something are the
    parties named last before in the sentence (with the ones joined to them), other than the accuser."""
    if obj.lower_ != "them" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in (*token.children, *obj.children)):
        return []
    for i in range(token.i - 1, token.sent.start - 1, -1):
        mention = resolver.found.at(i)
        if mention is None or mention.actor is None or mention.media or mention.start != i:
            continue
        actors = resolver.actors_of(resolver.doc[mention.start : mention.end].root) or [mention.actor]
        actors = [a for a in actors if not any(a == s or (a.country and a.country == s.country) for s in sources)]
        if actors:
            return actors
    return []


def _named_as(token):
    """ "condemned what he called the indifference of the West": the thing so named is what is condemned."""
    for clause in token.children:
        if clause.dep_ == "ccomp" and any(w.lower_ == "what" and w.dep_ == "dobj" for w in clause.children):
            for child in clause.children:
                if child.dep_ in ("oprd", "attr", "xcomp") and child.pos_ in ("NOUN", "PROPN"):
                    return child
            for named in prep_objects(clause, ("as",)):  # "what it described as Israeli aggression"
                if named.pos_ in ("NOUN", "PROPN"):
                    return named
    return None


def _late_agent(token):
    """ "X has been accused of ..., by Y": a "by" phrase later in the sentence that the parse hung elsewhere."""
    for inner in token.doc[token.i + 1 : token.sent.end]:
        if inner.lower_ == "by" and inner.dep_ in ("prep", "agent"):
            objects = [c for c in inner.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _claimed_about(token, resolver: Resolver) -> list[Actor]:
    """ "charged that X had ...", "<X did ...>, a rights group protested": the subject of the claim."""
    clauses = [
        c
        for c in token.children
        if c.dep_ in ("ccomp", "acl")
        and c.pos_ in ("VERB", "AUX")
        and not any(w.lower_ in ("what", "whatever") for w in c.children)
    ]
    if not clauses and is_trailing_attribution(token):
        clauses = [token.sent.root] if token.sent.root.i < token.i else []
    for clause in clauses:
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                actors = resolver.actors_of(child)
                if actors:
                    return actors
    return []


def _right_of(token, resolver: Resolver) -> list[Actor]:
    """ "denounced as a crime X's treatment of ...": the first actor after the verb in its clause."""
    for inner in token.subtree:
        if inner.i <= token.i:
            continue
        mention = resolver.found.at(inner.i)
        if mention is not None and mention.actor is not None and not mention.media:
            return [mention.actor]
    return []


@reader(
    "condemn_noun",
    "condemn.noun",
    "condemn.noun.claim",
    "condemn.noun.voiced",
    "condemn.noun.echoed",
    "condemn.noun.drawn",
    "condemn.noun.accuser",
)
def _condemn_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A's condemnation of the attack", "a charge by A that B had taken the port"."""
    resolver = ctx.resolver
    sources = []
    for child in token.children:
        if child.dep_ == "poss":
            sources = resolver.actors_of(child)
    holders = [token]
    if token.dep_ == "dobj" and not any(c.dep_ == "nsubjpass" for c in token.head.children):
        holders.append(token.head)  # the parse often hangs "by ..." and "that ..." on the verb
    if not sources:
        sources = [
            a for holder in holders for agent in prep_objects(holder, ("by",)) for a in resolver.actors_of(agent)
        ]
    targets = [a for obj in prep_objects(token, ("of", "against")) for a in _blamed(obj, resolver)]
    if not sources and targets:
        frame = _accused_by(token, trigger, targets, resolver)
        if frame is not None:
            return frame
    if not sources and token.dep_ == "dobj":
        frame = _condemnation_voiced(token, trigger, targets, resolver)
        if frame is not None:
            return frame
    if not sources:
        return None
    rule = "condemn.noun"
    if not targets:
        for holder in holders:
            targets = targets or _claimed_about(holder, resolver)
        rule = "condemn.noun.claim" if targets else rule
    return Frame(trigger, token, sources, targets or [None], rule=rule)


def _accused_by(token, trigger: Trigger, accusers: list[Actor], resolver: Resolver) -> Frame | None:
    """ "rejected the accusations of the X side that Y had struck": with a claim told, the
    "of" names who accuses, and the claim's subject is accused (the parse may hang the claim on the verb)."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    holders = [token, verb] if token.dep_ in ("dobj", "pobj") else [token]
    claimed = [a for holder in holders for a in _claimed_about(holder, resolver)][:1]
    for clause in token.children if not claimed else ():  # the parse takes "that they had ..." for a relative
        if clause.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            claimed = [a for c in clause.children if c.dep_ == "nsubj" for a in resolver.actors_of(c)][:1]
    if not claimed:
        return None
    return Frame(trigger, token, accusers, claimed, rule="condemn.noun.accuser")


STATE_NOUNS = word_list("state_institution_nouns")
BLAMING = word_list("blaming_verbs")


def _state_of(noun, verb, resolver: Resolver) -> list[Actor]:
    """ "criticised the military government in Mali": an institution of a state, named by where it rules (the
    parse may hang the "in" on the verb, right after the noun)."""
    if noun.lemma_.lower() not in STATE_NOUNS:
        return []
    places = list(prep_objects(noun, ("in", "of")))
    places += [o for o in prep_objects(verb, ("in",)) if o.i == noun.right_edge.i + 2]
    for place in places:
        mention = resolver.found.at(place.i)
        if mention is not None and mention.code and mention.kind in ("country", "place"):
            return [resolver.country(mention.code)]
    return []


VOICING = word_list("condemnation_voicing_verbs")
DRAWING = word_list("condemnation_drawing_verbs")
ECHOES = word_list("echoing_modifiers")


def _condemnation_voiced(token, trigger: Trigger, targets: list[Actor], resolver: Resolver) -> Frame | None:
    """ "Jordan and Qatar issued similar condemnations": the subject condemns, and "similar" or "the same" takes
    the target of the condemnation told before (passes.authors_of_acts); "the raid drew condemnation from
    Egypt": the one from whom it came condemns the subject's author."""
    verb = token.head
    if verb.lemma_.lower() in VOICING:
        sources, _ = _subjects(verb, resolver)
        if not targets:  # "delivered a rebuke to B", "heaped criticism on B"
            targets = [
                a for h in (token, verb) for obj in prep_objects(h, ("to", "on")) for a in _blamed(obj, resolver)
            ]
        if not targets:  # "issued a condemnation over Sudan's shelling of the town"
            acts = [o for holder in (token, verb) for o in prep_objects(holder, ("over", "after", "following"))]
            targets = [a for act in acts[:1] for a in _blamed(act, resolver)]
        echoed = any(c.dep_ == "amod" and c.lemma_.lower() in ECHOES for c in token.children)
        rule = "condemn.noun.echoed" if echoed and not targets else "condemn.noun.voiced"
        return Frame(trigger, token, sources, targets or [None], rule=rule) if sources else None
    if verb.lemma_.lower() in DRAWING:
        sources = [a for obj in prep_objects(token, ("from",)) for a in resolver.actors_of(obj)]
        sources = sources or [a for obj in prep_objects(verb, ("from",)) for a in resolver.actors_of(obj)]
        subjects, _ = subject_tokens(verb)
        targets = targets or [a for subject in subjects for a in _blamed(subject, resolver)]
        return Frame(trigger, token, sources, targets or [None], rule="condemn.noun.drawn") if sources else None
    return None


DOING_VERBS = word_list("act_doing_verbs")
ATTRIBUTING = word_list("attributing_verbs")


def _told_in_saying(verb, act, resolver: Resolver) -> list[Actor]:
    """ "condemned the raid on its embassy, saying Malian soldiers had stormed the building": a clause of saying
    on the condemning verb that tells the act with a verb of it (act_authors.csv); its subject did the act."""
    verbs = resolver.lexicon.act_authors.get(act.lower_) or resolver.lexicon.act_authors.get(act.lemma_.lower())
    if not verbs:
        return []
    for saying in (c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in SAYING_VERBS):
        for told in (c for c in saying.children if c.dep_ == "ccomp" and c.lemma_.lower() in verbs):
            for subject in (c for c in told.children if c.dep_ == "nsubj"):
                actors = resolver.actors_of(subject) or _blamed_modifier(subject, resolver)
                if actors:
                    return actors
    return []


SAYING_VERBS = word_list("speaker_verbs") | word_list("reporting_verbs")


def _attributed_in_clause(obj, resolver: Resolver) -> list[Actor]:
    """ "the strike on a hospital in Kharkiv, which it attributed to Russian forces": a relative clause in the
    condemned act's phrase that lays it at a party (the parse may hang the clause on the last noun)."""
    for clause in obj.subtree:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in ATTRIBUTING:
            continue
        for party in prep_objects(clause, ("to", "on")):
            actors = resolver.actors_of(party) or _blamed_modifier(party, resolver)
            if actors:
                return actors
    return []


def _blamed_on(verb, obj, resolver: Resolver) -> list[Actor]:
    """ "blamed the attack on X", "blamed it on Monday on X", "blamed the raid on the town on X": the one an act is
    laid at, after "on" (the parse hangs the last "on" on the verb or inside the object)."""
    ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    ons += [t for t in obj.subtree if t.lower_ == "on" and t.dep_ == "prep"][-1:]
    for o in (o for on in ons for o in on.children if o.dep_ == "pobj"):
        actors = [named_group(o, a, resolver.lexicon) for a in _blamed(o, resolver)]
        if actors:
            return actors
    return []


def _blamed(obj, resolver: Resolver) -> list[Actor]:
    """Who a condemned thing is laid at: "X's strikes", "an X air strike", "an attack by the Y group"."""
    actors = resolver.actors_of(obj)
    if actors:
        return actors
    for child in obj.children:
        if child.dep_ == "poss":
            actors = resolver.actors_of(child) or _blamed_modifier(child, resolver)  # "the Israeli army's raid"
            if actors:
                return actors
    agents = [
        *prep_objects(obj, ("by",)),
        *(agent_of(c) for c in obj.children if c.dep_ == "acl"),
        # "border shelling by Cambodian troops": the parse takes the act's noun for a participle on its modifier
        *(o for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG" for o in prep_objects(c, ("by",))),
        # "the attack, which was claimed by X", "the strike, which was carried out by X": a clause of its doing
        *(agent_of(c) for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in DOING_VERBS),
        *(o for inner in prep_objects(obj, ("of",)) for o in prep_objects(inner, ("by",))),
    ]
    for agent in agents:
        actors = resolver.actors_of(agent) or _blamed_modifier(agent, resolver) if agent is not None else []
        if actors:
            return actors
    actors = _blamed_modifier(obj, resolver)
    if actors:
        return actors
    if any(w.lemma_.lower() in resolver.lexicon.domestic_acts for w in (obj, *obj.children) if w.dep_ != "det"):
        for place in prep_objects(obj, ("in",)):
            mention = resolver.found.at(place.i)
            if mention is not None and mention.code and mention.kind in ("country", "place"):
                return [resolver.country(mention.code)]
    if obj.lemma_.lower() in resolver.lexicon.acts_on_victims:
        return []  # "the killing of its leader": who was killed, not who killed
    for inner in prep_objects(obj, ("of",)):
        actors = resolver.actors_of(inner)  # "the actions of Israeli forces"; not "a violation of Kenyan sovereignty"
        if actors:
            return actors
    return []


def _blamed_modifier(obj, resolver: Resolver) -> list[Actor]:
    """ "an Iranian strike", "American and British strikes", "a Hamas attack"."""
    for child in obj.children:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        actors = []
        for word in (child, *child.conjuncts):
            mention = resolver.found.at(word.i)
            if mention is not None and mention.kind in ("demonym", "country") and mention.code:
                actors.append(resolver.country(mention.code))
            elif mention is not None and mention.kind == "organization" and mention.actor:
                actors.append(mention.actor)
        if actors:
            return actors
    return []


# ---- cooperation ----


@reader(
    "sign",
    "sign.verb.agents",
    "sign.verb.referred",
    "sign.verb.referred.after",
    "sign.verb.after_talks",
    "sign.verb.after_meeting",
    "sign.verb.between",
    "sign.verb.acl_between",
    "sign.verb.earlier",
    *(f"sign.verb{p}" for p in PAIRS),
    *(f"sign.verb.extended{p}" for p in PAIRS),
)
def _sign(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver, lexicon = ctx.resolver, ctx.lexicon
    subjects, passive = _subjects(token, resolver)
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        objects = list(prep_objects(token, ("on",)))  # "signed off on a plan"
    if passive:
        subjects = resolver.actors_of(agent_of(token))
        later = _agents_hung_on_verb(token, resolver) if len(subjects) == 1 else []
        if later and objects and _is_agreement(objects[0], lexicon):
            return Frame(trigger, token, subjects, later, _venue(token, resolver), rule="sign.verb.agents")
    if not objects and token.dep_ == "acl" and agent_of(token) is not None:
        objects, subjects = [token.head], resolver.actors_of(agent_of(token))  # "a protocol signed by A and B"
    if not objects and token.dep_ == "acl" and any(True for _ in prep_objects(token, ("between",))):
        objects = [token.head]  # "the memorandum signed between A and B covers ...": the parties after "between"
    if objects and objects[0].lower_ in ("which", "that") and token.dep_ == "relcl":
        objects = [token.head]  # "the protocol, which A and B signed in 1942"
    if not objects and token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep":
        objects = [token.head]  # "A and B normalised trade under a protocol signed in Skopje": A and B signed it
        subjects, passive = _subjects(token.head.head.head, resolver)
        if passive:
            return None
    if agent_of(token) is None and any(c.dep_ == "auxpass" for c in token.children):
        heads = objects or subject_tokens(token)[0]
        if heads and _refers_to_agreement(heads[0], lexicon):  # "It will be signed in P"
            sources, targets = _earlier_agreement(token, ctx)
            return Frame(trigger, token, sources, targets, _venue(token, resolver), rule="sign.verb.earlier")
    if not objects or not _is_agreement(objects[0], lexicon):
        return None
    referred = None if passive else _referred(trigger, token, token, ctx, "sign.verb.referred")
    if referred is not None:
        return referred
    between = [a for obj in prep_objects(objects[0], ("between",)) for a in resolver.actors_of(obj)]
    acl_between = [a for obj in prep_objects(token, ("between",)) for a in resolver.actors_of(obj)]
    if token.dep_ == "acl" and objects[0].i == token.head.i and len(acl_between) >= 2 and not between:
        return _parties_frame(trigger, token, acl_between, _venue(token, resolver), "sign.verb.acl_between")
    signers = [] if passive else _signers_named(token, subjects, between, resolver)
    if signers:
        subjects, between = signers, []
    if len(between) >= 2:
        return _parties_frame(trigger, token, between, _venue(token, resolver), "sign.verb.between")
    partners = _along_with(token, resolver)
    for holder in (token, objects[0]):
        for obj in prep_objects(holder, ("with", "between")):
            partners += resolver.actors_of(obj)
    for inner in objects[0].subtree if len(subjects) < 2 else ():  # "A and B signed ...": already a pair
        if inner.head.lemma_.lower() in BOUNDARY_NOUNS:
            continue  # "a deal on patrols along its border with C": a neighbour, not a partner
        if inner.dep_ == "prep" and inner.lower_ in ("with", "between") and inner.head.i != objects[0].i:
            for obj in inner.children:
                if obj.dep_ == "pobj":
                    partners += resolver.actors_of(obj)
    signers = [] if passive else _signers_named(token, subjects, partners, resolver)
    if signers:
        subjects, partners = signers, []
    if not subjects and not partners:  # "Following the talks, a number of documents were signed"
        talks = _talks_before(token, ctx)
        if talks is not None:
            return Frame(
                trigger, token, talks.sources, talks.targets, _venue(token, resolver), rule="sign.verb.after_talks"
            )
    if len(subjects) == 1 and not partners and token.dep_ in ("advcl", "conj"):
        met = [a for a in _met_in_clause(token.head, ctx) if a not in subjects]
        if met:  # "met his B counterpart, signing four agreements", "held talks with B and signed a deal"
            return Frame(trigger, token, subjects, met, _venue(token, resolver), rule="sign.verb.after_meeting")
    rule = "sign.verb.extended" if token.lemma_.lower() in EXTENDING else "sign.verb"
    return _pairs(trigger, token, subjects, partners, resolver, rule)


def _met_in_clause(verb, ctx: Context) -> list[Actor]:
    """Whom a clause says its subject met: the object of a meeting verb ("met B"), or the party after "with" of
    the verb or of the talks it holds ("held talks with B")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    resolver = ctx.resolver
    meets = any(t.type == "meeting" for t in _triggers_of(verb, ctx.lexicon))
    met = []
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if meets:
            met += resolver.actors_of(child)
        elif any(t.type == "meeting" for t in _triggers_of(child, ctx.lexicon)):
            met += [a for obj in prep_objects(child, ("with",)) for a in resolver.actors_of(obj)]
    if meets:
        met += [a for obj in prep_objects(verb, ("with",)) for a in resolver.actors_of(obj)]
    return _unique_actors(met)


def _signers_named(token, subjects: list[Actor], parties: list[Actor], resolver: Resolver) -> list[Actor]:
    """ "A's president and his B counterpart signed the declaration between A and B": the signers are the parties
    of the subject (SCHEMA: the grammatical subject), the countries they sign for named again after "between". Told
    in the passive ("the treaty between A and B was signed by ..."), the countries come first and stay."""
    if not parties:
        return []
    signers = _distinct_actors(subjects) if len(subjects) >= 2 else _distinct_actors(_named_together(token, resolver))
    countries = {a.country for a in signers}
    if len(signers) == 2 and len(countries) == 2 and all(a.country in countries for a in parties):
        return signers
    return []


def _talks_before(token, ctx: Context, sentences: int = 2) -> Frame | None:
    """The latest talks told before `token`, in its sentence or the two before: who signed what "was signed" with
    no signer named, or what "ministers signed" in the presence of the two leaders."""
    sent, end = token.sent, token.i
    for _ in range(sentences + 1):
        for word in reversed(sent[: end - sent.start]):
            for earlier in _triggers_of(word, ctx.lexicon):
                if earlier.type != "meeting":
                    continue
                frame = READERS[earlier.frame](word, earlier, ctx)
                if frame is not None and frame.pairs():
                    return frame
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
        end = sent.end
    return None


EXTENDING = word_list("agreement_extending_verbs")


def _agents_hung_on_verb(verb, resolver: Resolver) -> list[Actor]:
    """ "was signed by A's minister, N. N., and B's minister, M. M.": after a name in apposition the parse may hang
    the second signer on the verb, as a conjunct of it, or on the name; a noun there is one of the agents."""
    agent = agent_of(verb)
    if agent is None:
        return []
    hung = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i > agent.i]
    hung += [c for a in agent.children if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"]
    return [a for c in hung for a in resolver.actors_of(c)]


def _along_with(verb, resolver: Resolver) -> list[Actor]:
    """ "A, along with B, signed the treaty", "A, together with B, agreed to ...": B is a party too (the parse
    hangs "with" on the verb or on the subject, under "along" or carrying it)."""
    found = []
    for holder in (verb, *subject_tokens(verb)[0]):
        found += _companions(holder, resolver)  # "with" carrying "along"
        for word in holder.children:  # "along" carrying "with"
            if word.lower_ in ("along", "together") and word.dep_ in ("prep", "advmod"):
                found += [a for obj in prep_objects(word, ("with",)) for a in resolver.actors_of(obj)]
    return found


def _parties_frame(trigger, token, parties: list[Actor], venue, rule: str) -> Frame:
    """The Frame of an agreement of named parties: of two, one event; of three or more ("the treaty between A, B
    and C"), one per pair."""
    if len(_distinct_actors(parties)) >= 3:
        return Frame(trigger, token, _distinct_actors(parties), [], venue, rule=rule)
    return Frame(trigger, token, parties[:1], parties[1:], venue, rule=rule)


def _refers_to_agreement(word, lexicon: Lexicon) -> bool:
    """ "it", "the accord", "this deal": an agreement told before."""
    if word.lower_ == "it":
        return True
    return _is_agreement(word, lexicon) and any(c.lower_ in ("the", "this", "that") for c in word.children)


def _earlier_agreement(token, ctx: Context, sentences: int = 2) -> tuple[list[Actor], list[Actor]]:
    """The parties of the latest agreement signed or reached in this sentence before `token`, or in the two
    before it: what "it is due to be signed" and "a formal signing is expected" refer to."""
    sent, end = token.sent, token.i
    for _ in range(sentences + 1):
        for word in reversed(sent[: end - sent.start]):
            for earlier in _triggers_of(word, ctx.lexicon):
                if earlier.frame not in ("sign", "agreement_noun"):
                    continue
                frame = READERS[earlier.frame](word, earlier, ctx)
                if frame is not None and frame.rule != "sign.verb.earlier" and len(frame.pairs()) > 0:
                    return frame.sources, frame.targets
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
        end = sent.end
    return [], []


@reader("joint_statement", *(f"joint_statement.verb{p}" for p in PAIRS))
def _joint_statement(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "issued a joint declaration with B", "A and B adopted a joint statement": a text two parties
    put out together is an agreement between them."""
    resolver = ctx.resolver
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects or not _is_agreement(objects[0], ctx.lexicon):
        return None
    if not any(c.lower_ in JOINT for c in objects[0].children):
        return None
    if any(
        t.type == "condemnation"
        for c in objects[0].children
        if c.dep_ in ("acl", "relcl")
        for t in _triggers_of(c, ctx.lexicon)
    ):
        return None  # "a joint statement condemning the attack": a condemnation, told at its verb
    subjects, passive = _subjects(token, resolver)
    if passive:
        return None
    partners = [
        a for holder in (token, objects[0]) for obj in prep_objects(holder, ("with",)) for a in resolver.actors_of(obj)
    ]
    return _pairs(trigger, token, subjects, partners, resolver, "joint_statement.verb")


@reader("signing_noun", "signing.noun.earlier")
def _signing_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "The signing will take place in P": the signing of the agreement told before."""
    if token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in token.children):
        return None
    sources, targets = _earlier_agreement(token, ctx)
    if not sources:
        return None
    return Frame(trigger, token, sources, targets, _venue(token.head, ctx.resolver), rule="signing.noun.earlier")


@reader(
    "agreement_noun",
    "agreement.noun.between_made",
    "agreement.noun.between",
    "agreement.noun.signed_by",
    "agreement.noun.in_force",
    "agreement.noun.referred",
    "agreement.noun.referred.after",
    "agreement.noun.reached_between",
    *(f"agreement.noun.under{p}" for p in PAIRS),
    *(f"agreement.noun.which_made{p}" for p in PAIRS),
    "agreement.noun.after_talks",
    "agreement.noun.there_was",
    *(f"agreement.noun.announced{p}" for p in PAIRS),
    *(f"agreement.noun{p}" for p in PAIRS),
    *(f"agreement.noun.sought{p}" for p in PAIRS),
)
def _agreement_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "no deal was reached", "without an agreement on a truce", "the treaty between A and B", "a
    memorandum signed by A and B"."""
    resolver = ctx.resolver
    head = token.head
    signers = [
        a
        for c in token.children
        if c.dep_ == "acl" and c.lemma_.lower() in SIGNING
        for a in resolver.actors_of(agent_of(c))
    ]
    if len(signers) >= 2:
        return _parties_frame(trigger, token, signers, _venue(token, resolver), "agreement.noun.signed_by")
    reached = head.lemma_.lower() in AGREEMENT_REACHED
    announced = token.dep_ == "dobj" and head.lemma_.lower() in ANNOUNCING  # "A and B announced a truce"
    parties = [a for obj in prep_objects(token, ("between",)) for a in resolver.actors_of(obj)]
    if reached and not parties:  # "the deal was reached between A and B"
        parties = [a for obj in prep_objects(head, ("between",)) for a in resolver.actors_of(obj)]
    if not parties:  # "the deal reached between A and B last year has collapsed": a participle of reaching
        made = [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in AGREEMENT_REACHED | SIGNING]
        parties = [a for c in made[:1] for obj in prep_objects(c, ("between",)) for a in resolver.actors_of(obj)]
        if len(parties) >= 2:
            return _parties_frame(trigger, token, parties, _venue(token, resolver), "agreement.noun.reached_between")
    told = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) and not any(
        c.dep_ in ("acl", "amod", "compound", "prep") for c in token.children
    )  # "Under the deal, ...": the agreement told before, read where it was told
    for clause in (c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in AGREEMENT_REACHED):
        # "The pact, which Rome and Tirana sealed in November, allows ...": the subjects of the clause made it
        if any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in clause.children):
            subjects, passive = _subjects(clause, resolver)
            partners = [a for obj in prep_objects(clause, ("with",)) for a in resolver.actors_of(obj)]
            if not passive and (len(subjects) >= 2 or subjects and partners):
                return _pairs(trigger, token, subjects, partners, resolver, "agreement.noun.which_made")
    if token.dep_ == "pobj" and head.lower_ in FRAMING_PREPS and head.head.pos_ in ("VERB", "AUX") and not told:
        # "Under a new accord, A and B will jointly manage the plant": the parties acting under it are its parties
        verb = head.head
        subjects, passive = _subjects(verb, resolver)
        partners = [a for obj in prep_objects(verb, ("with",)) for a in resolver.actors_of(obj)]
        if not passive and (len(subjects) >= 2 or subjects and partners):
            return _pairs(trigger, token, subjects, partners, resolver, "agreement.noun.under")
    if token.dep_ == "dobj" and head.lemma_.lower() in SEEKING:  # "would seek a similar arrangement with B"
        subjects, _ = _subjects(head, resolver)
        partners = [
            a for holder in (token, head) for obj in prep_objects(holder, ("with",)) for a in resolver.actors_of(obj)
        ]
        return _pairs(trigger, token, subjects, partners, resolver, "agreement.noun.sought") if partners else None
    if len(parties) >= 2 and token.dep_ == "nsubj" and head.lemma_.lower() in IN_FORCE:
        # "a ceasefire between A and B took effect on Sunday", "... came into force", "... held"
        return _parties_frame(trigger, token, parties, _venue(token, resolver), "agreement.noun.in_force")
    if len(parties) >= 2 and head.lemma_.lower() in AGREEMENT_MADE:
        # "welcomed the truce between A and B"
        return _parties_frame(trigger, token, parties, _venue(token, resolver), "agreement.noun.between_made")
    if announced and len(parties) < 2:
        subjects, passive = _subjects(head, resolver)
        partners = [a for obj in prep_objects(token, ("with",)) for a in resolver.actors_of(obj)]
        return None if passive else _pairs(trigger, token, subjects, partners, resolver, "agreement.noun.announced")
    there_was_none = token.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children)
    if there_was_none and any(c.lower_ == "no" for c in token.children) and len(parties) < 2:
        talks = _talks_before(token, ctx)  # "... held talks. There was no breakthrough on the border"
        venue = _venue(token, resolver)
        return (
            None
            if talks is None
            else Frame(trigger, token, talks.sources, talks.targets, venue, rule="agreement.noun.there_was")
        )
    if not (reached or head.lower_ == "without" or _proposal_noun(token) is not None):
        return None
    if len(parties) >= 2:
        return _parties_frame(trigger, token, parties, _venue(token, resolver), "agreement.noun.between")
    if reached and token.dep_ == "dobj":
        referred = _referred(trigger, token, head, ctx, "agreement.noun.referred")
        if referred is not None:
            return referred
    subjects, passive = _subjects(head if reached and token.dep_ != "nsubjpass" else token, resolver)
    if passive or token.dep_ == "nsubjpass":
        subjects = []
        if head.dep_ == "conj":
            subjects, _ = _subjects(head.head, resolver)
    partners = [a for obj in prep_objects(token, ("with",)) for a in resolver.actors_of(obj)]
    if not subjects and not partners:
        subjects = _parties_of_the_talks(token, ctx)
    unnamed = token.dep_ == "nsubjpass" and agent_of(head) is None or token.dep_ == "dobj" and subject_tokens(head)[0]
    if not subjects and not partners and reached and unnamed:
        talks = _talks_before(token, ctx)  # "... held talks. An agreement was reached", "Negotiators reached a deal"
        if talks is not None:
            venue = _venue(token, resolver)
            return Frame(trigger, token, talks.sources, talks.targets, venue, rule="agreement.noun.after_talks")
    return _pairs(trigger, token, subjects, partners, resolver, "agreement.noun")


SIGNING = word_list("signing_verbs")
BOUNDARY_NOUNS = word_list("boundary_nouns")
FRAMING_PREPS = word_list("agreement_framing_preps")
ANNOUNCING = word_list("agreement_announcing_verbs")
SEEKING = word_list("seeking_verbs")
IN_FORCE = word_list("in_force_verbs")
CEASE = word_list("cease_words")


@reader("cease_fire")
def _cease_fire(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "a cease fire", "cease-fire": "fire" is an agreement after "cease", read as "ceasefire" is."""
    if not any(c.lower_ in CEASE for c in token.children):
        return None
    return _agreement_noun(token, trigger, ctx)


def _parties_of_the_talks(token, ctx: Context, reach: int = 80) -> list[Actor]:
    """ "A and B held talks ..., but the meeting ended without an agreement": the parties of the
    talks told just before, when "the talks" or "the meeting" is the subject of the clause."""
    heads, _ = subject_tokens(token)
    if not heads or heads[0].lower_ not in TALKS_NOUNS:
        return []
    parties = [a for obj in prep_objects(heads[0], ("between",)) for a in ctx.resolver.actors_of(obj)]
    if len(parties) >= 2:  # "the talks between A and B ended without agreement"
        return parties
    for i in range(heads[0].i - 1, max(-1, heads[0].i - reach), -1):
        word = token.doc[i]
        for earlier in _triggers_of(word, ctx.lexicon):
            frame = READERS[earlier.frame](word, earlier, ctx) if earlier.type == "meeting" else None
            if frame is not None:
                return [*frame.sources, *frame.targets]
    return []


TALKS_NOUNS = word_list("talks_nouns")
AGREEMENT_REACHED = word_list("concluding_verbs") | word_list("agreement_reached_verbs")
AGREEMENT_MADE = AGREEMENT_REACHED | word_list("agreement_welcomed_verbs")


def _is_agreement(token, lexicon: Lexicon) -> bool:
    """An agreement noun, one of several conjoined, or "a number of agreements", "a package of accords"."""
    if token.lemma_.lower() in lexicon.agreement_nouns or token.lower_ in lexicon.agreement_nouns:
        return True
    if token.lemma_.lower() in QUANTITIES and any(_is_agreement(o, lexicon) for o in prep_objects(token, ("of",))):
        return True
    return any(c.dep_ == "conj" and _is_agreement(c, lexicon) for c in token.children)


QUANTITIES = word_list("quantity_nouns")


PARTY_COUNTS = {
    "both": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}  # "the two sides", "the three ministers"


def _parties_referred(verb, ctx: Context) -> tuple[list[Actor], bool]:
    """ "The two presidents signed ...", "the three ministers signed ...", "both sides agreed": the parties of the
    article's first meeting with that many parties, told before the sentence, not merely the last two actors
    named (a pair named in passing in between is not who "the two sides" are)."""
    heads, passive = subject_tokens(verb)
    if len(heads) != 1 or passive:
        return [], False
    head = heads[0]
    refers = ctx.lexicon.group_nouns.get(head.lower_)
    if head.lower_ in PARTY_COUNTS and head.pos_ in ("NUM", "PRON", "DET"):  # "the three signed", "both agreed"
        refers, count = "person", PARTY_COUNTS[head.lower_]
    elif refers is None:
        return [], False
    else:
        count = next((PARTY_COUNTS[c.lower_] for c in head.children if c.lower_ in PARTY_COUNTS), 0)
        for owner in (c for c in head.children if c.dep_ == "poss" and c.lower_ in ctx.lexicon.group_nouns):
            # "the two countries' defence ministers": as many as their countries, named as the countries
            owned = next((PARTY_COUNTS[c.lower_] for c in owner.children if c.lower_ in PARTY_COUNTS), 0)
            if owned and not count:
                refers, count = ctx.lexicon.group_nouns[owner.lower_], owned
    if not count:
        return [], False
    doc = verb.doc
    candidates = trigger_candidates(doc, ctx.lexicon)  # the trigger words only, not every token before the verb
    before = bisect.bisect_left(candidates, verb.i)
    parties = _meeting_parties(doc, candidates[:before], count, ctx)
    later = parties is None
    if later:  # "The two countries agreed to ..., A said after meeting B": the meeting told after, in the sentence
        after = candidates[before : bisect.bisect_left(candidates, verb.sent.end)]
        parties = _meeting_parties(doc, after, count, ctx)
    if not parties:
        return [], False
    if refers == "country":  # "the two sides": the countries of the people
        return [ctx.resolver.country(a.country) if a.country else a for a in parties], later
    return [_person_of(a, verb, ctx.resolver) for a in parties], later  # "the three ministers": their people


def _meeting_parties(doc, indices, count: int, ctx: Context) -> list[Actor] | None:
    """The parties of the first meeting read at one of the words at `indices`: [] when it has not `count`
    parties, None when there is no meeting."""
    for word in (doc[i] for i in indices):
        for earlier in _triggers_of(word, ctx.lexicon):
            if earlier.type != "meeting":
                continue
            frame = READERS[earlier.frame](word, earlier, ctx)
            if frame is None:
                continue
            parties = _distinct_actors([a for pair in frame.pairs() for a in pair if a is not None])
            return parties if len({a.country or a.name for a in parties}) == count else []
    return None


def _person_of(party: Actor, verb, resolver: Resolver) -> Actor:
    """The person of a country named last before `verb`, for a country that "the two presidents" stands for."""
    if party.kind != "country" or not party.country:
        return party
    for mention in resolver.found.before(verb.i):
        actor = mention.actor
        if actor is not None and actor.kind == "person" and actor.country == party.country:
            return actor
    return party


def _referred(trigger, token, verb, ctx: Context, rule: str) -> Frame | None:
    """The Frame of "the two sides agreed", "the three ministers signed" when `_parties_referred` finds them."""
    parties, later = _parties_referred(verb, ctx)
    if not parties:
        return None
    rule += ".after" if later else ""
    named, _ = _subjects(verb, ctx.resolver)
    if {a.country for a in named} == {a.country for a in parties}:
        return None  # the last pair named is the story's pair: read as before, with its people
    venue = _venue(token, ctx.resolver)
    if len(parties) == 2:
        return Frame(trigger, token, parties[:1], parties[1:], venue, rule=rule)
    return Frame(trigger, token, parties, [], venue, rule=rule)


def _agreed_to_meet(token, ctx: Context) -> bool:
    """ "agreed to meet again", "agreed to hold a summit", "agreed that their leaders would meet", "agreed to
    postpone the trip": what was agreed is a meeting or a visit, read at its own word, not an agreement ("agreed to
    raise trade" is no meeting: its reader finds none)."""
    for verb in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "to hold talks", "to postpone the trip"
        if any(t.type in ("meeting", "visit") for o in objects for t in _triggers_of(o, ctx.lexicon)):
            return True
        for trigger in _triggers_of(verb, ctx.lexicon):
            if trigger.type == "meeting" and READERS[trigger.frame](verb, trigger, ctx) is not None:
                return True
    return False


@reader(
    "agree",
    "agree.verb.referred",
    "agree.verb.referred.after",
    *(f"agree.verb{p}" for p in PAIRS),
    *(f"agree.verb.participle{p}" for p in PAIRS),
)
def _agree(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B agreed to ...", "A agreed with B on ...", "A agreed to US mediation", "the two sides agreed"."""
    resolver = ctx.resolver
    if _agreed_to_meet(token, ctx):
        return None
    referred = _referred(trigger, token, token, ctx, "agree.verb.referred")
    if referred is not None:
        return referred
    subjects, _ = _subjects(token, resolver)
    rule = "agree.verb"
    participants = _participle_subject(token, resolver)
    if participants:
        subjects, rule = participants, "agree.verb.participle"
    partners = [a for obj in prep_objects(token, ("with",)) for a in resolver.actors_of(obj)]
    for obj in prep_objects(token, ("to",)):
        partners += _blamed_owner(obj, resolver) or _blamed_modifier(obj, resolver)
    partners += _along_with(token, resolver)
    for child in token.children:
        if child.dep_ == "dobj" and _is_agreement(child, ctx.lexicon):  # "agreed a trade deal with Japan"
            partners += [a for obj in prep_objects(child, ("with",)) for a in resolver.actors_of(obj)]
        if child.dep_ == "xcomp":
            partners += [a for obj in prep_objects(child, ("with",)) for a in resolver.actors_of(obj)]
            for grand in child.children:
                if grand.dep_ == "dobj":
                    partners += [a for obj in prep_objects(grand, ("with",)) for a in resolver.actors_of(obj)]
    return _pairs(trigger, token, subjects, partners, resolver, rule)


def _participle_subject(verb, resolver: Resolver) -> list[Actor]:
    """ "A and B negotiators meeting in X failed to agree": the parse takes the participle phrase for a clausal
    subject of "failed"; its own subject is the one who agrees (or fails to)."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        for clause in (c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"):
            return [a for c in clause.children if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


@reader("joint_drill", *(f"drill.noun{p}" for p in PAIRS))
def _joint_drill(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "French and Egyptian warships launched war games", "held joint naval drills with Pakistan": military
    cooperation (CAMEO 062) when the drill is military and has two parties."""
    resolver = ctx.resolver
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if not words & MILITARY_WORDS:
        return None
    subjects, _ = _subjects(token, resolver)
    partners = [
        a for holder in (token, token.head) for obj in prep_objects(holder, ("with",)) for a in resolver.actors_of(obj)
    ]
    return _pairs(trigger, token, subjects, partners, resolver, "drill.noun")


MILITARY_WORDS = word_list("military_words")
GAME_MODIFIERS = word_list("game_modifiers")


@reader("war_games")
def _war_games(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "launched war games": a game is a drill only as a war game."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in GAME_MODIFIERS for c in token.children):
        return None
    return _joint_drill(token, trigger, ctx)


@reader("cooperate", *(f"cooperate.verb{p}" for p in PAIRS))
def _cooperate(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    subjects, _ = _subjects(token, resolver)
    partners = [a for obj in prep_objects(token, ("with",)) for a in resolver.actors_of(obj)]
    return _pairs(trigger, token, subjects, partners, resolver, "cooperate.verb")


@reader("work_with", *(f"work_with.verb{p}" for p in PAIRS), *(f"work_with.verb.together{p}" for p in PAIRS[1:]))
def _work_with(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "stood ready to work with B", "pledged to work closely with X": working with another is cooperation
    only when offered or promised, under a word of readiness or commitment; "A and B vowed to work together": the
    parties are the subject's."""
    head = token.head
    if token.dep_ not in ("xcomp", "acl") or head.i == token.i:
        return None
    if head.lemma_.lower() not in READINESS and head.lemma_.lower() not in ctx.lexicon.commitment_verbs:
        return None
    resolver = ctx.resolver
    partners = [a for obj in prep_objects(token, ("with",)) for a in resolver.actors_of(obj)]
    if not partners:
        if not any(c.dep_ == "advmod" and c.lower_ in TOGETHER for c in token.children):
            return None
        subjects, _ = _subjects(token, resolver)
        return _pairs(trigger, token, subjects, [], resolver, "work_with.verb.together")
    subjects, _ = _subjects(token, resolver)
    return _pairs(trigger, token, subjects, partners, resolver, "work_with.verb")


TOGETHER = word_list("together_adverbs")


READINESS = word_list("readiness_words")


@reader("join", "join.verb", "join.verb.member", "join.verb.admit", "join.verb.first")
def _join(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Laos joined ASEAN", "Laos and Burma became members of ASEAN", "the League voted to readmit Syria": a
    state that joins an organisation cooperates with it; "recognised South Sudan" (recognition of a state)."""
    resolver = ctx.resolver
    lemma = token.lemma_.lower()
    verb = token.head if lemma in MEMBERSHIP else token
    first = _first_to(verb)
    if first is None and (verb.dep_ in ("acl", "pcomp") or verb.tag_ == "VBG"):
        return None  # "efforts to become a member", "a bid to join", "objected to Sweden joining": not done
    if lemma in MEMBERSHIP:  # "became members of ASEAN"
        if token.dep_ != "attr" or verb.lemma_.lower() not in BECOMING:
            return None
        bodies = [
            a for obj in prep_objects(token, ("of",)) for a in resolver.actors_of(obj) if a.kind == "organization"
        ]
        members, _ = _subjects(verb, resolver)
        rule = "join.verb.member"
    else:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        _, passive = subject_tokens(token)
        if not objects or passive:
            return None
        found = [resolver.found.at(o.i) for o in (objects[0], *objects[0].conjuncts)]
        named = resolver.actors_of(objects[0]) if all(m is None for m in found) else []  # "the X trade bloc"
        if lemma in JOINING:
            bodies = [m.actor for m in found if m is not None and m.kind == "organization" and m.actor]
            bodies = bodies or [a for a in named if a.kind == "organization"]
            members, _ = _subjects(token, resolver)
            rule = "join.verb"
        else:  # "admitted Syria", "recognised Kosovo": the state is the object
            members = [resolver.country(m.code) for m in found if m is not None and m.kind == "country" and m.code]
            if not members and objects[0].lemma_.lower() in RECOGNISED_NOUNS:  # "the new government of X"
                named += [a for obj in prep_objects(objects[0], ("of",)) for a in resolver.actors_of(obj)]
                members = [resolver.country(a.country) for a in named if a.kind == "country" and a.country]
            bodies, _ = _subjects(token, resolver)
            rule = "join.verb.admit"
    if first is not None:  # "A became the first state to recognise B"
        who, _ = _subjects(first, resolver)
        if lemma in JOINING or lemma in MEMBERSHIP:
            members = who
        else:
            bodies = who
        rule = "join.verb.first"
    members = [m for m in members if m is not None]
    members = [m for m in members if m.kind in ("country", "person") or m.country]
    if not members or not bodies:
        return None
    return Frame(trigger, token, members, bodies[:1], _venue(token, resolver), rule=rule)


MEMBERSHIP = word_list("membership_nouns")
RECOGNISED_NOUNS = word_list("recognised_nouns")


def _first_to(verb):
    """ "became the first country to recognise X", "was the first to join": the verb of an infinitive that hangs on
    "the first ..." after "be" or "become" tells what the subject of "be" did; that verb, or None."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    if verb.dep_ == "xcomp":  # "became the first country to recognise": the parse hangs it on the verb
        noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become"):
        return None
    if not any(c.dep_ in ("amod", "advmod") and c.lower_ == "first" for c in noun.children) and noun.lower_ != "first":
        return None
    return noun.head


BECOMING = word_list("becoming_verbs")
JOINING = word_list("joining_verbs")


@reader("joint_body", *(f"joint_body.noun{p}" for p in PAIRS), *(f"joint_body.noun.set_up{p}" for p in PAIRS))
def _joint_body(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Kenya and Ethiopia launched joint patrols", "proposed a joint commission with Mauritania": a body or an
    undertaking two parties run together is cooperation between them."""
    joint = any(c.dep_ == "amod" and c.lower_ in JOINT for c in token.children)
    if not joint and (token.dep_ != "dobj" or _first_conjunct(token.head).lemma_.lower() not in ESTABLISHING):
        return None  # "A and B set up a commission" is theirs together; "the commission met" is no event
    if token.dep_ not in ("dobj", "pobj") or any(c.dep_ == "poss" for c in token.children):
        return None  # "their joint commission met": a body that already exists, told as it acts
    if any(t.type == "cooperation" for a in token.ancestors for t in _triggers_of(a, ctx.lexicon)):
        return None  # "signed an agreement to set up joint committees": the agreement tells it
    resolver = ctx.resolver
    verb = token.head if token.dep_ == "dobj" else token.head.head
    subjects, passive = _subjects(verb, resolver)
    if passive:
        return None
    partners = [
        a for holder in (token, verb) for obj in prep_objects(holder, ("with",)) for a in resolver.actors_of(obj)
    ]
    between = [a for obj in prep_objects(token, ("between",)) for a in resolver.actors_of(obj)]
    if len(between) >= 2:  # "the adoption of a joint plan between A and B"
        subjects, partners = between[:1], between[1:]
    if not joint and not partners and len(subjects) < 2:
        return None  # "Kenya set up a commission": its own body
    return _pairs(
        trigger, token, subjects, partners, resolver, "joint_body.noun" if joint else "joint_body.noun.set_up"
    )


@reader("embassy", *(f"embassy.noun{p}" for p in PAIRS))
def _embassy(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "X and Y reopened their embassies", "opened an embassy in P": diplomatic presence opened or
    restored is cooperation; the place of an embassy is its host's."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in EMBASSY_OPENING:
        return None
    resolver, verb = ctx.resolver, token.head
    subjects, passive = _subjects(verb, resolver)
    if passive:
        return None
    _, host = _place_objects(token, resolver, ("in",))
    if host is None:
        _, host = _place_objects(verb, resolver, ("in",))
    partners = [host] if host is not None else []
    return _pairs(trigger, verb, subjects, partners, resolver, "embassy.noun")  # at the verb: "open" is no offer here


EMBASSY_OPENING = word_list("embassy_opening_verbs")
ESTABLISHING = word_list("establishing_verbs")


@reader("support", "support.verb")
def _support(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "will support X's bid", "offered troops to Y", "shared evidence with Z",
    "promised to keep up aid to X", "agreed to provide funds for Y and Z"."""
    resolver = ctx.resolver
    if not _giving(token, ctx.lexicon) or _envoys(token):
        return None
    if any(_protest(c) for c in token.children if c.dep_ == "dobj"):
        return None  # "handed a protest note to the ambassador", "lodged a complaint with": a protest, not support
    sources, _ = _subjects(token, resolver)
    for verb in [token, *_complements(token)]:
        targets = _recipients(verb, resolver)
        if targets:
            return Frame(trigger, token, sources, targets, rule="support.verb")
    return None


@reader("send_envoy", "send_envoy.verb")
def _send_envoy(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "send a delegation to Pyongyang": a visit by the sender."""
    resolver = ctx.resolver
    if not _giving(token, ctx.lexicon) or not _envoys(token):
        return None
    place, country = _place_objects(token, resolver, ("to",))
    if country is None:
        return None
    sources, _ = _subjects(token, resolver)
    return Frame(trigger, token, sources, [country], place, rule="send_envoy.verb")


def _giving(token, lexicon: Lexicon) -> bool:
    """A verb whose subject gives: not passive, not an appeal to others, not one whose complement is itself a
    trigger ("promised to send", read at "send")."""
    _, passive = subject_tokens(token)
    if passive or _object_controlled(token):
        return False
    return not any((c.lemma_.lower(), "VERB") in lexicon.triggers for c in _complements(token))


def _envoys(token) -> list:
    return [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS]


ENVOYS = word_list("envoys")
PROTESTS = word_list("protest_nouns")


def _protest(obj) -> bool:
    """ "a protest", "a protest note", "a formal complaint"."""
    return any(w.lemma_.lower() in PROTESTS for w in (obj, *(c for c in obj.children if c.dep_ == "compound")))


def _object_controlled(token) -> bool:
    """ "urged the EU to support the PLO": an appeal to someone else, not a pledge of the one who speaks."""
    return token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.head.children)


def _complements(token, depth: int = 2) -> list:
    """The verbs of "to continue", "to send" under a verb, down `depth` levels."""
    found = []
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found.append(child)
            if depth > 1:
                found += _complements(child, depth - 1)
    return found


def _recipients(verb, resolver: Resolver) -> list[Actor]:
    """Who gets what a verb gives: its indirect object; an actor as its object, or the object's owner; the
    actors after "to", "with", "for" on the verb or its object, or in the place named there ("to a force in Liberia")."""
    for child in verb.children:
        if child.dep_ == "dative" and resolver.actors_of(child):
            return resolver.actors_of(child)
        if child.dep_ == "ccomp":  # "to help Papua New Guinea strengthen its police"
            helped = [a for c in child.children if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
            if helped:
                return helped
        if child.dep_ == "dobj":
            mention = resolver.found.at(child.i)
            if mention is not None and mention.actor is not None:
                return resolver.actors_of(child)
            owners = _blamed_owner(child, resolver) or _blamed_modifier(child, resolver)
            if owners:
                return owners
            found = _receiving(child, ("to", "for", "with"), resolver)
            if found:
                return found
    return _receiving(verb, ("to", "with", "for"), resolver)


def _receiving(token, preps, resolver: Resolver) -> list[Actor]:
    for obj in prep_objects(token, preps):
        actors = resolver.actors_of(obj) or [
            a for inner in prep_objects(obj, ("in",)) for a in resolver.actors_of(inner)
        ]
        actors = actors or _blamed_owner(obj, resolver)  # "support for Vietnam's bid"
        if actors:
            return actors
    return []


def _blamed_owner(obj, resolver: Resolver) -> list[Actor]:
    for child in obj.children:
        if child.dep_ == "poss":
            return resolver.actors_of(child)
    return []


CLOSER = word_list("closer_words")
RELATION_VERBS = word_list("relation_verbs")
PRIVATE = word_list("private_words")


def _first_conjunct(verb):
    """ "agreed to expand and deepen ties": the verb the conjoined ones share their subject with; a conjunct with a
    subject of its own ("A agreed to ..., and B restored ties with C") is its own verb."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
    return verb


@reader("relations_noun")
def _relations_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "restored relations with Iran": relations are cooperation only when restored, normalised, established."""
    if _first_conjunct(token.head).lemma_.lower() not in RELATION_VERBS:
        return None
    return _cooperation_noun(token, trigger, ctx)


@reader("cooperation_noun", *(f"cooperation.noun{p}" for p in PAIRS))
def _cooperation_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "ready to expand defence cooperation with X", "called for closer ties with Y"."""
    resolver, lexicon = ctx.resolver, ctx.lexicon
    verb = _first_conjunct(token.head)
    closer = any(c.lower_ in CLOSER for c in token.children)
    if verb.lemma_.lower() not in lexicon.cooperation_verbs and not closer:
        return None
    if any(c.lower_ in PRIVATE for c in token.children):
        return None  # two leaders' personal relations are not ties between their countries
    if _aim_of_visit(verb, lexicon):
        return None  # "a trip aimed at deepening ties": what the trip is for, not a cooperation told
    partners = []
    for holder in (token, verb):
        for obj in prep_objects(holder, ("with", "between")):
            partners += resolver.actors_of(obj)
    subjects = []
    for child in token.children:
        if child.dep_ == "poss":
            subjects = resolver.actors_of(child)
    if not subjects:
        subjects, _ = _subjects(verb, resolver)
    if not subjects:  # "its invitation to closer cooperation with Norway still stood": the one who invites
        subjects = _proposer(token, resolver)
    return _pairs(trigger, token, subjects, partners, resolver, "cooperation.noun")


def _aim_of_visit(verb, lexicon: Lexicon, steps: int = 4) -> bool:
    """ "a two-day visit aimed at deepening ties", "a trip meant to strengthen relations": the verb states what a
    visit or a meeting told as a noun is for."""
    if verb.pos_ != "VERB":
        return False  # "its invitation to closer cooperation": no verb of purpose
    word = verb
    for _ in range(steps):
        if word.dep_ not in ("pcomp", "prep", "acl", "xcomp") or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "NOUN" and any(t.type in ("visit", "meeting") for t in _triggers_of(word, lexicon)):
            return True
    return False


@reader("readiness", *(f"readiness.noun{p}" for p in PAIRS))
def _readiness(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "expressed its readiness to increase the export of X grain", "voiced willingness to expand trade
    with Y": a readiness to do more of what two countries share is proposed cooperation; a verb after it that
    is a trigger itself ("readiness to sign") is read there."""
    resolver, lexicon = ctx.resolver, ctx.lexicon
    verbs = [c for c in token.children if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"]
    if not verbs or (verbs[0].lemma_.lower(), "VERB") in lexicon.triggers:
        return None
    verb = verbs[0]
    if verb.lemma_.lower() not in lexicon.cooperation_verbs:
        return None
    subjects = [a for c in token.children if c.dep_ == "poss" for a in resolver.actors_of(c)]
    if not subjects and token.dep_ in ("dobj", "pobj"):
        subjects, _ = _subjects(token.head if token.dep_ == "dobj" else token.head.head, resolver)
    partners = [a for obj in prep_objects(verb, ("with", "to", "for")) for a in resolver.actors_of(obj)]
    for obj in (c for c in verb.children if c.dep_ == "dobj") if not partners else ():
        partners += _blamed_modifier(obj, resolver)  # "trade in Nepalese tea"
        for inner in prep_objects(obj, ("of", "with", "to", "for")):  # "the export of X grain"
            partners += _blamed_modifier(inner, resolver) or resolver.actors_of(inner)
    partners = [p for p in partners if p.kind != "country" or p.country not in {s.country for s in subjects}]
    return _pairs(trigger, verb, subjects, partners, resolver, "readiness.noun")  # at the verb, which the cue governs
