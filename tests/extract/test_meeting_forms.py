"""Meetings told in forms beyond "met": calls on, meals, hosts with several guests, counterparts in several
countries, honorifics with a full stop (sentences written for these tests)."""

from helpers import triples


def test_called_on_a_leader_is_a_meeting(extract):
    r = extract("Namibia's Minister of Foreign Affairs, Hon. Peya Mushelenga, called on President Tembo of Zambia.")
    assert triples(r, "meeting") == [("meeting", "NAM", "ZMB")]


def test_called_on_someone_to_act_is_no_meeting(extract):
    assert triples(extract("The government called on Russia to withdraw its troops."), "meeting") == []


def test_courtesy_call_on_a_prime_minister(extract):
    r = extract(
        "Samoa's foreign minister paid a courtesy call on Fiji's Prime Minister Sitiveni Rabuka in Suva on Monday."
    )
    assert [(s, t) for _, s, t in triples(r, "meeting")] == [("WSM", "FJI")]


def test_host_with_two_guests_for_talks_gives_every_pair(extract):
    r = extract(
        "Kenyan President Samuel Ruto hosted Ugandan President Grace Okello and Tanzania's Prime Minister "
        "Ali Juma at State House for talks on the border."
    )
    pairs = {frozenset((s, t)) for _, s, t in triples(r, "meeting")}
    assert pairs == {frozenset(("KEN", "UGA")), frozenset(("KEN", "TZA")), frozenset(("UGA", "TZA"))}


def test_dinner_hosted_for_two_leaders(extract):
    r = extract(
        "French President Emmanuel Macron hosted a dinner for German Chancellor Olaf Scholz and Polish "
        "Prime Minister Donald Tusk at the Elysee."
    )
    pairs = {frozenset((s, t)) for _, s, t in triples(r, "meeting")}
    assert {frozenset(("FRA", "DEU")), frozenset(("FRA", "POL"))} <= pairs


def test_counterparts_in_two_countries(extract):
    r = extract(
        "Ghana's foreign minister, Kofi Boateng, spoke on Sunday by telephone with his counterparts in Togo "
        "and Burkina Faso."
    )
    assert sorted(t for _, _, t in triples(r, "meeting")) == ["BFA", "TGO"]


def test_plural_title_with_two_countries(extract):
    r = extract("Chancellor Scholz is expected to meet the presidents of Kenya and Nigeria next week.")
    assert sorted(t for _, _, t in triples(r, "meeting")) == ["KEN", "NGA"]


def test_honorific_with_full_stop_stays_out_of_the_name(extract):
    r = extract("Jamaica's Minister of Foreign Affairs, Hon. Kamina Smith, called on Prime Minister Keith Rowley.")
    event = r["events"][0]
    assert event["source"]["name"] == "Kamina Smith" and event["source"]["country"] == "JAM"


def test_a_leader_called_another_by_phone(extract):
    r = extract("Kenyan President William Ruto called Tanzanian President Samia Suluhu Hassan on Monday.")
    assert triples(r, "meeting") == [("meeting", "KEN", "TZA")]


def test_called_for_and_called_a_name_are_no_calls(extract):
    assert triples(extract("The Nigerian president called for calm."), "meeting") == []
    assert triples(extract("The opposition called the Kenyan president a liar."), "meeting") == []


def test_a_call_received_from_a_leader(extract):
    r = extract("Ghana's president received a call from the Nigerian president on Friday.")
    assert [(s, t) for _, s, t in triples(r, "meeting")] == [("GHA", "NGA")]


def test_talks_with_one_and_with_another(extract):
    r = extract(
        "The Brazilian president met with Iranian President Mahmoud Ahmadinejad and with Iraq's prime minister."
    )
    assert sorted(t for _, _, t in triples(r, "meeting")) == ["IRN", "IRQ"]


def test_both_after_a_meeting_are_its_two_parties(extract):
    r = extract("Modi arrived in Colombo on Friday and met President Dissanayake. Both pledged to deepen ties.")
    assert [(s, t) for _, s, t in triples(r, "cooperation")] == [("IND", "LKA")]


def test_honorifics_with_an_apostrophe_stay_out_of_names(extract):
    r = extract("Malaysian Prime Minister Dato' Seri Anwar Ibrahim hosted Samdech Thipadei Hun Manet in Kuala Lumpur.")
    e = r["events"][0]
    assert (e["type"], e["source"]["name"], e["target"]["name"]) == ("visit", "Hun Manet", "Anwar Ibrahim")


def test_sat_down_with_a_counterpart(extract):
    r = extract("The Greek prime minister sat down with his Turkish counterpart in Ankara.")
    assert triples(r, "meeting") == [("meeting", "GRC", "TUR")]


def test_joint_news_conference_but_not_a_news_conference_alone(extract):
    r = extract("The Egyptian foreign minister spoke at a joint news conference with his Jordanian counterpart.")
    assert triples(r, "meeting") == [("meeting", "EGY", "JOR")]
    assert triples(extract("The Egyptian foreign minister spoke at a news conference in Cairo."), "meeting") == []


def test_the_heads_of_state_are_the_pair_named_before(extract):
    r = extract(
        "President Ilham Aliyev welcomed President Recep Tayyip Erdogan in Shusha. The heads of state held a "
        "one-on-one meeting."
    )
    assert [(s, t) for _, s, t in triples(r, "meeting")] == [("AZE", "TUR")]


def test_discussions_held_by_the_two_leaders(extract):
    r = extract(
        "Ethiopian Prime Minister Abiy Ahmed and President Xi Jinping of China agreed to upgrade ties. The two "
        "leaders held discussions in Beijing on Tuesday."
    )
    assert [(s, t) for _, s, t in triples(r, "meeting")] == [("ETH", "CHN")]


def test_a_lunch_hosted_on_a_day_for_a_visiting_counterpart(extract):
    r = extract(
        "Senegalese Fisheries Minister Abdoulaye Sarr hosted a working lunch on Friday for his visiting "
        "Gambian counterpart, Lamin Sanneh."
    )
    assert triples(r, "meeting") == [("meeting", "SEN", "GMB")]
