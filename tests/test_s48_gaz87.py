"""Session 48 (gaz87): namesakes and non-places session 47 left, in sentences written for these tests.

- A state's force named by its own name or acronym ("FARDC units", "SANDF soldiers") names its
  state as a demonym does (mentions.group_homes.state_force_countries, read from
  read/national_forces.json; ContextRanking._countries_by_demonym): "FARDC ... Beni" is the
  Congolese town, not Bolivia's El Beni.
- A province named bare beside a demonym is that country's province before a namesake province
  across the border, also where the country's provinces are second-level units in the index
  (Belgium's Limburg against the Dutch one): context._demonym_s_own_province_first.
- A province named bare by its own name is the province, not a town inside it that bears the
  name only as another name (Sulu, not Jolo; Basilan, not the City of Isabela):
  context._province_of_its_own_name_first.
- Names that are no places: a name after "a general named" (persons._kin_before), a demonym
  before a place noun that only qualifies a thing ("Uzbek road signs": roles.demonym_role), a
  town before a noun of a club's players ("a Barcelona striker": persons._classify_one_word).
"""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.group_homes import state_force_countries


def _mentions(gazetteer, text):
    return {text[m["start"]:m["end"]]: m for m in find_mentions(text, gazetteer=gazetteer)}


def _place(gazetteer, text, surface):
    m = _mentions(gazetteer, text)[surface]
    assert m["role"] == "place", m
    return m.get("name"), m.get("country"), m.get("kind")


# -- a state's force by its own name

def test_state_force_names_are_read_as_written():
    assert state_force_countries("FARDC units and UPDF soldiers") == {"CD": "FARDC", "UG": "UPDF"}
    assert state_force_countries("fardc units") == {}  # (a proper noun: its case as written)
    assert state_force_countries("The SAF moved") == {}  # (shared by several states: not listed)
    assert state_force_countries("xFARDC, the-IDF and IDFs, (KDF)") == {"KE": "KDF"}  # (whole words only)


@pytest.mark.parametrize("text, surface, want", [
    ("FARDC units deployed to Beni on Sunday.", "Beni", "CD"),
    ("FARDC reinforcements arrived in Beni on Monday.", "Beni", "CD"),
    ("SANDF soldiers were deployed to Richmond on Monday.", "Richmond", "ZA"),
])
def test_a_force_s_own_name_names_its_state(gazetteer, text, surface, want):
    assert _place(gazetteer, text, surface)[1] == want


@pytest.mark.parametrize("text, surface, want", [
    # near misses: a force whose state has no namesake leaves the reading; a demonym still holds
    ("UPDF soldiers were flown to Beni on Monday.", "Beni", "BO"),
    ("Bolivian police were sent to Beni on Monday.", "Beni", "BO"),
    ("Congolese soldiers reached Beni on Monday.", "Beni", "CD"),
])
def test_a_force_s_own_name_near_misses(gazetteer, text, surface, want):
    assert _place(gazetteer, text, surface)[1] == want


# -- a demonym's own province before a namesake province abroad

@pytest.mark.parametrize("text", [
    "Belgian troops to Limburg as the river rises",
    "Belgian soldiers were sent to Limburg on Tuesday to build flood barriers.",
    "Belgian troops were sent to Limburg on Monday. Engineers set up a camp outside Hasselt.",
])
def test_a_demonym_s_second_level_province(gazetteer, text):
    assert _place(gazetteer, text, "Limburg") == ("Limburg", "BE", "admin2")


@pytest.mark.parametrize("text", [
    "Dutch soldiers were sent to Limburg on Monday.",
    "Belgian soldiers were sent to Limburg in the Netherlands.",  # (the country named holds)
    "German police were sent to Limburg on Monday.",  # (a town of the name at home is no province)
])
def test_a_demonym_s_province_near_misses(gazetteer, text):
    assert _place(gazetteer, text, "Limburg")[1] == "NL"


# -- a province's own name before a town that bears it as another name

@pytest.mark.parametrize("text, surface", [
    ("Philippine marines were flown to Sulu on Tuesday after the ferry bombing near Basilan.", "Sulu"),
    ("Philippine marines were flown to Sulu on Tuesday after the ferry bombing near Basilan.", "Basilan"),
    ("Two navy boats carried troops from Zamboanga to Basilan on Thursday.", "Basilan"),
    ("The army sent 300 soldiers to Sulu.", "Sulu"),
])
def test_a_province_by_its_own_name(gazetteer, text, surface):
    assert _place(gazetteer, text, surface) == (surface, "PH", "admin2")


@pytest.mark.parametrize("text, surface, want", [
    ("Soldiers moved from Zamboanga to Jolo.", "Jolo", ("Jolo", "PH", "city")),
    ("Troops were sent to New York and Boston.", "New York", ("New York City", "US", "city")),
])
def test_a_province_by_its_own_name_near_misses(gazetteer, text, surface, want):
    assert _place(gazetteer, text, surface) == want


# -- names that are no places

@pytest.mark.parametrize("text, surface", [
    ("A general named Senapati led the column into Imphal.", "Senapati"),
    ("A rebel commander named Kassala was seen in Gedaref.", "Kassala"),
    ("The convoy passed Uzbek road signs near the border.", "Uzbek"),
    ("The trucks drove past Kazakh road markings before turning south.", "Kazakh"),
    ("Barcelona striker Luis Moreno was injured in the final.", "Barcelona"),
    ("Police escorted a Marseille midfielder to the airport in Lyon.", "Marseille"),
])
def test_no_place(gazetteer, text, surface):
    m = _mentions(gazetteer, text).get(surface)
    assert m is None or m["role"] not in ("place", "demonym_place"), m


@pytest.mark.parametrize("text, surface, role", [
    ("The soldiers reached a village named Senapati.", "Senapati", "place"),
    ("The column crossed into Uzbek territory at dawn.", "Uzbek", "demonym_place"),
    ("They reached the Syrian border town at dawn.", "Syrian", "demonym_place"),
    ("Troops reached Barcelona on Friday.", "Barcelona", "place"),
])
def test_no_place_near_misses(gazetteer, text, surface, role):
    assert _mentions(gazetteer, text)[surface]["role"] == role


# -- a town placed in a province written with a hyphen (works since gaz85's row; kept)

@pytest.mark.parametrize("text", [
    "Soldiers were sent to Dibaya, in Kasai-Central.",
    "Troops reached Dibaya in Kasai-Central province on Monday.",
])
def test_a_town_in_a_hyphenated_province(gazetteer, text):
    assert _place(gazetteer, text, "Dibaya")[:2] == ("Dibaya", "CD")
    assert _place(gazetteer, text, "Kasai-Central")[1:] == ("CD", "admin1")
