"""Session 47, read130: the lead's reading probes (movements), one construction each, on
sentences written for these tests (see tests/golden/movements.jsonl, s47-read130-*)."""

import datetime as dt

from geomove.movements import extract
from geomove.read.left_then_returned import RELATIVE_DATED_DEPARTURE_AT_END, _OWN_TIME
from geomove.read.subject_from_country import _people_from

PUBLISHED = dt.date(2026, 12, 6)


def _all(text: str) -> list[dict]:
    return [f["properties"] for f in extract(text, published=PUBLISHED)]


def _one(text: str) -> dict:
    found = _all(text)
    assert len(found) == 1, found
    return found[0]


def _name(place: dict | None) -> str | None:
    return None if place is None else place["surface"]


# -- 1. "Soldiers from A moved from B to C": the people's home is no origin when the verb tells one
def test_people_from_a_town_are_no_origin_when_the_verb_tells_one():
    got = _one("Soldiers from Bossangoa moved from Bozoum to Bouar on Tuesday.")
    assert (_name(got["origin"]), got["via"], _name(got["destination"])) == ("Bozoum", [], "Bouar")
    text = "Police officers from Mosul drove from Tikrit to Baiji on Monday."
    assert _people_from(text, {"start": text.index("Mosul")})
    assert not _people_from(text, {"start": text.index("Tikrit")})


def test_a_convoy_from_a_town_keeps_its_start():
    text = "A convoy from Kherson drove from Mykolaiv to Odesa."
    assert not _people_from(text, {"start": text.index("Kherson")})
    got = _one(text)
    assert _name(got["origin"]) == "Kherson" and [v["surface"] for v in got["via"]] == ["Mykolaiv"]
    # (and with no start of the verb's own, the people's town stays the origin)
    assert _name(_one("Soldiers from Bossangoa moved to Bouar on Tuesday.")["origin"]) == "Bossangoa"


# -- 3. "The gendarmes who fled A last month have returned to the town"
def test_a_dated_relative_departure_then_a_return_to_the_town():
    assert _OWN_TIME.search("who fled Kaya last month have") is not None
    assert _OWN_TIME.search("who left Bentiu in May came") is not None
    assert _OWN_TIME.search("who left Bor drove") is None
    assert RELATIVE_DATED_DEPARTURE_AT_END.search("The gendarmes who fled Kaya last month have ") is not None
    got = _all("The gendarmes who fled Kaya two weeks ago have returned to the town.")
    assert sorted((_name(g["origin"]) or "", _name(g["destination"]) or "") for g in got) == [("", "Kaya"), ("Kaya", "")]
    assert all(g["actor"] == "gendarmes" for g in got)


def test_an_undated_relative_departure_is_one_move():
    got = _one("The soldiers who left Bor drove to Juba on Sunday.")
    assert (_name(got["origin"]), _name(got["destination"])) == ("Bor", "Juba")


def test_the_town_after_a_list_of_two_towns_is_no_end():
    got = _all("The gendarmes who fled Kaya and Djibo last month have returned to the town.")
    assert all(g["destination"] is None for g in got)
    # (the town of a kind the one place told is not: "the village" after a town)
    got = _all("The gendarmes who fled Kaya last month have returned to the village.")
    assert all(g["destination"] is None for g in got)


def test_a_relative_clause_cut_inside_its_month_does_not_crash():
    # ("in March" read as a date past the clause's end crashed _undated, main 852c3f08)
    got = _all("The soldiers who had left Djibo in March came back to the town on Friday.")
    assert any(_name(g["destination"]) == "Djibo" for g in got)


# -- 4. "Units had massed near X after moving from Y": X is the destination
def test_gathered_after_moving_is_the_destination():
    got = _one("Fighters massed near Mopti on Friday after driving from Sevare.")
    assert (_name(got["origin"]), _name(got["destination"])) == ("Sevare", "Mopti")
    got = _one("Troops were massed near Kassala after being flown from Port Sudan.")
    assert (_name(got["origin"]), _name(got["destination"])) == ("Port Sudan", "Kassala")


def test_gathered_before_another_forces_move_is_no_end():
    got = _one("Ukrainian units gathered near Kupiansk after Russian forces moved from Belgorod.")
    assert _name(got["origin"]) == "Belgorod" and got["destination"] is None


# -- 2. "Militiamen from the Nduma Defence of K": an armed group's name that holds a place
def test_a_groups_name_holding_a_place_is_the_actor_and_no_origin():
    from geomove.read.state_of_force import state_of_force
    text = "Gunmen from the Patriotic Defence of Niger moved toward Tillaberi."
    at = text.index("Niger")
    assert state_of_force(text, {"start": at, "kind": "country"}, 0)
    got = _one(text)
    assert got["origin"] is None and got["actor"] == "Patriotic Defence of Niger"
    got = _one("Fighters from the Patriotic Union of Kurdistan moved to Kirkuk.")
    assert got["origin"] is None and got["actor"] == "Patriotic Union of Kurdistan"


def test_no_organisations_head_no_groups_name():
    from geomove.read.state_of_force import state_of_force
    text = "Soldiers from the interior of Congo moved toward Walikale."
    assert not state_of_force(text, {"start": text.index("Congo"), "kind": "country"}, 0)
    # (the article alone before the head is no name: "the Defence of X" may be a battle's)
    text = "The Defence of Bunia was a long fight."
    assert not state_of_force(text, {"start": text.index("Bunia"), "kind": "city"}, 0)
    got = _one("Rebels from Chad moved toward Abeche.")
    assert _name(got["origin"]) == "Chad" and got["actor"] == "rebels"
