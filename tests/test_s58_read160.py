"""Session 58 read160: the reading cases session 57 left, each read by a rule of its own. Sentences
of my own; the golden lines are tests/golden/movements.jsonl s58-read160-*, the conventions
docs/reading.md."""

from types import SimpleNamespace as _NS

import pytest

from geomove.read.carrier_load import carrier_moved_a_force
from geomove.read.dated_leg_then_day import same_force_by_noun
from geomove.read.ferry_noun import ferries_as_noun, ferry_as_noun
from geomove.read.lexicon import _CIVILIAN_VEHICLES_GATE, _TRIGGER_RE
from geomove.read.no_force import _no_force_moves


def _trigger(text: str, verb: str):
    return next(t for t in _TRIGGER_RE.finditer(text) if t.group("verb") and t.group("verb").lower() == verb)


@pytest.mark.parametrize("text, subject, verb, moved", [
    ("A ferry carried 200 soldiers from Mtwara to Lindi.", "A ferry", "carried", True),
    ("Two cargo ships carried 300 marines from Mombasa to Lamu.", "Two cargo ships", "carried", True),
    ("A commercial flight carried riot police to Kisumu.", "A commercial flight", "carried", True),
    ("A passenger ship carried six howitzers to Lamu.", "A passenger ship", "carried", True),  # arms
    ("A tug towed the disabled frigate to Sevastopol.", "A tug", "towed", True),
    ("The ferry carried tourists from Mtwara to Lindi.", "The ferry", "carried", False),        # no force on board
    ("A cargo ship carried 3,000 tonnes of wheat to Berbera.", "A cargo ship", "carried", False),
    ("A tug towed a fishing boat to Tartus.", "A tug", "towed", False),                         # no equipment of war
    ("Villagers carried the wounded soldiers to Garissa.", "Villagers", "carried", False),      # no craft
    ("A ferry sailed to Lindi with soldiers.", "A ferry", "sailed", False),                      # no carrying verb
])
def test_carrier_moved_a_force(text, subject, verb, moved):
    assert carrier_moved_a_force(text, subject, _trigger(text, verb), len(text)) is moved


@pytest.mark.parametrize("subject, trade", [
    ("A tug", True),
    ("Two salvage tugs", True),
    ("the harbour tugboat", True),
    ("Three ferries", True),
    ("The two lake ferries", True),
    ("A Greek Navy tug", False),      # a navy's
    ("A naval tug", False),
    ("The frigate", False),
])
def test_tugs_and_counted_ferries_are_trade(subject, trade):
    assert _no_force_moves(subject) is trade


def test_tug_of_war_is_no_craft():
    assert not _CIVILIAN_VEHICLES_GATE.search("a tug of war over the budget")


@pytest.mark.parametrize("text, noun", [
    ("The ferries sailed to Bukoba on Monday.", True),
    ("The lake ferries carried 300 police officers from Mwanza to Bukoba.", True),
    ("The two ferries carried Ugandan soldiers to Entebbe.", True),
    ("Their ferries, which carried police from Kigoma, docked at Kalemie.", True),
    ("The army ferries troops to Lamu every week.", False),     # a force before it: a singular subject's verb
    ("The navy ferries the marines to Lamu.", False),           # an object right after it
    ("The company ferries 300 workers to the mine.", False),    # a count opens the object
    ("Helicopters ferries troops to Garissa.", False),          # no determiner
])
def test_ferries_as_noun(text, noun):
    assert ferries_as_noun(text, _trigger(text, "ferries")) is noun
    assert ferry_as_noun(text, _trigger(text, "ferries")) is noun  # (asked through the one entry)


def _leg(what: str, actor: str | None = None, destination: dict | None = None):
    return _NS(actor=actor, destination=destination, frags=[_NS(what=what, actor=actor)])


@pytest.mark.parametrize("what, actor, last_what, last_actor, same", [
    ("The troops", None, "Malian troops", "Malian troops", True),
    ("The soldiers", None, "Burkinabe troops", "Burkinabe troops", True),     # another plain noun of soldiers
    ("the column", None, "A Chadian column", "Chadian column", True),
    ("The troops", "Malian troops", "Malian troops", "Malian troops", True),  # the same actor
    ("The Burkinabe troops", None, "Malian troops", "Malian troops", False),  # a nation of its own
    ("The brigade's tanks", None, "Malian troops", "Malian troops", False),   # a part, by its own words
    ("A second column", None, "A Chadian column", "Chadian column", False),   # no article of referring back
    ("The column", None, "Malian troops", "Malian troops", False),            # a noun the leg before did not use
    ("The troops", "Chadian troops", "Malian troops", "Malian troops", False),  # another actor
])
def test_same_force_by_noun(what, actor, last_what, last_actor, same):
    assert same_force_by_noun(_NS(what=what, actor=actor), _leg(last_what, last_actor)) is same


def test_same_force_by_noun_not_after_a_border():
    border = {"name": "Pakistan", "relation": {"type": "border", "with": "AF"}}
    assert not same_force_by_noun(_NS(what="The troops", actor=None), _leg("troops", "Pakistan", border))
    assert same_force_by_noun(_NS(what="The troops", actor=None), _leg("troops", "Pakistan", {"name": "Quetta"}))
