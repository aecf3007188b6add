"""Session 55 read156: four constructions session 54 left (read.group_route_aside,
read.relative_carried.what_before_carrying_relative and carried_then_moved,
read.night_before_next_leg). Sentences of my own; the constructions' golden lines are
tests/golden/movements.jsonl s55-read156-*."""

import pytest

from geomove.read import group_route_aside, relative_carried


def _cue_at(text: str, cue: str) -> int:
    return text.index(cue)


@pytest.mark.parametrize("text, cue", [
    ("The Danish frigate, detached from the NATO patrol to Bergen on Monday, sailed", " to Bergen"),
    ("Two patrol boats, split off from the flotilla bound for Ambon, sailed", "for Ambon"),
    ("The platoon, which was detached from the supply convoy heading to Gao, drove", "to Gao"),
    ("The corvette, detached on Sunday from the patrol to Socotra, sailed", " to Socotra"),
])
def test_route_of_group_left(text, cue):
    at = _cue_at(text, cue) + (1 if cue.startswith(" ") else 0)
    assert group_route_aside.route_of_group_left(text, at)


@pytest.mark.parametrize("text, cue", [
    ("A platoon was detached from the convoy to Gao on Sunday.", " to Gao"),          # no aside: its own verb
    ("A company, detached from the battalion to Gao, moved", " to Gao"),              # a unit, not a journey
    ("The minehunter, sent from Den Helder to Aberdeen, sailed", " to Aberdeen"),     # its own route
    ("The frigate, detached from the patrol, sailed to Tromso", " to Tromso"),        # the main verb's cue
])
def test_route_of_group_left_not(text, cue):
    at = _cue_at(text, cue) + 1
    assert not group_route_aside.route_of_group_left(text, at)


@pytest.mark.parametrize("what, expected", [
    ("The Rwandan drivers who took the fuel tankers to Goma", "The Rwandan drivers"),
    ("The crews which carried the bladders to Kasama", "The crews"),
    ("Ten sailors who had delivered the two patrol boats to Mombasa", "Ten sailors"),
    ("The officers who served in Gao", "The officers who served in Gao"),                 # nothing carried
    ("The troops who took part in the parade", "The troops who took part in the parade"),  # no load to a place
    ("The drivers", "The drivers"),
])
def test_what_before_carrying_relative(what, expected):
    assert relative_carried.what_before_carrying_relative(what) == expected


@pytest.mark.parametrize("text, verb", [
    ("Ghanaian drivers took the fuel tankers to Bolgatanga and returned to Tamale", "took"),
    ("Nigerien soldiers carried the ammunition to Agadez on Monday and then returned to Niamey", "carried"),
])
def test_carried_then_moved(text, verb):
    to_at = text.index(" to ") + 1
    verb_at = text.index("returned")
    m = relative_carried.carried_then_moved(text, to_at, verb_at)
    assert m is not None and m.group("verb") == verb


@pytest.mark.parametrize("text, verb_word", [
    ("The rebels took control of the road to Gao and moved to Kidal", "moved"),   # a road's end
    ("Ghanaian drivers took the fuel tankers to Bolgatanga, officials said, returning", "returning"),  # no "and"
    ("The trucks were sent to Bolgatanga and returned to Tamale", "returned"),    # no carrying verb
])
def test_carried_then_moved_not(text, verb_word):
    to_at = text.index(" to ") + 1
    assert relative_carried.carried_then_moved(text, to_at, text.index(verb_word)) is None
