"""read38's own reports (tests/fixtures/unseen38/), in the style of official statements and wire
copy as they read in English translation: a defence ministry's daily statement, a state-media
dispatch with long titles, a Sahel communiqué translated from French, a report translated from
Arabic, a Turkish MoD briefing, a UN mission press release with contingents, and wire copy. Each
report must give its hand-counted movements (gold.json), the keys of a known gap (a gazetteer
row) not checked; no more reported readings than the gold, its optional ones and the known
spurious ones. And the constructions read38 fixed, on sentences of our own.

One subject, two verbs (the brief's first known gap): "Rwandan troops crossed into Congo near
Goma and moved toward Sake" is ONE movement, from Rwanda through (near) Goma to Sake. GUIDELINES
cut a route into legs only where the report tells of an arrival and a later departure, and a
crossing on the way is via; a verb of crossing with a country for its end, made finer by "near
X" or "at X", tells where the border was crossed, not where the force arrived. So the later end
in the same country is the destination and the crossing place a via (read.crossing_passed).
With no later end the crossing place stays the end (the most specific place on the far side),
and a later end in another country ("and returned to Garissa") is a movement of its own."""

import pytest

from geomove.movements import extract
from geomove.read.called_untrue import called_untrue
from geomove.read.estimated_count import estimated_in_clause, tally_at_end
from geomove.read.passive_agent import place_reinforced_by
from geomove.read.route_length import route_length_origin
from geomove.read.unit_names import named_unit_subject


def _read(text, gazetteer, **kw):
    return [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer, **kw)]


# --- one subject, two verbs: the crossing place passed (read.crossing_passed)

@pytest.mark.parametrize("text, via, end", [
    ("Rwandan troops crossed into Congo near Goma and moved toward Sake.", "Goma", "Sake"),
    ("Kenyan troops crossed into Somalia near Dhobley and moved toward Afmadow.", "Dhobley", "Afmadow"),
    # "at X" was read so already: the same reading
    ("Chadian troops crossed into Niger at Nguigmi and pushed on to Diffa.", "Nguigmi", "Diffa"),
])
def test_a_crossing_then_an_advance_is_one_movement(text, via, end, gazetteer):
    props = _read(text, gazetteer)
    assert len(props) == 1, props
    assert [v["name"] for v in props[0]["via"]] == [via] and props[0]["destination"]["name"] == end


# --- counts told apart from the noun (read.estimated_count)

@pytest.mark.parametrize("text, value", [
    ("a force estimated at 2,000 moved", 2000),
    ("a column put at about 60 vehicles left", 60),
    ("troops thought to number 500 arrived", 500),
])
def test_an_estimate_in_the_clause_counts(text, value):
    assert estimated_in_clause(text, 0, len(text))["value"] == value


@pytest.mark.parametrize("text", [
    "a column estimated at 30 km long left",
    "the damage was estimated at 3 million dollars",
    "a force of unknown size moved",
])
def test_no_estimate_of_size(text):
    assert estimated_in_clause(text, 0, len(text)) is None


def test_a_tally_after_the_clause_counts_and_a_part_does_not():
    text = "Soldiers left Gao for Menaka on Monday, 600 of them."
    assert tally_at_end(text, 0, len(text))["value"] == 600
    part = "120 of them then left for Kidal."
    assert tally_at_end(part, 0, len(part)) is None


def test_an_estimate_told_after_gives_the_count(gazetteer):
    props = _read("A convoy of rebels left Rutshuru for Goma on Tuesday. Local officials put it at about 70 vehicles.", gazetteer)
    assert [p["count"] for p in props] == [70]


# --- "No 2 company" is a designator (read.designators)

def test_no_and_a_figure_is_no_negation(gazetteer):
    assert [p["status"] for p in _read("No 2 company left Gao for Ansongo.", gazetteer, include_all=True)] == ["reported"]
    assert [p["status"] for p in _read("No company left Gao for Ansongo.", gazetteer, include_all=True)] != ["reported"]


# --- denials in official words (read.called_untrue)

def test_a_statement_called_untrue():
    text = "The statements of the Kyiv regime that Russian units have left Vovchansk do not correspond to reality."
    assert called_untrue(text, 0, text.index("left"), len(text))
    said = "Officials said that Russian units have left Vovchansk and did not correspond with anyone."
    assert not called_untrue(said, 0, said.index("left"), len(said))


# --- a route's length (read.route_length)

def test_a_route_length_is_no_relative_place():
    text = "The battalion completed a march of 300 km from Pechenga to Kandalaksha."
    at = text.index("Pechenga")
    m = {"start": at, "end": at + 8, "name": "Pechenga", "relation": {"type": "near", "distance_km": 300.0},
         "phrase": {"start": text.index("300"), "end": at + 8}, "anchor": {"name": "Pechenga", "precision": "exact"}}
    assert "relation" not in route_length_origin(text, m)
    placed = "Troops moved to a village 300 km from Pechenga to the north."
    at = placed.index("Pechenga")
    m2 = {**m, "start": at, "end": at + 8, "phrase": {"start": placed.index("300"), "end": at + 8}}
    assert route_length_origin(placed, m2) is m2   # no verb of going right before the distance


# --- unit names and passive agents (read.unit_names, read.passive_agent)

@pytest.mark.parametrize("subject, unit", [
    ("The servicemen of the 200th separate motorised rifle brigade completed a ", "200th separate motorised rifle brigade"),
    ("A destroyer flotilla of the PLA Navy's Eastern Theater Command ", "PLA Navy's Eastern Theater Command"),
    ("In Mali, No 2 company of the FAMa ", "FAMa"),
    ("No 6 Squadron ", "No 6 Squadron"),
    ("On Wednesday, WHO ", None),      # an acronym alone may be an agency
    ("The soldiers ", None),
])
def test_a_unit_named_in_the_subject(subject, unit):
    assert named_unit_subject(subject, 0, len(subject)) == unit


def test_the_agent_of_a_place_reinforced_moved():
    import re
    text = "The garrison of Léré was reinforced by elements from Niono."
    main = re.search(r"(?P<verb>reinforced)(?P<noun>(?!))?", text)
    assert place_reinforced_by(text, main, len(text)) == ("elements", None)
    active = "FAMa units reinforced the garrison of Léré."
    main = re.search(r"(?P<verb>reinforced)(?P<noun>(?!))?", active)
    assert place_reinforced_by(active, main, len(active)) is None
