"""Pledges with amounts, gifts promised, and people's countries from a later title (sentences written for these
tests)."""

from helpers import only, triples


def test_a_pledged_amount_to_a_country_is_cooperation(extract):
    assert triples(extract("Japan pledged $500 million in aid to Ukraine on Tuesday."), "cooperation") == [
        ("cooperation", "JPN", "UKR")
    ]


def test_a_gift_promised_is_planned_cooperation_and_a_gift_made_is_none(extract):
    e = only(extract("The Chinese government said it would donate two patrol boats to Vanuatu."), "cooperation")
    assert (e["source"]["country"], e["target"]["country"], e["modality"]) == ("CHN", "VUT", "planned")
    assert (
        triples(extract("Norway donated 20 million crowns to the Palestinian Authority last year."), "cooperation")
        == []
    )


def test_a_later_title_with_a_demonym_gives_the_person_named_before_a_country(nlp):
    import kg
    from kg.model import Article

    text = "Teodoro Obiang flew to Madrid on Friday. The Equatoguinean leader later held talks with Pedro Sanchez."
    pipeline = kg.load(known_people=False)
    doc = pipeline(kg.make_doc(pipeline, Article("t", text, "2025-03-14")))
    visits = [e for e in doc._.events if e.type == "visit"]
    assert [(e.source.name, e.source.country, e.target.country) for e in visits] == [("Teodoro Obiang", "GNQ", "ESP")]


def test_the_parties_signed_a_number_of_documents(extract):
    r = extract(
        "Belarus President Aleksandr Lukashenko and Zimbabwean President Emmerson Mnangagwa held talks in "
        "Harare. After the talks, the two sides signed several documents on cooperation."
    )
    assert triples(r, "cooperation") == [("cooperation", "BLR", "ZWE")]


def test_the_delegations_named_before_agree(extract):
    r = extract("The delegations of Laos and Vietnam met in Vientiane. The delegations agreed to reopen the border.")
    assert triples(r, "cooperation") == [("cooperation", "LAO", "VNM")]


def test_they_after_two_leaders_are_the_two(extract):
    r = extract(
        "Peruvian President Ana Quispe received Chilean President Tomas Rojas in Lima on Monday. They signed a "
        "water agreement."
    )
    assert triples(r, "cooperation") == [("cooperation", "PER", "CHL")]
