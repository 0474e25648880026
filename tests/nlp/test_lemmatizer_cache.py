"""The cached lemmatizer gives every token the lemma spaCy's own rule lemmatizer gives."""

import json
import sys
from pathlib import Path

import spacy

from kg.nlp import MODEL_PACKAGES, cached_lemmatizer_class, use_cached_lemmatizer
from kg.resources import DATA

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
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


def test_the_index_answers_as_its_list_and_saves_as_it():
    import pickle

    from kg.nlp import WordList

    plain = spacy.load(MODEL_PACKAGES[0])
    cached = spacy.load(MODEL_PACKAGES[0])
    use_cached_lemmatizer(cached)
    index = cached.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(type(words) is WordList for words in index.values())
    assert cached.get_pipe("lemmatizer").to_bytes() == plain.get_pipe("lemmatizer").to_bytes()
    words = WordList(["meet", "talk", "summit"])
    assert "talk" in words and "talks" not in words and [] not in words and list(words) == ["meet", "talk", "summit"]
    again = pickle.loads(pickle.dumps(words))
    assert type(again) is WordList and again == words and "summit" in again and "summits" not in again
