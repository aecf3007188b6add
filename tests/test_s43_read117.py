"""Session 43, read117: reading gaps this session's helpers noticed: a service named as a new
subject after a state's troops, a country's abbreviation before a weapon system's name, "the
village" left after "reached A after leaving B", and "were called in from A to B"."""

import re

from geomove.movements import extract
from geomove.read.called_in import calls_in_a_force
from geomove.read.goal_antecedent import arrival_before_leaving
from geomove.read.service_branch import service_named_after_troops


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"])) for f in features]


# -- a service named apart (events._service_named_apart, weights service_named_apart)

def test_a_service_other_than_the_army_after_troops_is_another_actor():
    assert service_named_after_troops("Malian troops", "Malian National Guard")
    assert service_named_after_troops("Colombian soldiers", "Colombian Air Force")
    assert not service_named_after_troops("Indian troops", "Indian Army")  # (the army: the troops told)
    assert not service_named_after_troops("the Navy", "the Air Force")  # (two services: different_services)
    assert not service_named_after_troops(None, "the National Guard")


def test_the_guard_moved_after_troops_is_a_movement_of_its_own(gazetteer):
    text = "Senegalese troops were flown from Dakar to Tambacounda on Monday. The National Guard then moved 90 men to Kedougou."
    assert sorted(_ends(extract(text, published="2026-11-14", gazetteer=gazetteer)), key=str) == \
        sorted([("Dakar", "Tambacounda"), (None, "Kedougou")], key=str)


# -- a country's abbreviation before a system's name (mentions.scan._system_named_after)

def test_abbreviation_before_a_system_is_the_actor(gazetteer):
    for text, who in (("US Apache helicopters were flown to Rzeszow on Monday.", "US"),
                      ("UK Challenger tanks were moved to Tapa on Monday.", "UK")):
        features = extract(text, published="2026-11-14", gazetteer=gazetteer)
        assert [f["properties"]["actor"].split()[0] for f in features] == [who], text


# -- "reached A after leaving B. They left the village" (goal_antecedent.arrival_before_leaving)

def _mention(text, word, kind):
    start = text.index(word)
    return {"start": start, "end": start + len(word), "kind": kind}


def test_the_village_left_next_is_the_place_arrived_in():
    text = "Fighters reached Tessalit on Monday after leaving Aguelhok. They left the village on Thursday."
    a, b = _mention(text, "Tessalit", "village"), _mention(text, "Aguelhok", "village")
    assert arrival_before_leaving(text, b, [a, b], {"village", "town"}, text.index("the village")) is a
    # (the same sentence: no force has left it yet, the rule is not asked)
    same = "Fighters reached Tessalit after leaving Aguelhok, the village they held."
    a, b = _mention(same, "Tessalit", "village"), _mention(same, "Aguelhok", "village")
    assert arrival_before_leaving(same, b, [a, b], {"village", "town"}, same.index("the village")) is None


# -- "called in" (read.called_in through read.idle_verbs)

def _called_in(text):
    return calls_in_a_force(text, re.search(r"called in", text))


def test_called_in_moves_a_force_only(gazetteer):
    assert _called_in("Extra police units were called in from Lyon to Grenoble.")
    assert _called_in("The army called in reinforcements from Gao.")
    assert not _called_in("Soldiers called in airstrikes on Kidal.")
    assert not _called_in("Two officers were called in from Lahore for questioning.")
    assert extract("Soldiers called in air support near Kidal on Monday.", published="2026-11-14", gazetteer=gazetteer) == []
