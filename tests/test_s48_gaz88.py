"""Session 48 (gaz88): places the places48 texts found missing or misread, in sentences written
for these tests.

- "the football club Sloboda Tuzla": a sport and its noun for a side (wordlists.SPORT_WORDS,
  CLUB_NOUNS) right before a run make the whole run a club's name
  (persons._club_named_after_its_town). Before, a club whose first word no list knew read as a
  person named after the town, and the town's word, kept as the person's surname, hid the town
  everywhere else in the text ("the roads to Doboj and Tuzla").
- "Valencia CF": an abbreviation of football club after the town's word (wordlists.
  CLUB_TAILS_IN_CAPITALS) makes the run the club's; the city named alone stays.
- "known in Shan as Thibaw": a language that shares its name with a state or region of its
  speakers (other_names.LANGUAGES_NAMED_LIKE_PLACES) is read as the language after a naming word
  and "in", as a demonym already was ("in Somali"); "Shan State" after "in" stays the state.
- Cited rows (features.csv): the Palanca crossing (Moldova-Ukraine), Ras Laffan, Massanassa,
  Kokang.
"""

import csv
from pathlib import Path

import pytest

from placecounts import placed as _places, counted as _counted
from placing import cited_point

from geomove.distance import haversine_km

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"


# -- a club named after its town, told by a sport's noun before it

@pytest.mark.parametrize("text, town, country", [
    ("Police said the roads to Doboj and Tuzla stayed open.\n\n"
     "The football club Sloboda Tuzla cancelled a friendly.", "Tuzla", "BA"),
    ("Buses left Kraljevo for Zenica on Friday. The basketball side Celik Zenica lost at home.", "Zenica", "BA"),
    ("Riot police were sent to Mostar before the football club Velez Mostar played.", "Mostar", "BA"),
])
def test_a_club_after_a_sport_s_noun_leaves_its_town_a_place(gazetteer, text, town, country):
    got = _places(gazetteer, text)
    # the town named alone is read; the club's word is not
    assert [s for s, c, _ in got if s == town and c == country] == [town]


def test_a_club_word_before_a_lower_case_word_eats_no_name(gazetteer):
    got = _places(gazetteer, "The football club said police moved officers from Doboj to Bijeljina.")
    assert [s for s, _, _ in got] == ["Doboj", "Bijeljina"]


def test_a_side_without_a_sport_is_no_club(gazetteer):
    # ("side" alone is a border's side: the place after it stays)
    got = _places(gazetteer, "Lorries waited on the Croatian side near Gunja.")
    assert ("Gunja", "HR", "village") in got


@pytest.mark.parametrize("text, club", [
    ("Fans of Valencia CF marched through Madrid on Sunday.", "Valencia"),
    ("Supporters of Granada CF travelled to Bilbao.", "Granada"),
])
def test_a_town_before_an_abbreviation_of_football_club_is_the_club(gazetteer, text, club):
    assert club not in _counted(gazetteer, text)


def test_the_city_without_the_abbreviation_stays(gazetteer):
    assert ("Valencia", "ES", "city") in _places(gazetteer, "Soldiers drove from Madrid to Valencia, Spain, on Sunday.")


# -- a language named like a state of its speakers

@pytest.mark.parametrize("text, language", [
    ("Fighting reached Hsipaw, known in Shan as Thibaw, on Monday.", "Shan"),
    ("Herders fled from Asayita, written in Afar as Aysaita, to Semera.", "Afar"),
    ("The town, called Myitkyina in Kachin too, was shelled.", "Kachin"),
])
def test_a_language_after_a_naming_word_is_no_place(gazetteer, text, language):
    assert language not in _counted(gazetteer, text)


def test_the_state_s_own_name_after_a_naming_word_stays(gazetteer):
    got = _places(gazetteer, "The army moved 300 soldiers to Lashio, known in Shan State as its largest town.")
    assert ("Shan State", "MM", "admin1") in got


def test_a_region_named_like_a_language_stays_without_a_naming_word(gazetteer):
    assert "Afar" in [s for s, c, _ in _places(gazetteer, "Drought hit Afar and Tigray this spring.") if c == "ET"]


# -- cited rows

def _rows():
    with (GAZ / "features.csv").open(encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f) if "gaz88" in r.get("note", "")}


def test_each_new_row_is_at_its_cited_point():
    rows = _rows()
    assert sorted(rows) == ["kokang", "massanassa", "palanca-crossing", "ras-laffan"]
    for r in rows.values():
        lat, lon = cited_point(r["source"])
        assert haversine_km(lat, lon, float(r["lat"]), float(r["lon"])) < 0.5, r["id"]


@pytest.mark.parametrize("text, surface, country", [
    ("Gas tankers loaded at Ras Laffan north of Doha.", "Ras Laffan", "QA"),
    ("Floods hit Massanassa and Catarroja south of Valencia.", "Massanassa", "ES"),
    ("Refugees from Kokang crossed into Yunnan near Laukkai.", "Kokang", "MM"),
    ("Moldova's customs said lorries waited at Palanca on the Ukrainian border, not far from Romania.",
     "Palanca", "MD"),
])
def test_the_names_read_their_rows(gazetteer, text, surface, country):
    assert surface in [s for s, c, _ in _places(gazetteer, text) if c == country]


def test_a_romanian_palanca_stays_romanian(gazetteer):
    # near miss: a text of Romania's Bacău county keeps its own village of the name
    got = _places(gazetteer, "Floods cut the road between Palanca and Comănești in Bacău county, Romania.")
    assert ("Palanca", "RO", "village") in got
