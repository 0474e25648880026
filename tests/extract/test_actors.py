"""Actors: titles, appositions, metonyms, references across sentences."""

from helpers import only, triples


def test_title_and_demonym_give_role_and_country(extract):
    r = extract("Colombian Defence Minister Andrés Salgado met Ecuador's foreign minister on Monday.")
    people = {e["name"]: e for e in r["entities"] if e["kind"] == "person"}
    assert people["Andrés Salgado"]["country"] == "COL"
    assert people["Andrés Salgado"]["role"] == "Defence Minister"


def test_apposition_gives_the_country(extract):
    r = extract("The talks were led by Omar Haddad, senior adviser to the Lebanese Prime Minister, and lasted an hour.")
    people = {e["name"]: e for e in r["entities"] if e["kind"] == "person"}
    assert people["Omar Haddad"]["country"] == "LBN"


def test_seat_of_government_is_its_country(extract):
    e = only(extract("The Kremlin condemned Finland's decision to close the border."), "condemnation")
    assert (e["source"]["kind"], e["source"]["country"], e["target"]["country"]) == ("country", "RUS", "FIN")


def test_surname_and_pronoun_refer_to_the_person_named_before(extract):
    text = (
        "Irish Foreign Minister Siobhan Byrne arrived in Nairobi on Monday. "
        "Byrne said trade would grow. She condemned Sudan's attacks on aid convoys."
    )
    r = extract(text, "2025-01-15")
    e = only(r, "condemnation")
    assert (e["source"]["name"], e["source"]["country"], e["target"]["country"]) == ("Siobhan Byrne", "IRL", "SDN")


def test_news_agency_is_not_a_country(extract):
    r = extract("Interfax reported that Kazakhstan and Uzbekistan signed a water agreement.")
    assert all(e["source"]["name"] != "Interfax" for e in r["events"])
    assert {only(r, "cooperation")["source"]["country"], only(r, "cooperation")["target"]["country"]} == {"KAZ", "UZB"}


def test_international_body_has_no_country(extract):
    e = only(extract("The African Union condemned the coup in Gabon."), "condemnation")
    assert e["source"]["country"] is None and e["source"]["kind"] == "organization"


def test_name_after_a_title_is_a_person_whatever_the_model_tags(extract):
    r = extract(
        "Mongolian President Khurelsukh Ukhnaa said Ulaanbaatar was ready to expand mining cooperation with Germany, "
        "as he welcomed Chancellor Friedrich Merz on his first visit to Mongolia."
    )
    visits = [e for e in r["events"] if e["type"] == "visit"]
    assert visits and visits[0]["source"]["name"] == "Friedrich Merz" and visits[0]["source"]["kind"] == "person"


def test_untagged_name_after_a_title_is_a_person(extract):
    r = extract(
        "In Beijing, Chinese Foreign Minister Wang Yi met Indian National Security Adviser Ajit Doval on Friday."
    )
    e = only(r, "meeting")
    assert (e["target"]["name"], e["target"]["country"]) == ("Ajit Doval", "IND")


def test_ministers_meeting_as_subject_is_the_body_that_met(extract):
    r = extract(
        "ASEAN foreign ministers meeting in Jakarta on Friday condemned the shelling of villages by Myanmar's army."
    )
    e = only(r, "condemnation")
    assert (e["source"]["name"], e["target"]["country"], e["location"]) == ("ASEAN", "MMR", "Jakarta")


def test_leaders_at_a_bodys_summit_speak_for_the_body(extract):
    r = extract("Southern African leaders at an SADC summit in Harare condemned the coup in Madagascar.")
    e = only(r, "condemnation")
    assert (e["source"]["name"], e["target"]["country"], e["location"]) == ("SADC", "MDG", "Harare")


def test_their_ministers_are_the_two_countries_named_before(extract):
    r = extract("Officials in Hanoi and Manila said their defence ministers would meet next month.")
    e = only(r, "meeting")
    assert {e["source"]["country"], e["target"]["country"]} == {"VNM", "PHL"} and e["modality"] == "planned"


def test_the_two_largest_producers_are_the_two_countries_named_before(extract):
    r = extract(
        "Saudi Arabia and Russia met in Vienna, and the two largest oil producers agreed to extend output cuts."
    )
    assert triples(r, "cooperation") in ([("cooperation", "SAU", "RUS")], [("cooperation", "RUS", "SAU")])


def test_mentions_before_a_token_come_nearest_first_within_reach():
    from kg.extract.mentions import DocMentions, Mention

    found = DocMentions()
    for start in (50, 5, 30, 3000):
        found.add(Mention(start, start + 2, "country", None))
    assert [m.start for m in found.before(60)] == [50, 30, 5]
    assert [m.start for m in found.before(60, reach=40)] == [50, 30]
    assert [m.start for m in found.before(5)] == []


def test_known_figure_the_model_misses_is_found_by_the_gazetteer(extract):
    r = extract("China's Xi Jinping held a video call with EU leaders.")
    e = only(r, "meeting")
    assert {e["source"]["name"], e["target"]["name"]} == {"Xi Jinping", "European Union"}


def test_family_name_alone_names_the_one_known_figure_who_bears_it(extract):
    r = extract("Putin and Xi signed twenty agreements in Moscow.")
    e = only(r, "cooperation")
    assert {e["source"]["name"], e["target"]["name"]} == {"Vladimir Putin", "Xi Jinping"}


def test_administration_named_for_its_leader_is_the_country(extract):
    r = extract("The Lula administration criticised Paraguay's new tariff.")
    assert triples(r, "condemnation") == [("condemnation", "BRA", "PRY")]


def test_spokesman_for_a_ministry_speaks_for_its_country(extract):
    r = extract("A spokesman for the Vietnamese foreign ministry condemned the Chinese coast guard's actions.")
    assert triples(r, "condemnation") == [("condemnation", "VNM", "CHN")]


def test_the_bloc_and_the_kingdom_are_the_body_and_country_named_before(extract):
    r = extract(
        "ASEAN ministers met in Manila on Monday. The bloc condemned the shelling of villages by Myanmar's army."
    )
    assert triples(r, "condemnation") == [("condemnation", "ASEAN", "MMR")]
    r = extract("Morocco hosted the talks in Rabat. The kingdom also criticised Algeria's closure of its airspace.")
    assert triples(r, "condemnation") == [("condemnation", "MAR", "DZA")]


def test_the_island_nation_is_not_the_place_it_went_to(extract):
    r = extract(
        "Samoa's prime minister arrived in Wellington. The island nation signed a policing pact with New Zealand."
    )
    assert triples(r, "cooperation") in ([("cooperation", "WSM", "NZL")], [("cooperation", "NZL", "WSM")])


def test_the_minister_without_a_name_is_the_country_of_the_title_used_before(extract):
    r = extract("The Qatari foreign minister arrived in Kabul on Sunday.\n\nThe minister later met Afghan officials.")
    assert ("meeting", "QAT", "AFG") in triples(r, "meeting") or ("meeting", "AFG", "QAT") in triples(r, "meeting")


def test_he_met_a_titled_leader_and_the_two_leaders_agreed(extract):
    r = extract(
        "Zambian President Hakainde Hichilema arrived in Lilongwe.\n\n"
        "He met Malawian President Peter Mutharika and the two leaders agreed to build a new road."
    )
    assert {tuple(sorted(t[1:])) for t in triples(r)} == {("MWI", "ZMB")}
    assert {t[0] for t in triples(r)} == {"visit", "meeting", "cooperation"}


def test_names_listed_with_a_person_are_people_whatever_the_model_tags(extract):
    r = extract("The talks were attended by Aleksandar Petrović, Jovana Marković and Nikola Ilić.")
    kinds = {e["name"]: e["kind"] for e in r["entities"]}
    assert [kinds.get(n) for n in ("Aleksandar Petrović", "Jovana Marković", "Nikola Ilić")] == ["person"] * 3


def test_bodies_listed_with_a_person_stay_bodies(extract):
    r = extract("Deutsche Bank, Goldman Sachs and Mirela Babić's firm signed the deal.")
    kinds = {e["name"]: e["kind"] for e in r["entities"]}
    assert (kinds["Deutsche Bank"], kinds["Goldman Sachs"]) == ("organization", "organization")
