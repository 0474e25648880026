"""What a function of one token of the parse gives, remembered for the document the token is in.

The readers ask the same questions of the same words many times ("what is the subject of this verb?", "which words
govern this trigger?"): a function of the parse alone may remember its answers for the document at hand, and
forget them when a token of another document comes (or `forget()` is called, as each extraction starts). Each
thread remembers for its own document, so that two threads extracting at once do not read each other's answers.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TypeVar

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, SPACY
from spacy.strings import hash_string
from spacy.symbols import IDS
from spacy.tokens import Token

T = TypeVar("T")


class _Memory:
    """The document a thread remembers answers about, and the answers: by function, the children and the sentences
    of its tokens."""

    def __init__(self, doc=None) -> None:
        self.doc = doc
        self.answers: dict = {}  # remembering function -> its answers by arguments
        self.kids: dict = {}  # token index -> its children
        self.sents: list = []  # the document's sentences, and their starts


class _Local(threading.local):
    def __init__(self) -> None:
        self.memory = _Memory()


_LOCAL = _Local()


def forget() -> None:
    """Empty this thread's memory (a document may be changed, and another may take its place)."""
    _LOCAL.memory = _Memory()


def _about(doc) -> _Memory:
    memory = _LOCAL.memory = _Memory(doc)
    return memory


def _answers(doc, func) -> dict:
    """This thread's answers of `func` about `doc` (an empty memory when `doc` is another document)."""
    memory = _LOCAL.memory
    if memory.doc is not doc:
        memory = _about(doc)
    answers = memory.answers.get(func)
    if answers is None:
        answers = memory.answers[func] = {}
    return answers


def per_token(func: Callable[..., T]) -> Callable[..., T]:
    """`func(token, *args)`, read once per token and arguments of one document. A list in the answer (the answer
    itself, or an item of a tuple) comes back as a new list each time, so that a caller may change it."""

    @wraps(func)
    def remembered(token, *args, **kwargs):
        if kwargs:
            return func(token, *args, **kwargs)
        answers = _answers(token.doc, remembered)
        key = (token.i, *args) if args else token.i  # an int alone never equals a tuple
        answer = answers.get(key, _UNKNOWN)
        if answer is _UNKNOWN:
            answer = answers[key] = func(token, *args)
        kind = type(answer)
        if kind is list:
            return answer[:]
        return _copied(answer) if kind is tuple else answer

    return remembered


_UNKNOWN = object()  # no answer yet (None may be one)


def _copied(answer):
    kind = type(answer)
    if kind is list:
        return answer[:]
    if kind is tuple:
        return tuple([item[:] if type(item) is list else item for item in answer])
    return answer


def kids(token) -> tuple:
    """`token.children` as a tuple, made once per token of a document: the parse's children are Token objects
    made anew at each reading."""
    memory = _LOCAL.memory
    if memory.doc is not token.doc:
        memory = _about(token.doc)
    i = token.i
    found = memory.kids.get(i)
    if found is None:
        found = memory.kids[i] = tuple(token.children)
    return found


def span_root(doc, start: int, end: int):
    """`doc[start:end].root`, found once per span of a document: a Span, and the walk to its root, are made anew
    at each reading."""
    roots = _answers(doc, span_root)
    key = (start, end)
    root = roots.get(key)
    if root is None:
        root = roots[key] = doc[start:end].root
    return root


def sent_of(token):
    """`token.sent`, which walks to the ends of the sentence at each reading: found among the document's
    sentences, read once. A span is asked for its own `sent`."""
    if type(token) is not Token:
        return token.sent
    sents, starts = _sentences(token.doc)
    return sents[bisect_right(starts, token.i) - 1]


def sentence_start(doc, i: int) -> int:
    """The start of the sentence of token i (that of `span.sent` for a span starting at i), without making a Span."""
    starts = _sentences(doc)[1]
    return starts[bisect_right(starts, i) - 1]


def sentences(doc) -> list:
    """`list(doc.sents)`, read once per document (a new list each time)."""
    return _sentences(doc)[0][:]


def _sentences(doc) -> list:
    """The document's sentences and their starts, read once."""
    memory = _LOCAL.memory
    if memory.doc is not doc:
        memory = _about(doc)
    if not memory.sents:
        sents = list(doc.sents)
        memory.sents = [sents, [s.start for s in sents]]
    return memory.sents


def per_doc(func: Callable[..., T]) -> Callable[..., T]:
    """`func(doc, *args)`, read once per document and arguments (the same objects); a list comes back new each
    time (a tuple as it is)."""

    @wraps(func)
    def remembered(doc, *args):
        answers = _answers(doc, remembered)
        key = tuple(map(id, args))
        known = answers.get(key)
        if known is not None:
            for earlier, arg in zip(known[0], args):
                if earlier is not arg:  # another object, made where one now gone was
                    known = None
                    break
        if known is None:
            known = answers[key] = (args, func(doc, *args))
        return known[1][:] if type(known[1]) is list else known[1]

    return remembered


@per_doc
def entities(doc) -> tuple:
    """`doc.ents`, which makes a Span of each entity at each reading."""
    return doc.ents


@per_doc
def word_table(doc):
    """`doc.to_array([LEMMA, LOWER])`: the hashes of every token's lemma and lower-case form, read once (the trigger
    lookup and the passes look words up in it rather than in a Python object per token). Not to be changed."""
    return doc.to_array([LEMMA, LOWER])


@per_doc
def doc_hashes(doc) -> frozenset:
    """The hashes of every lemma and lower-case form of the document, read once from its word table: a word list
    none of whose words (see `word_hashes`) is among them need not be looked for word by word."""
    return frozenset(word_table(doc).ravel().tolist())


def string_key(word: str) -> int:
    """The number a document's arrays hold for a string: its hash, except for the few strings spaCy gives a fixed
    symbol ("_", and dependency labels that are English words too: "mark", "number", "agent", "root")."""
    return IDS.get(word) or hash_string(word)


def word_hashes(words: Iterable[str]) -> frozenset:
    """The hashes of some lower-case words as a lemma or a lower-case form may hold them: `lemma_.lower()` is one
    of the words when the lemma is the word capitalised or in capitals."""
    return frozenset(
        string_key(form) for word in words for form in (word, word.capitalize(), word.title(), word.upper())
    )


@per_doc
def _form_table(doc):
    """`doc.to_array([ORTH, SPACY])`: each token's form (its hash) and whether a space follows it, read once."""
    return doc.to_array([ORTH, SPACY])


_FORMS: dict[int, str] = {}  # hash of a word form -> the form


def span_text(span) -> str:
    """`span.text`, joined from the document's array of word forms: `Span.text` makes a Token of each word and
    asks it for its text, which costs more than the joining."""
    rows = _form_table(span.doc)[span.start : span.end].tolist()
    if not rows:
        return ""
    if len(_FORMS) > 500_000:
        _FORMS.clear()
    strings = span.doc.vocab.strings
    parts = []
    for form, space in rows:
        text = _FORMS.get(form)
        if text is None:
            text = _FORMS[form] = strings[form]
        parts.append(text + " " if space else text)
    if rows[-1][1]:  # as Span.text, without the space after the last word
        parts[-1] = parts[-1][:-1]
    return "".join(parts)


class WordHashes:
    """The hashes of some words, to find the rows of `word_table` (a token each) that hold one with a few array
    operations for the whole document: a bit per hash, modulo the size of a table (32 bits a word), sifts the rows, and a set
    confirms the few left. (numpy's isin and searchsorted cost more on the short arrays of a news article.)"""

    def __init__(self, words: Iterable[str]) -> None:
        hashes = sorted({string_key(word) for word in words})
        self.hashes = frozenset(hashes)
        self.size = numpy.uint64(32 * len(hashes) + 1)  # few false hits for the set to weed out
        self.bits = numpy.zeros(int(self.size), dtype=bool)
        self.bits[numpy.array(hashes, dtype=numpy.uint64) % self.size] = True

    def rows(self, table: numpy.ndarray) -> list[int]:
        """The rows of `table` (2-D, of hashes) with a value among these words, in order, each once."""
        width = table.shape[1]
        flat = table.ravel()
        at = self.bits[flat % self.size].nonzero()[0]  # numpy.flatnonzero, without its wrappers
        hashes = self.hashes
        rows: list[int] = []
        for i, value in zip((at // width).tolist(), flat[at].tolist()):
            if value in hashes and (not rows or rows[-1] != i):
                rows.append(i)
        return rows
