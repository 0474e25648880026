"""The extractor as the spaCy component "kg_events": it sets `doc._.events` and `doc._.actors`.

The article a Doc comes from (its publication date above all, which dates "on Monday") reaches the component
through the Doc: `doc._.article`, set by `kg.nlp.make_doc`, or the context of `nlp.pipe(..., as_tuples=True)`
when that context is an Article. A Doc with neither is read as an article of unknown date.
"""

# No `from __future__ import annotations` here: spaCy validates a factory's arguments from its annotations, and
# spaCy 3.8.7 cannot resolve postponed ones (field "nlp" ... is still a ForwardRef).
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..model import Article

for _name in ("article", "events", "actors", "kg_error"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@registry.scorers("kg.events_scorer.v1")
def make_events_scorer():
    return score_events


def score_events(examples, **kwargs) -> dict[str, float | None]:
    """Precision, recall and F of events as (type, source name, target name), over the examples whose reference
    Doc carries gold events in `doc._.events`; None where no example has any."""
    found = wanted = right = 0
    for example in examples:
        gold = example.reference._.events
        if gold is None:
            continue
        predicted = {_key(e) for e in example.predicted._.events or []}
        expected = {_key(e) for e in gold}
        found, wanted, right = found + len(predicted), wanted + len(expected), right + len(predicted & expected)
    if not wanted and not found:
        return {"events_p": None, "events_r": None, "events_f": None}
    p = right / found if found else 0.0
    r = right / wanted if wanted else 0.0
    return {"events_p": p, "events_r": r, "events_f": 2 * p * r / (p + r) if p + r else 0.0}


def _key(event) -> tuple:
    return event.type, event.source.name, event.target.name if event.target else None


@Language.factory(
    "kg_events",
    default_config={"known_people": True, "scorer": {"@scorers": "kg.events_scorer.v1"}},
    default_score_weights={"events_f": 1.0, "events_p": 0.0, "events_r": 0.0},
)
def make_events(nlp: Language, name: str, known_people: bool, scorer) -> "EventsComponent":
    from . import checked_lexicon

    checked_lexicon()
    return EventsComponent(known_people, scorer)


class EventsComponent:
    """Runs kg's extraction on each Doc. Called on one Doc it raises as any component does; in `pipe`, a Doc
    whose extraction raises keeps no events and its error in `doc._.kg_error`, so one bad article does not end
    a stream (kg.run.parallel reports it and goes on)."""

    def __init__(self, known_people: bool = True, scorer=score_events):
        self.known_people = known_people
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        from . import extract_doc  # looked up at each call, so a test may patch kg.extract.extract_doc

        extension = doc._  # one for the reads and writes below: `doc._` makes an object anew at each reading
        article = article_of(doc, text=False, extension=extension)  # the component keeps the events and actors
        result = extract_doc(doc, article) if self.known_people else extract_doc(doc, article, known_people=False)
        extension.events, extension.actors = result.events, result.entities
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            try:
                self(doc)
            except Exception as exc:
                doc._.events, doc._.actors, doc._.kg_error = [], [], exc
            yield doc

    def score(self, examples, **kwargs):
        return self.scorer(examples, **kwargs)


def article_of(doc: Doc, text: bool = True, extension=None) -> Article:
    """The article of a Doc: `doc._.article`, else the Article given as `nlp.pipe` context, else one made of
    its text alone (with text=False, of no text: `doc.text` is made anew of every token at each reading).
    `extension`: the Doc's `doc._`, when the caller has it."""
    article = (extension if extension is not None else doc._).article
    if article is not None:
        return article
    context = getattr(doc, "_context", None)
    if isinstance(context, Article):
        return context
    return Article(id="doc", text=doc.text if text else "")
