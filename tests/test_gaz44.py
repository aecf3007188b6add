"""gaz44: place resolution leftovers in conflict reports (probes of my own, s29).

- 'the Sinaloa cartel', 'the Medellin cartel': a place's name right before a lower-case
  "cartel" names the criminal group after its home; the name is the organisation's, as in
  'the Sinaloa Cartel' written with a capital (mentions.scan.LOWER_CASE_ORG_HEADS).
- Gap (gazetteer/features.csv, at the point its article gives): Bamba of the Gao Region, on the
  Niger west of Bourem; the index held only the Bamba of the Sikasso Region, 900 km away. The
  text's neighbour picks between the two (hints.BindingHints._placed_by_a_neighbour and the
  context ranking), as it did before for the southern one.
- Gap (gazetteer/features.csv): Moura of the Mopti Region (Mali), at the location en.wikipedia
  'Moura massacre' gives; the index held only Portugal's Moura, which the rule of a demonym's
  continent then favoured after 'Russian mercenaries' (GeoNames puts Russia in Europe). A text
  about Portugal (its demonym, a Portuguese neighbour) keeps the Portuguese town.
- 'ADF fighters attacked Oicha': the bare object of 'attacked', a one-word name no English word
  spells (no given name, no person's word of the text, no noun after it it would qualify), is a
  place as weakly supported as one of a country the text names (Acceptance._object_of_an_attack);
  'Gunmen attacked Taylor' (an English word: a person), 'attacked Wagner convoys' (before a noun)
  stay out.
- 'Russian mercenaries reached Derna': the stray-variant guard dropped a reading by another
  spelling (Darnah) far from every other place of the text, where the only other place was
  Russia, read from the force's demonym; a force named by its country acts abroad as often as at
  home, so a force's country alone is nothing to judge by (guards._NamedPlaces.forces).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import mention_of



# --- a group named after its home: '<Place> cartel' ------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: role 'place' (Sinaloa, MX; Medellín, CO)
    ("Gunmen of the Sinaloa cartel moved to Culiacan from Mazatlan.", "Sinaloa"),
    ("The Medellin cartel sent men to Bogota on Friday.", "Medellin"),
])
def test_place_before_lower_case_cartel_is_the_organisation(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["role"] == "organisation"


@pytest.mark.parametrize("text,surface", [
    ("The Sinaloa Cartel moved fighters to Culiacan.", "Culiacan"),
    ("Soldiers reached Sinaloa from Durango on Friday.", "Sinaloa"),
    ("The Sinaloa police moved to Culiacan on Friday.", "Culiacan"),
    ("Gunmen of the Sinaloa cartel moved to Culiacan from Mazatlan.", "Mazatlan"),
])
def test_places_near_a_cartel_stay_places(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["role"] == "place" and m["country"] == "MX"


# --- Bamba of the Gao Region ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # before: Bamba (Sikasso Region, 10.38 -7.15), 900 km from Bourem
    "Fighters seized Bamba, west of Bourem, on Tuesday.",
    "Fighters seized Bamba on the Niger west of Bourem.",
    "Army units left Bamba for Bourem at dawn.",
])
def test_bamba_beside_bourem_is_the_niger_town(gazetteer, text):
    m = mention_of(text, "Bamba", gazetteer)
    assert m is not None and m["country"] == "ML" and abs(m["lat"] - 17.033) < 0.1 and abs(m["lon"] + 1.4) < 0.1


@pytest.mark.parametrize("text", [
    "Fighters seized Bamba, south of Kolondieba, on Tuesday.",
    "Fighters seized Bamba, 80 km south of Kolondieba.",
])
def test_bamba_beside_kolondieba_stays_the_southern_town(gazetteer, text):
    m = mention_of(text, "Bamba", gazetteer)
    assert m is not None and m["country"] == "ML" and abs(m["lat"] - 10.383) < 0.1


# --- Moura of the Mopti Region ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # before: Moura (PT); the second read no Moura at all
    "Russian mercenaries reached Moura on Tuesday.",
    "Malian soldiers and Russian mercenaries reached Moura in central Mali.",
])
def test_moura_of_a_sahel_report_is_the_malian_town(gazetteer, text):
    m = mention_of(text, "Moura", gazetteer)
    assert m is not None and m["country"] == "ML"


@pytest.mark.parametrize("text,surface,country", [
    ("Portuguese police reached Moura on Tuesday.", "Moura", "PT"),
    ("Firefighters reached Moura, near Beja, on Tuesday.", "Moura", "PT"),
    ("Firefighters from Lisbon reached Moura on Tuesday.", "Moura", "PT"),
    ("Russian troops reached Kursk on Tuesday.", "Kursk", "RU"),
])
def test_moura_of_a_portuguese_report_and_kursk_stay(gazetteer, text, surface, country):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["country"] == country


# --- the bare object of 'attacked' -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # before: no mention (Oicha, a town of ~70,000 with no support, dropped)
    "ADF fighters attacked Oicha on Monday.",
    "Congolese troops attacked Oicha overnight, residents said.",
    "Rebels were attacking Oicha when the army arrived.",
])
def test_bare_object_of_attacked_is_a_place(gazetteer, text):
    m = mention_of(text, "Oicha", gazetteer)
    assert m is not None and m["role"] == "place" and m["country"] == "CD"


@pytest.mark.parametrize("text,surface", [
    ("Gunmen attacked Taylor on Monday.", "Taylor"),
    ("Militants attacked Wagner convoys near the border.", "Wagner"),
    ("Gunmen attacked Taylor as he left the church on Monday.", "Taylor"),
])
def test_attacked_persons_and_groups_stay_out(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is None or m.get("lat") is None or m["role"] != "place"


# --- a force's country is no place a variant strays from -----------------------------------------

@pytest.mark.parametrize("text", [
    # before: no mention (Darnah, LY, dropped as a stray variant far from Russia's point)
    "Russian mercenaries reached Derna on Tuesday.",
    "Russian instructors arrived in Derna by air.",
])
def test_variant_beside_a_force_s_country_only_stays(gazetteer, text):
    m = mention_of(text, "Derna", gazetteer)
    assert m is not None and m["country"] == "LY"


@pytest.mark.parametrize("text,surface,country", [
    ("Azerbaijani forces entered Karabakh on Tuesday.", "Karabakh", "AZ"),
    ("Turkish forces moved into Zakho on Tuesday.", "Zakho", "IQ"),
    ("Wagner fighters reached Derna from Sirte.", "Derna", "LY"),
])
def test_readings_beside_forces_stay(gazetteer, text, surface, country):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["country"] == country
