"""speed149: answers kept per string (a count's unit, an actor, a subject) are the answers the
gates give when asked afresh, whatever was asked before."""

import pytest

from geomove.read.lexicon import _PEOPLE_GATE, unit_names_people
from geomove.read.no_force import _no_force_moves
from geomove.read.state_organs import names_an_organ

UNITS = ["soldiers", "tanks", "police officers", "armoured vehicles", "blue helmets", "men", "Troops",
         "helicopters", "", "special forces", "boats", "marines"]


@pytest.mark.parametrize("unit", UNITS)
def test_unit_names_people_is_the_gate_answer(unit):
    want = _PEOPLE_GATE.search(unit) is not None
    assert unit_names_people(unit) is want
    assert unit_names_people(unit) is want  # (the kept answer, asked again)


def test_unit_names_people_tells_people_from_vehicles():
    assert unit_names_people("paratroopers") and unit_names_people("police officers")
    assert not unit_names_people("trucks") and not unit_names_people("frigates")


@pytest.mark.parametrize("actor", ["the Defence Ministry", "the rebels", "the interim government", "Pentagon",
                                   "a column of trucks"])
def test_names_an_organ_kept_answer_is_the_fresh_one(actor):
    assert names_an_organ(actor) == names_an_organ.__wrapped__(actor) == names_an_organ(actor)


@pytest.mark.parametrize("subject", ["A bus with 40 evacuees", "A ferry carrying 300 troops",
                                     "the minister", "Two hundred soldiers", "a lorry loaded with grain"])
def test_no_force_moves_kept_answer_is_the_fresh_one(subject):
    assert _no_force_moves(subject) == _no_force_moves.__wrapped__(subject) == _no_force_moves(subject)
