"""Hand-built DocumentResults (no spaCy) that the rdf, store and query tests share."""

from kg.model import Actor, Article, DocumentResult, Event, Evidence

SHOIGU = Actor("Sergei Shoigu", "person", "RUS", "Defence Minister")
IRAQ = Actor("Iraq", "country", "IRQ")
FRANCE = Actor("France", "country", "FRA")
GERMANY = Actor("Germany", "country", "DEU")
HAMAS = Actor("Hamas", "organization", None)
UGLY = Actor('Dr. "Bob" <O\'Brien>\n\\ \U0001f600 \x07', "person", None, 'Envoy "special"')

UGLY_SENTENCE = 'He said "hi" \\ <b>bold</b>\n\ttab \U0001f600 bell\x07 lone\ud800 end.'


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def sample_results() -> list[DocumentResult]:
    text1 = (
        "Russian Defence Minister Sergei Shoigu arrived in Baghdad on Tuesday. "
        "France condemned the attack by Hamas. "
        "France and Germany signed a defence cooperation agreement."
    )
    s1, s2 = (text1.split(". ")[0] + ".", text1.split(". ")[1] + ".")
    s3 = text1.split(". ")[2]
    art1 = Article("news-1", text1, "2025-09-17", "Wire", "https://example.org/news/1")
    visit = Event(
        "visit",
        SHOIGU,
        IRAQ,
        "arrived",
        _evidence(text1, s1),
        location="Baghdad",
        date="2025-09-16",
        cameo="042",
        plover="CONSULT",
        confidence=0.9,
    )
    condemn = Event(
        "condemnation",
        FRANCE,
        HAMAS,
        "condemned",
        _evidence(text1, s2),
        date="2025-09",
        cameo="111",
        plover="ACCUSE",
        confidence=0.8,
    )
    coop = Event(
        "cooperation",
        FRANCE,
        GERMANY,
        "signed",
        _evidence(text1, s3),
        date="2025-09-15",
        cameo="057",
        plover="AGREE",
        confidence=0.7,
    )

    text2 = "Earlier report. " + UGLY_SENTENCE + " Shoigu landed in Baghdad on Tuesday, Iraqi media said."
    s4 = "Shoigu landed in Baghdad on Tuesday, Iraqi media said."
    art2 = Article('news/2 "odd" id?', text2, "2025-09-16", None, None)
    ugly = Event(
        "meeting",
        UGLY,
        FRANCE,
        'met "x"',
        _evidence(text2, UGLY_SENTENCE),
        modality="planned",
        location='Paris "centre"\n',
        confidence=0.5,
    )
    visit_again = Event(
        "visit",
        SHOIGU,
        IRAQ,
        "landed",
        _evidence(text2, s4),
        location="Baghdad",
        date="2025-09-16",
        cameo="042",
        plover="CONSULT",
        confidence=0.8,
    )
    return [
        DocumentResult(art1, [visit, condemn, coop], [SHOIGU, IRAQ, FRANCE, GERMANY, HAMAS]),
        DocumentResult(art2, [ugly, visit_again], [UGLY, SHOIGU]),
    ]
