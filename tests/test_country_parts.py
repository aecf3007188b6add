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
