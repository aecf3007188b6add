"""s44 gaz75: places the index did not know, by why they were missing, and the class fixed for
each. Every sentence is written for these tests.

- Surface (a class): a lake or a river of gazetteer/areas.csv written in another word order than
  its row lists ("Tana Lake" for Lake Tana, "the River Danube" for the Danube) read nothing or
  the town of the bare name: areas._water_word_orders derives those orders for every lake and
  river row, with the head word kept, never the bare name ("Victoria", "Chad", "Tana" keep their
  own places).
- Not in any source the index is built from (cities500 has populated places of 500+ people, the
  airports package airfields; no installed package names lakes, gulfs, rivers, border posts or
  air bases of towns it lacks): rows with the coordinate their article gives (Lake Baikal, Lake
  Ohrid, Lake Issyk-Kul, the Gulf of Tonkin, the Buna, the Suchiate computed from its cited ends,
  the Merdare crossing, the Ahmed Hamdi tunnel, Caracollo, Kok-Tash of Batken, Negomano at
  the Unity Bridge's point) or at a cited anchor (Tina of North Darfur beside Tiné, Marinovka air
  base by Kalach-na-Donu).
"""

import pytest

from placing import best_answer, places_by_surface as _found
from geomove.areas import AREA_BY_PLAIN, _water_word_orders
from geomove.names import plain


# -- the class: other word orders of a lake's or river's name

@pytest.mark.parametrize("name, kind, orders", [
    ("Lake Tana", "region", ("Tana Lake",)),
    ("Sevan Lake", "region", ("Lake Sevan",)),
    ("Danube", "river", ("Danube River", "River Danube")),
    ("Drina River", "river", ("Drina River", "River Drina")),
    ("River Jordan", "river", ("Jordan River", "River Jordan")),
    # (no head word to move, or a word in lower case or another tongue's word for a river)
    ("Lake Turkana region", "region", ()),
    ("Shatt al-Arab", "river", ()),
    ("Rio Rovuma", "river", ()),
    ("Nuba Mountains", "region", ()),
])
def test_water_word_orders(name, kind, orders):
    assert _water_word_orders(name, kind) == orders


def test_a_spelling_a_row_lists_wins_over_a_derived_one():
    # every derived spelling is filed only where no row lists that spelling
    hit = AREA_BY_PLAIN[plain("Kivu Lake")]
    assert hit[0] == "Kivu Lake" and hit[1] == "Lake Kivu"


@pytest.mark.parametrize("text, surface, name", [
    ("Ferries stopped crossing Tana Lake after the storm, officials in Bahir Dar said.", "Tana Lake", "Lake Tana"),
    ("Fishing boats were held on Malawi Lake near Nkhata Bay.", "Malawi Lake", "Lake Malawi"),
    ("Gunboats moved up the River Danube past Vukovar on Tuesday.", "River Danube", "Danube"),
    ("Army engineers bridged the River Tigris south of Mosul.", "River Tigris", "Tigris"),
    ("Barges were stopped on the Oskol river near Kupiansk.", "Oskol", "Oskil"),
    ("Divers searched Ohrid Lake off Struga.", "Ohrid Lake", "Lake Ohrid"),
    ("A rescue team trained on Baikal Lake near Irkutsk.", "Baikal Lake", "Lake Baikal"),
    ("Border guards patrolled Issyk-Kul Lake from Karakol.", "Issyk-Kul Lake", "Lake Issyk-Kul"),
])
def test_a_lake_or_river_in_another_word_order(gazetteer, text, surface, name):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["name"] == name, found[surface]


@pytest.mark.parametrize("text, surface, not_name", [
    # near misses: the bare name of a lake or river row is no lake or river
    ("Victoria said the convoy had left before dawn.", "Victoria", "Lake Victoria"),
    ("Chad sent two battalions to the border on Monday.", "Chad", "Lake Chad"),
    ("Officials in Ohrid said the road was open again.", "Ohrid", "Lake Ohrid"),
    ("Police in Tana said the shop had been closed.", "Tana", "Lake Tana"),
])
def test_the_bare_name_is_not_the_lake(gazetteer, text, surface, not_name):
    m = _found(text, gazetteer).get(surface)
    assert m is None or m["name"] != not_name, m


def test_a_bare_baikal_is_no_lake(gazetteer):
    found = _found("The Baikal engine failed its test on Thursday.", gazetteer)
    assert all(m["name"] != "Lake Baikal" for m in found.values()), found


# -- rows for what no installed source has

@pytest.mark.parametrize("text, surface, name, country", [
    ("Kosovo police reopened the Merdare crossing to lorries on Friday.", "Merdare crossing", "Merdare", "XK"),
    ("A convoy drove from Suez through the Ahmed Hamdi tunnel into Sinai.", "Ahmed Hamdi", "Ahmed Hamdi Tunnel", "EG"),
    ("Striking miners marched from Caracollo toward La Paz.", "Caracollo", "Caracollo", "BO"),
    ("Aid lorries waited in Tina in North Darfur for the rains to stop.", "Tina", "Tina", "SD"),
    ("Drones struck Marinovka air base in Volgograd Oblast overnight.", "Marinovka", "Marinovka air base", "RU"),
    ("Two frigates sailed from Haiphong into the Gulf of Tonkin.", "Gulf of Tonkin", "Gulf of Tonkin", None),
    ("Migrants waded across the Suchiate River from Guatemala into Mexico.", "Suchiate River", "Suchiate River", None),
    ("Albanian police boats patrolled the Buna River below Shkodër.", "Buna River", "Buna River", None),
    ("Drills were held on Lake Issyk-Kul near Cholpon-Ata.", "Lake Issyk-Kul", "Lake Issyk-Kul", "KG"),
    ("Tajik border guards fired on Kok-Tash in Batken region.", "Kok-Tash", "Kok-Tash", "KG"),
    ("Insurgents crossed the Rovuma near Negomano on Sunday.", "Negomano", "Negomano", "MZ"),
])
def test_rows_for_places_no_source_had(gazetteer, text, surface, name, country):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    m = found[surface]
    assert m["name"] == name and m.get("lat") is not None, m
    assert country is None or m["country"] == country, m


@pytest.mark.parametrize("text, surface, not_country", [
    # near misses: a given name, a Ukrainian village of the base's name, the province of the lake
    ("Tina Brown said the magazine would close in May.", "Tina", "SD"),
    ("Shelling was reported near Marinovka in Odesa oblast.", "Marinovka", "RU"),
])
def test_near_misses_of_the_new_rows(gazetteer, text, surface, not_country):
    m = _found(text, gazetteer).get(surface)
    assert m is None or m.get("country") != not_country, m


def test_a_bare_issyk_kul_stays_the_province_land(gazetteer):
    best = best_answer(gazetteer, "Issyk-Kul")
    assert best is not None and best["kind"] != "region" and best["country"] == "KG", best


def test_the_tunnel_and_crossing_answer_geocode(gazetteer):
    assert best_answer(gazetteer, "Ahmed Hamdi tunnel")["name"] == "Ahmed Hamdi Tunnel"
    assert best_answer(gazetteer, "Merdare")["country"] == "XK"
