"""The document passes of kg/extract/passes.py, on events made by hand: their logic, not the model's parse."""

from datetime import date

from kg.extract import passes
from kg.model import Actor, Event, Evidence

RUS = Actor("Russia", "country", "RUS")
CHN = Actor("China", "country", "CHN")
IRN = Actor("Iran", "country", "IRN")
EVIDENCE = Evidence("text", 0, 4, 0, 4)
NOWHERE = passes.ArticleContext()  # no date, no parse


def event(kind, source, target, **more):
    return Event(type=kind, source=source, target=target, trigger="t", evidence=EVIDENCE, **more)


def test_the_passes_run_in_their_stated_order():
    assert [p.__name__ for p in passes.SENTENCE_PASSES] == ["without_vague_twins", "share_visit_place", "share_call"]
    assert [p.__name__ for p in passes.DOCUMENT_PASSES] == [
        "occasion_dates",
        "story_dates",
        "lead_dates",
        "planned_days",
        "authors_of_acts",
        "resolve_condemned",
        "dateline_places",
        "occasion_places",
        "held_places",
        "signature_places",
        "building_places",
        "gathering_places",
        "speaking_places",
        "host_places",
        "trip_statements",
        "reply_places",
        "specific_places",
        "dateline_dates",
        "hosts_country",
        "distinct",
    ]


def test_a_condemnation_without_target_goes_when_the_sentence_gives_one():
    aimed, vague = event("condemnation", RUS, IRN), event("condemnation", RUS, None)
    assert passes.without_vague_twins([vague, aimed], NOWHERE) == [aimed]


def test_an_undated_event_after_a_dated_one_of_the_same_party_takes_its_date():
    events = [event("cooperation", RUS, CHN, date="2025-03-10"), event("meeting", RUS, IRN)]
    assert [e.date for e in passes.occasion_dates(events, NOWHERE)] == ["2025-03-10", "2025-03-10"]
    arrival = [event("visit", RUS, CHN, date="2025-03-10"), event("meeting", RUS, CHN), event("visit", RUS, CHN)]
    assert [e.date for e in passes.occasion_dates(arrival, NOWHERE)] == ["2025-03-10", None, "2025-03-10"]
    planned = [event("visit", RUS, CHN, date="2025-03-10"), event("meeting", RUS, IRN, modality="planned")]
    assert passes.occasion_dates(planned, NOWHERE)[1].date is None


def test_condemning_the_trip_condemns_the_one_who_made_it():
    trip = event("condemnation", IRN, None)
    trip.acted_upon = "trip"
    resolved = passes.resolve_condemned([event("visit", RUS, CHN), trip], NOWHERE)
    assert resolved[1].target == RUS


def test_condemning_the_remarks_is_not_laid_at_an_earlier_target():
    remarks = event("condemnation", IRN, None)
    remarks.acted_upon = "remarks"
    assert passes.resolve_condemned([event("condemnation", CHN, RUS), remarks], NOWHERE)[1].target is None


def test_a_person_met_during_a_visit_serves_the_country_visited():
    minister = Actor("Wang Yi", "person", None, "Foreign Minister")
    events = passes.hosts_country([event("visit", RUS, CHN), event("meeting", RUS, minister)], NOWHERE)
    assert events[1].target.country == "CHN"


def test_distinct_keeps_one_report_of_an_event_told_twice():
    first, again = event("visit", RUS, CHN), event("visit", RUS, CHN, location="Beijing")
    kept = passes.run(passes.DOCUMENT_PASSES, [first, again], passes.ArticleContext(date(2025, 3, 10)))
    assert len(kept) == 1 and kept[0].location == "Beijing"


def test_talks_told_with_no_place_happened_where_the_same_parties_met():
    signed = event("cooperation", RUS, CHN, location="Harbin")
    talks = event("meeting", CHN, RUS)
    call = event("meeting", RUS, CHN, remote=True)
    condemned = event("condemnation", RUS, IRN)
    elsewhere = event("meeting", IRN, Actor("Iraq", "country", "IRQ"))
    passes.occasion_places([signed, talks, call, condemned, elsewhere], NOWHERE)
    assert [e.location for e in (talks, call, condemned, elsewhere)] == ["Harbin", None, None, None]


def test_an_event_of_the_storys_past_is_not_placed_where_the_news_happened():
    signed = event("cooperation", RUS, CHN, location="Harbin", date="2025-03-07")
    restored = event("cooperation", CHN, RUS, date="2024-11")
    talks = event("meeting", CHN, RUS, date="2025-03-06")
    passes.occasion_places([signed, restored, talks], passes.ArticleContext(date(2025, 3, 8)))
    assert [e.location for e in (restored, talks)] == [None, "Harbin"]


def test_an_undated_event_takes_the_day_of_a_dated_one_of_its_parties():
    agreed = event("cooperation", RUS, CHN)
    met = event("meeting", CHN, RUS, date="2025-03-07")
    signed = event("cooperation", RUS, CHN, date="2025-03-06")
    background = event("meeting", IRN, RUS, date="2019-05-01")
    other = event("meeting", IRN, Actor("Iraq", "country", "IRQ"))
    passes.story_dates([agreed, met, signed, background, other], passes.ArticleContext(date(2025, 3, 8)))
    assert (agreed.date, other.date) == ("2025-03-06", None)  # the same type first; a background day dates nothing


def test_an_offer_made_at_the_talks_takes_their_day_but_a_plan_does_not():
    talks = event("meeting", RUS, CHN, date="2025-03-06")
    offer, plan = event("cooperation", CHN, RUS, modality="proposed"), event("visit", RUS, CHN, modality="planned")
    passes.story_dates([talks, offer, plan], passes.ArticleContext(date(2025, 3, 8)))
    assert (offer.date, plan.date) == ("2025-03-06", None)


def test_what_the_parties_of_a_call_agreed_in_its_sentence_was_done_on_the_call():
    call = event("meeting", RUS, CHN, remote=True)
    agreed, elsewhere = event("cooperation", CHN, RUS), event("cooperation", IRN, Actor("Iraq", "country", "IRQ"))
    passes.share_call([call, agreed, elsewhere], NOWHERE)
    assert (agreed.remote, elsewhere.remote) == (True, False)


def test_a_plan_told_by_its_month_takes_the_day_another_sentence_gives_it():
    month = event("visit", RUS, CHN, modality="planned", date="2025-09")
    day = event("visit", RUS, CHN, modality="planned", date="2025-09-02")
    undated = event("visit", RUS, CHN, modality="planned")
    passes.planned_days([month, day, undated], NOWHERE)
    assert (month.date, undated.date) == ("2025-09-02", None)


def test_talks_are_not_dated_by_an_arrival_alone_but_a_statement_during_the_trip_is():
    arrived = event("visit", RUS, CHN, date="2025-03-06")
    talks, said = event("meeting", CHN, RUS), event("condemnation", RUS, CHN)
    passes.story_dates([arrived, talks, said], passes.ArticleContext(date(2025, 3, 8)))
    assert (talks.date, said.date) == (None, "2025-03-06")


def test_an_undated_event_takes_the_day_of_the_lead_but_not_a_reaction_or_an_old_lead():
    lead = event("cooperation", RUS, CHN, date="2025-03-10")
    talks, reaction = event("meeting", IRN, Actor("Qatar", "country", "QAT")), event("condemnation", IRN, RUS)
    article = passes.ArticleContext(published=date(2025, 3, 11))
    dated = passes.lead_dates([lead, talks, reaction], article)
    assert [e.date for e in dated] == ["2025-03-10", "2025-03-10", None]
    old = event("cooperation", RUS, CHN, date="2024-03-10")
    assert passes.lead_dates([old, event("meeting", IRN, CHN)], article)[1].date is None


def test_a_visitor_condemns_where_the_visit_took_him_that_day():
    visitor = Actor("Karim Haddad", "person", "RUS", "Foreign Minister")
    visit = event("visit", visitor, CHN, location="Harbin", date="2025-03-10")
    said = event("condemnation", visitor, IRN, date="2025-03-10")
    later = event("condemnation", visitor, IRN, date="2025-03-12")
    government = event("condemnation", RUS, IRN, date="2025-03-10")
    events = passes.trip_statements([visit, said, later, government], NOWHERE)
    assert [e.location for e in events[1:]] == ["Harbin", None, None]


def test_a_deal_of_the_story_past_told_beside_a_visit_did_not_happen_on_it():
    trip = event("visit", IRN, CHN, location="Beijing", date="2025-11-08")
    past = event("cooperation", IRN, CHN, date="2025-03")
    talks = event("meeting", IRN, CHN, date="2025-11-08")
    article = passes.ArticleContext(date(2025, 11, 12))
    events = passes.share_visit_place([trip, past, talks], article)
    assert [e.location for e in events] == ["Beijing", None, "Beijing"]


def test_an_offer_made_on_the_day_of_the_talks_was_made_where_they_were_held():
    talks = event("meeting", RUS, CHN, location="Harbin", date="2025-03-10")
    offer = event("cooperation", CHN, RUS, modality="proposed", date="2025-03-10")
    other_day = event("cooperation", RUS, CHN, modality="proposed", date="2025-03-12")
    events = passes.trip_statements([talks, offer, other_day], NOWHERE)
    assert [e.location for e in events[1:]] == ["Harbin", None]
