"""Extract actors and events from a parsed article: the readers of kg/extract/readers/ find frames, each frame
gives events (from_frames.py), and the passes of passes.py mend them across sentences."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..gazetteer import Gazetteer, load_gazetteer
from ..lexicon import Lexicon, load_lexicon
from ..model import Actor, Article, DocumentResult, Event
from ..read.text import boilerplate_spans
from . import dates, memo, passes
from .dateline import dateline_day
from .from_frames import events_of
from .mentions import find_mentions
from .readers import find_frames
from .readers.frames import Context, check_readers, trigger_candidates
from .roles import Resolver


def extract_doc(doc, article: Article, known_people: bool = True) -> DocumentResult:
    """Actors and events of one article from its spaCy Doc (the "kg_events" component calls this; it is
    also the way to run the extractor on a Doc parsed without it). known_people=False reads the text without
    data/gazetteer/people.csv."""
    gazetteer, lexicon = load_gazetteer(known_people), checked_lexicon()
    memo.forget()  # what the parse gave for another document (or this one before a change)
    found = find_mentions(doc, gazetteer, lexicon)
    ctx = Context(Resolver(doc, found, gazetteer, lexicon), lexicon)
    published = _day_written(dates.parse_published(article.published), doc, gazetteer, found.line)
    context = passes.ArticleContext(published, ctx.resolver)
    events: list[Event] = []
    dates_of = _dates_by_sentence(doc)
    candidates = trigger_candidates(doc, lexicon)
    anchor = None  # the last day the text named, which "a day earlier" counts from
    boilerplate = boilerplate_spans(doc.text)
    told: list[tuple] = []  # the sentences since `anchor` was read, with a day or an event: read when a frame needs it
    for sent in memo.sentences(doc):
        if boilerplate and any(start <= sent.start_char < end for start, end in boilerplate):
            continue  # "Related:" headlines of other stories, a copyright notice
        sentence_events = []
        date_ents = dates_of.get(sent.start, [])
        for frame in find_frames(sent, ctx, candidates):
            if told:
                anchor = _anchor(told, published) or anchor
            sentence_events += events_of(frame, sent, date_ents, found, ctx, published, anchor)
        if sentence_events:  # the sentence passes give nothing of nothing
            events += passes.run(passes.SENTENCE_PASSES, sentence_events, context)
        if sentence_events or date_ents:
            told.append((sentence_events, date_ents))
    events = passes.run(passes.DOCUMENT_PASSES, events, context)
    return DocumentResult(article=article, events=events, entities=_entities(found, gazetteer))


FILED_BEFORE_DAYS = 3  # a dateline's day this many days or fewer before publication is the day the copy was filed


def _day_written(published: date | None, doc, gazetteer: Gazetteer, line: tuple) -> date | None:
    """The day the text's "today" and "on Tuesday" count from: the day of publication, or the dateline's day when
    the copy was filed a day or so before it ("BEIJING, June 9 (Agency) -- X met here today with Y", published on
    June 10: the meeting was on June 9); without a publication date, the dateline's day."""
    filed = dateline_day(doc, gazetteer, published, line=line) if line[0] is not None else None
    if published is None or (filed is not None and 0 < (published - filed).days <= FILED_BEFORE_DAYS):
        return filed
    return published


@lru_cache(maxsize=1)
def checked_lexicon() -> Lexicon:
    """The word lists, once checked against the readers: a frame with no reader or a rule id missing from
    rules.csv stops the extractor when it loads, not silently on some article."""
    lexicon = load_lexicon()
    check_readers(lexicon)
    return lexicon


def _anchor(told: list[tuple], published) -> date | None:
    """The day of the last of the sentences told that names one (see _last_day), and the list emptied: the
    passes over a sentence's events change neither their dates nor their modality."""
    day = next((d for d in (_last_day(e, ents, published) for e, ents in reversed(told)) if d), None)
    told.clear()
    return day


def _last_day(sentence_events: list[Event], date_ents: list, published) -> date | None:
    """The day a sentence is about, which "the same day" in the next one counts from: that of its first event
    dated to the day (the main clause comes first: "On April 9 X held talks with Y, who arrived on Monday"), else
    of its first DATE entity that names one (read as past); none after publication."""
    days = [e.date for e in sentence_events if e.date and len(e.date) == 10 and e.modality == "asserted"]
    if not days:
        days = [d for d in (dates.resolve(e.text, published) for e in date_ents) if d and len(d) == 10]
    days = [d for d in days if published is None or d <= published.isoformat()]
    return date.fromisoformat(days[0]) if days else None


def _dates_by_sentence(doc) -> dict[int, list]:
    """DATE entities by the start of their sentence, read once: `Span.ents` scans the whole document. A TIME
    entity that names a day ("on Sunday afternoon", "tonight") counts as one."""
    by_start: dict[int, list] = {}
    for ent in memo.entities(doc):
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and dates.names_a_day(ent.text)):
            by_start.setdefault(memo.sentence_start(doc, ent.start), []).append(ent)
    return by_start


def _entities(found, gazetteer: Gazetteer) -> list[Actor]:
    out: dict[tuple, Actor] = {}
    for mention in found.mentions:
        actor = mention.actor
        if actor is None and mention.kind == "demonym" and mention.code:
            actor = Actor(gazetteer.country_name(mention.code), "country", mention.code)
        if actor is None:
            continue
        out.setdefault((actor.kind, actor.name), actor)
    return list(out.values())
