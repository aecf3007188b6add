"""Where a sentence is cut into clauses when a second subject with a verb of its own is joined
to the first (read18): sentences written for this test."""

import pytest

from geomove.read.cuts import _clauses
from geomove.read.lexicon import _TRIGGER_SCAN
from geomove.textutil import sentence_spans


def _parts(text: str) -> list[str]:
    spans, _legs = _clauses(text, sentence_spans(text), list(_TRIGGER_SCAN.finditer(text)))
    return [text[s:e].strip(" ,.") for s, e in spans]


@pytest.mark.parametrize("text, second", [
    ("Soldiers were flown from Kisangani to Goma, and the trucks drove from Bukavu to Uvira.",
     "the trucks drove from Bukavu to Uvira"),
    ("Units moved from Kharkiv to Izium while a second brigade marched from Dnipro to Pavlohrad.",
     "a second brigade marched from Dnipro to Pavlohrad"),
    ("Troops were airlifted to Gao, an officer said, and some 30 trucks carrying soldiers left Mopti for Timbuktu.",
     "some 30 trucks carrying soldiers left Mopti for Timbuktu"),
    ("Troops reached Sake, where a second battalion arrived from Bukavu on Tuesday.",
     "a second battalion arrived from Bukavu on Tuesday"),
])
def test_own_subject_opens_a_clause(text, second):
    assert _parts(text)[-1] == second


@pytest.mark.parametrize("text", [
    "Nigerien troops left Niamey on Monday and reached Tillaberi on Thursday.",  # one subject
    "Federal troops moved into Dessie on Monday and the next day moved on to Kombolcha.",  # time words
    "Buses transporting 200 soldiers and trucks carrying their equipment departed from Juba for Bor.",
    "The column crossed into Chad at Adre, and gendarmes on motorbikes escorted it to Abeche.",  # the same mover taken on
    "Troops advanced from Goma into Sake, where rebels had cut the road to Bukavu.",  # no movement verb after
])
def test_no_clause_of_its_own(text):
    assert _parts(text) == [text.rstrip(".")]
