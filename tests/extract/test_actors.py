"""Actors: titles, appositions, metonyms, references across sentences."""

from helpers import only


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
    text = ("Irish Foreign Minister Siobhan Byrne arrived in Nairobi on Monday. "
            "Byrne said trade would grow. She condemned Sudan's attacks on aid convoys.")
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
    r = extract("Mongolian President Khurelsukh Ukhnaa said Ulaanbaatar was ready to expand mining cooperation with Germany, "
                "as he welcomed Chancellor Friedrich Merz on his first visit to Mongolia.")
    visits = [e for e in r["events"] if e["type"] == "visit"]
    assert visits and visits[0]["source"]["name"] == "Friedrich Merz" and visits[0]["source"]["kind"] == "person"
