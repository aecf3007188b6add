"""gaz50: places read by the words around them (probes of my own, s32).

- A province's kind word after a name ('Tavush province') reads the province that bears the
  name, not the province of a town abroad found by a looser spelling (Tovuz, Azerbaijan, by
  'Tavus'): candidates._a_unit_bears_the_name_closer.
- 'the Batanes islands' / 'the Batanes Islands': islands the index lacks by that name whose name
  is a province's own are that province (features._units_named_as_the_islands).
- 'the Litoral penitentiary in Guayaquil': an institution's own name before its noun and 'in' a
  town is read at the town when alone it reads a far place abroad (mentions.institutions); with
  no town after it, such a far reading keeps no point.

The sentences are written for these tests."""

import pytest
from placing import find_mentions, mention_of



@pytest.mark.parametrize("text", [
    # before: Tovuz, the Azerbaijani province of the town found by 'Tavus'
    "Two battalions moved into Tavush province on Sunday.",
    "Shelling was reported overnight in the northern Tavush province.",
    "Reinforcements reached the Tavush region by road.",
])
def test_province_that_bears_the_name(gazetteer, text):
    m = mention_of(text, "Tavush", gazetteer)
    assert m is not None and m["country"] == "AM" and m["kind"] == "admin1"


def test_province_named_after_its_city_still_read(gazetteer):
    m = mention_of("Belarusian units moved into the Gomel region on Monday.", "Gomel", gazetteer)
    assert m is not None and m["kind"] == "admin1" and m["country"] == "BY"


@pytest.mark.parametrize("text,surface", [
    # before: nothing (lower case), no place (capitalised: 'Batanes (PH) is not the islands')
    ("The navy sent two frigates to the Batanes islands on Friday.", "Batanes"),
    ("Two frigates were sent to the Batanes Islands on Friday.", "Batanes Islands"),
])
def test_islands_named_as_their_province(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["role"] == "place" and m["name"] == "Batanes" and m["country"] == "PH"


def test_islands_without_a_province_of_the_name_stay_unread(gazetteer):
    # no unit is called 'Babuyan': no town or far place is taken for the islands
    ms = find_mentions("Two frigates were sent to the Babuyan islands on Friday.", gazetteer=gazetteer)
    assert all(m.get("lat") is None for m in ms if "Babuyan" in m["surface"])


@pytest.mark.parametrize("text,surface,country", [
    # before: Littoral (Equatorial Guinea), Hong Kong, the Pacific Ocean
    ("Guards moved forty inmates out of the Litoral penitentiary in Guayaquil after a riot.",
     "Litoral penitentiary", "EC"),
    ("The wounded were taken to the Victoria hospital in Mombasa.", "Victoria hospital", "KE"),
    ("Soldiers guarded the Pacific barracks in Tumaco.", "Pacific barracks", "CO"),
])
def test_institution_read_at_its_town(gazetteer, text, surface, country):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["role"] == "place" and m["country"] == country


def test_institution_named_after_a_place_of_its_country_keeps_it(gazetteer):
    # a reading in the town's country stays: the prison may be named after the province
    m = mention_of("Inmates rioted in the Guayas prison in Guayaquil.", "Guayas", gazetteer)
    assert m is None or m["country"] == "EC"


def test_institution_s_name_far_keeps_no_point(gazetteer):
    text = "Police moved 300 prisoners from the Litoral penitentiary to a jail in Quito."
    m = mention_of(text, "Litoral", gazetteer)
    assert m is None or m.get("lat") is None


# --- a variant spelling in the home of the armed group the text names --------------------------

@pytest.mark.parametrize("text", [
    # before: Bulo Burde dropped as a stray variant far from Mahas, read as Māḩiş (Jordan)
    "Al-Shabaab militants pulled back toward Bulo Burde after troops entered Mahas on Sunday.",
    "Soldiers entered Mahas on Sunday as al-Shabab fighters fled toward Bulo Burde.",
])
def test_variant_in_the_group_s_home_backs_the_theatre(gazetteer, text):
    bulo = mention_of(text, "Bulo Burde", gazetteer)
    mahas = mention_of(text, "Mahas", gazetteer)
    assert bulo is not None and bulo["country"] == "SO"
    assert mahas is None or mahas.get("lat") is None



# --- a province's own name written without its Arabic article ----------------------------------

def test_province_called_so_without_its_article_outranks_an_old_name(gazetteer):
    # before: Şirvan (Turkey), which GeoNames lists also as 'Kufra', above Al Kufrah (Libya)
    best = gazetteer.candidates("Kufra", limit=3)[0]
    assert best["country"] == "LY" and "another of its names" not in best["why"]


def test_city_still_before_its_province_of_the_same_name(gazetteer):
    m = mention_of("Troops moved from Raqqa to Hasakah on Monday.", "Raqqa", gazetteer)
    assert m is not None and m["kind"] == "city"


def test_province_with_its_article_read_in_a_sentence(gazetteer):
    m = mention_of("A column of armed pickups moved toward Kufra on Saturday.", "Kufra", gazetteer)
    assert m is not None and m["country"] == "LY"


# --- a Romance article before a name the index lacks whole --------------------------------------

@pytest.mark.parametrize("text", [
    # before: 'Manos' alone, read as Manaus (Brazil) by an other name, then doubted
    "Migrants crossed into Nicaragua through the Las Manos crossing.",
    "Honduran police reinforced the Las Manos border post.",
])
def test_article_is_part_of_the_name(gazetteer, text):
    ms = find_mentions(text, gazetteer=gazetteer)
    whole = [m for m in ms if m["surface"] == "Las Manos"]
    assert whole and whole[0].get("lat") is None
    assert not any(m["surface"] == "Manos" for m in ms)


def test_name_held_whole_with_its_article_is_read(gazetteer):
    m = mention_of("Troops were flown from Lima to La Paz on Monday.", "La Paz", gazetteer)
    assert m is not None and m["country"] == "BO"


# --- a village at its district's point that bears the name the district has as another ----------

@pytest.mark.parametrize("text", [
    # before: Raški okrug, the district (its point is the village's)
    "Police units were deployed to Raska on Monday.",
    "Serbian gendarmerie units moved from Kraljevo to Raska on Monday.",
])
def test_village_seat_of_its_district(gazetteer, text):
    m = mention_of(text, "Raska", gazetteer)
    assert m is not None and m["kind"] == "village" and m["country"] == "RS"


def test_district_with_its_kind_word_stays(gazetteer):
    m = mention_of("Police units were deployed across the Raska district.", "Raska", gazetteer)
    assert m is None or m["kind"] != "village"


# --- an island written with its word in lower case; Japanese islands by their Japanese name -----

def test_built_in_islands_whose_first_word_is_no_place(gazetteer):
    # before: nothing ('Paracel' alone is no name; 'the Paracel Islands' was read)
    m = mention_of("Chinese ships sailed toward the Paracel islands.", "Paracel islands", gazetteer)
    assert m is not None and m["name"] == "Paracel Islands"


def test_island_held_whole_written_in_lower_case(gazetteer):
    # before: Bagong Pagasa, a district of Manila, by 'Pag-asa' alone
    m = mention_of("The coast guard sent two cutters from Puerto Princesa to Pag-asa island.", "Pag-asa island", gazetteer)
    assert m is not None and m["kind"] == "island" and m["country"] == "PH"


@pytest.mark.parametrize("text,surface", [
    # before: Miyako, a town of Iwate on Honshu, 2,000 km off
    ("Japanese troops moved missiles to Yonaguni and Ishigaki, and to Miyako island.", "Miyako"),
    ("Japanese troops moved missiles to Miyako Island on Monday.", "Miyako Island"),
])
def test_japanese_island_by_its_japanese_name(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["name"] == "Miyakojima"


# --- a facility of another kind than the kind word says, far from the text ----------------------

def test_crossing_read_as_a_far_airfield_keeps_no_point(gazetteer):
    # before: El Ceibo Airport, Costa Rica (~1,000 km from Tapachula), for a crossing
    text = ("Mexican National Guard units were moved from Tapachula to Ciudad Hidalgo and to the "
            "El Ceibo crossing with Guatemala.")
    m = mention_of(text, "El Ceibo", gazetteer)
    assert m is not None and m.get("lat") is None


def test_base_read_as_an_air_base_stays(gazetteer):
    m = mention_of("Turkish troops moved to the Incirlik base.", "Incirlik", gazetteer)
    assert m is not None and m["country"] == "TR"


# --- a name written with its province, read only by another name of a town outside it ----------

def test_other_name_outside_the_province_written_is_no_place(gazetteer):
    # before: Padang (Indonesia), which GeoNames lists also as 'padan', 2,200 km from Magway
    m = mention_of("Resistance fighters attacked Padan in Magway Region.", "Padan", gazetteer)
    assert m is None or m.get("lat") is None


def test_well_known_town_with_a_slip_of_province_stays(gazetteer):
    m = mention_of("Fighting spread to Goma, in Ituri province.", "Goma", gazetteer)
    assert m is not None and m["country"] == "CD"


# --- a district's kind word after a town of the very name, in a text with no other place -------

def test_district_around_its_seat_alone_reads_the_seat(gazetteer):
    # before: no point ('a town in none of the countries of the text's other places': there are none)
    m = mention_of("Soldiers moved to Lankaran district.", "Lankaran", gazetteer)
    assert m is not None and m["country"] == "AZ"


# --- another name of a place, whose own bearer in the same country lies far off -----------------

def test_same_country_namesake_far_off_holds_back_another_name(gazetteer):
    # before: Dayton, Ohio, which GeoNames lists also as 'Venice', first (Venice, California, bears
    # the name as its own, but in the same country: the two were taken for local spellings)
    best = gazetteer.candidates("Venice", limit=3)[0]
    assert best["name"] == "Venice"


def test_two_spellings_of_one_area_stay_local(gazetteer):
    # Deir ez-Zor the city and the province bearing 'Dayr az Zawr' as its own, at one point
    best = gazetteer.candidates("Deir ez-Zor", limit=3)[0]
    assert best["country"] == "SY"
