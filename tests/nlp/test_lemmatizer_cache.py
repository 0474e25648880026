"""The cached lemmatizer gives every token the lemma spaCy's own rule lemmatizer gives."""

import json
import sys

import spacy

from kg.nlp import MODEL_PACKAGES, cached_lemmatizer_class, use_cached_lemmatizer
from kg.resources import DATA

sys.path.insert(0, str(DATA.parent / "benchmarks"))
import corpus  # noqa: E402


def test_cached_lemmatizer_lemmatizes_like_spacys():
    texts = [json.loads(line)["text"] for line in (DATA / "samples" / "articles.jsonl").open(encoding="utf-8")]
    texts += [record["text"] for record in corpus.generate(100, seed=11)]
    texts += ["She was gonna meet them; they'd met, were meeting and will meet again.", "", "\n\n"]
    plain = spacy.load(MODEL_PACKAGES[0])
    cached = spacy.load(MODEL_PACKAGES[0])
    use_cached_lemmatizer(cached)
    lemmatizer = cached.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, cached_lemmatizer_class(type(plain.get_pipe("lemmatizer"))))
    expected = [[(t.text, t.lemma_) for t in doc] for doc in plain.pipe(texts)]
    for _ in range(2):  # the cache filled, then used
        assert [[(t.text, t.lemma_) for t in doc] for doc in cached.pipe(texts)] == expected
    assert len(lemmatizer._kg_lemmas) > 100
