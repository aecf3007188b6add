"""Seas, gulfs and a strait that reports name and the index lacks (gazetteer/areas.csv rows of
issue areas46: the Tasman, Coral, Timor, Java, Bering, Kara, Ligurian, Levantine, Irish, Labrador,
Banda and Arafura Seas, the Gulfs of Mexico, Thailand, Suez and Bothnia, the Bay of Biscay and the Balabac
Strait), read as the destination or a via stop of a movement; the country, island, town or
province whose name the sea shares keeps its own place. The sentences are written for these tests."""

import pytest

from geomove.mentions import places
from geomove.movements import extract

PUBLISHED = "2026-03-10"


def _moves(text, gazetteer):
    out = []
    for f in extract(text, gazetteer=gazetteer, published=PUBLISHED):
        p = f["properties"]
        out.append(((p.get("origin") or {}).get("name"), (p.get("destination") or {}).get("name"),
                    [v.get("name") for v in (p.get("via") or [])]))
    return out


@pytest.mark.parametrize("text, move", [
    ("A Chinese task group sailed through the Tasman Sea towards Sydney on Friday.",
     (None, "Sydney", ["Tasman Sea"])),
    ("A British destroyer sailed from Plymouth through the Bay of Biscay to Gibraltar on Monday.",
     ("Plymouth", "Gibraltar", ["Bay of Biscay"])),
    ("An Indonesian corvette sailed from Surabaya through the Java Sea to Jakarta on Sunday.",
     ("Surabaya", "Jakarta", ["Java Sea"])),
    ("A ferry with soldiers crossed the Irish Sea from Holyhead to Dublin on Friday.",  # (a ferry alone moves no force, read128)
     ("Holyhead", "Dublin", ["Irish Sea"])),
    ("An Egyptian flotilla sailed from Suez through the Gulf of Suez to Hurghada on Monday.",
     ("Suez", "Hurghada", ["Gulf of Suez"])),
    ("A Chinese survey ship passed through the Balabac Strait into the Sulu Sea on Saturday.",
     (None, "Sulu Sea", ["Balabac Strait"])),
])
def test_a_new_sea_is_a_via_stop(gazetteer, text, move):
    assert _moves(text, gazetteer) == [move]


@pytest.mark.parametrize("text, move", [
    ("The US carrier group moved from Norfolk to the Gulf of Mexico on Wednesday.",
     ("Norfolk", "Gulf of Mexico", [])),
    ("Australian patrol boats moved from Darwin into the Timor Sea on Thursday.",
     ("Darwin", "Timor Sea", [])),
    ("The Thai navy sent two frigates from Sattahip into the Gulf of Thailand on Monday.",
     ("Sattahip", "Gulf of Thailand", [])),
    ("Israeli gunboats deployed from Haifa into the Levantine Sea on Monday.",
     ("Haifa", "Levantine Sea", [])),
    ("Italian minesweepers left La Spezia for the Ligurian Sea on Tuesday.",
     ("La Spezia", "Ligurian Sea", [])),
    ("Swedish corvettes sailed from Karlskrona into the Gulf of Bothnia on Monday.",
     ("Karlskrona", "Gulf of Bothnia", [])),
])
def test_a_new_sea_is_a_destination(gazetteer, text, move):
    assert _moves(text, gazetteer) == [move]


@pytest.mark.parametrize("surface, name", [
    ("Coral Sea", "Coral Sea"), ("Bering Sea", "Bering Sea"), ("Kara Sea", "Kara Sea"),
    ("Labrador Sea", "Labrador Sea"), ("Banda Sea", "Banda Sea"), ("Arafura Sea", "Arafura Sea"),
    ("Gulf of Siam", "Gulf of Thailand"), ("Gulf of America", "Gulf of Mexico"),
])
def test_the_sea_is_found_by_its_name_or_alias(gazetteer, surface, name):
    found = {m["surface"]: m for m in places(f"The warship sailed through the {surface} on Monday.",
                                              gazetteer=gazetteer)}
    m = found[surface]
    assert m["name"] == name and m["gazetteer_id"].startswith("geomove-area:"), m


@pytest.mark.parametrize("text, move", [
    ("Troops from Mexico moved to Texas on Monday.", ("Mexico", "Texas", [])),
    ("Peacekeepers flew from Timor-Leste to Darwin on Monday.", ("Timor Leste", "Darwin", [])),
    ("Soldiers moved from Java to Sumatra on Friday.", ("Java", "Sumatra", [])),
])
def test_the_country_or_island_of_a_shared_word_keeps_its_place(gazetteer, text, move):
    assert _moves(text, gazetteer) == [move]


@pytest.mark.parametrize("text, surface, name, kind", [
    ("Troops returned to Thailand on Friday.", "Thailand", "Thailand", "country"),
    ("Fighting near Biscay was reported.", "Biscay", "Bizkaia", "admin2"),
    ("The convoy reached Suez at dawn.", "Suez", "Suez", "city"),
    ("Fishermen from Balabac were detained.", "Balabac", "Balabac", "town"),
    ("A ferry left Banda Aceh for Sabang.", "Banda Aceh", "Banda Aceh", "city"),
    ("Police in Labrador City said the road was closed.", "Labrador City", "Labrador City", "town"),
    ("Farmers in Ostrobothnia protested on Monday.", "Ostrobothnia", "Pohjanmaa", "admin1"),
])
def test_a_town_or_province_of_a_shared_word_keeps_its_place(gazetteer, text, surface, name, kind):
    m = {p["surface"]: p for p in places(text, gazetteer=gazetteer)}[surface]
    assert (m["name"], m["kind"]) == (name, kind), m
    assert not m["gazetteer_id"].startswith("geomove-area:")
