"""gaz41: gaps of the places wing found in reports of our own writing (probes of my own, s28).

- '<region> region town of X' where the region's name is also a demonym ('the Somali region
  town of Jijiga'): the word before the unit's kind word names the unit, so the town is not
  bound to the demonym's country (mentions.hints._unit_named_before).
- 'X, a district of Y' / 'a suburb of Y': the kind word after an indefinite article is what X is,
  one part of Y, so it gives Y no kind (a province named like its seat reads the city:
  mentions.scan._one_part_of), and X lies near Y (mentions.hints._PART_OF_AFTER: a far namesake
  abroad is no reading of it).
- The object of a verb of taking a place ('retook X', 'occupied X') or of taking or losing it
  with the other side named after it ('took X from the army', 'lost X to the rebels') is a cue,
  as 'captured X' was (wordlists.LOCATIVE_PREPS, CHANGING_HANDS_VERBS; Acceptance._handed_over).
- 'advanced on X', 'marched on X', 'arrived on X': "on" after a verb of moving names where the
  force goes, a cue (wordlists.ON_GOAL_VERBS; Acceptance._on_after_a_verb_of_moving).
- 'X department' (lower case, after a name the index knows as a first-level unit): the
  department, not its namesake capital (wordlists.KIND_AFTER, KIND_ONLY_AFTER_A_UNIT).
- 'Franz Josef Land': a capitalised "Land" right after a name the index holds without it makes the
  whole a land the index lacks (no point), not the head's namesake (mentions.name_tails).
- 'the southern Andes': "the" and a compass adjective before a bare name part an area; a town of
  the name (less known than a city with parts) gives way to an area reading, or no point
  (mentions.features._area_after_the_and_a_compass_word).
- Al-Fu'ah (Idlib), a curated row (gazetteer/features.csv, en.wikipedia's point): the spellings
  reports use ('Foua') found only Fuwwah, Egypt.
- A name written with a letter English lacks ('Ørland', 'Potosí') is not a reading abroad whose
  name has no such letter (Orland, California), when a reading elsewhere keeps it: ranking feature
  text_letters_dropped (mentions.context._letters_dropped_abroad).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import places_by_surface


# --- a region whose name is a demonym, before a town ------------------------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: the town dropped (bound to Somalia, where the index has no such town)
    ("Federal troops entered the Somali region town of Jijiga on Monday.", "Jijiga", "ET"),
    ("Police reinforcements reached the Somali region town of Degehabur late on Friday.", "Degehabur", "ET"),
])
def test_town_of_a_region_named_like_a_demonym(gazetteer, text, surface, country):
    found = places_by_surface(text, gazetteer)
    assert found[surface]["country"] == country
    assert found["Somali"]["kind"] == "admin1" and found["Somali"]["country"] == "ET"


@pytest.mark.parametrize("text,surface,country", [
    # twins: the demonym before a plain adjective, or before 'region of', names the country (as before)
    ("Kenyan troops entered the Somali border town of Dolow on Monday.", "Dolow", "SO"),
    ("Kenyan troops crossed into the Somali region of Gedo on Monday.", "Gedo", "SO"),
])
def test_demonym_before_a_town_still_binds(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- 'X, a district of Y': Y is the place X is part of ----------------------------------------------

def test_city_after_a_district_of(gazetteer):
    # before: Baghdad read the province (the kind word 'district' given to it), Mansour Mansourah (DZ)
    found = places_by_surface("Shelling struck Mansour, a district of Baghdad, overnight.", gazetteer)
    assert found["Baghdad"]["kind"] == "city" and found["Baghdad"]["country"] == "IQ"
    assert found["Mansour"]["lat"] is None


def test_part_of_a_city_not_a_namesake_abroad(gazetteer):
    # before: Shuhada read a town in Egypt, 1,300 km from Mosul
    found = places_by_surface("Two army brigades moved on Sunday from Shuhada, a district of Mosul, to Tal Afar.", gazetteer)
    assert found["Shuhada"]["lat"] is None
    assert found["Mosul"]["country"] == "IQ"


@pytest.mark.parametrize("text,surface,kind,country", [
    # twins: 'the district of X' still calls X a district; a suburb the index knows near its city stays
    ("Fighting spread to the district of Arghandab on Sunday.", "Arghandab", "admin2", "AF"),
    ("Troops moved into Kingston, a suburb of Brisbane.", "Kingston", "town", "AU"),
    ("Police closed roads in Richmond, a suburb of Melbourne, on Sunday.", "Richmond", "town", "AU"),
])
def test_kind_word_of_the_name_itself(gazetteer, text, surface, kind, country):
    found = places_by_surface(text, gazetteer)[surface]
    assert (found["kind"], found["country"]) == (kind, country)


# --- the object of a verb of taking or losing a place -------------------------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: no mention (a small town the index knows weakly, with no cue)
    ("Government forces retook Kidal from the separatists on Friday.", "Kidal", "ML"),
    ("Armed men occupied Tessalit before dawn on Tuesday.", "Tessalit", "ML"),
    ("The battalion lost Menaka to the militants in March.", "Menaka", "ML"),
    ("The militia took Aguelhok from the army on Friday.", "Aguelhok", "ML"),
])
def test_object_of_taking_or_losing(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


@pytest.mark.parametrize("text,surface", [
    # twins: a person taken or lost, a place lost with no other side after it (as before)
    ("The gunmen took Ahmed from his home on Friday.", "Ahmed"),
    ("The platoon lost Traore to a sniper on Friday.", "Traore"),
    ("The army lost Kidal in the spring.", "Kidal"),
])
def test_taken_or_lost_no_place(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


def test_object_in_lower_case_no_place(gazetteer):
    # twins: 'retook the initiative', 'lost ground to': no name, the place after 'near' as before
    for text in ("The rebels retook the initiative near Gao on Friday.",
                 "The army lost ground to the insurgents near Gao on Friday."):
        assert set(places_by_surface(text, gazetteer)) == {"Gao"}


# --- a name written with letters English lacks ------------------------------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: the US namesake spelled without the letter (the text names the US)
    ("Two US tankers and Norwegian jets flew from Ørland to Bodø on Tuesday.", "Ørland", "NO"),
    ("Troops moved to Potosí on Monday, officials in Washington said.", "Potosí", "BO"),
    ("Troops moved to Genève on Monday, officials in Washington said.", "Genève", "CH"),
])
def test_letters_english_lacks_not_dropped(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


@pytest.mark.parametrize("text,surface,country,kind", [
    # twins: the name written without such letters, or with them where one country spells it
    # both ways (a province and its city), or a reading found by another name that keeps them
    ("Two US tankers flew from Orland to Chico on Tuesday.", "Orland", "US", "town"),
    ("Refugees were moved from İstanbul to Edirne.", "İstanbul", "TR", "city"),
    ("Spanish marines sailed from Cádiz to Rota.", "Cádiz", "ES", "city"),
])
def test_letters_as_before(gazetteer, text, surface, country, kind):
    found = places_by_surface(text, gazetteer)[surface]
    assert (found["country"], found["kind"]) == (country, kind)


# --- 'advanced on X': the goal after a verb of moving and 'on' ---------------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: no mention (an island the index knows weakly, with no cue)
    ("Japanese troops arrived on Yonaguni from Naha on Monday.", "Yonaguni", "JP"),
    # (a town read on its own already, as before)
    ("Militiamen marched on Kalehe overnight.", "Kalehe", "CD"),
])
def test_goal_after_a_verb_of_moving_and_on(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


def test_on_before_a_person_no_place(gazetteer):
    # twin: a person's men advanced on, no place (as before)
    assert "Ahmed" not in places_by_surface("The column advanced on Ahmed's compound at dawn.", gazetteer)


# --- 'X department': a first-level unit of Central and South America -------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: the department's namesake capital town
    ("Soldiers were sent to encircle Nahuizalco in Sonsonate department.", "Sonsonate"),
    ("Troops were sent to Chalatenango department on Monday.", "Chalatenango"),
])
def test_department_after_its_name(gazetteer, text, surface):
    found = places_by_surface(text, gazetteer)[surface]
    assert (found["kind"], found["country"]) == ("admin1", "SV")


def test_department_as_before(gazetteer):
    # twins: the bare name is the town; a state's department of government is no place of its own
    assert places_by_surface("Troops moved to Chalatenango on Monday.", gazetteer)["Chalatenango"]["kind"] == "town"
    assert "Texas" not in places_by_surface("Officers of the Texas Department of Public Safety drove to Laredo.", gazetteer)


# --- an English land's name ending in 'Land' -----------------------------------------------------------

def test_land_the_index_lacks_no_namesake(gazetteer):
    # before: 'Franz Josef' read an aerodrome in New Zealand; the whole name was a place the index
    # lacked (no point) until session 38 gave the archipelago a curated row (tests/test_s38_islands.py)
    found = places_by_surface("Russian ships sailed from Severomorsk to Franz Josef Land.", gazetteer)
    assert "Franz Josef" not in found
    assert found["Franz Josef Land"]["gazetteer_id"] == "curated:franz-josef-land"
    assert found["Severomorsk"]["country"] == "RU"


def test_land_opening_a_body_s_name_as_before(gazetteer):
    # twins: 'Land' before a capitalised word opens a body's name; a name ending in 'land' (as before)
    assert set(places_by_surface("Officials of the Israel Land Authority visited Haifa.", gazetteer)) <= {"Haifa", "Israel"}
    assert places_by_surface("Finnish troops moved to Lapland.", gazetteer)["Lapland"]["country"] == "FI"


# --- 'the southern Andes': an area, not a town of the name -------------------------------------------

def test_compass_part_of_an_area_no_town(gazetteer):
    # before: Andes, a town in Colombia
    found = places_by_surface("LIMA — Peruvian riot police moved to Puno as protests spread across the southern Andes.", gazetteer)
    assert found["Andes"]["lat"] is None


@pytest.mark.parametrize("text,surface,kind", [
    # twins: a city's name qualifying a noun; an area the index holds (as before)
    ("Fighting raged in the eastern Aleppo countryside.", "Aleppo", "city"),
    ("Jihadists moved into the central Sahel.", "Sahel", "region"),
])
def test_compass_before_a_name_as_before(gazetteer, text, surface, kind):
    assert places_by_surface(text, gazetteer)[surface]["kind"] == kind


# --- a curated town: Al-Fu'ah, Idlib ------------------------------------------------------------------

def test_al_fuah_curated(gazetteer):
    # before: Fuwwah (EG), 780 km away, the only reading of the spelling
    found = places_by_surface("Buses carrying residents left the besieged village of Foua in Idlib province on Friday.", gazetteer)
    assert (found["Foua"]["country"], found["Foua"]["name"]) == ("SY", "Al-Fu'ah")
