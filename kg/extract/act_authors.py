"""Who did the act that is condemned: "Gunboats of Ruritania shelled the port on Monday. ... The minister
denounced the attack." News tells the act first and the condemnations after, so the author of "the attack",
"the seizure" or "the decision" is the doer of the latest earlier telling of that act.

data/lexicon/act_authors.csv lists each act noun with the verbs that tell it; "*" after the verbs of a vague
noun ("the decision", "the move") lets any act told earlier with its author stand for it."""

from __future__ import annotations

from ..lexicon import Lexicon, word_list
from ..model import Actor
from .memo import kids, sent_of, span_root
from .roles import Resolver, agent_of, prep_objects, subject_tokens

LOOKBACK_TOKENS = 700
PRONOUNS = {"it", "them", "this", "that", "these", "those"}
DATELINE_WEIGHT = 3
DOING = word_list("act_doing_verbs")
STATE_NOUNS = word_list("state_institution_nouns")
FORCES = word_list("armed_force_nouns")
SAYING = word_list("speaker_verbs") | word_list("reporting_verbs")
BLAMING = word_list("blaming_verbs")
LIGHT_ACT_VERBS = word_list("light_act_verbs")
OCCASION_VERBS = word_list("occasion_verbs")
STATEMENT_NOUNS = word_list("statement_nouns")


def act_of(trigger, lexicon: Lexicon):
    """The noun naming the condemned act: "condemned the raid", "the raid was condemned", "condemnation of the
    raid"; for "criticised it", the act named last before."""
    if trigger.pos_ == "NOUN":
        act = next(iter(prep_objects(trigger, ("of",))), None)
    else:
        act = next(
            (c for c in kids(trigger) if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PRON"))),
            None,
        ) or next(iter(objects_of(trigger)), None)
        if act is None:  # "said the execution was a cowardly act"
            act = next((s for c in kids(trigger) if c.dep_ == "ccomp" for s in kids(c) if s.dep_ == "nsubj"), None)
    if act is not None and act.lower_ in PRONOUNS:
        start = max(sent_of(act).start - 60, 0)
        act = next((t for t in reversed(trigger.doc[start : act.i]) if t.lemma_.lower() in lexicon.act_authors), None)
    return act


def named_as(token):
    """ "condemned what he called the indifference of the West": the thing so named is what is condemned."""
    for clause in kids(token):
        if clause.dep_ == "ccomp" and any(w.lower_ == "what" and w.dep_ == "dobj" for w in kids(clause)):
            for child in kids(clause):
                if child.dep_ in ("oprd", "attr", "xcomp") and child.pos_ in ("NOUN", "PROPN"):
                    return child
            for named in prep_objects(clause, ("as",)):  # "what it described as Israeli aggression"
                if named.pos_ in ("NOUN", "PROPN"):
                    return named
    return None


def objects_of(verb) -> list:
    """The verb's objects; "condemns the strike on X, a spokeswoman said": the small model often makes the object
    the subject of the closing "said", when it starts right after the verb; "firmly opposes and strongly condemns
    the decision": the object of the verb joined after it."""
    objects = [c for c in kids(verb) if c.dep_ == "dobj"]
    if objects:
        return objects
    for prep in kids(verb):  # "condemned as a crime the arrest of ...": the second "as" object
        named = [o for o in kids(prep) if o.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ == "as" else []
        if len(named) > 1:
            return named[-1:]
        if named and any(c.dep_ == "det" for c in kids(named[0])) and named[0].left_edge.i == prep.i + 1:
            if any(c.dep_ == "amod" and c.i == prep.i + 1 for c in kids(named[0])):
                return named  # "described as unacceptable the decision of ...": the thing after its judgement
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < sent_of(verb).end else None
    if following is not None and following.pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        head = following
        while head.head.i != head.i and head.head.i < head.i + 8 and head.dep_ not in ("nsubj", "nsubjpass"):
            head = head.head
        if head.dep_ == "nsubj" and head.left_edge.i == verb.i + 1 and head.head.i > head.i:
            return [head]
    for conj in kids(verb):
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in kids(conj)):
            return objects_of(conj)
    return []


def author_of_act(trigger, source: Actor, resolver: Resolver, lexicon: Lexicon) -> Actor | None:
    """The actor who did the condemned act, from its own phrase or the latest earlier telling of it."""
    act = act_of(trigger, lexicon)
    named = None
    if act is None and trigger.pos_ == "VERB":
        act = named = named_as(trigger)  # "condemned what it called an occupation": the act so named
    if act is None:
        return None
    verbs = lexicon.act_authors.get(act.lemma_.lower()) or _verb_of_gerund(act)
    if not verbs and act.lemma_.lower() in STATE_NOUNS and named is None and not _owners(act, resolver, deep=True):
        return country_of_the_story(trigger, source, resolver)  # "condemned the junta": the one the story is about
    if not verbs:
        return None
    # the parse may split a long object in two: "the detention of A, B and C by the military"
    parts = [act, *(o for o in kids(trigger) if o.dep_ == "dobj" and o.i > act.i)]
    own = [a for part in parts for a in _owners(part, resolver, deep=True) if _other_side(a, source)]
    if own:
        return own[0]
    if any(h.lemma_.lower() in STATE_NOUNS for part in parts for h in _holders(part, deep=True)):  # "by the military"
        return country_of_the_story(trigger, source, resolver)
    doc = trigger.doc
    for token in reversed(doc[max(0, trigger.i - LOOKBACK_TOKENS) : trigger.i]):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in verbs and not _not_done(token) and not _diplomatic_object(token, lexicon):
            actors = _doers(token, resolver)
        elif token.pos_ == "VERB" and lemma in BLAMING:
            actors = _blamed_on(token, lexicon, resolver)
        elif (
            token.pos_ == "NOUN"
            and token.i != act.i
            and (lemma == act.lemma_.lower() or ("*" in verbs and lemma in lexicon.act_authors))
        ):
            actors = _owners(token, resolver) or _done_by(token, resolver)
        elif token.pos_ == "NOUN" and lemma in verbs:  # "carried out air strikes ... the raid"
            actors = _done_by(token, resolver)
        else:
            continue
        actors = [a for a in actors if _other_side(a, source)]
        if actors:
            return actors[0]
    if named is not None:
        return None  # a thing so named by the speaker: only an act told with its doer before stands for it
    told_after = _told_next(trigger, act, verbs, source, resolver)
    if told_after is not None:
        return told_after
    if "*" not in verbs:
        forces = _forces_told_before(trigger, source, resolver)
        if forces is not None:
            return forces
    if act.lemma_.lower() in lexicon.domestic_acts:
        return country_of_the_story(trigger, source, resolver)
    if "*" in verbs:
        return _doer_told_before(trigger, source, resolver)
    return None


DIPLOMATIC = ("meeting", "cooperation", "visit")


def _diplomatic_object(verb, lexicon: Lexicon) -> bool:
    """ "The leaders agreed to launch negotiations": "launch" tells no attack when its object is talks, a
    visit or a partnership (rule condemn.verb: the act's author); "monitored her phone calls" still tells one."""
    if verb.lemma_.lower() not in LIGHT_ACT_VERBS:
        return False
    for obj in (c for c in kids(verb) if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        found = lexicon.triggers.get((lemma, "NOUN")) or lexicon.triggers.get((obj.lower_, "NOUN"), ())
        if any(t.type in DIPLOMATIC for t in found):
            return True
    return False


def _blamed_on(verb, lexicon: Lexicon, resolver: Resolver) -> list[Actor]:
    """ "The minister blamed the killings on X", "blamed them on X": an act told again, laid at X."""
    acts = [
        c for c in kids(verb) if c.dep_ == "dobj" and (c.lower_ in PRONOUNS or c.lemma_.lower() in lexicon.act_authors)
    ]
    if not acts:
        return []
    ons = [c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "on"]
    ons += [t for t in acts[0].subtree if t.lower_ == "on" and t.dep_ == "prep"][-1:]
    for obj in (o for on in ons for o in kids(on) if o.dep_ == "pobj"):
        actors = [named_group(obj, a, lexicon) for a in resolver.actors_of(obj)]
        if actors:
            return actors
    return []


def named_group(head, actor: Actor, lexicon: Lexicon) -> Actor:
    """ "X, the group behind the raids", "X, a separatist movement": a name the model took for a person of no country
    and no title, set beside a noun of a group, is that group (of no country)."""
    if actor.kind != "person" or actor.country or actor.role:
        return actor
    if any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.collective_nouns for c in kids(head)):
        return Actor(actor.name, "organization", None)
    return actor


def _told_next(trigger, act, verbs, source: Actor, resolver: Resolver) -> Actor | None:
    """ "A condemns the attack on the port ... The X air strike hit the depot": the act told
    again, with its owner, in the rest of the sentence or the next one."""
    doc, sent = trigger.doc, sent_of(trigger)
    end = sent_of(doc[sent.end]).end if sent.end < len(doc) else sent.end
    for token in doc[trigger.i + 1 : end]:
        if token.pos_ == "NOUN" and token.i != act.i and token.lemma_.lower() in (act.lemma_.lower(), *verbs):
            actors = [a for a in _owners(token, resolver) if _other_side(a, source)]
            if actors:
                return actors[0]
    return None


def _forces_told_before(trigger, source: Actor, resolver: Resolver, sentences: int = 2) -> Actor | None:
    """ "X police stormed the office ... Y called the raid a violation": an act told
    with another verb is laid at the armed force of a country that was the subject of one of the sentences just
    before."""
    sent = sent_of(trigger)
    for _ in range(sentences):
        if sent.start == 0:
            return None
        sent = sent_of(trigger.doc[sent.start - 1])
        for token in sent:
            if token.dep_ == "nsubj" and token.lemma_.lower() in FORCES:
                actors = [a for a in _owners(token, resolver) if _other_side(a, source)]
                if actors:
                    return actors[0]
    return None


def _not_done(verb) -> bool:
    """ "France recognised neither the vote nor ...", "did not annex": an act the text says was not done."""
    return any(c.dep_ == "neg" for c in kids(verb)) or any(
        t.lower_ in ("neither", "no") for c in kids(verb) if c.dep_ == "dobj" for t in c.subtree if t.i < c.i
    )


def _verb_of_gerund(act) -> frozenset[str]:
    """ "the boarding", "the jamming": an act named by the -ing form of its verb is told by that verb."""
    lemma = act.lemma_.lower()
    if act.tag_ != "NN" or not lemma.endswith("ing") or len(lemma) < 7:
        return frozenset()
    stem = lemma[:-3]
    return frozenset({stem, stem[:-1]} if stem[-1] == stem[-2] else {stem})


def _done_by(noun, resolver: Resolver) -> list[Actor]:
    """ "Pakistan carried out air strikes": the subject of a verb of doing whose object names the act."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in DOING:
        return []
    return _doers(noun.head, resolver)


def _doer_told_before(trigger, source: Actor, resolver: Resolver) -> Actor | None:
    """ "Chinese ships rammed a Philippine boat. Australia condemned the move": a vague noun with no act of the
    list told before stands for what the sentence before tells, and its doer is that sentence's subject."""
    sent = sent_of(trigger)
    if sent.start == 0:
        return None
    root = sent_of(trigger.doc[sent.start - 1]).root
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB" or lemma in SAYING or (lemma, "VERB") in resolver.lexicon.triggers:
        return None  # "the AU said ...", "France condemned ...": a statement or an event of its own, not the act
    actors = [a for a in _doers(root, resolver) if _other_side(a, source)]
    return actors[0] if actors else None


def country_of_the_story(trigger, source: Actor, resolver: Resolver) -> Actor | None:
    """ "France also condemned the coup": a coup or a crackdown whose doers the text does not name as an actor
    (soldiers, a junta) is laid at the country it happened in, the one the article has named most before; the
    dateline's country counts as named several times, as the reactions from abroad name their own capitals."""
    counts: dict[str, int] = {}
    _, filed_in = resolver.dateline()
    if filed_in is not None and filed_in.country != source.country:
        counts[filed_in.country] = DATELINE_WEIGHT  # the story filed from the country where it happened
    for mention in resolver.found.before(trigger.i, reach=LOOKBACK_TOKENS):
        code = mention.code if mention.kind in ("country", "demonym") else None
        if code and code != source.country and not _where_said(span_root(resolver.doc, mention.start, mention.end)):
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    return resolver.country(max(counts, key=lambda c: counts[c]))


def _where_said(place) -> bool:
    """ "a statement issued in Addis Ababa", "speaking in Beijing", "a communique from Cairo": the place where a
    statement was made is the speaker's, never the country the condemned act happened in."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "from"):
        return False
    holder = prep.head
    return holder.lemma_.lower() in OCCASION_VERBS or holder.lemma_.lower() in STATEMENT_NOUNS


def _doers(verb, resolver: Resolver) -> list[Actor]:
    """The subject of the verb, or the agent of a passive; "the strike that killed": the strike's owner."""
    subjects, passive = subject_tokens(verb)
    if passive or not subjects:
        agent = agent_of(verb)
        return resolver.actors_of(agent) if agent is not None else []
    return resolver.actors_of(subjects[0]) or _owners(subjects[0], resolver)


def _owners(noun, resolver: Resolver, deep: bool = False) -> list[Actor]:
    """ "Russia's annexation", "the Israeli strike", "the seizure by Surinamese gunboats"."""
    holders = _holders(noun, deep)
    actors = [a for holder in holders for a in resolver.actors_of(holder) or _its(holder, resolver)]
    if actors or not deep:
        return actors
    agents = [h for h in holders if h.dep_ == "pobj"]  # "by Surinamese navy gunboats": the gunboats' country
    return [a for agent in agents for holder in _holders(agent) for a in resolver.actors_of(holder)]


def _its(holder, resolver: Resolver) -> list[Actor]:
    """ "a rebuke to X over reports that its navy seized ...": "its" is the country or
    body named last before it in the sentence."""
    if holder.lower_ != "its" or holder.dep_ != "poss":
        return []
    for mention in resolver.found.before(holder.i):
        if mention.start < sent_of(holder).start:
            return []
        actor = mention.actor
        if actor is not None and not mention.media and actor.kind in ("country", "organization"):
            return [actor]
    return []


def _holders(noun, deep: bool = False) -> list:
    holders = [c for c in kids(noun) if c.dep_ in ("poss", "amod", "compound")]
    if deep:
        holders += [
            o
            for t in noun.subtree
            if t.lower_ == "by" and t.dep_ in ("prep", "agent")
            for o in kids(t)
            if o.dep_ == "pobj"
        ]
    else:
        holders += list(prep_objects(noun, ("by",)))
    return holders


def _other_side(actor: Actor, source: Actor) -> bool:
    if actor == source:
        return False
    return not (actor.country and actor.country == source.country)
