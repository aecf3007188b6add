"""Namesakes against the text's country (issue 11, places14). The sentences are made up for
the test; the places and their coordinates are real."""

import pytest

from geomove.mentions import _Finder, places
from geomove.mentions.guards import DOMINANT_SHARE, FarReadingGuards, _NamedPlaces


def _one(found, surface):
    hit = [m for m in found if m["surface"] == surface]
    assert hit, (surface, [m["surface"] for m in found])
    return hit[0]


# 1. The swap for a far namesake uses the same dominant-country test as the guard that drops it:
#    a text mostly about England that also names Paris swaps a far "Norfolk" (the US city) for
#    the English county rather than leaving no place.
def _mention(surface, *cands):
    return {"surface": surface, "role": "place",
            "cands": [dict(name=n, country=cc, lat=la, lon=lo, kind=k) for n, cc, la, lo, k in cands]}


_ENGLAND = [_mention("Norwich", ("Norwich", "GB", 52.628, 1.298, "city")),
            _mention("Ipswich", ("Ipswich", "GB", 52.059, 1.155, "city")),
            _mention("Cambridge", ("Cambridge", "GB", 52.2, 0.117, "city"))]
_FAR = ("Norfolk", "US", 36.847, -76.285, "city")
_NEAR = ("Norfolk", "GB", 52.667, 1.0, "admin2")


def test_the_swap_takes_the_namesake_in_the_dominant_country():
    m = _mention("Norfolk", _FAR, _NEAR)
    paris = _mention("Paris", ("Paris", "FR", 48.853, 2.349, "city"))
    named = _NamedPlaces.of(_ENGLAND + [paris, m])
    assert named.dominant_country(m) == ("GB", 0.75)
    near = FarReadingGuards._namesake_among(m, m["cands"], named)
    assert near is not None and near["country"] == "GB"


def test_a_text_over_several_countries_swaps_nothing():
    m = _mention("Norfolk", _FAR, _NEAR)
    abroad = [_mention("Paris", ("Paris", "FR", 48.853, 2.349, "city")),
              _mention("Lyon", ("Lyon", "FR", 45.748, 4.847, "city")),
              _mention("Brussels", ("Brussels", "BE", 50.85, 4.349, "city"))]
    named = _NamedPlaces.of(_ENGLAND[:2] + abroad + [m])
    assert named.dominant_country(m)[1] <= DOMINANT_SHARE
    assert FarReadingGuards._namesake_among(m, m["cands"], named) is None


def test_a_tie_names_no_dominant_country():
    m = _mention("Norfolk", _FAR, _NEAR)
    lyon = _mention("Lyon", ("Lyon", "FR", 45.748, 4.847, "city"))
    named = _NamedPlaces.of(_ENGLAND[:1] + [lyon, m])
    assert named.dominant_country(m) == (None, 0.5)
    assert FarReadingGuards._namesake_among(m, m["cands"], named) is None


def test_the_one_country_swap_is_unchanged():
    m = _mention("Norfolk", _FAR, _NEAR)
    named = _NamedPlaces.of(_ENGLAND + [m])
    assert FarReadingGuards._namesake_among(m, m["cands"], named)["country"] == "GB"


# 2. A kind word prefers a reading of its kind only among the readings the text's countries do
#    not rule out: "the village of Ranya" in a text that names Iraq is the Iraqi town, not the
#    Saudi village; without Iraq named the kind word still decides.
@pytest.mark.parametrize("text", [
    "Health officials in Iraq said a boy from the village of Ranya had died; samples went to laboratories "
    "in Egypt and Britain.",
    "A shepherd from the village of Ranya fell ill in Iraq last week.",
])
def test_a_kind_word_does_not_beat_the_country_the_text_names(gazetteer, text):
    assert _one(places(text, gazetteer=gazetteer), "Ranya")["country"] == "IQ"


def test_the_kind_word_still_decides_where_the_text_names_its_country(gazetteer):
    found = places("A shepherd from the village of Ranya fell ill in Saudi Arabia last week.", gazetteer=gazetteer)
    assert _one(found, "Ranya")["country"] == "SA"


def test_a_kind_word_with_the_reading_of_its_kind_in_a_named_country_is_unchanged(gazetteer):
    # both countries named: the kind word decides as before
    found = places("A shepherd from the village of Ranya fell ill; Iraq and Saudi Arabia sent doctors.",
                   gazetteer=gazetteer)
    assert _one(found, "Ranya")["country"] == "SA"


# 3. A reading that says which province it lies in fits another province only when nothing in
#    the named one does: Kansas City, Missouri lies near Kansas's point but is not in Kansas.
@pytest.fixture
def finder(gazetteer):
    return _Finder("Flooding closed roads.", gazetteer)


def _province(gazetteer, name, cc):
    hit = [c for c in gazetteer.candidates(name, country=cc, kind="admin1", limit=5, fuzzy=False)
           if c["kind"] == "admin1"]
    assert hit, name
    return hit[0]


def test_a_reading_of_another_province_does_not_fit_the_stated_one(gazetteer, finder):
    kansas = _province(gazetteer, "Kansas", "US")
    kc_missouri = dict(name="Kansas City", kind="city", country="US", admin1="Missouri", lat=39.0997, lon=-94.5786)
    kc_kansas = dict(kc_missouri, admin1="Kansas", lat=39.1142, lon=-94.6275)
    assert finder._fits(kc_missouri, kansas)  # near its point: the loose fit the chain falls back to
    assert not finder._fits(kc_missouri, kansas, stated=True)
    assert finder._fits(kc_kansas, kansas, stated=True)


def test_a_province_name_the_index_lacks_still_fits_by_distance(gazetteer, finder):
    kansas = _province(gazetteer, "Kansas", "US")
    odd = dict(name="Somewhere", kind="town", country="US", admin1="Nowhere Territory", lat=38.5, lon=-98.0)
    assert finder._fits(odd, kansas, stated=True)


@pytest.mark.parametrize("text, surface, admin1", [
    ("Police in Newport, Wales, closed the bridge.", "Newport", "Wales"),
    ("Police in Newport, England, closed the bridge.", "Newport", "England"),
    ("Police in Athens, Tennessee, arrested two men.", "Athens", "Tennessee"),
])
def test_the_stated_province_is_preferred(gazetteer, text, surface, admin1):
    assert _one(places(text, gazetteer=gazetteer), surface)["admin1"] == admin1


def test_a_reading_near_the_stated_province_is_kept_when_none_lies_in_it(gazetteer):
    # Khalis lies in Diyala, just outside Baghdad province: still the nearest answer
    m = _one(places("Gunmen attacked a market in Khalis, Baghdad province, on Sunday.", gazetteer=gazetteer), "Khalis")
    assert m["country"] == "IQ" and m["lat"] is not None
