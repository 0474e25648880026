"""The target of a condemned act is its author as told earlier in the article (sentences written for these tests)."""

from helpers import only


def test_seizure_told_before_is_laid_at_its_doer(extract):
    r = extract(
        "Ecuadorian troops seized three Peruvian fishing boats on Monday. Lima condemned the seizure as piracy."
    )
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("PER", "ECU")


def test_act_told_with_another_verb_of_the_same_kind(extract):
    r = extract(
        "The Colombian army crossed the border and killed a rebel commander at a camp in Ecuador. "
        "Quito denounced the raid as a massacre."
    )
    assert only(r, "condemnation")["target"]["country"] == "COL"


def test_vague_noun_takes_the_act_named_before_with_its_owner(extract):
    r = extract("Western governments condemned Russia's seizure of the island. Later Germany criticised the move.")
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("DEU", "RUS")


def test_author_given_by_a_by_phrase_inside_the_act(extract):
    r = extract("Ghana condemned the expulsion of a fishing trawler from its waters by Togolese patrol boats.")
    assert only(r, "condemnation")["target"]["country"] == "TGO"


def test_strike_that_killed_is_laid_at_the_strike_owner(extract):
    r = extract(
        "A Turkish drone strike killed four fighters near Qamishli on Sunday. "
        "Syria's foreign ministry denounced the killing as a crime."
    )
    assert only(r, "condemnation")["target"]["country"] == "TUR"


def test_pronoun_object_stands_for_the_act_named_before(extract):
    r = extract(
        "Pakistan test-fired a ballistic missile on Friday. Officials in Delhi regretted the test, "
        "while Bangladesh criticised it as reckless."
    )
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("BGD", "PAK")


def test_no_author_told_leaves_no_target(extract):
    r = extract("Kenya's president condemned the bombing of a market in Mogadishu.")
    assert only(r, "condemnation")["target"] is None


def test_firmly_rejecting_an_act_condemns_its_author(extract):
    e = only(extract("Beijing firmly rejects the remarks by the Philippine president."), "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("CHN", "PHL")


def test_plainly_rejecting_a_proposal_condemns_no_one(extract):
    assert [
        e for e in extract("Manila rejected the proposal from Beijing.")["events"] if e["type"] == "condemnation"
    ] == []


def test_deriding_a_leader_condemns_him(extract):
    e = only(
        extract(
            "North Korea's vice foreign minister Choe Son Hui derided U.S. Vice President Mike Pence as a "
            "political dummy."
        ),
        "condemnation",
    )
    assert (e["source"]["country"], e["target"]["country"]) == ("PRK", "USA")


def test_a_coup_by_unnamed_soldiers_is_laid_at_the_country_it_happened_in(extract):
    r = extract(
        "Soldiers seized power in Gabon on Wednesday and detained President Ali Bongo. France condemned the coup."
    )
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("FRA", "GAB")


def test_act_done_with_a_verb_of_doing_and_named_by_a_noun_of_its_kind(extract):
    r = extract("Rwanda launched drone strikes on a camp in Congo on Monday. Kinshasa denounced the bombing.")
    assert only(r, "condemnation")["target"]["country"] == "RWA"


def test_act_named_by_the_ing_form_of_its_verb(extract):
    r = extract("Moroccan patrol boats intercepted a Spanish trawler. Madrid condemned the intercepting of the vessel.")
    assert only(r, "condemnation")["target"]["country"] == "MAR"


def test_vague_noun_stands_for_what_the_sentence_before_tells(extract):
    r = extract("Azerbaijani troops blocked the only road into the valley on Sunday. Armenia denounced the move.")
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("ARM", "AZE")


def test_vague_noun_is_not_laid_at_the_speaker_of_the_sentence_before(extract):
    r = extract(
        "Lebanon's cabinet dissolved the electoral board on Monday. In a statement, the Arab League said it rejected "
        "any unconstitutional change. Egypt criticised the move."
    )
    e = only(r, "condemnation")
    assert e["source"]["country"] == "EGY" and (e["target"] or {}).get("name") != "Arab League"


def test_an_act_the_text_says_was_not_done_has_no_author(extract):
    r = extract(
        "Russia annexed the region after the vote. Spain said it recognised neither the vote nor the annexation. "
        "Portugal criticised the decision."
    )
    targets = {e["source"]["country"]: (e["target"] or {}).get("country") for e in r["events"]}
    assert targets.get("PRT") == "RUS"
