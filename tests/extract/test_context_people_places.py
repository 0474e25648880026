"""People and places given by context: appositions, the sentence before, the dateline (sentences written for
these tests)."""

from helpers import only, triples


def test_title_in_apposition_before_the_name_is_the_role(extract):
    r = extract("The Arab League envoy, Ahmed Ben Hilli, flew into Nouakchott on Saturday.")
    e = only(r, "visit")
    assert e["source"]["name"] == "Ahmed Ben Hilli" and e["target"]["country"] == "MRT"


def test_title_in_apposition_after_the_name_with_an(extract):
    r = extract("Ahmed Ben Hilli, an envoy of the Arab League, arrived in Nouakchott on Saturday.")
    assert only(r, "visit")["source"]["name"] == "Ahmed Ben Hilli"


def test_untagged_name_in_apposition_to_a_title(extract):
    r = extract(
        "The President of Peru, Ana Quispe, and the President of Chile, Tomas Rojas, agreed on Thursday to "
        "reopen the border."
    )
    e = only(r, "cooperation")
    assert {e["source"]["country"], e["target"]["country"]} == {"PER", "CHL"}


def test_official_without_country_serves_the_subject_of_the_sentence_before(extract):
    r = extract("Guyana protested first. Hours later, Foreign Minister Hugh Todd condemned Venezuela's decision.")
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("GUY", "VEN")


def test_official_with_a_demonym_keeps_it(extract):
    r = extract(
        "Guyana protested first. Hours later, Venezuelan Foreign Minister Yvan Gil condemned Guyana's decision."
    )
    assert only(r, "condemnation")["source"]["country"] == "VEN"


def test_flew_in_leads_to_the_dateline(extract):
    r = extract(
        "SINGAPORE — Kim Jong Un flew in on Sunday afternoon and held talks with Prime Minister Lee Hsien Loong."
    )
    assert triples(r, "visit") == [("visit", "PRK", "SGP")]


def test_arrived_without_a_place_leads_to_the_dateline(extract):
    r = extract("SUVA, March 3 (wire) - Samoa's prime minister arrived on Monday for a three-day stay.", "2025-03-03")
    assert triples(r, "visit") == [("visit", "WSM", "FJI")]


def test_arrived_without_a_dateline_is_no_visit(extract):
    assert triples(extract("Samoa's prime minister arrived on Monday for a three-day stay."), "visit") == []


def test_flew_from_somewhere_is_not_a_flight_to_the_dateline(extract):
    r = extract("SUVA - The Samoan prime minister flew from Apia to Auckland on Monday.")
    assert triples(r, "visit") == [("visit", "WSM", "NZL")]


def test_talks_with_no_place_happened_at_the_dateline_of_a_party(extract):
    r = extract(
        "HAVANA, June 3 - The Cuban foreign minister held talks today with his Jamaican counterpart.", "2025-06-03"
    )
    assert only(r, "meeting")["location"] == "Havana"


def test_talks_abroad_take_no_place_from_the_dateline(extract):
    r = extract("HAVANA, June 3 - The Chilean foreign minister held talks with his Peruvian counterpart.", "2025-06-03")
    assert only(r, "meeting")["location"] is None


def test_two_subjects_the_parse_did_not_join(extract):
    r = extract("Finnish President Aino Virtanen and Estonian President Kalev Tamm discussed Baltic Sea security.")
    e = only(r, "meeting")
    assert {e["source"]["country"], e["target"]["country"]} == {"FIN", "EST"}


def test_place_of_a_counterpart_met(extract):
    r = extract("Tunisian Foreign Minister Salma Ben Amor met her Libyan counterpart in Tripoli.")
    assert only(r, "meeting")["location"] == "Tripoli"


def test_a_dateline_in_capitals_is_written_as_a_name(extract):
    r = extract("SINGAPORE — Kim Jong Un flew in on Sunday afternoon.")
    assert only(r, "visit")["location"] == "Singapore"


def test_ministries_of_two_countries_are_the_two_countries(extract):
    r = extract(
        "Havana, June 16 - A new round of consultations between the Ministries of Foreign "
        "Affairs of Cuba and Saint Lucia took place today."
    )
    e = only(r, "meeting")
    assert {e["source"]["country"], e["target"]["country"]} == {"CUB", "LCA"}


def test_a_ministry_is_its_country(extract):
    e = only(
        extract("The Ministry of Foreign Affairs of Ghana condemned the attack on its embassy by Russian forces."),
        "condemnation",
    )
    assert (e["source"]["name"], e["target"]["country"]) == ("Ghana", "RUS")


def test_a_portfolio_in_a_long_title_is_no_actor_and_the_title_gives_the_country(extract):
    r = extract(
        "Kenya's Minister of Foreign Affairs and Regional Cooperation, Hon. Wanjiru Achieng Otieno, was "
        "received by President Lazarus Chakwera in Lilongwe."
    )
    e = only(r, "visit")
    assert (e["source"]["name"], e["source"]["country"], e["target"]["country"]) == (
        "Wanjiru Achieng Otieno",
        "KEN",
        "MWI",
    )
    assert all(a["name"] != "Regional Cooperation" for a in r["entities"])


def test_honorifics_stay_out_of_the_role(extract):
    r = extract("Jamaica's Minister of Foreign Affairs, Hon. Kamina Smith, called on Prime Minister Keith Rowley.")
    person = next(a for a in r["entities"] if a["name"] == "Kamina Smith")
    assert "Hon" not in (person.get("role") or "")


def test_a_hyphen_inside_a_long_dateline_is_no_dateline_dash(extract):
    r = extract(
        "RAFAH CROSSING, Egypt-Gaza border, March 3 (wire) — Egypt and Israel signed a transit accord on Monday.",
        "2025-03-03",
    )
    e = only(r, "cooperation")
    assert {e["source"]["country"], e["target"]["country"]} == {"EGY", "ISR"}


def test_who_heads_a_countrys_delegation_serves_that_country(extract):
    r = extract(
        "The Bolivian delegation was headed by Vice Foreign Minister Marta Cabrera, who then met her Jamaican counterpart."
    )
    e = only(r, "meeting")
    assert (e["source"]["name"], e["source"]["country"]) == ("Marta Cabrera", "BOL")
