"""The cached attribute ruler gives every token the POS, MORPH, LEMMA, TAG and DEP that spaCy's own ruler gives."""

import json
import sys
from pathlib import Path

import pytest
import spacy

from kg.nlp import MODEL_PACKAGES, cached_attribute_ruler_class, use_cached_attribute_ruler
from kg.resources import DATA

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import corpus  # noqa: E402

# Sentences for the rules of two tokens ("gon na", "ai n't", "let 's", "y' all", "there is") and the space rules.
RARE_RULES = [
    "They were gonna meet in Paris, but it ain't over, and let's say y'all got ta wait.",
    "C'mon, there is nothin' to say; there were talks and there's a deal.\n\nIt  was  done.",
    "I told you it was me: I did it, and you gave it to me, but did he have it?",
    "Gotta go. Gonna sign. Ain't it so? Let's go, y'all!\n \n",
]


@pytest.fixture(scope="module")
def texts():
    samples = [json.loads(line)["text"] for line in (DATA / "samples" / "articles.jsonl").open(encoding="utf-8")]
    generated = [record["text"] for record in corpus.generate(150, seed=7)]  # some 700 sentences in all
    return RARE_RULES + samples + generated


def annotations(docs):
    return [[(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc] for doc in docs]


def test_kg_pipeline_uses_the_cached_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), cached_attribute_ruler_class())


def test_cached_ruler_annotates_like_spacys_ruler(texts):
    plain = spacy.load(MODEL_PACKAGES[0])
    cached = spacy.load(MODEL_PACKAGES[0])
    patterns = cached.get_pipe("attribute_ruler").patterns
    use_cached_attribute_ruler(cached)
    ruler = cached.get_pipe("attribute_ruler")
    assert isinstance(ruler, cached_attribute_ruler_class())
    assert ruler.patterns == patterns
    expected = annotations(plain.pipe(texts))
    assert annotations(cached.pipe(texts)) == expected  # the cache filled
    assert annotations(cached.pipe(texts)) == expected  # the cache used
    assert len(ruler._effects) > 0
    two_token = [row for doc in expected[: len(RARE_RULES)] for row in doc if row[0].lower() in ("gon", "ai", "na")]
    assert ("gon", "VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part", "go", "VBG") in [r[:5] for r in two_token]


def test_longer_patterns_are_found_where_they_can_start_as_on_the_whole_doc(texts):
    from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

    pipeline = spacy.load(MODEL_PACKAGES[0])
    use_cached_attribute_ruler(pipeline)
    ruler = pipeline.get_pipe("attribute_ruler")
    _, longer = ruler._split_matchers()
    assert ruler._starts is not None  # the model's patterns of several tokens have tests for their first token
    assert [m.validate for m in ruler._split_matchers()] == [ruler.validate] * 2  # the model's setting: False
    with pipeline.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(pipeline.pipe(texts))
    found = 0
    for doc in docs:
        kinds = doc.to_array([TAG, LOWER, DEP, IS_SPACE, POS, MORPH, LEMMA])
        expected = sorted(set(ruler._numbered(longer(doc, allow_missing=True))))
        assert ruler._longer_matches(longer, doc, kinds) == expected
        found += len(expected)
    assert found >= 10
