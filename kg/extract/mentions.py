"""Who and where each stretch of an article names: persons, countries, organisations, places.

The model's entities are corrected with the gazetteer and with consistency inside the article:
a name tagged PERSON once is a person wherever it recurs, a surname alone is the person already named.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import ENT_ID, POS
from spacy.parts_of_speech import PROPN

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, load_lexicon, word_list
from ..model import Actor
from .dateline import dateline, two_places
from .memo import entities, kids, per_doc, sent_of, string_key, word_table

NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
NAME_PARTICLES = word_list("name_particles")
NAME_NUMERALS = word_list("name_numerals")
ONE_NAME_TITLES = word_list("one_name_titles")  # "King Birendra"
HONORIFICS = word_list("honorifics")
OFFICIAL_BODIES = word_list("official_bodies")
TITLE_BODIES = word_list("title_bodies")
PORTFOLIO_WORDS = word_list("portfolio_words")


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # person, country, organization, demonym, place
    actor: Actor | None  # what the mention stands for as an actor, if it can act
    code: str | None = None  # the country the mention points at (a place's or a demonym's country)
    place: str | None = None  # the place as written, when the mention can be a location
    media: bool = False
    titled: bool = False  # a person named with a title of their own ("Foreign Minister N. N.")


LOOKBACK_TOKENS = 1500


@dataclass
class DocMentions:
    """Every mention of one article, by token."""

    by_token: dict[int, Mention] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    line: tuple = (None, None, None)  # the dateline's (start, end, country code), read once (dateline.py)
    two_places: tuple | None = None  # (end, (code, code)) of a dateline naming two places ("WASHINGTON/SEOUL -")
    _ordered: list[Mention] | None = None

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._ordered = None
        for i in range(mention.start, mention.end):
            self.by_token[i] = mention

    def remove(self, mention: Mention) -> None:
        self.mentions.remove(mention)
        self._ordered = None
        for i in range(mention.start, mention.end):
            if self.by_token.get(i) is mention:
                del self.by_token[i]

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def before(self, i: int, reach: int = LOOKBACK_TOKENS):
        """Mentions that start before token i, nearest first, no further back than `reach` tokens: a reference
        looks back a few paragraphs, and a bound keeps a very long article linear."""
        if self._ordered is None:
            self._ordered = sorted(self.mentions, key=lambda m: m.start)
            self._starts = [m.start for m in self._ordered]
        for n in range(bisect.bisect_left(self._starts, i) - 1, -1, -1):
            mention = self._ordered[n]
            if mention.start < i - reach:
                return
            yield mention


def strip_titles(tokens, lexicon: Lexicon) -> list:
    """Drop leading title words and honorifics from a name ("Sheikh", "Grand Ayatollah", "Pope")."""
    tokens = list(tokens)
    while len(tokens) > 1 and (tokens[0].lower_ in lexicon.titles or tokens[0].lower_ in HONORIFICS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    return tokens


def find_mentions(doc, gazetteer: Gazetteer, lexicon: Lexicon) -> DocMentions:
    found = DocMentions()
    persons: dict[str, Actor] = {}  # full name -> actor
    ents = [e for e in entities(doc) if e.label_ in NAME_LABELS]
    person_names = {e.text for e in ents if e.label_ == "PERSON" and not _portfolio_only(e, lexicon)}
    surnames = {}
    for name in person_names:
        parts = [p for p in _without_particles(name) if p.lower() not in NAME_PARTICLES | NAME_NUMERALS]
        if len(parts) > 1:
            for part in parts:
                surnames.setdefault(part, name)
    in_names = {t.i for e in ents if e.label_ != "PERSON" and _part_of_a_name(doc, e, lexicon) for t in e}
    found.line = dateline(doc, gazetteer)
    if found.line[2] is None:
        found.two_places = two_places(doc, gazetteer)
    line_start, line_end, line_code = found.line
    for ent in ents:
        if ent.start in in_names:
            continue  # "President Jon Chad", "Foreign Minister Jordan Brask", "President Ana Lima": names
        if line_code and ent.start == line_start and ent.label_ in ("PERSON", "ORG", "NORP"):
            place = gazetteer.place(doc[line_start:line_end].text.title())  # "NOUAKCHOTT —" tagged a person
            # a town the gazetteer lacks, placed by the country after it ("ELMTOWN, X -"): a place there
            code, kind = (place.code, place.kind) if place is not None and place.code else (line_code, "town")
            found.add(_place_mention(doc[line_start:line_end], gazetteer, code, kind))
            continue
        if ent.start in found.by_token and found.at(ent.start).kind == "person":
            continue  # "Ana von der Berg": a word the name before took as its last (rule person.name_last_word)
        mention = _mention_of(ent, gazetteer, lexicon, person_names, surnames)
        if mention is None or (mention.kind in ("organization", "place") and not mention.code):
            code = _misspelt_country(doc, ent, gazetteer, lexicon)
            mention = _place_mention(ent, gazetteer, code, "name") if code else mention
        if mention is not None and mention.kind == "person":
            mention.end = _name_end(doc, mention.end, lexicon, in_names)
            mention.start = _name_start(doc, mention.start, mention.end, lexicon, in_names)
            mention.start = _portfolio_cut(doc, mention.start, mention.end, lexicon)
            if all(t.lower_ in TITLE_GLUE or t.lower_ in lexicon.titles for t in doc[mention.start : mention.end]):
                continue  # "the King of" (Tonga): a title the model tagged as a name, read as "the Emir of Qatar"
        if mention is not None:
            found.add(mention)
    _join_nicknames(doc, found)
    _later_names_of_persons(doc, found, lexicon, in_names)
    names = _capitalised_proper_nouns(doc)
    _add_untagged_surnames(names, found, surnames, lexicon)
    _add_untagged_full_names(names, found, person_names, lexicon)
    _add_titled_names(doc, names, found, gazetteer, lexicon)
    _monarchs_taken_for_bodies(doc, found, lexicon)
    _add_appositive_names(doc, names, found, lexicon)
    _add_names_after_portfolio(doc, names, found, lexicon)
    _add_names_of_countries(doc, names, found, lexicon)
    _add_names_after_country_possessive(doc, names, found, lexicon)
    _add_names_described_after(doc, names, found, lexicon)
    _add_known_names(names, found, gazetteer, lexicon)
    _add_surnames_of_found_names(doc, names, found, lexicon)
    _resolve_persons(doc, found, gazetteer, lexicon, persons)
    _countries_from_later_titles(doc, found, lexicon)
    _countries_from_context(doc, found, gazetteer)
    _countries_from_later_titles(doc, found, lexicon, bodies=True)
    _acronyms_as_written(doc, found)
    _acronyms_of_named_bodies(doc, found, gazetteer)
    _organizations_as_spelled_out(doc, found, gazetteer)
    return found


TITLE_GLUE = {"the", "of", "a"}  # the small words of a title without a name ("the King of")
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]+['’][a-z]{2,}")
ACRONYM_SKIPS = ("of", "and", "the", "for", "in", "de", "&")


def _acronyms_of_named_bodies(doc, found: DocMentions, gazetteer: Gazetteer) -> None:
    """ "the Ruritanian Unity Front ... a RUF spokesman": an acronym the gazetteer does not know, made of the initials
    of a body the article named before, is that body."""
    named: dict[str, Actor] = {}
    for mention in sorted(found.mentions, key=lambda m: m.start):
        actor = mention.actor
        if mention.kind != "organization" or actor is None:
            continue
        text = doc[mention.start : mention.end].text
        if text.isupper() and text.isalpha() and 2 < len(text) < 7:
            if text not in named and gazetteer.organization(text) is None:
                spelled = _spelled_before_brackets(doc, mention, text)
                if spelled:  # "the Ruritanian Peace Council (RPC)", the model tagging only the acronym
                    named[text] = dataclasses.replace(actor, name=spelled)
            if text in named and gazetteer.organization(text) is None:
                mention.actor = named[text]
            continue
        words = [w for w in actor.name.replace("-", " ").split() if w.lower() not in ACRONYM_SKIPS]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            named.setdefault("".join(w[0] for w in words), actor)


def _spelled_before_brackets(doc, mention: Mention, acronym: str) -> str | None:
    """The capitalised words right before "(ACRONYM)" whose initials spell it, or None."""
    if (
        mention.start < 2
        or doc[mention.start - 1].text != "("
        or mention.end >= len(doc)
        or doc[mention.end].text != ")"
    ):
        return None
    letters, i = [], mention.start - 2
    while i >= 0 and len(letters) < len(acronym):
        token = doc[i]
        if token.lower_ in ACRONYM_SKIPS and letters:
            i -= 1
            continue
        if not token.text[:1].isupper() or not token.is_alpha:
            return None
        letters.insert(0, token.text[0])
        i -= 1
    if "".join(letters) != acronym:
        return None
    return doc[i + 1 : mention.start - 1].text


def _spells(text: str, acronym: str) -> bool:
    """Whether the initials of the capitalised words of `text` are the letters of `acronym` (ASEAN: Association of
    South East Asian Nations; SADC: Southern African Development Community)."""
    letters = [c for c in acronym if c.isalpha()]
    words = [w for w in text.replace("-", " ").split() if w.lower() not in ACRONYM_SKIPS]
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == "".join(letters).upper()


def _organizations_as_spelled_out(doc, found: DocMentions, gazetteer: Gazetteer) -> None:
    """ "the Southern African Development Community condemned ...": a body whose usual name is an acronym (SADC)
    keeps the name as the article first spells it out, there and at its later mentions (the acronym included)."""
    first_text: dict[str, str] = {}
    for mention in sorted(found.mentions, key=lambda m: m.start):
        actor = mention.actor
        if mention.kind != "organization" or actor is None or " " in actor.name:
            continue
        if actor.name not in gazetteer.organizations:
            continue
        if actor.name not in first_text:
            words = [t for t in doc[mention.start : mention.end] if not t.is_punct or t.text in "-'&"]
            if words and words[0].lower_ == "the":
                words = words[1:]
            text = doc[words[0].i : words[-1].i + 1].text if words else ""
            spelled = gazetteer.organization(text) == gazetteer.organizations[actor.name] and _spells(text, actor.name)
            first_text[actor.name] = text if spelled else ""
        if first_text[actor.name]:
            mention.actor = dataclasses.replace(actor, name=first_text[actor.name])


def _acronyms_as_written(doc, found: DocMentions) -> None:
    """ "the Ruritanian Unity Front (RUNF)": the acronym in brackets, there and later, is that organisation."""
    expansions: dict[str, Actor] = {}
    ordered = sorted(found.mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:]):
        if (
            first.kind == "organization"
            and first.actor is not None
            and second.kind == "organization"
            and second.start == first.end + 1
            and doc[first.end].text == "("
            and second.end < len(doc)
            and doc[second.end].text == ")"
        ):
            acronym = doc[second.start : second.end].text
            if acronym.isupper() and first.actor.name != acronym:
                expansions[acronym] = first.actor
    if not expansions:
        return  # no acronym was spelled out: no mention's text needs reading
    for mention in (m for m in ordered if m.kind == "organization"):
        text = doc[mention.start : mention.end].text
        if text in expansions and mention.actor != expansions[text]:
            mention.actor = expansions[text]


def _mention_of(ent, gazetteer, lexicon, person_names, surnames) -> Mention | None:
    label, text = ent.label_, ent.text
    ent_id = _ent_id(ent)
    if ent_id:
        what, _, rest = ent_id.partition("|")
        if what == "place":
            code, kind = rest.split("|")
            return _place_mention(ent, gazetteer, code, kind)
        org = gazetteer.organizations.get(rest) if what == "org" else None
        if org is not None:
            actor = Actor(org.name, "organization", org.country)
            return Mention(ent.start, ent.end, "organization", actor, code=org.country, media=org.kind == "media")
    if label == "PERSON" and _portfolio_only(ent, lexicon):
        return None  # "Minister of Foreign Affairs and the Diaspora", "State Councilor and ...": no person
    if label == "PERSON" or text in person_names or text in surnames or _person_by_other_label(ent, gazetteer, lexicon):
        return Mention(ent.start, ent.end, "person", None)
    if label in ("GPE", "LOC", "FAC"):
        place = gazetteer.place(text)
        if place is not None:
            return _place_mention(ent, gazetteer, place.code, place.kind)
        return Mention(ent.start, ent.end, "place", None, place=_clean_place(ent))
    if label == "ORG":
        if all(t.lower_ in lexicon.titles or t.lower_ == "of" for t in ent):
            return None
        org = gazetteer.organization(text)
        if org is not None:
            actor = Actor(org.name, "organization", org.country)
            return Mention(ent.start, ent.end, "organization", actor, code=org.country, media=org.kind == "media")
        code = _country_inside(ent, gazetteer)
        name = _clean_org_name(ent)
        first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
        if _portfolio(ent, lexicon) and _name_like(ent, lexicon):
            return Mention(ent.start, ent.end, "person", None)  # "X's Minister for Foreign Affairs, N. N."
        if not name or _portfolio(ent, lexicon) or (code is None and first.lemma_.lower() in OFFICIAL_BODIES):
            return None
        if code is None and ent[-1].lower_ == "of" and any(t.lemma_.lower() in OFFICIAL_BODIES for t in ent):
            return None  # "the Foreign Ministry of | Chile": the span stops short of the country it serves
        return Mention(ent.start, ent.end, "organization", Actor(name, "organization", code), code=code)
    return None


def _portfolio_only(ent, lexicon: Lexicon) -> bool:
    """A span of portfolio and title words only ("Diaspora Affairs"), whatever the model tagged it."""
    return all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in lexicon.titles or t.lower_ == "the" for t in ent)


def _ent_id(ent) -> str:
    """`ent.ent_id_`, that of the span's root, which is every token's when they share one (as the entity ruler
    sets them): read from one array of the document rather than by finding the root."""
    ids = entity_ids(ent.doc)[ent.start : ent.end]
    if ids.count(ids[0]) != len(ids):
        return ent.ent_id_
    return ent.doc.vocab.strings[ids[0]] if ids[0] else ""  # 0: no id, the empty string


@per_doc
def entity_ids(doc) -> tuple[int, ...]:
    return tuple(doc.to_array(ENT_ID).tolist())


def _portfolio(ent, lexicon: Lexicon) -> bool:
    """ "Minister of Trade and Regional Integration": a portfolio inside a title, not a body."""
    before = ent.doc[max(0, ent.start - 8) : ent.start]
    return (
        ent.start > 0
        and ent.doc[ent.start - 1].lower_ in ("of", "and", "for", ",")
        and any(t.lower_ in lexicon.titles for t in before)
    )


def _name_like(ent, lexicon: Lexicon) -> bool:
    """A span after a title and its comma that reads as a person's name, not one more portfolio of the title:
    two or more capitalised proper nouns, none a title or portfolio word, followed by a comma or the end."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        len(ent) >= 2
        and (after is None or after.is_punct)
        and all(
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.lower_ not in lexicon.titles
            and t.lower_ not in PORTFOLIO_WORDS
            for t in ent
        )
    )


def _person_by_other_label(ent, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """The small model sometimes tags a leader's name ORG or GPE ("Jon-Erik Brask", "Brask"): a known political figure,
    or a two-word name right after a title ("Chancellor Jon Brask"), is a person."""
    if ent.label_ not in ("ORG", "NORP", "FAC", "GPE", "LOC") or gazetteer.organization(ent.text) is not None:
        return False
    if ent.label_ in ("GPE", "LOC") and gazetteer.place(ent.text) is not None:
        return False
    if gazetteer.person(ent.text) is not None:
        return True
    if ent[0].lower_ in HONORIFICS and len(ent) >= 3 and all(_is_name_word(t, lexicon) for t in ent[1:]):
        return True  # "Monsignor Paolo Ricci", "Dasho Karma Tshering" tagged ORG
    if _described_by_title_after(ent, lexicon):
        return True  # "met Pak Song Il, deputy director of the department,": a name the model took for a body
    if _country_possessive_in_list_of_people(ent):
        return True  # "President N. N., X's Ana Maria da Lima and ...": a name the model took for a place
    if _listed_with_a_person(ent):
        return True  # "Ana Lima, Jon Brask and Eva Stan signed ...": one of the list's names the model took for a body
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.lower_ in lexicon.titles
        and before.text[:1].isupper()
        and len(ent) >= 2
        and all(t.text[:1].isupper() or t.text == "-" for t in ent)
    )


def _listed_with_a_person(ent) -> bool:
    """A name of two to four capitalised proper nouns, no word of an institution among them, that the model tagged as
    a body or a place, coordinated with a name it tagged as a person, is a person too (rule person.listed_names)."""
    if not 2 <= len(ent) <= 4 or ent.label_ not in ("ORG", "GPE"):
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in INSTITUTION_WORDS for t in ent):
        return False
    return any(t.ent_type_ == "PERSON" and not ent.start <= t.i < ent.end for t in ent.root.conjuncts)


def _country_possessive_in_list_of_people(ent) -> bool:
    """ "in the presence of President N. N., X's Ana Maria da Lima and Prime Minister M. M.": a name of two words or
    more after a country's possessive, named together with a person, is a person (rule person.country_possessive)."""
    doc = ent.doc
    if len(ent) < 2 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return False
    if doc[ent.start - 2].ent_type_ != "GPE":
        return False
    if not all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in ent):
        return False
    root = ent.root
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if any(p.ent_type_ == "PERSON" for p in partners):
        return True
    # "X's Ana Maria Lima and Y's Jon Brask signed ...": the parse joins the two countries; the name after the
    # second possessive is a person (rule person.country_possessive)
    end = ent.end + 1 if ent.end < len(doc) and _last_word_of_name(doc, ent.end) else ent.end
    after = doc[end : end + 4]
    return (
        len(after) == 4
        and after[0].lower_ == "and"
        and after[1].ent_type_ == "GPE"
        and after[2].lower_ in ("'s", "’s")
        and after[3].ent_type_ == "PERSON"
    )


def _later_names_of_persons(doc, found: DocMentions, lexicon: Lexicon, in_names) -> None:
    """A name found to be a person's (by a title or an apposition) that the model tags an organisation again
    later, whole or without its first word ("N. Pak Il ... Pak Il said"), is that person."""
    persons = set()
    for mention in found.mentions:
        if mention.kind == "person" and mention.end - mention.start >= 2:
            words = tuple(t.text for t in doc[mention.start : mention.end] if t.lower_ not in lexicon.titles)
            persons.update(words[i:] for i in range(len(words) - 1))
    if not persons:
        return
    for mention in list(found.mentions):
        if mention.kind != "organization" or mention.code is not None:
            continue
        if tuple(t.text for t in doc[mention.start : mention.end]) in persons:
            found.remove(mention)
            end = _name_end(doc, mention.end, lexicon, in_names)
            found.add(Mention(_name_start(doc, mention.start, end, lexicon, in_names), end, "person", None))


def _described_by_title_after(ent, lexicon: Lexicon) -> bool:
    """Two to four capitalised name words, none a title or the word of a body ("Council", "Ministry"), set off
    by a comma and followed by a role in lower case within three words (", deputy director of ...", ", the
    minister for ..."): a person's name and the apposition that says who they are."""
    doc = ent.doc
    if not 2 <= len(ent) <= 4 or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    if any(not _is_name_word(t, lexicon) or t.lemma_.lower() in OFFICIAL_BODIES for t in ent):
        return False
    role = doc[ent.end + 1 : min(ent.end + 4, len(doc))]
    return any(t.lower_ in lexicon.titles and t.text.islower() and t.pos_ == "NOUN" for t in role)


def _name_start(doc, start: int, end: int, lexicon: Lexicon, in_names=frozenset()) -> int:
    """Extend a person's name back over a given name the model left out ("Taye [Atske Selassie]")."""
    inside = range(start, end)
    while start > 0:
        token = doc[start - 1]
        tagged = token.ent_type_ and token.i not in in_names
        if tagged or token.lower_ in lexicon.titles or not token.text[:1].isupper():
            break
        if token.lower_ in PORTFOLIO_WORDS:
            break  # "Minister of External Relations [Tete Antonio Manuel]": the portfolio ends there
        if token.pos_ != "PROPN" and not _given_name_after_title(doc, start - 1, lexicon):
            break
        if token.dep_ != "compound" or token.head.i not in inside:
            before = doc[start - 2] if start >= 2 else None
            if before is None or not before.text[:1].isupper() or before.lower_ not in lexicon.titles:
                break  # but "Sheikh [Khalid] Hamad Al-Nouri": a given name right after an honorific
        start -= 1
    return start


def _portfolio_cut(doc, start: int, end: int, lexicon: Lexicon) -> int:
    """ "Minister of Foreign Affairs and National Community Abroad [Karim Benali]": the capitalised portfolio words a
    person's span begins with, inside a title that runs on before it, are the title's, not the name's (rule
    person.portfolio_cut); two words of the name stay. Not after an honorific ("Dato Paduka Haji N. N.")."""
    if start == 0:
        return start
    before = doc[start - 1]
    if before.lower_ in HONORIFICS:
        return start
    if not (before.lower_ in ("and", "of", "for", "&") or _portfolio_word_or_title(before, lexicon)):
        return start
    last = None
    for i in range(start, end - 2):
        if _portfolio_word_or_title(doc[i], lexicon):
            last = i
    return last + 1 if last is not None else start


def _portfolio_word_or_title(token, lexicon: Lexicon) -> bool:
    return token.text[:1].isupper() and (token.lower_ in PORTFOLIO_WORDS or token.lower_ in lexicon.titles)


def _given_name_after_title(doc, i: int, lexicon: Lexicon) -> bool:
    """ "Prime Minister Tshering [Namgay Wangdi]": a capitalised word the tagger took for a verb or a noun, between a
    capitalised title and the rest of a name, is its given name (rule person.given_name_after_title)."""
    token = doc[i]
    return (
        i > 0
        and token.pos_ in ("VERB", "NOUN", "ADJ")
        and token.is_alpha
        and token.lower_ not in ("elect", "designate", "emeritus")
        and not token.is_sent_start
        and _is_title(doc[i - 1], lexicon)
    )


def _name_end(doc, end: int, lexicon: Lexicon, in_names=frozenset()) -> int:
    """Extend a person's name over the capitalised words the model left out ("... bin Hamad Al Nouri")."""
    while end < len(doc):
        token = doc[end]
        if token.ent_type_ and token.ent_type_ != "PERSON" and token.i not in in_names:
            if not _last_word_of_name(doc, end):
                break
        if token.lower_ in lexicon.titles or token.lower_ in ("'s", "’s"):
            break
        joins = token.text in ("-",) or token.lower_ in NAME_PARTICLES
        if not (token.pos_ == "PROPN" and token.text[:1].isupper()) and not joins and not _apostrophe_name(token):
            break
        if joins and (end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper()):
            break
        end += 1
    return end


def _last_word_of_name(doc, i: int) -> bool:
    """ "Ana von der Berg", "Dana Kalenga Wagner": a one-word entity of another kind (a place, a body the gazetteer
    knows by that word) right after a name particle, or that the word before modifies as part of one noun, is the
    name's last word (rule person.name_last_word); not one followed by "'s" or more capitalised words."""
    token = doc[i]
    if not (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha) or i == 0:
        return False
    ent_start = i == 0 or doc[i - 1].ent_type_ != token.ent_type_ or doc[i - 1].ent_iob_ == "O" or token.ent_iob_ == "B"
    after = doc[i + 1] if i + 1 < len(doc) else None
    if not ent_start or (after is not None and (after.ent_iob_ == "I" or after.lower_ in ("'s", "’s"))):
        return False
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return False
    before = doc[i - 1]
    if before.lower_ in NAME_PARTICLES:
        return True
    return before.dep_ == "compound" and before.head.i == i and before.pos_ == "PROPN"


def _apostrophe_name(token) -> bool:
    """ "Sing'oei", "Hu'akavameiliku", "Fa'afoi": a capitalised word with an apostrophe inside, which the tagger
    rarely takes for a proper noun, is a word of the name it follows (rule person.apostrophe_name)."""
    return APOSTROPHE_NAME.fullmatch(token.text) is not None


def _misspelt_country(doc, ent, gazetteer: Gazetteer, lexicon: Lexicon) -> str | None:
    """ "Quatar's emir, ...": a one-word name the gazetteer does not know, owning a title ("'s" and a title word, past
    up to two words in lower case), one letter away (added, dropped or changed) from the one-word name of exactly
    one country, five letters or more, is that country misspelt (rule place.misspelt_country)."""
    text = ent.text
    if len(ent) != 1 or len(text) < 5 or not text.isalpha() or not text[:1].isupper() or ent.end + 1 >= len(doc):
        return None
    if doc[ent.end].lower_ not in ("'s", "’s"):
        return None
    for token in doc[ent.end + 1 : min(len(doc), ent.end + 4)]:
        if token.lower_ in lexicon.titles:
            break
        if not token.is_lower:
            return None
    else:
        return None
    codes = {c.code for c in gazetteer.countries.values() if " " not in c.name and _one_letter_apart(text, c.name)}
    return codes.pop() if len(codes) == 1 else None


def _one_letter_apart(word: str, name: str) -> bool:
    if len(name) < 5 or word == name or abs(len(word) - len(name)) > 1 or word[0] != name[0]:
        return False
    if len(word) == len(name):
        return sum(a != b for a, b in zip(word, name)) == 1
    short, long = (word, name) if len(word) < len(name) else (name, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _place_mention(ent, gazetteer: Gazetteer, code: str, kind: str) -> Mention:
    if kind == "demonym":
        return Mention(ent.start, ent.end, "demonym", None, code=code)
    actor = None
    if kind in ("name", "variant", "capital", "seat"):
        actor = Actor(gazetteer.country_name(code), "country", code)
    return Mention(ent.start, ent.end, "country" if actor else "place", actor, code=code, place=_clean_place(ent))


def _clean_place(span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'"):
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _clean_org_name(span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'"):
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _country_inside(span, gazetteer: Gazetteer) -> str | None:
    for token in span:
        place = gazetteer.place(token.text)
        if place is not None and place.kind in ("name", "variant", "demonym"):
            return place.code
    return None


def _capitalised_proper_nouns(doc) -> list:
    """The capitalised proper nouns of a document, found through one array read: the passes below look at
    these only, so that they cost little on long articles."""
    pos = doc.to_array([POS])
    return [t for t in (doc[int(i)] for i in numpy.nonzero(pos == PROPN)[0]) if t.text[:1].isupper()]


def _add_untagged_surnames(names, found: DocMentions, surnames: dict, lexicon: Lexicon) -> None:
    """A known surname the model left untagged ("Brask said") is a person mention too."""
    for token in names if surnames else ():
        if token.i not in found.by_token and token.text in surnames and token.lower_ not in lexicon.titles:
            found.add(Mention(token.i, token.i + 1, "person", None))


def _add_untagged_full_names(names, found: DocMentions, person_names: set, lexicon: Lexicon) -> None:
    """ "P - Jon Brask flew into P ... Brask will meet ...": a surname the model tags alone elsewhere, left untagged
    with the given names before it, is a person mention from the first of those names (rule person.untagged_full)."""
    alone = {name for name in person_names if " " not in name}
    for token in names if alone else ():
        if token.text not in alone or token.i in found.by_token or token.lower_ in lexicon.titles:
            continue
        doc = token.doc
        start = token.i
        while start > 0 and start - 1 not in found.by_token and _is_name_word(doc[start - 1], lexicon):
            start -= 1
        if start < token.i:
            found.add(Mention(start, token.i + 1, "person", None))


def _part_of_a_name(doc, ent, lexicon: Lexicon) -> bool:
    """A one-word place inside a person's name: right after a capitalised title and before another name
    ("President Jon Chad", "Minister Jordan Brask"), or after a given name that follows a title or is
    tagged a person ("President Ana Lima")."""
    if len(ent) != 1 or ent.start == 0:
        return False
    before, after = doc[ent.start - 1], doc[ent.end] if ent.end < len(doc) else None
    if _is_title(before, lexicon) and after is not None and _is_name_word(after, lexicon):
        return True
    if not _is_name_word(before, lexicon) or before.ent_type_ not in ("", "PERSON"):
        return False
    return before.ent_type_ == "PERSON" or (
        ent.start >= 2 and _is_title(doc[ent.start - 2], lexicon) and before.ent_type_ == ""
    )


def _is_title(token, lexicon: Lexicon) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ in lexicon.titles


def _is_name_word(token, lexicon: Lexicon) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in lexicon.titles


def _end_of_untagged_name(doc, start: int, found: DocMentions, lexicon: Lexicon, stop=frozenset()) -> int:
    """The end of the run of capitalised proper nouns from `start` that no mention covers and no title (or word of
    `stop`) interrupts."""
    end = start
    while (
        end < len(doc)
        and end not in found.by_token
        and _is_name_word(doc[end], lexicon)
        and doc[end].lower_ not in stop
    ):
        end += 1
    return end


def _with_particles(doc, start: int, end: int, found: DocMentions, lexicon: Lexicon) -> int:
    """ "Ana da Costa Lima", "Jan van der Berg": a name run that stops at a particle goes on over the particles and
    the name words after them, the last of which may be a one-word place the model tagged (rule person.particles)."""
    while end > start and end < len(doc) and doc[end].lower_ in NAME_PARTICLES:
        j = end
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j not in found.by_token:
            j += 1
        after = _end_of_untagged_name(doc, j, found, lexicon)
        if after == j and j < len(doc) and _last_word_of_name(doc, j):
            other = found.at(j)
            if other is not None and other.kind in ("place", "country") and other.end == j + 1:
                after = j + 1
        if after == j:
            break
        end = after
        other = found.at(end) if end < len(doc) else None
        if other is not None and other.kind in ("place", "country") and other.start == end == other.end - 1:
            if _last_word_of_name(doc, end):
                end += 1
    return end


def _add_person(found: DocMentions, start: int, end: int) -> None:
    """A person mention over tokens that may hold a one-word place taken as the name's last word."""
    for i in range(start, end):
        other = found.at(i)
        if other is not None and other.kind != "person":
            found.remove(other)
    found.add(Mention(start, end, "person", None))


@per_doc
def _lower_forms(doc) -> tuple[int, ...]:
    """The hash of each token's lower-case form (memo.word_table), to test a word against a word list without
    making its Token."""
    return tuple(word_table(doc)[:, 1].tolist())


THE, OF = string_key("the"), string_key("of")
_TITLE_FORMS: list = [None, frozenset()]  # the lexicon's titles, and the hashes of their words


def _title_forms(lexicon: Lexicon) -> frozenset:
    """The hashes of the title words (lexicon.titles), made once per lexicon."""
    if _TITLE_FORMS[0] is not lexicon.titles:
        _TITLE_FORMS[:] = [lexicon.titles, frozenset(string_key(word) for word in lexicon.titles)]
    return _TITLE_FORMS[1]


def _add_titled_names(doc, names, found: DocMentions, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
    """ "National Security Adviser N. N." with no entity at all: capitalised names right after a
    capitalised title are a person (two words or more, or one the gazetteer knows)."""
    lowers, titles = _lower_forms(doc), _title_forms(lexicon)
    for title in names:
        if lowers[title.i] not in titles:
            continue
        i = title.i + 1
        given = i < len(doc) and i not in found.by_token and _given_name_after_title(doc, i, lexicon)
        end = _end_of_untagged_name(doc, i + 1 if given else i, found, lexicon)
        if given and end == i + 1:
            end = i  # "Lyonpo Tshering Penjor Dorji": only with a name after the word taken for a verb
        end = _with_particles(doc, i, end, found, lexicon)
        if end > i and (end - i >= 2 or gazetteer.person(doc[i:end].text) is not None or _one_name_title(title)):
            _add_person(found, _portfolio_cut(doc, i, end, lexicon), end)  # "Nepal's King Birendra": one name
    for first in names:  # "his Chilean counterpart Ana Lima": a title in lower case, then two names or more
        if first.i == 0 or lowers[first.i - 1] not in titles:
            continue
        before = doc[first.i - 1]
        if not before.text.islower() or before.pos_ != "NOUN":
            continue
        taken = found.at(first.i)
        if taken is not None and _name_taken_for_a_body(doc, taken, first.i, lexicon):
            found.remove(taken)  # "and his Croatian counterpart Ivo Matic": the model's ORG is the counterpart
        end = _end_of_untagged_name(doc, first.i, found, lexicon)
        if end - first.i >= 2 and first.i not in found.by_token:
            found.add(Mention(first.i, end, "person", None))


def _monarchs_taken_for_bodies(doc, found: DocMentions, lexicon: Lexicon) -> None:
    """ "Bhutan's King Ugyen left ...": a monarch's title and one name that the model tagged as an organisation or
    a place it does not know is a person."""
    for mention in [m for m in found.mentions if m.kind in ("organization", "place") and m.end - m.start == 2]:
        title, name = doc[mention.start], doc[mention.end - 1]
        if (
            mention.code is None
            and _one_name_title(title)
            and title.text[:1].isupper()
            and _is_name_word(name, lexicon)
        ):
            found.remove(mention)
            found.add(Mention(mention.start, mention.end, "person", None))


def _one_name_title(title) -> bool:
    """A title that one name alone follows ("King Birendra", "Sultan Qaboos", "Emir Tamim"), not the title's end
    of a longer one ("Crown Prince")."""
    return title.lower_ in ONE_NAME_TITLES and (title.i == 0 or title.doc[title.i - 1].lower_ != "crown")


def _name_taken_for_a_body(doc, mention: Mention, start: int, lexicon: Lexicon) -> bool:
    """Whether a mention after a title in lower case ("counterpart") is a person's name the model tagged as an
    organisation: two or three name words, no country, nothing the gazetteer knows as a body."""
    return (
        mention.kind == "organization"
        and mention.start == start
        and mention.code is None
        and 2 <= mention.end - mention.start <= 3
        and (mention.actor is None or mention.actor.country is None)
        and all(_is_name_word(t, lexicon) for t in doc[mention.start : mention.end])
    )


def _add_names_after_portfolio(doc, names, found: DocMentions, lexicon: Lexicon) -> None:
    """ "Vice Minister of Trade and Tourism N. N.", "Deputy Minister of Health of the Kingdom
    of X N. N.": capitalised names right after a title with its portfolio or country (no comma) are a person
    (two words or more) when the model left them untagged."""
    lowers, titles = _lower_forms(doc), _title_forms(lexicon)
    for title in names:
        if lowers[title.i] not in titles or title.i in found.by_token:
            continue
        i, linked = title.i + 1, False
        while i < min(len(doc), title.i + 16):
            token, other = doc[i], found.at(i)
            if other is not None and other.kind == "country" and linked:
                i = other.end
            elif token.lower_ in ("of", "for"):
                i, linked = i + 1, True
            elif token.lower_ in ("and", "the", "&") and linked:
                i += 1
            elif (
                other is None
                and token.text[:1].isupper()
                and (token.lower_ in PORTFOLIO_WORDS or token.lower_ in lexicon.titles)
            ):
                i += 1
            else:
                break
        end = _end_of_untagged_name(doc, i, found, lexicon, PORTFOLIO_WORDS)
        end = _with_particles(doc, i, end, found, lexicon)
        if linked and end - i >= 2 and doc[i - 1].lower_ not in ("of", "for", "and", "the", "&"):
            _add_person(found, _portfolio_cut(doc, i, end, lexicon), end)


INSTITUTION_WORDS = (
    word_list("institution_heads")
    | word_list("title_bodies")
    | word_list("state_institution_nouns")
    | word_list("named_venue_heads")
    | word_list("armed_force_nouns")
    | OFFICIAL_BODIES
    | PORTFOLIO_WORDS
)


def _add_names_of_countries(doc, names, found: DocMentions, lexicon: Lexicon) -> None:
    """ "talks with Ana Soto of Chile": two to four capitalised names the model left untagged, right before "of" and
    a country, are a person of that country (rule person.name_of_country); not the name of a body ("Central Bank
    of X", "National Assembly of X": a word of an institution among them)."""
    lowers = _lower_forms(doc)
    for first in names:
        if first.i in found.by_token or not any(
            lowers[j] == OF and _country_at(found, j + 1) for j in range(first.i + 2, min(first.i + 5, len(doc) - 1))
        ):
            continue  # no "of" and a country two to four words on: read no further
        if first.i > 0 and doc[first.i - 1].text[:1].isupper():
            continue
        end = _end_of_untagged_name(doc, first.i, found, lexicon)
        words = doc[first.i : end]
        if not 2 <= len(words) <= 4 or end + 1 >= len(doc) or doc[end].lower_ != "of":
            continue
        country = found.at(end + 1)
        if country is None or country.kind != "country" or country.start != end + 1:
            continue
        if any(t.lower_ in INSTITUTION_WORDS or t.ent_type_ for t in words):
            continue
        found.add(Mention(first.i, end, "person", None))


def _add_names_after_country_possessive(doc, names, found: DocMentions, lexicon: Lexicon) -> None:
    """ "Chile's Ana Soto and Peru's Jon Brask signed ...": two to four capitalised names the model left untagged
    right after a country's "'s" are a person of that country (rule person.country_possessive_name); not a body
    ("X's Supreme Court", "X's Foreign Ministry": a word of an institution among them) nor a title."""
    for first in names:
        if first.i < 2 or first.i in found.by_token or doc[first.i - 1].lower_ not in ("'s", "’s"):
            continue
        country = found.at(first.i - 2)
        if country is None or country.kind != "country" or country.end != first.i - 1:
            continue
        end = _end_of_untagged_name(doc, first.i, found, lexicon)
        words = doc[first.i : end]
        if not 2 <= len(words) <= 4 or (end < len(doc) and doc[end].lower_ in ("'s", "’s")):
            continue
        if any(t.lower_ in INSTITUTION_WORDS or t.ent_type_ not in ("", "PERSON") for t in words):
            continue
        found.add(Mention(first.i, end, "person", None))


def _add_names_described_after(doc, names, found: DocMentions, lexicon: Lexicon) -> None:
    """ "Ana Soto, the Chilean foreign minister, said ...", "Ana Soto, who heads X's ministry, ...": two to four
    capitalised names the model left untagged, followed by a comma and an apposition headed by a title or by a
    relative clause on "who", are a person (rule person.described_after)."""
    for first in names:
        if first.i in found.by_token or (first.i > 0 and _is_name_word(doc[first.i - 1], lexicon)):
            continue
        end = _end_of_untagged_name(doc, first.i, found, lexicon)
        words = doc[first.i : end]
        if not 1 <= len(words) <= 4 or end + 1 >= len(doc) or doc[end].text != ",":
            continue
        if any(t.lower_ in INSTITUTION_WORDS or t.ent_type_ not in ("", "PERSON") for t in words):
            continue
        last = doc[end - 1]
        described = (doc[end + 1].lower_ == "who" and len(words) >= 2) or any(
            c.dep_ == "appos" and c.i > end and c.lower_ in lexicon.titles and c.tag_ not in ("NNS", "NNPS")
            for c in kids(last)
        )
        if described:
            found.add(Mention(first.i, end, "person", None))


def _country_at(found: DocMentions, i: int) -> bool:
    """Whether a country's mention starts at token i."""
    mention = found.at(i)
    return mention is not None and mention.kind == "country" and mention.start == i


def _add_appositive_names(doc, names, found: DocMentions, lexicon: Lexicon) -> None:
    """ "The President of X, Ana Brask, and ...": capitalised names set off by commas after a title are a
    person (two words or more) when the model left them untagged."""
    for token in names:
        if token.dep_ != "appos" or token.i in found.by_token or token.head.lower_ not in lexicon.titles:
            continue
        words = [t for t in token.subtree]
        if (
            len(words) < 2
            or any(
                t.i in found.by_token or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in lexicon.titles
                for t in words
            )
            or doc[words[0].i - 1].text != ","
        ):
            continue
        found.add(Mention(words[0].i, words[-1].i + 1, "person", None))


def _add_surnames_of_found_names(doc, names, found: DocMentions, lexicon: Lexicon) -> None:
    """ "X's Deputy Minister for Trade, Jon Brask, ... Brask said": the surname of a
    person found by a title rather than by the model's PERSON tag is that person too, untagged or taken for an
    organisation the gazetteer does not know."""
    surnames = set()
    for mention in found.mentions:
        if mention.kind == "person" and not any(t.ent_type_ == "PERSON" for t in doc[mention.start : mention.end]):
            parts = [t.text for t in strip_titles(doc[mention.start : mention.end], lexicon)]
            parts = [
                p for p in parts if p.lower() not in NAME_PARTICLES | NAME_NUMERALS and p[:1].isupper() and len(p) > 2
            ]
            if len(parts) > 1:
                surnames.add(parts[-1])
    for token in names if surnames else ():
        if token.text not in surnames or token.lower_ in lexicon.titles:
            continue
        other = found.at(token.i)
        if other is None:
            found.add(Mention(token.i, token.i + 1, "person", None))
        elif other.kind == "organization" and other.code is None and other.end - other.start == 1:
            found.remove(other)
            found.add(Mention(token.i, token.i + 1, "person", None))


def _add_known_names(names, found: DocMentions, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
    """ "Brask's visit": a one-word name of a known figure that the model left untagged (a tagged "May" is a date);
    not a title that is also someone's surname ("the King of Jordan")."""
    for token in names:  # the tests cheapest first
        if token.i in found.by_token or gazetteer.person(token.text) is None:
            continue
        if token.ent_type_ or token.lower_ in lexicon.titles:
            continue
        if _inside_longer_name(token, lexicon):
            continue  # "Maria da Silva Pereira" is not a known one-word "Silva"
        found.add(Mention(token.i, token.i + 1, "person", None))


def _inside_longer_name(token, lexicon: Lexicon) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (before is not None and (before.lower_ in NAME_PARTICLES or _is_name_word(before, lexicon))) or (
        after is not None and _is_name_word(after, lexicon)
    )


def _resolve_persons(doc, found: DocMentions, gazetteer, lexicon, persons: dict[str, Actor]) -> None:
    """Give each person mention its full name, role and country, reusing the first full mention."""
    from .people import describe_person

    known: list[Actor] = []
    for mention in sorted(found.mentions, key=lambda m: m.start):
        if mention.kind != "person":
            continue
        tokens = strip_titles(doc[mention.start : mention.end], lexicon)
        if not tokens:
            continue
        name = "".join(t.text_with_ws for t in tokens).strip()
        earlier = _earlier_person(name, known)
        role, code = describe_person(doc, mention, found, gazetteer, lexicon)
        mention.titled = role is not None and any(w not in TITLE_BODIES for w in role.lower().split())
        known_person = gazetteer.person(name) or gazetteer.person(doc[mention.start : mention.end].text)
        if known_person is not None and earlier is not None and " " in earlier.name:
            if gazetteer.person(earlier.name) is not known_person:
                known_person = None  # "President Karim Mansour ... Mansour said": not the known Riyad Mansour
        if known_person is not None:
            if " " not in name:
                name = known_person.name  # "Brask" alone is "Jon Erik Brask"; a full name stays as written
            if code is None:
                code, role = known_person.country, role or known_person.role
        if earlier is not None:
            if code and not earlier.country:
                updated = Actor(earlier.name, "person", code, earlier.role or role)
                known[known.index(earlier)] = updated
                _replace_actor(found, earlier, updated)
                earlier = updated
            mention.actor = earlier
            continue
        actor = Actor(name, "person", code, role)
        surname_first = _surname_named_first(name, known)
        if surname_first is not None:
            actor = Actor(name, "person", code or surname_first.country, role or surname_first.role)
            known[known.index(surname_first)] = actor
            _replace_actor(found, surname_first, actor)
        else:
            known.append(actor)
        mention.actor = actor


def _countries_from_later_titles(doc, found: DocMentions, lexicon: Lexicon, bodies: bool = False) -> None:
    """ "Brask arrived on Monday. The Ruritanian president said ...": a title with a demonym and no name refers back
    to the person named before, and gives a person whose country the text had not said that country. A body
    after the demonym ("the Colombian government", "the Turkish parliament") says less: it is read only with
    `bodies`, after the context of the person's own mentions (rule person.later_title)."""
    lowers = _lower_forms(doc)  # the tests below cheapest first, a Token made only past them
    for mention in found.mentions:
        if mention.kind not in ("demonym", "country") or not mention.code or mention.start == 0:
            continue  # "the Russian president", "the U.S. president"
        first = mention.start + 1 if lowers[mention.start] == THE else mention.start  # "the U.S." as one
        if lowers[first - 1] != THE:
            continue
        if mention.kind == "country" and doc[mention.end - 1].dep_ not in ("nmod", "compound", "amod"):
            continue  # a country only as a modifier
        after = _title_after_modifiers(doc, mention.end, lexicon)
        if after is None or after.lower_ not in lexicon.titles or found.at(after.i):
            continue
        if after.tag_ in ("NNS", "NNPS"):
            continue  # "the Russian leaders": not the one person named before
        last = after
        while last.i + 1 < len(doc) and doc[last.i + 1].lower_ in lexicon.titles and not found.at(last.i + 1):
            last = doc[last.i + 1]
        head = last
        while head.dep_ in ("amod", "compound") and 0 < head.head.i - head.i <= 2:
            head = head.head
        last = head if head.lower_ in lexicon.titles else last  # "the Swedish foreign policy adviser": the adviser
        if (last.lemma_.lower() in OFFICIAL_BODIES or last.lower_ in TITLE_BODIES) != bodies:
            continue
        named = found.at(last.i + 1) if last.i + 1 < len(doc) else None
        if named is not None and named.kind == "person":
            continue  # "the Peruvian President N. N.": a title with its name, not a reference back
        title = doc[after.i : last.i + 1].text
        if _holder_known(found, mention.start, mention.code, title):
            continue  # "President N. N. of X ... the X-ian president": the one already known, not the last named
        person = _last_person_before(found, mention.start)
        if person is not None and _acts_on(doc, found, person, last):
            # "President N. N. telephoned the Peruvian president": another, whom N. N. calls; "A left without
            # meeting B, who accused the U.S. adviser": A, the one other person named before in that sentence
            person = _other_person_of_sentence(found, mention.start, person, sent_of(doc[mention.start]).start)
        if person is not None and _named_after_in_sentence(doc, found, person, mention.start):
            # "N. N. was greeted by M. M. The X-ian leader then held talks with M. M.": the leader is not the one
            # their own sentence names beside them; the person named before, other than M. M. (rule
            # person.later_title_other)
            person = _last_person_before(found, mention.start, other_than=person)
        title = doc[after.i : last.i + 1].text
        if person is not None and person.role and not _same_office(person.role, title):
            continue  # "House Speaker N. N. briefed him ... The Hungarian premier": the premier is someone else
        if person is not None and not person.country and not serves_stateless_body(doc, found, person):
            role = person.role or title
            _replace_actor(found, person, Actor(person.name, "person", mention.code, role))


LEADER_OFFICES = word_list("leader_roles") | word_list("leader_references")


def _holder_known(found: DocMentions, start: int, code: str, title: str) -> bool:
    """Whether a person named before `start` already serves the country `code` in an office that the title can
    name ("President N. N. of X", later "the X-ian president") (rule person.later_title_known)."""
    return any(
        m.kind == "person"
        and m.actor is not None
        and m.actor.country == code
        and m.actor.role
        and _same_office(m.actor.role, title)
        for m in found.before(start)
    )


def _same_office(role: str, title: str) -> bool:
    """Whether a title can name the holder of a role: a word in common ("the minister", "Foreign Minister"), or
    both a head of state or government ("the premier", "Prime Minister")."""
    role, title = role.lower(), title.lower()
    if set(role.split()) & set(title.split()):
        return True
    return any(w in role for w in LEADER_OFFICES) and any(w in title for w in LEADER_OFFICES)


def _countries_from_context(doc, found: DocMentions, gazetteer: Gazetteer) -> None:
    """Officials still without a country after every mention was read take the one of the context of their
    mentions (people.country_from_context): weaker evidence than any title, so it comes last."""
    from .people import country_from_context

    by_actor: dict[Actor, list[Mention]] = {}
    for mention in sorted(found.mentions, key=lambda m: m.start):
        if mention.kind == "person" and mention.actor is not None and not mention.actor.country:
            by_actor.setdefault(mention.actor, []).append(mention)
    for actor, mentions in by_actor.items():
        if any(_beside_stateless_body(doc, m, found) for m in mentions):
            continue  # "the Caribbean Community's envoy, N. N.": the body's official, not a country's
        code = country_from_context(doc, mentions, actor.role, found, gazetteer)
        if code:
            _replace_actor(found, actor, Actor(actor.name, "person", code, actor.role))


def serves_stateless_body(doc, found: DocMentions, person: Actor) -> bool:
    """Whether a mention of the person is titled or described by a body without a country."""
    return any(
        _beside_stateless_body(doc, m, found) for m in found.mentions if m.kind == "person" and m.actor == person
    )


def _beside_stateless_body(doc, mention: Mention, found: DocMentions, reach: int = 12) -> bool:
    """ "UN envoy N. N.", "the X Community's special envoy, N. N.", "N. N., head of the X Front's political wing":
    a person whose title before the name (or before the comma ahead of it) or apposition after it names a body
    without a country (an international one, an armed group) serves that body, not the country of the context."""
    words = []
    i, commas = mention.start - 1, 0
    while i >= 0 and mention.start - i <= 8:
        token = doc[i]
        if token.text == "," and commas == 0:
            commas += 1
        elif token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        else:
            words.append(token)
        i -= 1
    if mention.end < len(doc) and doc[mention.end].text == ",":
        for token in doc[mention.end + 1 : mention.end + 1 + reach]:
            if (token.is_punct and token.text not in ("-", "'")) or token.pos_ in ("VERB", "AUX"):
                break
            words.append(token)
    for token in words:
        other = found.at(token.i)
        if other is not None and other.kind == "organization" and not other.code and not other.media:
            return True
    from .people import as_title_after

    return as_title_after(doc, mention, found, load_lexicon())[2] is not None


def _acts_on(doc, found: DocMentions, person: Actor, title) -> bool:
    """Whether the title is the object of a clause whose subject is the person ("N. N. met the X-ian president",
    "N. N. held talks with the X-ian president")."""
    node = title
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "compound") or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            verb = node.head if node.dep_ in ("xcomp", "advcl") and node.head.pos_ in ("VERB", "AUX") else node
            for subject in (c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")):
                if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                    subject = verb.head  # "B, who took the podium to blame the X envoy"
                named = [subject, *(c for c in kids(subject) if c.dep_ == "appos")]  # "The Prime Minister, Mr N. N.,"
                if any(found.at(s.i) is not None and found.at(s.i).actor == person for s in named):
                    return True
            break
    return False


QUOTES = {"'", '"', "‘", "’", "“", "”", "``", "''"}


def _join_nicknames(doc, found: DocMentions) -> None:
    """ "Ramon 'Monching' Dizon": a nickname in quotes between a first and a last name, which the model may tag as
    two people, is one person (rule person.nickname)."""
    persons = sorted((m for m in found.mentions if m.kind == "person"), key=lambda m: m.start)
    for first, last in zip(persons, persons[1:]):
        if last.start - first.end > 3 or first not in found.mentions:
            continue
        between = doc[first.end : last.start]
        quoted = [t for t in doc[first.start : last.start] if t.text in QUOTES]
        if len(quoted) != 2 or not all(t.text in QUOTES or (t.is_alpha and t.is_title) for t in between):
            continue
        found.remove(first)
        found.remove(last)
        found.add(dataclasses.replace(first, end=last.end))


def _title_after_modifiers(doc, end: int, lexicon: Lexicon):
    """The title word after a demonym, past up to two lower-case words that modify it ("the U.S. national
    security adviser", rule person.later_title_modified); else the word after the demonym."""
    if end >= len(doc):
        return None
    for token in doc[end : min(end + 3, len(doc))]:
        if token.lower_ in lexicon.titles:
            return token
        if not (token.is_alpha and token.is_lower and token.dep_ in ("amod", "compound") and token.head.i > token.i):
            break
    return doc[end]


def _other_person_of_sentence(found: DocMentions, start: int, actor: Actor, sent_start: int) -> Actor | None:
    """The one person other than `actor` named before `start` in the sentence beginning at `sent_start`."""
    others = {
        m.actor
        for m in found.mentions
        if m.kind == "person" and m.actor is not None and m.actor != actor and sent_start <= m.start < start
    }
    return others.pop() if len(others) == 1 else None


def _last_person_before(found: DocMentions, start: int, other_than: Actor | None = None) -> Actor | None:
    persons = [
        m
        for m in found.mentions
        if m.kind == "person" and m.actor is not None and m.start < start and m.actor != other_than
    ]
    return max(persons, key=lambda m: m.start).actor if persons else None


def _named_after_in_sentence(doc, found: DocMentions, person: Actor, start: int) -> bool:
    """Whether the sentence of token `start` names the person after it."""
    end = sent_of(doc[start]).end
    return any(m.kind == "person" and m.actor == person and start < m.start < end for m in found.mentions)


def _surname_named_first(name: str, known: list[Actor]) -> Actor | None:
    """A headline's "Brask in P" before the lead's "President Jon Erik Brask": the same person."""
    parts = [p for p in name.split() if p.lower() not in NAME_PARTICLES]
    if len(parts) < 2:
        return None
    for actor in known:
        if " " not in actor.name and actor.name == parts[-1]:
            return actor
    return None


NICKNAME_QUOTES = "'\"‘’“”"


def _earlier_person(name: str, known: list[Actor]) -> Actor | None:
    parts = [p for p in name.split() if p.lower() not in NAME_PARTICLES]
    for actor in reversed(known):
        if actor.name == name:
            return actor
        words, bare, split = _name_words(actor.name)  # "Ana Lima 'Nina'", later "Nina"
        if len(parts) == 1 and (parts[0] in words or parts[0] in bare):
            return actor  # "Nouri" after "Hamad al-Nouri"
        if len(parts) > 1 and _surname(parts) == _surname(list(split)) and len(parts) <= len(split):
            return actor
    return None


def _surname(words: list[str]) -> str:
    """The last word of a name that is not a regnal number or generation: "Mswati III" is Mswati, not III."""
    while len(words) > 1 and words[-1].lower() in NAME_NUMERALS:
        words = words[:-1]
    return words[-1]


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words of a name without the quotes of a nickname, without hyphened particles, and as written: read once
    per name (each person mention is compared with every person named before it)."""
    return tuple(w.strip(NICKNAME_QUOTES) for w in name.split()), tuple(_without_particles(name)), tuple(name.split())


def _without_particles(name: str) -> list[str]:
    """The words of a name with a particle joined by a hyphen taken off: "Hamad al-Nouri" -> Hamad, Nouri."""
    words = []
    for word in name.split():
        prefix, _, rest = word.partition("-")
        words.append(rest if rest[:1].isupper() and prefix.lower() in NAME_PARTICLES else word)
    return words


def _replace_actor(found: DocMentions, old: Actor, new: Actor) -> None:
    for mention in found.mentions:
        if mention.actor == old:
            mention.actor = new
