"""Ships and aircraft (read22): what moved when a vehicle's kind is told by a verb's bare form
("two transport planes", "the return flight"), when a ship entered a port, when aircraft staged
somewhere before flying on, and when a convoy is the clause's only trigger. The ends of these
sentences are in tests/golden/movements.jsonl (ids r22-*); here, what moved and its count.
Sentences written for this test."""

import pytest

from geomove.movements import extract
from geomove.read.clauses import _noun_adjunct
from geomove.read.lexicon import _TRIGGER_RE


def _what(text: str, gazetteer) -> list:
    return [(f["properties"]["what"], f["properties"]["count"])
            for f in extract(text, published="2026-11-20", gazetteer=gazetteer)]


@pytest.mark.parametrize("text, what", [
    # the verb's bare form before a noun of a vehicle is the noun's modifier: the planes flew
    ("Two C-17 transport planes flew from Ramstein to Rzeszow on Monday.", ("Two C-17 transport planes", 2)),
    ("The transport aircraft took off from Entebbe on Monday.", ("The transport aircraft", None)),
    ("The return flight carrying 90 Senegalese peacekeepers landed in Dakar on Friday.",
     ("The return flight carrying 90 Senegalese peacekeepers", 90)),
    ("Two escort ships sailed from Aden on Monday.", ("Two escort ships", 2)),
    # a port entered is where it went, not what moved
    ("The aircraft carrier entered the port of Limassol on Friday.", ("The aircraft carrier", None)),
    # who staged or stopped before flying on is the subject's noun phrase, not the whole clause
    ("The helicopters staged at Gao before flying on to Mopti.", ("The helicopters", None)),
    ("The helicopters stopped at Gao before flying on to Mopti.", ("The helicopters", None)),
    # a convoy that is the clause's only trigger is what moved, with its words
    ("A Russian convoy was seen on the road from Bamako to Kati on Monday.", ("A Russian convoy", None)),
    # models counted: "four MiG-29s", "six F-16 fighter jets"
    ("Four MiG-29s landed at Al Jufra airbase on Monday.", ("Four MiG-29s", 4)),
    ("Poland deployed six F-16 fighter jets to Lask air base on Tuesday.", ("six F-16 fighter jets", 6)),
])
def test_what_moved(text, what, gazetteer):
    assert _what(text, gazetteer) == [what]


@pytest.mark.parametrize("text, adjunct", [
    ("Two transport planes flew to Gao.", True),
    ("The return flight landed in Dakar.", True),
    ("Russian land forces moved to Belgorod.", True),
    # a word before it that makes it a verb
    ("The army will transport troops to Gao.", False),
    ("They plan to land troops at Berbera.", False),
    # another noun after it: a verb
    ("The navy will transport fuel to Gao.", False),
    # not a verb of the list: a headline's plural subject takes the bare form
    ("Allies deploy jets to Poland.", False),
])
def test_noun_adjunct(text, adjunct):
    first = next(_TRIGGER_RE.finditer(text))
    assert _noun_adjunct(text, first) is adjunct


@pytest.mark.parametrize("text, origin", [
    # a ship named after a place, after its navy's prefix or its kind, is no place
    ("Marines were flown from the USS San Antonio to Beirut on Monday.", None),
    ("Commandos were flown from the destroyer Chennai to Colombo on Monday.", None),
    # a kind of ship followed by a verb or a preposition names no ship
    ("A Russian warship sailed from Novorossiysk to Tartus on Monday.", "Novorossiysk"),
    ("The frigate left Novorossiysk for Tartus on Monday.", "Novorossiysk"),
])
def test_ship_named_after_a_place(text, origin, gazetteer):
    (f,) = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert (f["properties"]["origin"] or {}).get("name") == origin
