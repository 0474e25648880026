"""The fallback of a sentence whose meeting words no reader could read: parties of two countries in the usual
places of its clause are a meeting of them."""

from __future__ import annotations

from ...lexicon import Trigger
from ..memo import kids
from ..roles import prep_objects, subject_tokens
from .frames import RULES, Context, Frame, _triggers_of
from .parties import CONTESTS, _third_party_of, _unique_actors

RULES["fallback.meeting"] = "fallback"


OBJECT_FRAMES = ("exchange_views",)  # frames whose word tells talks only with its object: "exchanged views"
ADDED_PARTY_FRAMES = ("joined_by", "attend_talks")  # one more party at talks told before: no talks of their own


def _fallback(tokens, ctx: Context) -> list[Frame]:
    """A sentence whose meeting words no reader could read: the first whose clause names parties of two countries
    in the usual places (its subject; its object, or after "with", "to", "between") is a meeting of them."""
    for token in tokens:
        for trigger in _triggers_of(token, ctx.lexicon):
            if trigger.frame in ADDED_PARTY_FRAMES:
                continue  # "joined B in the union", "attended a ceremony": no meeting unless their reader read one
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
    if _third_party_of(token):
        return None  # "A and B, the mediators in the talks, urged ...": no talks among the mediators
    clause = token
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ in ("dobj", "nsubjpass", "attr")
        and token.head.pos_ in ("VERB", "AUX")
    ):
        clause = token.head  # "A held a meeting with B", "an audience with B was granted to A"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in kids(token)):
        return None  # "sees B as a partner": a view of B, not a meeting
    heads, _ = subject_tokens(clause)
    subjects = _unique_actors([a for head in heads for a in resolver.actors_of(head)])
    words = {token, clause}
    others = [c for word in words for c in kids(word) if c.dep_ == "dobj" and c.i != token.i]
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
