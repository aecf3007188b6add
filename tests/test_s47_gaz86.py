"""Session 47 (gaz86): places that session 47's places helpers left, in sentences written for these tests.

- A province named bare beside a force named by its country's demonym ("Venezuelan troops moved
  into Amazonas") is that country's province, though a province of the name lies across the
  border (Brazil's, larger): the demonym backs a province of its own country when the text's
  other names put no country there (mentions.context._own_province_alone), and a small province
  so backed counts as a bare province name as a large one does (the bare-area weight).
- The seat of a district bearing a name a person bears too ("Durán" of Eloy Alfaro) is read
  where the text names the country by a demonym ("Ecuadorian police"), as by its name
  (mentions.acceptance._seat_of_a_unit_so_named).
- A group's acronym another body shares ("ADF": the Australian Defence Force too) places a text
  that names no country only right before a noun of irregular fighters ("ADF rebels"):
  group_homes.json "shared_names" (mentions.group_homes).
"""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.group_homes import group_home_countries


def _read(gazetteer, text):
    return {text[m["start"]:m["end"]]: (m.get("name"), m.get("country"), m.get("kind"))
            for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] == "place" and m.get("lat") is not None}


# -- a province of the demonym's own country

@pytest.mark.parametrize("text, want", [
    ("Venezuelan troops moved into Amazonas.", "VE"),
    ("Venezuelan soldiers were flown from Amazonas to San Carlos.", "VE"),
    ("Colombian marines moved into Amazonas after the river clashes.", "CO"),
    ("Peruvian soldiers patrolled Amazonas all week.", "PE"),
])
def test_a_force_s_own_province(gazetteer, text, want):
    assert _read(gazetteer, text)["Amazonas"][1:] == (want, "admin1")


@pytest.mark.parametrize("text, name, want", [
    # other theatres: provinces of one name on both sides of a border
    ("Indian troops were deployed across Punjab.", "Punjab", "IN"),
    ("Pakistani troops were deployed across Punjab.", "Punjab", "PK"),
    ("Argentine troops moved into Santa Cruz.", "Santa Cruz", "AR"),
])
def test_a_force_s_own_province_in_other_theatres(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name][1:] == (want, "admin1")


@pytest.mark.parametrize("text, want", [
    # near misses: the text names the other country; the largest province with no demonym
    ("Venezuelan troops crossed into Brazil's Amazonas.", "BR"),
    ("Troops moved into Amazonas overnight.", "BR"),
    ("Brazilian troops deployed to Amazonas.", "BR"),
])
def test_a_named_country_or_no_demonym_keeps_its_reading(gazetteer, text, want):
    assert _read(gazetteer, text)["Amazonas"][1:] == (want, "admin1")


def test_the_other_country_named_holds_first(gazetteer):
    assert _read(gazetteer, "Indian troops crossed into Pakistan's Punjab.")["Punjab"][1:] == ("PK", "admin1")


# -- the seat of a district, its country named by a demonym

@pytest.mark.parametrize("text", [
    "Ecuadorian police were deployed to Durán.",
    "Ecuadorian marines moved into Durán overnight.",
])
def test_a_seat_so_named_in_a_country_named_by_a_demonym(gazetteer, text):
    assert _read(gazetteer, text)["Durán"][1:] == ("EC", "city")


@pytest.mark.parametrize("text", [
    "Peruvian police arrested a suspect in Durán.",  # another country's demonym
    "Ecuadorian fans cheered Durán after the match.",  # no word of place before the name
])
def test_a_surname_stays_a_person_without_its_country_or_a_place_word(gazetteer, text):
    assert "Durán" not in _read(gazetteer, text)


# -- a shared acronym before a noun of fighters

def test_group_home_countries_of_a_shared_acronym():
    assert group_home_countries("ADF rebels raided the town.") == {"CD": {"adf"}}
    assert group_home_countries("ADF  fighters  regrouped.") == {"CD": {"adf"}}
    assert group_home_countries("ADF personnel flew north.") == {}  # the defence force as likely
    assert group_home_countries("The ADF said troops were ready.") == {}
    assert group_home_countries("ADFs fighters") == {}  # (the acronym whole)


@pytest.mark.parametrize("text, name", [
    ("ADF fighters attacked Beni.", "Beni"),
    ("ADF rebels moved from Kasindi toward Beni overnight.", "Beni"),
])
def test_beni_of_adf_fighters_is_congolese(gazetteer, text, name):
    assert _read(gazetteer, text)[name][1] == "CD"


@pytest.mark.parametrize("text, name, want", [
    # near misses: the acronym without a noun of fighters names no country
    ("ADF personnel flew to Beni.", "Beni", "BO"),
    ("ADF troops deployed to Richmond.", "Richmond", "US"),
])
def test_the_acronym_alone_names_no_country(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name][1] == want
