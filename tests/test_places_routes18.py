"""Names the mention finder lost in route phrases, and 'Congo' read by the text's other names
(places18). The sentences are written for these tests.

- 'transited X': the verb says X is a place passed through, as 'through X' does.
- 'the X border post' / 'frontier post': the kind of the post of a crossing, as 'border crossing'.
- 'Congo' names two countries: the one the text's other names (demonyms, countries, places read
  one way) put there, else the only one that borders a country they put there.
"""

import pytest

from placing import places_by_surface as _found


@pytest.mark.parametrize("text, surface", [
    ("The convoy transited Dolo on its way to Baidoa.", "Dolo"),
    ("Aid trucks transited Kidal before reaching Gao.", "Kidal"),
    ("Refugees transiting Hombori were counted by the agency.", "Hombori"),
])
def test_a_name_after_transited_is_a_place(gazetteer, text, surface):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["role"] == "place", _found(text, gazetteer)
    assert "after 'transit" in hit["why"], hit["why"]


def test_transited_keeps_the_other_places_of_the_route(gazetteer):
    found = _found("Aid trucks transited Kidal before reaching Gao.", gazetteer)
    assert found["Gao"]["country"] == "ML" and found["Kidal"]["country"] == "ML"


@pytest.mark.parametrize("text", [
    "Ugandan troops crossed via the Mpondwe border post into Congo.",
    "Troops crossed at the Mpondwe frontier post.",
    "Officials said Mpondwe border post traffic was normal.",
])
def test_a_name_before_border_post_is_a_place(gazetteer, text):
    hit = _found(text, gazetteer).get("Mpondwe")
    assert hit is not None and hit["country"] == "UG", _found(text, gazetteer)
    assert "kind word (crossing)" in hit["why"], hit["why"]


def test_a_person_before_said_the_border_post_is_no_place(gazetteer):
    # the name is not written before the kind words: nothing says it is a place
    assert "Mpondwe" not in _found("Mr Mpondwe said the border post was shut.", gazetteer)


@pytest.mark.parametrize("text", [
    "Ugandan troops crossed via the Mpondwe border post into Congo.",
    "Ugandan troops entered Congo on Tuesday.",
    "Rwandan soldiers were seen in Congo.",
    "Congolese troops were seen in Congo.",
    "Fighting flared in Congo near Goma.",
])
def test_congo_beside_its_eastern_neighbours_is_the_democratic_republic(gazetteer, text):
    hit = _found(text, gazetteer)["Congo"]
    assert hit["country"] == "CD", hit


@pytest.mark.parametrize("text", [
    "Gabonese troops crossed into Congo.",           # Gabon borders the Republic only
    "Fighting flared in Congo near Brazzaville.",    # a place of the Republic
    "Ugandan diplomats flew to Brazzaville, the capital of Congo.",  # the place outweighs the neighbour
    "Troops entered Congo.",                         # nothing to go by: the gazetteer's reading
    "Angolan troops entered Congo.",                 # Angola borders both: nothing to go by
])
def test_congo_stays_the_republic_where_the_text_says_so_or_says_nothing(gazetteer, text):
    hit = _found(text, gazetteer)["Congo"]
    assert hit["country"] == "CG", hit


def test_the_congo_read_by_neighbours_helps_a_town_of_it(gazetteer):
    # 'Beni' has a Bolivian province namesake; with the Congo read as the DRC, the town is meant
    found = _found("Ugandan troops crossed into Congo to fight rebels near Beni.", gazetteer)
    assert found["Congo"]["country"] == "CD"
    assert found["Beni"]["country"] == "CD", found["Beni"]
