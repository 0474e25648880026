"""What a function of one token of the parse gives, remembered for the document the token is in.

The readers ask the same questions of the same words many times ("what is the subject of this verb?", "which words
govern this trigger?"): a function of the parse alone may remember its answers for the document at hand, and
forget them when a token of another document comes (or `forget()` is called, as each extraction starts).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.tokens import Token

T = TypeVar("T")
_MEMORIES: list[dict] = []  # one per remembering function, emptied together
_DOC: list = [None]  # the document they remember answers about


def forget() -> None:
    """Empty every memory (a document may be changed, and another may take its place)."""
    _DOC[0] = None
    for memory in _MEMORIES:
        memory.clear()


def per_token(func: Callable[..., T]) -> Callable[..., T]:
    """`func(token, *args)`, read once per token and arguments of one document. A list in the answer (the answer
    itself, or an item of a tuple) comes back as a new list each time, so that a caller may change it."""
    memory: dict = {}
    _MEMORIES.append(memory)

    @wraps(func)
    def remembered(token, *args, **kwargs):
        if kwargs:
            return func(token, *args, **kwargs)
        if _DOC[0] is not token.doc:
            forget()
            _DOC[0] = token.doc
        key = (token.i, *args)
        if key not in memory:
            memory[key] = func(token, *args)
        return _copied(memory[key])

    return remembered


def _copied(answer):
    kind = type(answer)
    if kind is list:
        return answer[:]
    if kind is tuple:
        return tuple([item[:] if type(item) is list else item for item in answer])
    return answer


_KIDS: dict = {}  # token index -> its children, of the document in _DOC
_MEMORIES.append(_KIDS)


def kids(token) -> tuple:
    """`token.children` as a tuple, made once per token of a document: the parse's children are Token objects
    made anew at each reading."""
    if _DOC[0] is not token.doc:
        forget()
        _DOC[0] = token.doc
    i = token.i
    found = _KIDS.get(i)
    if found is None:
        found = _KIDS[i] = tuple(token.children)
    return found


def per_doc(func: Callable[..., T]) -> Callable[..., T]:
    """`func(doc, *args)`, read once per document and arguments (the same objects); a list comes back new each
    time (a tuple as it is)."""
    memory: dict = {}
    _MEMORIES.append(memory)

    @wraps(func)
    def remembered(doc, *args):
        if _DOC[0] is not doc:
            forget()
            _DOC[0] = doc
        key = tuple(map(id, args))
        known = memory.get(key)
        if known is None or any(a is not b for a, b in zip(known[0], args)):
            known = memory[key] = (args, func(doc, *args))
        return known[1][:] if type(known[1]) is list else known[1]

    return remembered


@per_doc
def entities(doc) -> tuple:
    """`doc.ents`, which makes a Span of each entity at each reading."""
    return doc.ents


_SENTS: list = []  # the sentences of the document in _DOC, and their starts
_MEMORIES.append(_SENTS)  # type: ignore[arg-type]


def sent_of(token):
    """`token.sent`, which walks to the ends of the sentence at each reading: found among the document's
    sentences, read once. A span is asked for its own `sent`."""
    if type(token) is not Token:
        return token.sent
    if _DOC[0] is not token.doc:
        forget()
        _DOC[0] = token.doc
    if not _SENTS:
        sents = list(token.doc.sents)
        _SENTS[:] = [sents, [s.start for s in sents]]
    sents, starts = _SENTS
    return sents[bisect_right(starts, token.i) - 1]
