"""places34: compound Arabic names, a country's possessive before a force's name, and a town
named with its training area (tests/fixtures/places34: six texts of our own with hand counts).
The sentences are written for these tests.

- "toward Brak al-Shati": an article-led word written right after a name is the rest of one
  compound name the index lacks, no place of its own (article_tails.compound_tails); and a camp
  read by its name alone far from every other place of the text keeps no point
  (FarReadingGuards._lone_far_camp).
- "a convoy belonging to Russia's Africa Corps": a country's possessive before a force's own
  capitalised name is its owner, an actor (Roles.possessed_actor, FORCE_NAME_HEADS).
- "the Munster training area": the training site's words after a name support the town it is
  named after (Acceptance._training_site_after).
"""

import pytest

from geomove.mentions import find_mentions
from placing import places_by_surface as _found


def _mentions(text, gazetteer):
    return [(text[m["start"]:m["end"]], m["role"], m.get("country")) for m in find_mentions(text, gazetteer=gazetteer)]


# -- the texts of our own (tests/fixtures/places34)


# -- 1. the article-led tail of a compound name is no place of its own


@pytest.mark.parametrize("text", [
    # (on main: Brak and a separate "al-Shati", the refugee camp in Gaza)
    "Fighters drove toward Brak al-Shati on Tuesday.",
    "TRIPOLI - The column left Sokna and headed for Brak al-Shati, officials said.",
    "Armed men were seen near Brak Al-Shati overnight.",
])
def test_the_tail_of_a_compound_name_is_no_place(gazetteer, text):
    found = _mentions(text, gazetteer)
    assert not any(s.lower() == "al-shati" for s, _, _ in found), found
    assert ("Brak", "place", "LY") in found, found


@pytest.mark.parametrize("text, tail, cc", [
    # twins: an article-led name after a comma, "and", a preposition or the sentence's start
    ("Shelling hit Aleppo, al-Bab and Manbij.", "al-Bab", "SY"),
    ("Troops moved from Raqqa to al-Tabqa.", "al-Tabqa", "SY"),
    ("In al-Bab, residents fled.", "al-Bab", "SY"),
    ("Strikes hit the Shati camp and al-Shati beach in Gaza.", "al-Shati", "PS"),
])
def test_an_article_led_name_written_apart_is_a_place(gazetteer, text, tail, cc):
    found = _mentions(text, gazetteer)
    assert (tail, "place", cc) in found, found


def test_compound_tail_rule():
    from geomove.mentions.article_tails import compound_tails
    text = "toward Brak al-Shati and al-Bab, Jisr ash-Shughur; In al-Bab"
    ms = [{"role": "place", "surface": s, "start": text.index(s, a)}
          for s, a in (("al-Shati", 0), ("al-Bab", 0), ("ash-Shughur", 0), ("al-Bab", 45))]
    assert [m["surface"] for m in compound_tails(text, ms)] == ["al-Shati", "ash-Shughur"]


# -- 1b. a camp named alone, far from every other place of the text


def test_a_lone_far_camp_keeps_no_point(gazetteer):
    text = "TRIPOLI - Fighters left Sokna on Monday. Clashes were reported in al-Shati, residents said."
    shati = _found(text, gazetteer).get("al-Shati")
    assert shati is None or shati["lat"] is None, shati


@pytest.mark.parametrize("text", [
    # twins: the camp alone, beside Gaza's places, or named with its country
    "Israeli strikes hit al-Shati on Monday.",
    "GAZA CITY - Israeli strikes hit al-Shati and Jabalia on Monday.",
    "Turkish drones hit Qamishli and Amuda on Sunday and al-Shati in Gaza on Monday.",
])
def test_the_camp_near_its_places_or_alone_stays(gazetteer, text):
    assert _found(text, gazetteer)["al-Shati"]["country"] == "PS"


# -- 2. a country's possessive before a force's own name is its owner


@pytest.mark.parametrize("text", [
    # (on main: Russia a place "after 'to'")
    "Witnesses said a convoy belonging to Russia's Africa Corps left Gao on Sunday.",
    "A convoy belonging to Russia's Wagner Group reached Kidal.",
    "Units attached to Iran's Revolutionary Guards moved to Deir ez-Zor.",
])
def test_a_possessive_before_a_force_name_is_its_owner(gazetteer, text):
    owner = next(m for m in find_mentions(text, gazetteer=gazetteer) if m["country"] in ("RU", "IR"))
    assert owner["role"] == "actor", owner


@pytest.mark.parametrize("text, cc", [
    # twins: a place's name after the possessive, in lower case or a province's own name
    ("Drones struck Russia's Kursk region overnight.", "RU"),
    ("Refugees returned to Syria's Idlib Province.", "SY"),
])
def test_a_possessive_before_a_place_stays_a_place(gazetteer, text, cc):
    m = next(m for m in find_mentions(text, gazetteer=gazetteer) if m.get("country") == cc and m["role"] in ("place", "actor"))
    assert m["role"] == "place", m


# -- 3. a town named with its training area


@pytest.mark.parametrize("text", [
    "Officers visited the Munster training area on Monday.",
    "A Dutch tank company left the Munster training area for Lithuania on Monday and is due in Rukla by Friday.",
])
def test_a_town_before_its_training_area(gazetteer, text):
    munster = _found(text, gazetteer)["Munster"]
    assert (munster["country"], munster["admin1"]) == ("DE", "Niedersachsen"), munster


def test_training_site_words_in_capitals_or_apart_say_nothing(gazetteer):
    # twin: "headquarters" names no training site; the unsupported lone town stays dropped
    assert "Munster" not in _found("Officers visited the Munster headquarters.", gazetteer)
