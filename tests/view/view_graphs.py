"""Graphs for the view's tests and benchmark, built through kg.graph.rdf so they follow the RDF contract.

The sample articles are invented for these tests.
"""

from __future__ import annotations

import random

from kg.graph.rdf import document_triples
from kg.graph.store import add_triples, open_store
from kg.model import Actor, Article, DocumentResult, Event, Evidence

XSS_NAME = '<img src=x onerror="window.__pwned=1;alert(1)">'
XSS_SCRIPT = "</script><script>window.__pwned=2;alert(2)</script>"

RUS = Actor("Russia", "country", "RUS")
IRQ = Actor("Iraq", "country", "IRQ")
CHN = Actor("China", "country", "CHN")
FRA = Actor("France", "country", "FRA")
DEU = Actor("Germany", "country", "DEU")
USA = Actor("United States", "country", "USA")
IRN = Actor("Iran", "country", "IRN")
VOLKOV = Actor("Pavel Volkov", "person", "RUS", "Defence Minister")
HASSAN = Actor("Karim Hassan", "person", "IRQ", "Prime Minister")
LEMAIRE = Actor("Claire Lemaire", "person", "FRA", "Foreign Minister")
WEI = Actor("Wei Lan", "person", "CHN", "Vice Premier")
UN = Actor("United Nations", "organization", None)
BLOC = Actor("Northern Council", "organization", "DEU")


def _event(
    type_, source, target, sentence, trigger, date=None, polarity="positive", modality="asserted", location=None
):
    return Event(
        type=type_,
        source=source,
        target=target,
        trigger=trigger,
        location=location,
        date=date,
        polarity=polarity,
        modality=modality,
        evidence=Evidence(sentence, 0, len(sentence)),
    )


def sample_results(xss: bool = False) -> list[DocumentResult]:
    """Twelve events in five articles: every type, a negative, a planned and a proposed event, two
    events between the same pair, an event without a target."""
    a1 = Article("a1", "", "2025-03-04", "Daily Wire Service", "https://news.example.org/a1")
    a2 = Article("a2", "", "2025-05-20", "Evening Courier", "https://news.example.org/a2")
    a3 = Article("a3", "", "2025-07-09", None, None)
    a4 = Article("a4", "", "2025-09-15", "Harbour Times", "javascript:window.__pwned=3")
    a5 = Article("a5", "", "2025-11-02", "Morning Ledger", "https://news.example.org/a5")
    docs = [
        DocumentResult(
            a1,
            [
                _event(
                    "visit",
                    VOLKOV,
                    IRQ,
                    "Pavel Volkov landed in Baghdad for a two-day trip.",
                    "landed in",
                    "2025-03-03",
                    location="Baghdad",
                ),
                _event(
                    "meeting",
                    VOLKOV,
                    HASSAN,
                    "Volkov held talks with Karim Hassan on Monday.",
                    "held talks",
                    "2025-03-03",
                ),
                _event("cooperation", RUS, IRQ, "The two governments signed an energy accord.", "signed", "2025-03-03"),
            ],
            [VOLKOV, HASSAN, RUS, IRQ],
        ),
        DocumentResult(
            a2,
            [
                _event(
                    "condemnation", FRA, RUS, "Paris condemned the strikes in strong terms.", "condemned", "2025-05-19"
                ),
                _event(
                    "visit",
                    LEMAIRE,
                    CHN,
                    "Claire Lemaire will travel to Beijing next month.",
                    "will travel",
                    "2025-06",
                    modality="planned",
                ),
                _event(
                    "condemnation",
                    DEU,
                    RUS,
                    "Berlin declined to condemn the decision.",
                    "declined to condemn",
                    "2025-05-18",
                    polarity="negative",
                ),
            ],
            [LEMAIRE, FRA, CHN, DEU, RUS],
        ),
        DocumentResult(
            a3,
            [
                _event(
                    "cooperation",
                    CHN,
                    IRQ,
                    "Beijing said it was ready to deepen ties with Baghdad.",
                    "ready to deepen",
                    "2025-07",
                    modality="proposed",
                ),
                _event("meeting", WEI, HASSAN, "Wei Lan met Karim Hassan in Baghdad.", "met", "2025-07-08"),
                _event("other", UN, None, "The United Nations voiced concern over the fighting.", "voiced concern"),
            ],
            [WEI, HASSAN, UN, CHN, IRQ],
        ),
        DocumentResult(
            a4,
            [
                _event(
                    "visit", VOLKOV, IRQ, "Volkov returned to Baghdad for a second visit.", "returned to", "2025-09-14"
                ),
                _event("condemnation", USA, IRN, "Washington denounced the launch.", "denounced", "2025-09-12"),
            ],
            [VOLKOV, IRQ, USA, IRN],
        ),
        DocumentResult(
            a5,
            [
                _event(
                    "cooperation",
                    BLOC,
                    FRA,
                    "The Northern Council agreed a grid pact with France.",
                    "agreed",
                    "2025-11-01",
                ),
            ],
            [BLOC, FRA],
        ),
    ]
    if xss:
        evil = Actor(XSS_NAME, "person", "IRN", XSS_SCRIPT)
        evil_org = Actor(XSS_SCRIPT, "organization", None)
        a6 = Article(XSS_SCRIPT, "", "2025-10-01", XSS_NAME, "javascript:window.__pwned=4")
        docs.append(
            DocumentResult(
                a6,
                [
                    _event(
                        "meeting",
                        evil,
                        evil_org,
                        f"{XSS_SCRIPT} met {XSS_NAME} \u2028 & more",
                        XSS_NAME,
                        "2025-10-01",
                        location=XSS_SCRIPT,
                    ),
                ],
                [evil, evil_org],
            )
        )
    return docs


def graph_of(results: list[DocumentResult]):
    graph = open_store()
    add_triples(graph, (t for r in results for t in document_triples(r)))
    return graph


def sample_graph(xss: bool = False):
    return graph_of(sample_results(xss))


def synthetic_results(n_nodes: int, n_events: int, seed: int = 1) -> list[DocumentResult]:
    """About n_nodes actors (5% countries, 70% people, the rest organisations, a fifth of those without
    a country) in eight regions, and n_events events, 10 to an article. Four partners in five are from
    the actor's own region; busy actors are chosen more often."""
    rng = random.Random(seed)
    n_countries = max(5, n_nodes // 20)
    regions = min(8, n_countries)
    countries = [Actor(f"Country {i}", "country", _iso(i)) for i in range(n_countries)]
    region_of = {c.country: i % regions for i, c in enumerate(countries)}
    actors = list(countries)
    n_people = int(n_nodes * 0.7)
    for i in range(n_people):
        home = rng.choice(countries)
        actors.append(Actor(f"Person {i}", "person", home.country, rng.choice(["Minister", "President", "Envoy"])))
    for i in range(n_nodes - n_countries - n_people):
        home = None if rng.random() < 0.2 else rng.choice(countries).country
        actors.append(Actor(f"Organisation {i}", "organization", home))
    rng.shuffle(actors)
    by_region: list[list[Actor]] = [[] for _ in range(regions)]
    for actor in actors:
        by_region[region_of[actor.country] if actor.country else rng.randrange(regions)].append(actor)
    weights = [[1.0 / (k + 1) ** 0.6 for k in range(len(group))] for group in by_region]
    types = ["visit", "meeting", "condemnation", "cooperation", "other"]
    results = []
    events: list[Event] = []
    for k in range(n_events):
        region = rng.randrange(regions)
        source = rng.choices(by_region[region], weights[region])[0]
        other = region if rng.random() < 0.8 else rng.randrange(regions)
        target = rng.choices(by_region[other], weights[other])[0]
        if source == target:
            target = rng.choice(countries)
        events.append(
            _event(
                rng.choice(types),
                source,
                target,
                f"Synthetic sentence {k} about {source.name} and {target.name}.",
                "met",
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                polarity="negative" if rng.random() < 0.05 else "positive",
                modality=rng.choice(["asserted"] * 8 + ["planned", "proposed"]),
            )
        )
        if len(events) == 10 or k == n_events - 1:
            article = Article(
                f"syn-{len(results)}",
                "",
                "2025-12-31",
                "Synthetic Press",
                f"https://news.example.org/syn/{len(results)}",
            )
            results.append(DocumentResult(article, events, []))
            events = []
    # every actor named at least once, so the node count is n_nodes
    results.append(DocumentResult(Article("syn-all", "", None), [], actors))
    return results


def _iso(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return (
        "Q" + letters[(i // 26) % 26] + letters[i % 26] if i < 676 else "Z" + letters[(i // 26) % 26] + letters[i % 26]
    )


def view_data_of(results: list[DocumentResult]) -> tuple[dict[str, dict], list[dict]]:
    """What kg.view.data.read_view_data gives for graph_of(results), without the RDF round trip
    (fast enough to feed the browser tests a graph of 5,000 nodes)."""
    from kg.graph.rdf import actor_iri, country_iri, event_iri, iso_code

    nodes: dict[str, dict] = {}

    def add(actor: Actor) -> str:
        iri = str(actor_iri(actor))
        code = iso_code(actor.country)
        node = nodes.setdefault(
            iri, {"iri": iri, "label": actor.name, "kind": actor.kind, "country": None, "iso": None, "roles": []}
        )
        if code:
            country = str(country_iri(code))
            node["country"] = country
            nodes.setdefault(
                country,
                {"iri": country, "label": code, "kind": "country", "country": country, "iso": code, "roles": []},
            )
            if actor.kind == "country":
                node["iso"] = code
        if actor.role and actor.role not in node["roles"]:
            node["roles"].append(actor.role)
        return iri

    events = []
    for result in results:
        article = result.article
        for actor in result.entities:
            add(actor)
        for e in result.events:
            events.append(
                {
                    "iri": str(event_iri(e, article.id)),
                    "type": e.type,
                    "source": add(e.source),
                    "target": add(e.target) if e.target else None,
                    "date": e.date,
                    "polarity": e.polarity,
                    "modality": e.modality,
                    "location": e.location,
                    "trigger": e.trigger,
                    "evidence": [
                        {
                            "sentence": e.evidence.sentence,
                            "begin": e.evidence.start,
                            "article": article.id,
                            "url": article.url if (article.url or "").startswith("http") else None,
                            "published": article.published,
                            "publisher": article.source,
                        }
                    ],
                }
            )
    return nodes, events
