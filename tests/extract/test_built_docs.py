"""Readers on Docs built by hand from words, heads and dependency labels (as spaCy's own tests build them), so
that these tests pin kg's logic rather than the model's parse."""

from spacy.tokens import Doc

from kg.extract import extract_doc
from kg.model import Article


def built(nlp, words, heads, deps, pos, lemmas, ents=None):
    """A parsed Doc; `heads` are absolute token indices, a root is its own head."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents or ["O"] * len(words))


def events_of(doc, published="2025-03-10"):
    result = extract_doc(doc, Article(id="built", text=doc.text, published=published))
    return [(e.type, e.source.country, e.target.country if e.target else None, e.rule) for e in result.events]


def test_a_country_visited_is_the_target_of_the_visit_verb(nlp):
    doc = built(
        nlp,
        ["Russia", "visited", "China", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        ["Russia", "visit", "China", "."],
        ["B-GPE", "O", "B-GPE", "O"],
    )
    assert events_of(doc) == [("visit", "RUS", "CHN", "visit.verb")]


def test_the_subject_of_a_passive_welcome_is_the_visitor(nlp):
    doc = built(
        nlp,
        ["Brazil", "was", "welcomed", "by", "China", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        ["Brazil", "be", "welcome", "by", "China", "."],
        ["B-GPE", "O", "O", "O", "B-GPE", "O"],
    )
    assert events_of(doc) == [("visit", "BRA", "CHN", "host.verb.passive")]


def test_lashing_out_at_a_country_condemns_it_and_hitting_it_does_not(nlp):
    lashed = built(
        nlp,
        ["China", "lashed", "out", "at", "Japan", "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "prt", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"],
        ["China", "lash", "out", "at", "Japan", "."],
        ["B-GPE", "O", "O", "O", "B-GPE", "O"],
    )
    assert events_of(lashed) == [("condemnation", "CHN", "JPN", "lash_out.verb")]
    hit = built(
        nlp,
        ["China", "hit", "Japan", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        ["China", "hit", "Japan", "."],
        ["B-GPE", "O", "B-GPE", "O"],
    )
    assert events_of(hit) == []


def test_a_cease_fire_reached_by_two_conjoined_countries_is_an_agreement(nlp):
    words = ["Israel", "and", "Egypt", "reached", "a", "cease", "fire", "."]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "compound", "dobj", "punct"]
    doc = built(
        nlp,
        words,
        [3, 0, 0, 3, 6, 6, 3, 3],
        deps,
        ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
        ["Israel", "and", "Egypt", "reach", "a", "cease", "fire", "."],
        ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"],
    )
    assert events_of(doc) == [("cooperation", "ISR", "EGY", "agreement.noun.conjoined")]


def test_fire_without_cease_is_no_agreement(nlp):
    doc = built(
        nlp,
        ["Israel", "and", "Egypt", "reached", "a", "fire", "."],
        [3, 0, 0, 3, 5, 3, 3],
        ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        ["Israel", "and", "Egypt", "reach", "a", "fire", "."],
        ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"],
    )
    assert events_of(doc) == []


def test_sending_a_delegation_is_a_visit_and_sending_goods_is_not(nlp):
    words = ["Japan", "sent", "a", "delegation", "to", "Vietnam", "."]
    deps = ["nsubj", "ROOT", "det", "dobj", "dative", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"]
    delegation = built(
        nlp, words, [1, 1, 3, 1, 1, 4, 1], deps, pos, ["Japan", "send", "a", "delegation", "to", "Vietnam", "."], ents
    )
    assert events_of(delegation) == [("visit", "JPN", "VNM", "send_envoy.verb")]
    aid = built(
        nlp,
        ["Japan", "sent", "a", "shipment", "to", "Vietnam", "."],
        [1, 1, 3, 1, 1, 4, 1],
        deps,
        pos,
        ["Japan", "send", "a", "shipment", "to", "Vietnam", "."],
        ents,
    )
    assert events_of(aid) == []  # aid delivered is no cooperation event (aid promised is)
