"""The gazetteer of data/gazetteer/*.csv: countries, their names, and organisations.

No spaCy here: the loader is shared by the extractor and the quick commands.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import GAZETTEER

PLACE_KINDS = ("name", "variant", "demonym", "capital", "seat", "city")
METONYM_KINDS = ("name", "variant", "capital", "seat")


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    wikidata: str | None


@dataclass(frozen=True)
class Place:
    """One surface string of a country: its name, a demonym, its capital, a seat of government, a city."""

    text: str
    code: str
    kind: str


@dataclass(frozen=True)
class Organization:
    name: str
    kind: str  # igo, armed_group, party, agency, media, ngo
    country: str | None
    wikidata: str | None


@dataclass(frozen=True)
class KnownPerson:
    """A well-known political figure (data/gazetteer/people.csv)."""

    name: str
    country: str | None
    role: str | None
    wikidata: str | None


FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "PRK", "KOR", "VNM", "KHM"}


class Gazetteer:
    def __init__(self, folder: Path = GAZETTEER, known_people: bool = True):
        self.countries: dict[str, Country] = {}
        self.places: dict[str, Place] = {}
        self.organizations: dict[str, Organization] = {}
        self._org_alias: dict[str, Organization] = {}
        self.people: dict[str, KnownPerson] = {}
        self.regions: list[str] = []
        self._load(folder, known_people)

    def _load(self, folder: Path, known_people: bool = True) -> None:
        for row in _rows(folder / "countries.csv"):
            code = row["code"].strip().upper()
            self.countries[code] = Country(code, row["name"].strip(), (row.get("wikidata") or "").strip() or None)
        rank = {kind: i for i, kind in enumerate(PLACE_KINDS)}
        for row in _rows(folder / "country_names.csv"):
            place = Place(row["text"].strip(), row["code"].strip().upper(), row["kind"].strip())
            if not place.text or place.code not in self.countries:
                continue
            known = self.places.get(place.text)
            if known is None or rank.get(place.kind, 9) < rank.get(known.kind, 9):
                self.places[place.text] = place
        for code, country in self.countries.items():
            self.places.setdefault(country.name, Place(country.name, code, "name"))
        for row in _rows(folder / "people.csv") if known_people else ():
            person = KnownPerson(
                row["name"].strip(),
                (row.get("country") or "").strip().upper() or None,
                (row.get("role") or "").strip() or None,
                (row.get("wikidata") or "").strip() or None,
            )
            for alias in [person.name, *(row.get("aliases") or "").split("|")]:
                if alias.strip():
                    self.people.setdefault(alias.strip(), person)
        self._add_short_names()
        self.regions = [row["name"].strip() for row in _rows(folder / "regions.csv") if row["name"].strip()]
        for row in _rows(folder / "organizations.csv"):
            org = Organization(
                row["name"].strip(),
                (row.get("kind") or "").strip(),
                (row.get("country") or "").strip().upper() or None,
                (row.get("wikidata") or "").strip() or None,
            )
            self.organizations[org.name] = org
            for alias in [org.name, *(row.get("aliases") or "").split("|")]:
                alias = alias.strip()
                if alias:
                    self._org_alias.setdefault(alias, org)

    def _add_short_names(self) -> None:
        """ "Putin", "Xi": the family name alone names a known figure when no other one bears it (the first
        word of the name where it comes first, as in Chinese or Korean names)."""
        bearers: dict[str, set] = {}
        for person in set(self.people.values()):
            words = person.name.split()
            if len(words) < 2:
                continue
            family = words[0] if person.country in FAMILY_NAME_FIRST else words[-1]
            bearers.setdefault(family, set()).add(person)
        for family, people in bearers.items():
            if len(people) == 1 and len(family) > 1:
                self.people.setdefault(family, next(iter(people)))

    def person(self, name: str) -> KnownPerson | None:
        return self.people.get(" ".join(name.split()))

    def place(self, text: str) -> Place | None:
        """The country behind a surface string, trying it as written, without "the", and capitalised."""
        for form in _forms(text):
            if form in self.places:
                return self.places[form]
        return None

    def organization(self, text: str) -> Organization | None:
        for form in _forms(text):
            if form in self._org_alias:
                return self._org_alias[form]
        return None

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def org_aliases(self) -> dict[str, Organization]:
        return dict(self._org_alias)


def _forms(text: str) -> list[str]:
    text = " ".join(text.split())
    forms = [text]
    lowered = text.lower()
    if lowered.startswith("the "):
        forms.append(text[4:])
    else:
        forms.append("the " + text)
    forms += [f[:1].upper() + f[1:] for f in forms]
    if text.endswith("'s") or text.endswith("’s"):
        forms += _forms(text[:-2])
    return forms


def _rows(path: Path) -> list[dict]:
    """The rows of a CSV file as csv.DictReader gives them (its first line names the columns), read with csv.reader
    and made dicts directly: about half the time for the ~8,600 rows of the gazetteer, read at every start-up."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = csv.reader(handle)
        names = next(lines, None)
        if names is None:
            return []
        width = len(names)
        rows = []
        for line in lines:
            if len(line) == width:
                rows.append(dict(zip(names, line)))
            elif line:  # as DictReader: a short line's missing fields are None, a long line's extras a list under None
                row: dict = dict(zip(names, line))
                if len(line) > width:
                    row[None] = line[width:]
                else:
                    row.update(dict.fromkeys(names[len(line) :]))
                rows.append(row)
        return rows


@lru_cache(maxsize=2)
def load_gazetteer(known_people: bool = True) -> Gazetteer:
    """The gazetteer of data/gazetteer; known_people=False leaves out people.csv (`--no-known-people`)."""
    return Gazetteer(known_people=known_people)
