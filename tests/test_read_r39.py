"""read39's own reports (tests/fixtures/unseen39/), built on COORDINATION: a peacekeeping
rotation (UNIFIL), a handover of positions (KFOR), a swap of battalions between two sectors
(UNMISS), two forces moving opposite ways in one sentence (South Sudan), a list of units each to
its own place with ellipsis (UNFICYP), a plan and its realisation (Western Sahara) and
"respectively" / "the first ... the second" (UNDOF). Each report must give its hand-counted
movements (gold.json, checked by tests/handcounts.py); the ones it still gets wrong carry a
'gap' that says why. And the constructions read39 added, on sentences of our own (more in
tests/golden/movements.jsonl, ids r39-*).

A plan and its realisation in one report ("The ministry said on Monday it would send 400
soldiers from A to B. The soldiers arrived at B on Wednesday"): GUIDELINES say the same
movement told more than once is ONE movement, a planned move is optional and never counted as
reported, and the move told as done is reported. So the two tellings are one movement, status
reported, dated by the arrival, with the origin and count the plan told (read/realised_plan):
not a planned reading beside a reported one. Only when the arrival's subject refers back ("the
soldiers", "they"), names the planned destination, is not told apart ("a separate group") and
comes within a few clauses after the plan."""

import pytest

from geomove.movements import extract
from geomove.read.coordination import gapped_movers, respective_movers
from geomove.read.state import Fragment


@pytest.mark.parametrize("text, places, movers", [
    ("The Irish company went to Tyre, the Finnish platoon to Sidon and 40 more to Beirut.",
     ["Tyre", "Sidon", "Beirut"], ["the Finnish platoon", "40 more"]),
    ("Two platoons left; the first went to Gao and the second to Mopti.", ["Gao", "Mopti"], ["the second"]),
    # no mover between: a list of places, or a time of the same mover
    ("The company went to Tyre, Sidon and Beirut.", ["Tyre", "Sidon", "Beirut"], []),
    ("The company went to Tyre, and the next day to Sidon.", ["Tyre", "Sidon"], []),
    ("The company went to Tyre and then to Sidon.", ["Tyre", "Sidon"], []),
])
def test_gapped_movers(text, places, movers):
    ends = []
    for p in places:
        k = text.index(p)
        cue = text.rfind("to ", 0, k)
        ends.append(({"name": p, "surface": p}, cue if cue >= 0 and k - cue == 3 else k))
    frag = Fragment(sentence=0, trigger="went", trigger_start=0, destination=ends)
    assert list(gapped_movers(text, frag).values()) == movers


@pytest.mark.parametrize("what, n, movers", [
    ("The Irish and Polish battalions", 2, ["Irish battalion", "Polish battalion"]),
    ("the Ghanaian, Indonesian and Malaysian contingents", 3, ["Ghanaian contingent", "Indonesian contingent", "Malaysian contingent"]),
    ("French and Spanish troops", 2, ["French troops", "Spanish troops"]),
    ("The Irish and Polish battalions", 3, None),      # not one mover each
    ("The two battalions", 2, None),                   # no list of qualifiers
    ("The Irish and Polish ministers", 2, None),       # no force
])
def test_respective_movers(what, n, movers):
    assert respective_movers(what, n) == movers


@pytest.mark.parametrize("subject, n, movers", [
    ("NICOSIA, Nov 18 - The Austrian, Slovak and Serbian contingents", 3,
     ["Austrian contingent", "Slovak contingent", "Serbian contingent"]),
    ("On Monday, Austrian and Slovak platoons", 2, ["Austrian platoon", "Slovak platoon"]),
    ("The Austrian and Slovak platoons of the force", 2, None),   # the list does not end the words
])
def test_respective_movers_ending_the_subject(subject, n, movers):
    assert respective_movers(subject, n, at_end=True) == movers


def test_a_plan_carried_out_is_one_reported_movement(gazetteer):
    text = ("The ministry said on Tuesday it would fly 120 marines from Port Moresby to Lae. "
            "The marines landed in Lae on Thursday.")
    every = extract(text, published="2026-11-20", gazetteer=gazetteer, include_all=True)
    assert [f["properties"]["status"] for f in every] == ["reported"]
    props = every[0]["properties"]
    assert (props["origin"]["name"], props["destination"]["name"], props["count"], props["start"]) == \
        ("Port Moresby", "Lae", 120, "2026-11-19")


def test_a_plan_not_carried_out_stays_planned(gazetteer):
    text = "The ministry said on Tuesday it would fly 120 marines from Port Moresby to Lae. Police reinforcements reached Lae."
    every = extract(text, published="2026-11-20", gazetteer=gazetteer, include_all=True)
    assert sorted(f["properties"]["status"] for f in every) == ["planned", "reported"]
