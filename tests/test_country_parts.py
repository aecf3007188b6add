"""borders.country_parts reads one country's outline, and it is the same outline the whole layer gives."""

import pytest

from geomove import borders
from geomove.errors import NO_BORDERS

try:
    borders.natural_earth_zip()
except NO_BORDERS + (borders.AssetError,):
    pytest.skip("Natural Earth countries not installed", allow_module_level=True)


@pytest.mark.parametrize("iso2", ["FR", "NO", "SY", "US", "UA", "", "ZZ"])
def test_one_country_is_the_whole_layers_rows(iso2):
    codes, _names, parts, _bounds = borders._countries()
    whole = [p for code, country in zip(codes, parts) if code == iso2 for p in country]
    one = borders.country_parts.__wrapped__(iso2)
    assert len(one) == len(whole)
    assert all(a.equals_exact(b, 0) for a, b in zip(one, whole))


def test_unknown_code_has_no_parts():
    assert borders.country_parts.__wrapped__("ZZ") == ()


def test_near_border_uses_that_country_only():
    from geomove.read.book import _near_border
    # a point just inside Syria's north border, one far inside Ukraine's neighbour Poland
    assert _near_border({"lat": 36.8, "lon": 38.0}, "TR", 25.0)
    assert not _near_border({"lat": 52.2, "lon": 21.0}, "UA", 25.0)


def test_without_the_cached_copy_the_whole_layer_answers(monkeypatch):
    monkeypatch.setattr(borders, "_cached_layer", lambda: None)
    fallback = borders.country_parts.__wrapped__("SY")
    monkeypatch.undo()
    direct = borders.country_parts.__wrapped__("SY")
    assert len(fallback) == len(direct) > 0
    assert all(a.equals_exact(b, 0) for a, b in zip(fallback, direct))


def test_a_copy_cut_short_or_damaged_is_not_read_and_each_reader_falls_back(monkeypatch, tmp_path):
    """borders.cached_country_rows serves country_parts and read.book's plain reader alike: a copy
    that is not whole gives no rows, a damaged one raises; country_parts then reads the whole
    layer and the plain reader gives the question to shapely (None)."""
    from geomove.read.book import _plain_parts

    real = borders._cached_layer()
    if real is None:
        pytest.skip("no cached copy of the Natural Earth layer")
    direct = borders.country_parts.__wrapped__("SY")
    assert borders.cached_country_rows("SY") and _plain_parts.__wrapped__("SY")
    cut = tmp_path / "cut.wkb"
    cut.write_bytes(real.read_bytes()[:-1000])
    damaged = tmp_path / "damaged.wkb"
    damaged.write_bytes((16).to_bytes(8, "little") + b"{not a head at all")
    for copy in (cut, damaged):
        monkeypatch.setattr(borders, "_cached_layer", lambda copy=copy: copy)
        if copy is cut:
            assert borders.cached_country_rows("SY") is None
        else:
            with pytest.raises(ValueError):
                borders.cached_country_rows("SY")
        assert _plain_parts.__wrapped__("SY") is None
        fallback = borders.country_parts.__wrapped__("SY")
        assert len(fallback) == len(direct) > 0
        assert all(a.equals_exact(b, 0) for a, b in zip(fallback, direct))
