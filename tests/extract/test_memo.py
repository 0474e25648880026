"""Per-document memories: words found through the document's arrays of hashes."""

from kg.extract.memo import WordHashes, word_hashes, word_table


def test_words_spacy_keeps_as_fixed_symbols_are_found_in_the_word_table(nlp):
    doc = nlp.make_doc("They will mark the day _ with a number of events")
    rows = WordHashes(["mark", "number", "_"]).rows(word_table(doc))
    assert [doc[i].text for i in rows] == ["mark", "_", "number"]


def test_word_hashes_hold_the_lower_case_form_of_a_fixed_symbol(nlp):
    doc = nlp.make_doc("Root causes")
    assert word_table(doc)[0, 1] in word_hashes(["root"])
