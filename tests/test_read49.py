"""read49's own reports (tests/fixtures/read49/): Latin America and Asia-Pacific (Colombia's
Catatumbo and Cauca, the Essequibo border, Mexico's Sinaloa and Chiapas, police missions in
Haiti and Ecuador, Myanmar, the Philippine Coast Guard at Ayungin Shoal, the Taiwan Strait and
Korea). Each report must give its hand-counted movements (gold.json, unseen32's format:
tests/handcounts.py). And the constructions read49 fixed, on sentences of our own."""

import pytest

from geomove.movements import extract
from handcounts import load

HERE, GOLD, REPORTS = load("read49")


def _read(text, gazetteer):
    return [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer)]


# --- a kind of force is an actor, whatever its first letter (read.force_reference)

@pytest.mark.parametrize("text, actor", [
    ("Commandos flew to Ocaña on Thursday.", "Commandos"),
    ("Riot police were sent to Esmeraldas on Wednesday.", "Riot police"),
    ("About 300 border guards were sent to Ubari.", "border guards"),
    ("A detachment of marines arrived in Lethem on Wednesday.", "marines"),
    ("A unit of 40 commandos was flown to Tibú.", "commandos"),
])
def test_a_kind_of_force_is_who_moved(text, actor, gazetteer):
    props = _read(text, gazetteer)
    assert len(props) == 1 and props[0]["actor"] == actor, props


@pytest.mark.parametrize("text", [
    "Troops moved into Tibú alongside members of the police.",   # 'Troops' refers back
    "Police said soldiers withdrew from Tibú on Thursday.",      # who said it
    "Soldiers arrived in Lethem on Wednesday.",
])
def test_no_kind_no_actor(text, gazetteer):
    props = _read(text, gazetteer)
    assert len(props) == 1 and props[0]["actor"] is None, props


# --- a state's organ before a force noun names it (read.state_organs.organ_force_subject)

def test_joined_subject_keeps_its_first_force(gazetteer):
    """'Army and government forces left X': one subject joined by 'and', not a clause's 'and'."""
    props = _read("Army and government forces left Lashio on Monday.", gazetteer)
    assert len(props) == 1 and props[0]["actor"] != "government forces", props


def test_a_clause_after_a_comma_and(gazetteer):
    props = _read("TNLA fighters entered Kyaukme on Wednesday, and junta troops retreated to Hsipaw.", gazetteer)
    assert {p["actor"] for p in props} == {"TNLA fighters", "junta troops"}, props


# --- an opening phrase before the speaker is no word of its name (read.said_pronoun._OPENER)

@pytest.mark.parametrize("text, actor", [
    ("In response, the Guyana Defence Force said a company of its soldiers flew from Georgetown to Lethem.",
     "Guyana Defence Force"),
    ("Meanwhile, the Guyana Defence Force said 80 of its soldiers moved from Georgetown to Lethem.",
     "Guyana Defence Force"),
    ("On Thursday, the Lebanese army said 500 of its soldiers moved from Tyre to Naqoura.", "Lebanese army"),
    # (twin: no opener, as before)
    ("The Lebanese army says about 500 soldiers of its 5th Brigade moved from Tyre to Naqoura.", "Lebanese army"),
])
def test_the_speaker_without_its_opener(text, actor, gazetteer):
    props = _read(text, gazetteer)
    assert len(props) == 1 and props[0]["actor"] == actor, props


# --- 'Army troops' near 'the border with X' are not X's (read.services._across_border)

def test_the_report_from_mexico_keeps_its_army(gazetteer):
    text = (HERE / "c_mexico_guard.txt").read_text(encoding="utf-8")
    props = [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer)]
    army = next(p for p in props if p["destination"] and "Comalapa" in (p["destination"].get("surface") or ""))
    assert army["actor"] == "Army troops (Mexico)"
