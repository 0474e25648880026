"""Event constructions, each from sentences written for these tests."""

from helpers import only, triples


def test_arrival_in_a_capital_is_a_visit_to_its_country(extract):
    r = extract("Chilean President Marta Rojas arrived in Canberra on Monday for talks on lithium.", "2025-03-05")
    e = only(r, "visit")
    assert (e["source"]["name"], e["source"]["country"], e["target"]["country"]) == ("Marta Rojas", "CHL", "AUS")
    assert e["location"] == "Canberra"
    assert e["date"] == "2025-03-03"


def test_nominal_visit_with_possessive_pronoun(extract):
    r = extract("Finnish Foreign Minister Elina Koski praised the hospitality of her hosts during her visit to Hanoi.")
    e = only(r, "visit")
    assert e["source"]["name"] == "Elina Koski" and e["target"]["country"] == "VNM"


def test_a_hosted_b_makes_b_the_visitor(extract):
    r = extract("Ghanaian President Kofi Mensah hosted Togolese President Ama Dogbe in Accra on Friday.", "2024-02-12")
    e = only(r, "visit")
    assert e["source"]["country"] == "TGO" and e["target"]["country"] == "GHA"


def test_passive_hosting(extract):
    r = extract("Peruvian President Lucia Quispe was hosted by Japanese Prime Minister Kenji Sato in Tokyo.")
    e = only(r, "visit")
    assert e["source"]["country"] == "PER" and e["target"]["country"] == "JPN"


def test_several_condemning_parties_give_one_event_each(extract):
    r = extract("Norway, Sweden and Denmark condemned Belarus's detention of opposition journalists.")
    assert sorted(triples(r, "condemnation")) == [
        ("condemnation", "DNK", "BLR"),
        ("condemnation", "NOR", "BLR"),
        ("condemnation", "SWE", "BLR"),
    ]


def test_condemned_act_is_laid_at_the_demonym(extract):
    r = extract("Jordan on Sunday condemned an Iranian missile strike on Erbil.", "2025-06-10")
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["country"]) == ("JOR", "IRN")
    assert e["location"] is None


def test_passive_condemnation(extract):
    r = extract("The raid was condemned by Egypt, which called it reckless.")
    assert triples(r, "condemnation") == [("condemnation", "EGY", None)]  # the raid names no actor: no target guessed
    r = extract("Israel was condemned by Egypt for the raid.")
    assert triples(r, "condemnation") == [("condemnation", "EGY", "ISR")]


def test_held_talks_with_counterpart(extract):
    r = extract(
        "Kenyan Foreign Minister Musa Otieno held talks with his Ugandan counterpart Grace Nansubuga in Kampala."
    )
    e = only(r, "meeting")
    assert {e["source"]["country"], e["target"]["country"]} == {"KEN", "UGA"}
    assert e["target"]["name"] == "Grace Nansubuga"
    assert e["location"] == "Kampala"


def test_phone_call_is_a_meeting(extract):
    r = extract("Spanish Prime Minister Carlos Ortega spoke by phone with Moroccan Prime Minister Youssef Alami.")
    assert {tuple(sorted(t[1:])) for t in triples(r, "meeting")} == {("ESP", "MAR")}


def test_signed_memorandum_is_cooperation_between_the_parties(extract):
    r = extract("Vietnam and the Philippines signed a memorandum on maritime cooperation in Manila on Tuesday.")
    e = only(r, "cooperation")
    assert {e["source"]["country"], e["target"]["country"]} == {"VNM", "PHL"}
    assert e["modality"] == "asserted" and e["location"] == "Manila"


def test_ready_to_expand_cooperation_is_proposed(extract):
    r = extract("Ankara is ready to expand energy cooperation with Azerbaijan, the minister said.")
    e = only(r, "cooperation")
    assert (e["source"]["country"], e["target"]["country"]) == ("TUR", "AZE")
    assert e["modality"] == "proposed"


def test_sentence_with_a_visit_and_a_condemnation(extract):
    r = extract(
        "Dutch Foreign Minister Pieter de Vries travelled to Amman on Monday, where he condemned Syria's shelling of border towns.",
        "2024-11-20",
    )
    assert sorted(triples(r)) == [("condemnation", "NLD", "SYR"), ("visit", "NLD", "JOR")]
    assert only(r, "condemnation")["location"] == "Amman"


def test_trigger_words_outside_diplomacy_give_no_event(extract):
    r = extract("Thousands of tourists visited the museum, and the club signed a cooperation deal with a sponsor.")
    assert triples(r) == []
    r = extract("Brazil beat Argentina 2-1 in a World Cup qualifier in Buenos Aires on Tuesday.", "2025-03-26")
    assert triples(r) == []


def test_two_titled_leaders_as_one_subject_meet_each_other(extract):
    r = extract("Brazilian President Ana Lima and Argentine President Pablo Ruiz met for two hours in Montevideo.")
    e = only(r, "meeting")
    assert {e["source"]["name"], e["target"]["name"]} == {"Ana Lima", "Pablo Ruiz"}


def test_person_named_after_a_description_is_the_one_met(extract):
    r = extract("The Indian foreign minister met Nepal's senior statesman, former premier Sushil Dhakal, in Kathmandu.")
    e = only(r, "meeting")
    assert e["target"]["name"] == "Sushil Dhakal"


def test_signers_joined_inside_an_apposition_both_sign(extract):
    r = extract(
        "Turkish Foreign Minister Hakan Fidan and Maria Lopez, head of the World Food Programme, signed an agreement in Ankara."
    )
    e = only(r, "cooperation")
    assert {e["source"]["name"], e["target"]["name"]} == {"Hakan Fidan", "Maria Lopez"}


def test_warm_welcome_given_to_a_leader_is_a_visit(extract):
    r = extract("President Lena Berg gave a warm welcome on Monday to Estonian Prime Minister Kaja Tamm.")
    assert [(e["source"]["country"], e["target"]["name"]) for e in r["events"] if e["type"] == "visit"] == [
        ("EST", "Lena Berg")
    ]


def test_mission_received_from_an_organisation_visits_the_host(extract):
    r = extract("Georgian Prime Minister Irakli Kobakhidze received a mission of monitors from the OSCE.")
    e = only(r, "visit")
    assert (e["source"]["name"], e["target"]["country"]) == ("OSCE", "GEO")


def test_visiting_leader_visits_the_country_of_the_place(extract):
    r = extract("The Greek prime minister met Cyprus's visiting president in Athens on Friday.")
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"], e["location"]) == ("CYP", "GRC", "Athens")


def test_visit_here_is_to_the_country_of_the_speaker(extract):
    r = extract(
        "Bolivia today announced new mining rules on the eve of a trip here by Peruvian President Dina Boluarte."
    )
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"]) == ("PER", "BOL")


def test_play_host_to_makes_the_guest_the_visitor(extract):
    r = extract("Senegal's President Bassirou Faye played host to his Gambian counterpart on Monday.")
    assert triples(r, "visit") == [("visit", "GMB", "SEN")]


def test_coup_in_a_country_is_laid_at_that_country(extract):
    r = extract("Spain and Italy condemned the coup in Guinea-Bissau.")
    assert sorted(triples(r, "condemnation")) == [("condemnation", "ESP", "GNB"), ("condemnation", "ITA", "GNB")]


def test_attack_in_a_city_is_not_laid_at_its_country(extract):
    r = extract("Belgium condemned the attack in Paris.")
    assert triples(r, "condemnation") == [("condemnation", "BEL", None)]


def test_strikes_of_two_demonyms_condemn_both(extract):
    r = extract("Hezbollah denounced the Israeli and American strikes on Beirut.")
    assert sorted(t[2] for t in triples(r, "condemnation")) == ["ISR", "USA"]


def test_condemned_then_blamed_is_one_condemnation(extract):
    r = extract("The Elysee condemned the bombing, blaming Islamic State militants.")
    assert [t[0:2] for t in triples(r, "condemnation")] == [("condemnation", "FRA")]


def test_visit_by_someone_during_which_a_deal_is_agreed_is_to_the_subjects_country(extract):
    r = extract("Laos agreed to expand rail cooperation with China during a visit by the Chinese premier.")
    assert ("visit", "CHN", "LAO") in triples(r, "visit")


def test_lashed_out_at_is_condemnation_of_who_follows(extract):
    r = extract("Tokyo lashed out at Beijing over the detention of a Japanese businessman.")
    assert triples(r, "condemnation") == [("condemnation", "JPN", "CHN")]
    r = extract("The striker hit the post twice.")
    assert triples(r, "condemnation") == []


def test_sanctions_imposed_by_someone_are_laid_at_them(extract):
    r = extract("Cuba denounced the new restrictions imposed by Washington.")
    assert triples(r, "condemnation") == [("condemnation", "CUB", "USA")]


def test_killing_of_someone_does_not_make_the_victim_the_target(extract):
    r = extract("Hezbollah condemned the killing of its commander in Damascus.")
    assert triples(r, "condemnation") == [("condemnation", "Hezbollah", None)]


def test_pledged_money_to_help_a_country_is_cooperation(extract):
    r = extract("New Zealand pledged $20 million to help Tonga rebuild its harbour.")
    assert triples(r, "cooperation") == [("cooperation", "NZL", "TON")]


def test_expected_in_a_capital_is_a_planned_visit(extract):
    r = extract("Spanish Prime Minister Pedro Sanchez is expected in Rabat next week.", "2025-06-10")
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("ESP", "MAR", "planned")


def test_known_leader_tagged_as_a_place_is_a_person(extract):
    r = extract("Macron held talks with Tebboune in Algiers.")
    e = only(r, "meeting")
    assert e["target"]["name"] == "Abdelmadjid Tebboune" and e["target"]["country"] == "DZA"


def test_talks_hosted_by_a_third_party_give_one_meeting_per_pair(extract):
    r = extract(
        "Ethiopia and Egypt resumed talks on the dam on Sunday after talks in Khartoum hosted by Sudan's prime minister."
    )
    pairs = {tuple(sorted(t[1:])) for t in triples(r, "meeting")}
    assert pairs == {("EGY", "ETH"), ("ETH", "SDN"), ("EGY", "SDN")}


def test_three_named_leaders_meeting_give_every_pair(extract):
    r = extract("The leaders of Chile, Peru and Bolivia met in Lima.")
    assert {tuple(sorted(t[1:])) for t in triples(r, "meeting")} == {("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")}


def test_meetings_with_the_leaders_of_two_countries(extract):
    r = extract("Kazakhstan's president held separate meetings with the leaders of Uzbekistan and Kyrgyzstan.")
    assert {tuple(sorted(t[1:])) for t in triples(r, "meeting")} == {("KAZ", "UZB"), ("KAZ", "KGZ")}


def test_due_in_a_capital_is_a_planned_visit(extract):
    r = extract("Tanzania's president is due in Nairobi on Thursday for a two-day state visit.", "2025-06-10")
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("TZA", "KEN", "planned")


def test_deals_between_companies_are_not_diplomacy(extract):
    r = extract("Nokia and Ericsson signed a patent deal in Stockholm.")
    assert triples(r, "cooperation") == []


def test_blasted_is_condemnation(extract):
    r = extract("Nicaragua's president blasted Costa Rica's government as a puppet of Washington.")
    assert triples(r, "condemnation") == [("condemnation", "NIC", "CRI")]


def test_the_visit_of_the_pope_is_the_holy_sees(extract):
    r = extract("The visit of the Pope to Angola was postponed.")
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"], e["polarity"]) == ("VAT", "AGO", "negative")


def test_attack_by_a_country_condemned_in_a_quote(extract):
    r = extract('"We condemn this attack by Russia," Estonian Foreign Minister Margus Tsahkna said.')
    assert triples(r, "condemnation") == [("condemnation", "EST", "RUS")]


def test_welcomed_ceasefire_between_two_countries_is_their_cooperation(extract):
    r = extract("The Gulf states welcomed the ceasefire between India and Pakistan.")
    assert triples(r, "cooperation") in ([("cooperation", "IND", "PAK")], [("cooperation", "PAK", "IND")])


def test_meeting_with_a_bodys_leaders_in_a_city_is_with_the_body(extract):
    r = extract("Senegal's president met with ECOWAS leaders in Abuja.")
    assert triples(r, "meeting") in ([("meeting", "SEN", "ECOWAS")], [("meeting", "ECOWAS", "SEN")])


def test_sending_a_delegation_to_a_capital_is_a_visit(extract):
    r = extract("Tokyo said it would send a delegation to Seoul next week.")
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("JPN", "KOR", "planned")


def test_refusing_to_attend_a_summit_named_with_of_is_a_negative_planned_visit(extract):
    r = extract(
        "Mexico's president said on Monday that no Mexican minister would attend the Conference of the Parties in Baku.",
        "2025-06-10",
    )
    e = only(r, "visit")
    assert (e["source"]["country"], e["target"]["country"], e["polarity"], e["location"]) == (
        "MEX",
        "AZE",
        "negative",
        "Baku",
    )


def test_concluded_negotiations_on_a_deal_is_cooperation_not_a_meeting(extract):
    r = extract("Chile and the European Free Trade Association concluded negotiations on a trade agreement in Geneva.")
    assert [t[0] for t in triples(r)] == ["cooperation"]


def test_call_mentioned_inside_a_relative_clause_is_the_speakers(extract):
    r = extract(
        "Pakistan's foreign minister accused Kabul of sheltering the militants who attacked the post, "
        "during a phone call with Afghan Foreign Minister Amir Khan Muttaqi."
    )
    assert ("meeting", "PAK", "AFG") in triples(r, "meeting")


def test_talks_that_ended_without_agreement_give_the_parties_a_negative_cooperation(extract):
    r = extract(
        "Armenian and Azerbaijani delegations held talks in Almaty on Monday, but the meeting ended without an agreement."
    )
    e = only(r, "cooperation")
    assert {e["source"]["country"], e["target"]["country"]} == {"ARM", "AZE"} and e["polarity"] == "negative"


def test_phone_call_received_from_a_leader_is_a_meeting(extract):
    r = extract("Jordan's King Abdullah II received a phone call from Turkish President Recep Tayyip Erdogan.")
    assert {tuple(sorted(t[1:])) for t in triples(r, "meeting")} == {("JOR", "TUR")}


def test_coup_attempt_in_a_country_is_laid_at_it(extract):
    r = extract("Peru condemned the coup attempt in Bolivia.")
    assert triples(r, "condemnation") == [("condemnation", "PER", "BOL")]


def test_mediating_between_two_sides_meets_each(extract):
    r = extract("Norway and Switzerland are mediating between Colombia and the ELN rebels.")
    pairs = {(t[1], t[2]) for t in triples(r, "meeting")}
    assert {("NOR", "COL"), ("CHE", "COL")} <= pairs or {("COL", "NOR"), ("COL", "CHE")} <= pairs


def test_what_others_must_do_is_a_demand_not_an_event(extract):
    r = extract("Brazil's president said Venezuela and Guyana must reach an agreement on the border.")
    assert triples(r, "cooperation") == []
