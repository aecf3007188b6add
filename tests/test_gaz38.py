"""gaz38: namesakes the finder chose wrongly and names it did not read (probes of my own, s26).

- A name written with a facility's kind word that some place bears whole ("Camp Hill", the towns
  in Pennsylvania and Queensland): the kind word is a word of that name, and a facility found by
  the rest of the name alone (Hill Air Force Base, by 'Hill') bears only part of the name asked
  (gazetteer._whole_name_bearers, ranking.kind_differs, mentions.context._whole_name_readings).
  A settlement at such a facility is named after it (the census place 'Hill Air Force Base').
- A two-word name the index holds only with the head word reports leave out ("Tecún Umán" for
  Ciudad Tecún Umán): mentions.written_apart._town_without_its_head.
- 'the LoC' in a text that names Kashmir, India or Pakistan: the Line of Control; 'the ACT' in one
  that names Australia: the Australian Capital Territory (wordlists.AREA_ABBREVIATIONS_IN_SETTING).
- A place after a verb of holding it ('reinforced Pabrade', 'surrounded Nahuizalco':
  wordlists.LOCATIVE_PREPS).
- A lesser place read by another of its names, far from the items listed beside it ('Kinmen and
  Matsu': mentions.guards._far_by_another_name).
- No short form of a curated 'Camp <name>' ('Camp Cooke' gives no 'Cooke':
  gazetteer_build._named_after_a_person_or_word).
- Given names of the Sahel and the Horn before a surname ('Umar Dahir': wordlists.GIVEN_NAMES).
- A name before 'news agency' is the outlet's ('the Fars news agency':
  mentions.org_names.outlets_named_before_their_noun).
- A season before a year is a date ('in Spring 2002': mentions.tokens._season_of_a_year).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import places_by_surface

CAMP_HILL_PA = "geonames:5182928"


# --- a name written with its kind word, borne whole by a town ----------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # before: Hill Air Force Base (Utah), found by 'Hill' and said to be a camp
    ("A convoy left Camp Hill for Harrisburg on Monday.", "Camp Hill", CAMP_HILL_PA),
    # twin: read so before too, its state written after it
    ("National Guard soldiers from Camp Hill, Pennsylvania, were sent to Harrisburg.", "Camp Hill", CAMP_HILL_PA),
])
def test_town_named_camp_x(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


def test_town_named_camp_x_looked_up_alone(gazetteer):
    # before: Springs (South Africa), found by 'Springs'
    best = gazetteer.candidates("Camp Springs")[0]
    assert (best["name"], best["country"], best["kind"]) == ("Camp Springs", "US", "town")


@pytest.mark.parametrize("text,surface,name,kind", [
    # twins: a base that bears the whole name, and a base whose census place bears it too
    ("Marines left Camp Lejeune for Norway on Monday.", "Camp Lejeune", "Camp Lejeune", "base"),
    ("Iraqi troops trained at Camp Taji north of Baghdad.", "Camp Taji", "Camp Taji", "base"),
    ("Engineers flew from Kabul airport to Doha.", "Kabul", "Kabul International Airport", "airfield"),
])
def test_facility_named_whole_kept(gazetteer, text, surface, name, kind):
    got = places_by_surface(text, gazetteer)[surface]
    assert (got["name"], got["kind"]) == (name, kind)


def test_base_whose_census_place_bears_its_name(gazetteer):
    # twin: the census place 'Hill Air Force Base' lies at the base; the look-up alone still
    # puts the base first, as before
    best = gazetteer.candidates("Hill Air Force Base", kind="base")[0]
    assert (best["kind"], best["country"], best["admin1"]) == ("base", "US", "Utah")


# --- a place after a verb of holding it ('reinforced', 'patrolled', 'surrounded', 'guarded') ----

@pytest.mark.parametrize("text,surface,country", [
    # before: no place (no preposition, a town of middling importance)
    ("Lithuanian border guards reinforced Pabrade.", "Pabrade", "LT"),
    ("The army surrounded Nahuizalco.", "Nahuizalco", "SV"),
    ("Soldiers guarded Ayorou through the night.", "Ayorou", "NE"),
    # twin: read so before too
    ("Lithuanian border guards were sent to Pabrade.", "Pabrade", "LT"),
])
def test_place_held_by_a_verb(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- an area's abbreviation read only where the text names its setting -------------------------

@pytest.mark.parametrize("text,surface,name", [
    # before: no place
    ("Indian and Pakistani troops traded fire across the LoC near Uri.", "LoC", "Line of Control"),
    ("Fire crews from the ACT joined those of New South Wales.", "ACT", "Australian Capital Territory"),
])
def test_area_abbreviation_in_its_setting(gazetteer, text, surface, name):
    assert places_by_surface(text, gazetteer)[surface]["name"] == name


@pytest.mark.parametrize("text,surface", [
    # twins: no setting named, or a shouted headline: no place, as before
    ("The bank issued a LoC to the exporter.", "LoC"),
    ("ACT leader spoke in Wellington on Monday.", "ACT"),
    ("GOVERNMENTS MUST ACT ON FIRES\nCrews from New South Wales were sent south.", "ACT"),
])
def test_area_abbreviation_without_its_setting(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


# --- a lesser place read by another of its names, far from the items listed beside it ----------

def test_listed_lesser_place_by_another_name_far(gazetteer):
    # before: Matsue (Japan, 0.63), 'Matsu' among its other names, 1,870 km from Kinmen
    got = places_by_surface("Taiwan sent marines to Kinmen and Matsu as Japan moved missiles to Yonaguni.",
                            gazetteer)
    assert got["Matsu"]["gazetteer_id"] is None and got["Kinmen"]["country"] == "TW"


@pytest.mark.parametrize("text,surface,country", [
    # twins: a famous city by its old name keeps the wider bar
    ("Trains left Kiev and Berlin on Monday with aid for Warsaw.", "Kiev", "UA"),
    ("Ferries sailed between Bombay and Karachi.", "Bombay", "IN"),
])
def test_listed_famous_city_by_another_name_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- no short form of a 'Camp <name>' alias: the name alone is a person or a word ---------------

@pytest.mark.parametrize("text,surface", [
    # before: Camp Taji (by its old name 'Camp Cooke'), the Imam Ali air base ('Camp Adder')
    ("Doctors said Cooke had recovered by Friday.", "Cooke"),
    ("Adder venom was found in the sample.", "Adder"),
])
def test_camp_alias_gives_no_bare_name(gazetteer, text, surface):
    assert (places_by_surface(text, gazetteer).get(surface) or {}).get("kind") not in ("base", "camp")


@pytest.mark.parametrize("text,surface,gid", [
    # twins: the whole name, a bare name a row lists, a bare name before the kind word after it
    ("Iraqi troops trained at Camp Taji north of Baghdad.", "Camp Taji", "curated:taji-base"),
    ("US troops left Arifjan for Iraq.", "Arifjan", "curated:camp-arifjan"),
    ("Families were moved from Roj camp to al-Hol.", "Roj", "curated:roj-camp"),
])
def test_camp_names_kept(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


# --- given names of the Sahel and the Horn before a surname: a person -------------------------

@pytest.mark.parametrize("text,surface", [
    # before: read as the curated row omar-oil-field (Syria), whose other name is Al-'Umar
    ("The nurse had treated a man named Umar Dahir from the next village.", "Umar"),
])
def test_given_name_before_a_surname_no_place(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


def test_oil_field_by_its_own_name_kept(gazetteer):
    # twin: the field's own name after a verb of movement, as before
    got = places_by_surface("Coalition troops left al-Omar for Shaddadi on Monday.", gazetteer)
    assert got["al-Omar"]["gazetteer_id"] == "curated:omar-oil-field"


# --- a name before the lower-case words of an outlet ('the Fars news agency') -------------------

def test_outlet_named_before_news_agency(gazetteer):
    # before: Fars province, twice, as places of the text
    text = ("Two Iranian brigades moved to the border, the Fars news agency reported. "
            "Fars said the units left Shiraz on Sunday.")
    assert "Fars" not in places_by_surface(text, gazetteer)
    assert places_by_surface(text, gazetteer)["Shiraz"]["country"] == "IR"


def test_province_with_its_kind_word_beside_an_outlet_kept(gazetteer):
    # twin: the province written with its kind word stays a place, as before
    text = "Troops moved to Fars province on Sunday, the Tasnim news agency said."
    assert places_by_surface(text, gazetteer)["Fars"]["kind"] == "admin1"


# --- a season before a year is a date ('in Spring 2002') -----------------------------------------

def test_season_before_a_year_no_place(gazetteer):
    # before: Spring, Texas
    assert "Spring" not in places_by_surface("The first cases appeared in Spring 2002 near Dallas, health officials in Texas said.", gazetteer)


def test_town_named_spring_kept(gazetteer):
    # twin: the Texas town, no year after it, as before
    got = places_by_surface("Soldiers returned to Spring, Texas, on Monday.", gazetteer)
    assert got["Spring"]["admin1"] == "Texas"
