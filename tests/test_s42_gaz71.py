"""s42 gaz71: places session 42's probes found missing or misread. Each is a row of
gazetteer/features.csv (or, for Pataz, an alias of the province's GeoNames record in
aliases.csv); SOURCES.md says where each point comes from. Before these rows 'Rubaya',
'Skouriotissa', 'San Martin Camp', 'Camp General Stefanik' and 'Simiri' answered no place or a
far namesake (San Martín, Peru), 'Pataz' no place (its province scored just below the bar), and
'Badhan' Abadan in Iran by a loose Arabic name. The sentences were written for these tests.

A row without a cited point of its own (the town of Rubaya, Camp General Stefanik) sits
at its anchor, a place its note names with the relation a source gives; its uncertainty covers
that relation.
"""

import csv
from pathlib import Path

import pytest

from geomove.mentions import PLACE_ROLES, find_mentions

DATA = Path(__file__).resolve().parent.parent / "gazetteer"
NEW_ROWS = {f"curated:{i}" for i in ("rubaya", "badhan-sanaag", "skouriotissa", "san-martin-camp",
                                     "camp-general-stefanik", "simiri")}


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


@pytest.mark.parametrize("text, surface, ident", [
    ("Clan militia withdrew toward Badhan from Erigavo on Tuesday.", "Badhan", "badhan-sanaag"),
    ("Puntland troops were sent to Badhan to guard the voter registration.", "Badhan", "badhan-sanaag"),
    ("M23 rebels entered Rubaya and took over the coltan pits around it.", "Rubaya", "rubaya"),
    ("Argentine peacekeepers drove from Skouriotissa to the buffer zone.", "Skouriotissa", "skouriotissa"),
    ("Nigerien soldiers from Ouallam reached Simiri after the attack.", "Simiri", "simiri"),
])
def test_a_place_named_in_a_sentence_is_read_as_its_row(gazetteer, text, surface, ident):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["gazetteer_id"] == f"curated:{ident}", found[surface]


@pytest.mark.parametrize("name, ident", [
    ("San Martin Camp", "san-martin-camp"),
    ("Camp San Martin", "san-martin-camp"),
    ("Camp General Stefanik", "camp-general-stefanik"),
    ("General Stefanik camp", "camp-general-stefanik"),
])
def test_the_unficyp_camps_are_their_rows(gazetteer, name, ident):
    # (looked up by name: in a sentence the mention finder still drops both camps, see the
    # branch's report; the rows are there for the look-up and for the day it does not)
    assert gazetteer.candidates(name)[0]["gazetteer_id"] == f"curated:{ident}"


def test_pataz_reads_the_province_of_la_libertad(gazetteer):
    found = _found("Peruvian soldiers were flown to Pataz after the killings at the gold mine.", gazetteer)
    assert found["Pataz"]["country"] == "PE" and found["Pataz"]["gazetteer_id"] == "geonames:3693821"


# -- near misses: the new rows take no name that means another place

@pytest.mark.parametrize("text, surface, country", [
    # 'San Martin' alone stays the Peruvian region or a town of the Americas, not the Cyprus camp
    ("Peruvian police flew from Lima to San Martin to guard the oil pipeline.", "San Martin", "PE"),
    # Abadan, written as Iran writes it, is still the Iranian port
    ("Iranian gunboats sailed from Abadan down the Shatt al-Arab.", "Abadan", "IR"),
    # a Sector 4 patrol's town is Famagusta itself, not the camp row beside it
    ("The patrol drove from Famagusta to Pyla on Friday.", "Famagusta", "CY"),
])
def test_a_near_miss_keeps_its_place(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert found[surface]["country"] == country, found[surface]
    assert found[surface]["gazetteer_id"] not in NEW_ROWS, found[surface]


def test_an_anchored_row_sits_at_its_anchor_within_its_uncertainty(gazetteer):
    with open(DATA / "features.csv", encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    for ident, sentence, surface in [
            ("rubaya", "Rebels held Rubaya.", "Rubaya"),
            ("camp-general-stefanik", None, "Camp General Stefanik")]:
        row = rows[ident]
        assert row["lat"] == "" and "anchor:" in row["note"], ident
        m = _found(sentence, gazetteer)[surface] if sentence else gazetteer.candidates(surface)[0]
        anchor = row["note"].split("anchor:")[1].split("(")[1].split(")")[0]
        lat, lon = (float(x) for x in anchor.split(","))
        assert (round(m["lat"], 3), round(m["lon"], 3)) == (round(lat, 3), round(lon, 3)), ident
        assert m["uncertainty_km"] >= float(row["uncertainty_km"]) - 0.5, ident
