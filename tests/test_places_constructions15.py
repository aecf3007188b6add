"""Names the mention finder missed beside a hyphen or an adverb, and a short name read as a far
city by another language's name of it (round read15). The sentences are written for these tests."""

import pytest

from geomove.mentions import places


def _names(found):
    return {m["surface"]: m["name"] for m in found}


@pytest.mark.parametrize("text, surface, name", [
    # "X-bound": the suffix says X is where something is bound, at a sentence's start too
    ("A Kidal-bound army convoy was ambushed north of the river.", "Kidal", "Kidal"),
    ("Kidal-bound supply trucks waited at the checkpoint.", "Kidal", "Kidal"),
    ("The relief column, Djibo-bound since Friday, was held up by rain.", "Djibo", "Djibo"),
    # a capitalised hyphenated modifier before a name is no word of a longer unknown name
    ("Cyclone-hit Beira still lacked tents and water pumps.", "Beira", "Beira"),
    ("Rebel-held Bunia was quiet after the ceasefire.", "Bunia", "Bunia"),
])
def test_a_name_beside_a_hyphenated_word_is_found(gazetteer, text, surface, name):
    found = _names(places(text, gazetteer=gazetteer))
    assert found.get(surface) == name, found


@pytest.mark.parametrize("text", [
    "Snow-bound villagers waited for the road to open.",
    "Duty-bound, the clerks stayed at their desks.",
])
def test_an_everyday_word_before_bound_is_no_destination(gazetteer, text):
    assert not places(text, gazetteer=gazetteer)


def test_the_bound_suffix_is_told_in_why(gazetteer):
    hit = [m for m in places("A Kidal-bound army convoy was ambushed.", gazetteer=gazetteer) if m["surface"] == "Kidal"]
    assert hit and "-bound" in hit[0]["why"], hit


@pytest.mark.parametrize("text, surface, name", [
    # an adverb after the name is no noun the name qualifies ("X manuscripts")
    ("Militants attacked Djibo overnight, residents said.", "Djibo", "Djibo"),
    ("The column took Djibo unopposed.", "Djibo", "Djibo"),
    # "out of X": where a force came from
    ("The garrison pulled out of Kidal after the talks.", "Kidal", "Kidal"),
    ("Troops pulled out of Kidal overnight.", "Kidal", "Kidal"),
])
def test_a_name_before_an_adverb_or_after_out_of_is_found(gazetteer, text, surface, name):
    found = _names(places(text, gazetteer=gazetteer))
    assert found.get(surface) == name, found


def test_a_name_before_a_noun_named_after_the_town_is_still_no_place(gazetteer):
    # (the rule the adverbs are an exception to)
    assert "Djibo" not in _names(places("Scholars studied Djibo manuscripts.", gazetteer=gazetteer))
