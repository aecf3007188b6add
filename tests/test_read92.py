"""Cases of the constructions read92 (session 34) fixed, beside its golden lines
(tests/golden/movements.jsonl, ids s34-read92-) and its hand-counted folder
(tests/fixtures/unseen45): the small functions each rule is made of."""

from geomove.read.places import _finer, compatible, contains
from geomove.read.post_marks import what_without_post_marks


def _town(name, lat, lon, country="SY", kind="town"):
    return {"name": name, "lat": lat, "lon": lon, "country": country, "kind": kind, "precision": "exact"}


def _countryside_of(town):
    return {**town, "precision": "near", "uncertainty_km": 25.0, "relation": {"type": "countryside", "area": "countryside"}}


DEIR_EZ_ZOR = _town("Deir ez-Zor", 35.336, 40.141, kind="city")
MAYADIN = _town("al-Mayadin", 35.021, 40.451)       # about 45 km south-east
PALMYRA = _town("Palmyra", 34.560, 38.267)           # about 190 km west
ALBU_KAMAL_IQ = _town("Husaybah", 34.384, 41.032, country="IQ")


def test_the_countryside_holds_a_town_near_its_town():
    area = _countryside_of(DEIR_EZ_ZOR)
    assert contains(area, MAYADIN) and compatible(area, MAYADIN)
    assert _finer(area, MAYADIN) is MAYADIN and _finer(MAYADIN, area) is MAYADIN


def test_the_countryside_holds_no_far_town_nor_another_countrys():
    area = _countryside_of(DEIR_EZ_ZOR)
    assert not contains(area, PALMYRA)
    assert not contains(area, ALBU_KAMAL_IQ)


def test_a_town_told_plainly_holds_nothing():
    # (only the countryside told relative to its town is an area: the town itself is a point)
    assert not contains(DEIR_EZ_ZOR, MAYADIN)
    assert not contains(_countryside_of(DEIR_EZ_ZOR), _countryside_of(MAYADIN))


def test_post_marks_are_no_words_of_what_moved():
    assert what_without_post_marks("1/5 Big movement overnight near #Kharkiv 🚨 RU BTG") == "RU BTG"
    assert what_without_post_marks("2/6 A convoy of 30 trucks") == "A convoy of 30 trucks"
    assert what_without_post_marks("🇺🇦 1/3 UA brigade") == "UA brigade"
    assert what_without_post_marks("RU column 🚨") == "RU column"


def test_words_with_no_post_marks_stay():
    assert what_without_post_marks("A convoy of 30 trucks") == "A convoy of 30 trucks"
    assert what_without_post_marks("the 1st Brigade") == "the 1st Brigade"
    assert what_without_post_marks("") == ""
