"""Session 47 (gaz83): places read wrong that session 46 left, in sentences written for these tests.

- An admin2 kind word after a name ("territory", "district", "county") fits an admin1 of the
  name only for want of an admin2 (gazetteer.kinds.family_met): "Beni territory" is the
  Congolese territory, not Bolivia's department El Beni, which bears the name only by another
  form; an admin1 whose own name is the name ("Texas county", "Yala district") and one in a
  country whose first-level units the word names (kinds.FIRST_LEVEL_WORDS: Portugal's districts,
  Kenya's counties) still agree.
- A small province whose own name, its háček written out, is also a village's ("Tavush",
  "Shirak") is the province where another name of the text is a town inside it ("from Tavush
  to Ijevan"): the village is no seat the province is named after
  (mentions.context._village_seat_named_so, _holds_a_town_of_the_text).
- A name clear alone by its fame (Brazil's state Paraná) that ranking in context puts second,
  even by a small margin (the Argentine city, beside "Argentine police"), no longer lends its
  point to the text's other names (mentions.context._more_context, _withdraw_context):
  "Hernandarias" beside it is then Villa Hernandarias, Argentina, not the Paraguayan town.
"""

import pytest

from geomove.gazetteer.kinds import family_met
from geomove.mentions import find_mentions


def _read(gazetteer, text):
    return {text[m["start"]:m["end"]]: (m.get("country"), m.get("kind"))
            for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] == "place" and m.get("lat") is not None}


# -- an admin2 kind word and an admin1 of the name abroad

def test_family_met_narrows_only_where_an_admin2_is_found():
    # (kind, country, bears the name asked as its own)
    assert family_met("admin2", "territory", [("admin2", "CD", False), ("admin1", "BO", False)]) == {"admin2"}
    assert family_met("admin2", "territory", [("admin1", "BO", False), ("city", "CD", False)]) is None  # no admin2
    assert family_met("admin2", "county", [("admin2", "US", False), ("admin1", "US", True)]) is None  # its own name
    assert family_met("admin2", "district", [("admin2", "BR", False), ("admin1", "PT", False)]) is None  # Portugal's
    assert family_met("admin2", "district", [("admin2", "UG", False), ("admin1", "KE", False)]) == {"admin2"}
    assert family_met("admin2", None, [("admin2", "UG", False), ("admin1", "KE", False)]) is None  # (any such country)
    assert family_met("admin1", "province", [("admin1", "AM", True), ("admin2", "AM", False)]) is None


@pytest.mark.parametrize("text, name, want", [
    ("ADF columns were reported moving into Beni territory at dawn.", "Beni", ("CD", "admin2")),
    ("Militiamen withdrew deep into Beni territory, officials said.", "Beni", ("CD", "admin2")),
])
def test_an_admin2_word_prefers_the_admin2(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name] == want


@pytest.mark.parametrize("text, name, want", [
    # near misses: Portugal's districts and Kenya's counties are their first-level units
    ("Police patrols reached Faro district on Monday.", "Faro", ("PT", "admin1")),
    ("Kenyan police reinforced Busia county after the clashes.", "Busia", ("KE", "admin1")),
    # ... and a province whose own name is the name: "a Thai district of Yala" as much as Nigeria's
    ("Rangers moved into Yala district overnight.", "Yala", ("TH", "admin1")),
])
def test_first_level_districts_and_bare_names_stay(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name] == want


def test_geocode_of_a_territory_is_the_territory(gazetteer):
    best = gazetteer.candidates("Beni territory")[0]
    assert (best["country"], best["kind"]) == ("CD", "admin2")


# -- a province named like a village inside it, with another of its towns in the text

@pytest.mark.parametrize("text, name", [
    ("Armenian units pulled back from Tavush towards Ijevan overnight.", "Tavush"),
    ("Border guards moved from Shirak to Gyumri.", "Shirak"),
])
def test_a_province_with_a_town_of_the_text_is_the_province(gazetteer, text, name):
    assert _read(gazetteer, text)[name] == ("AM", "admin1")


@pytest.mark.parametrize("text, name, kind", [
    # near misses: a town better known than its province; a district with the name only as
    # another of its names ('Raški okrug'), its seat the village the text names
    ("Azerbaijani police drove from Lachin to Shusha.", "Shusha", "town"),
    ("Police units moved from Novi Pazar to Raska.", "Raska", "village"),
    ("Police units moved from Kochani to Shtip.", "Shtip", "town"),
])
def test_towns_named_like_their_province_stay(gazetteer, text, name, kind):
    assert _read(gazetteer, text)[name][1] == kind


# -- a famous reading overturned without a clear margin lends no point

def test_an_overturned_fame_reading_lends_no_point(gazetteer):
    read = _read(gazetteer, "Argentine gendarmes travelled from Parana to Hernandarias on Friday.")
    assert read["Parana"] == ("AR", "city")
    assert read["Hernandarias"][0] == "AR"


@pytest.mark.parametrize("text, name, country", [
    # near misses: a name clear by fame and kept stays context ("Cordoba" the Argentine city)
    ("Argentine gendarmes drove from Cordoba to Villa Maria.", "Villa Maria", "AR"),
    ("Canadian police drove from London to Woodstock.", "Woodstock", "CA"),
])
def test_kept_context_still_backs_its_neighbours(gazetteer, text, name, country):
    assert _read(gazetteer, text)[name][0] == country


# -- cited rows: Ukhia and Ghumdhum (bn.wikipedia infobox points)

@pytest.mark.parametrize("ident", ["ukhia", "ghumdhum"])
def test_each_row_is_the_point_its_article_gives(ident):
    import csv
    from pathlib import Path

    from placing import cited_point

    from geomove.distance import haversine_km
    path = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"
    row = {r["id"]: r for r in csv.DictReader(path.open(encoding="utf-8"))}[ident]
    lat, lon = cited_point(row["source"])
    assert haversine_km(float(row["lat"]), float(row["lon"]), lat, lon) < 0.5
    assert row["country"] == "BD" and row["licence"] == "CC BY-SA 4.0"


def test_the_border_union_and_the_upazila_are_read(gazetteer):
    read = _read(gazetteer, "Rohingya families walked from Ghumdhum to Ukhia after the shelling.")
    assert read["Ghumdhum"][0] == "BD" and read["Ukhia"][0] == "BD"
