"""Places the coordinator's probe reports of session 19 needed (sentences our own): Bioko, an
island of Equatorial Guinea the index had no row for ('Bioko: no place'), so "sailed from Lagos
to the island of Bioko" had no end."""

from geomove.movements import extract


def test_bioko_is_the_island_of_equatorial_guinea(gazetteer):
    place = gazetteer.resolve("Bioko")
    assert place is not None and place["gazetteer_id"] == "curated:bioko" and place["country"] == "GQ"
    assert gazetteer.resolve("Fernando Po")["gazetteer_id"] == "curated:bioko"


def test_a_patrol_boat_sailing_to_bioko_has_its_end(gazetteer):
    text = "Two Nigerian patrol boats sailed from Lagos to the island of Bioko on Monday for joint drills."
    [f] = extract(text, published="2026-11-28", gazetteer=gazetteer)
    p = f["properties"]
    assert p["origin"]["name"] == "Lagos" and p["destination"]["gazetteer_id"] == "curated:bioko"
