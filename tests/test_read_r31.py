"""read31's own reports (tests/fixtures/unseen31/): genres and theatres the dev set lacks -- a UN
mission's press briefing (rotations, contingents inducted and repatriated), an OCHA flash update
(armed groups moving beside displacement, which is no movement of a force), a Sahel / Lake Chad
weekly, a Horn of Africa wire (AUSSOM handovers), a Mexico / Central America piece, a Red Sea /
Gulf piece (ships that transited, repositioned, called at) and a Sudan / Libya piece. Each
report must give exactly its hand-counted movements (gold.json); a report the reader does not
read exactly yet says why in gold.json "fails" (mostly places the gazetteer lacks) and must
fail, so that it is promoted once read. Sentences and reports written for these tests."""

import json
from pathlib import Path

import pytest

from geomove.movements import extract
from movement_match import matches, show

HERE = Path(__file__).parent / "fixtures" / "unseen31"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
REPORTS = sorted(k for k in GOLD if not k.startswith("_"))


@pytest.mark.parametrize("name", [
    pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=GOLD[k]["fails"])) if GOLD[k].get("fails") else k
    for k in REPORTS])
def test_report_reads_its_hand_count(name, gazetteer):
    text = (HERE / name).read_text(encoding="utf-8")
    features = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert matches(features, GOLD[name]["movements"]), f"{name}: read {show(features)}"


def test_every_report_has_its_count():
    assert sorted(p.name for p in HERE.glob("*.txt")) == REPORTS
    for k in REPORTS:
        words = len((HERE / k).read_text(encoding="utf-8").split())
        assert 180 <= words <= 400 and GOLD[k]["movements"]
        before, after = GOLD[k]["hand_count"]["before"], GOLD[k]["hand_count"]["after"]
        required = len(GOLD[k]["movements"])
        assert before["right"] + before["wrong_end"] + before["missed"] == required
        assert after["right"] + after["wrong_end"] + after["missed"] == required
