"""gaz26: towns of South Sudan, a Zaporizhzhia front village, a Polish garrison, a Balkan crossing,
Gulf and Spratly islands that reports name and the gazetteer lacked (or read as a namesake), each
found in a sentence written for these tests and answered by `geomove geocode`; the namesakes keep
their own place ('Kharg' the town on the island, 'Taiping' the Malaysian city, 'Leer' the German
town in a German text and the GeoNames town of Unity State in a South Sudanese one)."""

from pathlib import Path

import pytest
from placing import area_id, area_rows, best_answer, places_by_surface

from geomove.distance import haversine_km

AREAS = Path(__file__).resolve().parent.parent / "gazetteer" / "areas.csv"

# (sentence, surface, gazetteer id)
IN_TEXT = [
    ("Ugandan traders said the road from Nimule to Juba was closed again after an ambush.", "Nimule",
     "curated:nimule"),
    ("White Army fighters overran the garrison at Ulang on the Sobat river.", "Ulang", "curated:ulang"),
    ("Aid flights to Akobo were suspended as fighting spread along the Ethiopian border.", "Akobo",
     "curated:akobo"),
    ("Murle youths returned to Pibor with stolen cattle.", "Pibor", "curated:pibor"),
    ("Rebels attacked a checkpoint outside Kajo Keji near the Ugandan border.", "Kajo Keji", "curated:kajo-keji"),
    ("Ukrainian assault units pushed south from Robotyne towards Tokmak.", "Robotyne", "curated:robotyne"),
    ("American Abrams tanks arrived at Świętoszów for the rotation.", "Świętoszów", "curated:swietoszow"),
    ("Police stopped 40 migrants at Tabanovce on the border with Serbia.", "Tabanovce",
     "curated:tabanovce-crossing"),
    ("Iraqi jets struck the oil terminal on Kharg Island.", "Kharg Island", "curated:kharg-island"),
    ("Iran landed marines on Greater Tunb and Lesser Tunb in 1971.", "Greater Tunb", "curated:greater-tunb"),
    ("Iran landed marines on Greater Tunb and Lesser Tunb in 1971.", "Lesser Tunb", "curated:lesser-tunb"),
    ("A Taiwanese coast guard ship sailed from Kaohsiung to Itu Aba.", "Itu Aba", "curated:taiping-island"),
    ("Chinese J-11 fighters were seen on the runway at Subi Reef.", "Subi Reef", "curated:subi-reef"),
    ("Vietnam commemorated the sailors killed at Johnson South Reef in 1988.", "Johnson South Reef",
     "curated:johnson-south-reef"),
    # the second batch
    ("Tu-22M3 bombers took off from Olenya on the Kola Peninsula before the strike.", "Olenya",
     "curated:olenya-air-base"),
    ("A drone exploded over the runway at Shaykovka in Kaluga region.", "Shaykovka", "curated:shaykovka-air-base"),
    ("Jihadists overran the army camp at Mondoro near the border with Burkina Faso.", "Mondoro", "curated:mondoro"),
    ("Danish F-16s flew over Bornholm as the Russian landing ships passed.", "Bornholm", "curated:bornholm"),
    ("Ukrainian special forces landed on the Tendra Spit at night.", "Tendra Spit", area_id("Tendra Spit")),
    ("Two Chinese destroyers sailed east through the Osumi Strait.", "Osumi Strait", area_id("Ōsumi Strait")),
    ("Indian and Chinese troops pulled back from patrolling points in Depsang under the October deal.", "Depsang",
     area_id("Depsang Plains")),
    # the third batch
    ("The brigade's tanks were shipped from Camp Arifjan to the Iraqi border.", "Camp Arifjan", "curated:camp-arifjan"),
    ("Azerbaijani shells fell near Jermuk, a spa town far from the front.", "Jermuk", "curated:jermuk"),
    ("The convoy left Gossi for Hombori after the French handed over the base.", "Gossi", "curated:gossi"),
    ("British armoured vehicles arrived at the Tapa base in Estonia.", "Tapa", "curated:tapa-army-base"),
    ("British tanks moved from Tapa to the training area.", "Tapa", "geonames:588348"),  # the town, no kind word
    ("Islamic State fighters took Talataye after two days of fighting.", "Talataye", "curated:talataye"),
    ("A Danish frigate escorted the supply ship to Pituffik Space Base.", "Pituffik Space Base", "airport:BGTL"),
    ("Government troops shelled rebel positions outside Melut, near the Paloich oil field.", "Melut", "curated:melut"),
    ("Hundreds of families fled Magwi for the Ugandan border after the ambush.", "Magwi", "curated:magwi"),
    ("Ugandan helicopters flew from Nzara to the camps across the Congolese border.", "Nzara", "curated:nzara"),
    # needed no row: GeoNames 368246 (Raja of Western Bahr el Ghazal) is read in a South Sudanese sentence
    ("Troops moved from Wau to Raja near the border with the Central African Republic.", "Raja", "geonames:368246"),
    # needed no row: GeoNames 8329635 (the town, whose names include 'Oicha')
    ("ADF fighters attacked a hospital in Oicha north of Beni.", "Oicha", "geonames:8329635"),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Nimule", "curated:nimule"), ("Ulang", "curated:ulang"), ("Akobo", "curated:akobo"), ("Pibor", "curated:pibor"),
    ("Pibor Post", "curated:pibor"), ("Kajo Keji", "curated:kajo-keji"), ("Kajo-Keji", "curated:kajo-keji"),
    ("Robotyne", "curated:robotyne"), ("Rabotino", "curated:robotyne"), ("Świętoszów", "curated:swietoszow"),
    ("Swietoszow", "curated:swietoszow"), ("Tabanovce", "curated:tabanovce-crossing"),
    ("Kharg Island", "curated:kharg-island"), ("Greater Tunb", "curated:greater-tunb"),
    ("Lesser Tunb", "curated:lesser-tunb"), ("Itu Aba", "curated:taiping-island"),
    ("Taiping Island", "curated:taiping-island"), ("Subi Reef", "curated:subi-reef"),
    ("Zhubi Reef", "curated:subi-reef"), ("Johnson South Reef", "curated:johnson-south-reef"),
    ("Olenya", "curated:olenya-air-base"), ("Olenya air base", "curated:olenya-air-base"),
    ("Shaykovka", "curated:shaykovka-air-base"), ("Mondoro", "curated:mondoro"), ("Bornholm", "curated:bornholm"),
    ("Tendra Spit", area_id("Tendra Spit")), ("Ōsumi Strait", area_id("Ōsumi Strait")),
    ("Osumi Strait", area_id("Ōsumi Strait")), ("Depsang Plains", area_id("Depsang Plains")),
    ("Depsang", area_id("Depsang Plains")),
    ("Camp Arifjan", "curated:camp-arifjan"), ("Arifjan", "curated:camp-arifjan"), ("Jermuk", "curated:jermuk"),
    ("Djermouk", "curated:jermuk"), ("Gossi", "curated:gossi"), ("Tapa base", "curated:tapa-army-base"),
    ("Talataye", "curated:talataye"), ("Pituffik Space Base", "airport:BGTL"), ("Pituffik", "airport:BGTL"),
    ("Melut", "curated:melut"), ("Maluth", "curated:melut"), ("Magwi", "curated:magwi"), ("Nzara", "curated:nzara"),
])
def test_geocode_answers(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Kharg", "geonames:130216"),      # the town on Kharg Island
    ("Taiping", "geonames:1734586"),   # the Malaysian city, not Taiping Island
    ("Oullins", "geonames:2988998"),   # was read for 'Ulang' by a variant spelling
    ("Leer", "geonames:2879697"),      # the German town; no curated row (GeoNames has the South Sudanese one)
    ("Olenegorsk", "geonames:515698"), # the town across the lake from Olenya air base
    ("Rønne", "geonames:2614553"),     # Bornholm's largest town keeps its own point
    ("Daulat Beg Oldi", "curated:daulat-beg-oldi"),  # the base on the plain's edge keeps its row
    ("Çermik", "geonames:318766"),     # the Turkish town that was read for 'Jermuk'
    ("Ghosi", "geonames:1271259"),     # the Indian town that was read for 'Gossi'
    ("Tapa", "geonames:588348"),       # the Estonian town keeps the bare name, not the base beside it
    ("Thule Air Base", "airport:BGTL"),
    ("Magwe", "geonames:1312609"),     # Magway in Myanmar keeps this spelling; Magwi takes no such alias
])
def test_namesakes_keep_their_place(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


def test_leer_by_its_country(gazetteer):
    """The GeoNames Leer of Unity State needed no row: a text about South Sudan reads it, a German one
    the town in Lower Saxony."""
    south = places_by_surface("Thousands fled Leer in Unity State after soldiers burned the market.", gazetteer)
    north = places_by_surface("The ferry from Leer to Emden was cancelled because of the storm.", gazetteer)
    assert south["Leer"]["gazetteer_id"] == "geonames:371466"
    assert north["Leer"]["gazetteer_id"] == "geonames:2879697"


@pytest.mark.parametrize("name,far", [
    ("Tendra Spit", [(46.2, 32.01667)]),        # the Gulf of Tendra's point (en.wikipedia), behind the spit
    ("Ōsumi Strait", [(30.94228, 130.97075)]),  # ja.wikipedia's point between the Ōsumi Peninsula and Tanegashima
    ("Depsang Plains", [(35.39, 77.925)]),      # Daulat Beg Oldi, on the plain's north-west edge
])
def test_area_radius_covers_its_ends(name, far):
    row = area_rows()[name]
    lat, lon, radius = float(row["lat"]), float(row["lon"]), float(row["uncertainty_km"])
    for p in far:
        assert haversine_km(lat, lon, *p) <= radius, (name, p)
