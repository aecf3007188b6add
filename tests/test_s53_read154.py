"""Session 53 read154: the welcomers' sentence between a welcome home and its flight
(read.welcomers_watched). Sentences of my own; the constructions' golden lines are
tests/golden/movements.jsonl s53-read154-*."""

import pytest

from geomove.read.welcomers_watched import welcomers_watch_the_force


@pytest.mark.parametrize("sentence, expected", [
    ("Their families cheered as they landed.", True),
    ("Their loved ones waved flags when the soldiers stepped off the plane.", True),
    ("Its crew's parents wept as they came ashore.", False),   # (the welcomers' head is the crew's, no kin noun right after)
    ("Their families cheered.", False),                     # no clause of the force
    ("Residents fled as the rebels arrived.", False),        # no possessive of a force
    ("The families cheered as they landed.", False),         # no possessive: whose families is not told
])
def test_welcomers_watch_the_force(sentence, expected):
    assert welcomers_watch_the_force(sentence, 0, len(sentence)) is expected


def test_welcomers_within_a_text():
    text = "Irish peacekeepers were welcomed home on Saturday. Their relatives cheered as they landed. They had flown in."
    s = text.index("Their")
    e = text.index("They had")
    assert welcomers_watch_the_force(text, s, e)
    assert not welcomers_watch_the_force(text, 0, s)
