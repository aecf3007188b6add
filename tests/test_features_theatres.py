"""Curated features of the theatres beyond Syria-Iraq (gazetteer/features.csv): crossings,
bridges, corridors, bases, camps, ports and straits that reports of movements name every day,
found by the names reports use, without taking a bare town name from the town. The reports
below were written for these tests."""

import csv
from pathlib import Path

import pytest

from geomove.mentions import places
from geomove.movements import extract

from placing import km
from sqlite_files import connected

FEATURES = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"


def best(gazetteer, name, **hints):
    found = gazetteer.candidates(name, limit=1, **hints)
    return found[0] if found else None


def row(ident):
    with open(FEATURES, encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f) if r["id"] == ident)


# a name as reports write it -> the curated row it must answer (with or without a kind word)
@pytest.mark.parametrize("name, ident", [
    ("Rafah crossing", "rafah-crossing"),
    ("Rafah border crossing", "rafah-crossing"),
    ("Kerem Shalom crossing", "kerem-shalom-crossing"),
    ("Karem Abu Salem crossing", "kerem-shalom-crossing"),
    ("Erez crossing", "erez-crossing"),
    ("Beit Hanoun crossing", "erez-crossing"),
    ("Philadelphi corridor", "philadelphi-corridor"),
    ("Netzarim Corridor", "netzarim-corridor"),
    ("Allenby Bridge", "allenby-bridge"),
    ("King Hussein Bridge", "allenby-bridge"),
    ("Masnaa crossing", "masnaa-crossing"),
    ("Kerch Bridge", "crimean-bridge"),
    ("Crimean Bridge", "crimean-bridge"),
    ("Крымский мост", "crimean-bridge"),
    ("Zaporizhzhia Nuclear Power Plant", "zaporizhzhia-npp"),
    ("ZNPP", "zaporizhzhia-npp"),
    ("Kakhovka dam", "kakhovka-dam"),
    ("Millerovo air base", "millerovo-airbase"),
    ("Belbek air base", "belbek-airbase"),
    ("Snake Island", "snake-island"),
    ("Chonhar bridge", "chonhar-bridge"),
    ("Kursk airport", "kursk-khalino"),
    ("Wadi Seidna", "wadi-seidna-airbase"),
    ("Wadi Seidna air base", "wadi-seidna-airbase"),
    ("Wadi Saeedna", "wadi-seidna-airbase"),
    ("Zamzam camp", "zamzam-camp"),
    ("Kalma camp", "kalma-camp"),
    ("Adre crossing", "adre-crossing"),
    ("Mbera camp", "mbera-camp"),
    ("Hodeidah port", "hodeidah-port"),
    ("Al Anad air base", "al-anad-airbase"),
    ("Camp Lemonnier", "camp-lemonnier"),
    ("Bunagana crossing", "bunagana-crossing"),
    ("Grande Barrière", "grande-barriere-crossing"),
    ("Upper Lars", "upper-lars-crossing"),
    ("Verkhny Lars", "upper-lars-crossing"),
    ("Roki Tunnel", "roki-tunnel"),
    ("Gyumri base", "gyumri-102nd-base"),
    ("Tinzaouaten", "tinzaouaten"),
    ("Tin Zaouatene", "tinzaouaten"),
    ("Tawila", "tawila"),
    ("Heglig oil field", "heglig-oilfield"),
    ("Heglig", "heglig"),
    ("Jebel Aulia dam", "jebel-aulia-dam"),
    ("Eilat port", "eilat-port"),
    ("Rubaya mines", "rubaya-mines"),
    ("In Khalil", "in-khalil"),
])
def test_reports_spelling_finds_the_feature(gazetteer, name, ident):
    top = best(gazetteer, name)
    assert top is not None and top["gazetteer_id"] == f"curated:{ident}", (name, top and top["gazetteer_id"])
    assert top["score"] >= 0.55  # above the calibrated "no place" bar: geocode answers it


@pytest.mark.parametrize("name, country, kinds", [
    ("Rafah", "PS", {"city", "town"}),
    ("Erez", "IL", {"village", "town"}),
    ("Beit Hanoun", "PS", {"city", "town"}),
    ("Millerovo", "RU", {"city", "town"}),
    ("Adre", "TD", {"city", "town"}),
    ("Chonhar", "UA", {"village", "town"}),
    ("Kerch", "UA", {"city"}),
    ("Zaporizhzhia", "UA", {"city"}),
    ("Hodeidah", "YE", {"city"}),
    ("Gyumri", "AM", {"city"}),
    ("Kursk", "RU", {"city"}),
    ("Mbera", "MR", {"city", "town"}),
    ("Eilat", "IL", {"city", "town"}),
])
def test_a_bare_town_name_still_means_the_town(gazetteer, name, country, kinds):
    top = best(gazetteer, name)
    assert top["country"] == country and top["kind"] in kinds, (name, top["name"], top["kind"])
    assert not top["gazetteer_id"].startswith("curated:"), top["gazetteer_id"]


def test_bunagana_is_the_border_town_not_a_namesake_abroad(gazetteer):
    top = best(gazetteer, "Bunagana")
    assert top["country"] == "UG" and top["kind"] == "town"
    crossing = best(gazetteer, "Bunagana crossing")
    assert crossing["kind"] == "crossing" and km((top["lat"], top["lon"]), (crossing["lat"], crossing["lon"])) < 3


def test_the_crossing_point_is_the_crossing_not_its_namesake_settlement(gazetteer):
    crossing = best(gazetteer, "Rafah crossing")
    town = best(gazetteer, "Rafah")
    # the crossing lies south of the town, a few km away; the two answers differ
    assert crossing["gazetteer_id"] != town["gazetteer_id"] and crossing["lat"] < town["lat"]
    assert 2 < km((crossing["lat"], crossing["lon"]), (town["lat"], town["lon"])) < 10
    # Kerem Shalom: the row's point is the goods terminal, and its note says it is not the kibbutz
    ks = row("kerem-shalom-crossing")
    assert "NOT the kibbutz" in ks["note"]
    assert km((float(ks["lat"]), float(ks["lon"])), (31.2277, 34.2846)) > 1


def test_a_kind_word_picks_the_facility_and_its_absence_the_town(gazetteer):
    assert best(gazetteer, "Adre crossing")["kind"] == "crossing"
    assert best(gazetteer, "Adre")["kind"] == "town"
    assert best(gazetteer, "Chonhar bridge")["kind"] == "crossing"
    assert best(gazetteer, "Chonhar")["kind"] == "village"
    # the dam has its own row; the town no longer answers for it
    assert best(gazetteer, "Kakhovka dam")["kind"] == "dam"
    assert best(gazetteer, "Nova Kakhovka")["kind"] == "town"


def test_a_row_without_a_cited_point_sits_at_its_anchor_as_near(gazetteer):
    kalma = best(gazetteer, "Kalma camp")
    assert kalma["precision"] == "near" and kalma["uncertainty_km"] >= 15
    nyala = best(gazetteer, "Nyala", country="SD")
    assert km((kalma["lat"], kalma["lon"]), (nyala["lat"], nyala["lon"])) < 5
    millerovo = best(gazetteer, "Millerovo air base")
    assert millerovo["kind"] == "base" and millerovo["precision"] == "near"


def test_every_curated_row_in_the_index_names_a_source_and_a_licence(gazetteer):
    """Rows without a cited point of their own show their anchor's point, and with it the
    anchor's source and licence (`gazetteer info` listed 28 rows under a null licence)."""
    with connected(gazetteer.path) as db:
        missing = db.execute("SELECT gazetteer_id FROM places WHERE gazetteer_id LIKE 'curated:%' "
                             "AND (licence IS NULL OR source = 'curated')").fetchall()
        kalma = db.execute("SELECT source, licence FROM places WHERE gazetteer_id = 'curated:kalma-camp'").fetchone()
    assert missing == []
    assert kalma[0].startswith("point of its anchor Nyala (geonames:") and "GeoNames" in kalma[1]


def test_a_country_hint_keeps_the_feature_in_its_country(gazetteer):
    assert best(gazetteer, "Upper Lars", country="RU")["gazetteer_id"] == "curated:upper-lars-crossing"
    assert best(gazetteer, "Rafah crossing", country="PS")["gazetteer_id"] == "curated:rafah-crossing"
    other = best(gazetteer, "Rafah crossing", country="JO")
    assert other is None or other["country"] == "JO"


# ---------------------------------------------------------------- in running text

def _via(feature):
    return [v.get("gazetteer_id") for v in feature["properties"]["via"]]


def test_a_convoy_through_the_rafah_crossing_has_the_crossing_on_its_route(gazetteer):
    text = ("On Sunday a convoy of 60 aid trucks left El Arish and entered Gaza through the "
            "Rafah crossing, heading to Khan Younis.")
    found = [m for m in places(text, gazetteer=gazetteer) if m["surface"].startswith("Rafah")]
    assert found and found[0]["gazetteer_id"] == "curated:rafah-crossing"
    assert found[0]["kind"] == "crossing"
    moves = extract(text, gazetteer=gazetteer, published="2025-03-10")
    assert moves and all("curated:rafah-crossing" in _via(f) for f in moves)
    for f in moves:
        p = f["properties"]
        assert p["origin"]["country"] == "EG" and p["destination"]["country"] == "PS"


def test_a_column_through_the_bunagana_crossing(gazetteer):
    text = ("A column of 20 armoured vehicles moved from Kisoro through the Bunagana border "
            "crossing to Rutshuru on Thursday.")
    (move,) = extract(text, gazetteer=gazetteer, published="2025-03-10")
    p = move["properties"]
    assert _via(move) == ["curated:bunagana-crossing"]
    assert p["origin"]["country"] == "UG" and p["destination"]["country"] == "CD"


def test_trucks_over_a_bridge_and_through_a_mountain_checkpoint(gazetteer):
    text = "Russian troops drove 40 trucks from Krasnodar across the Kerch Bridge to Simferopol on Tuesday."
    (move,) = extract(text, gazetteer=gazetteer, published="2025-03-10")
    assert _via(move) == ["curated:crimean-bridge"]
    text = ("Military police moved 15 vehicles from Vladikavkaz through the Upper Lars "
            "checkpoint to Tbilisi.")
    (move,) = extract(text, gazetteer=gazetteer, published="2025-03-10")
    assert _via(move) == ["curated:upper-lars-crossing"]
    assert move["properties"]["destination"]["country"] == "GE"


def test_a_town_named_in_a_report_is_not_taken_for_its_crossing(gazetteer):
    text = "Hundreds of families walked from Rafah to Khan Younis after the strikes."
    rafah = [m for m in places(text, gazetteer=gazetteer) if m["surface"] == "Rafah"]
    assert rafah and rafah[0]["kind"] in ("city", "town") and rafah[0]["country"] == "PS"
