"""Readers of cooperation: "A signed an agreement with B", "A and B agreed", "joint drills", "A joined B",
"A is ready to expand cooperation with B"."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ...lexicon import Lexicon, Trigger, word_list
from ...model import Actor
from ..memo import kids, sent_of
from ..roles import Resolver, agent_of, prep_objects, subject_tokens
from .frames import PAIRS, READERS, Context, Frame, _triggers_of, reader, trigger_candidates
from .parties import (
    ENVOYS,
    JOINT,
    TALKS_NOUNS,
    _blamed_modifier,
    _companions,
    _distinct_actors,
    _named_together,
    _pairs,
    _place_objects,
    _proposal_noun,
    _proposer,
    _subjects,
    _unique_actors,
    _venue,
    frame_told_before,
)


@reader(
    "sign",
    "sign.verb.agents",
    "sign.verb.referred",
    "sign.verb.referred.after",
    "sign.verb.referred.visit",
    "sign.verb.after_talks",
    "sign.verb.during_visit",
    "sign.verb.after_meeting",
    "sign.verb.between",
    "sign.verb.acl_between",
    "sign.verb.earlier",
    "sign.verb.joining",
    "sign.verb.after_talks_with",
    "sign.verb.named_earlier",
    *(f"sign.verb{p}" for p in PAIRS),
    *(f"sign.verb.extended{p}" for p in PAIRS),
)
def _sign(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver, lexicon = ctx.resolver, ctx.lexicon
    subjects, passive = _subjects(token, resolver)
    objects = [c for c in kids(token) if c.dep_ in ("dobj", "nsubjpass")]
    misparsed = [
        c for c in kids(token) if c.dep_ in ("dobj", "ccomp") and c.pos_ == "NOUN" and _is_agreement(c, lexicon)
    ]
    if misparsed and not (objects and _is_agreement(objects[0], lexicon)):
        objects = misparsed  # "renewed the fisheries pact": the parse makes "fisheries" the object, "pact" another
    if not objects and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids(token)):
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
    elif token.dep_ == "xcomp" and all(o.lower_ in ("which", "that") for o in objects):
        clause = token.head  # "the pact, which A and B are due (expected) to sign": the relative clause above
        if clause.dep_ == "acomp":
            clause = clause.head
        relative = token.doc[clause.head.i + 1 : clause.i] if clause.dep_ == "relcl" else []
        if any(w.lower_ in ("which", "that") and w.head.i in (clause.i, token.i) for w in relative):
            objects = [clause.head]
    clause = token.head
    if not objects and token.dep_ == "acl" and clause.dep_ == "relcl" and clause.head.i < clause.i:
        if any(c.lower_ in ("which", "that") and c.i < clause.i for c in kids(clause)):
            objects = [clause.head]  # the same, parsed as "the two countries" with "signed" hung on them
    if not objects and token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep":
        objects = [token.head]  # "A and B normalised trade under a protocol signed in Skopje": A and B signed it
        subjects, passive = _subjects(token.head.head.head, resolver)
        if passive:
            return None
    if agent_of(token) is None and any(c.dep_ == "auxpass" for c in kids(token)):
        heads = objects or subject_tokens(token)[0]
        if heads and _refers_to_agreement(heads[0], lexicon):  # "It will be signed in P"
            sources, targets = _earlier_agreement(token, ctx)
            return Frame(trigger, token, sources, targets, _venue(token, resolver), rule="sign.verb.earlier")
    if not objects and token.dep_ == "acl" and agent_of(token) is None and _named_agreement(token.head, lexicon):
        sources, targets = _earlier_agreement(token, ctx, 3)  # "... the Lima Accord, signed in 1998, which ...": an
        if sources and targets:  # agreement of history, named, signed by the parties of the agreement told before
            return Frame(trigger, token, sources, targets, _venue(token, resolver), rule="sign.verb.named_earlier")
    if objects and objects[0].lower_ == "it" and len(subjects) == 1 and not passive:
        return _joining_signer(trigger, token, subjects[0], ctx)  # "A and B signed a pact, and C is to sign it"
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
            for obj in kids(inner):
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
        visit = None  # "A arrived in P ... Six agreements were signed"; not "under a contract signed in 2018"
        if token.dep_ != "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(token)):
            visit = _talks_before(token, ctx, kind="visit")
        if visit is not None:
            sides = [a for pair in visit.pairs()[:1] for a in pair]
            return Frame(trigger, token, sides[:1], sides[1:], _venue(token, resolver), rule="sign.verb.during_visit")
    if len(subjects) == 1 and not partners and token.dep_ in ("advcl", "conj"):
        met = [a for a in _met_in_clause(token.head, ctx) if a not in subjects]
        if met:  # "met his B counterpart, signing four agreements", "held talks with B and signed a deal"
            return Frame(trigger, token, subjects, met, _venue(token, resolver), rule="sign.verb.after_meeting")
    if len(subjects) == 1 and not partners:
        met = [a for a in _talks_with_before(token, ctx) if a not in subjects]
        if met:  # "A, after talks with B, endorsed a plan": the one A held the talks with signs with A
            return Frame(trigger, token, subjects, met, _venue(token, resolver), rule="sign.verb.after_talks_with")
    if len(subjects) == 1 and not partners and _refers_to_agreement(objects[0], lexicon):
        joining = _joining_signer(
            trigger, token, subjects[0], ctx
        )  # "A and B signed the protocol ... C also signed it"
        if joining is not None:
            return joining
    rule = "sign.verb.extended" if token.lemma_.lower() in EXTENDING else "sign.verb"
    return _pairs(trigger, token, subjects, partners, resolver, rule)


def _named_agreement(noun, lexicon: Lexicon) -> bool:
    """ "the Lima Accord", "the Rio de Janeiro Protocol": an agreement called by its name."""
    return (
        noun.pos_ == "PROPN"
        and _is_agreement(noun, lexicon)
        and not any(True for _ in prep_objects(noun, ("between",)))
    )


def _joining_signer(
    trigger: Trigger, token, signer: Actor, ctx: Context, rule: str = "sign.verb.joining"
) -> Frame | None:
    """ "A and B signed the protocol on Monday. C also signed the protocol", "... was also signed by C", "C is
    expected to sign it next month": one more party signs the agreement told before; it is a party with each of
    that agreement's parties (sign.verb.joining). None when no agreement of others was told just before."""
    sources, targets = _earlier_agreement(token, ctx)
    earlier = _distinct_actors([*sources, *targets])
    if len(earlier) < 2 or any(a.country and a.country == signer.country or a == signer for a in earlier):
        return None
    return Frame(trigger, token, [signer], earlier, _venue(token, ctx.resolver), rule=rule)


def _met_in_clause(verb, ctx: Context) -> list[Actor]:
    """Whom a clause says its subject met: the object of a meeting verb ("met B"), or the party after "with" of
    the verb or of the talks it holds ("held talks with B")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    resolver = ctx.resolver
    meets = any(t.type == "meeting" for t in _triggers_of(verb, ctx.lexicon))
    met = []
    for child in kids(verb):
        if child.dep_ != "dobj":
            continue
        if meets:
            met += resolver.actors_of(child)
        elif any(t.type == "meeting" for t in _triggers_of(child, ctx.lexicon)):
            met += [a for obj in prep_objects(child, ("with",)) for a in resolver.actors_of(obj)]
    if meets:
        met += [a for obj in prep_objects(verb, ("with",)) for a in resolver.actors_of(obj)]
    return _unique_actors(met)


AFTER_TALKS = word_list("after_talks_preps")


def _talks_with_before(verb, ctx: Context) -> list[Actor]:
    """ "A, after talks with B, signed ...", "Following his talks with B, A agreed to ...": the party after "with"
    of talks named in a phrase of time on the verb."""
    found = []
    clauses = [verb, *(c for c in kids(verb) if c.dep_ == "xcomp")]  # "agreed to reopen it after talks with B"
    preps = [p for clause in clauses for p in kids(clause)]
    if verb.dep_ == "conj":  # "A did X and, after talks with B, endorsed ...": the parse hangs "after" on X
        cc = next((c.i for c in kids(verb.head) if c.dep_ == "cc" and c.i < verb.i), verb.i)
        preps += [p for p in kids(verb.head) if cc < p.i < verb.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in AFTER_TALKS:
            continue
        for talks in kids(prep):
            if talks.dep_ == "pobj" and any(t.type == "meeting" for t in _triggers_of(talks, ctx.lexicon)):
                found += [a for obj in prep_objects(talks, ("with",)) for a in ctx.resolver.actors_of(obj)]
    return _unique_actors(found)


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


def _talks_before(token, ctx: Context, sentences: int = 2, kind: str = "meeting") -> Frame | None:
    """The latest talks (or visit) told before `token`, in its sentence or the two before: who signed what "was
    signed" with no signer named, or what "ministers signed" in the presence of the two leaders."""
    frame = frame_told_before(token, ctx, kind, sentences)
    if frame is not None and kind == "visit" and not all(a is not None and a.country for p in frame.pairs() for a in p):
        return None  # a visitor or host of no known country signs for no one known
    return frame


EXTENDING = word_list("agreement_extending_verbs")


def _agents_hung_on_verb(verb, resolver: Resolver) -> list[Actor]:
    """ "was signed by A's minister, N. N., and B's minister, M. M.": after a name in apposition the parse may hang
    the second signer on the verb, as a conjunct of it, or on the name; a noun there is one of the agents."""
    agent = agent_of(verb)
    if agent is None:
        return []
    hung = [c for c in kids(verb) if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i > agent.i]
    hung += [c for a in kids(agent) if a.dep_ == "appos" for c in kids(a) if c.dep_ == "conj"]
    return [a for c in hung for a in resolver.actors_of(c)]


def _along_with(verb, resolver: Resolver) -> list[Actor]:
    """ "A, along with B, signed the treaty", "A, together with B, agreed to ...": B is a party too (the parse
    hangs "with" on the verb or on the subject, under "along" or carrying it)."""
    found = []
    for holder in (verb, *subject_tokens(verb)[0]):
        found += _companions(holder, resolver)  # "with" carrying "along"
        for word in kids(holder):  # "along" carrying "with"
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
    return _is_agreement(word, lexicon) and any(c.lower_ in ("the", "this", "that") for c in kids(word))


def _earlier_agreement(token, ctx: Context, sentences: int = 2) -> tuple[list[Actor], list[Actor]]:
    """The parties of the latest agreement signed or reached in this sentence before `token`, or in the two
    before it: what "it is due to be signed" and "a formal signing is expected" refer to."""
    sent, end = sent_of(token), token.i
    for _ in range(sentences + 1):
        for word in reversed(sent[: end - sent.start]):
            for earlier in _triggers_of(word, ctx.lexicon):
                if earlier.frame not in ("sign", "agreement_noun", "agree"):
                    continue
                frame = READERS[earlier.frame](word, earlier, ctx)
                if frame is not None and frame.rule != "sign.verb.earlier" and len(frame.pairs()) > 0:
                    return frame.sources, frame.targets
        if sent.start == 0:
            break
        sent = sent_of(token.doc[sent.start - 1])
        end = sent.end
    return [], []


@reader("joint_statement", *(f"joint_statement.verb{p}" for p in PAIRS), "joint_statement.verb.issued_by")
def _joint_statement(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "issued a joint declaration with B", "A and B adopted a joint statement": a text two parties
    put out together is an agreement between them."""
    resolver = ctx.resolver
    issued = _joint_text_issued_by(token, trigger, ctx)
    if issued is not None:
        return issued
    objects = [c for c in kids(token) if c.dep_ == "dobj"]
    if not objects or not _is_agreement(objects[0], ctx.lexicon):
        return None
    if not any(c.lower_ in JOINT for c in kids(objects[0])):
        return None
    if any(
        t.type == "condemnation"
        for c in kids(objects[0])
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


def _joint_text_issued_by(token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A joint statement issued by A, B and C said ...": the participle's agents put the text out together
    (joint_statement.verb.issued_by); None unless the participle hangs on a joint text and names two or more."""
    noun = token.head
    if token.dep_ != "acl" or token.tag_ != "VBN" or not _is_agreement(noun, ctx.lexicon):
        return None
    if not any(c.lower_ in JOINT for c in kids(noun)):
        return None
    said = [noun.head] if noun.dep_ == "nsubj" else []
    said += [c for c in kids(noun) if c.dep_ in ("acl", "relcl") and c.i != token.i]
    if any(t.type == "condemnation" for word in said for t in _triggers_of(word, ctx.lexicon)):
        return None  # "a joint statement issued by A and B condemned the raid": a condemnation, told at its verb
    parties = ctx.resolver.actors_of(agent_of(token))
    if len(_distinct_actors(parties)) < 2:
        return None
    return _parties_frame(trigger, token, parties, _venue(token, ctx.resolver), "joint_statement.verb.issued_by")


@reader("signing_noun", "signing.noun.earlier")
def _signing_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "The signing will take place in P": the signing of the agreement told before."""
    if token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in kids(token)):
        return None
    sources, targets = _earlier_agreement(token, ctx)
    if not sources:
        return None
    return Frame(trigger, token, sources, targets, _venue(token.head, ctx.resolver), rule="signing.noun.earlier")


@reader("exchange_of_agreements", "exchange.noun.agreements")
def _exchange_of_agreements(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "The two leaders witnessed the exchange of eleven agreements": an exchange of signed texts is their
    signing, read as "witnessed the signing" is; not an exchange of views, of fire or of prisoners."""
    if not any(_is_agreement(o, ctx.lexicon) for o in prep_objects(token, ("of",))):
        return None
    signing = READERS["meet_noun"](token, trigger, ctx)
    if signing is None:
        return None
    return Frame(trigger, token, signing.sources, signing.targets, signing.place, rule="exchange.noun.agreements")


@reader(
    "agreement_noun",
    "agreement.noun.between_made",
    "agreement.noun.between",
    "agreement.noun.signed_by",
    "agreement.noun.in_force",
    "agreement.noun.referred",
    "agreement.noun.referred.after",
    "agreement.noun.referred.visit",
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
    signings = [c for c in kids(token) if c.dep_ == "acl" and c.lemma_.lower() in SIGNING]
    signers = [a for c in signings for a in resolver.actors_of(agent_of(c))]
    if len(signers) >= 2:  # read at the signing: "B rejected a deal signed by A and C" does not undo the signing
        return _parties_frame(trigger, signings[0], signers, _venue(token, resolver), "agreement.noun.signed_by")
    reached = head.lemma_.lower() in AGREEMENT_REACHED
    announced = token.dep_ == "dobj" and head.lemma_.lower() in ANNOUNCING  # "A and B announced a truce"
    parties = [a for obj in prep_objects(token, ("between",)) for a in resolver.actors_of(obj)]
    if reached and not parties:  # "the deal was reached between A and B"
        parties = [a for obj in prep_objects(head, ("between",)) for a in resolver.actors_of(obj)]
    if not parties and token.dep_ == "dobj" and head.lemma_.lower() in AGREEMENT_MADE:
        # "C brokered the deal between A and B": the parse hangs "between" on the verb (agreement.noun.between_made)
        parties = [a for obj in prep_objects(head, ("between",)) for a in resolver.actors_of(obj)]
    if not parties:  # "the deal reached between A and B last year has collapsed": a participle of reaching
        made = [c for c in kids(token) if c.dep_ == "acl" and c.lemma_.lower() in AGREEMENT_REACHED | SIGNING]
        parties = [a for c in made[:1] for obj in prep_objects(c, ("between",)) for a in resolver.actors_of(obj)]
        if len(parties) >= 2:
            return _parties_frame(trigger, token, parties, _venue(token, resolver), "agreement.noun.reached_between")
    told = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(token)) and not any(
        c.dep_ in ("acl", "amod", "compound", "prep") for c in kids(token)
    )  # "Under the deal, ...": the agreement told before, read where it was told
    for clause in (c for c in kids(token) if c.dep_ == "relcl" and c.lemma_.lower() in AGREEMENT_REACHED):
        # "The pact, which Rome and Tirana sealed in November, allows ...": the subjects of the clause made it
        if any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in kids(clause)):
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
    there_was_none = token.dep_ == "attr" and any(c.dep_ == "expl" for c in kids(head))
    if there_was_none and any(c.lower_ == "no" for c in kids(token)) and len(parties) < 2:
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
    if not any(c.lower_ in CEASE for c in kids(token)):
        return None
    return _agreement_noun(token, trigger, ctx)


def _parties_of_the_talks(token, ctx: Context, reach: int = 80) -> list[Actor]:
    """ "A and B held talks ..., but the meeting ended without an agreement": the parties of the
    talks told just before, when "the talks" or "the meeting" is the subject of the clause."""
    heads, _ = subject_tokens(token)
    if heads and heads[0].lower_ not in TALKS_NOUNS and heads[0].lemma_.lower() in TRIPS:
        for word in token.doc[heads[0].i + 1 : token.i]:  # "his visit, for a summit with B, ended without agreement"
            for earlier in _triggers_of(word, ctx.lexicon):
                frame = READERS[earlier.frame](word, earlier, ctx) if earlier.type == "meeting" else None
                if frame is not None and frame.pairs():
                    return [*frame.sources, *frame.targets]
        return []
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


TRIPS = word_list("trips_with_talks")
TALKS_PLACES = word_list("talks_places")


AGREEMENT_REACHED = word_list("concluding_verbs") | word_list("agreement_reached_verbs")


AGREEMENT_MADE = AGREEMENT_REACHED | word_list("agreement_welcomed_verbs")


def _is_agreement(token, lexicon: Lexicon) -> bool:
    """An agreement noun, one of several conjoined, or "a number of agreements", "a package of accords"."""
    if token.lemma_.lower() in lexicon.agreement_nouns or token.lower_ in lexicon.agreement_nouns:
        return True
    if token.lemma_.lower() in QUANTITIES and any(_is_agreement(o, lexicon) for o in prep_objects(token, ("of",))):
        return True
    return any(c.dep_ == "conj" and _is_agreement(c, lexicon) for c in kids(token))


QUANTITIES = word_list("quantity_nouns")


PARTY_COUNTS = {
    "both": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}  # "the two sides", "the three ministers"


def _parties_referred(verb, ctx: Context) -> tuple[list[Actor], str]:
    """ "The two presidents signed ...", "the three ministers signed ...", "both sides agreed": the parties of the
    article's first meeting with that many parties, told before the sentence, not merely the last two actors
    named (a pair named in passing in between is not who "the two sides" are); with no meeting told before, the
    visitor and host of the first visit. The second value is the rule's suffix: "", ".visit" or ".after"."""
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
        count = next((PARTY_COUNTS[c.lower_] for c in kids(head) if c.lower_ in PARTY_COUNTS), 0)
        for owner in (c for c in kids(head) if c.dep_ == "poss" and c.lower_ in ctx.lexicon.group_nouns):
            # "the two countries' defence ministers": as many as their countries, named as the countries
            owned = next((PARTY_COUNTS[c.lower_] for c in kids(owner) if c.lower_ in PARTY_COUNTS), 0)
            if owned and not count:
                refers, count = ctx.lexicon.group_nouns[owner.lower_], owned
    if not count:
        return [], False
    doc = verb.doc
    candidates = trigger_candidates(doc, ctx.lexicon)  # the trigger words only, not every token before the verb
    before = bisect.bisect_left(candidates, verb.i)
    parties, told = _meeting_parties(doc, candidates[:before], count, ctx), ""
    if parties is None:  # "A arrived in P ... During the visit, the two countries signed": the visit's two sides
        parties, told = _meeting_parties(doc, candidates[:before], count, ctx, "visit"), ".visit"
    if (
        parties is None
    ):  # "The two countries agreed to ..., A said after meeting B": the meeting told after, in the sentence
        after = candidates[before : bisect.bisect_left(candidates, sent_of(verb).end)]
        parties, told = _meeting_parties(doc, after, count, ctx), ".after"
    if not parties:
        return [], ""
    if refers == "country":  # "the two sides": the countries of the people
        return [ctx.resolver.country(a.country) if a.country else a for a in parties], told
    return [_person_of(a, verb, ctx.resolver) for a in parties], told  # "the three ministers": their people


def _meeting_parties(doc, indices, count: int, ctx: Context, kind: str = "meeting") -> list[Actor] | None:
    """The parties of the first meeting (or visit) read at one of the words at `indices`: [] when it has not
    `count` parties, None when there is none."""
    for word in (doc[i] for i in indices):
        for earlier in _triggers_of(word, ctx.lexicon):
            if earlier.type != kind:
                continue
            frame = READERS[earlier.frame](word, earlier, ctx)
            if frame is None:
                continue
            parties = _distinct_actors([a for pair in frame.pairs() for a in pair if a is not None])
            if kind == "visit" and not all(a.country for a in parties):
                return []  # a visitor of no known country: whose government "the two governments" names is open
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
    parties, told = _parties_referred(verb, ctx)
    if not parties:
        return None
    rule += told
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
    for verb in (c for c in kids(token) if c.dep_ in ("xcomp", "ccomp")):
        objects = [c for c in kids(verb) if c.dep_ == "dobj"]  # "to hold talks", "to postpone the trip"
        for place in (o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in kids(p)):
            objects += [place, *(c for c in kids(place) if c.dep_ in ("compound", "amod"))]  # "to return to talks",
            # "to the negotiating table"
        if any(t.type in ("meeting", "visit") for o in objects for t in _triggers_of(o, ctx.lexicon)):
            return True
        if any(o.lemma_.lower() in TALKS_PLACES for o in objects):  # "agreed to return to the table"
            return True
        for trigger in _triggers_of(verb, ctx.lexicon):
            if trigger.type == "meeting" and READERS[trigger.frame](verb, trigger, ctx) is not None:
                return True
    return False


@reader(
    "agree",
    "agree.verb.referred",
    "agree.verb.referred.after",
    "agree.verb.referred.visit",
    "agree.verb.joining",
    "agree.verb.after_talks_with",
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
    if token.lemma_.lower() in JOINT_DECISIONS and len(_distinct_actors(subjects)) < 2:
        return None  # "A and B decided to open a route" is agreed between them; "A decided to expel" is not
    rule = "agree.verb"
    participants = _participle_subject(token, resolver)
    if participants:
        subjects, rule = participants, "agree.verb.participle"
    partners = [a for obj in prep_objects(token, ("with",)) for a in resolver.actors_of(obj)]
    for obj in prep_objects(token, ("to",)):
        partners += _blamed_owner(obj, resolver) or _blamed_modifier(obj, resolver)
        if _is_agreement(obj, ctx.lexicon):  # "agreed to a truce with B"
            partners += [a for other in prep_objects(obj, ("with",)) for a in resolver.actors_of(other)]
    partners += _along_with(token, resolver)
    for child in kids(token):
        if child.dep_ == "dobj" and _is_agreement(child, ctx.lexicon):  # "agreed a trade deal with Japan"
            partners += [a for obj in prep_objects(child, ("with",)) for a in resolver.actors_of(obj)]
        if child.dep_ == "xcomp":
            partners += [a for obj in prep_objects(child, ("with",)) for a in resolver.actors_of(obj)]
            for grand in kids(child):
                if grand.dep_ == "dobj":
                    partners += [a for obj in prep_objects(grand, ("with",)) for a in resolver.actors_of(obj)]
    if len(subjects) == 1 and not partners:
        partners = [a for a in _talks_with_before(token, ctx) if a not in subjects]
        rule = "agree.verb.after_talks_with" if partners else rule
    agreed_to = [o for o in prep_objects(token, ("to",)) if _refers_to_agreement(o, ctx.lexicon) and o.lower_ != "it"]
    if len(subjects) == 1 and not partners and agreed_to:  # "A and B agreed on a plan ... C also agreed to the plan"
        joining = _joining_signer(trigger, token, subjects[0], ctx, "agree.verb.joining")
        if joining is not None:
            return joining
    return _pairs(trigger, token, subjects, partners, resolver, rule)


JOINT_DECISIONS = word_list("joint_decision_verbs")


def _participle_subject(verb, resolver: Resolver) -> list[Actor]:
    """ "A and B negotiators meeting in X failed to agree": the parse takes the participle phrase for a clausal
    subject of "failed"; its own subject is the one who agrees (or fails to)."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            return []
        for clause in (c for c in kids(verb) if c.dep_ == "csubj" and c.tag_ == "VBG"):
            return [a for c in kids(clause) if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


@reader("joint_drill", *(f"drill.noun{p}" for p in PAIRS))
def _joint_drill(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "French and Egyptian warships launched war games", "held joint naval drills with Pakistan": military
    cooperation (CAMEO 062) when the drill is military and has two parties."""
    resolver = ctx.resolver
    words = {c.lower_ for c in kids(token) if c.dep_ in ("amod", "compound")}
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
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in GAME_MODIFIERS for c in kids(token)):
        return None
    return _joint_drill(token, trigger, ctx)


@reader("coop_object", *(f"coop_object.verb{p}" for p in PAIRS))
def _coop_object(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A and B buried the hatchet", "A mended fences with B", "A joined forces with B": a verb that is cooperation
    with its object noun (data/lexicon's `cooperation_object_verbs`), the partner after "with"."""
    resolver = ctx.resolver
    nouns = OBJECT_COOPERATION.get(token.lemma_.lower(), set())
    held = [c for c in kids(token) if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    if not held:
        return None
    partners = [a for word in (token, *held) for obj in prep_objects(word, ("with",)) for a in resolver.actors_of(obj)]
    subjects, _ = _subjects(token, resolver)
    return _pairs(trigger, token, subjects, partners, resolver, "coop_object.verb")


OBJECT_COOPERATION: dict[str, set[str]] = {}


for _phrase in word_list("cooperation_object_verbs"):
    _verb, _noun = _phrase.split()
    OBJECT_COOPERATION.setdefault(_verb, set()).add(_noun)


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
        if not any(c.dep_ == "advmod" and c.lower_ in TOGETHER for c in kids(token)):
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
        objects = [c for c in kids(token) if c.dep_ == "dobj"]
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
            if not members and lemma in READMITTING:  # "voted to readmit Damascus": the capital for its state
                members = [a for a in resolver.actors_of(objects[0]) if a.kind == "country"]
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
READMITTING = word_list("admitting_verbs")


RECOGNISED_NOUNS = word_list("recognised_nouns")


def _first_to(verb):
    """ "became the first country to recognise X", "was the first to join": the verb of an infinitive that hangs on
    "the first ..." after "be" or "become" tells what the subject of "be" did; that verb, or None."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return None
    if verb.dep_ == "xcomp":  # "became the first country to recognise": the parse hangs it on the verb
        noun = next((c for c in kids(noun) if c.dep_ == "attr"), noun)
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become"):
        return None
    if not any(c.dep_ in ("amod", "advmod") and c.lower_ == "first" for c in kids(noun)) and noun.lower_ != "first":
        return None
    return noun.head


BECOMING = word_list("becoming_verbs")


JOINING = word_list("joining_verbs")


@reader("joint_body", *(f"joint_body.noun{p}" for p in PAIRS), *(f"joint_body.noun.set_up{p}" for p in PAIRS))
def _joint_body(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Kenya and Ethiopia launched joint patrols", "proposed a joint commission with Mauritania": a body or an
    undertaking two parties run together is cooperation between them."""
    joint = any(c.dep_ == "amod" and c.lower_ in JOINT for c in kids(token))
    if not joint and (token.dep_ != "dobj" or _first_conjunct(token.head).lemma_.lower() not in ESTABLISHING):
        return None  # "A and B set up a commission" is theirs together; "the commission met" is no event
    if token.dep_ not in ("dobj", "pobj") or any(c.dep_ == "poss" for c in kids(token)):
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


@reader("support", "support.verb", "support.verb.after_talks", "support.verb.counterpart")
def _support(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "will support X's bid", "offered troops to Y", "shared evidence with Z",
    "promised to keep up aid to X", "agreed to provide funds for Y and Z"."""
    resolver = ctx.resolver
    if not _giving(token, ctx.lexicon) or _envoys(token):
        return None
    if any(_protest(c) for c in kids(token) if c.dep_ == "dobj"):
        return None  # "handed a protest note to the ambassador", "lodged a complaint with": a protest, not support
    sources, _ = _subjects(token, resolver)
    for verb in [token, *_complements(token)]:
        targets = _recipients(verb, resolver)
        if targets:
            return Frame(trigger, token, sources, targets, rule="support.verb")
    promised_to = any(c.dep_ == "xcomp" for c in kids(token)) and not any(
        c.dep_ in ("dative", "dobj") for c in kids(token)
    )  # "promised to speed up ...", not "promised voters lower taxes"
    if promised_to and token.lemma_.lower() in PLEDGING and len(sources) == 1 and sources[0].country:
        heads, _ = subject_tokens(token)  # "His Georgian counterpart, N. N., promised to ...": to the one whose
        owners = [  # counterpart he is
            a
            for head in heads[:1]
            if head.lemma_.lower() in COUNTERPARTS
            for c in kids(head)
            if c.dep_ == "poss"
            for a in resolver.actors_of(c)
            if a.country and a.country != sources[0].country
        ]
        if owners:
            return Frame(trigger, token, sources, owners[:1], rule="support.verb.counterpart")
        talks = _talks_before(token, ctx, sentences=1)  # "A met B on Monday. B promised to speed up customs checks"
        sides = _distinct_actors([*talks.sources, *talks.targets]) if talks is not None else []
        others = [a for a in sides if a.country and a.country != sources[0].country]
        if len(sides) == 2 and len(others) == 1 and any(a == sources[0] for a in sides):
            return Frame(trigger, token, sources, others, rule="support.verb.after_talks")
    return None


PLEDGING = word_list("pledge_to_partner_verbs")
COUNTERPARTS = word_list("counterpart_nouns")


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
    return [c for c in kids(token) if c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS]


PROTESTS = word_list("protest_nouns")


def _protest(obj) -> bool:
    """ "a protest", "a protest note", "a formal complaint"."""
    return any(w.lemma_.lower() in PROTESTS for w in (obj, *(c for c in kids(obj) if c.dep_ == "compound")))


def _object_controlled(token) -> bool:
    """ "urged the EU to support the PLO": an appeal to someone else, not a pledge of the one who speaks."""
    return token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in kids(token.head))


def _complements(token, depth: int = 2) -> list:
    """The verbs of "to continue", "to send" under a verb, down `depth` levels."""
    found = []
    for child in kids(token):
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found.append(child)
            if depth > 1:
                found += _complements(child, depth - 1)
    return found


def _recipients(verb, resolver: Resolver) -> list[Actor]:
    """Who gets what a verb gives: its indirect object; an actor as its object, or the object's owner; the
    actors after "to", "with", "for" on the verb or its object, or in the place named there ("to a force in Liberia")."""
    for child in kids(verb):
        if child.dep_ == "dative" and resolver.actors_of(child):
            return resolver.actors_of(child)
        if child.dep_ == "ccomp":  # "to help Papua New Guinea strengthen its police"
            helped = [a for c in kids(child) if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
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
    for child in kids(obj):
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
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
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
    closer = any(c.lower_ in CLOSER for c in kids(token))
    if verb.lemma_.lower() not in lexicon.cooperation_verbs and not closer:
        return None
    if any(c.lower_ in PRIVATE for c in kids(token)):
        return None  # two leaders' personal relations are not ties between their countries
    if _aim_of_visit(verb, lexicon):
        return None  # "a trip aimed at deepening ties": what the trip is for, not a cooperation told
    partners = []
    for holder in (token, verb):
        for obj in prep_objects(holder, ("with", "between")):
            partners += resolver.actors_of(obj)
    subjects = []
    for child in kids(token):
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
    verbs = [c for c in kids(token) if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"]
    if not verbs or (verbs[0].lemma_.lower(), "VERB") in lexicon.triggers:
        return None
    verb = verbs[0]
    if verb.lemma_.lower() not in lexicon.cooperation_verbs:
        return None
    subjects = [a for c in kids(token) if c.dep_ == "poss" for a in resolver.actors_of(c)]
    if not subjects and token.dep_ in ("dobj", "pobj"):
        subjects, _ = _subjects(token.head if token.dep_ == "dobj" else token.head.head, resolver)
    partners = [a for obj in prep_objects(verb, ("with", "to", "for")) for a in resolver.actors_of(obj)]
    for obj in (c for c in kids(verb) if c.dep_ == "dobj") if not partners else ():
        partners += _blamed_modifier(obj, resolver)  # "trade in Nepalese tea"
        for inner in prep_objects(obj, ("of", "with", "to", "for")):  # "the export of X grain"
            partners += _blamed_modifier(inner, resolver) or resolver.actors_of(inner)
    partners = [p for p in partners if p.kind != "country" or p.country not in {s.country for s in subjects}]
    return _pairs(trigger, verb, subjects, partners, resolver, "readiness.noun")  # at the verb, which the cue governs
