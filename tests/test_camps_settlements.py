"""Camps and informal settlements that reports name as places (gazetteer/features.csv): the
displacement camps of Darfur and Dadaab, the Rohingya and Syrian refugee camps, Nairobi's
informal settlements. GeoNames has no row for most of them, so a bare name used to answer a
namesake on another continent ("Kibera" was a village in Indonesia). Each row cites its point
or, with none found, the town it is anchored to. The sentences below were written for these
tests."""

import csv
from pathlib import Path

import pytest

from geomove.mentions import find_mentions
from placing import km

FEATURES = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"


def row(ident):
    with open(FEATURES, encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f) if r["id"] == ident)


@pytest.mark.parametrize("name, ident", [
    ("Kibera", "kibera"),
    ("Kibera slum", "kibera"),
    ("Mukuru", "mukuru-kwa-njenga"),
    ("Mukuru kwa Njenga", "mukuru-kwa-njenga"),
    ("Mathare", "mathare"),
    ("Abu Shouk", "abu-shouk-camp"),
    ("Abu Shok camp", "abu-shouk-camp"),
    ("Hagadera", "hagadera-camp"),
    ("Dagahaley camp", "dagahaley-camp"),
    ("Zaatari", "zaatari-camp"),
    ("Za'atari camp", "zaatari-camp"),
    ("Kutupalong", "kutupalong-camp"),
    ("Bidi Bidi", "bidibidi-settlement"),
    ("Ein el-Hilweh", "ain-al-hilweh-camp"),
    ("Ain al-Hilweh", "ain-al-hilweh-camp"),
    ("Roj camp", "roj-camp"),
    ("Shatila", "shatila-camp"),
    ("Chatila", "shatila-camp"),
    ("Bourj el-Barajneh", "burj-barajneh-camp"),
    ("Nahr el-Bared", "nahr-al-bared-camp"),
    ("Maghazi", "maghazi-camp"),
    ("al-Shati", "al-shati-camp"),
    ("Nyarugusu", "nyarugusu-camp"),
    ("Mugunga", "mugunga-camp"),
])
def test_the_name_reports_use_answers_the_camp_or_settlement(gazetteer, name, ident):
    top = gazetteer.candidates(name, limit=1)[0]
    assert top["gazetteer_id"] == f"curated:{ident}", (name, top["name"], top["country"])
    assert top["score"] >= 0.55  # above the "no place" bar: geocode answers it


def test_a_bare_kibera_is_no_longer_a_village_in_indonesia(gazetteer):
    top = gazetteer.candidates("Kibera", limit=1)[0]
    assert top["country"] == "KE"
    assert km((top["lat"], top["lon"]), (-1.2864, 36.8172)) < 10  # within reach of central Nairobi


@pytest.mark.parametrize("text, surface, country, near, within_km", [
    ("Nurses from the clinic in Kibera walked door to door after the floods.",
     "Kibera", "KE", (-1.2864, 36.8172), 10),
    ("The water tanks in Mukuru ran dry, and families crossed to Mathare for supplies.",
     "Mukuru", "KE", (-1.2864, 36.8172), 15),
    ("Shells landed in Abu Shok overnight, residents of El Fasher said.",
     "Abu Shok", "SD", (13.6279, 25.3494), 15),
    ("Aid trucks reached Hagadera after the rains cut the road from Garissa.",
     "Hagadera", "KE", (0.0524, 40.3086), 25),
    ("A fire swept through Kutupalong, leaving thousands without shelter.",
     "Kutupalong", "BD", (21.2126, 92.1634), 10),
    ("Two buses carried the women from al-Hol to Roj camp on Tuesday.",
     "Roj", "SY", (37.177, 42.140), 25),
    ("Strikes hit Maghazi and Nuseirat overnight, medics in Deir al-Balah said.",
     "Maghazi", "PS", (31.4214, 34.3854), 5),
    ("Families from Shatila queued for bread in the rain.",
     "Shatila", "LB", (33.8629, 35.4984), 5),
])
def test_a_camp_named_in_a_sentence_is_read_at_its_place(gazetteer, text, surface, country, near, within_km):
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert surface in found, sorted(found)
    m = found[surface]
    assert m["country"] == country and km((m["lat"], m["lon"]), near) < within_km, m


def test_a_bare_shatila_or_maghazi_is_no_longer_a_village_in_europe(gazetteer):
    for name, country in (("Shatila", "LB"), ("Maghazi", "PS"), ("Roj camp", "SY")):
        assert gazetteer.candidates(name, limit=1)[0]["country"] == country, name


@pytest.mark.parametrize("ident", ["abu-shouk-camp", "mathare", "hagadera-camp", "dagahaley-camp", "roj-camp",
                                   "mugunga-camp"])
def test_a_row_without_a_cited_point_says_so_and_names_its_anchor(ident):
    r = row(ident)
    assert not r["lat"] and not r["lon"]
    assert r["note"].startswith("no cited point. anchor:")


@pytest.mark.parametrize("ident", ["kibera", "mukuru-kwa-njenga", "zaatari-camp", "kutupalong-camp",
                                   "bidibidi-settlement", "ain-al-hilweh-camp", "shatila-camp",
                                   "burj-barajneh-camp", "nahr-al-bared-camp", "maghazi-camp", "al-shati-camp",
                                   "nyarugusu-camp"])
def test_a_row_with_a_point_cites_the_wikipedia_article_itself(ident):
    r = row(ident)
    assert ".wikipedia.org/wiki/" in r["source"] and r["licence"] == "CC BY-SA 4.0"
