"""s37 gaz59: places read wrong, taken as kinds. Every sentence is written for these tests.

- A town's bracketed qualifier is part of its name: "Frankfurt (Oder)", "Halle (Saale)",
  "Kempten (Allgäu)" (mentions.bracketed: the name with its bracket is the index's row).
- A name opening a sentence, followed by an apposition that calls it a town or a village
  ("Kidal, a desert town, was quiet"), is a place (acceptance: the apposition is support).
- An ocean's name before the lower-case noun of a unit ("the Pacific regiment") is the unit's
  name, no place (mentions.named_within).
- A name ending in a building's word after "the" ("the White House", "the Blue House") is the
  building, not a town that bears the words as its name or as another of its names
  (mentions.named_within).
"""

import pytest

from placing import places_by_surface as _found
from geomove.mentions import find_mentions


def _all(text, gazetteer):
    return [m for m in find_mentions(text, gazetteer=gazetteer)]


# -- a bracketed qualifier

@pytest.mark.parametrize("text, surface, name, lon", [
    ("A column left Mannheim on Monday and reached Frankfurt (Oder) two days later.",
     "Frankfurt (Oder)", "Frankfurt (Oder)", 14.55),
    ("Reservists from Wiesbaden were sent to Frankfurt (Oder) by rail.",
     "Frankfurt (Oder)", "Frankfurt (Oder)", 14.55),
    ("The battalion left Weißenfels for Halle (Saale) and Merseburg.",
     "Halle (Saale)", "Halle (Saale)", 11.98),
    ("A mountain company moved from Kempten (Allgäu) to Füssen at dawn.",
     "Kempten (Allgäu)", "Kempten (Allgäu)", 10.31),
    ("Fuel trucks from Schwedt (Oder) reached Szczecin after dark.",
     "Schwedt (Oder)", "Schwedt (Oder)", 14.28),
])
def test_a_bracketed_qualifier_is_part_of_the_town_s_name(gazetteer, text, surface, name, lon):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    m = found[surface]
    assert m["name"] == name and m["lon"] == pytest.approx(lon, abs=0.1), m
    assert "bracket" in m["why"]
    inside = surface.split("(")[1].rstrip(")")
    # (the word in the brackets is no mention of its own: "Saale" was read as Salé, Morocco)
    assert not [x for x in _all(text, gazetteer) if x["surface"] == inside]


def test_a_bracket_that_names_no_row_with_the_town_leaves_both_names(gazetteer):
    # (the near miss: a country in brackets after a town is the town and the country)
    found = _found("Rebels reached Gao (Mali) on Monday after a night march.", gazetteer)
    assert found["Gao"]["country"] == "ML"
    assert "Mali" in found


def test_a_bracketed_press_agency_is_no_part_of_a_name(gazetteer):
    found = _found("Troops left Kidal (AFP) for Gao on Monday.", gazetteer)
    assert "Kidal (AFP)" not in found


# -- an apposition that calls the name a town

@pytest.mark.parametrize("text, surface, country", [
    ("Kidal, a desert town, was quiet after the convoy left.", "Kidal", "ML"),
    ("Tessalit, a garrison town, was shelled overnight.", "Tessalit", "ML"),
    ("Kupiansk, a rail town, changed hands twice last year.", "Kupiansk", "UA"),
    ("Kidal, a remote desert town in the north, was quiet on Monday.", "Kidal", "ML"),
])
def test_a_name_before_an_apposition_calling_it_a_town_is_a_place(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["country"] == country, found.keys()
    assert "apposition" in found[surface]["why"]


@pytest.mark.parametrize("text", [
    "Rogers, a town councillor, said the convoy left.",
    "Harris, a town official, said the trucks were late.",
])
def test_an_apposition_of_a_town_s_office_is_no_support(gazetteer, text):
    # ("a town councillor" is a person: the noun after "town" says so)
    found = _found(text, gazetteer)
    assert not {"Rogers", "Harris"} & set(found)


# -- an ocean's name before a unit's noun

@pytest.mark.parametrize("text, name", [
    ("Marines of the Pacific regiment moved from Okinawa to Guam.", "Pacific"),
    ("Soldiers of the Atlantic brigade arrived in Lisbon.", "Atlantic"),
    ("The Arctic battalion left Murmansk on Monday.", "Arctic"),
])
def test_an_ocean_before_a_unit_s_noun_is_the_unit_s_name(gazetteer, text, name):
    found = _found(text, gazetteer)
    assert name not in found, found.get(name)


@pytest.mark.parametrize("text", [
    "Ships of the regiment crossed the Pacific to Guam.",
    "Trucks were seen along the Pacific coast near Tumaco.",
])
def test_an_ocean_named_elsewhere_stays(gazetteer, text):
    assert _found(text, gazetteer)["Pacific"]["kind"] == "ocean"


# -- a building's name after "the"

@pytest.mark.parametrize("text, words", [
    ("Officials near the White House said troops left.", ("White",)),
    ("Protesters marched to the White House on Sunday.", ("White",)),
    ("The president returned to the White House from Camp David.", ("White",)),
    ("Guards stood outside the Blue House in Seoul.", ("Blue",)),
])
def test_a_building_s_name_after_the_is_no_town(gazetteer, text, words):
    for m in _all(text, gazetteer):
        if m["surface"].split()[0] in words:
            assert m.get("lat") is None, m
            assert m["country"] not in ("MA", "US"), m


@pytest.mark.parametrize("text, word", [
    ("Ministers met at Lancaster House before troops left Tidworth.", "Lancaster"),
    ("Staff at Chatham House said the column reached Goma.", "Chatham"),
    ("Envoys gathered in Somerset House while the convoy left Bristol.", "Somerset"),
])
def test_a_name_before_house_is_a_building_without_the_article(gazetteer, text, word):
    assert not [m for m in _all(text, gazetteer) if m["surface"].split()[0] == word and m["role"] == "place"]


def test_a_town_before_a_lower_case_house_stays(gazetteer):
    # (the near miss: "houses" is a verb here, and the town is the place)
    found = _found("Lancaster houses two battalions, and the convoy left Lancaster at noon.", gazetteer)
    assert "Lancaster" in found


def test_a_town_of_the_words_without_the_article_stays(gazetteer):
    # (the near miss: the town's own name, written as a town's, with its state after it)
    found = _found("The convoy stopped at White House, Tennessee, for fuel.", gazetteer)
    assert found["White House"]["country"] == "US"


def test_a_long_bracket_is_read_in_linear_time():
    # (s36's lesson: no character is both a word's letter and a separator in the pattern)
    import time
    from geomove.mentions.bracketed import _QUALIFIER
    for run in (" (" + "Ab-" * 300 + ")", " (" + "Ab." * 300, " (" + "Ab " * 300 + "x"):
        t = time.perf_counter()
        _QUALIFIER.match(run)
        assert time.perf_counter() - t < 0.05


def test_a_long_text_of_brackets_after_names_reads_quickly(gazetteer):
    import time
    text = " ".join(f"Troops left Kidal ({'Ab-' * 20}) on day {i}." for i in range(200))
    t = time.perf_counter()
    find_mentions(text, gazetteer=gazetteer)
    assert time.perf_counter() - t < 20


def test_a_bracket_with_another_name_of_the_place_is_no_qualifier(gazetteer):
    # (the index holds the town as "Khankendi (Stepanakert)"; the bracket is its other name,
    # which reads the same place alone: the town's name stays the name written before it)
    found = _found("Peacekeepers withdrew from Khankendi (Stepanakert) in the spring.", gazetteer)
    assert "Khankendi" in found and "Khankendi (Stepanakert)" not in found
