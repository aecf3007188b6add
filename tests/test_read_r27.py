"""read27: 'carry', a site left ('from its barracks in X'), a named person's flight, groups
counted. Sentences written for these tests; the golden lines s12-* hold the routes, these check
the named functions and what the golden format cannot (the why of a person's trip)."""

import re

from geomove.read.assemble import extract
from geomove.read.forces import _carried_a_force, _flown_by_a_name
from geomove.read.roles import _from_site_before


def _carry(text):
    verb = re.search(r"\bcarr(?:y|ies|ied|ying)\b", text)
    return _carried_a_force(text, verb, len(text))


def test_carry_moves_a_force_only_with_a_direction():
    assert _carry("Two helicopters carried special forces from A to B.")
    assert _carry("The boats carried 200 marines to the island.")
    assert _carry("Trucks carried troops and weapons into the town.")
    assert not _carry("Two helicopters carried out strikes on the town.")
    assert not _carry("Trucks carried weapons from A to B.")
    assert not _carry("Trucks carrying soldiers left A for B.")


def test_site_left_before_the_locative_cue():
    text = "the army deployed there from its barracks in Marjayoun"
    assert _from_site_before(text, text.index(" in M") + 1)
    text = "the army deployed from its base at Marjayoun"
    assert _from_site_before(text, text.index(" at M") + 1)
    text = "the soldiers withdrew to their barracks in Marjayoun"
    assert not _from_site_before(text, text.index(" in M") + 1)


def test_flown_by_a_name():
    fly = re.search(r"(?P<verb>flew)", "X flew")
    arrive = re.search(r"(?P<verb>arrived)", "X arrived")
    assert _flown_by_a_name(["Marina", "Silva"], fly)
    assert not _flown_by_a_name(["Qatar", "Airways"], fly)
    assert not _flown_by_a_name(["Boko", "Haram"], arrive)


def test_person_flight_says_why(gazetteer):
    why = []
    feats = extract("Marina Silva flew from Brasília to Manaus on Monday.", published="2026-11-20",
                    gazetteer=gazetteer, why=why)
    assert feats == []
    assert any("a person's trip ('Marina Silva'" in w for w in why)
