"""Events whose party is an international body, an armed group or one of their officials (country null)."""

from helpers import only


def test_body_spelled_out_keeps_the_name_the_article_gives(extract):
    r = extract("The Southern African Development Community condemned the raid on Monday. SADC urged calm.")
    e = only(r, "condemnation")
    assert e["source"]["name"] == "Southern African Development Community" and e["source"]["country"] is None


def test_body_named_by_its_acronym_keeps_its_usual_name(extract):
    e = only(extract("ASEAN condemned the raid on the border post."), "condemnation")
    assert e["source"]["name"] == "ASEAN"


def test_acronym_of_a_body_named_before_is_that_body(extract):
    text = (
        "FREETOWN — Commanders of the National Patriotic Movement refused to meet the envoy. A NPM spokesman said the"
        " movement was ready for talks. The government accused the rebels of stalling."
    )
    e = only(extract(text), "condemnation")
    assert e["target"]["name"] == "National Patriotic Movement" and e["target"]["country"] is None


def test_bare_rebels_without_a_group_named_stay_rebels(extract):
    e = only(extract("FREETOWN — Fighting went on. The government accused the rebels of stalling."), "condemnation")
    assert e["target"]["name"] == "rebels"


def test_rebels_with_a_modifier_are_not_the_group_named_before(extract):
    text = "FREETOWN — The National Patriotic Movement met the envoy. The government accused the Liberian rebels of stalling."
    e = only(extract(text), "condemnation")
    assert e["target"]["name"] == "Liberian rebels"


def test_armed_group_spelled_out_keeps_that_name_at_its_acronym(extract):
    text = (
        "The Philippine government and the Moro Islamic Liberation Front signed a framework deal on Monday."
        " The MILF later condemned an army raid."
    )
    names = {e["source"]["name"] for e in extract(text)["events"]} | {
        e["target"]["name"] for e in extract(text)["events"] if e["target"]
    }
    assert "Moro Islamic Liberation Front" in names and "MILF" not in names
