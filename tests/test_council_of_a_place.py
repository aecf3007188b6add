"""A place written inside the name of its council (issue 11): "X City Council", "Y County
Council" name the council of the place X, Y, and the name is read as that place. Bodies whose
kind word names no place's council ("State Council", "Security Council") are not. The
sentences are written for these tests."""

import pytest

from geomove.mentions import places


def _surfaces(found):
    return {m["surface"]: m for m in found}


@pytest.mark.parametrize("text, surface, cc", [
    ("A Leeds City Council spokesman said the bus lanes would reopen on Friday.", "Leeds", "GB"),
    ("Staff of Westminster City Council in London cleared the market stalls.", "Westminster", "GB"),
    ("The Norfolk County Council voted to close two libraries near the coast of England.", "Norfolk County", "GB"),
])
def test_the_council_of_a_named_place_names_the_place(gazetteer, text, surface, cc):
    found = _surfaces(places(text, gazetteer=gazetteer))
    assert surface in found, sorted(found)
    assert found[surface]["country"] == cc, found[surface]


def test_the_name_is_a_place_not_an_organisation(gazetteer):
    from geomove.mentions import find_mentions
    found = [m for m in find_mentions("Officials of Leeds City Council met the unions on Monday.",
                                      gazetteer=gazetteer) if m["surface"] == "Leeds"]
    assert found and found[0]["role"] == "place", found


@pytest.mark.parametrize("text", [
    "The Chinese State Council approved the plan on Monday.",
    "The Security Council met in closed session on Monday.",
])
def test_a_council_of_no_place_names_none(gazetteer, text):
    assert not [m for m in places(text, gazetteer=gazetteer) if m["surface"] in ("State", "Security")]


def test_without_the_kind_word_the_body_is_not_read_as_its_place(gazetteer):
    # "Westminster Council" alone keeps the rule as before: the run is a body's name, the
    # place needs the text's support (here none), so the rule above does not reach it
    found = _surfaces(places("A Westminster Abbey Council member spoke to reporters.", gazetteer=gazetteer))
    assert "Westminster" not in found, found
