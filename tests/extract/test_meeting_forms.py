"""Meetings told in forms beyond "met": calls on, meals, hosts with several guests, counterparts in several
countries, honorifics with a full stop (sentences written for these tests)."""

from helpers import triples


def test_called_on_a_leader_is_a_meeting(extract):
    r = extract("Namibia's Minister of Foreign Affairs, Hon. Peya Mushelenga, called on President Tembo of Zambia.")
    assert triples(r, "meeting") == [("meeting", "NAM", "ZMB")]


def test_called_on_someone_to_act_is_no_meeting(extract):
    assert triples(extract("The government called on Russia to withdraw its troops."), "meeting") == []


def test_courtesy_call_on_a_prime_minister(extract):
    r = extract("Samoa's foreign minister paid a courtesy call on Prime Minister Sitiveni Rabuka in Suva on Monday.")
    assert [(s, t) for _, s, t in triples(r, "meeting")] == [("WSM", "FJI")]


def test_host_with_two_guests_for_talks_gives_every_pair(extract):
    r = extract("Kenyan President Samuel Ruto hosted Ugandan President Grace Okello and Tanzania's Prime Minister "
                "Ali Juma at State House for talks on the border.")
    pairs = {frozenset((s, t)) for _, s, t in triples(r, "meeting")}
    assert pairs == {frozenset(("KEN", "UGA")), frozenset(("KEN", "TZA")), frozenset(("UGA", "TZA"))}


def test_dinner_hosted_for_two_leaders(extract):
    r = extract("French President Emmanuel Macron hosted a dinner for German Chancellor Olaf Scholz and Polish "
                "Prime Minister Donald Tusk at the Elysee.")
    pairs = {frozenset((s, t)) for _, s, t in triples(r, "meeting")}
    assert {frozenset(("FRA", "DEU")), frozenset(("FRA", "POL"))} <= pairs


def test_counterparts_in_two_countries(extract):
    r = extract("Ghana's foreign minister, Kofi Boateng, spoke by telephone on Sunday with his counterparts in Togo "
                "and Burkina Faso.")
    assert sorted(t for _, _, t in triples(r, "meeting")) == ["BFA", "TGO"]


def test_plural_title_with_two_countries(extract):
    r = extract("Chancellor Scholz is expected to meet the presidents of Kenya and Nigeria next week.")
    assert sorted(t for _, _, t in triples(r, "meeting")) == ["KEN", "NGA"]


def test_honorific_with_full_stop_stays_out_of_the_name(extract):
    r = extract("Jamaica's Minister of Foreign Affairs, Hon. Kamina Smith, called on Prime Minister Keith Rowley.")
    event = r["events"][0]
    assert event["source"]["name"] == "Kamina Smith" and event["source"]["country"] == "JAM"
