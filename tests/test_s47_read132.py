"""Session 47, read132: 1. the active "massed near X before moving to Y" (read.staged_origin.
gathered_before_moving); 2. a bare apostrophe as the possessive of a name in -s; 3. an area opening an armed group's name; on sentences written for these tests (tests/golden/movements.jsonl,
s47-read132-*)."""

import datetime as dt

from geomove.movements import extract

PUBLISHED = dt.date(2024, 1, 10)


def _all(text: str) -> list[dict]:
    return [f["properties"] for f in extract(text, published=PUBLISHED)]


def _ends(text: str) -> list[tuple]:
    return [(p["origin"] and p["origin"]["surface"], p["destination"] and p["destination"]["surface"])
            for p in _all(text)]


def test_place_massed_near_before_moving_is_the_origin():
    assert _ends("Ethiopian units massed near Humera before moving to Sheraro on Tuesday.") == [("Humera", "Sheraro")]
    assert _ends("Colombian troops massed outside Tame before advancing into Saravena.") == [("Tame", "Saravena")]


def test_a_day_between_the_place_and_before():
    assert _ends("Burkinabe soldiers gathered near Djibo on Friday before heading to Arbinda.") == [("Djibo", "Arbinda")]


def test_why_names_the_rule():
    why: list[str] = []
    extract("Colombian troops massed outside Tame before advancing into Saravena.", published=PUBLISHED, why=why)
    assert any("gathered before the move" in w and "Tame" in w for w in why), why


def test_another_subject_after_before_gets_no_origin():
    assert _ends("Colombian troops massed outside Tame before rebels moved into Saravena.") == [(None, "Saravena")]


def test_no_verb_of_moving_after_before_is_no_movement():
    assert _all("Ethiopian units massed near Humera before the talks in Sheraro.") == []


# -- 2. "the Netherlands' Limburg province": a bare apostrophe after a name ending in -s is its possessive
def test_bare_apostrophe_possessive_keeps_the_phrase_going():
    assert _ends("Police were flown from Nairobi to the Netherlands' Limburg province.") == [("Nairobi", "Limburg")]
    assert _ends("Soldiers were sent to the United States\u2019 Fort Bliss base in Texas.") == [(None, "Fort Bliss")]


def test_bare_apostrophe_owner_of_the_force_is_no_place_of_the_move():
    assert _ends("The Netherlands' marines moved from Den Helder to Rotterdam on Monday.") == [("Den Helder", "Rotterdam")]


# -- 3. "Gunmen from the Sinai Defence of Egypt": an area opening an armed group's name
def test_area_opening_a_group_name_is_no_origin():
    assert _ends("Gunmen from the Sinai Defence of Egypt moved from Arish to Rafah.") == [("Arish", "Rafah")]
    got = _all("Fighters from the Levant Defence of Syria moved from Idlib to Afrin.")
    assert [(p["origin"]["surface"], p["via"]) for p in got] == [("Idlib", [])]


def test_area_before_a_plain_noun_and_of_stays_a_place():
    assert _ends("Soldiers moved from the Tillaberi region of Niger to Ayorou.") == [("Tillaberi", "Ayorou")]
    assert _ends("Troops were flown from the Kivu base of the army to Kinshasa.") == [("Kivu", "Kinshasa")]
