"""Who moved (read19): a force told by its proper name, whose last word is capitalised ("the
Arakan Army", "the Republican Guard"), is the actor as a lower-case force noun is; a force's name
after a preposition ("besieged by the rebel X") is not the subject; members opening the clause
with "from" a formation ("Soldiers from the 3rd X Division moved") name it (s26r). Sentences written for this test."""

import pytest

from geomove.movements import extract


def _actors(text: str, gazetteer) -> list:
    return [f["properties"]["actor"] for f in extract(text, published="2025-11-20", gazetteer=gazetteer)]


@pytest.mark.parametrize("text, actor", [
    ("The Free Syrian Army moved several hundred fighters from Azaz to Marea.", "Free Syrian Army"),
    ("The Arakan Army moved fighters from Paletwa towards Kyauktaw on Monday.", "Arakan Army"),
    ("Mali's Presidential Guard sent troops from Bamako to Kati.", "Mali's Presidential Guard"),
    # a lower-case force noun after the name still ends the actor, as on main
    ("Rapid Support Forces fighters moved from Nyala to El Fasher.", "Rapid Support Forces fighters"),
])
def test_force_named_by_its_name_is_the_actor(text, actor, gazetteer):
    assert _actors(text, gazetteer) == [actor]


@pytest.mark.parametrize("text, actor", [
    # the besieger, after "by", did not move: the subject did
    ("Government troops, besieged for months by the rebel Arakan Army, withdrew from Paletwa to Sittwe.",
     "Government troops"),
    # (the formation's members opening the clause with "from" name it, as with "of" (s26r,
    # forces._MEMBERS_OF): "Soldiers from the 3rd Mechanised Division moved from A to B" is the
    # division's move; was no actor)
    ("Soldiers from the 3rd Mechanised Division moved from Kharkiv to Izium.", "3rd Mechanised Division"),
])
def test_force_name_after_a_preposition_is_no_subject(text, actor, gazetteer):
    assert _actors(text, gazetteer) == [actor]


def _props(text: str, gazetteer) -> list:
    return [(f["properties"]["actor"], f["properties"]["what"])
            for f in extract(text, published="2025-11-20", gazetteer=gazetteer)]


@pytest.mark.parametrize("text, actor, what", [
    # 'it' after "K said" is K; what moved is the object, not the pronoun
    ("Niger said it was sending troops to Tillaberi.", "Niger", "troops"),
    ("Kenya announced on Monday that it had deployed 300 police officers to Lamu.", "Kenya", "300 police officers"),
    ("Chad said its troops had moved from Abeche to Adre.", "Chad", "its troops"),
])
def test_it_after_a_state_that_said_is_the_state(text, actor, what, gazetteer):
    assert _props(text, gazetteer) == [(actor, what)]


@pytest.mark.parametrize("text", [
    # officials in a place are no force, and the place is where they spoke
    "Officials in Niamey said they had sent troops to Tillaberi.",
    # who said is no state: 'it' is left unread
    "The minister said it was sending troops to Tillaberi.",
])
def test_no_state_said_it(text, gazetteer):
    assert [a for a, _w in _props(text, gazetteer)] == [None]


@pytest.mark.parametrize("text, what", [
    # what moved ends before "out of" / "away from" / "back to": those are the origin's cue
    ("Ethiopia has pulled its soldiers out of Humera after weeks of clashes.", "its soldiers"),
    ("The army moved its soldiers away from Kidal to Gao.", "its soldiers"),
    ("The army pulled its soldiers back to Gao.", "its soldiers"),
    # a participle after a comma moved its own object, not the main clause's subject
    ("Houthi fighters have massed near Marib, moving artillery from Sanaa.", "artillery"),
])
def test_what_moved_ends_at_the_cue(text, what, gazetteer):
    assert [w for _a, w in _props(text, gazetteer)] == [what]


def test_aside_with_a_span_of_time_is_no_subject(gazetteer):
    # "besieged for months by X" is an aside as "besieged by X" is: what moved is the subject
    text = "Government troops, besieged for months by the rebel Arakan Army, withdrew from Paletwa to Sittwe."
    assert _props(text, gazetteer) == [("Government troops", "Government troops")]
