"""Pledges of support, groups the gazetteer does not name, claims of condemnation, mediation: own sentences."""

from helpers import only, triples


def test_promise_to_continue_aid_to_a_country_is_cooperation(extract):
    r = extract("Dutch Development Minister Anna de Vries has promised to continue food aid to drought-hit Somalia.")
    e = only(r, "cooperation")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("NLD", "SOM", "asserted")


def test_aid_pledged_for_two_countries_gives_one_event_each(extract):
    r = extract("Canada agreed on Friday to provide 40 million dollars of aid for Chad and Niger.")
    assert sorted(triples(r, "cooperation")) == [("cooperation", "CAN", "NER"), ("cooperation", "CAN", "TCD")]


def test_aid_delivered_is_not_cooperation(extract):
    r = extract("Japan sent 20 tonnes of medical supplies to Fiji after the cyclone.")
    assert triples(r, "cooperation") == []


def test_readiness_to_send_troops_to_a_force_in_a_country_is_proposed_cooperation(extract):
    r = extract(
        "Brazil is ready to contribute 800 soldiers to a United Nations force in Haiti, the defence minister said."
    )
    e = only(r, "cooperation")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("BRA", "HTI", "proposed")


def test_it_in_reported_speech_is_the_speaker(extract):
    r = extract("Portugal said it would support Angola's bid for a seat on the council.")
    e = only(r, "cooperation")
    assert (e["source"]["country"], e["target"]["country"]) == ("PRT", "AGO")


def test_an_appeal_to_support_someone_is_not_the_speakers_pledge(extract):
    r = extract("Kenya urged Tanzania to support Uganda's candidate.")
    assert triples(r, "cooperation") == []


def test_sharing_evidence_with_a_country_is_cooperation(extract):
    r = extract("Canadian police officials shared evidence with Mexico about the smuggling ring.")
    assert triples(r, "cooperation") == [("cooperation", "CAN", "MEX")]


def test_flying_supplies_to_a_city_is_not_a_visit(extract):
    r = extract("Turkey said it had flown 30 tonnes of tents to Tripoli.")
    assert triples(r, "visit") == []


def test_accused_rebels_outside_the_gazetteer_are_a_stateless_target(extract):
    r = extract("The Malian government has accused Azawad rebels of breaking the truce.")
    e = only(r, "condemnation")
    assert e["source"]["country"] == "MLI"
    assert e["target"]["name"] == "Azawad rebels" and e["target"]["country"] is None


def test_group_named_by_demonym_takes_its_country(extract):
    r = extract("Slovak nationalist groups condemned Hungary's new language law.")
    e = only(r, "condemnation")
    assert e["target"]["country"] == "HUN"
    r = extract("Georgia denounced Abkhaz separatists and Ossetian extremists.")
    assert ("condemnation", "GEO", "Abkhaz separatists") in triples(r, "condemnation")


def test_bare_group_names_no_one(extract):
    r = extract("Estonia condemned the group.")
    assert all(e["target"] is None for e in r["events"])


def test_claim_followed_by_the_speaker_is_condemnation_of_the_claimed(extract):
    r = extract("Serbian police beat detained journalists, a press freedom group charged on Monday.")
    e = only(r, "condemnation")
    assert e["source"]["name"] == "press freedom group" and e["target"]["country"] == "SRB"


def test_protest_as_a_street_protest_is_not_condemnation(extract):
    r = extract("Thousands of Kenyans marched in Nairobi to protest against Uganda's border closure.")
    assert triples(r, "condemnation") == []


def test_protest_as_a_verb_of_saying_condemns(extract):
    r = extract(
        "Polish authorities are failing to protect Belarusian refugees, an Amnesty International researcher protested on Tuesday."
    )
    assert ("condemnation", "Amnesty International", "POL") in triples(r, "condemnation")


def test_late_by_phrase_gives_the_accuser_of_a_passive(extract):
    r = extract(
        "Former president Kwame Boateng has been accused of taking bribes, much of it hidden abroad, by Ghanaian investigators."
    )
    e = only(r, "condemnation")
    assert (e["source"]["country"], e["target"]["name"]) == ("GHA", "Kwame Boateng")


def test_alleged_as_an_adjective_is_no_condemnation(extract):
    r = extract("Chile asked Argentina to hand over the alleged smugglers.")
    assert triples(r, "condemnation") == []


def test_its_neighbour_is_the_country_named_before(extract):
    r = extract("Armenia lodged a protest with Azerbaijan, accusing its neighbour of shelling border villages.")
    assert triples(r, "condemnation") == [("condemnation", "ARM", "AZE")]


def test_the_north_is_north_korea_once_named(extract):
    r = extract(
        "North Korea fired two missiles on Sunday after South Korean officials alleged that the North had moved launchers."
    )
    assert ("condemnation", "KOR", "PRK") in triples(r, "condemnation")


def test_mediation_between_two_parties_meets_each(extract):
    r = extract("Qatari envoy Khalid al-Mansouri undertook a mediation mission between Sudan and Chad.")
    assert sorted(triples(r, "meeting")) == [("meeting", "QAT", "SDN"), ("meeting", "QAT", "TCD")]


def test_host_of_a_meeting_between_others_is_not_a_party(extract):
    r = extract("Norway offered to host a meeting between Colombia and Venezuela.")
    assert triples(r, "meeting") == [("meeting", "COL", "VEN")]


def test_hosted_for_talks_is_a_meeting_with_the_guest(extract):
    r = extract("Chinese Premier Li Wen hosted Vietnamese Prime Minister Tran Minh for talks on Monday.")
    assert ("meeting", "CHN", "VNM") in triples(r, "meeting") or ("meeting", "VNM", "CHN") in triples(r, "meeting")
    assert ("visit", "VNM", "CHN") in triples(r, "visit")


def test_group_of_diplomats_is_their_country(extract):
    r = extract("A group of Danish diplomats held a meeting with Kenya's foreign minister.")
    assert triples(r, "meeting") == [("meeting", "DNK", "KEN")]


def test_rebel_leaders_are_stateless(extract):
    r = extract("Congolese rebel leaders said they would meet Angolan President Joao Lourenco.")
    e = only(r, "meeting")
    assert e["source"]["country"] is None and e["target"]["country"] == "AGO"


def test_rejected_proposal_for_a_ceasefire_is_negative_proposed_cooperation_with_the_proposer(extract):
    r = extract(
        "Armenia's prime minister rejected Azerbaijani President Ilham Aliyev's proposal for a cease-fire in the mountains."
    )
    e = only(r, "cooperation")
    assert (e["source"]["country"], e["target"]["country"]) == ("ARM", "AZE")
    assert (e["polarity"], e["modality"]) == ("negative", "proposed")


def test_offer_of_talks_from_a_country_names_the_other_party(extract):
    r = extract("Serbia turned down an invitation from Kosovo to hold talks in Brussels.")
    assert ("meeting", "SRB", "XKX") in triples(r, "meeting") or ("meeting", "XKX", "SRB") in triples(r, "meeting")


def test_offer_to_negotiate_is_a_meeting_not_a_pledge(extract):
    r = extract("Kazakhstan offered to negotiate with the president of Kyrgyzstan.")
    assert triples(r, "cooperation") == []
    assert triples(r, "meeting") == [("meeting", "KAZ", "KGZ")]


def test_negation_does_not_reach_into_an_adjunct(extract):
    r = extract("Chile and Bolivia failed to reach a deal on water rights despite talks in Lima.")
    assert only(r, "cooperation")["polarity"] == "negative"


def test_allegation_by_a_body_against_a_group(extract):
    r = extract(
        "Observers are examining an allegation by Amnesty International that the Wagner Group had executed prisoners."
    )
    e = only(r, "condemnation")
    assert e["source"]["name"] == "Amnesty International" and e["target"]["name"] == "Wagner Group"


def test_acronym_in_brackets_is_the_organisation_named_before_it(extract):
    r = extract("The Southern Mediation Committee (SMC) met Chadian officials. Later the SMC criticised Sudan.")
    e = only(r, "condemnation")
    assert e["source"]["name"] == "Southern Mediation Committee"


def test_joint_naval_drills_of_two_navies_are_cooperation(extract):
    r = extract("Indian and French warships began joint naval exercises in the Arabian Sea on Monday.")
    assert triples(r, "cooperation") in ([("cooperation", "IND", "FRA")], [("cooperation", "FRA", "IND")])


def test_a_fire_drill_is_not_cooperation(extract):
    r = extract("Japanese and Korean students held a fire drill at the school.")
    assert triples(r, "cooperation") == []


def test_international_court_indicting_a_leader_condemns_the_country(extract):
    r = extract("Kosovo's former president has been indicted by the international war crimes tribunal in The Hague.")
    e = only(r, "condemnation")
    assert e["source"]["country"] is None and "tribunal" in e["source"]["name"] and e["target"]["country"] == "XKX"


def test_a_local_court_is_no_diplomatic_actor(extract):
    r = extract("A court in Nairobi condemned Uganda's former minister to prison.")
    assert triples(r, "condemnation") == []


def test_personal_relations_of_two_leaders_are_not_cooperation(extract):
    r = extract(
        "Chile's president hosted Peru's president for a meeting aimed at establishing close personal relations."
    )
    assert triples(r, "cooperation") == []
