"""Travel and presence beyond "visited": touched down, reached, left for, returned from, a stop, being in a
foreign place; visits and talks others are invited or urged to (sentences written for these tests)."""

from helpers import only, triples


def test_touched_down_in_a_capital(extract):
    r = extract("Peruvian Foreign Minister Elmer Schialer touched down in Brasilia on Monday.")
    assert triples(r, "visit") == [("visit", "PER", "BRA")]


def test_left_home_for_a_capital(extract):
    r = extract("The Nepali prime minister left Kathmandu for New Delhi on Sunday.")
    assert triples(r, "visit") == [("visit", "NPL", "IND")]


def test_reached_a_capital_but_not_an_agreement(extract):
    assert triples(extract("Ukraine's foreign minister reached Warsaw on Monday morning."), "visit") == [
        ("visit", "UKR", "POL")
    ]
    assert triples(extract("Ukraine's foreign minister reached an agreement with Poland."), "visit") == []


def test_returned_from_a_capital_but_not_to_one(extract):
    assert triples(extract("The Chilean president returned from Beijing on Friday after talks."), "visit") == [
        ("visit", "CHL", "CHN")
    ]
    assert triples(extract("The Chilean president returned to Santiago on Friday."), "visit") == []


def test_a_brief_stop_in_a_capital(extract):
    r = extract("Chile's president made a brief stop in Lima, where she met President Dina Boluarte.")
    assert triples(r, "visit") == [("visit", "CHL", "PER")]


def test_an_official_present_in_a_foreign_capital(extract):
    r = extract(
        "Mongolian State Secretary Batbold Dorjsuren, who is in Astana on a working visit, met Kazakh officials."
    )
    assert triples(r, "visit") == [("visit", "MNG", "KAZ")]


def test_presence_at_home_or_of_a_country_is_no_visit(extract):
    assert triples(extract("President William Ruto of Kenya was in Nairobi on Monday."), "visit") == []
    assert triples(extract("The economy of Kenya is in recession."), "visit") == []


def test_invited_to_visit_makes_the_guest_the_visitor(extract):
    e = only(
        extract("Chinese President Xi Jinping invited Brazilian President Lula to visit Beijing next year."), "visit"
    )
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("BRA", "CHN", "proposed")


def test_urged_to_resume_talks_makes_the_two_urged_meet(extract):
    e = only(extract("The European Union urged Serbia and Kosovo to resume talks."), "meeting")
    assert {e["source"]["country"], e["target"]["country"]} == {"SRB", "XKX"} and e["modality"] == "proposed"


def test_no_shows_at_a_summit_are_visits_that_did_not_happen(extract):
    for text in (
        "Bangladesh pulled out of the South Asian summit in Islamabad.",
        "The Indian prime minister boycotted the summit in Islamabad.",
        "The Indian prime minister skipped the summit in Islamabad.",
    ):
        e = only(extract(text), "visit")
        assert (e["target"]["country"], e["polarity"]) == ("PAK", "negative"), text
    e = only(extract("Mexico's president stayed away from the summit in Lima."), "visit")
    assert (e["source"]["country"], e["target"]["country"], e["polarity"]) == ("MEX", "PER", "negative")


def test_withdrawing_troops_is_no_visit(extract):
    assert triples(extract("Russia withdrew its troops from the border."), "visit") == []


def test_set_foot_in_a_country_but_not_setting_rules(extract):
    assert triples(extract("The Chilean president set foot in Bolivia on Monday."), "visit") == [
        ("visit", "CHL", "BOL")
    ]
    assert triples(extract("The government set new rules for imports."), "visit") == []


def test_is_to_visit_is_planned(extract):
    e = only(extract("Lesotho's king is to visit Botswana in April.", "2025-07-10"), "visit")
    assert (e["target"]["country"], e["modality"], e["date"]) == ("BWA", "planned", "2026-04")


def test_invited_to_a_capital_is_a_proposed_visit_of_the_guest(extract):
    e = only(extract("The Brazilian president invited the Chilean president to Brasilia.", "2025-07-10"), "visit")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("CHL", "BRA", "proposed")


def test_arriving_in_the_capital_of_a_demonym(extract):
    assert triples(extract("Zambia's president flew into the Malawian capital on Monday."), "visit") == [
        ("visit", "ZMB", "MWI")
    ]
