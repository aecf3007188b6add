"""read52's own reports (tests/fixtures/read52/): north-east Syria and Iraq in the styles of the
outlets that report there (a Kurdish local outlet and a Kurdish agency in English translation, a
Syrian state agency story, an Iraqi Security Media Cell statement, a wire story). Each report
must give its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py; each
report has its own publication day). And the constructions read52 fixed, on sentences of our own."""

import pytest

from geomove.read.crossing_with import crossing_with_role
from geomove.read.entered_via import entered_by_way_of
from geomove.read.patron_place import patron_gap
from geomove.read.site_chain import site_chain_before


# --- a chain of site phrases after an arrival verb (read.site_chain)

@pytest.mark.parametrize("gap, chain", [
    (" at the base of the occupation army in the village of Abu Rasin, ", True),
    (" on Monday at the positions of the 17th Division in the village of Jadeed Ekeidat ", True),
    (" at the headquarters in the town of Tal Hamis, ", True),
    (" at the meeting of the council in the village of Abu Rasin, ", False),   # no site noun
    (" from the base of the army in the village of Abu Rasin, ", False),       # another cue
])
def test_site_chain(gap, chain):
    text = "Reinforcements arrived" + gap + "in the countryside of Tal Tamr."
    verb_end = len("Reinforcements arrived")
    assert site_chain_before(text, verb_end, verb_end + len(gap), []) is chain


def test_no_chain_through_a_known_place():
    text = "Reinforcements arrived at the base in the town of Hasakah, in the countryside of Tal Tamr."
    at = text.index("in the countryside")
    known = [{"start": text.index("Hasakah"), "end": text.index("Hasakah") + 7}]
    assert site_chain_before(text, len("Reinforcements arrived"), at, known) is False


# --- a patron named inside the phrase a cue governs (read.patron_place)

@pytest.mark.parametrize("gap, patron", [
    ("Iraqi armed groups backed by ", True),
    ("militias loyal to the ", True),
    ("factions aligned with ", True),
    ("the 5th Brigade ", False),
    ("Iraqi armed groups ", False),
])
def test_patron_gap(gap, patron):
    assert patron_gap(gap) is patron


# --- entering by a crossing is no stop (read.entered_via)

@pytest.mark.parametrize("text, by_way", [
    ("The convoy entered via the al-Walid crossing and headed to Rmelan.", True),
    ("The convoy entered through Semalka with Iraqi Kurdistan and headed to Rmelan.", True),
    ("The convoy entered through Semalka into Hasakah and headed to Rmelan.", False),   # an end of its own
    ("The convoy entered Syria via Semalka and headed to Rmelan.", False),             # an object
])
def test_entered_by_way_of(text, by_way):
    verb_end = text.index("entered") + len("entered")
    assert entered_by_way_of(text, verb_end, text.index(" and headed")) is by_way


# --- the far side of a crossing told with "with" (read.crossing_with)

@pytest.mark.parametrize("before, verb, role", [
    ("entered via the illegitimate al-Walid crossing with ", "enter", "origin"),
    ("withdrew across the Semalka crossing with the ", "withdraw", "destination"),
    ("were deployed near the Semalka crossing with ", "deploy", None),     # presence: no role
    ("entered Hasakah with the agreement of ", "enter", None),           # no crossing before
])
def test_crossing_with_role(before, verb, role):
    text = before + "Iraq."
    assert crossing_with_role(text, len(before), verb) == role
