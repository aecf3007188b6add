"""Provinces and districts by the name reports use, without the local kind word GeoNames writes
with it ('Provincia de X', 'Kabupaten X', 'Huyện X', 'X Shi'): geomove/gazetteer/admin_names.py.
The sentences below were written for these tests."""

import pytest

from geomove.gazetteer.admin_names import admin_short_names, short_forms, still_a_name
from geomove.mentions import find_mentions


@pytest.mark.parametrize("name, short", [
    ("Provincia de Chumbivilcas", "Chumbivilcas"),
    ("Departamento de Jáchal", "Jáchal"),
    ("Kabupaten Karo", "Karo"),
    ("Huyện Tân Trụ", "Tân Trụ"),
    ("Tỉnh Bình Phước", "Bình Phước"),
    ("Wilaya ya Abim", "Abim"),
    ("Obihiro Shi", "Obihiro"),
    ("Okres Banská Bystrica", "Banská Bystrica"),
    ("Muḩāfaz̧at Dimashq", "Dimashq"),
    ("Muḩāfaz̧at al Minūfīyah", "al Minūfīyah"),   # (z̧ written as z + combining cedilla)
    ("محافظة الحسكة", "الحسكة"),
    ("Kiryandongo District", "Kiryandongo"),
    ("Cercle de Macina", "Macina"),
    ("Bankass Cercle", "Bankass"),
    ("Daïra d’Oued Ghiou", "Oued Ghiou"),
    ("Arrondissement d'Aquin", "Aquin"),
    ("Illubabor Zone", "Illubabor"),
    ("Gemeente Lelystad", "Lelystad"),
    ("Gemeente De Ronde Venen", "De Ronde Venen"),  # a capitalised 'De' is part of the name
])
def test_the_local_kind_word_is_dropped(name, short):
    assert short in short_forms(name)


@pytest.mark.parametrize("name", [
    "Distrito Capital", "Distrito Nacional", "Eastern District", "Free State", "Capital Governorate",
    "First Governorate", "Lakes State", "Coast Province", "Province de l'Ouest", "Département du Nord",
    "Powiat obornicki",  # an adjective, lower case
    "Municipality of Okrug",  # a kind word is left
    "Kabupaten",  # nothing is left
    "Gemeente Best", "Municipiul Roman", "Oraş Victoria",  # everyday English words alone
    "Northern Territory", "Australian Capital Territory", "Premier Arrondissement",
])
def test_no_short_form_when_what_is_left_is_no_name(name):
    assert short_forms(name) == ()


def test_still_a_name_wants_a_capitalised_name_of_three_letters():
    assert still_a_name("Chumbivilcas") and still_a_name("al Minūfīyah")
    assert not still_a_name("Ab") and not still_a_name("obornicki") and not still_a_name("North")


def test_only_the_own_name_gives_a_short_form_and_not_the_namesake_towns():
    # an alias with a kind word is most often the English name of something wider
    assert admin_short_names(["Kordestān", "Kurdistan Province"]) == []
    # a short form already among the area's names is not added twice
    assert admin_short_names(["Kabupaten Sinjai", "Sinjai"]) == []
    assert admin_short_names(["Provincia de Chumbivilcas"], ("Santo Tomás", 7000)) == [("Chumbivilcas", -1)]
    # the district named after its largest town: the bare name means the town
    assert admin_short_names(["Nyanza District"], ("Nyanza", 30000)) == []


def test_a_province_known_only_with_its_kind_word_is_found_by_its_bare_name(gazetteer):
    top = gazetteer.candidates("Chumbivilcas", limit=1)
    assert top and top[0]["country"] == "PE" and top[0]["kind"] == "admin2"
    assert "short form of 'Provincia de Chumbivilcas'" in top[0]["why"]


@pytest.mark.parametrize("text, surface, country", [
    ("Night frost killed hundreds of alpacas in Chumbivilcas, in the Cusco region of Peru.",
     "Chumbivilcas", "PE"),
    ("Volunteers from Medan drove up to Karo, in North Sumatra, when the volcano woke again.",
     "Karo", "ID"),
])
def test_a_district_named_bare_in_a_sentence_is_read(gazetteer, text, surface, country):
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert surface in found and found[surface]["country"] == country, found.get(surface)


def test_a_wider_area_of_an_aliases_bare_name_is_not_displaced(gazetteer):
    # 'Kurdistan Province' (an alias of Iran's Kordestān) gives no short form 'Kurdistan'
    top = gazetteer.candidates("Kurdistan", limit=1)[0]
    assert top["name"] != "Kordestān" or "variant spelling" in top["why"]
    text = "Officials in Kenya said the clinics of Nyanza Province had run out of vaccine."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Nyanza Province"]["country"] == "KE"
