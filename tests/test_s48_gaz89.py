"""Session 48 (gaz89): border rivers and island groups, in sentences written for these tests.

- Rivers that reports of troops and borders name, kept in gazetteer/areas.csv: traced through the
  WDBII river lines between the ends their articles give (geomove/gazetteer/area_sources/waterways.py:
  Narva River, Prut, Panj River, Syr Darya, Amur, Zambezi) or kept at the mouth their article gives
  (Ussuri, Tumen River, Maritsa); island groups kept as regions (Natuna Islands, Chagos Archipelago,
  Sulu Archipelago, Kuril Islands, Bijagós Islands, Lamu Archipelago).
- A river is no reading where a settlement's or a unit's kind word asks the name ("the town of Syr
  Darya", "in Syrdarya city": mentions.candidates._NOT_A_RIVER_KINDS), and a river after "the" gives
  way to a place of the kind the word asks that the index holds ("the Amur region": the province,
  mentions.scan); a river's name written without "the" where the index holds a town of it is the
  town ("troops entered Syr Darya"; "along the Syr Darya" stays the river: mentions.scan).
"""

import pytest

from geomove.mentions import find_mentions


def _read(gazetteer, text):
    return {text[m["start"]:m["end"]]: (m.get("name"), m.get("kind"))
            for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] == "place" and m.get("lat") is not None}


@pytest.mark.parametrize("text, surface, name", [
    ("Estonian border guards moved along the Narva River at night.", "Narva River", "Narva River"),
    ("Romanian engineers were sent along the Prut last spring.", "Prut", "Prut"),
    ("Tajik troops moved along the Panj River toward the east.", "Panj River", "Panj River"),
    ("The column moved along the Syr Darya for two days.", "Syr Darya", "Syr Darya"),
    ("Chinese patrol boats moved along the Amur near the border.", "Amur", "Amur"),
    ("Zimbabwean soldiers crossed the Zambezi at dawn.", "Zambezi", "Zambezi"),
    ("Russian guards moved along the Ussuri River.", "Ussuri River", "Ussuri"),
    ("North Korean soldiers waded the Tumen River at night.", "Tumen River", "Tumen River"),
    ("Greek police patrolled the Evros River in boats.", "Evros River", "Maritsa"),
    ("Bulgarian troops moved along the Maritsa before noon.", "Maritsa", "Maritsa"),
])
def test_a_border_river_is_read(gazetteer, text, surface, name):
    assert _read(gazetteer, text)[surface] == (name, "river")


@pytest.mark.parametrize("text, surface, name", [
    ("Indonesian warships sailed to the Natuna Islands on Friday.", "Natuna Islands", "Natuna Islands"),
    ("Two frigates were sent to the Chagos Islands.", "Chagos Islands", "Chagos Archipelago"),
    ("Marines were flown to the Sulu Archipelago overnight.", "Sulu Archipelago", "Sulu Archipelago"),
    ("Coastal missile batteries were moved to the Kuril Islands.", "Kuril Islands", "Kuril Islands"),
    ("New radars were sent to the Kurils last year.", "Kurils", "Kuril Islands"),
    ("Navy boats carried soldiers to the Bijagos Islands.", "Bijagos Islands", "Bijagós Islands"),
    ("Police units were deployed to the Lamu archipelago.", "Lamu archipelago", "Lamu Archipelago"),
])
def test_an_island_group_is_read(gazetteer, text, surface, name):
    assert _read(gazetteer, text)[surface] == (name, "region")


@pytest.mark.parametrize("text, surface, name, kind", [
    # near misses: a settlement's or a unit's kind word asks the town or the province
    ("The convoy stopped in Syrdarya city overnight.", "Syrdarya", "Sirdaryo", "town"),
    ("Police arrived in the town of Syr Darya on Friday.", "Syr Darya", "Sirdaryo", "town"),
    ("Officials in the Amur region met on Monday.", "Amur", "Amurskaya oblast'", "admin1"),
    ("Refugees reached Zambezi town in the north-west.", "Zambezi", "Zambezi", "town"),
    # a river's name written without "the" where the index holds a town of it: the town
    ("Uzbek troops entered Syr Darya on Sunday.", "Syr Darya", "Sirdaryo", "town"),
])
def test_a_kind_word_keeps_the_namesake(gazetteer, text, surface, name, kind):
    assert _read(gazetteer, text)[surface] == (name, kind)


@pytest.mark.parametrize("text, surface, kind", [
    # near misses: a bare town's name with no "the" stays the town
    ("Troops reached Narva on Tuesday.", "Narva", "town"),
    ("Residents of Panj fled south.", "Panj", "town"),
    ("A convoy left Kurilsk for the port.", "Kurilsk", "village"),
    ("Troops left Lamu for Mokowe.", "Lamu", "town"),
])
def test_a_bare_town_stays_the_town(gazetteer, text, surface, kind):
    assert _read(gazetteer, text)[surface][1] == kind


def test_a_river_whose_unit_word_finds_no_unit_stays_the_river(gazetteer):
    # "the Dnipro region": the kind word finds no unit of the name, so the river holds as before
    assert _read(gazetteer, "Barges moved along the Dnipro past the Dnipro region.")["Dnipro"] == ("Dnipro", "river")
