"""data/gazetteer/people.csv: well-formed, unambiguous, and giving well-known people the right country."""

import csv
import re
from collections import Counter

import pytest

from kg.resources import GAZETTEER

PEOPLE = GAZETTEER / "people.csv"
COLUMNS = ["name", "country", "role", "aliases", "wikidata"]
CODE = re.compile(r"^[A-Z]{3}$")
QID = re.compile(r"^Q\d+$")


def read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


@pytest.fixture(scope="module")
def people():
    fieldnames, rows = read(PEOPLE)
    assert fieldnames == COLUMNS
    return rows


@pytest.fixture(scope="module")
def by_name(people):
    return {row["name"]: row for row in people}


def aliases(row):
    return [alias for alias in row["aliases"].split("|") if alias]


def surface_forms(row):
    return [row["name"], *aliases(row)]


def test_has_at_least_500_people(people):
    assert len(people) >= 500


def test_every_row_has_a_name_and_a_role_without_stray_spaces(people):
    for row in people:
        assert row["name"] and row["role"], row
        for value in row.values():
            assert value == value.strip(), row
        if row["aliases"]:
            assert "" not in row["aliases"].split("|"), row


def test_country_is_empty_or_a_code_in_countries_csv(people):
    for row in people:
        assert row["country"] == "" or CODE.match(row["country"]), row
    countries = GAZETTEER / "countries.csv"
    if not countries.exists():
        pytest.skip("countries.csv is not there yet")
    _, rows = read(countries)
    codes = {row["code"] for row in rows}
    unknown = {row["name"]: row["country"] for row in people if row["country"] and row["country"] not in codes}
    assert not unknown


def test_wikidata_is_empty_or_a_qid_used_once(people):
    qids = [row["wikidata"] for row in people if row["wikidata"]]
    assert all(QID.match(qid) for qid in qids)
    assert not [qid for qid, count in Counter(qids).items() if count > 1]


def test_names_are_unique(people):
    counts = Counter(row["name"].casefold() for row in people)
    assert not [name for name, count in counts.items() if count > 1]


def test_each_name_or_alias_points_to_one_person(people):
    owners = {}
    clashes = []
    for row in people:
        for form in {form.casefold() for form in surface_forms(row)}:
            if form in owners:
                clashes.append((form, owners[form], row["name"]))
            owners[form] = row["name"]
    assert not clashes


def test_no_person_is_spelled_like_a_country_or_organization(people):
    others = set()
    for name, columns in (("country_names.csv", ["text"]), ("organizations.csv", ["name", "aliases"])):
        path = GAZETTEER / name
        if path.exists():
            for row in read(path)[1]:
                for column in columns:
                    others.update(text.casefold() for text in row[column].split("|") if text)
    if not others:
        pytest.skip("no country or organization names to compare with")
    assert not [form for row in people for form in surface_forms(row) if form.casefold() in others]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Vladimir Putin", "RUS"),
        ("Xi Jinping", "CHN"),
        ("Donald Trump", "USA"),
        ("Recep Tayyip Erdoğan", "TUR"),
        ("Kim Jong Un", "PRK"),
        ("Mohammed bin Salman", "SAU"),
        ("Volodymyr Zelensky", "UKR"),
        ("Francis", "VAT"),
        ("Leo XIV", "VAT"),
        ("Ahmed al-Sharaa", "SYR"),
        ("Hibatullah Akhundzada", "AFG"),
        ("Mahmoud Abbas", "PSE"),
        ("António Guterres", ""),
        ("Rafael Grossi", ""),
        ("Ursula von der Leyen", ""),
        ("Mark Rutte", ""),
        ("Yahya Sinwar", ""),
        ("Naim Qassem", ""),
        ("Abdul-Malik al-Houthi", ""),
    ],
)
def test_well_known_people_have_their_country(by_name, name, country):
    assert by_name[name]["country"] == country


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("MBS", "Mohammed bin Salman"),
        ("Lula", "Luiz Inácio Lula da Silva"),
        ("Pope Francis", "Francis"),
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Abu Mohammed al-Jolani", "Ahmed al-Sharaa"),
    ],
)
def test_common_spellings_are_aliases(by_name, alias, name):
    assert alias in aliases(by_name[name])


def test_short_or_shared_forms_are_not_aliases(people):
    forms = {form for row in people for form in aliases(row)}
    assert not forms & {"Xi", "Kim", "Johnson", "May", "Bibi", "Abbas", "Sharif", "Castro", "Khan"}
