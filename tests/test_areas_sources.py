"""Every row of gazetteer/areas.csv names its source and licence, and the rows whose point is computed
from packaged data (geomove/gazetteer/area_sources.py) still match that computation."""

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


def test_every_row_has_a_source_and_a_licence_or_says_why_it_has_none():
    for r in rows():
        assert r["source"].strip(), r["name"]
        if r["source"].startswith(UNSOURCED):
            # an unsourced row keeps no licence and its note says why no point could be cited
            assert not r["licence"].strip(), r["name"]
            assert r["note"].startswith("no citable point"), r["name"]
            assert len(r["note"]) > 60, r["name"]
        else:
            assert r["licence"].strip(), r["name"]


def test_an_unsourced_note_names_what_was_tried():
    notes = [r["note"] for r in rows() if r["source"].startswith(UNSOURCED)]
    for note in notes:
        assert "Wikipedia article" in note and "conventional centre" in note, note


@pytest.fixture(scope="module")
def computed():
    try:
        return area_sources.computed_points()
    except area_sources.NotComputable as err:  # a package that ships the data is missing
        pytest.skip(str(err))


def test_the_computed_rows_are_the_computation(computed):
    table = by_name()
    assert set(computed) == {"Donbas", "Darfur", "Sinai", "Kurdistan Region"}
    for name, p in computed.items():
        row = table[name]
        assert area_sources.km((p.lat, p.lon), (float(row["lat"]), float(row["lon"]))) < TOLERANCE_KM, name
        assert float(row["uncertainty_km"]) == p.radius_km, name
        assert row["licence"] == p.licence, name
        assert row["source"].startswith(("computed by geomove/gazetteer/area_sources.py",
                                         "Countries States Cities Database")), name


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
