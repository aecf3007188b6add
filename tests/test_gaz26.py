"""gaz26: towns of South Sudan, a Zaporizhzhia front village, a Polish garrison, a Balkan crossing,
Gulf and Spratly islands that reports name and the gazetteer lacked (or read as a namesake), each
found in a sentence written for these tests and answered by `geomove geocode`; the namesakes keep
their own place ('Kharg' the town on the island, 'Taiping' the Malaysian city, 'Leer' the German
town in a German text and the GeoNames town of Unity State in a South Sudanese one)."""

import pytest
from placing import best_answer, cited_point, feature_rows, places_by_surface

from geomove.distance import haversine_km

GAZ26_ROWS = ["nimule", "ulang", "akobo", "pibor", "kajo-keji", "robotyne", "swietoszow", "tabanovce-crossing",
              "kharg-island", "greater-tunb", "lesser-tunb", "taiping-island", "subi-reef", "johnson-south-reef"]

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
])
def test_geocode_answers(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Kharg", "geonames:130216"),      # the town on Kharg Island
    ("Taiping", "geonames:1734586"),   # the Malaysian city, not Taiping Island
    ("Oullins", "geonames:2988998"),   # was read for 'Ulang' by a variant spelling
    ("Leer", "geonames:2879697"),      # the German town; no curated row (GeoNames has the South Sudanese one)
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


@pytest.mark.parametrize("row_id", GAZ26_ROWS)
def test_row_is_its_cited_point(row_id):
    row = feature_rows()[row_id]
    lat, lon = cited_point(row["source"])
    assert haversine_km(lat, lon, float(row["lat"]), float(row["lon"])) < 0.1
