"""book.near_border without shapely (issue 12): a process that asks a border question or two
answers from the country's polygons in plain Python, and leaves to shapely only the distances
within a hair of the bar. The answers must be shapely's, point for point."""

import random
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def layer():
    from geomove import borders
    try:
        borders.country_parts("TR")  # (writes the layer's cached copy when missing)
    except Exception as e:  # noqa: BLE001
        pytest.skip(f"no Natural Earth layer: {e}")
    if borders._cached_layer() is None:
        pytest.skip("no cached copy of the Natural Earth layer")
    return borders


def _shapely_answer(borders, lat, lon, iso2, km):
    import shapely
    point = shapely.Point(lon, lat)
    return any(part.distance(point) <= km / 111.0 for part in borders.country_parts(iso2))


# countries of one part and of many, with holes (Lesotho in South Africa, San Marino and the
# Vatican in Italy) and without, small and large
COUNTRIES = ["TR", "SY", "ZA", "IT", "GR", "NO", "CL", "UA", "LS", "SM", "ID", "SD"]


def test_plain_answers_are_shapelys(layer):
    from geomove.read.book import _near_border_plain, _plain_parts
    rng = random.Random(12)
    unsure = asked = 0
    for iso2 in COUNTRIES:
        parts = _plain_parts(iso2)
        assert parts, iso2
        (minx, miny, maxx, maxy), _ = max(parts, key=lambda p: (p[0][2] - p[0][0]) * (p[0][3] - p[0][1]))
        for _ in range(60):
            lat = rng.uniform(miny - 1.0, maxy + 1.0)
            lon = rng.uniform(minx - 1.0, maxx + 1.0)
            km = rng.choice([1.0, 25.0, 80.0])
            got = _near_border_plain(lat, lon, iso2, km)
            asked += 1
            if got is None:
                unsure += 1
                continue
            assert got == _shapely_answer(layer, lat, lon, iso2, km), (iso2, lat, lon, km)
    assert unsure <= asked // 100
    # inside a hole (the middle of Lesotho is South Africa's hole), deep inside, just outside
    for lat, lon, iso2, km in [(-29.6, 28.2, "ZA", 1.0), (-29.6, 28.2, "LS", 1.0), (-30.5, 23.0, "ZA", 1.0),
                               (39.0, 35.0, "TR", 1.0), (36.2306, 36.6926, "TR", 25.0), (43.94, 12.45, "IT", 1.0)]:
        got = _near_border_plain(lat, lon, iso2, km)
        assert got is not None and got == _shapely_answer(layer, lat, lon, iso2, km), (lat, lon, iso2)


def test_points_on_the_bar_are_left_to_shapely(layer):
    """A point whose distance is the bar itself, to the last digits, is not answered here."""
    import shapely
    from geomove.read.book import _near_border_plain
    part = max(layer.country_parts("TR"), key=lambda p: p.area)
    x, y = part.exterior.coords[100]
    km = 25.0
    point = shapely.Point(x + km / 111.0, y)
    d = part.distance(point)
    lon = x + km / 111.0 * (km / 111.0) / d  # (scaled so the distance is the bar, within rounding)
    if abs(part.distance(shapely.Point(lon, y)) - km / 111.0) < 1e-12:
        assert _near_border_plain(y, lon, "TR", km) is None


def test_near_border_in_a_fresh_process_needs_no_shapely(layer):
    code = ("import sys\n"
            "from geomove.read.book import _near_border\n"
            "print(_near_border({'lat': 36.2306, 'lon': 36.6926}, 'TR', 25.0),"
            " _near_border({'lat': 39.9, 'lon': 32.85}, 'SY', 25.0), 'shapely' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


def test_wkb_of_other_shapes_is_not_read():
    import struct
    from geomove.read.book import _wkb_polygons
    point = struct.pack("<BIdd", 1, 1, 1.0, 2.0)
    assert _wkb_polygons(point) is None
    square = struct.pack("<BII I10d", 1, 3, 1, 5, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0)
    assert _wkb_polygons(square) == [[(0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0)]]
    assert _wkb_polygons(square[:-8]) is None  # cut short
    big_endian = struct.pack(">BII I10d", 0, 3, 1, 5, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0)
    assert _wkb_polygons(big_endian) == _wkb_polygons(square)
    multi = struct.pack("<BII", 1, 6, 2) + square + big_endian
    assert len(_wkb_polygons(multi)) == 2
    z_square = struct.pack("<BII", 1, 1003, 1) + square[9:]
    assert _wkb_polygons(z_square) is None


def test_ring_distance_is_shapelys_boundary_distance(layer):
    import shapely
    from geomove.read.book import _plain_parts, _plain_ring_distance
    rng = random.Random(4)
    for iso2 in ("TR", "ZA", "GR"):
        for (minx, miny, maxx, maxy), rings in _plain_parts(iso2)[:3]:
            boundary = shapely.Polygon(list(zip(rings[0][0::2], rings[0][1::2])),
                                       [list(zip(r[0::2], r[1::2])) for r in rings[1:]]).boundary
            for _ in range(40):
                x, y = rng.uniform(minx - 0.5, maxx + 0.5), rng.uniform(miny - 0.5, maxy + 0.5)
                assert _plain_ring_distance(x, y, rings) == pytest.approx(boundary.distance(shapely.Point(x, y)),
                                                                          abs=1e-12)
