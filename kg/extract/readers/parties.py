"""Finding the parties of a trigger, shared by the readers of several event families: subjects, places, the
pair of a headline, guests, leaders, venues, pairs and proposers of talks."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import word_list
from ...model import Actor
from ..memo import kids, sent_of
from ..roles import Resolver, agent_of, prep_objects, subject_tokens
from .frames import READERS, Frame, _triggers_of


def _subjects(token, resolver: Resolver):
    controller = _controlling_object(token)
    if controller is not None:  # "invited Lula to visit Beijing": Lula would visit
        return resolver.actors_of(controller), False
    heads, passive = subject_tokens(token)
    absolute = _with_absolute_subject(token)
    if absolute is not None:  # "the summit ended with A and B agreeing to ...": A and B agreed
        heads, passive = [absolute], False
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
            or _statement_issuers(head, resolver)
        )
    if len(heads) > 1:
        actors = _unique_actors(actors)
    if not actors and len(heads) == 1 and heads[0].lower_ in QUOTED_SELF:
        actors = _quoted_speaker(token, heads[0], resolver)
    if not heads and token.pos_ in ("VERB", "AUX") and not _told_of_performers(token):
        actors = resolver.nearest_left(token)
    return actors or _issuer(token, resolver), passive


TEXT_NOUNS = word_list("statement_nouns")


def _statement_issuers(head, resolver: Resolver) -> list[Actor]:
    """ "A statement by A and B condemned ...", "a joint communique issued by A, B and C pledged ...": a text
    that acts stands for those who issued it."""
    if head.lemma_.lower() not in TEXT_NOUNS and head.lower_ not in TEXT_NOUNS:
        return []
    issuers = [a for obj in prep_objects(head, ("by", "from")) for a in resolver.actors_of(obj)]
    for participle in (c for c in kids(head) if c.dep_ == "acl" and c.tag_ == "VBN"):
        issuers += resolver.actors_of(agent_of(participle))
    return _unique_actors(issuers)


def _with_absolute_subject(verb):
    """ "The summit ended with A, B and C agreeing to ...": an -ing clause after "with" and its noun has that
    noun for its subject, not the subject of the verb it hangs on (an absolute clause); the noun, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    for prep in kids(verb.head):
        if prep.dep_ != "prep" or prep.lower_ != "with" or not prep.i < verb.i:
            continue
        for obj in (c for c in kids(prep) if c.dep_ == "pobj"):
            last = max([obj, *obj.conjuncts], key=lambda t: t.i)
            if last.i < verb.i and all(t.is_punct or t.i <= last.i for t in verb.doc[last.i + 1 : verb.i]):
                return obj
    return None


def _after_credit(head, resolver: Resolver) -> list[Actor]:
    """ "Xinhua -- China and Pakistan vowed ...": a credit line opening the text, set off by a dash; the parse
    takes it for the subject and the real subject for its apposition."""
    if head.i != sent_of(head).start or head.i + 1 >= len(head.doc) or head.doc[head.i + 1].text not in CREDIT_DASHES:
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
    speakers = [a for c in kids(teller) if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
    if len(speakers) != 1:
        return []
    return speakers


def _fronted_place_conjuncts(verb) -> list:
    """ "In Tashkent, A and B held talks": the parse joins the names to the fronted place ("Tashkent, A and B")
    and leaves the verb without a subject; the names after the comma are its subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for prep in kids(verb):
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for place in kids(prep):
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
    if any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in PERFORMERS for c in kids(head)):
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
    named = verb.head.dep_ == "conj" or any(c.dep_ == "conj" for c in kids(verb.head))
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
    if not any(c.dep_ == "conj" for c in kids(head)) or resolver.actor_of(head) is not None:
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
    return next((c for c in kids(token.head) if c.dep_ == "dobj"), None)


def _place_objects(token, resolver: Resolver, preps=("to", "in", "at", "into")):
    """Places after "to", "in", "at" of a verb or noun, and "travel on to Belgrade": (place token, country or None)."""
    onward = [p for on in kids(token) if on.dep_ == "prep" and on.lower_ == "on" for p in prep_objects(on, ("to",))]
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
            for child in kids(obj):
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
    children = list(kids(noun))
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


HOLDING_AUX = ("be", "have", "do", "will", "shall", "may", "can", "must", "would", "should", "could", "might")


def _visiting_guest(token, resolver: Resolver):
    """ "met visiting Greek Prime Minister N. N.", "held talks with visiting President N. N.": the participle
    is an adjective of the name after it, but the parse makes it a verb with the name as object. The name's
    token, or None."""
    if token.lower_ != "visiting" or token.dep_ not in ("ROOT", "xcomp", "advcl", "pcomp"):
        return None
    if token.dep_ != "ROOT" and token.head.i != token.i - 1:
        return None  # right after "met", "received", "with": not "..., visiting the king in his palace"
    guests = [c for c in kids(token) if c.dep_ == "dobj" and c.left_edge.i == token.i + 1]
    if not guests or any(a.kind != "person" for a in resolver.actors_of(guests[0])):
        return None
    auxes = [c for c in kids(token) if c.dep_ == "aux"]
    if token.dep_ == "ROOT" and (len(auxes) != 1 or auxes[0].lemma_.lower() in HOLDING_AUX or auxes[0].tag_ != "VBD"):
        return None  # "he is visiting the king": a real verb; "met visiting N. N.": "met" taken for its auxiliary
    return guests[0] if resolver.actors_of(guests[0]) else None


def _guest_actors(word, resolver: Resolver) -> list[Actor]:
    """ "talks with visiting President N. N.": the guest the misparsed participle takes as object."""
    guest = _visiting_guest(word, resolver)
    return resolver.actors_of(guest) if guest is not None else []


def _leaders(envoys, resolver: Resolver) -> list[Actor]:
    """ "a Cambodian delegation led by Sok Chenda": the one who leads it, of the delegation's country when it has
    one ("an X delegation led by P's envoy to Y")."""
    leaders = [
        a
        for c in kids(envoys)
        if c.dep_ == "acl" and c.lemma_.lower() in LEADING
        for a in resolver.actors_of(agent_of(c))
    ]
    sent = [a for a in resolver.actors_of(envoys) if a.country]
    if sent:
        leaders = [a if a.country == sent[0].country else replace(a, country=sent[0].country) for a in leaders]
    return leaders


LEADING = word_list("leading_verbs")


def _companions(token, resolver: Resolver) -> list[Actor]:
    """ "arrived in Sanaa together with Omani mediators": those who travelled along."""
    return [
        a
        for prep in kids(token)
        if prep.dep_ == "prep" and prep.lower_ == "with" and any(c.lower_ in ("together", "along") for c in kids(prep))
        for obj in kids(prep)
        if obj.dep_ == "pobj"
        for a in resolver.actors_of(obj)
    ]


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
    return [c for c in kids(token) if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in wanted]


POSSESSIVE_PRONOUNS = ("his", "her", "their")


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
        todo += [c for c in kids(word) if c.dep_ not in CLAUSE_DEPS]
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


CONTESTS = word_list("sporting_contests")


JOINT = word_list("joint_modifiers")


HOSTING = word_list("talks_host_verbs")


def _named_holder(noun, resolver: Resolver) -> list[Actor]:
    """ "President N. N. on Monday hosted talks with B", "N. N. held talks with B": the parse reads one noun
    phrase, the verb as a modifier and the name as a compound of "talks"; the name before the verb holds them."""
    verbs = [
        c
        for c in kids(noun)
        if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in HOLDING | HOSTING and c.i < noun.i
    ]
    if verbs and noun.dep_ == "conj" and noun.head.pos_ == "PROPN":
        return _listed_holders(noun, verbs[0], resolver)
    if not verbs or noun.dep_ != "ROOT":
        return []
    names = [c for c in kids(noun) if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < verbs[0].i]
    return resolver.actors_of(names[0]) if names else []


def _listed_holders(noun, verb, resolver: Resolver) -> list[Actor]:
    """ "The E3 - France, Germany and Britain - held talks with Iran": the parse joins "talks" to the list of
    names as one more conjunct, the verb a modifier of it and the last name hung on the verb; the names hold them."""
    first = noun
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ != "PROPN":
        return []
    names = [t for t in [first, *first.conjuncts] if t.i < verb.i and t.i != noun.i]
    names += [c for c in kids(verb) if c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN" and c.i < verb.i]
    actors = [a for t in names for a in [resolver.actor_of(t)] if a is not None]
    return _unique_actors(actors) if len(actors) >= 2 else []


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    return [a for i, a in enumerate(actors) if a not in actors[:i]]


def _distinct_actors(actors: list[Actor]) -> list[Actor]:
    out = []
    for actor in actors:
        if actor not in out and not any(a.country and a.country == actor.country for a in out):
            out.append(actor)
    return out


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


THIRD_PARTY_NOUNS = word_list("talks_third_party_nouns")


def _third_party_of(phrase) -> bool:
    """ "the mediators in the talks", "a guarantor of the negotiations": the noun the talks hang on names those who
    stand outside them."""
    if phrase.dep_ != "pobj" or phrase.head.dep_ != "prep":
        return False
    holder = phrase.head.head
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in THIRD_PARTY_NOUNS


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
    for child in kids(proposal):
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


def _blamed_modifier(obj, resolver: Resolver) -> list[Actor]:
    """ "an Iranian strike", "American and British strikes", "a Hamas attack"."""
    for child in kids(obj):
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


TALKS_NOUNS = word_list("talks_nouns")


ENVOYS = word_list("envoys")


def frame_told_before(token, ctx, kind: str, sentences: int, skip: tuple[str, ...] = ()) -> Frame | None:
    """The latest frame of type `kind` (not of the frames in `skip`) told before `token`, in its sentence or the
    `sentences` before it, that gives a pair: the talks or the visit a later sentence refers to."""
    for word, earlier in triggers_told_before(token, ctx.lexicon, sentences):
        if earlier.type == kind and earlier.frame not in skip:
            frame = READERS[earlier.frame](word, earlier, ctx)
            if frame is not None and frame.pairs():
                return frame
    return None


def triggers_told_before(token, lexicon, sentences: int):
    """(word, trigger) of every trigger word before `token`, the latest first, in its sentence and the `sentences`
    before it: what a reader looks back over for the talks or visit a later sentence refers to."""
    sent, end = sent_of(token), token.i
    for _ in range(sentences + 1):
        for word in reversed(sent[: end - sent.start]):
            for earlier in _triggers_of(word, lexicon):
                yield word, earlier
        if sent.start == 0:
            return
        sent = sent_of(token.doc[sent.start - 1])
        end = sent.end
