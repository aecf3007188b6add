"""gaz62 (s38): kinds of wrong place readings found on text the places wing was not tuned on.
Every sentence here is written for these tests (other theatres, other wordings).

- region vs its capital: 'the <Name> district of <City>' names a part of the city, so the kind
  word gives the city no district's kind (Kabul the city, not Kabul province; Mogadishu read at
  all) unless the name before the word is a unit or a people's word, which makes the name after
  "of" the district ('the Helmand district of Nad Ali') (mentions.scan._part_named_before);
- an everyday word named a place by a kind word with its holder written after it ('the village of
  Hope in Masisi territory') stands at the holder's point as any name the index lacks does, and
  says nothing of the same word elsewhere (mentions.unknown_parts._name_told_with_a_holder);
- a far namesake over the province the text names: 'two miles south of X, Missouri' binds X to
  Missouri as 'in X, Missouri' does; a bearing or a word for the land around a place before "of"
  makes it a word of place (mentions.unknown_parts.of_after_a_word_of_place).
"""

import gc
import time

import pytest

from geomove.mentions.unknown_parts import OF_PLACE_HEADS, of_after_a_word_of_place
from placing import place_role_by_surface, places_by_surface


# --- 'the <Name> district of <City>': the city ------------------------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Gunmen attacked the Shahr-e Naw district of Kabul on Tuesday.", "Kabul", "AF"),
    ("A bomb exploded in the Gulshan district of Dhaka.", "Dhaka", "BD"),
    ("Fighting spread to the Hodan district of Mogadishu on Sunday.", "Mogadishu", "SO"),
    ("Militia entered the Abu Salim district of Tripoli.", "Tripoli", "LY"),
])
def test_city_after_a_named_district(gazetteer, text, city, country):
    # before: Kabul, Dhaka and Tripoli read their provinces (the kind word given to the city's
    # name after "of"), Mogadishu no place at all (no admin2 of the name)
    found = place_role_by_surface(text, gazetteer)
    assert found[city]["kind"] == "city" and found[city]["country"] == country


@pytest.mark.parametrize("text,district", [
    # twins: a unit before the kind word makes the name after "of" the district (as before)
    ("Marines pushed into the Helmand district of Nad Ali.", "Nad Ali"),
    ("Rebels seized the Kunduz district of Dasht-e Archi.", "Dasht-e Archi"),
])
def test_district_after_a_province_keeps_its_kind(gazetteer, text, district):
    assert place_role_by_surface(text, gazetteer)[district]["kind"] == "admin2"


def test_district_named_before_its_city_stands_at_the_city(gazetteer):
    found = place_role_by_surface("Militia entered the Abu Salim district of Tripoli.", gazetteer)
    assert found["Abu Salim"]["holder"]["surface"] == "Tripoli"
    assert (found["Abu Salim"]["lat"], found["Abu Salim"]["lon"]) == (found["Tripoli"]["lat"], found["Tripoli"]["lon"])
    assert found["Abu Salim"]["precision"] == "near"  # (a town's part, no region's circle)


# --- an everyday word as a place, told with its holder ------------------------------------------------

@pytest.mark.parametrize("text,name,holder", [
    ("Gunmen raided the village of Hope in Masisi territory on Monday.", "Hope", "Masisi"),
    ("Soldiers entered the village of Victory in Kunar province.", "Victory", "Kunar"),
    ("The army shelled the town of Liberty in Nimba County overnight.", "Liberty", "Nimba"),
    ("Rebels burned the villages of Kalimbo and Spring in Khost province.", "Spring", "Khost"),
])
def test_everyday_word_inside_a_holder_stands_at_its_point(gazetteer, text, name, holder):
    # before: no mention (Hope) or a place without a point (a namesake abroad dropped)
    found = place_role_by_surface(text, gazetteer)
    place, home = found[name], found[holder]
    assert (place["lat"], place["lon"]) == (home["lat"], home["lon"])
    assert place["gazetteer_id"] is None and place["holder"]["surface"] == holder


def test_everyday_word_without_a_holder_is_no_place(gazetteer):
    # near misses: no holder written, and the same word elsewhere in the text
    assert "Hope" not in places_by_surface("Donations went to the village of Hope, a charity.", gazetteer)
    found = find_all("Gunmen raided the village of Hope in Masisi territory. Hope is fading for the missing.",
                     gazetteer, "Hope")
    assert len(found) == 1 and found[0]["start"] == 29


def find_all(text, gazetteer, surface):
    from geomove.mentions import find_mentions
    return [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]


# --- 'south of X, <province>': X in the province ----------------------------------------------------

@pytest.mark.parametrize("text,name,holder", [
    # before: Holliday, Texas (the only Holliday of the index), Tura of India
    ("The car left the road two miles south of Holliday, Missouri, on Monday.", "Holliday", "Missouri"),
    ("Gunmen ambushed a bus 15 km east of Tura, Borno, on Sunday.", "Tura", "Borno"),
    ("Fighting raged on the outskirts of Tura, Borno.", "Tura", "Borno"),
])
def test_bearing_of_a_name_and_its_province(gazetteer, text, name, holder):
    found = place_role_by_surface(text, gazetteer)
    assert found[name]["country"] == found[holder]["country"]
    assert (found[name]["lat"], found[name]["lon"]) == (found[holder]["lat"], found[holder]["lon"])


def test_bearing_of_a_name_in_its_own_province_keeps_it(gazetteer):
    found = place_role_by_surface("A tornado touched down west of Holliday, Texas.", gazetteer)
    assert found["Holliday"]["gazetteer_id"] and found["Holliday"]["admin1"] == "Texas"


def test_of_without_a_word_of_place_binds_nothing(gazetteer):
    found = place_role_by_surface("The governors of Texas, Missouri and Ohio met.", gazetteer)
    assert found["Texas"]["kind"] == "admin1" and found["Missouri"]["kind"] == "admin1"


@pytest.mark.parametrize("text,at,expected", [
    ("two miles south of X", 16, True),
    ("on the outskirts of X", 17, True),
    ("the governors of X", 14, False),
    ("of X", 0, False),
])
def test_of_after_a_word_of_place(text, at, expected):
    assert text[at:at + 2] == "of"
    assert of_after_a_word_of_place(text, at) is expected
    assert "south" in OF_PLACE_HEADS


def test_of_after_a_word_of_place_is_fast_on_long_runs():
    text = "south-" * 5000 + " of X"
    of_after_a_word_of_place(text, len(text) - 4)  # (warm the pattern)
    gc.disable()
    try:
        t0 = time.perf_counter()
        for _ in range(200):
            of_after_a_word_of_place(text, len(text) - 4)
        assert time.perf_counter() - t0 < 0.5
    finally:
        gc.enable()


# --- the workbench's title of a place at its holder ----------------------------------------------------

def test_workbench_titles_a_holder_place_by_its_holder(gazetteer):
    from geomove.workbench.app import _segments, mention_title

    text = "Militants attacked the village of Ngangi in Masisi territory on Monday."
    titles = {p["text"]: p["title"] for p in _segments(text, [], gazetteer) if p["mention"]}
    # before: 'Ngangi → Ngangi (place)', as if the index knew the village
    assert titles["Ngangi"] == "Ngangi → in Masisi (at its point, region) (place)"
    assert titles["Masisi"].startswith("Masisi → Masisi")  # (a place the index knows: its own name)
    assert mention_title({"surface": "Xq", "name": None, "role": "place"}) == "Xq → unresolved (place)"


# --- a place the text writes inside an area: 'the Tirah valley in Khyber district' ---------------------

@pytest.mark.parametrize("text,place,area", [
    ("Two battalions left Kohat for the Tirah valley in Khyber district on Monday.", "Tirah valley", "Khyber"),
    ("Iraqi troops moved from Baghdad to the Nineveh Plains in Nineveh province on Sunday.", "Nineveh Plains", "Nineveh"),
    ("Sudanese troops moved from Nyala to Jebel Marra in Central Darfur state on Tuesday.", "Jebel Marra", "Central Darfur"),
])
def test_a_place_written_in_an_area_is_kept_within_it(gazetteer, text, place, area):
    found = place_role_by_surface(text, gazetteer)
    within = found[place]["within"]
    assert within["gazetteer_id"] == found[area]["gazetteer_id"] and within["phrase"].startswith(place)


@pytest.mark.parametrize("text,place", [
    # near misses: a list after a bare comma; a province is no part of a county; no area after "in"
    ("Troops moved to Kohat, Khyber and Bara on Monday.", "Kohat"),
    ("The man was arrested in Florida in Seminole County on Friday.", "Florida"),
    ("Fighters gathered in Kohat in the morning.", "Kohat"),
])
def test_no_area_told_no_within(gazetteer, text, place):
    found = place_role_by_surface(text, gazetteer)
    assert "within" not in found[place]


def test_contains_takes_the_texts_word():
    from geomove.read.places import _finer, compatible, contains

    district = {"name": "Khyber Agency", "kind": "admin2", "country": "PK", "lat": 34.17, "lon": 71.26,
                "uncertainty_km": 19.7, "gazetteer_id": "geonames:1173641"}
    valley = {"name": "Tirah", "kind": "region", "country": "PK", "lat": 33.73, "lon": 71.01, "uncertainty_km": 25.0,
              "gazetteer_id": "geomove-area:tirah"}
    assert not contains(district, valley) and not compatible(district, valley)  # (the circles alone)
    told = dict(valley, within={"name": "Khyber Agency", "gazetteer_id": "geonames:1173641", "kind": "admin2",
                                "phrase": "Tirah valley in Khyber district"})
    assert contains(district, told) and compatible(told, district)
    assert _finer(district, told) is told and _finer(told, district) is told
    other = dict(district, gazetteer_id="geonames:1", name="Kurram")
    assert not contains(other, told)


@pytest.mark.parametrize("text,origin,destination", [
    ("Troops head for Khyber\n\nTwo battalions of Pakistani troops left Kohat for the Tirah valley in Khyber "
     "district on Monday, officials said.", "Kohat", "Tirah"),
    ("Iraq sends troops to Nineveh\n\nIraqi troops moved from Baghdad to the Nineveh Plains in Nineveh province "
     "on Sunday.", "Baghdad", "Nineveh Plains"),
])
def test_headline_area_and_a_place_told_in_it_are_one_movement(text, origin, destination):
    from geomove.movements import extract

    found = extract(text, published="2026-03-04")
    # before: two movements, the headline's to the area and the lede's to the place
    assert len(found) == 1
    props = found[0]["properties"]
    assert props["origin"]["name"] == origin and props["destination"]["name"] == destination


# --- a list of places told by a plural kind word: a colon, no article --------------------------------

@pytest.mark.parametrize("text,names", [
    # before: the list was read only after "the villages of"; loose readings dropped (Kalimbo as Colombo)
    ("The epidemic has affected four villages: Kalimbo, Makonono, Tshibanda and Lubumba, officials said.",
     ["Kalimbo", "Makonono", "Tshibanda", "Lubumba"]),
    ("The virus was found in nearby villages of Bumbacari and Tshibanda on Thursday.", ["Bumbacari", "Tshibanda"]),
    ("Gunmen burned the villages of Makonono and Tshibanda overnight.", ["Makonono", "Tshibanda"]),
])
def test_places_listed_after_a_plural_kind_word(gazetteer, text, names):
    found = place_role_by_surface(text, gazetteer)
    for name in names:
        assert name in found and found[name]["gazetteer_id"] is None


def test_listed_everyday_words_need_a_holder(gazetteer):
    # near misses: no name after the colon; an everyday word in the list with no holder written
    assert not place_role_by_surface("Hundreds of villages: none were spared.", gazetteer)
    found = place_role_by_surface("Rebels burned the villages of Garden and Spring in Khost province.", gazetteer)
    assert found["Garden"]["holder"]["surface"] == "Khost" and found["Spring"]["holder"]["surface"] == "Khost"
    assert "Garden" not in place_role_by_surface("They sold the villages of Garden and Spring a new mill.", gazetteer)


@pytest.mark.parametrize("text,name", [
    # before: Mkonono Airport (no settlement), by a loose spelling
    ("Gunmen burned the village of Makonono overnight.", "Makonono"),
    ("Rebels looted the village of Makonono on Sunday.", "Makonono"),
])
def test_loose_reading_of_another_kind_gives_way_to_the_kind_word(gazetteer, text, name):
    found = place_role_by_surface(text, gazetteer)
    assert found[name]["lat"] is None and "the text names it a village" in found[name]["why"]


@pytest.mark.parametrize("text,name,country", [
    # twins: a loose spelling of a settlement of a near kind is the same place (kept)
    ("Troops entered the town of Kobane on Monday.", "Kobane", "SY"),
    ("Fighters entered the village of Kafr Nabl.", "Kafr Nabl", "SY"),
    ("A shepherd from the village of Ranya fell ill in Iraq last week.", "Ranya", "IQ"),
])
def test_loose_reading_of_a_settlement_is_kept(gazetteer, text, name, country):
    assert place_role_by_surface(text, gazetteer)[name]["country"] == country


# --- 'to X in Y district': X, read only abroad, stands at Y ----------------------------------------------

@pytest.mark.parametrize("text,name,holder", [
    # before: Bara and Tura dropped (their readings lie in Romania and India), or kept without a point
    ("Two companies moved from Peshawar to Bara in Khyber district on Monday.", "Bara", "Khyber"),
    ("Troops moved to Bara in Khyber district.", "Bara", "Khyber"),
    ("Gunmen attacked Tura in Borno state on Monday.", "Tura", "Borno"),
])
def test_a_name_read_only_abroad_written_in_an_area(gazetteer, text, name, holder):
    found = place_role_by_surface(text, gazetteer)
    assert found[name]["holder"]["surface"] == holder
    assert (found[name]["lat"], found[name]["lon"]) == (found[holder]["lat"], found[holder]["lon"])


@pytest.mark.parametrize("text,name,admin1", [
    # twins: a reading in the area written after it keeps it (as before); no area's kind word after "in"
    ("Fighting broke out in Paris in Texas county.", "Paris", "Texas"),
])
def test_a_reading_in_the_area_keeps_it(gazetteer, text, name, admin1):
    found = place_role_by_surface(text, gazetteer)
    assert found[name]["gazetteer_id"] and found[name]["admin1"] == admin1


def test_no_area_word_no_holder(gazetteer):
    found = place_role_by_surface("Troops moved to Bara in the morning.", gazetteer)
    assert "holder" not in found.get("Bara", {})
