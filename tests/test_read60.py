"""read60's own reports (tests/fixtures/read60/): southern and West Africa and Somalia written as
their local outlets and wire services write them -- a Mozambican daily on Cabo Delgado, a Radio
Okapi-style bulletin on SAMIDRC leaving Goma, a Nigerian army communique, a Nigerian daily on the
Niger Delta, a Cameroonian correspondent's WhatsApp-sourced account, a wire story on Benin's and
Togo's northern borders and an AUSSOM press statement. Each report must give its hand-counted
movements (gold.json, unseen32's format: tests/handcounts.py, run by tests/test_handcounted.py). And the constructions read60
fixed, on sentences of our own (the golden lines read60-* hold the whole readings)."""

import re

import pytest

from geomove.read.denied_clause import denied_after
from geomove.read.event_day import day_of_another_event
from geomove.read.lexicon import BARE_NUMBERED_UNIT
from geomove.read.site_address import site_addressed, town_of_site_part
from geomove.read.state_of_force import state_of_force
from geomove.read.stop_passed import went_on_after_stop

# --- a unit numbered by a bare cardinal (lexicon.BARE_NUMBERED_UNIT)

@pytest.mark.parametrize("text, unit", [
    ("Troops of 21 Special Armoured Brigade advanced", True),
    ("Personnel of 6 Battalion withdrew", True),
    ("48 PMF Squadron arrived", True),
    ("Marines of 3 Commando Brigade flew", True),
    ("150 Marines flew", False),                          # a count before a plural
    ("Some 200 Wagner Group fighters moved", False),      # not 'Group', and the people it counts follow
    ("40 Toyota trucks moved", False),
])
def test_bare_numbered_unit(text, unit):
    assert (re.search(BARE_NUMBERED_UNIT, text) is not None) is unit


# --- a site before the town that holds it (read.site_address)

@pytest.mark.parametrize("gap, kind, addressed", [
    ("the Nigerian Navy Ship Pathfinder, ", "city", True),
    ("the Depot Nigerian Army, ", "city", True),
    ("the Defence Academy, ", "city", True),
    ("the Wagner Group, ", "city", False),      # no word of a site
    ("the Defence Academy, ", "country", False),  # a country is read as before (roles._ADDRESS_AREA_KINDS)
])
def test_site_addressed(gap, kind, addressed):
    assert site_addressed(gap, {"kind": kind}) is addressed


def test_the_sites_town_is_no_part_of_what_moved():
    assert town_of_site_part(["Recruits from the Depot Nigerian Army", " Zaria", ""], 1)
    assert not town_of_site_part(["Fighters from the Wagner Group", " Kidal", ""], 1)


# --- a state after a force's noun (read.state_of_force)

@pytest.mark.parametrize("text, name, owner", [
    ("the arrival of 350 troops of the Arab Republic of Egypt at X", "Arab Republic of Egypt", True),
    ("the arrival of 200 soldiers of Burundi in Baidoa", "Burundi", True),
    ("the arrival of 200 soldiers from Burundi in Baidoa", "Burundi", False),
    ("the arrival of the foreign minister of Kenya in Mogadishu", "Kenya", False),
])
def test_state_of_force(text, name, owner):
    at = text.index(name)
    assert state_of_force(text, {"kind": "country", "start": at, "end": at + len(name)}, 0) is owner


# --- a day owned by another event (read.event_day)

class _Day:
    def __init__(self, text, word):
        self.start = text.index(word)
        self.end = self.start + len(word)


@pytest.mark.parametrize("text, other", [
    ("moving into Delta State ahead of Saturday's local government elections", True),
    ("after Sunday's attack on a post", True),
    ("Saturday's deployment of police units", False),
    ("arrived on Saturday", False),
])
def test_day_of_another_event(text, other):
    day = next(w for w in ("Saturday", "Sunday") if w in text)
    assert day_of_another_event(text, _Day(text, day)) is other


# --- a claim rejected in the next sentence (read.denied_clause)

@pytest.mark.parametrize("text, denied", [
    ("Residents said M23 fighters had moved into Sake. The AFC/M23 spokesman, Lawrence Kanyuka, rejected the claim.", True),
    ("Residents said M23 fighters had moved into Sake. On Monday, the army denied the reports.", True),
    ("M23 fighters moved into Sake. The spokesman rejected the claim.", False),                # told as fact
    ("Residents said M23 fighters had moved into Sake. The army rejected calls for talks.", False),
])
def test_claim_rejected_next_sentence(text, denied):
    assert (denied_after(text, text.index(".") + 1) is not None) is denied


# --- a stop the force went on from (read.stop_passed)

@pytest.mark.parametrize("text, passed", [
    ("spent the night at Ndop and drove on at dawn", True),
    ("halted at Ndop and continued north", True),
    ("spent the night at Ndop", False),
])
def test_went_on_after_stop(text, passed):
    slots = [("via_stop", [], text.index("Ndop"))]
    assert went_on_after_stop(text, slots, len(text)) is passed
