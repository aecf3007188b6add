"""Three constructions of task read14, shown on sentences of our own beside sentences of the
same shape that must still be read: where a purpose clause's place is an end (by the class of
the verb before it and of the purpose), a verb phrase cut off by a comma that goes on from a
subject that is no force, and a person named with no title going somewhere. The golden lines
are in tests/golden/movements.jsonl."""

import pytest

from reading import ends as _ends, found


def _found(gazetteer, text):
    return found(gazetteer, text, published="2025-06-10")


# --- a purpose clause's place --------------------------------------------------------------

@pytest.mark.parametrize("text, origin, locus", [
    ("Gendarmes left Agadez on Monday to guard the polling stations in Arlit.", "Agadez", "Arlit"),
    ("Two platoons drove out of Kindu to help protect the airport in Kalemie.", "Kindu", "Kalemie"),
])
def test_purpose_of_acting_after_own_motion_is_no_end(gazetteer, text, origin, locus):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, None)], (props, why)
    assert any(f"{locus}: no end, where they mean to act" in w for w in why), why


@pytest.mark.parametrize("text, origin, locus", [
    # a purpose of joining a force already there: they went there
    ("A company left Agadez on Monday to reinforce the garrison in Arlit.", "Agadez", "Arlit"),
    ("Two platoons drove out of Kindu to relieve the unit in Kalemie.", "Kindu", "Kalemie"),
    # a verb that places a force: it was put there to act
    ("The army sent 300 soldiers from Kindu to protect the airport in Kalemie.", "Kindu", "Kalemie"),
    ("The government deployed police units to guard the polling stations in Arlit.", None, "Arlit"),
])
def test_purpose_locus_is_the_end_after_placing_or_joining(gazetteer, text, origin, locus):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, locus)], (props, why)


# --- a verb phrase that goes on from a subject that is no force -----------------------------

@pytest.mark.parametrize("text, head", [
    ("Swabs were taken from 12 patients in Kenema, sealed and flown to Freetown.", "Swabs"),
    ("The mediators met both sides in Juba on Friday, then travelled to Malakal.", "mediators"),
])
def test_continued_verb_phrase_of_no_force(gazetteer, text, head):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)
    assert any("goes on from a subject that is no force" in w and head in w for w in why), why


@pytest.mark.parametrize("text, dest", [
    ("Ammunition was loaded in Kenema, sealed and flown to Freetown.", "Freetown"),
    ("Marines searched the port in Juba on Friday, then travelled to Malakal.", "Malakal"),
])
def test_continued_verb_phrase_of_a_force_still_moves(gazetteer, text, dest):
    props, why = _found(gazetteer, text)
    assert [d for _o, d in _ends(props)] == [dest], (props, why)


# --- a person named with no title ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Hichilema flew to Lilongwe on Saturday.", "Hichilema"),
    ("President Samia Suluhu Hassan spoke in Dodoma on Monday. Hassan later travelled to Mombasa.", "Hassan"),
])
def test_named_person_trip_is_no_movement(gazetteer, text, name):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)
    assert any(f"a person's trip ('{name}'" in w for w in why), why


@pytest.mark.parametrize("text, dest", [
    ("Hichilema flew 150 soldiers to Lilongwe on Saturday.", "Lilongwe"),   # an object: he sent them
    ("Fano arrived in Gondar on Saturday.", "Gondar"),                      # an armed group named bare
    ("Suluhu Hassan arrived in Mombasa on Monday.", "Mombasa"),             # two names, no sign of a person
])
def test_not_a_named_persons_trip(gazetteer, text, dest):
    props, why = _found(gazetteer, text)
    assert [d for _o, d in _ends(props)] == [dest], (props, why)
