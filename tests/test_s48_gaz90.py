"""Session 48 (gaz90): namesakes inside a force's name and in a far theatre, in sentences written
for these tests.

- "Australian Federal Police Land In Honiara": a state-level adjective that opens a force's or
  agency's name (wordlists.FORCE_NAME_OPENERS: Federal, National, Royal, Border, ...) right before
  the force's noun (FORCE_NAME_NOUNS: Police, Guard, Force, Marines, ...) is the name's first
  word, no lesser village of that name (Federal, New South Wales) held up only by its nearness to
  the text's other places (Acceptance._first_word_of_an_everyday_name). The town Federal of Entre
  Rios, told as a town, stays.
- "unrest near Henderson, east of Honiara": the index held no Henderson in the Solomon Islands, so
  the reader had only Henderson of Auckland (dropped as far from Honiara). Henderson Field, the
  airfield's former name, and Henderson, the area around it, are now names of Honiara
  International Airport (aliases.csv, airportsdata AGGH); a text about Auckland or Nevada keeps
  its own Henderson.
- Rove, the suburb of Honiara (features.csv, en.wikipedia 'Rove, Honiara').
"""

import csv
from pathlib import Path

import pytest

from placecounts import placed as _places
from placing import cited_point

from geomove.distance import haversine_km

GAZ = Path(__file__).resolve().parent.parent / "gazetteer"


# -- a word that opens a force's name

@pytest.mark.parametrize("text", [
    "Australian Federal Police Land In Honiara\n\nOfficers from Canberra and Brisbane flew in overnight to help local police.",
    "HONIARA - Australian Federal Police Arrive After Riots.\nFederal Police officers from Canberra landed "
    "in Honiara. Members of the Australian Federal Police flew in from Brisbane.",
    "Australian Federal Police Land In Port Vila\n\nOfficers from Canberra and Brisbane flew in on Sunday.",
])
def test_federal_before_police_is_the_force_s_name(gazetteer, text):
    names = [p[0] for p in _places(gazetteer, text)]
    assert "Federal" not in names
    assert "Canberra" in names


def test_the_town_federal_told_as_a_town_stays(gazetteer):
    text = "Residents of Federal, a town in Entre Rios, said police moved from Federal to Concordia on Monday."
    assert ("Federal", "AR", "town") in _places(gazetteer, text)


def test_a_town_s_own_police_keeps_the_town(gazetteer):
    # near miss: the word before "police" is no force-name opener, so the town's police stays the town's
    text = "Police moved from Media to Chester; Media police closed the bridge."
    assert [p for p in _places(gazetteer, text) if p[0] == "Media"]


# -- Henderson and Rove, Honiara

@pytest.mark.parametrize("text", [
    "HONIARA, Solomon Islands - Officers arrived on Tuesday to help local police after unrest near "
    "Henderson, east of Honiara. Crowds also gathered at Rove.",
    "Troops flew into Henderson Field, then drove to Rove in Honiara.",
])
def test_henderson_of_honiara(gazetteer, text):
    got = _places(gazetteer, text)
    hend = [p for p in got if p[0].startswith("Henderson")]
    assert hend and all(p[1] == "SB" and p[2] == "airfield" for p in hend)
    assert ("Rove", "SB", "town") in got


@pytest.mark.parametrize("text, country", [
    ("Police sealed off streets in Henderson after a shooting in west Auckland on Sunday.", "NZ"),
    ("Guardsmen drove from Las Vegas to Henderson and on to Boulder City as the fire grew.", "US"),
])
def test_a_far_henderson_keeps_its_own_theatre(gazetteer, text, country):
    assert [p for p in _places(gazetteer, text) if p[0] == "Henderson"][0][1] == country


def test_rove_far_from_honiara_is_no_suburb_of_it(gazetteer):
    text = "Firefighters moved from Marseille to Rove as the blaze spread toward Marignane and Martigues."
    assert not [p for p in _places(gazetteer, text) if p[0] == "Rove" and p[1] == "SB"]


def test_rove_row_is_its_cited_point():
    with open(GAZ / "features.csv", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["id"] == "rove-honiara")
    lat, lon = cited_point(row["source"])
    assert haversine_km(lat, lon, float(row["lat"]), float(row["lon"])) < 0.5
    assert row["country"] == "SB" and row["licence"] == "CC BY-SA 4.0"
