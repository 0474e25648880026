"""Transcripts and speeches: "I" is the speaker of the label or the signature, "we" the speaker's country
(texts written for these tests)."""

from helpers import triples

TRANSCRIPT = (
    "FOREIGN MINISTER LINDQVIST (Sweden): Good morning. Yesterday I met my Estonian colleague, Minister "
    "Tamm, in Tallinn.\nQUESTION: Will you go to Riga?\nLINDQVIST: Yes, I will travel to Riga in May."
)
SPEECH = (
    "Colleagues, last month I had the honour of visiting Castries, where Prime Minister Joseph Pierre and I "
    "agreed to open a trade office.\n\n- Address by the Foreign Minister of Grenada, Annette Charles, to the "
    "regional council"
)


def test_i_of_a_speaker_label_is_that_speaker_with_the_country_in_the_label(extract):
    r = extract(TRANSCRIPT, "2025-03-14")
    assert ("meeting", "SWE", "EST") in triples(r)
    visit = next(e for e in r["events"] if e["type"] == "visit")
    assert (visit["source"]["name"], visit["target"]["country"], visit["modality"]) == ("Lindqvist", "LVA", "planned")


def test_a_question_label_is_no_speaker(extract):
    r = extract("QUESTION: Did you meet the Estonian minister?\nMINISTER: No.", "2025-03-14")
    assert triples(r, "meeting") == []


def test_i_of_a_speech_is_the_one_its_signature_line_names(extract):
    r = extract(SPEECH, "2025-03-14")
    assert ("visit", "GRD", "LCA") in triples(r)
    assert {frozenset((s, t)) for _, s, t in triples(r, "cooperation")} == {frozenset(("GRD", "LCA"))}
