"""Events whose party is an international body, an armed group or one of their officials (country null)."""

from helpers import only


def test_body_spelled_out_keeps_the_name_the_article_gives(extract):
    r = extract("The Southern African Development Community condemned the raid on Monday. SADC urged calm.")
    e = only(r, "condemnation")
    assert e["source"]["name"] == "Southern African Development Community" and e["source"]["country"] is None


def test_body_named_by_its_acronym_keeps_its_usual_name(extract):
    e = only(extract("ASEAN condemned the raid on the border post."), "condemnation")
    assert e["source"]["name"] == "ASEAN"
