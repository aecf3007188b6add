"""read.border_strip: an end told as a nation's own border with a neighbour ("its border with X",
"the frontier with X", "the line of contact with X") lies on the stretch the two share, not at
the nation's centre (session 36, read99)."""

import pytest

from geomove.movements import extract
from placing import km


def _within_of_outline(borders, iso2, lat, lon, km):
    import shapely
    point = shapely.Point(lon, lat)
    return any(part.boundary.distance(point) <= km / 111.0 for part in borders.country_parts(iso2))


@pytest.mark.parametrize("text, home, other", [
    ("Poland is sending 2,000 more soldiers to its border with Belarus.", "PL", "BY"),
    ("Kenyan police were sent to the frontier with Somalia on Monday.", "KE", "SO"),
    ("Azerbaijan moved two battalions to the line of contact with Armenia on Tuesday.", "AZ", "AM"),
    ("Estonia sent 300 conscripts to its frontier with Russia on Friday.", "EE", "RU"),
])
def test_own_border_end_lies_on_the_shared_stretch(outlines, gazetteer, text, home, other):
    (feature,) = extract(text, published="2026-03-04", gazetteer=gazetteer)
    end = feature["properties"]["destination"]
    assert end["country"] == home and end["relation"] == {"type": "border", "with": other}
    centre = end["anchor"]["lat"], end["anchor"]["lon"]
    # on both outlines (within a few km), and nearer the border than the nation's centre is
    assert _within_of_outline(outlines, home, end["lat"], end["lon"], 5)
    assert _within_of_outline(outlines, other, end["lat"], end["lon"], 5)
    assert km((end["lat"], end["lon"]), centre) > 20
    assert end["uncertainty_km"] <= end["anchor"]["uncertainty_km"]


def test_no_shared_stretch_keeps_the_centre(outlines):
    from geomove.read.border_strip import border_middle, on_own_side
    assert border_middle("PL", "PT") is None  # (no common border)
    place = {"lat": 1.0, "lon": 2.0, "uncertainty_km": 300.0}
    assert on_own_side(place, "PL", "PT") == place
    assert on_own_side(place, "PL", None) == place


def test_the_middle_is_the_homes_side_of_the_pair(outlines):
    from geomove.read.border_strip import border_middle
    lat, lon, reach = border_middle("IL", "LB")
    assert _within_of_outline(outlines, "IL", lat, lon, 3) and 50.0 <= reach < 150.0
