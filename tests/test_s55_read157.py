"""Session 55 read157: "<carrying verb> <load> to A and then <verb of moving> to B" reads two legs,
as without "then" (read.relative_carried.carried_then_chained), and so does the relative set off
by commas, ", which carried <load> to A," (carried_to_in_aside, carried_to_in_aside_at). Sentences
of my own; the golden lines are tests/golden/movements.jsonl s55-read157-*."""

import pytest

from geomove.read import relative_carried
from geomove.read.relative_carried import carried_then_chained


def _ends(text: str, verb: str) -> tuple[list[int], int]:
    first = text.index(" to ") + 1
    return [first, text.index(" to ", first + 1) + 1], text.index(verb)


@pytest.mark.parametrize("text, verb", [
    ("Nigerien soldiers carried the ammunition to Agadez and then returned to Niamey.", "returned"),
    ("Kenyan troops took the food rations to Lodwar and then returned to Kitale.", "returned"),
    ("Filipino marines carried the generators to Marawi and subsequently flew to Iligan.", "flew"),
    ("Armenian sappers had delivered the mine detectors to Goris and later drove to Kapan.", "drove"),
])
def test_carried_then_chained(text, verb):
    goes, verb_at = _ends(text, verb)
    assert carried_then_chained(text, goes, verb_at)


@pytest.mark.parametrize("text, verb", [
    ("Mozambican soldiers drove to Pemba and then to Montepuez.", "drove"),            # one verb before both ends
    ("The convoy took the road to Oruro and then returned to Cochabamba.", "returned"),  # a road's end, no load
    ("Kenyan troops took the rations to Lodwar, where they stayed, then returned to Kitale.", "returned"),  # no "and"
    ("Chilean troops were sent to Arica and then returned to Iquique.", "returned"),   # no carrying verb
])
def test_carried_then_chained_not(text, verb):
    goes, verb_at = _ends(text, verb)
    assert not carried_then_chained(text, goes, verb_at)


@pytest.mark.parametrize("text, place", [
    ("The Chadian helicopter, which carried the fuel bladders to Abeche, flew back", "Abeche"),
    ("The Ghanaian drivers, who had taken the fuel tankers to Tamale, returned", "Tamale"),
    ("Two Zambian army lorries, which hauled the maize to the Kasama depot, drove", "Kasama"),
])
def test_carried_to_in_aside(text, place):
    aside = text.index(","), text.rindex(",") + 1
    assert relative_carried.carried_to_in_aside(text, *aside)
    assert relative_carried.carried_to_in_aside_at(text, text.index(place))


@pytest.mark.parametrize("text, place", [
    ("The Ghanaian drivers, who took part in the parade in Tamale, returned", "Tamale"),   # nothing carried to it
    ("The Ugandan battalion, which fought in Gulu last year, moved", "Gulu"),             # no carrying verb
    ("The Sparta IV, a cargo ship that has carried arms to forces in Syria, left", "Syria"),  # not the load's end
    ("The helicopter, which carried wounded soldiers from Abeche, flew", "Abeche"),        # carried from, not to
])
def test_carried_to_in_aside_not(text, place):
    aside = text.index(","), text.rindex(",") + 1
    assert not relative_carried.carried_to_in_aside(text, *aside)
    assert not relative_carried.carried_to_in_aside_at(text, text.index(place))
