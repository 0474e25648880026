"""Readers of condemnations: "A condemned B's strike", "A was condemned by B", "A rejected B's claims as
baseless", "A blamed B"."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Trigger, word_list
from ...model import Actor
from ..act_authors import country_of_the_story, named_as, named_group, objects_of
from ..memo import kids, sent_of, span_root
from ..roles import Resolver, agent_of, is_trailing_attribution, prep_objects, subject_tokens
from .frames import Context, Frame, reader
from .parties import POSSESSIVE_PRONOUNS, _blamed_modifier, _statement_issuers, _subjects


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
    "condemn.verb.statement_before",
    "condemn.verb.they_officials",
    "condemn.verb.attributed",
    "condemn.verb.told_in_saying",
)
def _condemn(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    resolver = ctx.resolver
    if not _condemning(token):
        return None
    subjects, passive = _subjects(_past_small_clause(token), resolver)
    subjects = subjects or _among_those(token, resolver)
    objects = [c for c in kids(token) if c.dep_ == "dobj"] or ([] if passive else objects_of(token))
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
                for c in kids(token)
                if c.dep_ == "conj" and c.lemma_.lower() in BLAMING
                for o in kids(c)
                if o.dep_ == "dobj"
                for a in _blamed_on(c, o, resolver)
            ]
        if objects and not targets:  # "condemned the attack on the embassy, carried out by Nicaraguan police"
            agents = [agent_of(c) for c in kids(token) if c.dep_ in ("advcl", "acl") and c.i > objects[0].i]
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
    speakers = (  # with no subject, who speaks: tried in this order
        (_speaker_of_joined_clause, "condemn.verb.speaker"),
        (_issuer_of_statement, "condemn.verb.statement"),
        (_statement_speaks_for, "condemn.verb.statement_before"),
        (_officials_told_before, "condemn.verb.they_officials"),
    )
    for find, speaker_rule in speakers:
        if sources or passive:
            break
        sources, rule = find(token, resolver), speaker_rule
    if not sources:
        return None
    echoed = [a for a in _echoed_by(token, resolver) + _joined_in(token, resolver) if a not in sources]
    if echoed:
        sources, rule = sources + echoed, "condemn.verb.echoed"
    named = named_as(token)
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
    if not any(c.dep_ == "advmod" and c.lower_ in INTENSIFIERS for c in kids(token)):
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
        for prep in kids(token)
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for t in prep.subtree
        if t.lower_ in BASELESS and t.i <= prep.i + 2
    ]
    if not judged or not _condemning(token):
        return None
    claims = [
        t
        for c in kids(token)
        if c.dep_ in ("dobj", "prep")
        for t in ([c] if c.dep_ == "dobj" else [o for o in kids(c) if o.dep_ == "pobj"])
        if t.lemma_.lower() in CLAIM_NOUNS
    ]
    if not claims:
        return None
    resolver = ctx.resolver
    owners = [c for c in kids(claims[0]) if c.dep_ == "poss"]
    owners += list(prep_objects(claims[0], ("of",)))
    owners += [agent_of(acl) for acl in kids(claims[0]) if acl.dep_ == "acl" and agent_of(acl) is not None]
    targets = [a for o in owners for a in resolver.actors_of(o)]
    sources, _ = _subjects(token, resolver)
    targets = [t for t in targets if not any(t == s or (t.country and t.country == s.country) for s in sources)]
    if not sources or not targets:
        return None
    return Frame(trigger, token, sources, targets[:1], rule="reject_firmly.verb.as_baseless")


ECHOING = word_list("echoing_adverbs")


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


def _statement_speaks_for(token, resolver: Resolver, sentences: int = 2) -> list[Actor]:
    """ "The statement condemned ...", "the ministry's communique denounced ...": a statement that is the subject
    of the verb speaks for its owner, or for the one who issued the statement told in the sentences just before
    ("A issued a statement on Monday. The statement condemned ..."): the subject of the verb it hangs on."""
    heads, passive = subject_tokens(token)
    if passive or len(heads) != 1 or heads[0].lemma_.lower() not in STATEMENT_NOUNS:
        return []
    statement = heads[0]
    owners = [a for c in kids(statement) if c.dep_ == "poss" for a in resolver.actors_of(c)]
    if owners or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(statement)):
        return owners
    sent = sent_of(statement)
    start = sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = sent_of(token.doc[start - 1]).start
    for told in reversed(token.doc[start : statement.i]):
        if told.lemma_.lower() not in STATEMENT_NOUNS or told.pos_ != "NOUN":
            continue
        owners = [a for c in kids(told) if c.dep_ == "poss" for a in resolver.actors_of(c)]
        verb = told
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        issued = verb.lemma_.lower() in ISSUING or (told.dep_ == "pobj" and told.head.lower_ == "in")
        if not owners and issued and verb.pos_ in ("VERB", "AUX") and verb.i != token.i:
            owners = _issuing_subject(verb, resolver)  # not "A rejected a statement ...": issued, or said in it
        owners = owners or _statement_issuers(told, resolver)  # "a statement by A", "issued by A"
        if owners:
            return owners
    return []


def _issuing_subject(verb, resolver: Resolver) -> list[Actor]:
    """ "A issued a statement", "A said in a statement"; "A's decision was announced in a statement": the owner
    of what the statement made known."""
    heads, passive = subject_tokens(verb)
    if not passive:
        return _subjects(verb, resolver)[0]
    return [a for h in heads for c in kids(h) if c.dep_ == "poss" for a in resolver.actors_of(c)]


ISSUING = word_list("statement_issuing_verbs") | word_list("occasion_verbs") | word_list("speaker_verbs")


def _officials_told_before(token, resolver: Resolver) -> list[Actor]:
    """ "Gulf foreign ministers gathered in Doha. In a closing statement, they condemned ...": "they", when no
    party named before stands for it, are the officials of no one country named, the subject of the sentence just
    before; they act as one body of no country, named as written."""
    heads, passive = subject_tokens(token)
    sent = sent_of(token)
    if passive or len(heads) != 1 or heads[0].lower_ != "they" or sent.start == 0:
        return []
    before = sent_of(token.doc[sent.start - 1])
    for subject in (t for t in before if t.dep_ == "nsubj" and t.head.i == before.root.i):
        if subject.tag_ != "NNS" or subject.lower_ not in resolver.lexicon.titles or resolver.actors_of(subject):
            return []
        modifiers = [c for c in kids(subject) if c.dep_ in ("amod", "compound", "nmod") and c.i < subject.i]
        if not any(m.ent_type_ == "NORP" or (m.pos_ in ("PROPN", "ADJ") and m.is_title) for m in modifiers):
            return []  # "the ministers met": officials of parties not told
        start = min(t.i for m in modifiers for t in m.subtree)
        return [Actor(token.doc[start : subject.i + 1].text, "organization", None)]
    return []


def _speaker_of_joined_clause(token, resolver: Resolver) -> list[Actor]:
    """ "A countered that the vote was a farce and accused B of ...": the parse joins the verb to the clause A said,
    whose subject names no one; the one who said it accuses."""
    clause = token.head
    if token.dep_ != "conj" or clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(token)):
        return []
    return _subjects(clause.head, resolver)[0]


def _joined_in(token, resolver: Resolver) -> list[Actor]:
    """ "Germany joined France in condemning the strike": the one joined condemns too."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() != "join":
        return []
    return [a for c in kids(prep.head) if c.dep_ == "dobj" for a in resolver.actors_of(c)]


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
    for clause in kids(token):
        if clause.dep_ not in ("advcl", "conj") or clause.lemma_.lower() != "do":
            continue
        marks = {c.lower_ for c in kids(clause) if c.dep_ in ("mark", "advmod", "dobj")}
        if marks & ECHOING:
            actors += [a for c in kids(clause) if c.dep_ == "nsubj" for a in resolver.actors_of(c)]
    return actors


def _condemning(token) -> bool:
    """A verb of condemning, not a word of its phrase that the parse took for a modifier or an object."""
    return token.dep_ not in ("amod", "compound", "dobj", "pobj", "nsubj")


@reader("lash_out", "lash_out.verb")
def _lash_out(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "Beijing lashed out at Manila", "hit out at the EU", "hit back at", "fired back at": only with "out" or
    "back", the target after "at"; "called out B": the target its object."""
    resolver = ctx.resolver
    if not _condemning(token) or not any(
        (c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ in ("advmod", "prt") and c.lower_ == "back")
        for c in kids(token)
    ):
        return None  # "lashed out at", "hit back at": not a strike that hit a town
    sources, _ = _subjects(token, resolver)
    targets = [a for obj in prep_objects(token, ("at",)) for a in _blamed(obj, resolver)]
    if token.lemma_.lower() in OBJECT_CALLED_OUT:  # "called out B for its record": the one called out, named
        targets = [a for obj in kids(token) if obj.dep_ == "dobj" for a in _blamed(obj, resolver)]
        if not targets:
            return None  # "called out the troops"
    return Frame(trigger, token, sources, targets or [None], rule="lash_out.verb") if sources else None


OBJECT_CALLED_OUT = ("call",)


@reader("condemn_prep", "condemn_prep.verb")
def _condemn_prep(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A railed against B", "A rounded on B", "A took a swipe at B", "A took issue with B's plan", "A poured
    scorn on B's claims": a verb (with its object noun, when data/lexicon's `condemning_preposition_verbs` gives
    one) that condemns only with its preposition; the target is the one after it."""
    resolver = ctx.resolver
    if not _condemning(token):
        return None
    found = []
    for noun, prep in PREPOSITION_CONDEMNING.get(token.lemma_.lower(), ()):
        holders = [token]
        if noun is not None:
            holders += [c for c in kids(token) if c.dep_ == "dobj" and c.lemma_.lower() == noun]
            if len(holders) == 1:
                continue
        found = [obj for holder in holders for obj in prep_objects(holder, (prep,))]
        if found:
            break
    if not found:
        return None
    sources, _ = _subjects(token, resolver)
    targets = [a for obj in found for a in _blamed(obj, resolver)]
    return Frame(trigger, token, sources, targets or [None], rule="condemn_prep.verb") if sources else None


PREPOSITION_CONDEMNING: dict[str, list[tuple[str | None, str]]] = {}


for _phrase in sorted(word_list("condemning_preposition_verbs")):
    _words = _phrase.split()
    PREPOSITION_CONDEMNING.setdefault(_words[0], []).append((_words[1] if len(_words) == 3 else None, _words[-1]))


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
    objects = [c for c in kids(token) if c.dep_ == "dobj"] or _small_clause_subject(token) or objects_of(token)
    if not objects or not _condemning(token) or any(c.dep_ == "prt" for c in kids(token)):
        return None  # "called off the visit"
    if objects[0].lower_ in ("which", "that", "whom", "who", "what"):
        return None  # "the movement, which A regards as a criminal gang": a standing view, told in passing
    called = [c for c in kids(token) if c.dep_ in ("dative", "dobj")]
    if len(called) >= 2 and _harsh(called[-1]):
        objects = called[:1]  # "branded B a puppet": the parse makes B a dative or a first object, the word of
        # condemnation the (second) object
    elif not _judged_harshly(token, objects[0]) and not _judged_first(token, objects[0]):
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
    for word in reversed(pronoun.doc[sent_of(pronoun).start : pronoun.i]):
        if word.tag_ == "NNS" and word.pos_ == "NOUN":
            return _blamed(word, resolver)
    return []


def _other_owner(thing, sources: list[Actor], resolver: Resolver) -> list[Actor]:
    """ "B said ... Hours later, A called her remarks nasty": "her" is not A, who judges them, but the person named
    last before other than A."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in kids(thing)):
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
    for clause in kids(token):
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
        predicates = [c for c in kids(clause) if c.dep_ in ("attr", "acomp")]
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
            o for p in predicates for t in p.subtree if t.lower_ == "by" for o in kids(t) if o.dep_ == "pobj"
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
    return any(c.i < obj.i and (c.lemma_.lower() in JUDGEMENTS or c.lower_ in JUDGEMENTS) for c in kids(obj))


def _small_clause_subject(verb) -> list:
    """ "calling Merkel and her colleagues arrogant": the parse makes "Merkel ... arrogant" a clause of its own."""
    for clause in kids(verb):
        if clause.dep_ == "ccomp" and clause.pos_ in ("ADJ", "NOUN") and clause.i > verb.i:
            return [c for c in kids(clause) if c.dep_ == "nsubj"][:1]
        if clause.dep_ == "oprd" and clause.pos_ == "ADJ" and clause.i > verb.i:
            # "called her remarks 'nasty'": the parse hangs the thing judged on the word, as its owner
            return [c for c in kids(clause) if c.dep_ == "poss" and c.pos_ == "NOUN"][:1]
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
    predicates = [c for c in kids(verb) if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")]
    predicates += [c for c in kids(obj) if c.dep_ in ("amod", "oprd") and c.i > obj.i]  # "called the move dangerous"
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
    if obj.lower_ != "them" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in (*kids(token), *kids(obj))):
        return []
    for i in range(token.i - 1, sent_of(token).start - 1, -1):
        mention = resolver.found.at(i)
        if mention is None or mention.actor is None or mention.media or mention.start != i:
            continue
        actors = resolver.actors_of(span_root(resolver.doc, mention.start, mention.end)) or [mention.actor]
        actors = [a for a in actors if not any(a == s or (a.country and a.country == s.country) for s in sources)]
        if actors:
            return actors
    return []


def _late_agent(token):
    """ "X has been accused of ..., by Y": a "by" phrase later in the sentence that the parse hung elsewhere."""
    for inner in token.doc[token.i + 1 : sent_of(token).end]:
        if inner.lower_ == "by" and inner.dep_ in ("prep", "agent"):
            objects = [c for c in kids(inner) if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _claimed_about(token, resolver: Resolver) -> list[Actor]:
    """ "charged that X had ...", "<X did ...>, a rights group protested": the subject of the claim."""
    clauses = [
        c
        for c in kids(token)
        if c.dep_ in ("ccomp", "acl")
        and c.pos_ in ("VERB", "AUX")
        and not any(w.lower_ in ("what", "whatever") for w in kids(c))
    ]
    if not clauses and is_trailing_attribution(token):
        clauses = [sent_of(token).root] if sent_of(token).root.i < token.i else []
    for clause in clauses:
        for child in kids(clause):
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
    "condemn.noun.rejected",
)
def _condemn_noun(token: Token, trigger: Trigger, ctx: Context) -> Frame | None:
    """ "A's condemnation of the attack", "a charge by A that B had taken the port"."""
    resolver = ctx.resolver
    sources = []
    for child in kids(token):
        if child.dep_ == "poss":
            sources = resolver.actors_of(child)
    holders = [token]
    if token.dep_ == "dobj" and not any(c.dep_ == "nsubjpass" for c in kids(token.head)):
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
    by_agent = not any(c.dep_ == "poss" for c in kids(token))  # "criticism by Y", not "Y's allegations of a raid"
    if not targets and by_agent and token.dep_ == "dobj" and token.head.lemma_.lower() in REJECTING:
        targets = [a for a in _subjects(token.head, resolver)[0] if a not in sources]  # "X rejected criticism by
        rule = "condemn.noun.rejected" if targets else rule  # Y": Y criticised X, who rejects it
    return Frame(trigger, token, sources, targets or [None], rule=rule)


REJECTING = word_list("rejecting_verbs")


def _accused_by(token, trigger: Trigger, accusers: list[Actor], resolver: Resolver) -> Frame | None:
    """ "rejected the accusations of the X side that Y had struck": with a claim told, the
    "of" names who accuses, and the claim's subject is accused (the parse may hang the claim on the verb)."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    holders = [token, verb] if token.dep_ in ("dobj", "pobj") else [token]
    claimed = [a for holder in holders for a in _claimed_about(holder, resolver)][:1]
    for clause in kids(token) if not claimed else ():  # the parse takes "that they had ..." for a relative
        if clause.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(clause)):
            claimed = [a for c in kids(clause) if c.dep_ == "nsubj" for a in resolver.actors_of(c)][:1]
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
        echoed = any(c.dep_ == "amod" and c.lemma_.lower() in ECHOES for c in kids(token))
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
    for saying in (c for c in kids(verb) if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in SAYING_VERBS):
        for told in (c for c in kids(saying) if c.dep_ == "ccomp" and c.lemma_.lower() in verbs):
            for subject in (c for c in kids(told) if c.dep_ == "nsubj"):
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
    ons = [c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "on"]
    ons += [t for t in obj.subtree if t.lower_ == "on" and t.dep_ == "prep"][-1:]
    for o in (o for on in ons for o in kids(on) if o.dep_ == "pobj"):
        actors = [named_group(o, a, resolver.lexicon) for a in _blamed(o, resolver)]
        if actors:
            return actors
    return []


def _blamed(obj, resolver: Resolver) -> list[Actor]:
    """Who a condemned thing is laid at: "X's strikes", "an X air strike", "an attack by the Y group"."""
    actors = resolver.actors_of(obj)
    if actors:
        return actors
    for child in kids(obj):
        if child.dep_ == "poss":
            actors = resolver.actors_of(child) or _blamed_modifier(child, resolver)  # "the Israeli army's raid"
            if actors:
                return actors
    agents = [
        *prep_objects(obj, ("by",)),
        *(agent_of(c) for c in kids(obj) if c.dep_ == "acl"),
        # "border shelling by Cambodian troops": the parse takes the act's noun for a participle on its modifier
        *(o for c in kids(obj) if c.dep_ == "acl" and c.tag_ == "VBG" for o in prep_objects(c, ("by",))),
        # "the attack, which was claimed by X", "the strike, which was carried out by X": a clause of its doing
        *(agent_of(c) for c in kids(obj) if c.dep_ == "relcl" and c.lemma_.lower() in DOING_VERBS),
        *(o for inner in prep_objects(obj, ("of",)) for o in prep_objects(inner, ("by",))),
    ]
    for agent in agents:
        actors = resolver.actors_of(agent) or _blamed_modifier(agent, resolver) if agent is not None else []
        if actors:
            return actors
    actors = _blamed_modifier(obj, resolver)
    if actors:
        return actors
    if any(w.lemma_.lower() in resolver.lexicon.domestic_acts for w in (obj, *kids(obj)) if w.dep_ != "det"):
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
