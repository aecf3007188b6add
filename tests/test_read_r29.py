"""read29's own reports (tests/fixtures/precision29/): newswire, sitrep and brief texts written for
these tests, dense with what is no movement (fighting, captures, officials' trips and
delegations, habitual and aggregate statements, routes told as geography, purpose clauses,
presence, denied / planned / hypothetical moves, questions) beside true movements, and with the
rules of one movement or several (headline, lede and body; "a second / separate convoy";
"respectively" lists with their days; "at A and at the roadblocks of B and C"). Each report
must give exactly its hand-counted movements (gold.json): none missed, none spurious, none
merged or split."""

import json
from pathlib import Path

import pytest

from geomove.movements import extract
from movement_match import matches, show

HERE = Path(__file__).parent / "fixtures" / "precision29"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
REPORTS = sorted(k for k in GOLD if not k.startswith("_"))


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    text = (HERE / name).read_text(encoding="utf-8")
    features = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert matches(features, GOLD[name]["movements"]), f"{name}: read {show(features)}"


def test_every_report_has_its_count():
    assert sorted(p.name for p in HERE.glob("*.txt")) == REPORTS
    assert all(GOLD[k]["movements"] for k in REPORTS)


def test_non_reported_moves_are_kept_with_their_status(gazetteer):
    """The question, the denial and the plans of the reports are no reported movement, but
    --all keeps them with their status (GUIDELINES: denied / planned are optional)."""
    text = (HERE / "f_brief_ituri.txt").read_text(encoding="utf-8")
    every = extract(text, published="2026-11-20", gazetteer=gazetteer, include_all=True)
    statuses = {f["properties"]["status"] for f in every}
    assert {"planned", "background"} <= statuses


@pytest.mark.parametrize("text, what", [
    # a first verb phrase joined to the movement's verb is not part of what moved
    ("M23 fighters captured Sake and then entered Goma on Monday.", "M23 fighters"),
    ("RSF fighters looted the market in Bara and withdrew towards En Nahud on Monday.", "RSF fighters"),
    # a participle of presence set off by commas is not part of what moved
    ("Ugandan troops, deployed in Bunia since 2021, moved to Goma on Monday.", "Ugandan troops"),
    # the noun of a source before its verb of saying is no verb of saying itself
    ("An unconfirmed report said Wagner fighters had moved from Timbuktu to Goundam.", "Wagner fighters"),
    # twins: adjectives joined by 'and', a relative clause: the subject's own words stay
    ("Armed and equipped fighters moved to Goma on Monday.", "Armed and equipped fighters"),
    ("Fighters who seized Sake moved to Goma on Monday.", "Fighters who seized Sake"),
])
def test_what_moved_leaves_out_other_verb_phrases(text, what, gazetteer):
    features = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert [f["properties"]["what"] for f in features] == [what]
