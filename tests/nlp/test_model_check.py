"""kg refuses a spaCy model whose meta is not en_core_web_sm 3.8.0, and says which model it found."""

import pytest
import spacy

from kg.nlp import ModelMismatch, check_model


def test_the_installed_model_passes(nlp):
    check_model(nlp)
    assert nlp.meta["version"] == "3.8.0"


def test_a_blank_pipeline_is_refused():
    with pytest.raises(ModelMismatch, match=r"found is en_pipeline 0\.0\.0, not en_core_web_sm 3\.8\.0"):
        check_model(spacy.blank("en"))


@pytest.mark.parametrize("field, value", [("version", "3.7.1"), ("name", "core_web_trf"), ("lang", "de")])
def test_another_name_version_or_language_is_refused(field, value):
    other = spacy.blank("en")
    other.meta.update({"lang": "en", "name": "core_web_sm", "version": "3.8.0"})
    check_model(other)
    other.meta[field] = value
    with pytest.raises(ModelMismatch, match="requirements/model.txt"):
        check_model(other)
