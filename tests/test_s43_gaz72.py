"""s43 gaz72: camps named after a person, and places session 42's probes found missing.

Camps and bases are named after officers and heroes as towns are ("Camp General Stefanik",
UNFICYP's Sector 4 camp; "Camp San Martin", Sector 1's). Two readings set such names aside:
the title inside the name made the rest a person's ("Camp" | "General Stefanik", a general),
and a better-known town of the name abroad (San Martín, Peru) took the camp's name from a camp
that serves no town of that name (mentions.facilities._named_after_no_town). The sentences were
written for these tests; the camps of other theatres are an analyst's own places (a user CSV),
as a UN battalion's survey would list them.
"""

import csv

import pytest

from geomove.gazetteer import Gazetteer, add_places
from geomove.mentions import PLACE_ROLES, find_mentions


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


@pytest.fixture(scope="module")
def own_camps(gazetteer, tmp_path_factory):
    """The index with an analyst's own camps: named after a person whose name a better-known
    town abroad bears (Ciudad Bolívar, Venezuela; General Belgrano, Argentina)."""
    here = tmp_path_factory.mktemp("own-camps")
    src = here / "camps.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "aliases", "kind", "country", "lat", "lon", "source"])
        w.writerow(["camp-bolivar", "Camp Bolivar", "Bolivar Camp", "base", "LB", "33.27", "35.40", "test survey"])
        w.writerow(["camp-general-belgrano", "Camp General Belgrano", "General Belgrano camp", "base", "CY",
                    "35.05", "33.30", "test survey"])
    db = here / "places.sqlite"
    add_places(src, user_db=db)
    return Gazetteer(gazetteer.path, user_places=db)


@pytest.mark.parametrize("text, surface", [
    ("Peacekeepers left Camp Bolivar for Naqoura on Friday.", "Camp Bolivar"),
    ("A Ghanaian company drove from Bolivar Camp to Naqoura at dawn.", "Bolivar Camp"),
    ("The patrol returned to Camp General Belgrano after a night near Lefka.", "Camp General Belgrano"),
    # (the kind word after the name in lower case: the name is the mention, as 'Kabul airport')
    ("Blue helmets were moved to the General Belgrano camp from Nicosia.", "General Belgrano"),
])
def test_a_camp_named_after_a_person_is_the_camp(own_camps, text, surface):
    # before: 'Camp Bolivar' read Ciudad Bolívar (VE), 'Bolivar Camp' no place; 'Camp General
    # Belgrano' lost its title word to a person and the camp with it
    found = _found(text, own_camps)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["gazetteer_id"].startswith("user:camp-"), found[surface]


@pytest.mark.parametrize("text, surface", [
    ("A Slovak patrol drove out of Camp General Stefanik toward Pyla on Sunday.", "Camp General Stefanik"),
    ("Argentine troops were flown back to San Martin Camp from Larnaca.", "San Martin Camp"),
    ("The convoy reached Camp San Martin from Nicosia after dark.", "Camp San Martin"),
])
def test_the_unficyp_camps_are_read_in_sentences(gazetteer, text, surface):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["country"] == "CY" and found[surface]["kind"] == "base", found[surface]


# -- near misses: a title before a person's name stays a person's; a facility that serves a
# town of its name abroad keeps the better-known town's

def test_a_camp_commander_named_by_his_rank_is_no_place(gazetteer):
    found = _found("Camp commander General Ahmed said the convoy left Kidal.", gazetteer)
    assert set(found) == {"Kidal"}, sorted(found)


def test_a_town_named_after_a_general_stays_the_town(gazetteer):
    found = _found("Marines were flown to General Santos on Monday.", gazetteer)
    assert found["General Santos"]["country"] == "PH"


def test_an_airport_of_a_town_abroad_stays_the_famous_town_s(gazetteer):
    # (Cairo, Illinois has its own 'Cairo Airport': a town of the name in its country)
    found = _found("Marines flew into Cairo Airport on Monday.", gazetteer)
    assert found["Cairo Airport"]["country"] == "EG"


def test_a_refugee_camp_named_after_its_town_stays_the_town_s(gazetteer):
    found = _found("Police returned to the Jenin camp on Friday.", gazetteer)
    assert found["Jenin"]["country"] == "PS"


# -- a route's two ends read together in one country, one of them a world city's lesser namesake:
# the better-known pair that lies together is meant unless the text names that country otherwise
# (mentions.route_ends._world_city_pair). Madrid (ES, 0.90) has a namesake in Cundinamarca (CO,
# 0.61) within reach of Colombia's department of Santander (0.70, clear by its fame alone): the
# one such pair of a world city in the index (a scan of every world city's namesakes and the
# towns within 400 km of it); no pair of another theatre reads so.

@pytest.mark.parametrize("text", [
    "Troops flew from Madrid to Santander on Friday.",
    "Riot police were sent from Madrid to Santander overnight.",
])
def test_a_world_city_and_its_neighbour_are_read_together(gazetteer, text):
    # before: Madrid, Cundinamarca and the Colombian department
    found = _found(text, gazetteer)
    assert found["Madrid"]["country"] == "ES" and found["Santander"]["country"] == "ES", found


@pytest.mark.parametrize("text", [
    "Colombian troops flew from Madrid to Santander on Friday.",
    "Troops flew from Madrid to Santander after clashes near Bucaramanga.",
    "A police plane flew from Bogota to Santander on Friday.",
])
def test_a_text_that_names_the_namesake_s_country_keeps_its_pair(gazetteer, text):
    found = _found(text, gazetteer)
    assert found["Santander"]["country"] == "CO", found
    assert "Madrid" not in found or found["Madrid"]["country"] == "CO", found


@pytest.mark.parametrize("text, where", [
    ("Troops flew from Paris to Orleans on Friday.", "FR"),
    ("Troops flew from Cairo to Alexandria on Friday.", "EG"),
    ("Troops flew from London to Windsor on Friday.", "GB"),
])
def test_routes_between_a_world_city_and_its_neighbours_stay_read(gazetteer, text, where):
    # (near misses: pairs already read in the world city's country stay so)
    assert {m["country"] for m in _found(text, gazetteer).values()} == {where}


# -- rows for places the index lacked (features.csv; gazetteer/SOURCES.md says where each point
# comes from): Mucojo (Cabo Delgado), Nerkh district (Wardak)

@pytest.mark.parametrize("text, surface, ident", [
    ("Insurgents were seen moving north from Mucojo toward Quiterajo on Friday.", "Mucojo", "mucojo"),
    ("Police reinforcements reached Mucojo by boat from Pemba.", "Mucojo", "mucojo"),
    ("Taliban units moved from Maidan Shahr into Nerkh district overnight.", "Nerkh", "nerkh-district"),
    ("A convoy left Kabul for Nerkh on Sunday morning.", "Nerkh", "nerkh-district"),
])
def test_a_place_the_index_lacked_is_read_as_its_row(gazetteer, text, surface, ident):
    found = _found(text, gazetteer)
    hit = next((m for s, m in found.items() if s.startswith(surface)), None)
    assert hit is not None, (surface, sorted(found))
    assert hit["gazetteer_id"] == f"curated:{ident}", hit


def test_the_new_rows_sit_at_their_cited_points(gazetteer):
    from geomove.distance import haversine_km
    for name, want in (("Mucojo", (-12.06528, 40.47917)), ("Nerkh District", (34.35647, 68.73963))):
        best = gazetteer.candidates(name)[0]
        assert haversine_km(best["lat"], best["lon"], *want) < 0.5, best


def test_a_kandahar_village_spelled_near_it_is_not_nerkh(gazetteer):
    # ('Narkh' alone is an alias only through the district's other spellings; Kandahar's
    # Dê Nārkhēl villages are spelled near it, and a text naming one is not read as Wardak's)
    found = _found("Afghan police left Kandahar for Narkhel on Monday.", gazetteer)
    assert all(m.get("gazetteer_id") != "curated:nerkh-district" for m in found.values()), found


# -- a world city read only by another of its names (GeoNames lists 'Salem' and 'Ariel' among
# Jerusalem's old names) gets nothing for lying near the text's places while a settlement among
# them bears the name as its own (mentions.context._own_holder_in_the_theatre)

@pytest.mark.parametrize("text, surface, name", [
    ("NABLUS, West Bank - Israeli jeeps pulled out of the Jenin refugee camp overnight and returned to "
     "their base at Salem.", "Salem", "Sālim"),
    ("Israeli troops drove from Nablus to Ariel on Sunday.", "Ariel", "Ariel"),
    ("Settlers from Ariel were moved to Nablus.", "Ariel", "Ariel"),
])
def test_a_place_bearing_the_name_among_the_text_s_places_is_meant(gazetteer, text, surface, name):
    # before: Jerusalem, 'Salem' and 'Ariel' being among its old names
    found = _found(text, gazetteer)
    assert found[surface]["name"] == name, found[surface]


@pytest.mark.parametrize("text, surface, name", [
    ("Palestinian police drove from Ramallah to al-Quds.", "al-Quds", "Jerusalem"),
    ("Police flew from Delhi to Madras on Monday.", "Madras", "Chennai"),
    ("Pilgrims flew from Rome to Jerusalem.", "Jerusalem", "Jerusalem"),
])
def test_a_world_city_s_other_name_with_no_holder_near_stays_the_city(gazetteer, text, surface, name):
    # (near misses: no place among the text's places bears the name as its own)
    assert _found(text, gazetteer)[surface]["name"] == name
