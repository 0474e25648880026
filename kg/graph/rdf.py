"""Map a DocumentResult to RDF triples under the kg-diplomacy ontology (ontology/diplomacy.ttl).

IRIs are computed from the content only, so the same actor or event read from two articles or in
two runs is one node. The graph holds data only; the ontology stays in its own file.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from types import SimpleNamespace
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal, Namespace, URIRef

from kg.model import Actor, DocumentResult, Event
from kg.resources import GAZETTEER, LEXICON

DIP = Namespace("https://w3id.org/kg-diplomacy/ontology#")
KGR = Namespace("https://w3id.org/kg-diplomacy/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "dip": str(DIP),
    "kgr": str(KGR),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "nif": str(NIF),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}

EVENT_CLASSES = {
    "visit": DIP.Visit,
    "meeting": DIP.Meeting,
    "condemnation": DIP.Condemnation,
    "cooperation": DIP.Cooperation,
    "other": DIP.OtherEvent,
}
KIND_CLASSES = {"person": DIP.Person, "country": DIP.Country, "organization": DIP.Organization}

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)
# Code points no RDF syntax can carry everywhere (XML 1.0 excludes them): C0 controls other than
# tab/newline/return, lone surrogates, U+FFFE/U+FFFF.
_INVALID_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _terms(namespace, names: str) -> SimpleNamespace:
    """Plain attributes holding URIRefs: rdflib's Namespace builds and checks a new URIRef on every access."""
    return SimpleNamespace(**{name: URIRef(str(namespace) + name) for name in names.split()})


_DIP = _terms(
    DIP,
    "Actor Article Country DiplomaticEvent Evidence ExtractionRule OtherEvent articleId cameo confidence country "
    "date eventType evidence isoCode kind location modality plover polarity role ruleId source target textDigest "
    "trigger",
)
_NIF = _terms(NIF, "anchorOf beginIndex endIndex")
_OWL = _terms(OWL, "sameAs")
_PROV = _terms(PROV, "wasDerivedFrom wasGeneratedBy")
_RDF = _terms(RDF, "type")
_RDFS = _terms(RDFS, "label")
_SCHEMA = _terms(SCHEMA, "datePublished publisher url")
_XSD = _terms(XSD, "anyURI date decimal nonNegativeInteger string")


def bind_prefixes(graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def clean_text(text: str) -> str:
    """Replace code points that would break some RDF syntax with U+FFFD, one for one (offsets stay valid)."""
    return _INVALID_CHARS.sub("\ufffd", text)


def text_literal(text: str) -> Literal:
    """A string literal typed xsd:string explicitly, as Oxigraph returns it (rdflib tells the two apart)."""
    return Literal(clean_text(text), datatype=_XSD.string)


@lru_cache(maxsize=16384)
def _word(text: str) -> Literal:
    """text_literal for short values that repeat (types, codes, places, triggers)."""
    return text_literal(text)


@lru_cache(maxsize=16384)
def _offset(value: int) -> Literal:
    return Literal(str(value), datatype=_XSD.nonNegativeInteger)


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(min(max(value, 0.0), 1.0), 3))), datatype=_XSD.decimal)


def _sha1(text: str, length: int = 16) -> str:
    return hashlib.sha1(clean_text(text).encode("utf-8")).hexdigest()[:length]


def slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    result = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return result or "x" + _sha1(name, 12)


def iso_code(code: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code in upper case, or None when `code` is not one."""
    if not code:
        return None
    code = code.strip().upper()
    return code if _ISO3.match(code) else None


def country_iri(code: str) -> URIRef:
    return KGR[f"country/{code}"]


@lru_cache(maxsize=65536)
def actor_iri(actor: Actor) -> URIRef:
    """A country without a valid ISO code gets kgr:country/x-<slug> and is typed dip:Actor only."""
    code = iso_code(actor.country)
    if actor.kind == "country":
        return country_iri(code) if code else KGR[f"country/x-{slug(actor.name)}"]
    if actor.kind == "person":
        return KGR[f"person/{slug(actor.name)}--{code or 'x'}"]
    return KGR[f"org/{slug(actor.name)}"]


def article_iri(article_id: str) -> URIRef:
    """The article's IRI; a final "." is written %2E, as a Turtle name ending in "\\." is valid but rdflib cannot read it."""
    local = quote(clean_text(article_id), safe="")
    if local.endswith("."):
        local = local[:-1] + "%2E"
    return KGR["article/" + local]


def date_literal(date: str | None) -> Literal | None:
    if not date:
        return None
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(date):
            return Literal(date, datatype=datatype)
    return None


def event_iri(event: Event, article_id: str) -> URIRef:
    target = str(actor_iri(event.target)) if event.target else ""
    date = (event.date or "") if date_literal(event.date) is not None else ""
    return event_key_iri(
        event.type, str(actor_iri(event.source)), target, date, event.polarity, event.modality, article_id
    )


def event_key_iri(
    type_: str, source: str, target: str, date: str, polarity: str, modality: str, article_id: str
) -> URIRef:
    """The event IRI from its parts (IRIs as strings, "" when absent); an undated event is one per article."""
    key = "|".join((type_, source, target, date, polarity, modality))
    if not date:
        key += "|" + article_id
    return KGR[f"event/{slug(type_)}/{_sha1(key)}"]


def rule_iri(rule_id: str) -> URIRef:
    return KGR["rule/" + quote(clean_text(rule_id), safe="")]


@lru_cache(maxsize=1)
def rule_labels() -> dict[str, str]:
    """Rule id -> label from data/lexicon/rules.csv (columns id,label) when that file exists."""
    path = LEXICON / "rules.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        return {(row.get("id") or "").strip(): (row.get("label") or "").strip() for row in csv.DictReader(handle)}


@lru_cache(maxsize=4096)
def _rule_triples(rule_id: str) -> tuple[tuple, ...]:
    node = rule_iri(rule_id)
    return (
        (node, _RDF.type, _DIP.ExtractionRule),
        (node, _DIP.ruleId, text_literal(rule_id)),
        (node, _RDFS.label, text_literal(rule_labels().get(rule_id) or rule_id)),
    )


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def evidence_iri(event: str, article_id: str, start: int, end: int) -> URIRef:
    return KGR["evidence/" + _sha1(f"{event}|{article_id}|{start}|{end}")]


@lru_cache(maxsize=1)
def country_facts() -> dict[str, tuple[str | None, str | None]]:
    """ISO3 -> (English name, Wikidata ID) from data/gazetteer/countries.csv when it has such columns."""
    path = GAZETTEER / "countries.csv"
    facts: dict[str, tuple[str | None, str | None]] = {}
    if not path.exists():
        return facts
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = {f.lower(): f for f in reader.fieldnames or ()}
        code_col = next((fields[f] for f in ("iso3", "alpha3", "iso", "code") if f in fields), None)
        name_col = next((fields[f] for f in ("name", "label") if f in fields), None)
        qid_col = next((fields[f] for f in ("wikidata", "qid", "wikidata_id") if f in fields), None)
        if code_col is None:
            return facts
        for row in reader:
            code = iso_code(row.get(code_col))
            if not code or code in facts:
                continue
            name = (row.get(name_col) or "").strip() if name_col else ""
            qid = (row.get(qid_col) or "").strip() if qid_col else ""
            facts[code] = (name or None, qid if re.match(r"^Q\d+$", qid) else None)
    return facts


@lru_cache(maxsize=4096)
def _country_triples(code: str, name: str | None = None) -> tuple[tuple, ...]:
    node = country_iri(code)
    known_name, qid = country_facts().get(code, (None, None))
    triples = [
        (node, _RDF.type, _DIP.Actor),
        (node, _RDF.type, _DIP.Country),
        (node, _DIP.kind, text_literal("country")),
        (node, _DIP.isoCode, text_literal(code)),
        (node, _DIP.country, node),
        (node, _RDFS.label, text_literal(known_name or name or code)),
    ]
    if qid:
        triples.append((node, _OWL.sameAs, WD[qid]))
    return tuple(triples)


def actor_triples(actor: Actor) -> list[tuple]:
    return list(_actor_triples(actor))


@lru_cache(maxsize=65536)
def _actor_triples(actor: Actor) -> tuple[tuple, ...]:
    code = iso_code(actor.country)
    if actor.kind == "country" and code:
        return _country_triples(code, actor.name)
    node = actor_iri(actor)
    triples = [
        (node, _RDF.type, _DIP.Actor),
        (node, _DIP.kind, _word(actor.kind)),
        (node, _RDFS.label, text_literal(actor.name)),
    ]
    if actor.kind in KIND_CLASSES and actor.kind != "country":
        triples.append((node, _RDF.type, KIND_CLASSES[actor.kind]))
    if actor.role:
        triples.append((node, _DIP.role, text_literal(actor.role)))
    if code:
        triples.append((node, _DIP.country, country_iri(code)))
        triples += _country_triples(code)
    return tuple(triples)


def article_triples(result: DocumentResult) -> list[tuple]:
    article = result.article
    node = article_iri(article.id)
    triples = [
        (node, _RDF.type, _DIP.Article),
        (node, _DIP.articleId, text_literal(article.id)),
        (node, _DIP.textDigest, Literal(text_digest(article.text), datatype=_XSD.string)),
    ]
    published = date_literal(article.published)
    if published is not None and published.datatype == _XSD.date:
        triples.append((node, _SCHEMA.datePublished, published))
    if article.source:
        triples.append((node, _SCHEMA.publisher, _word(article.source)))
    if article.url:
        triples.append((node, _SCHEMA.url, Literal(clean_text(article.url), datatype=_XSD.anyURI)))
    return triples


def event_triples(event: Event, article_id: str) -> list[tuple]:
    node = event_iri(event, article_id)
    triples = [
        (node, _RDF.type, _DIP.DiplomaticEvent),
        (node, _RDF.type, EVENT_CLASSES.get(event.type, _DIP.OtherEvent)),
        (node, _DIP.eventType, _word(event.type)),
        (node, _DIP.source, actor_iri(event.source)),
        (node, _DIP.polarity, _word(event.polarity)),
        (node, _DIP.modality, _word(event.modality)),
        (node, _DIP.confidence, _confidence(event.confidence)),
    ]
    triples += _actor_triples(event.source)
    if event.target:
        triples.append((node, _DIP.target, actor_iri(event.target)))
        triples += _actor_triples(event.target)
    if event.location:
        triples.append((node, _DIP.location, _word(event.location)))
    date = date_literal(event.date)
    if date is not None:
        triples.append((node, _DIP.date, date))
    if event.trigger:
        triples.append((node, _DIP.trigger, _word(event.trigger)))
    if event.cameo:
        triples.append((node, _DIP.cameo, _word(event.cameo)))
    if event.plover:
        triples.append((node, _DIP.plover, _word(event.plover)))

    ev = event.evidence
    evidence = evidence_iri(node, article_id, ev.start, ev.end)
    triples += [
        (node, _DIP.evidence, evidence),
        (evidence, _RDF.type, _DIP.Evidence),
        (evidence, _NIF.anchorOf, text_literal(ev.sentence)),
        (evidence, _NIF.beginIndex, _offset(ev.start)),
        (evidence, _NIF.endIndex, _offset(ev.end)),
        (evidence, _PROV.wasDerivedFrom, article_iri(article_id)),
    ]
    if event.trigger:
        triples.append((evidence, _DIP.trigger, _word(event.trigger)))
    if event.rule:  # on the event, and on the report it was read from (an event told twice may have two)
        rule = rule_iri(event.rule)
        triples += [(node, _PROV.wasGeneratedBy, rule), (evidence, _PROV.wasGeneratedBy, rule)]
        triples += _rule_triples(event.rule)
    return triples


def document_triples(result: DocumentResult) -> list[tuple]:
    """All triples for one article: the article, its events with evidence, and their parties.

    An entity that takes part in no event (a dateline, a place read as a person, a street) is not an
    actor of the graph; the entities that are parties add what they know (a role) to their node.
    """
    article_id = result.article.id
    triples = article_triples(result)
    parties = set()
    for event in result.events:
        triples += event_triples(event, article_id)
        parties.add(actor_iri(event.source))
        if event.target:
            parties.add(actor_iri(event.target))
    for actor in result.entities:
        if actor_iri(actor) in parties:
            triples += _actor_triples(actor)
    return list(dict.fromkeys(triples))
