"""gaz35: places conflict reports name that geomove missed or misread.

- An airfield named by its town's name in a sentence about a flight ("Il-76s landed at Hmeimim
  from Chkalovsky"): the far village of the name was dropped; the airfield of the name is read
  (mentions.flights).

The sentences are written for these tests; the twins must keep their places."""

import pytest
from placing import best_answer, places_by_surface

from geomove.mentions import places


# --- an airfield in a sentence about a flight ----------------------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # before: dropped (the village Chkalovskiy, 2,400 km from Hmeimim, a stray variant)
    ("Il-76s landed at Hmeimim from Chkalovsky on Tuesday.", "Chkalovsky", "airport:UUMU"),
    ("Two cargo planes flew from Chkalovsky to Hmeimim and Latakia overnight.", "Chkalovsky", "airport:UUMU"),
    # before: no place (Ramstein-Miesenbach, a lone far town)
    ("US C-17s landed at Ramstein from Bagram with evacuees from Kabul.", "Ramstein", "airport:ETAR"),
])
def test_airfield_of_a_flight(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("text,surface", [
    # no flight in the sentence: the far name stays no place
    ("Residents of Chkalovsky near Hmeimim in Latakia protested on Tuesday.", "Chkalovsky"),
    ("Syrian troops moved from Hmeimim to Latakia and Jableh, then to Chkalovsky.", "Chkalovsky"),
    # (a bare 'Ramstein' is the air base with or without a flight since s40: the town bears the
    # name only as a part of Ramstein-Miesenbach, see tests/test_s40_gaz65.py)
])
def test_no_flight_no_airfield(gazetteer, text, surface):
    m = places_by_surface(text, gazetteer).get(surface)
    assert m is None or m.get("gazetteer_id") is None


def test_a_near_reading_is_not_replaced(gazetteer):
    # the village beside Moscow is read near the text's other places: no guard doubts it, so
    # the kind preference does not apply (it is asked only of a reading about to be dropped)
    found = places_by_surface("Russian Il-76s landed at Hmeimim from Chkalovsky as Moscow reinforced "
                              "its troops in Syria.", gazetteer)
    assert found["Chkalovsky"]["gazetteer_id"] == "geonames:567896"
    found = places_by_surface("Wounded soldiers were flown from Rzeszow to Landstuhl.", gazetteer)
    assert found["Landstuhl"]["kind"] == "town"


# --- a name the text places in a province where none of its readings lies ------------------

@pytest.mark.parametrize("text", [
    # before: Mwembe (TZ, Kilimanjaro), a variant spelling, kept because the text names Tanzania
    "Insurgents from Cabo Delgado attacked Memba, in Nampula province, after crossing the Lurio river; "
    "Tanzania closed its border at Mtwara.",
    "Insurgents attacked Memba in Nampula province; Tanzania closed its border.",
])
def test_no_namesake_outside_the_named_province(gazetteer, text):
    found = places(text, gazetteer=gazetteer)
    assert all(m.get("gazetteer_id") != "geonames:152169" for m in found)  # Mwembe
    assert {m["surface"] for m in found} >= {"Nampula", "Tanzania"}


@pytest.mark.parametrize("text,surface,gid", [
    # a reading in the province is kept
    ("Police reinforced Monapo, in Nampula province, and Pemba.", "Monapo", "geonames:1037180"),
    ("Insurgents attacked Macomia, in Cabo Delgado province, and Mtwara in Tanzania.", "Macomia", "geonames:1042456"),
    ("Rebels entered Rutshuru in North Kivu province on Sunday.", "Rutshuru", "geonames:206047"),
    # a well-known town written with another province is kept (a slip, not a namesake)
    ("Gunmen attacked Goma, in Ituri province.", "Goma", "geonames:216281"),
    # a list after a comma, no province with its kind word: the list's towns stay
    ("Suba, Migori, Siaya, Kisumu, Bondo and Wajir are among the worst affected districts of Kenya.",
     "Siaya", "geonames:383388"),
])
def test_readings_in_the_named_province_kept(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


# --- the far-reading guards judge by the places still standing -----------------------------

LIANCOURT_FR = "geonames:2998532"


def test_a_dropped_reading_backs_no_far_namesake(gazetteer):
    # before: 'Savien' read as Sawin (PL), dropped by a guard only after 'Liancourt' had been
    # judged beside it: the French Liancourt (1,500 km from Sawin) was kept in a Haitian text
    text = ("The Gran Grif gang, based in Savien, has expanded its attacks across the lower Artibonite since "
            "the massacre at Pont-Sondé in October 2024. Police units from Saint-Marc were sent to Liancourt "
            "and Verrettes on Tuesday.")
    found = places_by_surface(text, gazetteer)
    assert found["Liancourt"].get("gazetteer_id") is None
    assert found["Verrettes"]["gazetteer_id"] == "geonames:3716044"
    assert found["Saint-Marc"]["gazetteer_id"] == "geonames:3717588"


def test_liancourt_of_france_kept_in_a_french_text(gazetteer):
    found = places_by_surface("Gendarmes from Beauvais and Creil were sent to Liancourt in the Oise on Tuesday.",
                              gazetteer)
    assert found["Liancourt"]["gazetteer_id"] == LIANCOURT_FR


# --- a French name's tail with its elided article -----------------------------------------

def test_tail_with_an_elided_article(gazetteer):
    # before: 'Petite-Rivière' read Petite Rivière (Mauritius), the tail "de l'Artibonite" left out
    text = "Residents said armed men came from Petite-Rivière de l'Artibonite towards Saint-Marc."
    found = places_by_surface(text, gazetteer)
    whole = found["Petite-Rivière de l'Artibonite"]
    assert whole.get("gazetteer_id") is None and whole.get("lat") is None
    assert "Petite-Rivière" not in found


def test_tails_with_an_article_still_read(gazetteer):
    # the Spanish article with a space stays part of the tail, and a bare tail too
    found = places_by_surface("The convoy reached San Juan de los Morros and then Villa de Cura.", gazetteer)
    assert "San Juan de los Morros" in found and "Villa de Cura" in found


# --- two one-word places one space apart: one name the index lacks --------------------------

@pytest.mark.parametrize("text", [
    # before: 'Sola' read Seoul (KR, an alternate name), 'Baga' Baga (NG) or dropped
    "Boko Haram attacked Baga Sola in Chad.",
    "Refugees from Nigeria reached Baga Sola, on the shores of Lake Chad.",
])
def test_baga_sola_is_one_name(gazetteer, text):
    found = places(text, gazetteer=gazetteer)
    assert all(m.get("gazetteer_id") not in ("geonames:1835848", "curated:baga-nigeria") for m in found)
    whole = [m for m in found if m["surface"] == "Baga Sola"]
    assert whole and whole[0].get("lat") is None


@pytest.mark.parametrize("text,surface,gid", [
    # two places side by side that lie near each other, an area after a town, a list
    ("Fighting spread from Khartoum Bahri to Omdurman.", "Bahri", "geonames:379251"),
    ("Fighters moved from Goma North Kivu to Bukavu.", "Goma", "geonames:216281"),
    ("Boko Haram attacked Baga and Monguno in Borno.", "Baga", "curated:baga-nigeria"),
])
def test_places_side_by_side_kept(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


def test_a_persons_name_is_no_joined_place(gazetteer):
    found = places_by_surface("Vladimir Putin met officials in Moscow and Beijing.", gazetteer)
    assert "Vladimir Putin" not in found


# --- rows: the Dilucu crossing, the VRAEM, the Bajo Aguán ----------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # before: no place (Dalukou, CN, below the bar)
    ("Trucks crossed from Nakhchivan into Turkey at the Dilucu border gate.", "Dilucu", "curated:dilucu-crossing"),
    ("Azerbaijani officials said the Dilucu crossing would stay open.", "Dilucu crossing", "curated:dilucu-crossing"),
    # before: no mention (a word in capitals was read as an organisation's acronym)
    ("Army patrols moved into the VRAEM to hunt Shining Path remnants near Pichari.", "VRAEM", "curated:vraem"),
    ("Peruvian soldiers were ambushed in the VRAE.", "VRAE", "curated:vraem"),
    ("Peruvian troops were ambushed in the Vraem on Sunday.", "Vraem", "curated:vraem"),
    # before: no place
    ("Soldiers were deployed to Bajo Aguán after land conflicts near Tocoa, Colón.", "Bajo Aguán", "curated:bajo-aguan"),
    ("Troops were sent to the Bajo Aguan valley after two peasant leaders were killed near Trujillo.",
     "Bajo Aguan", "curated:bajo-aguan"),
])
def test_rows_read_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Dilucu", "curated:dilucu-crossing"), ("Diluju Border Checkpoint", "curated:dilucu-crossing"),
    ("VRAEM", "curated:vraem"), ("Valle de los Ríos Apurímac, Ene y Mantaro", "curated:vraem"),
    ("Bajo Aguán", "curated:bajo-aguan"), ("Lower Aguan", "curated:bajo-aguan"),
    # namesakes and anchors keep their places
    ("Sadarak", "geonames:147282"), ("Tocoa", "geonames:3600704"), ("Pichari", "geonames:3932418"),
])
def test_rows_geocode(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


def test_acronyms_in_capitals_stay_organisations(gazetteer):
    found = places_by_surface("NATO and the SDF met in Hasakah; FATA was merged into Khyber Pakhtunkhwa.", gazetteer)
    assert "NATO" not in found and "SDF" not in found
    assert found["FATA"]["gazetteer_id"] == "geomove-area:federally-administered-tribal-areas"


# --- a name the text places beside another, read only far away in another country -----------

def test_no_far_reading_beside_a_named_place(gazetteer):
    # before: Hadim (TR, Konya), 430 km from Hama, by the name without its article
    found = places_by_surface("Syrian army units shelled al-Khadim, east of Hama, on Monday.", gazetteer)
    assert found["al-Khadim"].get("gazetteer_id") is None
    assert found["Hama"]["gazetteer_id"] == "geonames:170017"


@pytest.mark.parametrize("text,surface,gid", [
    # a reading near the place beside which the text puts it, or in its country, is kept
    ("Kingston, south of Brisbane, was flooded.", "Kingston", "geonames:2161315"),
    ("Rebels seized Sake, west of Goma, on Friday.", "Sake", "geonames:205970"),
    ("Troops entered Rafah, south of Khan Younis.", "Rafah", "geonames:281102"),
])
def test_readings_beside_a_named_place_kept(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


# --- a list before a facility's kind word ---------------------------------------------------

@pytest.mark.parametrize("text,expect", [
    # before: neither was read (the airport's match runs past the run over its kind word, and
    # the rule for '<A> <B> air base' dropped the town before 'and' too)
    ("Troops regrouped at Goma and Kavumu airport.", {"Goma": "geonames:216281", "Kavumu airport": "airport:FZMA"}),
    ("FARDC troops regrouped at Nyabibwe and Kavumu airport north of Bukavu.",
     {"Kavumu airport": "airport:FZMA", "Bukavu": "geonames:217831"}),
])
def test_list_before_a_facility_word(gazetteer, text, expect):
    found = places_by_surface(text, gazetteer)
    for surface, gid in expect.items():
        assert found[surface]["gazetteer_id"] == gid


# --- a far namesake in a text about neighbouring countries ---------------------------------

def test_far_namesake_in_a_text_about_one_region(gazetteer):
    # before: 'the Litoral penitentiary' (Guayaquil) read Littoral province, Equatorial Guinea
    # (9,900 km away): the text's places lie in Ecuador and Colombia, no country holding most
    text = ("The army deployed troops to Esmeraldas and Guayaquil after gangs attacked the Litoral "
            "penitentiary, and marines patrolled the San Lorenzo border crossing with Colombia.")
    found = places_by_surface(text, gazetteer)
    assert "Litoral" not in found or found["Litoral"].get("gazetteer_id") is None
    assert found["Guayaquil"]["gazetteer_id"] == "geonames:3657509"


def test_littoral_kept_where_it_is(gazetteer):
    found = places_by_surface("Flooding hit Douala and Edea in Cameroon's Littoral region.", gazetteer)
    assert found["Littoral"]["gazetteer_id"] == "geonames:2229336"


# --- a loose reading in a named country far from all the text's places ----------------------

MOZ = ("PEMBA, Mozambique — Islamic State fighters crossed the Lurio river from Cabo Delgado into Nampula "
       "province and attacked villages around Nacala, local sources said.\n\n"
       "Families fled from Memba towards Nacala and Eráti. Rwandan troops moved from Mocímboa da Praia to "
       "Macomia, while Tanzanian police reinforced the Negomano crossing on the Rovuma river, near Mtwara.\n\n"
       "Insurgents were also reported on the road from Pemba to Montepuez, and in Chiure district.")


def test_loose_reading_in_a_named_country_far_from_the_text(gazetteer):
    # before: 'Memba' read Mwembe (TZ, Kilimanjaro), a variant spelling 730 km from Mtwara, the
    # text's only Tanzanian town, kept because the text names Tanzania
    found = places(MOZ, gazetteer=gazetteer)
    assert all(m.get("gazetteer_id") != "geonames:152169" for m in found)
    assert {m["surface"] for m in found} >= {"Nacala", "Mtwara", "Macomia", "Montepuez"}


def test_a_town_near_the_texts_places_in_the_other_country_kept(gazetteer):
    found = places_by_surface("Islamic State fighters attacked Mocimboa da Praia and Macomia in Cabo Delgado, and "
                              "Montepuez and Pemba were put on alert; Tanzanian police reinforced Mtwara and Newala.",
                              gazetteer)
    assert found["Newala"]["gazetteer_id"] == "geonames:877534"
    assert found["Mtwara"]["gazetteer_id"] == "geonames:877747"


def test_a_district_word_does_not_back_a_far_town(gazetteer):
    # before: 'Memba district' read Mwembe (TZ), a town, by a variant spelling ('not a admin2')
    text = ("PEMBA, Mozambique — Islamic State fighters crossed the Lurio river from Cabo Delgado into Nampula "
            "province and attacked villages in Memba district, burning a church. Families fled towards Nacala "
            "and Eráti. Rwandan troops moved from Mocímboa da Praia to Macomia, while Tanzanian police "
            "reinforced the border near Mtwara. Insurgents were also reported on the road from Pemba to Montepuez.")
    found = places(text, gazetteer=gazetteer)
    assert all(m.get("gazetteer_id") != "geonames:152169" for m in found)
    assert {m["surface"] for m in found} >= {"Nacala", "Mtwara", "Pemba"}


def test_no_far_airfield_of_a_like_name_in_a_flight_sentence(gazetteer):
    # the airfield must be the doubted town's own (beside it): 'Litoral' (a Guayaquil prison) is
    # no El Litral Airport in Chile, though the sentence tells of a flight
    found = places_by_surface("Ecuadorian troops took control of the Litoral prison in Guayaquil after being "
                              "flown in from Quito.", gazetteer)
    assert "Litoral" not in found or found["Litoral"].get("gazetteer_id") != "airport:SCUL"
    assert found["Guayaquil"]["gazetteer_id"] == "geonames:3657509"


def test_two_places_say_too_little_of_a_region(gazetteer):
    # an ocean crossing: Savannah (US) is kept beside Bremerhaven (DE) and Świętoszów (PL)
    found = places_by_surface("The brigade's tanks were shipped from Savannah to Bremerhaven, where they were "
                              "loaded onto trains bound for Świętoszów.", gazetteer)
    assert found["Savannah"]["gazetteer_id"] == "geonames:4221552"


def test_three_names_in_a_row_join_once(gazetteer):
    # found by the full suite (tests/test_scan_identity, hypothesis): the second of a joined pair
    # headed a pair of its own and had lost its readings (IndexError)
    found = places("reached Dora Victoria Dora ", gazetteer=gazetteer)
    assert [m["surface"] for m in found][:1] == ["Dora Victoria"]


# s24 (lead): "Zaporizhia", the Institute for the Study of War's spelling, is the city (and the oblast
# by another of its names); before, 'the Zaporizhia direction' read a village by a loose variant
@pytest.mark.parametrize("text", [
    "Russian units moved toward Zaporizhia on Monday.",
    "Russian forces redeployed elements of the 76th Division from the Kherson direction to the Zaporizhia direction.",
])
def test_zaporizhia_spelled_as_isw_writes_it_is_the_city(gazetteer, text):
    found = [m for m in places(text, gazetteer=gazetteer) if m["surface"] == "Zaporizhia"]
    assert found and found[0].get("gazetteer_id") == "geonames:687700", found
