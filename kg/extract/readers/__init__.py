"""Events from trigger words: who did what to whom, read from the dependency parse.

Each trigger of data/lexicon/triggers.csv names a frame that says where its parties are:
"A visited B", "A arrived in B", "A hosted B" (B is the visitor), "A met B", "A and B held talks",
"A condemned B's strike", "A was condemned by B", "A signed an agreement with B", "A is ready to expand
cooperation with B". A reader registers for its frame with `@reader(frame, *rule_ids)`; each Frame it returns
carries one of those rule ids (data/lexicon/rules.csv), which the events made of it keep as their `rule`.

frames.py holds the machinery (Frame, Context, the registry, the trigger lookup); parties.py the party-finding
shared by several families; visits.py, meetings.py, condemnations.py and cooperation.py the readers of each
family; fallback.py the meeting read when no reader could; find_frames, here, runs them over a sentence.
"""

from __future__ import annotations

import bisect

from .fallback import _fallback
from .frames import READERS, Context, Frame, _triggers_of

# Each family registers its readers on import; this order is the registry's order (fallback's rule first).
# isort: off
from . import fallback, visits, meetings, condemnations, cooperation  # noqa: F401
# isort: on


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
