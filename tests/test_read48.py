"""read48's own reports (tests/fixtures/read48/): the Sahel, Sudan, the Horn of Africa, eastern
DRC and Cabo Delgado in the genres used there (a translated FAMa communiqué, wires relaying local
radio, an OCHA flash update, a weekly security brief, an OSINT airlift thread). Each report must
give its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py; each report
has its own publication day). And the constructions read48 fixed, on sentences of our own."""

import pytest

from geomove.movements import extract
from geomove.read.arrow_route import arrow_legs
from geomove.textutil import arrow_role
from geomove.read.comma_splice import comma_splices
from geomove.read.initials_name import initials_of
from handcounts import load

HERE, GOLD, REPORTS = load("read48")


# --- the arrow (read.arrow_route)

@pytest.mark.parametrize("text, role", [
    ("Gao → Kidal", "origin"),
    ("Gao -> Kidal", "origin"),
    ("Gao=>Kidal", "origin"),
    ("Gao, Kidal", None),
])
def test_the_place_before_an_arrow_is_where_the_leg_began(text, role):
    assert arrow_role(text, 0, 3) == role


def test_the_place_after_an_arrow_is_where_the_leg_ended():
    text = "Gao → Kidal"
    assert arrow_role(text, text.index("Kidal"), len(text)) == "destination"


def test_legs_and_the_return():
    text = "Bamako → Timbuktu, then back to Bamako"
    spans = [(0, 6), (9, 17), (32, 38)]
    mentions = [{"start": a, "end": b, "surface": text[a:b]} for a, b in spans]
    legs = [(o["surface"], d["surface"]) for o, d in arrow_legs(text, mentions)]
    assert legs == [("Bamako", "Timbuktu"), ("Timbuktu", "Bamako")]


# --- a comma alone between clauses (read.comma_splice): not after an opening participle, not a date's

@pytest.mark.parametrize("text, n", [
    ("M23 rebels withdraw from Kitchanga, Burundian troops arrive in Uvira", 1),
    ("Having left Gondar on Monday, the troops reached Metema", 0),
    ("On March 1, 2020 troops moved", 0),
])
def test_commas_that_may_open_a_clause(text, n):
    assert len(comma_splices(text, 0, len(text))) == n


def test_initials_of_a_name():
    assert initials_of("a large group of Rapid Support Forces (RSF) fighters") == {"rsf"}
    assert initials_of("Somali National Army (SNA) troops") == {"sna"}
    assert initials_of("RSF fighters") == set()


# --- the reports' readings the hand counts do not check by key

def _read(name, gazetteer):
    text = (HERE / name).read_text(encoding="utf-8")
    return [f["properties"] for f in extract(text, published=GOLD[name]["published"], gazetteer=gazetteer)]


def test_the_osint_legs_keep_their_own_aircraft(gazetteer):
    second = [p for p in _read("g_osint_mali_airlift.txt", gazetteer) if p["what"] == "second Il-76"]
    assert [(p["origin"]["name"], p["destination"]["name"]) for p in second] == [("Bamako", "Timbuktu"), ("Timbuktu", "Bamako")]


def test_no_aid_convoy_and_no_displaced_people(gazetteer):
    whats = [p["what"] or "" for n in ("c_ocha_sudan.txt", "f_cabo_delgado.txt") for p in _read(n, gazetteer)]
    assert not any("food" in w or "most of them" in w for w in whats), whats
