"""Polarity, modality, dates and places of events."""

from helpers import only


def test_declined_to_condemn_is_negative(extract):
    e = only(extract("Brazil declined to condemn Russia at the meeting."), "condemnation")
    assert (e["polarity"], e["modality"]) == ("negative", "asserted")


def test_postponed_visit_is_negative_and_planned(extract):
    r = extract(
        "Portuguese President Rui Almeida's state visit to Angola, planned for May, has been postponed.", "2025-04-02"
    )
    e = only(r, "visit")
    assert (e["polarity"], e["modality"], e["target"]["country"]) == ("negative", "planned", "AGO")


def test_will_travel_next_month_is_planned_with_a_month_date(extract):
    e = only(extract("Austrian Chancellor Anna Huber will travel to Ottawa next month.", "2025-10-15"), "visit")
    assert (e["modality"], e["date"]) == ("planned", "2025-11")


def test_future_weekday_resolves_forward(extract):
    e = only(extract("The Greek prime minister Nikos Pappas is due to visit Cyprus on Friday.", "2025-05-06"), "visit")
    assert e["modality"] == "planned" and e["date"] == "2025-05-09"


def test_no_agreement_reached_is_negative_cooperation(extract):
    r = extract("Sudanese and Chadian officials met in Doha, but no agreement was reached.")
    e = only(r, "cooperation")
    assert e["polarity"] == "negative"


def test_yesterday_resolves_to_the_day_before_publication(extract):
    e = only(extract("Chile and Peru signed a border treaty yesterday.", "2024-07-10"), "cooperation")
    assert e["date"] == "2024-07-09"


def test_no_date_in_the_text_gives_null(extract):
    e = only(extract("Chile and Peru signed a border treaty.", "2024-07-10"), "cooperation")
    assert e["date"] is None


def test_place_of_the_occasion_the_event_was_told_during(extract):
    r = extract(
        "Chilean President Marta Rojas called for closer trade ties with Peru during talks in Arequipa with her Peruvian counterpart."
    )
    e = only(r, "cooperation")
    assert e["location"] == "Arequipa"


def test_place_where_the_speaker_was_speaking(extract):
    r = extract(
        "Australian Foreign Minister Ben Carter said Canberra was ready to deepen maritime cooperation with Tonga, speaking to reporters in Nuku'alofa."
    )
    assert only(r, "cooperation")["location"] == "Nuku'alofa"


def test_place_inside_a_venue_phrase(extract):
    r = extract("German Chancellor Otto Brandt met Polish President Ewa Nowak at a castle in Krakow on Monday.")
    assert only(r, "meeting")["location"] == "Krakow"


def test_place_hung_on_the_partner_met(extract):
    r = extract("Italian Prime Minister Luca Conti held talks with Egyptian President Omar Farouk in Cairo on Sunday.")
    assert only(r, "meeting")["location"] == "Cairo"


def test_background_visit_of_another_year_is_another_event(extract):
    r = extract(
        "Indian Prime Minister Narendra Modi arrived in Colombo on Friday. "
        "Modi last visited Sri Lanka in 2019, when he opened a hospital.",
        "2025-04-05",
    )
    dates = sorted(e["date"] for e in r["events"] if e["type"] == "visit")
    assert dates == ["2019", "2025-04-04"]


def test_date_in_a_relative_clause_about_a_name_is_not_the_events(extract):
    r = extract(
        "Laos and Thailand agreed on Monday to restore full relations with Cambodia, which had cut ties in 1998.",
        "2025-02-05",
    )
    assert {e["date"] for e in r["events"]} <= {"2025-02-03"}


def test_place_of_a_hosted_guest_and_of_the_visit_noun(extract):
    r = extract(
        "Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in Mombasa during his first trip to Kenya."
    )
    assert only(r, "visit")["location"] == "Mombasa"
    r = extract(
        "Ghana's president said Accra was ready to expand trade, as he welcomed Mali's leader on his first visit to Ghana."
    )
    assert only(r, "visit")["location"] == "Ghana"


def test_place_of_the_sidelines_of_a_gathering(extract):
    r = extract(
        "The foreign ministers of Peru and Chile met on the sidelines of the OAS General Assembly in Asuncion on Monday."
    )
    assert only(r, "meeting")["location"] == "Asuncion"


def test_place_of_what_was_discussed_is_not_where_they_met(extract):
    r = extract(
        "Japanese Foreign Minister Ken Saito and Philippine Foreign Secretary Ana Cruz discussed shipping in the South China Sea."
    )
    assert only(r, "meeting")["location"] is None


def test_would_have_been_is_a_visit_that_did_not_happen(extract):
    r = extract("It would have been the first trip to Georgia by an Armenian prime minister in a decade.")
    assert only(r, "visit")["polarity"] == "negative"


def test_date_of_a_clause_beside_the_trigger_is_not_its_date(extract):
    r = extract("Chile and Peru have held talks since 2019 and agreed last year to open a new crossing.", "2025-06-10")
    meeting = only(r, "meeting")
    assert meeting["date"] is None
    assert only(r, "cooperation")["date"] == "2024"


def test_visit_names_the_host_who_welcomed_the_visitor(extract):
    r = extract(
        "Gambian President Adama Barrow travelled to Dakar on Friday and was welcomed at the airport by Senegalese President Bassirou Faye."
    )
    e = only(r, "visit")
    assert (e["target"]["name"], e["target"]["country"], e["location"]) == ("Bassirou Faye", "SEN", "Dakar")


def test_place_hung_on_the_person_met(extract):
    r = extract("Zhou is scheduled to meet Kenyan Foreign Minister Grace Wanjiru in Nairobi on Monday.")
    assert only(r, "meeting")["location"] == "Nairobi"


def test_cues_of_several_words(extract):
    r = extract("Portugal called for closer ties with Brazil.")
    assert only(r, "cooperation")["modality"] == "proposed"
    r = extract("Greece stopped short of condemning Turkey.")
    assert only(r, "condemnation")["polarity"] == "negative"


def test_hopes_to_sign_is_proposed(extract):
    r = extract("Peru hopes to sign a trade deal with Japan.")
    assert only(r, "cooperation")["modality"] == "proposed"


def test_postponed_visit_with_no_plan_told_is_still_negative_and_planned(extract):
    r = extract("Lula's visit to Lisbon has been postponed.")
    e = only(r, "visit")
    assert (e["source"]["country"], e["polarity"], e["modality"]) == ("BRA", "negative", "planned")


def test_days_counted_from_the_last_day_named():
    from datetime import date

    from kg.extract.dates import relative

    day = date(2025, 3, 5)
    assert relative("A day earlier", day) == "2025-03-04"
    assert relative("the same day", day) == "2025-03-05"
    assert relative("earlier in the day", day) == "2025-03-05"
    assert relative("two days later", day) == "2025-03-07"
    assert relative("a week later", day) == "2025-03"
    assert relative("next week", day) is None  # told from publication
    assert relative("a year to the day after", day) is None


def test_a_release_with_no_date_is_dated_by_its_dateline(extract):
    text = (
        "ASTANA, October 11, 2005 - Deputy Foreign Minister of Kazakhstan Arman Tulegenov held political "
        "consultations today with Mongolian State Secretary Batbold Dorjsuren."
    )
    assert only(extract(text), "meeting")["date"] == "2005-10-11"


def test_a_place_written_as_a_known_acronym_keeps_its_capitals(extract):
    e = only(extract("The Lao president arrived in the DPRK on Monday for a three-day state visit."), "visit")
    assert e["location"] == "DPRK"
