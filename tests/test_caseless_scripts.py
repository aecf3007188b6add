"""Names written in a script without capital letters (Arabic here) inside an English report:
a run of such words is asked of the gazetteer like a run of capitalised words."""

from geomove.mentions import find_mentions
from geomove.movements import extract


def test_arabic_script_names_are_found_and_resolved(gazetteer):
    text = "Troops moved from المالكية to القامشلي on Monday."
    got = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert got["المالكية"]["name"] == "Al Mālikīyah" and got["المالكية"]["country"] == "SY"
    assert got["القامشلي"]["country"] == "SY" and got["القامشلي"]["kind"] == "city"
    for surface, m in got.items():
        assert text[m["start"]:m["end"]] == surface


def test_a_movement_between_names_in_arabic_script(gazetteer):
    (f,) = extract("A convoy moved from دمشق to حلب on Monday.", published="2025-11-20", gazetteer=gazetteer)
    assert f["properties"]["origin"]["name"] == "Damascus"
    assert f["properties"]["destination"]["name"] == "Aleppo"


def test_the_same_place_in_two_scripts_is_one_place(gazetteer):
    text = "Troops moved from Derik (المالكية) to Qamishli on Monday."
    got = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert got["Derik"]["gazetteer_id"] == got["المالكية"]["gazetteer_id"]


def test_arabic_words_that_name_no_place_stay_no_place(gazetteer):
    # a quoted slogan in Arabic ("God is greatest") holds no place
    assert find_mentions("Fighters shouted الله أكبر as they entered the square.", gazetteer=gazetteer) == []
