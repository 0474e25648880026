"""The gazetteer's entity ruler, built in bulk, tokenizes and matches exactly as spaCy's EntityRuler does."""

import spacy
from spacy.vocab import Vocab

from kg.gazetteer import load_gazetteer
from kg.nlp import MODEL_PACKAGES, _case_forms, cached_phrase_orths, gazetteer_ruler_class, phrase_orths

TRICKY = [
    "U.S.",
    "Côte d'Ivoire",
    "Guinea-Bissau",
    "gonna",
    "St. Kitts and Nevis",
    "  padded ",
    "two\nlines",
    "",
    "Al-Shabaab (al-Qaeda)",
    "the U.N.'s",
    "Bosnia & Herzegovina",
    "5G",
    "Xi Jinping",
]


def gazetteer_texts():
    gazetteer = load_gazetteer()
    texts = [form for place in gazetteer.places.values() for form in _case_forms(place.text)]
    texts += [form for alias in gazetteer.org_aliases() for form in _case_forms(alias)]
    return texts + list(gazetteer.people)


def test_bulk_tokenization_equals_one_doc_per_pattern(nlp):
    texts = TRICKY + gazetteer_texts()
    assert phrase_orths(nlp.tokenizer, texts, Vocab()) == [[t.orth for t in nlp.make_doc(text)] for text in texts]


def test_kg_pipeline_uses_the_bulk_ruler(nlp):
    assert isinstance(nlp.get_pipe("gazetteer"), gazetteer_ruler_class())


def test_the_model_vocabulary_gets_no_pattern_words(nlp):
    fresh = spacy.load(MODEL_PACKAGES[0])
    size = len(fresh.vocab)
    phrase_orths(fresh.tokenizer, gazetteer_texts(), Vocab())
    assert len(fresh.vocab) == size


def test_bulk_ruler_finds_the_entities_and_ids_of_spacys_ruler(nlp):
    patterns = [
        {"label": "GPE", "pattern": "U.S.", "id": "place|USA|name"},
        {"label": "GPE", "pattern": "United States", "id": "place|USA|name"},
        {"label": "ORG", "pattern": "United Nations Security Council", "id": "org|UNSC"},
        {"label": "ORG", "pattern": "United Nations", "id": "org|UN"},
        {"label": "PERSON", "pattern": "Xi Jinping"},
        {"label": "GPE", "pattern": "Guinea-Bissau", "id": "place|GNB|name"},
    ]
    text = (
        "The United Nations Security Council met as the U.S. and the United Nations said Xi Jinping would "
        "visit Guinea-Bissau."
    )
    found = {}
    for kind in ("entity_ruler", "bulk"):
        pipeline = spacy.blank("en")
        if kind == "bulk":
            ruler = gazetteer_ruler_class()(pipeline, "entity_ruler", phrase_matcher_attr="ORTH", overwrite_ents=True)
            ruler.add_patterns(patterns)
            doc = ruler(pipeline.make_doc(text))
        else:
            ruler = pipeline.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
            ruler.add_patterns(patterns)
            doc = pipeline(text)
        found[kind] = [(e.text, e.label_, e.ent_id_, e.start, e.end) for e in doc.ents]
        assert sorted(p["pattern"] for p in ruler.patterns) == sorted(p["pattern"] for p in patterns)
    assert found["bulk"] == found["entity_ruler"]
    assert ("United Nations Security Council", "ORG", "org|UNSC", 1, 5) in found["bulk"]


def test_cached_tokenization_is_the_computed_one_and_survives_a_bad_file(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BACKEND_CACHE", str(tmp_path / "backend.json"))
    texts = TRICKY + gazetteer_texts()[:500]
    expected = phrase_orths(nlp.tokenizer, texts, Vocab())
    assert cached_phrase_orths(nlp.tokenizer, texts, Vocab()) == expected
    [stored] = tmp_path.glob("phrases-*.npz")
    assert cached_phrase_orths(nlp.tokenizer, texts, Vocab()) == expected
    stored.write_bytes(b"not a numpy file")
    assert cached_phrase_orths(nlp.tokenizer, texts, Vocab()) == expected
    assert cached_phrase_orths(nlp.tokenizer, texts[:-1], Vocab()) == expected[:-1]
    assert len(list(tmp_path.glob("phrases-*.npz"))) == 2
