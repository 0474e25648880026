"""The dateline of an article ("PORTVALE —", "Elmtown, June 16 -", "NEWBURGH, March 3 (Reuters) -"): the place the
story was filed from, which news copy does not repeat in its sentences."""

from __future__ import annotations

import itertools
import re
from datetime import date

from ..gazetteer import Gazetteer
from ..lexicon import word_list
from ..nlp import DATELINE_DASHES, DATELINE_TOKENS, is_dateline_dash
from . import dates
from .memo import string_key, word_table

US_REGIONS = word_list("us_dateline_regions")
HEAD_TOKENS = 80  # a dateline starts in the first words, or on one of the next two lines among them
# the dashes as the word table holds them ("_" as a fixed symbol of spaCy's, not a hash)
_DASHES = frozenset(string_key(dash) for dash in DATELINE_DASHES)


def _dash_before(doc, limit: int) -> bool:
    """Whether a token among the first `limit` is written as a dateline's dash: without one there is no dateline,
    and the words need not be read one by one. (A dash is its own lower-case form.)"""
    return not _DASHES.isdisjoint(word_table(doc)[:limit, 1].tolist())


def dateline(doc, gazetteer: Gazetteer) -> tuple[int, int, str] | tuple[None, None, None]:
    """(start, end, ISO code) of the dateline's place: the words at the start of the text or of one of its next
    two lines, up to a comma, a bracket ("PORTVALE (Daily Star) -"), a dash or else a full stop ("PORTVALE. May
    3. AGENCY -"), if they name a place and a dash follows soon."""
    if not _dash_before(doc, HEAD_TOKENS + DATELINE_TOKENS):  # a line starts at or before HEAD_TOKENS
        return None, None, None
    head = doc[:HEAD_TOKENS]
    spaces = doc.to_array("IS_SPACE")[: len(head)].nonzero()[0].tolist()  # a line break is a whitespace token
    starts = [0] + [i + 1 for i in spaces if "\n" in doc[i].text][:2]
    for start in starts:
        words = list(
            itertools.takewhile(lambda t: t.text not in (",", "(") and not is_dateline_dash(t), doc[start : start + 5])
        )
        end = start + len(words)
        if not words or not any(is_dateline_dash(t) for t in doc[end : start + DATELINE_TOKENS]):
            continue
        place = _place_in_capitals(words, gazetteer)
        if place is not None and place.code:
            return start, end, place.code
        stop = next((i for i, t in enumerate(words) if t.text == "."), None)
        place = _place_in_capitals(words[:stop], gazetteer) if stop else None
        if place is not None and place.code:  # "ASTANA. May 3. AGENCY -" (rule place.dateline_full_stop)
            return start, start + stop, place.code
        town = all(t.is_upper for t in words)
        code = _country_after(doc, end, start + DATELINE_TOKENS, gazetteer) if town else None
        if code:
            return start, end, code
    return None, None, None


def two_places(doc, gazetteer: Gazetteer) -> tuple[int, tuple[str, str]] | None:
    """(end, (code, code)) of a dateline that names two places ("P/Q -", "PORTVALE/ELMTOWN, Jan 3
    (wire) -"): a story filed from both sides, whose place dateline() leaves open."""
    if not _dash_before(doc, DATELINE_TOKENS):
        return None
    words = list(
        itertools.takewhile(lambda t: t.text not in (",", "(") and not is_dateline_dash(t), doc[:DATELINE_TOKENS])
    )
    end = len(words)
    if not any(is_dateline_dash(t) for t in doc[end:DATELINE_TOKENS]):
        return None
    slashes = [i for i, t in enumerate(words) if t.text == "/"]
    if len(slashes) != 1:
        return None
    first, second = words[: slashes[0]], words[slashes[0] + 1 :]
    places = [_place_in_capitals(side, gazetteer) if side else None for side in (first, second)]
    if any(place is None or not place.code for place in places) or places[0].code == places[1].code:
        return None
    return end, (places[0].code, places[1].code)


def _place_in_capitals(words, gazetteer: Gazetteer):
    """The gazetteer's place a dateline writes in capitals: "NEW DELHI" is New Delhi, "NUKU'ALOFA" is
    Nuku'alofa, not the "Nuku'Alofa" of str.title() (rule place.dateline_apostrophe), and "PORT-AU-PRINCE" is
    Port-au-Prince (rule place.dateline_particle)."""
    written = _written(words)
    return (
        gazetteer.place(written.title())
        or gazetteer.place(title_case(written))
        or gazetteer.place(_PARTICLE.sub(lambda m: m.group(1).lower(), title_case(written)))
    )


# a particle inside a place's name, in lower case there: "PORT-AU-PRINCE", "DAR ES SALAAM", "RAS AL-KHAIMAH"
_PARTICLE = re.compile(r"(?<=[\s-])(Of|Au|Aux|Es|De|Du|Des|La|Le|El|Al|Da|Do|Dos|Das|Di)(?=[\s-])")


def title_case(text: str) -> str:
    """A name in capitals in title case, lower case after an apostrophe inside a word ("NUKU'ALOFA" is
    Nuku'alofa), but not after a one-letter prefix ("O'HIGGINS" is O'Higgins)."""
    return re.sub(r"(\w\w)'(\w)", lambda m: m.group(1) + "'" + m.group(2).lower(), text.title())


def _written(words) -> str:
    """Words as the text writes them, hyphens unspaced ("SHARM EL-SHEIKH", "GUINEA-BISSAU")."""
    return "".join(t.text_with_ws for t in words).strip()


def _country_after(doc, end: int, limit: int, gazetteer: Gazetteer) -> str | None:
    """ "ELMTOWN, Ruritania, May 12 -": a town the gazetteer does not know, in capitals, followed by the country it
    is in: the country's code. Whatever the tagger took the town for (a person, an organisation): mentions.py
    reads a name at the dateline back as the town."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    words = list(
        itertools.takewhile(lambda t: t.text not in (",", "(") and not is_dateline_dash(t), doc[end + 1 : limit])
    )
    for n in range(len(words), 0, -1):  # "X CROSSING, Ruritania-Elbonia border, Oct. 26 -": the country first
        place = gazetteer.place(_written(words[:n]))
        if place is not None and place.code and place.kind in ("name", "variant"):
            return place.code  # not a region the gazetteer puts in a country: "DUNBLANE, Scotland -" tells trips at
            # home, which its country would turn into visits of people whose country the text does not give
    if words and _written(words).lower() in US_REGIONS:
        return "USA"  # "DAYTON, Ohio -", "SPRINGFIELD, Mass. -": a state, written in full or as news abbreviates it
    return None


def dateline_day(doc, gazetteer: Gazetteer, published: date | None = None, line: tuple | None = None) -> date | None:
    """The day a dateline gives ("PORTVALE, October 11, 2005 -", "Elmtown, January 12 -"; without a year, that of
    `published`): the date of a release whose letterhead dates it, when the article comes with none ("today"
    and "on Monday" count from it), and the day of what the release tells. `line`: dateline(doc, gazetteer) when
    the caller has it already (DocMentions.line), which spares reading it again."""
    start, end, _ = line if line is not None else dateline(doc, gazetteer)
    if start is None:
        return None
    words = []
    for token in doc[end : start + DATELINE_TOKENS]:
        if is_dateline_dash(token):
            day = dates.resolve(" ".join(words), published)
            return date.fromisoformat(day) if day and len(day) == 10 else None
        words.append(token.text)
    return None
