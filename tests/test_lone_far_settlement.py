"""A lone reading on another continent in a one-country text (issue 11, places17): a village
the index lacks, spelled like a town thousands of km away, keeps the mention but no point. The
sentences are made up for the test; the places and their coordinates are real."""

import pytest

from geomove.mentions import places
from geomove.mentions.guards import DOMINANT_SHARE, LONE_FAR_SETTLEMENT_IMPORTANCE, FarReadingGuards, _NamedPlaces


def _one(found, surface):
    hit = [m for m in found if m["surface"] == surface]
    assert hit, (surface, [m["surface"] for m in found])
    return hit[0]


# 1. Somalia, the Sahel, Yemen: the far reading (a Jordanian, a Japanese, a Libyan town) is no
#    answer; the mention stays, without a point, and says which guard judged it.
@pytest.mark.parametrize("text, surface, far", [
    ("Militants overran Mahas at dawn and then pushed on to Beledweyne and Bulo Burde.", "Mahas", "JO"),
    ("Jihadists raided Inata and Tongomayel before moving towards Djibo and Arbinda.", "Inata", "JP"),
    ("Houthi fighters seized Al Khadra and moved towards Ataq and Bayhan.", "Al Khadra", "LY"),
])
def test_a_far_settlement_in_a_one_country_text_keeps_no_point(gazetteer, text, surface, far):
    m = _one(places(text, gazetteer=gazetteer), surface)
    assert m.get("lat") is None and m.get("country") is None, m
    assert f"({far})" in m["why"] and "lone-far-settlement guard" in m["why"]


def test_the_other_places_of_the_text_keep_their_points(gazetteer):
    found = places("Militants overran Mahas at dawn and then pushed on to Beledweyne and Bulo Burde.", gazetteer=gazetteer)
    assert _one(found, "Beledweyne")["country"] == "SO"
    assert _one(found, "Bulo Burde")["country"] == "SO"


# 2. What stays: a text over several countries, a capital, a town tied to its country.
def test_a_text_over_several_countries_keeps_a_far_town(gazetteer):
    m = _one(places("Envoys from Kenya, Ethiopia and Uganda met in Mogadishu before flying on to Mahas.", gazetteer=gazetteer), "Mahas")
    assert m["country"] == "JO" and m["lat"] is not None


def test_a_capital_stays(gazetteer):
    m = _one(places("Troops flew from Amman to Mogadishu, then drove on to Beledweyne and Jowhar.", gazetteer=gazetteer), "Amman")
    assert m["country"] == "JO" and m["lat"] is not None


def test_a_town_the_text_ties_to_its_country_stays(gazetteer):
    m = _one(places("Aid workers from Mahas, Jordan, reached Beledweyne and Jowhar on Monday.", gazetteer=gazetteer), "Mahas")
    assert m["country"] == "JO" and m["lat"] is not None


# 3. The rule itself, on readings made up for the test (real coordinates).
def _mention(surface, name, cc, lat, lon, kind="town", importance=0.5):
    return {"surface": surface, "role": "place",
            "cands": [dict(name=name, country=cc, lat=lat, lon=lon, kind=kind, importance=importance)]}


_SOMALIA = [_mention("Beledweyne", "Beledweyne", "SO", 4.736, 45.204),
            _mention("Jowhar", "Jawhar", "SO", 2.781, 45.5),
            _mention("Baidoa", "Baidoa", "SO", 3.114, 43.65)]


def _fires(m, others):
    named = _NamedPlaces.of(others + [m])
    return FarReadingGuards._lone_far_settlement(m, m["cands"][0], named)


def test_the_importance_threshold_is_named_and_strict():
    below = _mention("Mahas", "Māḩiş", "JO", 31.986, 35.79, importance=LONE_FAR_SETTLEMENT_IMPORTANCE - 0.01)
    at = _mention("Mahas", "Māḩiş", "JO", 31.986, 35.79, importance=LONE_FAR_SETTLEMENT_IMPORTANCE)
    assert _fires(below, _SOMALIA)
    assert not _fires(at, _SOMALIA)


def test_only_settlements_far_away_in_another_country():
    assert not _fires(_mention("Mahas", "Mahas", "JO", 31.986, 35.79, kind="admin1"), _SOMALIA)
    assert not _fires(_mention("Garowe", "Garoowe", "SO", 8.406, 48.482), _SOMALIA)  # same country
    # another country, but within FAR_NAMESAKE_KM (Mandera, Kenya, ~400 km from Baidoa)
    assert not _fires(_mention("Mandera", "Mandera", "KE", 3.937, 41.856), _SOMALIA)


def test_a_text_at_the_dominant_share_or_below_keeps_the_town():
    # two of four other places in Somalia: a share of DOMINANT_SHARE, not more
    mixed = _SOMALIA[:2] + [_mention("Kampala", "Kampala", "UG", 0.316, 32.583),
                            _mention("Addis Ababa", "Addis Ababa", "ET", 9.025, 38.747)]
    assert _NamedPlaces.of(mixed).dominant_country_share({}) == DOMINANT_SHARE
    assert not _fires(_mention("Mahas", "Māḩiş", "JO", 31.986, 35.79), mixed)
    assert _fires(_mention("Mahas", "Māḩiş", "JO", 31.986, 35.79), _SOMALIA + mixed[2:])


def test_a_text_with_one_other_place_is_too_little_to_judge_by():
    assert not _fires(_mention("Mahas", "Māḩiş", "JO", 31.986, 35.79), _SOMALIA[:1])


# 3. An army post's place: a unit is told leaving its home post an ocean away from where it goes.
@pytest.mark.parametrize("text, surface, state", [
    ("Soldiers of the 82nd Airborne Division began arriving at Rzeszow airport in southeastern Poland"
     " on Saturday, after flying from Fort Bragg.", "Fort Bragg", "North Carolina"),
    ("Troopers of the 1st Cavalry Division landed at Rzeszow airport in Poland on Sunday after a flight"
     " from Fort Cavazos.", "Fort Cavazos", "Texas"),
])
def test_an_army_post_far_from_the_text_keeps_its_point(gazetteer, text, surface, state):
    m = _one(places(text, gazetteer=gazetteer), surface)
    assert m["country"] == "US" and m["lat"] is not None and m["admin1"] == state, m


def test_a_fort_word_is_no_post_when_the_reading_is_named_otherwise():
    from geomove.mentions.guards import _army_post_place
    mention = {"surface": "Fort Dauphin"}
    assert _army_post_place(mention, {"name": "Fort Dauphin", "name_similarity": 1.0})
    assert not _army_post_place(mention, {"name": "Tôlanaro", "name_similarity": 0.6})  # (its other name)
    assert not _army_post_place({"surface": "Fort"}, {"name": "Fort", "name_similarity": 1.0})
