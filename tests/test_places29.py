"""places29: namesakes and context (tests/fixtures/places29: six texts of our own with hand
counts). The sentences are written for these tests.

- A bare province name on another continent than every country the text names, while a town
  of the name lies in one of them, gets no bare-area weight (mentions.context
  ._province_on_another_continent): "Malian soldiers arrived in Nara" is the Malian town, not
  Japan's prefecture. Conversely a bare province abroad does not lose the continent penalty's
  weight to a mere village of the name at home ('American officials ... in England').
- A province's or region's adjective mentions it as a country's demonym mentions the country
  (mentions.province_demonyms, province_demonyms.json): "a Crimean port" is a place in Crimea;
  only then is it context for the text's other names.
- A city the name written is only another (most often a former) name of gets nothing for lying
  near the text's other places while a better-known city of its country bears the name as its
  own (mentions.context._by_another_name_only): 'Kaliningrad' beside Moscow is the Baltic city,
  not Korolev, called Kaliningrad until 1996.
- A reading the name written is, as spelled, only another name of, on another continent than
  every country the text names, while a place in one of them bears the name as its own, loses
  (weight text_other_name_on_another_continent): 'Al-Salif' in a text naming Yemen is not
  Chlef, Algeria (GeoNames: 'aš-Šalif', whose š the spelling folds to s). 'the port of X' says
  X is a place (wordlists.OF_PLACE_NOUNS), as 'the island of X' does.
- A name two countries share ("Congo"), its readings tied and nothing before ranking settling
  which, names both countries as context (mentions.hints.undecided_shared_countries): "In
  Congo, gunmen killed 12 people in Beni" is the Congolese town, not Bolivia's El Beni.
- A country that acts, named by its own name ("Mali's army", "Mali said"), names the country as
  its demonym does ("the Malian army": context._countries_by_demonym, _acting_country).
"""


import pytest

from placing import places_by_surface as _found
from geomove.mentions import find_mentions


def _all(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


# -- 1. a province abroad, a town where the text is

@pytest.mark.parametrize("text, surface, country", [
    # (on main: Nara, Japan, the prefecture's bare-area weight above the Malian town's demonym)
    ("Malian soldiers arrived in Nara on Monday.", "Nara", "ML"),
    ("Soldiers left Mopti in central Mali for Nara on Monday.", "Nara", "ML"),
])
def test_a_town_in_the_named_country_beats_a_province_abroad(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found[surface]["country"] == country, found[surface]


def test_the_province_abroad_says_why_it_lost(gazetteer):
    from geomove.mentions import finder
    seen = {}
    resolve = finder._Finder.resolve

    def keep(self, mentions):
        resolve(self, mentions)
        seen.update({m["surface"]: m for m in mentions})
    finder._Finder.resolve = keep
    try:
        find_mentions("Malian soldiers arrived in Nara on Monday.", gazetteer=gazetteer)
    finally:
        finder._Finder.resolve = resolve
    prefecture = [c for c in seen["Nara"]["cands"] if c.get("country") == "JP" and c.get("kind") == "admin1"]
    assert prefecture and "a province on another continent than the countries the text names" in prefecture[0]["why"]


@pytest.mark.parametrize("text, surface, country", [
    # the other side: the province's own continent named ...
    ("Japanese tourists returned to Nara on Monday.", "Nara", "JP"),
    # ... no country named at all ...
    ("The army said its camp at Nara had been attacked.", "Nara", "JP"),
    # ... and only a village of the name in the country named (Queensland, Nova Scotia)
    ("Canadian troops trained in Queensland last year.", "Queensland", "AU"),
])
def test_the_province_keeps_its_weight_otherwise(gazetteer, text, surface, country):
    found = _all(text, gazetteer)
    assert found[surface]["country"] == country, found[surface]


def test_a_province_abroad_against_only_a_village_at_home(gazetteer):
    # (on main: England, Arkansas, a village: the demonym's country and the continent penalty
    # outweighed the province named bare; a village at home is no evidence against it)
    found = _found("American officials met their allies in England on Monday.", gazetteer)
    assert found["England"]["country"] == "GB", found["England"]


def test_a_town_at_home_still_beats_a_namesake_abroad(gazetteer):
    # the other side: the penalty stands against a town of the name at home
    found = _found("Honduran soldiers moved from Santa Rosa to San Pedro Sula.", gazetteer)
    assert found["Santa Rosa"]["country"] == "HN", found["Santa Rosa"]


# -- 2. the adjective of a province

@pytest.mark.parametrize("text, surface, role, country", [
    # (on main: no mention at all: Crimea is no country, and the adjective no name)
    ("Ukrainian sea drones struck a Crimean port overnight.", "Crimean", "demonym_place", "UA"),
    ("Crimean authorities closed the road from Dzhankoi.", "Crimean", "actor", "UA"),
    ("Eritrean troops entered Tigrayan towns near the border.", "Tigrayan", "demonym_place", "ET"),
])
def test_a_province_adjective_mentions_the_province(gazetteer, text, surface, role, country):
    found = _all(text, gazetteer)
    assert surface in found, found
    m = found[surface]
    assert (m["role"], m["country"], m["kind"]) == (role, country, "admin1"), m


@pytest.mark.parametrize("text, surface, country", [
    # (on main: no place; 'peninsula' and 'isthmus' were no place nouns after a demonym)
    ("Russian troops moved through the Crimean isthmus towards Henichesk.", "Crimean", "UA"),
    ("Italian ships patrolled off the Italian peninsula.", "Italian", "IT"),
])
def test_a_peninsula_or_isthmus_after_a_demonym_is_a_place(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found[surface]["country"] == country and found[surface]["role"] == "demonym_place", found


def test_the_province_adjective_as_a_place_is_counted_as_one(gazetteer):
    found = _found("Ukrainian sea drones struck a Crimean port overnight.", gazetteer)
    assert found["Crimean"]["country"] == "UA"


@pytest.mark.parametrize("text, surface, country", [
    # the other side: an adjective that only says whose is no context for the other names
    # ("an American rancher" is not either) ...
    ("Texan oil executives met in Paris on Monday.", "Paris", "FR"),
    ("Crimean Tatars marked the anniversary in Kyiv.", "Kyiv", "UA"),
])
def test_a_province_adjective_of_people_is_no_context(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found[surface]["country"] == country, found[surface]


@pytest.mark.parametrize("text, surface", [
    # ... a war or a people named after the province is no place of the text ...
    ("The Crimean War ended in 1856.", "Crimean"),
    ("Crimean Tatars marked the anniversary in Kyiv.", "Crimean"),
])
def test_a_province_adjective_before_a_name_is_no_place(gazetteer, text, surface):
    assert surface not in _found(text, gazetteer)


def test_a_name_of_the_adjective_stays_that_name(gazetteer):
    # ... and a name that begins with the adjective is still read as a whole
    found = _found("Traffic on the Crimean Bridge stopped for an hour.", gazetteer)
    assert found["Crimean Bridge"]["kind"] == "crossing", found


# -- 3. a former name beside the text's places

def test_a_former_name_near_the_text_is_not_the_city_that_bears_the_name(gazetteer):
    # (on main: Korolev, 22 km from Moscow, which GeoNames lists as 'Kaliningrad' too)
    text = "The Russian Defence Ministry said the missiles had been moved to Kaliningrad from near Moscow."
    found = _found(text, gazetteer)
    assert found["Kaliningrad"]["name"] == "Kaliningrad" and found["Kaliningrad"]["lon"] < 25, found["Kaliningrad"]


@pytest.mark.parametrize("text, surface, name", [
    # the other side: the city's own name stays itself ...
    ("Engineers in Korolev, near Moscow, tested the rocket.", "Korolev", "Korolev"),
    # ... and an old name that no city bears now still finds the city
    ("Ships left Königsberg for Danzig and Memel.", "Königsberg", "Kaliningrad"),
])
def test_own_and_old_names_still_read(gazetteer, text, surface, name):
    assert _found(text, gazetteer)[surface]["name"] == name


# -- 4. another name abroad, the very name where the text is

@pytest.mark.parametrize("text", [
    # (on main: Chlef first, then dropped as a far namesake: no place)
    "Houthi officials in Yemen said an air strike had damaged the port of Al-Salif on Saturday.",
    "YEMEN - Houthi officials said an air strike had damaged the port of Al-Salif on Saturday.",
])
def test_a_name_spelled_as_abroad_is_the_place_where_the_text_is(gazetteer, text):
    found = _found(text, gazetteer)
    assert found["Al-Salif"]["country"] == "YE", found


@pytest.mark.parametrize("text, surface, country", [
    # the other side: a city abroad by its own name keeps it ...
    ("American diplomats flew to London on Monday.", "London", "GB"),
    # ... and 'the port of' a name that is no place makes none
    ("The port of Qwertzu was closed on Monday.", "Qwertzu", None),
])
def test_own_names_abroad_stay(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found.get(surface, {}).get("country") == country, found


# -- 5. a country's name two countries share

@pytest.mark.parametrize("text", [
    # (on main: El Beni, Bolivia: 'Congo' read as the Republic named only that one)
    "In Congo, gunmen killed 12 people in Beni on Sunday.",
    "CONGO - Gunmen killed 12 people in Beni on Sunday, the town's mayor said.",
])
def test_either_congo_is_context_until_ranked(gazetteer, text):
    found = _found(text, gazetteer)
    assert found["Beni"]["country"] == "CD", found["Beni"]


@pytest.mark.parametrize("text, surface, country", [
    # the other side: the Republic's own places keep it ...
    ("Brazzaville, Congo: police moved to Pointe-Noire.", "Congo", "CG"),
    ("Brazzaville, Congo: police moved to Pointe-Noire.", "Pointe-Noire", "CG"),
    # ... and a text about another country still names neither
    ("Beni was calm on Monday.", "Beni", "BO"),
])
def test_a_settled_or_absent_congo_changes_nothing(gazetteer, text, surface, country):
    assert _found(text, gazetteer)[surface]["country"] == country


# -- 6. a country that acts, by its own name

@pytest.mark.parametrize("text", [
    # (on main: Nara, Japan: 'the Malian army' named Mali, 'Mali's army' did not)
    "Mali's army said it had sent troops to Nara.",
    "Mali said its troops had reached Nara.",
])
def test_an_acting_country_names_its_land_as_its_demonym_does(gazetteer, text):
    assert _found(text, gazetteer)["Nara"]["country"] == "ML"


def test_an_acting_country_leaves_a_world_city_abroad(gazetteer):
    # the other side: Cairo, Egypt, though a Cairo lies in the country that acts
    found = _found("America said its envoy had arrived in Cairo.", gazetteer)
    assert found["Cairo"]["country"] == "EG", found["Cairo"]


# -- the texts of our own (tests/fixtures/places29)

