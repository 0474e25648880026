"""Loading the model over a blank tokenizer gives the tokenizer spacy.load gives, setting for setting."""

import spacy

from kg.nlp import MODEL_PACKAGES, MODEL_TOKENIZER, _register_blank_tokenizer


def test_blank_tokenizer_loads_as_the_models_own():
    plain = spacy.load(MODEL_PACKAGES[0])
    blank = spacy.load(MODEL_PACKAGES[0], config={"nlp": {"tokenizer": {"@tokenizers": _register_blank_tokenizer()}}})
    assert blank.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    assert plain.config["nlp"]["tokenizer"] == MODEL_TOKENIZER
    text = "Mr. Smith's U.K.-based firm can't pay $5.5m by 3pm; e-mail info@example.com or see https://example.com/x."
    assert [t.text for t in blank(text)] == [t.text for t in plain(text)]
    assert [(t.pos_, t.dep_, t.ent_type_) for t in blank(text)] == [(t.pos_, t.dep_, t.ent_type_) for t in plain(text)]
