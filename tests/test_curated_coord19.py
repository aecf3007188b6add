"""Places the coordinator's probe reports of session 19 needed (sentences our own): Bioko, an
island of Equatorial Guinea the index had no row for ('Bioko: no place'), so "sailed from Lagos
to the island of Bioko" had no end; and a far-namesake guard that dropped Toulon from a naval
report."""

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


def test_one_place_in_a_country_makes_no_country_of_the_text(gazetteer):
    """The far-namesake guard drops a lesser town far from every other place of a text that is
    mostly about one country; with a single place in a country (a canal or a sea lies in none)
    there is no such country: "left Toulon for Djibouti ... by way of the Suez Canal" dropped
    Toulon (a French port with namesakes elsewhere, 4,900 km from Djibouti)."""
    from geomove.mentions import find_mentions
    text = "Two frigates left Toulon for Djibouti on Tuesday, sailing by way of the Suez Canal."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"}
    assert found["Toulon"]["country"] == "FR"
    assert {"Djibouti", "Suez Canal"} <= set(found)
