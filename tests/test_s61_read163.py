"""Session 61 (read163): a craft's trip cut short (read.trip_cut_short), a craft's own leg after it
set its load down (read.escort_went_back.trade_craft_went_on, craft_relative_load), the load as
what moved in a craft's aside (read.relative_carried.load_of_aside). Sentences of my own; the
golden lines s61-read163-* read them whole."""

import pytest

from geomove.read.escort_went_back import craft_relative_load, trade_craft
from geomove.read.relative_carried import carried_in_comma_relative, load_of_aside
from geomove.read.trip_cut_short import trip_cut_short


def _cut(text: str, place: str):
    at = text.index(place)
    return trip_cut_short(text, at, at + len(place), 0)


@pytest.mark.parametrize("text, place, lost", [
    ("The barge that was carrying 90 gendarmes to Mopti sank off Konna.", "Mopti", "sank"),
    ("A barge carrying 90 gendarmes from Segou to Mopti capsized on Tuesday.", "Mopti", "capsized"),
    ("A barge carrying 90 gendarmes from Segou to Mopti capsized on Tuesday.", "Segou", None),   # where it left
    ("The barge was carrying 90 gendarmes to Mopti when it ran aground.", "Mopti", "ran aground"),
    ("An army helicopter flying 12 soldiers to Mopti was shot down near Sevare.", "Mopti", "was shot down"),
    ("The barge that carried 90 gendarmes to Mopti sank on its way back.", "Mopti", None),     # the trip done
    ("A barge carrying 90 gendarmes to Mopti was hit by gunfire near Konna.", "Mopti", None),  # damage, no loss
    ("A barge carrying 90 gendarmes to Mopti towed a boat that sank near Konna.", "Mopti", None),  # another's loss
    ("A barge carrying 90 gendarmes to Mopti arrived. A canoe sank near Konna.", "Mopti", None),   # another sentence
])
def test_trip_cut_short(text, place, lost):
    assert _cut(text, place) == lost


@pytest.mark.parametrize("words, trade", [
    ("A ferry", True), ("Two cargo ships", True), ("A passenger ferry", True),
    ("A Navy transport", False), ("A Kenyan Navy ship", False), ("A landing ship", False),
    ("A Navy salvage tug", False),  # a force's tug (read.craft_carries.tug_of_a_force)
])
def test_trade_craft(words, trade):
    assert trade_craft(words) is trade


class _Frag:
    def __init__(self, text, trigger, what):
        self.trigger, self.trigger_start, self.what = trigger, text.index(" " + trigger + " ") + 1, what


@pytest.mark.parametrize("text, trigger, what, load, trade", [
    ("The river ferry that took the gendarmes to Mopti returned to Segou.", "took", "The river ferry", "the gendarmes", True),
    ("The barge that took the gendarmes to Mopti returned to Segou.", "took", "The barge", "the gendarmes", False),  # a barge may be a force's
    ("The Malian Navy ship that landed 90 marines at Mopti returned to Segou.", "landed", "The Malian Navy ship", "90 marines", False),
    ("The barge that took the tourists to Mopti returned to Segou.", "took", "The barge", None, None),  # no force
    ("Twelve pilots who flew the jets to Mopti returned to Segou.", "flew", "Twelve pilots", None, None),  # no craft
    ("A barge took the gendarmes to Mopti and returned to Segou.", "took", "A barge", None, None),  # no relative
])
def test_craft_relative_load(text, trigger, what, load, trade):
    found = craft_relative_load(text, _Frag(text, trigger, what), text.index("Mopti"))
    assert (found.load, found.trade) == (load, trade) if load else found is None


@pytest.mark.parametrize("what, load", [
    ("The Malian barge, which carried 90 gendarmes from Segou,", "90 gendarmes"),
    ("The Malian barge, which had carried the marines to Mopti,", "the marines"),
    ("The Malian barge, which carried the fuel drums from Segou,", None),   # no force: the craft moved
    ("The Malian barge that carried 90 gendarmes from Segou", None),         # no aside (read by the relative's verb)
])
def test_load_of_aside(what, load):
    assert load_of_aside(what) == load


def test_an_aside_that_carried_a_force_leaves_its_load_as_what_moved():
    text = "The barge, which carried 90 gendarmes from Segou, docked at Mopti."
    assert carried_in_comma_relative(text, 0, "carried", text.index("carried")) is False
    text = "The barge, which carried the fuel drums from Segou, docked at Mopti."
    assert carried_in_comma_relative(text, 0, "carried", text.index("carried")) is True
