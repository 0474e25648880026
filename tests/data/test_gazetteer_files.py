"""The gazetteer CSV files: well-formed, consistent with each other, and covering what the extractor needs."""

import csv
import re
from collections import Counter, defaultdict

import pytest

from kg.resources import GAZETTEER

PLACE_KINDS = {"name", "variant", "demonym", "capital", "seat", "city"}
ORG_KINDS = {"igo", "armed_group", "party", "agency", "media", "ngo"}
CODE = re.compile(r"^[A-Z]{3}$")
QID = re.compile(r"^Q\d+$")

# Their only demonym is shared with a larger neighbour and given to it: "Congolese" -> COD, "Dominican" -> DOM.
NO_OWN_DEMONYM = {"COG", "DMA"}


def read(name):
    with (GAZETTEER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def countries():
    return read("countries.csv")


@pytest.fixture(scope="module")
def names():
    return read("country_names.csv")


@pytest.fixture(scope="module")
def orgs():
    return read("organizations.csv")


@pytest.fixture(scope="module")
def codes(countries):
    return {row["code"] for row in countries}


@pytest.fixture(scope="module")
def texts_by_code(names):
    found = defaultdict(set)
    for row in names:
        found[row["code"]].add(row["text"])
    return found


def org_names(orgs):
    found = set()
    for row in orgs:
        found.add(row["name"])
        found.update(alias for alias in row["aliases"].split("|") if alias)
    return found


@pytest.mark.parametrize(
    "name, columns",
    [
        ("countries.csv", ["code", "name", "wikidata", "un_member"]),
        ("country_names.csv", ["code", "text", "kind"]),
        ("organizations.csv", ["name", "aliases", "kind", "country", "wikidata"]),
    ],
)
def test_file_has_the_contracted_header_and_no_short_rows(name, columns):
    with (GAZETTEER / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns
        for row in reader:
            assert None not in row.values(), f"{name}:{reader.line_num}: missing fields"
            assert None not in row, f"{name}:{reader.line_num}: extra fields"


def test_country_codes_are_unique_three_letter_codes(countries):
    codes = [row["code"] for row in countries]
    assert all(CODE.match(code) for code in codes)
    assert not [code for code, n in Counter(codes).items() if n > 1]


def test_country_names_are_unique_and_non_empty(countries):
    names = [row["name"] for row in countries]
    assert all(name.strip() == name and name for name in names)
    assert not [name for name, n in Counter(names).items() if n > 1]


def test_all_193_un_members_are_marked(countries):
    assert {row["un_member"] for row in countries} <= {"0", "1"}
    members = {row["code"] for row in countries if row["un_member"] == "1"}
    assert len(members) >= 193
    assert {"RUS", "IRQ", "USA", "CHN", "SSD", "TLS", "MNE"} <= members
    assert not members & {"PSE", "VAT", "TWN", "XKX", "ESH", "HKG", "MAC", "GRL", "PRI"}


def test_listed_non_members_are_present(codes):
    assert {"PSE", "VAT", "TWN", "XKX", "ESH", "HKG", "MAC", "GRL", "PRI"} <= codes


def test_codes_are_real_iso_codes(codes):
    pycountry = pytest.importorskip("pycountry")
    iso = {country.alpha_3 for country in pycountry.countries}
    assert codes - iso == {"XKX"}
    assert iso - codes == set()


def test_wikidata_ids_are_well_formed_and_not_reused(countries, orgs):
    for rows in (countries, orgs):
        ids = [row["wikidata"] for row in rows if row["wikidata"]]
        assert all(QID.match(qid) for qid in ids), [qid for qid in ids if not QID.match(qid)]
        assert not [qid for qid, n in Counter(ids).items() if n > 1]


@pytest.mark.parametrize(
    "code, qid", [("RUS", "Q159"), ("IRQ", "Q796"), ("USA", "Q30"), ("GBR", "Q145"), ("CHN", "Q148")]
)
def test_known_country_wikidata_ids(countries, code, qid):
    assert {row["code"]: row["wikidata"] for row in countries}[code] == qid


def test_name_rows_use_known_codes_and_kinds(names, codes):
    assert {row["code"] for row in names} <= codes
    assert {row["kind"] for row in names} <= PLACE_KINDS
    assert all(row["text"] and row["text"].strip() == row["text"] for row in names)


def test_name_rows_are_not_duplicated(names):
    keys = Counter((row["code"], row["text"], row["kind"]) for row in names)
    assert not [key for key, n in keys.items() if n > 1]


def test_a_text_names_one_country_per_kind(names):
    owners = defaultdict(set)
    for row in names:
        owners[(row["text"], row["kind"])].add(row["code"])
    assert not {key: codes for key, codes in owners.items() if len(codes) > 1}


def test_every_country_has_its_canonical_name_row(countries, names):
    rows = {(row["code"], row["text"]) for row in names if row["kind"] == "name"}
    assert not [row["code"] for row in countries if (row["code"], row["name"]) not in rows]


@pytest.mark.parametrize("kind", ["capital", "demonym"])
def test_every_un_member_has_a_capital_and_a_demonym(countries, names, kind):
    have = {row["code"] for row in names if row["kind"] == kind}
    members = {row["code"] for row in countries if row["un_member"] == "1"}
    exempt = NO_OWN_DEMONYM if kind == "demonym" else set()
    assert sorted(members - have - exempt) == []


@pytest.mark.parametrize(
    "code, text",
    [
        ("TUR", "Türkiye"),
        ("TUR", "Turkey"),
        ("CZE", "Czechia"),
        ("CZE", "Czech Republic"),
        ("CIV", "Côte d'Ivoire"),
        ("CIV", "Ivory Coast"),
        ("MMR", "Myanmar"),
        ("MMR", "Burma"),
        ("COD", "DRC"),
        ("COD", "Democratic Republic of the Congo"),
        ("COG", "Republic of the Congo"),
        ("SWZ", "Eswatini"),
        ("SWZ", "Swaziland"),
        ("MKD", "North Macedonia"),
        ("CPV", "Cabo Verde"),
        ("TLS", "Timor-Leste"),
        ("TLS", "East Timor"),
        ("USA", "United States"),
        ("USA", "U.S."),
        ("USA", "America"),
        ("GBR", "Britain"),
        ("GBR", "UK"),
        ("KOR", "South Korea"),
        ("PRK", "DPRK"),
        ("ARE", "UAE"),
        ("NLD", "the Netherlands"),
        ("NLD", "Netherlands"),
        ("VAT", "Holy See"),
        ("PSE", "West Bank"),
    ],
)
def test_names_and_variants_named_in_the_brief(texts_by_code, code, text):
    assert text in texts_by_code[code]


@pytest.mark.parametrize(
    "code, text",
    [
        ("RUS", "the Kremlin"),
        ("USA", "the White House"),
        ("USA", "the Pentagon"),
        ("GBR", "Downing Street"),
        ("FRA", "the Elysée"),
        ("CHN", "Zhongnanhai"),
        ("KOR", "the Blue House"),
        ("IND", "South Block"),
    ],
)
def test_seats_of_government(names, code, text):
    assert (code, text, "seat") in {(row["code"], row["text"], row["kind"]) for row in names}


@pytest.mark.parametrize(
    "code, text",
    [
        ("IRQ", "Baghdad"),
        ("UKR", "Kyiv"),
        ("UKR", "Kiev"),
        ("USA", "Washington"),
        ("ZAF", "Pretoria"),
        ("NLD", "The Hague"),
        ("MMR", "Naypyidaw"),
        ("CIV", "Yamoussoukro"),
        ("COL", "Bogotá"),
        ("COL", "Bogota"),
    ],
)
def test_capitals(names, code, text):
    assert (code, text, "capital") in {(row["code"], row["text"], row["kind"]) for row in names}


@pytest.mark.parametrize(
    "code, text",
    [("RUS", "Russian"), ("IRQ", "Iraqis"), ("USA", "Americans"), ("PHL", "Filipino"), ("COD", "Congolese")],
)
def test_demonyms(names, code, text):
    assert (code, text, "demonym") in {(row["code"], row["text"], row["kind"]) for row in names}


@pytest.mark.parametrize(
    "code, text",
    [
        ("CHE", "Geneva"),
        ("RUS", "Sochi"),
        ("SAU", "Jeddah"),
        ("IRQ", "Basra"),
        ("HKG", "Hong Kong"),
        ("ARE", "Dubai"),
        ("COD", "Goma"),
    ],
)
def test_places_resolve_to_their_country(texts_by_code, code, text):
    assert text in texts_by_code[code]


def test_organisation_rows_use_known_kinds_and_codes(orgs, codes):
    assert {row["kind"] for row in orgs} <= ORG_KINDS
    assert {row["country"] for row in orgs if row["country"]} <= codes
    assert all(row["name"] and row["name"].strip() == row["name"] for row in orgs)
    assert not [name for name, n in Counter(row["name"] for row in orgs).items() if n > 1]


def test_an_alias_names_one_organisation(orgs):
    owners = defaultdict(set)
    for row in orgs:
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                owners[alias].add(row["name"])
    assert not {alias: found for alias, found in owners.items() if len(found) > 1}


def test_international_bodies_and_stateless_groups_have_no_country(orgs):
    by_name = {row["name"]: row for row in orgs}
    assert all(not row["country"] for row in orgs if row["kind"] == "igo")
    for name in ("Hamas", "Hezbollah", "Houthis", "Islamic State", "al-Shabaab"):
        assert by_name[name]["country"] == ""
    assert by_name["Taliban"]["country"] == "AFG"
    assert by_name["Palestinian Authority"]["country"] == "PSE"


def test_media_carry_their_country(orgs):
    media = {row["name"]: row["country"] for row in orgs if row["kind"] == "media"}
    assert all(media.values())
    assert media["Reuters"] == "GBR" and media["Xinhua"] == "CHN" and media["Al Jazeera"] == "QAT"


@pytest.mark.parametrize(
    "name",
    ["UN", "EU", "AU", "NATO", "ASEAN", "ECOWAS", "OPEC", "Arab League", "Hamas", "Hezbollah", "Houthis", "Taliban"],
)
def test_core_organisations_are_present(orgs, name):
    assert name in org_names(orgs)


def test_organisation_names_are_not_country_names(orgs, names):
    country_texts = {row["text"] for row in names}
    assert not sorted(org_names(orgs) & country_texts)
