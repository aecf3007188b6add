"""gaz39: names of ordinary English and of groups read as small towns, and namesakes won by the
wrong row (probes of my own, s27).

- A name right after a verb whose object is as often a force as a place ('reinforced Wagner',
  'joined Fano'), every reading of which lies on another continent than the text's countries:
  the group's name (mentions.org_names.groups_named_after_a_verb_of_joining).
- A one-word possessive before a lower-case noun ('Taylor's company', "Wills' farm"), a word
  English writes often, read only as a lesser place: a person's
  (mentions.acceptance._possessor_named_like_a_lesser_place).
- An everyday word capitalised for another reason ('Media reports said', 'Homeland Security')
  that only nearness supports: no place (mentions.acceptance._everyday_word_capitalised_for_another_reason,
  _everyday_name_read_as_a_lesser_place).
- A seat named like its province near the province's point ('to Tillaberi', 'in Magway'): the
  town (mentions.context._seat_at_the_province_point).
- 'Camp X' / 'Fort X' the index lacks, read as an unbacked town of X: the installation without a
  point (mentions.acceptance._installation_read_as_an_unbacked_town).
- A country named that says nothing of a reading ('Pokrovsk' beside 'Moscow': the Yakutian town
  4,900 km away, Engels once so called): ranking text_country_named_withheld.
- A name after a settlement's possessive and before a word of its parts ('Giza's Haram
  district'), read far from it: a part the index lacks (mentions.acceptance._possessor_place_far).
- An everyday word read only as a facility by a short form geomove derived ('Victory' of Camp
  Victory) needs a word of place, as any everyday word (mentions.acceptance, the common-word test).
- The words after a capitalised 'Operation' or 'Exercise' name the operation ('Operation Lone
  Star'), no place (mentions.persons OPERATION_HEADS).
- The Natural Earth country names read in their own encoding, UTF-8 (gazetteer_build.country_rows).
- A surname after a given name and a middle initial ('Franklin D. Roosevelt':
  mentions.persons._after_a_middle_initial) or an abbreviated title ('Gov. Hugh Carey':
  wordlists.HONORIFICS).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import places_by_surface


# --- a group's name after a verb of joining or reinforcing ---------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Wagner, Bahia (Brazil)
    ("Russia reinforced Wagner with 200 men sent to Mali.", "Wagner"),
    # ('the' between the verb and the name: no place before too, kept so)
    ("Hundreds of volunteers from Russia joined the Wagner in Mali.", "Wagner"),
])
def test_group_after_a_verb_of_joining(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,country", [
    # twins: a place of the text's country (or of its continent) after the same verb
    ("Lithuania reinforced Pabrade with a new battalion on Monday.", "Pabrade", "LT"),
    ("Malian troops reinforced Menaka after the attack.", "Menaka", "ML"),
    ("Guardsmen reinforced Wagner, South Dakota, after the floods in the United States.", "Wagner", "US"),
])
def test_place_after_a_verb_of_joining_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- a person's possessive read as a lesser place --------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Johnson County, Texas
    ("National Guard troops were sent to El Paso, Texas, on Tuesday. Johnson's battalion left Austin for Laredo.",
     "Johnson"),
    # before: Taylor, Michigan
    ("Guardsmen arrived in Columbus, Ohio, on Monday. Taylor's company would follow from Dayton.", "Taylor"),
    # before: Smith's, a parish of Bermuda, read whole
    ("Media reports said the army moved two battalions to Goma on Monday.\n"
     "Homeland Security officials said National Guard troops were sent to El Paso on Tuesday.\n"
     "Smith's unit was moved to Kabul, the ministry said.", "Smith's"),
])
def test_possessor_named_like_a_lesser_place(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,country", [
    # twins: a town's possessive (no English word), and a name the text writes bare too
    ("Soldiers from Goma's garrison were sent to Bukavu on Monday.", "Goma", "CD"),
    ("Ukrainian troops left Bakhmut on Monday. Bakhmut's defenders moved to Chasiv Yar.", "Bakhmut", "UA"),
    ("Troops were sent to Taylor, Michigan. Taylor's mayor thanked them.", "Taylor", "US"),
])
def test_place_in_the_possessive_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- an everyday word capitalised for another reason, read as a lesser place near the text's -------

@pytest.mark.parametrize("text,surface", [
    # before: Media, Pennsylvania (near Philadelphia): a sentence's first word
    ("National Guard troops were sent to Philadelphia, Pennsylvania, on Monday. Media reports said more would follow.",
     "Media"),
    # before: Homeland, California (near Riverside): the first word of a longer name
    ("National Guard troops were sent to Riverside, California, on Monday. Homeland Security officials said "
     "agents joined them.", "Homeland"),
    # before: Homeland, Georgia
    ("Guardsmen arrived in Atlanta, Georgia. Justice Department officials and Homeland Security said more were coming.",
     "Homeland"),
])
def test_everyday_word_capitalised_for_another_reason(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,name", [
    # twins: a local body after it, a kind word after it, a date after it
    ("Officials in Delaware County, Pennsylvania, said Media police were reinforced.", "Media", "Media"),
    ("Guardsmen were sent to Philadelphia on Monday and to Chester County, Pennsylvania, on Tuesday.",
     "Chester County", "Chester County"),
    ("Troops were sent to Philadelphia, Pennsylvania, on Monday, and arrived in Media Tuesday.", "Media", "Media"),
    # (a sentence's first word the text names as the place with support elsewhere: taken back)
    ("Guardsmen arrived in Mobile, Alabama. Mobile's mayor welcomed them.", "Mobile", "Mobile"),
])
def test_everyday_word_as_a_place_kept(gazetteer, text, surface, name):
    assert places_by_surface(text, gazetteer)[surface]["name"] == name


# --- a seat named like its province, near the province's point ------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: the Tillabéri region (the town holds a tenth of the people the index counts in it)
    ("Government forces moved to Tillaberi on Monday after an attack on a post near the town.", "Tillaberi"),
    # before: the Magway region
    ("Troops were deployed in Magway after clashes with resistance fighters in Myanmar.", "Magway"),
])
def test_seat_at_the_province_point(gazetteer, text, surface):
    assert places_by_surface(text, gazetteer)[surface]["kind"] == "town"


@pytest.mark.parametrize("text,surface", [
    # twins: the province told with its kind word, and provinces whose point lies far from the seat
    ("Government forces moved to the Tillaberi region on Monday.", "Tillaberi"),
    ("Canadian soldiers were sent to Quebec on Monday to help with the floods.", "Quebec"),
    ("The junta sent two battalions to Sagaing on Monday.", "Sagaing"),
])
def test_province_far_from_its_seat_kept(gazetteer, text, surface):
    assert places_by_surface(text, gazetteer)[surface]["kind"] == "admin1"


# --- an installation the index lacks, read as a town of its name elsewhere ------------------------

@pytest.mark.parametrize("text", [
    # before: Pendleton, Oregon (the text names only the country, by its places)
    "Marines from Camp Pendleton were sent to Los Angeles on Monday.",
    # before: the same, California written after it (it does not hold the town)
    "Marines left Camp Pendleton, California, for Los Angeles on Monday.",
])
def test_installation_read_as_an_unbacked_town(gazetteer, text):
    got = places_by_surface(text, gazetteer)
    assert "Pendleton" not in got
    assert got["Camp Pendleton"]["lat"] is None  # (the mention stays, without a point)


@pytest.mark.parametrize("text,surface,name", [
    # twins: installations the index holds
    ("Soldiers from Fort Drum, New York, were sent to Syracuse on Monday.", "Fort Drum", "Fort Drum"),
    ("Marines left Camp Lejeune for Norway on Monday.", "Camp Lejeune", "Camp Lejeune"),
])
def test_installation_held_kept(gazetteer, text, surface, name):
    assert places_by_surface(text, gazetteer)[surface]["name"] == name


# --- a country named that says nothing of a reading -----------------------------------------------

@pytest.mark.parametrize("text", [
    # before: Pokrovsk in Yakutia (4,870 km from Moscow, the place the text names in Russia)
    "Russian forces moved toward Pokrovsk, a Moscow official said.",
    "Russia moved reserves toward Pokrovsk, the Russian defence ministry in Moscow said.",
    # before: the same; with the far reading withheld alone, Engels (Saratov), once 'Pokrovsk'
    "Russia moved 2,000 troops to Pokrovsk on Monday, a Moscow official said.",
])
def test_country_named_withheld(gazetteer, text):
    got = places_by_surface(text, gazetteer)["Pokrovsk"]
    assert (got["country"], got["admin1"]) == ("UA", "Donetska oblast")


@pytest.mark.parametrize("text,surface,country", [
    # twins: a reading across its own country from the place the text names there
    ("Housing costs climbed in Toronto and Vancouver last year, and fell in downtown Denver.", "Vancouver", "CA"),
    ("Canada moved 300 soldiers from Toronto to Vancouver on Monday.", "Vancouver", "CA"),
])
def test_country_named_across_its_breadth_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- a surname after a given name and a middle initial ---------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Roosevelt, New York (the initial's point ends the run of capitalised words)
    ("In 1939, President Franklin D. Roosevelt moved the holiday, and troops left Washington.", "Roosevelt"),
    # before: Dillon, South Carolina
    ("Troops under General James T. Dillon moved from Fort Bliss to El Paso on Monday.", "Dillon"),
])
def test_surname_after_a_middle_initial(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,country", [
    # twins: a place after an initial that is no middle one (a grid square, 'Area B.'), and a
    # capital's abbreviation
    ("Troops left Zone B. Lyon was quiet on Monday, officials said.", "Lyon", "FR"),
    ("Guardsmen left Washington, D.C. on Monday for Baltimore.", "Baltimore", "US"),
])
def test_place_after_an_initial_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- an abbreviated title before a name --------------------------------------------------------

def test_surname_after_an_abbreviated_title(gazetteer):
    # before: Carey, Ohio (no person was read after 'Gov.', so the bare surname was a town)
    text = ("He served as running mate to former Gov. Hugh Carey. Four years later, Carey stepped aside, "
            "and troops moved to Albany, New York.")
    assert "Carey" not in places_by_surface(text, gazetteer)


def test_place_after_an_abbreviated_title_word_kept(gazetteer):
    # twin: the abbreviation before no name
    text = "The governor's office said troops moved to Albany, New York, on Monday."
    assert places_by_surface(text, gazetteer)["Albany"]["country"] == "US"


# --- a part of a place named with the place's possessive, read far from it -------------------------

def test_part_of_a_place_far_from_it(gazetteer):
    # before: Haram, a district of Norway, 3,800 km from Giza; no point (s37); since gaz62 (s38)
    # at Giza's point, its holder's, as a part the index lacks (an everyday word kept with its holder)
    got = places_by_surface("Police were deployed in Giza's Haram district after the bombing.", gazetteer)
    assert got["Giza"]["country"] == "EG" and got["Haram"]["gazetteer_id"] is None
    assert (got["Haram"]["lat"], got["Haram"]["lon"]) == (got["Giza"]["lat"], got["Giza"]["lon"])


@pytest.mark.parametrize("text,surface,country", [
    # twins: a part read near its city, a country's province, and possessives that own no part
    ("Troops moved into Kyiv's Obolon district overnight.", "Obolon", "UA"),
    ("Syria's Idlib province saw troops arrive on Monday.", "Idlib", "SY"),
    ("Washington's Kabul embassy was closed as troops left Bagram.", "Kabul", "AF"),
    ("Ukraine's Kursk incursion began when troops crossed near Sudzha.", "Kursk", "RU"),
])
def test_part_of_a_place_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- country names of Natural Earth read in their own encoding -------------------------------------

@pytest.mark.parametrize("name,country", [
    # before: the Arabic name only Natural Earth gives was in the index as 'Ù\x85ØµØ±' (read as
    # Latin-1); the Turkish and French ones were found by other sources' names (twins)
    ("مصر", "EG"),
    ("Mısır", "EG"),
    ("Égypte", "EG"),
])
def test_country_names_in_their_own_encoding(gazetteer, name, country):
    best = gazetteer.candidates(name)[0]
    assert (best["kind"], best["country"]) == ("country", country)


# --- an everyday word read as a facility by a short form -------------------------------------------

@pytest.mark.parametrize("text", [
    # before: Camp Victory (Baghdad), by its derived short form 'Victory', 12,800 km away
    "Salvadoran soldiers surrounded Soyapango on Sunday. Victory celebrations followed in Santa Ana.",
    "Victory was declared in Santa Ana on Sunday.",
])
def test_everyday_word_as_a_facility_s_short_form(gazetteer, text):
    assert "Victory" not in places_by_surface(text, gazetteer)


def test_facility_s_short_form_after_a_word_of_place_kept(gazetteer):
    # twin: the short form where a word of place says it is one
    got = places_by_surface("US troops left Victory for Baghdad airport in 2011.", gazetteer)
    assert got["Victory"]["kind"] == "base"


# --- the name of an operation or exercise ------------------------------------------------------------

def test_operation_name_is_no_place(gazetteer):
    # before: Lone Star, a village of Texas, near the text's places
    got = places_by_surface("Texas sent 500 guardsmen to Eagle Pass under Operation Lone Star on Monday.", gazetteer)
    assert "Lone Star" not in got and got["Eagle Pass"]["country"] == "US"


def test_place_named_like_an_operation_kept(gazetteer):
    # twin: the same words as a place after a word of place
    got = places_by_surface("Texas sent 500 guardsmen from Lone Star to Eagle Pass on Monday.", gazetteer)
    assert got["Lone Star"]["country"] == "US"
