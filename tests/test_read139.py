"""Session 49's read139 readers on their own: a state's force by its initials after the state's
possessive (read.state_initials), a force's name before the vehicles counted
(forces._vehicles_of_named_force), and a stop told with 'but' after an aim (read.stopped_instead).
The golden lines s49-read139-* test them through the whole reader."""

import re

from geomove.read.clauses import _SAID_IT
from geomove.read.forces import _ACTOR_RE, _counted_force
from geomove.read.state_initials import initials_owned_by_state
from geomove.read.stopped_instead import stop_instead_of_aim


def _country(text: str, name: str) -> dict:
    at = text.index(name)
    return {"start": at, "end": at + len(name), "kind": "country", "surface": name}


def test_initials_after_a_states_possessive():
    text = "Chad's ANT moved two battalions to Bol."
    verb = text.index(" moved") + 1
    assert initials_owned_by_state(text, 0, verb, [_country(text, "Chad")], _SAID_IT) == "ANT"
    # no country mention there: a person's or a town's possessive names no state's force
    assert initials_owned_by_state(text, 0, verb, [], _SAID_IT) is None
    # the initials are an object, not the subject
    text = "Chad's army moved ANT units to Bol."
    assert initials_owned_by_state(text, 0, text.index(" moved") + 1, [_country(text, "Chad")], _SAID_IT) is None


def test_initials_that_said_they_moved():
    text = "Uganda's UPDF said it had sent a battalion to Bunia."
    verb = text.index("sent")
    assert initials_owned_by_state(text, 0, verb, [_country(text, "Uganda")], _SAID_IT) == "UPDF"


def _name(text: str, name: str) -> re.Match:
    return next(m for m in _ACTOR_RE.finditer(text) if m.group("actor") == name)


def test_count_of_the_vehicles_after_a_forces_name():
    text = "About 30 Arakan Army trucks left Sittwe."
    assert _counted_force(text, 0, _name(text, "Arakan Army"))


def _slots(text: str, goal: str, stop: str) -> list:
    g, s = text.index(goal), text.index(stop)
    cue = text.rindex(" ", 0, text.index(" in " + stop)) + 1
    return [("destination", [{"start": g, "end": g + len(goal), "surface": goal}], g - 4),
            ("via_stop", [{"start": s, "end": s + len(stop), "surface": stop}], cue)]


def test_stop_after_but_is_the_end():
    text = "A column left Tillaberi for Niamey but halted in Ouallam."
    why = []
    slots = stop_instead_of_aim(text, _slots(text, "Niamey", "Ouallam"), why)
    assert [(r, g[0]["surface"]) for r, g, _a in slots] == [("destination", "Ouallam")]
    assert "read.stopped_instead" in why[0]


def test_stop_without_but_stays_a_stop():
    text = "A column left Tillaberi for Niamey and halted in Ouallam."
    slots = _slots(text, "Niamey", "Ouallam")
    assert stop_instead_of_aim(text, slots, []) == slots
    # an end gone to ("to"), not only aimed at: unchanged
    text = "A column drove to Niamey but halted in Ouallam."
    slots = _slots(text, "Niamey", "Ouallam")
    assert stop_instead_of_aim(text, slots, []) == slots
