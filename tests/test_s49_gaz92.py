"""Session 49 (gaz92): misreadings session 48 left, in sentences written for these tests.

- "Luxembourg province": the word 'province' beside a name first read as a country makes it a
  province of that very name (context._province_by_its_kind_word_first), and an admin1 of the
  name in a country whose first-level units are never called provinces (Luxembourg's cantons)
  no longer stands in the way of Belgium's second-level province (ranking.NOT_FIRST_LEVEL_WORDS).
- "Border Force cutters left Dover": a force that belongs to one state names it as a demonym
  does (read/national_forces.json, mentions.group_homes.state_force_countries), the Australian
  one's whole name listed so that its last two words are not read as the British force.
- "The Argentine Federal Police sent officers to Concordia and Paraná": a demonym that is also
  another name of its country heads a force's name after "the" too (candidates.
  _demonym_heading_a_name); the force name's opening word, read as a town (Federal, Entre Ríos),
  is no context for the text's other names (context._opens_a_force_s_name), and "National" of
  "National Gendarmerie" is no person's noun: the demonym names those who act at home.
- "Sloboda Tuzla cancelled a friendly ... the roads to Doboj and Tuzla": a lesser town's name
  read as the surname after an unknown word or a lesser place's name is no person's word when
  the text names it alone as a place elsewhere (scan._named_alone_as_a_place), so the town's
  other mentions are read.
"""

import pytest

from placecounts import placed

from geomove.mentions import find_mentions
from geomove.mentions.group_homes import state_force_countries


def _roles(gazetteer, text):
    return [(text[m["start"]:m["end"]], m["role"]) for m in find_mentions(text, gazetteer=gazetteer)]


def _reading(gazetteer, text, surface):
    return next((c, k) for s, c, k in placed(gazetteer, text) if s == surface)


# -- a country's name with the word 'province'

@pytest.mark.parametrize("text", [
    "Belgian troops moved into Luxembourg province on Monday.",
    "Army engineers were sent to Luxembourg province after the storm.",
    "Belgian engineers moved into the province of Luxembourg.",
    "Belgian soldiers reached Bastogne in Luxembourg province.",
])
def test_a_country_s_name_with_the_word_province(gazetteer, text):
    assert _reading(gazetteer, text, "Luxembourg") == ("BE", "admin2")


def test_a_country_s_first_level_province(gazetteer):
    # (the province that shares its country's name is a first-level unit: the word makes it so too)
    assert _reading(gazetteer, "Police reinforcements moved into Panama province.", "Panama") == ("PA", "admin1")


@pytest.mark.parametrize("text, surface, want", [
    # near misses: the country named bare stays the country; a province that is a first-level unit stays
    ("Belgian troops moved into Luxembourg on Monday.", "Luxembourg", ("LU", "country")),
    ("Convoys crossed into Luxembourg from France at dawn.", "Luxembourg", ("LU", "country")),
    ("Dutch troops were sent to Limburg province.", "Limburg", ("NL", "admin1")),
])
def test_a_country_s_name_near_misses(gazetteer, text, surface, want):
    assert _reading(gazetteer, text, surface) == want


# -- a force that belongs to one state names it

def test_border_force_names_are_read_as_written():
    assert state_force_countries("Border Force cutters") == {"GB": "Border Force"}
    # (the Australian force's name holds the British one's: read whole)
    assert state_force_countries("Australian Border Force officers") == {"AU": "Australian Border Force"}


@pytest.mark.parametrize("text, surface, want", [
    ("Border Force cutters left Dover on Tuesday. Australia sent a patrol boat to help.", "Dover", "GB"),
    ("Border Force officers met two dinghies at Dover. Canberra said nothing.", "Dover", "GB"),
])
def test_a_force_that_belongs_to_one_state(gazetteer, text, surface, want):
    assert _reading(gazetteer, text, surface)[0] == want


@pytest.mark.parametrize("text, surface, want", [
    # near misses: the Australian force, and a text that names no force, keep Australia's Dover
    ("Australian Border Force cutters left Dover on Tuesday.", "Dover", "AU"),
    ("Police boats left Dover on Tuesday. Australia sent a patrol boat to help.", "Dover", "AU"),
])
def test_a_force_that_belongs_to_one_state_near_misses(gazetteer, text, surface, want):
    assert _reading(gazetteer, text, surface)[0] == want


# -- a demonym before a force's name backs its own country's namesakes

@pytest.mark.parametrize("text", [
    "The Argentine Federal Police sent officers to Concordia and Paraná.",
    "Argentine Federal Police officers reached Concordia and Paraná after the flood.",
    "The Argentine National Gendarmerie sent officers to Concordia and Paraná.",
])
def test_a_demonym_before_a_force_s_name(gazetteer, text):
    assert _reading(gazetteer, text, "Concordia") == ("AR", "city")
    assert _reading(gazetteer, text, "Paraná") == ("AR", "city")


def test_the_demonym_of_a_force_s_name_is_read_as_one(gazetteer):
    # ("Argentine" is also another name of Argentina and a village of Kansas: before a name, the demonym)
    got = {text_m: role for text_m, role in _roles(gazetteer, "The Argentine Federal Police sent officers to Rosario.")}
    assert got["Argentine"] == "actor"


@pytest.mark.parametrize("text, surface, want", [
    # near misses: another demonym's force, and no demonym at all, keep Brazil's readings
    ("Brazilian Federal Police raided offices in Concordia and Curitiba.", "Concordia", ("BR", "town")),
    ("A French national was arrested in Concordia and Paraná.", "Paraná", ("BR", "admin1")),
])
def test_a_demonym_before_a_force_s_name_near_misses(gazetteer, text, surface, want):
    assert _reading(gazetteer, text, surface) == want


# -- a club named after its town, with no sport's word before it

@pytest.mark.parametrize("text", [
    "Police said the roads to Doboj and Tuzla stayed open. Sloboda Tuzla cancelled a friendly.",
    "Sloboda Tuzla cancelled a friendly. Police said the roads to Doboj and Tuzla stayed open.",
    "Sloboda Tuzla beat a visiting side 2-0 on Saturday. Riot police were sent to Tuzla.",
])
def test_a_club_s_town_named_alone_elsewhere_stays_a_place(gazetteer, text):
    got = placed(gazetteer, text)
    # the town named alone is read once; the club's run is no place
    assert [(s, c) for s, c, _ in got if s == "Tuzla"] == [("Tuzla", "BA")]


@pytest.mark.parametrize("text, surname", [
    # near misses: a person's surname told again as the subject of a verb stays the person's
    ("Jenny Palma spoke on Monday. Palma said she would fly home.", "Palma"),
    ("Sloboda Tuzla lost 2-0 at home.", "Tuzla"),
])
def test_a_surname_not_named_as_a_place_stays_no_place(gazetteer, text, surname):
    assert surname not in [s for s, _, _ in placed(gazetteer, text)]
