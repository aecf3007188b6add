"""'as far as X' and 'towns such as X': a lesser place's name after them is a place (the finder
dropped 'Kidal' in 'came from as far as Kidal', for want of a cue before it). The sentences are
written for these tests."""

import pytest

from placing import places_by_surface as _found


@pytest.mark.parametrize("text, surface, cue", [
    ("Fighters came from as far as Kidal to join the column.", "Kidal", "as far as"),
    ("The patrol pushed as far as Djibo before turning back.", "Djibo", "as far as"),
    ("Militias gathered in towns such as Kidal and Tessalit.", "Kidal", "towns such as"),
    ("Troops were posted to border crossings such as Liboi.", "Liboi", "crossings such as"),
])
def test_a_name_after_how_far_or_a_listing_such_as_is_a_place(gazetteer, text, surface, cue):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["role"] == "place", _found(text, gazetteer)
    assert f"after '{cue}'" in hit["why"], hit["why"]


@pytest.mark.parametrize("text, surface", [
    # 'such as' after people or things lists no places
    ("Coaches such as Kidal praised the team.", "Kidal"),
    ("Writers such as Djibo spoke at the festival.", "Djibo"),
])
def test_such_as_after_a_noun_that_is_no_place_gives_no_support(gazetteer, text, surface):
    assert surface not in _found(text, gazetteer)
