"""Session 32, read87: behaviour of the reading wing's new constructions that a golden line
cannot state (a 'what' that must be none), and the deciding functions on their own."""

import re

from geomove.movements import extract
from geomove.read.boarded_carrier import boards_a_carrier
from geomove.read.cue_object import cue_then_place
from geomove.read.scrambled import scrambles_aircraft
from geomove.read.strait_passed import passage_alone


def _props(text, gazetteer, published="2026-11-14"):
    return [f["properties"] for f in extract(text, published=published, gazetteer=gazetteer)]


def test_pronoun_leaving_for_place_names_nothing_that_moved(gazetteer):
    # "for Kidal" was read as what moved (read.cue_object)
    (props,) = _props("Soldiers at the camp said they are leaving for Kidal.", gazetteer)
    assert props["destination"]["name"] == "Kidal" and props["what"] is None
    (props,) = _props("They departed for Gao on Friday.", gazetteer)
    assert props["what"] is None


def test_a_subject_noun_phrase_is_still_what_moved(gazetteer):
    (props,) = _props("The last Chadian soldiers left for Kidal on Friday.", gazetteer)
    assert props["what"] == "The last Chadian soldiers"


def _verb(text, word):
    return re.search(r"(?P<verb>" + word + r")", text)


def test_scramble_needs_aircraft():
    text = "Japan scrambled two F-15s from Naha."
    assert scrambles_aircraft(text, _verb(text, "scrambled"), len(text))
    text = "Residents scrambled to flee from Goma."
    assert not scrambles_aircraft(text, _verb(text, "scrambled"), len(text))


def test_board_needs_a_carrier_of_people():
    text = "Troops boarded two C-130 transport aircraft at Entebbe."
    assert boards_a_carrier(text, _verb(text, "boarded"), len(text))
    text = "Commandos boarded a cargo ship in the Gulf of Oman."
    assert not boards_a_carrier(text, _verb(text, "boarded"), len(text))
    text = "The coast guard boarded the tanker off Fujairah."
    assert not boards_a_carrier(text, _verb(text, "boarded"), len(text))


def test_passage_alone_needs_waters_and_a_force():
    strait = {"name": "Tsugaru Strait", "kind": "strait"}
    town = {"name": "Kramatorsk", "kind": "city"}
    assert passage_alone([strait], "Russian destroyers", ["Two Russian destroyers"])
    assert passage_alone([strait], None, ["two destroyers"])
    assert not passage_alone([strait], None, ["A recent scientific paper"])
    assert not passage_alone([town], "Russian troops", ["a convoy"])
    assert not passage_alone([], "Russian troops", ["a convoy"])


def test_cue_then_place():
    text = "they left for Kidal"
    assert cue_then_place(text, text.index("for"), lambda at: text.startswith("Kidal", at))
    assert not cue_then_place(text, text.index("left"), lambda at: True)
