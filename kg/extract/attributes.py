"""Polarity, modality, date and location of an event, read around its trigger."""

from __future__ import annotations

from datetime import date

from ..lexicon import Lexicon, word_list
from . import dates
from .dateline import title_case
from .memo import WordHashes, doc_hashes, kids, per_doc, per_token, word_hashes, word_table

GOVERNING_DEPS = {
    "xcomp",
    "ccomp",
    "advcl",
    "acomp",
    "pcomp",
    "pobj",
    "prep",
    "dobj",
    "conj",
    "relcl",
    "acl",
    "attr",
    "advmod",
}  # advmod: "stopped [short [of [condemning]]]"


@per_token
def governors(token, limit: int = 5):
    """The trigger and the words that govern it up to its clause: "declined" in "declined to condemn"."""
    chain = [token]
    while token.dep_ in GOVERNING_DEPS and token.head.i != token.i and len(chain) < limit:
        token = token.head
        chain.append(token)
        if token.dep_ == "ROOT":
            break
    return chain


@per_token
def _cue_words(token) -> list:
    """The words whose cues reach the trigger: its governors, and for a subject noun ("the visit was
    postponed") the verb it is subject of."""
    chain = governors(token)
    if _finite_beside_infinitive(token):  # "had never planned to sign it and accused B": "accused" is joined
        # to "intended", whatever the parse says; the plan, offer or refusal is not its own
        chain = [token, *governors(token.head.head)[1:]]
    verb = _nsubj_verb(token)
    chain = chain + [verb] if verb is not None else chain
    if token.pos_ == "NOUN":  # a headline's "Ishida postpones Seoul trip": the verb parsed as a modifier of the noun
        chain += [c for c in kids(token) if c.dep_ == "compound" and c.tag_ in ("VBZ", "VBD") and c.i < token.i]
    return chain


def _finite_beside_infinitive(token) -> bool:
    """A verb in the past or present tense the parse joins to an infinitive ("offered to host the talks and
    condemned B"): an infinitive's own conjuncts are bare ("offered to host and fund the talks")."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(head))
    )


def _verb_as_noun(word) -> bool:
    """A verb the parse tags as a noun ("Zhao and his counterpart plan to discuss trade", "plan" tagged NN): it
    has a subject and an infinitive of its own."""
    return (
        word.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in kids(word))
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(word))
    )


def _nsubj_verb(token):
    """For a noun trigger that is the subject ("the visit was postponed"), the verb it is subject of."""
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.i != token.i:
        return token.head
    return None


ADJUNCT_PREPS = word_list("adjunct_preps")
NEGATIONS = word_list("negation_words")
COUNTERFACTUAL_MODALS = word_list("counterfactual_modals")


def polarity(token, lexicon: Lexicon) -> str:
    """Negative when the text says it did not happen; a negation outside an adjunct ("failed to agree despite
    hours of talks") does not reach into it."""
    if _rejected_claim(token, lexicon):
        return "positive"
    chain = _cue_words(token)
    for n, word in enumerate(chain):
        if word.dep_ == "prep" and word.lower_ in ADJUNCT_PREPS:
            chain = chain[:n]
            break
        if word.dep_ == "advcl" and word.tag_ == "VBG":
            chain = chain[: n + 1]  # "rejected the threats, calling them unacceptable": the -ing clause
            break  # keeps its own polarity; the verb it hangs off does not negate it
        if word.dep_ == "acl" and word.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in kids(word)):
            chain = chain[: n + 1]  # "rejected a deal signed by A and B": a participle with its doer tells
            break  # its own event, which the verb above does not undo
        if word.dep_ == "relcl" and word.pos_ in ("VERB", "AUX"):
            chain = chain[: n + 1]  # "left without meeting N. N., who used a speech to accuse B": a relative
            break  # clause keeps its own polarity
    for word in chain:
        lemma = word.lemma_.lower()
        if word.i != token.i and _on_hold(word):
            return "negative"
        if word.i != token.i and (
            lemma in lexicon.negative_cues
            or word.lower_ in lexicon.negative_cues
            or _phrase_cue(word, token, lexicon.negative_cues)
        ):
            if lemma not in NEGATIONS or word.dep_ in ("neg", "det", "prep"):
                return "negative"
        children = kids(word)
        for child in children:
            if child.dep_ == "neg":
                return "negative"
            if child.dep_ == "prt" and f"{lemma} {child.lower_}" in lexicon.negative_cues:
                return "negative"
        auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
        if "have" in auxiliaries and auxiliaries & COUNTERFACTUAL_MODALS:
            return "negative"  # "it would have been the first trip": it did not happen
        if word.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "det" and c.lower_ == "no" for c in children):
                return "negative"
            if word.head.lower_ == "without":
                return "negative"
        if word.dep_ == "pobj" and word.head.lower_ == "without":
            return "negative"
    for child in kids(token.head) if token.dep_ == "dobj" else []:
        if child.dep_ in ("nsubj",) and any(g.lower_ == "no" for g in kids(child)):
            return "negative"
    subject = [c for c in kids(chain[0]) if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and any(g.lower_ == "no" and g.dep_ == "det" for g in kids(subject[0])):
        return "negative"
    return "positive"


CLAIM_NOUNS = word_list("claim_nouns")


def _rejected_claim(token, lexicon: Lexicon) -> bool:
    """ "rejected as groundless the accusations of B", "the claims were dismissed": B's accusations were made;
    the verb that rejects them does not say they were not."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "as":
        head = head.head  # the parse of "rejected as groundless the accusations"
    return (
        token.pos_ == "NOUN"
        and (token.lemma_.lower() in CLAIM_NOUNS or token.lower_ in CLAIM_NOUNS)
        and token.dep_ in ("dobj", "nsubjpass", "pobj")
        and head.i != token.i
        and (head.lemma_.lower() in lexicon.negative_cues or head.lower_ in lexicon.negative_cues)
    )


CUES_NEEDING_FOR = word_list("cues_needing_for")
ADJECTIVE_CUES = word_list("adjective_cues")
CUES_NEEDING_TO = word_list("cues_needing_to")
PROPOSAL_CUE_NOUNS = word_list("proposal_cue_nouns")
PLANNED_PARTICIPLES = word_list("planned_participles")
PLAN_VERBS = word_list("plan_verbs")
PLANNED_MODIFIERS = word_list("planned_modifiers")
PROPOSED_MODIFIERS = word_list("proposed_modifiers")
EXPECTED = word_list("expected_words")


def modality(token, lexicon: Lexicon, trigger_type: str) -> str:
    chain = [token] if _done_participle(token, lexicon) else _cue_words(token)
    invited = _invitation(token, chain, lexicon)
    if invited:
        return invited
    for word in _own_clause(chain):
        lemma = word.lemma_.lower()
        if word.i != token.i and (
            lemma in lexicon.proposed_cues
            or word.lower_ in lexicon.proposed_cues
            or _phrase_cue(word, token, lexicon.proposed_cues)
        ):
            with_for = any(c.lower_ == "for" for c in kids(word)) or token.head.lower_ == "for"
            if lemma in CUES_NEEDING_FOR and not with_for:
                continue
            if lemma in ADJECTIVE_CUES and word.pos_ != "ADJ":
                continue  # "open to talks" offers them; "opened talks", "talks opened in P" held them
            if lemma in CUES_NEEDING_TO and not any(
                c.dep_ == "xcomp" or c.lower_ in ("to", "forward") for c in kids(word)
            ):
                continue  # "looking to expand ties", "look forward to visiting"; not "looked on as they signed"
            return "proposed"
        if word.pos_ in ("NOUN",) and lemma in PROPOSAL_CUE_NOUNS:
            if word.i != token.i:
                return "proposed"
    for word in chain:
        lemma = word.lemma_.lower()
        for child in kids(word):
            if child.dep_ == "aux" and child.lower_ in lexicon.planned_modals:
                return "planned"
            if child.dep_ == "aux" and child.lower_ == "would" and _reported(word):
                return "planned"
        if (
            word.i != token.i
            and lemma in lexicon.planned_cues
            and (word.pos_ in ("VERB", "ADJ", "AUX") or _verb_as_noun(word))
        ):
            if not any(c.dep_ == "prt" for c in kids(word)):  # "set up committees" is not "set for May"
                return "planned"
        if word.lower_ in PLANNED_PARTICIPLES and word.i != token.i:
            return "planned"
    for holder in (token, token.head):
        for child in kids(holder):
            if child.dep_ in ("relcl", "acl", "advcl") and child.lemma_.lower() in PLAN_VERBS and child.i > token.i:
                return "planned"
    if token.pos_ == "NOUN" and any(c.lower_ in PLANNED_MODIFIERS for c in kids(token)):
        return "planned"
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PROPOSED_MODIFIERS for c in kids(token)):
        return "proposed"  # "a possible visit", "a potential meeting", "a mooted deal"
    if token.lemma_.lower() in EXPECTED and token.pos_ in ("VERB", "ADJ"):  # "is expected in P", "due in"
        return "planned"
    if _is_to(token) or _headline_infinitive(token) or (trigger_type == "visit" and _participle_of_is_to(token)):
        return "planned"
    return "asserted"


INVITATION_NOUNS = word_list("invitation_nouns")
ACCEPTING_VERBS = word_list("accepting_verbs")


def _invitation(token, chain: list, lexicon: Lexicon) -> str | None:
    """ "accepted an invitation to visit X": a trip taken up, planned; "extended an invitation to B to visit X":
    offered, proposed. An invitation declined ("turned down an invitation to attend") is told as a visit that
    did not happen, as is."""
    for word in _own_clause(chain)[1:3]:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in INVITATION_NOUNS:
            continue
        head = word.head
        lemma = head.lemma_.lower()
        if head.i == word.i or word.dep_ not in ("dobj", "nsubjpass", "pobj", "nsubj"):
            return "proposed"
        if lemma in ACCEPTING_VERBS:
            return "planned"
        if lemma in lexicon.negative_cues or any(c.dep_ == "neg" for c in kids(head)):
            return None
        return "proposed"
    return None


def _own_clause(chain: list) -> list:
    """The chain up to an -ing clause it hangs from ("urged the judges to act, accusing B"): what the verb above
    offers or calls for, the -ing clause does not; it was said."""
    for n, word in enumerate(chain):
        if word.dep_ == "advcl" and word.tag_ == "VBG":
            return chain[: n + 1]
    return chain


def _done_participle(token, lexicon: Lexicon) -> bool:
    """A trigger told as done by a past participle ("will open a pathway under a treaty signed on Friday"):
    the treaty was signed; the plans and offers of the clause it sits in are not its own."""
    participles = [token] if token.pos_ == "VERB" else kids(token) if token.pos_ == "NOUN" else []
    for child in participles:  # the trigger itself ("an accord signed on Monday") or the noun's participle
        if child.dep_ != "acl" or child.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in kids(child)):
            continue
        lemma = child.lemma_.lower()
        cues = lexicon.planned_cues | lexicon.proposed_cues
        if lemma in cues or child.lower_ in cues or lemma in PLAN_VERBS or child.lower_ in PLANNED_PARTICIPLES:
            continue
        if lemma in EXPECTED or child.lower_ in EXPECTED:
            continue
        noun = child.head
        if noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS:
            continue  # "will meet in P for talks hosted by C": the talks are what the meeting is for, not done
        return True
    return False


PURPOSE_PREPS = word_list("purpose_prepositions")


def _headline_infinitive(token) -> bool:
    """ "X and Y to sign trade pact", "Ruritanian minister to visit X": a headline's infinitive with
    no verb over it tells what is arranged to happen (the parse makes it the root or a clause of the root noun)."""
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(token)):
        return False
    head = token.head
    return (
        token.dep_ == "ROOT"
        or token.dep_ in ("relcl", "acl")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
    )


def _is_to(token) -> bool:
    """ "The king is to visit Botswana": "be" with "to" and a verb says what is arranged to happen."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_ == "be"
        and head.i != token.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(token))
    )


def _participle_of_is_to(token) -> bool:
    """ "is to tour the Gulf, stopping in A and B": the parse hangs the -ing clause on "is"; it is as planned as
    the infinitive beside it."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    head = token.head  # "is to leave for a tour, visiting A": the infinitive itself
    return _is_to(head) or (head.lemma_ == "be" and any(_is_to(c) for c in kids(head) if c.dep_ == "xcomp"))


def _phrase_cue(word, token, cues) -> bool:
    """A cue of several words that starts at `word` and runs towards the trigger: "stopped short of condemning",
    "called for closer ties"."""
    if word.i >= token.i:
        return False
    phrases, longest, by_first = _phrases_of(cues)
    if not phrases:
        return False
    first = word.lemma_.lower()
    if " " not in first:  # then only a cue whose first word is the lemma can start the words below
        phrases = by_first.get(first, ())
        if not phrases:
            return False
    # a cue of n characters is read from the first n words at most (each a character and a space at least)
    words = " ".join([first, *(t.lower_ for t in word.doc[word.i + 1 : min(token.i, word.i + 1 + longest)])])
    return any(words.startswith(cue) for cue in phrases)


_PHRASES: dict[int, tuple] = {}  # id of a set of cues -> (the set, its size, its cues of several words, longest,
# those cues by their first word)


def _phrases_of(cues) -> tuple[tuple[str, ...], int, dict[str, tuple[str, ...]]]:
    """The cues of several words of a word list, the length of the longest, and the cues by their first word: read
    once per list."""
    known = _PHRASES.get(id(cues))
    if known is None or known[0] is not cues or known[1] != len(cues):
        phrases = tuple(cue for cue in cues if " " in cue)
        by_first: dict[str, tuple[str, ...]] = {}
        for cue in phrases:
            by_first[cue.split(" ", 1)[0]] = (*by_first.get(cue.split(" ", 1)[0], ()), cue)
        known = _PHRASES[id(cues)] = (cues, len(cues), phrases, max(map(len, phrases), default=0), by_first)
    return known[2], known[3], known[4]


ON_HOLD = word_list("on_hold_nouns")
ON_HOLD_VERBS = word_list("on_hold_verbs")


def _on_hold(word) -> bool:
    """ "put the visit on hold", "the talks were put on ice", "the deal remains on hold": a plan set aside."""
    if word.lemma_.lower() not in ON_HOLD_VERBS:
        return False  # "called him while on hold at the airport"
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() in ON_HOLD for o in kids(c))
        for c in kids(word)
    )


def called_off(token, lexicon: Lexicon) -> bool:
    """ "The visit was postponed", "called off his trip": a plan that was dropped (SCHEMA: negative, planned)."""
    dropped = lexicon.called_off
    return any(
        w.lemma_.lower() in dropped
        or _on_hold(w)
        or _phrase_cue(w, token, dropped)
        or any(c.dep_ == "prt" and f"{w.lemma_.lower()} {c.lower_}" in dropped for c in kids(w))
        for w in _cue_words(token)
        if w.i != token.i
    )


_MUST = word_hashes(["must"])


def demanded(token) -> bool:
    """ "said X must stand ready to help", "said A and the rebels must strike a deal": a demand
    made of others, not an event."""
    if _MUST.isdisjoint(doc_hashes(token.doc)):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "must" for word in governors(token) for c in kids(word))


def committed(token, lexicon: Lexicon) -> bool:
    """ "promised to continue aid", "agreed to provide": giving pledged (CAMEO 03x) rather than delivered."""
    for _ in range(3):
        if token.lemma_.lower() in lexicon.commitment_verbs:
            return True
        if token.dep_ not in ("xcomp", "advcl"):
            return False
        token = token.head
    return False


def _reported(word) -> bool:
    """ "would meet" after a past reporting verb ("said ... would meet") is a plan, not a conditional."""
    head = word.head
    return word.dep_ in ("ccomp", "conj") and head.lemma_.lower() in REPORTING_VERBS


REPORTING_VERBS = word_list("reporting_verbs")


def event_date(token, date_ents, published: date | None, future: bool, anchor: date | None = None) -> str | None:
    """The date the trigger's clause names, else the one date of the sentence (`date_ents`: its DATE entities).
    A day told from another ("a day earlier", "the same day") counts from `anchor`, the last day the text
    named before the sentence, or else from publication."""
    if not date_ents:
        return None
    counted = None if future else _counted_back(token, date_ents, published)
    if counted:
        return counted
    date_ents = [
        e
        for e in date_ents
        if not dates.is_span(_pointed(e))
        and not _set_apart(e.root, token)
        and not _since(e)
        and not _dates_a_thing(e, token)
    ]
    if not date_ents:
        return None
    clause = _clause(token)  # a date in its subtree: the clause or one of the clause's descendants
    near = [e for e in date_ents if e.root.i == clause.i or clause.is_ancestor(e.root)]
    if token.pos_ == "NOUN":  # "called off on Tuesday a visit set for October 23": the noun's own date first
        own = [e for e in near if e.root.i == token.i or token.is_ancestor(e.root)]
        near = [e for e in own if dates.resolve(e.text, published, future)] or near
    chosen = near or date_ents
    best = min(chosen, key=lambda e: abs(e.root.i - token.i))
    tense = _tense(best)
    future = future if tense is None else tense
    day = _relative(best, date_ents, anchor or published, published)
    if day and tense is False and published and len(day) == 10 and day > published.isoformat():
        day = None  # "three days later, they signed": a past deed counted from the wrong day, not a plan
    return day or dates.resolve(best.text, published, future)


def _counted_back(token, date_ents, published: date | None) -> str | None:
    """ "met B on Monday, a day after landing in P for the first visit by ...", "signed on Friday, two days
    after they met in Q": what the "after" clause tells happened that long before the day of the clause it
    hangs on ("before": that long after it)."""
    for word in [token, *list(token.ancestors)[:8]]:
        if word.dep_ == "ccomp":
            return None  # "a day after B said A would not travel": the day of the saying, not of the deed
        if word.lower_ in ("after", "before") and word.dep_ == "prep" and word.i != token.i:
            link, length, inner = word, word.head, word  # "Monday, [a day] after becoming ..."
        elif word.dep_ == "advcl":
            link = next((c for c in kids(word) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            if link is None:
                continue
            length = next((c for c in kids(word) if c.dep_ == "npadvmod" and c.i < link.i), None)
            inner = word  # "[two days] after they met"
        else:
            continue
        if length is None or length.i == link.i or length.head.i == length.i:
            return None
        span = length.doc[length.left_edge.i : length.i + 1].text
        if not dates.is_span(span):
            return None
        outer = length.head if word.dep_ == "prep" else word.head
        inside = {t.i for t in inner.subtree} | {t.i for t in length.subtree}
        days = [
            d
            for e in date_ents
            if e.root.i not in inside and (e.root.i == outer.i or outer.is_ancestor(e.root))
            for d in [dates.resolve(e.text, published, False)]
            if d and len(d) == 10
        ]
        if not days:
            return None
        back = "before" if link.lower_ == "after" else "after"
        return dates.relative(f"{span} {back}", date.fromisoformat(days[0]))
    return None


FUTURE_AUX = word_list("future_auxiliaries")


def _tense(ent) -> bool | None:
    """Whether the verb a date hangs from tells the future (True: "is due in P on Monday", "will meet on
    Friday") or the past (False: "signed on Friday ..., at talks hosted by"); None when it tells neither."""
    for word in (ent.root, *list(ent.root.ancestors)[:3]):
        if word.lemma_.lower() in EXPECTED and word.pos_ in ("ADJ", "VERB"):
            return True
        if word.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(word)):
                return True
            if any(c.dep_ == "acomp" and c.lemma_.lower() in EXPECTED for c in kids(word)):
                return True  # "is due in P on Monday"
            if word.tag_ == "VBD":
                return False
            return None
    return None


def _pointed(ent) -> str:
    """A date's words with the word after it that points it back or ahead ("only two days [before]"): the
    parse leaves it out of the entity, which alone reads as a length ("two days")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ in dates.DIRECTIONS and after.dep_ == "advmod":
        return ent.text + " " + after.lower_  # not "a week to the day after the vote"
    return ent.text


def _relative(ent, date_ents, anchor: date | None, published: date | None) -> str | None:
    """ "The day before", "a day earlier", "the same day": from the day an earlier date of the sentence names
    ("left on Tuesday ... a speech the same day"), else from `anchor`. Not "a day before the summit", which
    counts from the summit."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    phrase = ent.text
    if after is not None and after.lower_ in dates.DIRECTIONS:
        if any(c.dep_ == "pobj" for c in kids(after)):
            return None
        phrase += " " + after.lower_
    for earlier in reversed([e for e in date_ents if e.end <= ent.start]):
        day = dates.resolve(earlier.text, published)
        if day and len(day) == 10 and dates.relative(earlier.text, anchor) is None:
            anchor = date.fromisoformat(day)
            break
    return dates.relative(phrase, anchor)


def _set_apart(word, token) -> bool:
    """Whether a date's word hangs in an aside or another clause than the trigger's: in the subtree of a word
    that is one, that is, the word itself or one of its heads."""
    return any(_aside(t, token) or _other_clause(t, token) for t in (word, *word.ancestors))


def _since(ent) -> bool:
    """ "his first visit since 2020", "since the 1979 revolution", "since Brask in 1928": a date that bounds
    a span, not the day of the event; the bound may be a thing dated by it."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "from" and _range(ent):
        return False  # "on a working visit from October 7 to 10": the days of the event itself
    if before is not None and before.lower_ in SPAN_PREPS:
        return True
    if before is not None and before.dep_ == "prep" and ent.start > 1:  # "since Brask [in 1928]": the parse
        # hangs the date beside the span's bound it follows
        bound = ent.doc[ent.start - 2]
        if any(t.dep_ == "prep" and t.lower_ in BOUNDING for t in [bound, *list(bound.ancestors)[:3]]):
            return True
    word = ent.root
    for _ in range(4):
        if word.dep_ not in NOUN_PHRASE_DEPS or word.head.i == word.i:
            return False
        word = word.head
        if word.dep_ == "prep" and word.lower_ in SPAN_PREPS:
            return True
    return False


def _range(ent) -> bool:
    """ "October 7-10", "7 to 10 October", "[from] Monday to Wednesday": both ends of a span given."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return any(t.text in ("-", "–", "to", "until") for t in ent[1:]) or (
        after is not None and after.lower_ in ("to", "until")
    )


NOUN_PHRASE_DEPS = {
    "pobj",
    "prep",
    "pcomp",
    "compound",
    "nummod",
    "amod",
    "nmod",
    "poss",
}  # pcomp: "since taking office in May"


def _dates_a_thing(ent, token) -> bool:
    """ "X's 1990 invasion", "Sunday's referendum": a date inside the name of a thing other than the event
    dates that thing; "the November summit" dates the occasion the event is tied to, "Monday evening" is one
    time."""
    root = ent.root
    head = root.head
    if root.dep_ not in ("compound", "nummod", "amod", "nmod", "poss") or head.pos_ != "NOUN" or head.i == token.i:
        return False
    return not head.ent_type_ and head.lemma_.lower() not in GATHERINGS | VISIT_NOUNS


VISIT_NOUNS = word_list("visit_nouns")
SPAN_PREPS = word_list("span_preps")
BOUNDING = SPAN_PREPS - {"from"}  # "a call from Brask on Friday": "from" names a sender too


def _other_clause(clause, token) -> bool:
    """A clause beside or under the trigger's ("held talks since 2022 and agreed last year", "agreed that they
    would meet next year"): its dates are its own. The clauses the trigger sits in are not "other"."""
    if (
        clause.dep_ not in ("conj", "ccomp", "xcomp", "advcl")
        or clause.pos_ not in ("VERB", "AUX")
        or clause.i == token.i
    ):
        return False
    if token.dep_ == "ROOT" and token.pos_ == "NOUN" and clause.head.i == token.i:
        return False  # a sentence read as a noun phrase: "A's trip to B [as ...] ended on Friday", its verb under it
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in kids(clause)):
        return False  # "Opening the meeting on Thursday, A accused B": the participle tells the same moment
    if clause.lemma_.lower() in REPORTING_VERBS and clause.dep_ in ("ccomp", "conj"):
        return False  # "China condemns ..., a spokesman said on Thursday": when it was said
    return not _under(token, clause)  # the trigger is not in its subtree


def _aside(clause, token) -> bool:
    """A relative clause about a name or a thing, not the event ("X, which broke off ties in 1975",
    "condemned the attack, which targeted a base on 29 June", "reviewed the document signed in 2021"); one that says when the event was planned ("which
    had been set for June"), or when the gathering it is tied to took place ("for the meeting, which starts
    on Friday"), is about the event, wherever it hangs."""
    if clause.dep_ not in ("relcl", "acl") or clause.head.i == token.i or clause.head.pos_ not in ("PROPN", "NOUN"):
        return False
    if clause.head.lemma_.lower() in GATHERINGS:
        return False
    if _said_in(clause.head):
        return False
    if clause.lemma_.lower() in PLAN_VERBS | PLAN_SETTING_VERBS or _aim_infinitive(clause):
        return False  # "signed an accord to boost trade on Sunday": the day of the signing
    return not _under(token, clause)  # the trigger is not in its subtree


PLAN_SETTING_VERBS = word_list("plan_setting_verbs")
SPEECH_NOUNS = word_list("speech_nouns")


def _said_in(noun) -> bool:
    """ "In a statement released on Monday, X condemned ...": the statement the event was told in;
    its date is the event's."""
    return noun.lower_ in SPEECH_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _clause(token):
    while token.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and token.head.i != token.i:
        token = token.head
    return token


REMOTE = word_list("remote_words")
_REMOTE = word_hashes(REMOTE)


def remote(token) -> bool:
    """ "spoke by telephone", "telephoned", "had a telephone conversation", "in a video call", "held a virtual
    summit": talks held at a distance, which took place nowhere (SCHEMA: location null)."""
    if _REMOTE.isdisjoint(doc_hashes(token.doc)):
        return False
    words = [token, *kids(token)]
    words += [c for w in governors(token)[1:] for c in kids(w) if c.dep_ == "prep"]  # "spoke by telephone
    # with N. N., the first conversation between ..."
    words += [o for w in list(words) if w.dep_ in ("prep", "agent") for o in kids(w) if o.dep_ == "pobj"]
    if token.head.i != token.i and token.dep_ in ("pobj", "dobj"):
        words.append(token.head)  # "during a call", "held a call"
    if token.dep_ == "appos":  # "spoke by telephone with N. N., the first conversation between ...": the
        words += list(token.head.ancestors)[:4]  # noun set beside the talks is told of the same talks
    for word in words:
        if word.lemma_.lower() in REMOTE or word.lower_ in REMOTE:
            return True
        if word.i != token.i and any(c.dep_ in ("compound", "amod") and c.lower_ in REMOTE for c in kids(word)):
            return True
    return False


def place_text(token, found) -> str | None:
    if token is None:
        return None
    mention = found.at(token.i)
    text = mention.place if mention is not None and mention.place else token.text
    if text.isupper() and len(text) > 3 and not token.ent_id_:  # a dateline's "PORTVALE" is Portvale; "DPRK", as
        return title_case(text)  # the gazetteer writes it (the entity ruler matched the written form), stays
    return text


def venue(token, found, exclude: set[int], objects: bool = False, cities_only: bool = False) -> str | None:
    """A place "in" or "at" which the trigger's clause happened, outside the thing acted upon.

    Besides the trigger and the words governing it, the place may hang from an occasion ("during talks in
    P"), a verb of speaking beside it ("..., speaking to the press in P"), a partner met ("talks with
    the president in Q"); with objects=True the nouns of the object count too ("signed a memorandum ...
    in Manila").
    """
    words = _venue_words(token, found, exclude, objects)
    if exclude:  # "condemned the raid in a statement issued in P": the parse hangs the statement on the object
        exclude = exclude - {t.i for w in words if w.i in exclude and _issued(w) for t in w.subtree}
    text = _place_of(words, found, exclude, cities_only)
    if text or cities_only:
        return text
    text = _destination(token, found, exclude)
    if text:
        return text
    text = _here(words, found)
    if text:
        return text
    talks = _talks_beside(token, exclude)
    text = _place_of(talks, found, exclude, cities_only) if talks else None
    if text:
        return text
    if any(w.lower_ in SIDELINES for w in words) and not _unreal(token):
        return _dateline_place(found, token.doc)  # "met on the sidelines of the summit": filed from the summit
    # the parse often hangs the place low, on what the talks or the deal were about ("held talks on the nuclear
    # programme in P"): there a city is the venue, a country is the subject ("talks on the war in X")
    low = [t for w in [token] if w.pos_ == "NOUN" for t in _nominal(w)[1:]]
    low += [t for c in kids(token) if c.dep_ == "dobj" and c.i not in exclude for t in _nominal(c)]
    low += [
        o
        for w in [token, *low]
        for c in kids(w)
        if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
        for o in kids(c)
        if o.dep_ in ("pobj", "pcomp") and o.tag_ == "VBG" and o.i not in exclude
    ]  # "signed a code of conduct on fishing in P": a gerund told of, the parse hangs the town on it
    low += [a for w in low if w.i not in exclude for a in kids(w) if _aim_infinitive(a)]
    return _place_of(low, found, exclude, cities_only=True, towns_only=True)


HERE_NOUNS = word_list("here_nouns")
DESTINATION_VERBS = word_list("destination_verbs")


def _destination(token, found, exclude: set[int]) -> str | None:
    """ "negotiators return to Geneva this week for talks", "headed to P for a new round of talks": talks that a
    journey is for are held where it goes."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in DESTINATION_VERBS:
        return None
    for child in kids(verb):
        if child.dep_ == "prep" and child.lower_ == "to" and child.i not in exclude:
            for obj in kids(child):
                text = _place_in(obj, found, exclude) if obj.dep_ == "pobj" else None
                if text:
                    return text
    return None


AIM_INFINITIVES = word_list("aim_infinitives")


def _aim_infinitive(word) -> bool:
    """ "signed an agreement to boost trade in P on Sunday": an infinitive that tells what a deal or talks are for,
    no event with a place or a day of its own; the place and the day the parse hangs on it are those of the
    signing. Not "a deal to hold elections on 5 May", an event of its own."""
    return (
        word.dep_ in ("acl", "relcl")
        and word.tag_ == "VB"
        and word.head.pos_ == "NOUN"
        and word.lemma_.lower() in AIM_INFINITIVES
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(word))
    )


def _here(words, found) -> str | None:
    """ "negotiators meeting in this border town", "talks at an air base here": the place the article was filed
    from, which its dateline names."""
    start, end, _ = found.line
    if start is None:
        return None
    for word in words:
        for child in kids(word):
            objects = [o for o in kids(child) if o.dep_ == "pobj"] if child.lower_ in ("in", "at") else []
            if (
                child.lower_ == "here"
                and child.dep_ == "advmod"
                or any(
                    any(d.lower_ == "here" for d in kids(o))
                    or o.lemma_.lower() in HERE_NOUNS
                    and any(d.lower_ == "this" or _describes_town(d, o, found.at(d.i)) for d in kids(o))
                    for o in objects
                )
            ):
                text = word.doc[start:end].text
                return text.title() if text.isupper() else text
    return None


def _describes_town(word, noun, mention) -> bool:
    """ "in the Red Sea resort", "at the Danube river port": a region, sea or river that describes the town the
    article was filed from, not the place of the event."""
    return (
        noun.lemma_.lower() in HERE_NOUNS
        and mention is not None
        and mention.kind == "place"
        and mention.code is None
        and any(t.dep_ == "compound" and t.head.i == noun.i for t in word.doc[mention.start : mention.end])
        and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
    )


def _unreal(token) -> bool:
    """Told as to come or as wished ("will meet", "ready to host a meeting"): not yet anywhere."""
    return any(
        c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in FUTURE_AUX) for w in governors(token) for c in w.children
    )


def _dateline_place(found, doc) -> str | None:
    start, end, _ = found.line
    if start is None:
        return None
    text = doc[start:end].text
    return text.title() if text.isupper() else text


TALKS = word_list("talks_nouns") | word_list("gatherings")
TOPIC_PREPS = word_list("topic_preps")


def _talks_beside(token, exclude: set[int]) -> list:
    """The talks its clause tells the event came out of, however deep the parse hangs them ("pledged ..., after
    two days of talks at the port", "agreed ..., in a declaration adopted after talks in P"): where
    they were held is where the event happened. Not talks inside a thing acted upon or talked about ("exchange
    views on the deals struck at the summit in ...")."""
    doc = token.doc
    if _TALK_HASHES.hashes.isdisjoint(doc_hashes(doc)):
        return []
    root = governors(token)[-1]
    inside = [i for i in _talk_words(doc) if i != token.i and _under(doc[i], root)]  # in root.subtree
    if not inside:
        return []
    if len(inside) > 1:  # in the order of the subtree
        wanted = set(inside)
        inside = [t.i for t in root.subtree if t.i in wanted]
    own = exclude | {t.i for c in kids(token) if c.dep_ == "dobj" for t in c.subtree}
    talks = [
        doc[i]
        for i in inside
        if i not in own and not any(a.dep_ == "prep" and a.lower_ in TOPIC_PREPS for a in _path_up(doc[i], root))
    ]
    return talks + [c for t in talks for c in kids(t) if c.dep_ == "acl" and c.tag_ == "VBN"]


_TALK_HASHES = WordHashes({form for word in TALKS for form in (word, word.capitalize(), word.title(), word.upper())})


@per_doc
def _talk_words(doc) -> tuple:
    """The tokens whose form or lemma is a word of TALKS (in any of its usual casings), found once per document in
    its word table rather than by walking each trigger's clause."""
    return tuple(_TALK_HASHES.rows(word_table(doc)))


def _under(word, root) -> bool:
    """`word` is `root` or below it: in `root.subtree`."""
    while word.i != root.i:
        if word.head.i == word.i:
            return False
        word = word.head
    return True


def _path_up(word, root) -> list:
    """The words from `word` up to `root`, without it."""
    path = []
    while word.i != root.i and word.head.i != word.i:
        path.append(word)
        word = word.head
    return path


def named_venue(token, found, objects: bool = False, in_too: bool = False) -> str | None:
    """A building named with a proper name where the trigger's clause happened ("held talks at the State
    House"): the most specific place, before any city a reader found. in_too: after "in" as well ("in the
    Amber Palace"), where the clause tells no more than what was done in a building."""
    preps = ("at", "in") if in_too else ("at",)
    return _named_venue(_venue_words(token, found, set(), objects), set(), preps, found)


def _venue_words(token, found, exclude: set[int], objects: bool) -> list:
    """The words a place of the event may hang from (see venue)."""
    chain = _same_time(governors(token))
    words = list(chain)
    words += [
        c
        for c in kids(token)
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.tag_ == token.tag_
        and not any(d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for d in kids(c))
    ]  # "agreed ... and announced the deal in P": one subject, one occasion
    occasions = [
        o
        for w in words
        for c in kids(w)
        if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS
        for o in kids(c)
        if o.dep_ == "pobj"
    ]
    words += occasions + [o for w in occasions for o in _of_objects(w)]  # "after 21 days of talks [at ...]"
    speaking = [
        c
        for w in words
        for c in kids(w)
        if c.dep_ == "advcl" and (c.lemma_.lower() in SPEAKING or _leading_participle(c))
    ]
    speaking += [
        a
        for w in words
        for c in kids(w)
        if c.dep_ == "nsubj"
        for a in kids(c)
        if a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in SPEAKING
    ]  # "the minister, speaking in P, condemned ...": the parse hangs the participle on the subject
    words += speaking
    words += [
        o
        for w in speaking
        for c in kids(w)
        for o in ([c] if c.dep_ == "dobj" else [p for p in kids(c) if p.dep_ == "pobj"] if c.lower_ == "to" else [])
    ]  # the audience, where the parse often hangs the place: "speaking to reporters in P"
    words += _issued_from(words)
    words += [t for w in words for g in _gatherings_closed(w) for t in _nominal(g)]
    words += [
        c for w in [token, *occasions] if w.pos_ == "NOUN" for c in kids(w) if c.dep_ == "acl" and c.tag_ == "VBN"
    ]  # "negotiations [held / sealed off] at the air base"
    words += _gatherings_of_subject(words)
    if objects:
        words += [t for c in kids(token) if c.dep_ == "dobj" for t in _nominal(c)]
    words += [
        o
        for w in (token, token.head)
        for c in kids(w)
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in kids(c)
        if o.dep_ == "pobj"
    ]
    words += [
        o
        for w in (token, token.head)
        for c in kids(w)
        if c.dep_ == "prep" and c.lower_ == "on"
        for o in kids(c)
        if o.dep_ == "pobj" and o.i not in exclude and _is_party(found.at(o.i))
    ]  # "called on the president in P": the person called on, where the parse hangs the place
    words += [
        c
        for c in kids(token)
        if c.dep_ == "dobj"
        and c.i not in exclude
        and (_is_party(found.at(c.i)) or any(d.dep_ == "poss" for d in kids(c)))
    ]  # "met her counterpart in P"
    words += [
        a
        for c in kids(token)
        if c.dep_ == "dobj" and c.i not in exclude
        for a in kids(c)
        if a.dep_ == "appos" and _is_party(found.at(a.i))
    ]  # "met his counterpart N. N. in P": the parse hangs the place on the name set beside
    words += [
        o
        for w in words
        for c in kids(w)
        if c.dep_ == "prep" and c.lower_ == "on"
        for o in kids(c)
        if o.dep_ == "pobj" and o.lower_ in SIDELINES
    ]
    words += [o for w in words if w.lower_ in SIDELINES for o in _of_objects(w)]
    held = [a for w in words if w.pos_ == "NOUN" for a in kids(w) if a.dep_ == "acl" and a.tag_ == "VBN"]
    words += [
        o
        for w in [*chain, *held]
        for c in kids(w)
        if c.dep_ == "prep" and (c.lower_ in SETTING_PREPS or c.lower_ == "on")
        for o in kids(c)
        if o.dep_ == "pobj" and o.i not in exclude and (c.lower_ != "on" or o.lemma_.lower() in SETTING_NOUNS)
    ]  # "met on the bridge at P", "talks held behind closed doors in Q": the spot, where the parse hangs the town
    words += [
        o
        for w in chain
        for c in kids(w)
        if c.dep_ == "prep"
        for o in kids(c)
        if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
    ]  # "signed on 2 May in P", "negotiated for three days in Q": the parse hangs the place on the time
    subject_of = _nsubj_verb(token) if token.pos_ == "NOUN" else None
    if subject_of is not None:  # "talks between A and B are set to resume in P": the verb told of the talks
        words += [subject_of, *(c for c in kids(subject_of) if c.dep_ == "xcomp")]
    words += [
        a
        for c in kids(token)
        if c.dep_ == "dobj" and c.i not in exclude
        for a in kids(c)
        if a.dep_ == "acl" and a.tag_ == "VBN" and any(d.dep_ == "agent" for d in kids(a))
    ]  # "met a delegation led by the minister in P": the parse hangs the place on the participle
    return words


ISSUED_TEXTS = word_list("issued_texts")


def _issued(word) -> bool:
    """The participle of a text issued somewhere: "a statement [issued] in P"."""
    return word.dep_ == "acl" and word.tag_ == "VBN" and word.head.lemma_.lower() in ISSUED_TEXTS


def _issued_from(words) -> list:
    """ "condemned the raid in a statement issued in P", "did so in a communique released from its headquarters
    in Q": the text the event was told in was issued where its participle says, and so was the event."""
    heads = words + [c for w in words[:1] for c in kids(w) if c.dep_ == "dobj"]
    texts = [
        o
        for w in heads
        for c in kids(w)
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in kids(c)
        if o.dep_ == "pobj" and o.lemma_.lower() in ISSUED_TEXTS
    ]
    issued = [a for o in texts for a in kids(o) if _issued(a)]
    return issued + [
        o
        for a in issued
        for c in kids(a)
        if c.dep_ == "prep" and c.lower_ == "from"
        for o in kids(c)
        if o.dep_ == "pobj"
    ]


OTHER_TIME_MARKS = word_list("other_time_marks")


def _same_time(chain: list) -> list:
    """The governors up to a clause of another time ("arrived in P, a year after the two agreed to restore ties",
    "his first trip since they agreed"): the place of the clause it hangs on is not its own."""
    for n, word in enumerate(chain):
        if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in kids(word)):
            return chain[: n + 1]
    return chain


def _leading_participle(clause) -> bool:
    """ "Presenting the draft in P, the minister denounced ...": a participle before the subject, with none of its
    own, tells where the subject was when it acted."""
    return (
        clause.tag_ == "VBG"
        and clause.i < clause.head.i
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
        and clause.left_edge.i == clause.sent.start
    )


def _place_of(words, found, exclude: set[int], cities_only: bool, towns_only: bool = False) -> str | None:
    named = _named_venue(words, exclude, found=None if cities_only else found)  # a named building is no city,
    # but no country talked of either
    if named:
        return named
    for word in words:
        for child in kids(word):
            if child.dep_ != "prep" or child.lower_ not in ("in", "at") or child.i in exclude:
                continue
            for obj in kids(child):
                text = _place_in(obj, found, exclude, cities_only, towns_only)
                if text:
                    return text
    return None


NAMED_VENUE_HEADS = word_list("named_venue_heads")


def _named_venue(words, exclude: set[int], preps: tuple[str, ...] = ("at",), found=None) -> str | None:
    """ "held talks at the Royal Lodge", "met at the Green Palace", "at Villa Rosa": a building named
    with a proper name is the most specific place (SCHEMA), before the city it stands in."""
    for word in words:
        for child in kids(word):
            if child.dep_ != "prep" or child.lower_ not in ("in", "at") or child.i in exclude:
                continue
            for obj in kids(child):
                if obj.dep_ != "pobj" or obj.i in exclude:
                    continue
                owned = _owned_venue(obj) or (_described_place(obj, found) if found is not None else None)
                if owned:
                    return owned
                if child.lower_ not in preps:
                    continue
                if obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                    named = _common_head_venue(obj)
                    if named:
                        return named
                    continue
                heads = [obj, *(c for c in kids(obj) if c.dep_ == "compound")]
                if any(h.lemma_.lower() in NAMED_VENUE_HEADS for h in heads):
                    return _venue_name(obj)
    return None


OWNED_VENUE_HEADS = word_list("owned_venue_heads")
VENUE_OWNERS = word_list("venue_owners")


def _owned_venue(obj) -> str | None:
    """ "in the conference hall of the foreign ministry", "at the residence of the ambassador": a room or building
    named by a common noun and the body or office it belongs to is the most specific place, from its first
    modifier to the owner."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in OWNED_VENUE_HEADS:
        return None
    for prep in kids(obj):
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != obj.i + 1:
            continue
        for owner in kids(prep):
            if owner.dep_ == "pobj" and owner.lemma_.lower() in VENUE_OWNERS:
                start = obj.left_edge.i
                while obj.doc[start].dep_ in ("det", "poss", "punct") and start < obj.i:
                    start += 1
                return obj.doc[start : owner.i + 1].text
    return None


def _common_head_venue(obj) -> str | None:
    """ "at the Marigold hotel", "at the Kela air base": a building named by a proper name before a common noun
    that heads named buildings; its name runs from the proper name to the noun."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in NAMED_VENUE_HEADS:
        return None
    start = obj.i
    while (
        start > 0
        and obj.doc[start - 1].dep_ in ("compound", "amod", "nmod")
        and obj.doc[start - 1].head.i in range(start, obj.i + 1)
    ):
        start -= 1  # "the Ittihadiya presidential palace"
    while start < obj.i and not (obj.doc[start].pos_ == "PROPN" and obj.doc[start].is_title):
        start += 1  # not "the sprawling" of "the sprawling Capella hotel"
    if start == obj.i:
        return None
    return obj.doc[start : obj.i + 1].text


def _venue_name(obj) -> str:
    """The venue's name: from its first word to its head, with an "of" phrase that names it ("the Palace of
    Serbia"), without the article."""
    start = obj.left_edge.i
    while obj.doc[start].dep_ in ("det", "punct") and start < obj.i:
        start += 1
    end = obj.i
    for child in kids(obj):
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end + 1:
            objects = [o for o in kids(child) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if objects:
                end = objects[0].i
    return obj.doc[start : end + 1].text


def _nominal(noun) -> list:
    """The nouns of a noun phrase reached without passing a verb: "a memorandum on maritime cooperation [in
    P]" where the parse hangs the place low, but not "an accord to end the fighting [in R]", the place
    of what it is about."""
    out, todo = [], [noun]
    while todo:
        word = todo.pop()
        out.append(word)
        todo += [c for c in kids(word) if c.pos_ in ("NOUN", "PROPN") or c.dep_ == "prep"]
    return [w for w in out if w.pos_ in ("NOUN", "PROPN")]


OCCASION_PREPS = word_list("occasion_preps")
SETTING_PREPS = word_list("setting_preps")
SETTING_NOUNS = word_list("setting_nouns")
SIDELINES = word_list("sideline_nouns")


def _is_party(mention) -> bool:
    return mention is not None and mention.kind == "person"


def _of_objects(word) -> list:
    """ "on the sidelines of the General Assembly in New York": the gathering the place hangs from."""
    return [o for c in kids(word) if c.dep_ == "prep" and c.lower_ == "of" for o in kids(c) if o.dep_ == "pobj"]


GATHERINGS = word_list("gatherings")


def _gatherings_closed(word) -> list:
    """ "signed four deals, closing the session of the joint commission at the Royal Lodge": the gathering a
    participle beside the event names, where the event took place."""
    return [
        o
        for c in kids(word)
        if c.dep_ == "advcl" and c.tag_ == "VBG"
        for o in kids(c)
        if o.dep_ == "dobj" and o.lemma_.lower() in GATHERINGS
    ]


def _gatherings_of_subject(words) -> list:
    """ "Leaders at a summit in P condemned", "ministers meeting in Q condemned": where they met."""
    found = []
    for word in words:
        for subject in (c for c in kids(word) if c.dep_ == "nsubj"):
            if subject.lower_ in GATHERINGS:
                found.append(subject)
            found += [
                o
                for o in kids(subject)
                if o.dep_ == "prep" and o.lower_ == "at"
                for o in kids(o)
                if o.dep_ == "pobj" and o.lower_ in GATHERINGS
            ]
    return found


SPEAKING = word_list("speaking_verbs")
VENUES = word_list("venue_nouns")
VENUES_NAMED_WHOLE = word_list("venues_named_whole")


def _place_in(obj, found, exclude: set[int], cities_only: bool = False, towns_only: bool = False) -> str | None:
    if obj.i in exclude:
        return None
    for inner in obj.subtree:
        mention = found.at(inner.i)
        if cities_only and mention is not None and mention.actor is not None and mention.place == mention.actor.name:
            continue
        if towns_only and not _town(mention):
            continue  # a town stands for its country; a sea, a region, a country is what was talked about
        if mention is not None and mention.place and inner.i not in exclude:
            if _describes_town(inner, obj, mention):
                continue
            nested = (
                inner.head.dep_ == "prep"
                and (inner.head.lower_ == "in" or inner.head.lower_ == "of" and obj.lemma_.lower() in HERE_NOUNS)
                and inner.head.head.i == obj.i
            )  # "in the port of P"
            if inner.head.i == obj.i or inner.i == obj.i or nested:
                if mention.kind in ("place", "country") and obj.lower_ in VENUES:
                    words = [t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i and not t.is_punct]
                    if obj.lower_ in VENUES_NAMED_WHOLE:
                        return " ".join(t.text for t in words)
                return mention.place
    return _town_named(obj, found, exclude) if not cities_only else None


def place_in(obj, found) -> str | None:
    """The place a noun names ("in P", "in the port of P")."""
    return _place_in(obj, found, set())


def _described_place(obj, found) -> str | None:
    """ "in Borg Hamam, a coastal town west of Alexandria", "at Koubba, the presidential palace": a name the gazetteer
    lacks, set beside a noun that says it is a town or a building, is the place, whatever the tagger took it for;
    not the town that describes where it lies."""
    if obj.pos_ != "PROPN" or not obj.is_title:
        return None
    mention = found.at(obj.i)
    if mention is not None and mention.place:
        return None
    for appos in kids(obj):
        lemma = appos.lemma_.lower()
        if appos.dep_ == "appos" and appos.pos_ == "NOUN" and (lemma in HERE_NOUNS or lemma in NAMED_VENUE_HEADS):
            start = obj.left_edge.i
            while obj.doc[start].dep_ == "det" and start < obj.i:
                start += 1
            return obj.doc[start : obj.i + 1].text
    return None


def _town(mention) -> bool:
    """A town of a country: one that stands for it (a capital), or a place the gazetteer puts in it."""
    if mention is None or mention.actor is None:
        return mention is not None and mention.kind == "place" and mention.code is not None
    return mention.place != mention.actor.name


def _town_named(noun, found, exclude: set[int]) -> str | None:
    """ "in the border town of Elmwick", "at the port of Saltby": a town the gazetteer does not know, named after
    "of" by a word of a kind that only towns have, whatever the tagger took its name for (a person, a firm)."""
    if noun.lemma_.lower() not in HERE_NOUNS or noun.lower_ == "capital":
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != noun.i + 1:
            continue
        for name in prep.children:
            if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.is_title and name.i not in exclude:
                mention = found.at(name.i)  # whatever the tagger took the name for
                if (mention is None or not mention.place) and not any(c.dep_ == "prep" for c in name.children):
                    return name.doc[name.left_edge.i : name.i + 1].text
    return None
