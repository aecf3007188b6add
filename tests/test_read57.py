"""read57's own reports (tests/fixtures/read57/): routes with places passed and places that only
look passed (a teller's place, a home base, a clash near the road, a region that holds an end),
in Mali, the French navy's seas, the Turkish Straits and Syria, South Sudan, Somalia and NATO's
eastern flank. Each report must give its hand-counted movements (gold.json, unseen32's format:
tests/handcounts.py, with the via of every movement). And the constructions read57 fixed, on
sentences of our own (the golden lines read57-* hold the whole readings)."""

import pytest

from geomove.read.home_base import home_base_beside_origin
from geomove.read.met_elsewhen import met_another_time
from geomove.read.road_ends import road_ends
from geomove.read.teller_place import teller_at
from geomove.read.via_list import via_listed


def _at(text, name):
    i = text.index(name)
    return {"start": i, "end": i + len(name), "surface": name}


# --- a teller's place (read.teller_place)

@pytest.mark.parametrize("text, name, told", [
    ("... routed through Poland, a Bundeswehr spokesman in Vilnius told us.", "Vilnius", True),
    ("... along the road, our correspondent in Elk reports.", "Elk", True),
    ("... according to local monitors in Tawila.", "Tawila", True),
    ("A ship-spotter in Istanbul photographed her deck.", "Istanbul", True),
    ("... and was handed over to officials in Bentiu, a source said.", "Bentiu", False),   # not a teller's noun
    ("The spokesman in Juba arrived in Bor.", "Juba", False),                              # no word of telling
])
def test_teller_place(text, name, told):
    assert teller_at(text, _at(text, name), 0, len(text)) is told


# --- a home base beside an origin told (read.home_base)

def test_home_base_leaves_when_another_origin_is_told():
    text = "Soldiers based in Nimule moved from Kajo Keji to Yei."
    base, origin, goal = _at(text, "Nimule"), _at(text, "Kajo Keji"), _at(text, "Yei")
    slots = [("origin", [base], text.index("based")), ("origin", [origin], text.index("from")),
             ("destination", [goal], text.index("to Yei"))]
    why = []
    assert [g[0]["surface"] for _r, g, _a in home_base_beside_origin(text, slots, why)] == ["Kajo Keji", "Yei"]
    assert why


def test_home_base_alone_stays_the_origin():
    text = "Soldiers based in Nimule moved to Yei."
    slots = [("origin", [_at(text, "Nimule")], text.index("based")), ("destination", [_at(text, "Yei")], text.index("to Yei"))]
    assert home_base_beside_origin(text, slots, []) == slots


# --- a road named by its ends (read.road_ends)

@pytest.mark.parametrize("text, found", [
    ("drove north along the Elk-Suwalki road", True),
    ("moved down the Damascus-Aleppo highway to Hama", True),
    ("as clashes along the Juba-Nimule road continued", False),    # a fight, no way taken
    ("the Renk - Malakal river route remains open", False),         # no cue of going along it
])
def test_road_told_as_the_way(text, found):
    names = [w for w in ("Elk", "Suwalki", "Damascus", "Aleppo", "Juba", "Nimule", "Renk", "Malakal") if w in text]
    mentions = sorted((_at(text, n) for n in names), key=lambda m: m["start"])
    assert bool(road_ends(text, mentions, 0)) is found


# --- a list of places passed with their articles (read.via_list)

@pytest.mark.parametrize("gap, prev, listed", [
    (" and the ", "via", True), (", the ", "via", True), (", and the ", "via", True),
    (" and the ", "destination", False),   # "to Gao and the Kidal region": as before
    (" in the ", "via", False),            # the noun phrase going on
])
def test_via_listed(gap, prev, listed):
    assert via_listed(gap, prev) is listed


# --- a meeting dated to another time (read.met_elsewhen)

@pytest.mark.parametrize("text, other", [
    ("which had been attacked near Gao in October, drove", True),
    ("where jihadists attacked a convoy at Douentza last week.", True),
    ("was attacked near Bourem two weeks ago.", True),
    ("was ambushed near Bourem on Monday.", False),
])
def test_met_another_time(text, other):
    verb = next(i for w in ("attacked", "ambushed") if (i := text.find(w)) >= 0)
    place = next(n for n in ("Gao", "Douentza", "Bourem") if n in text)
    assert met_another_time(text, verb, text.index(place) + len(place), len(text)) is other


# --- a place on a way not taken (read.way_not_taken)

@pytest.mark.parametrize("text, cue, aside", [
    ("avoiding the main road through Mykolaivka", "through", True),
    ("instead of going through Torit", "through", True),
    ("rather than via Tahoua", "via", True),
    ("avoided Bourem and drove through Ansongo", "through", False),   # the way taken
    ("drove through Kapoeta", "through", False),
])
def test_way_not_taken(text, cue, aside):
    from geomove.read.way_not_taken import way_not_taken
    assert way_not_taken(text, text.index(cue)) is aside


# --- a relative clause of the subject's apposition (read.subject_relative)

@pytest.mark.parametrize("text, name, inside", [
    ("The Ivan Khurs, an intelligence ship that has often shadowed drills in Norway, left Baltiysk.", "Norway", True),
    ("Troops, who had been stationed in Kharkiv since 2022, moved to Sumy.", "Kharkiv", False),   # presence
    ("JNIM fighters, al-Qaeda's branch in the Sahel, left Boni.", "Sahel", False),                 # no relative
])
def test_subject_relative(text, name, inside):
    from geomove.read.subject_relative import in_subject_relative
    verb = next(text.index(v) for v in (" left ", " moved ") if v in text) + 1
    assert in_subject_relative(text, _at(text, name), 0, verb) is inside


# --- an apposition about another journey (read.compared_aside)

@pytest.mark.parametrize("text, aside", [
    ("They drove from A to B, the same road that rebels used in 2015 to reach C.", True),
    ("They flew from A to B, a journey longer than the one others made in 2014.", True),
    ("They drove from A to B, a journey of 300 km.", False),
    ("They drove from A to B, a route that passes through C.", False),
])
def test_compared_aside(text, aside):
    from geomove.read.compared_aside import compared_aside
    assert (compared_aside(text, 0, len(text)) is not None) is aside
