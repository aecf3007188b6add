"""Session 43, read116: reading gaps session 42 left (reports of my own in tests/fixtures/read66):
OSINT sighting posts ('Footage geolocated to X shows ... heading toward Y', 'Spotted: ... near X,
moving north'), a follow-on unit dated 'late Sunday', a nominal planned deployment, 'the village'
after a name the index lacks, a battery named by a demonym and its system, weekday dates."""

from geomove.movements import extract
from geomove.read.aircraft_force import aircraft_after, is_armour, single_craft_before_verb
from geomove.read.plan_dates import noun_planned_ahead
from geomove.read.roles import unknown_town_between
from geomove.read.sighting_post import heading_away, sighted_in_post, what_before_seen_place

PUBLISHED = "2026-12-03"  # a Thursday


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["status"])
            for f in features]


# -- OSINT sightings (read.sighting_post; lexicon role_cues 'geolocated to')

def test_a_labelled_sighting_puts_the_place_before_the_verb():
    text = "Spotted: 4 trucks on the N7 near Kassala, moving west."
    at = text.index("Kassala")
    assert sighted_in_post(text, at, text.index("moving"))
    # no label: no sighting read this way
    plain = "Four trucks on the N7 near Kassala, moving west."
    assert not sighted_in_post(plain, plain.index("Kassala"), plain.index("moving"))
    # a place after the verb is no place of the sighting
    assert not sighted_in_post(text, at, at - 5)
    # a label on another line does not reach this one
    two = "Spotted: smoke over Kassala.\nTrucks near Gedaref, moving west."
    assert not sighted_in_post(two, two.index("Gedaref"), two.index("moving"))


def test_a_label_may_hold_the_place_or_a_time_word():
    text = "Spotted near Kassala: 4 trucks moving west."
    assert sighted_in_post(text, text.index("Kassala"), text.index("moving"))
    timed = "Seen this morning: 4 trucks outside Kassala, moving west."
    assert sighted_in_post(timed, timed.index("Kassala"), timed.index("moving"))
    # a word that is no label before the colon
    other = "Update: 4 trucks outside Kassala, moving west."
    assert not sighted_in_post(other, other.index("Kassala"), other.index("moving"))


def test_a_bare_direction_after_the_verb_is_going_away():
    for text, verb in (("moving north.", "moving"), ("heading SE toward X", "heading"), ("driving westwards", "driving")):
        assert heading_away(text, text.index(verb) + len(verb)), text
    for text, verb in (("moving north of Gao", "moving"), ("heading to Gao", "heading"), ("moving troops", "moving")):
        assert not heading_away(text, text.index(verb) + len(verb)), text


def test_what_moved_stops_before_the_place_seen():
    text = "Spotted: 6 launchers on the E40 near Pavlohrad, moving north."
    assert what_before_seen_place(text, 0, "6 launchers on the E40 near Pavlohrad") == "6 launchers"
    # without the label the words are left as they are
    assert what_before_seen_place("Six launchers near X", 0, "Six launchers near Pavlohrad") == "Six launchers near Pavlohrad"


def test_geolocated_clip_place_is_the_origin(gazetteer):
    text = "Footage geolocated to Kassala shows a column of trucks heading west toward Gedaref."
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Kassala", "Gedaref", "reported")]


def test_spotted_post_with_direction_only(gazetteer):
    text = "Spotted: 4 armoured trucks on the N7 near Kassala, moving west."
    (f,) = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    p = f["properties"]
    assert (p["origin"]["name"], p["destination"], p["count"], p["what"]) == ("Kassala", None, 4, "4 armoured trucks")


def test_a_bearing_from_the_anchor_keeps_its_old_reading(gazetteer):
    # "15 km east of X moving west" may be on its way to X: where it got to, as before
    text = "Armoured vehicles were spotted 15 km east of Kassala moving west on Sunday."
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [(None, "Kassala", "reported")]


# -- a follow-on unit dated 'late Sunday' (assemble.another_followed)

def test_follow_on_late_weekday(gazetteer):
    text = "Hungarian troops left Zvecan for Leposavic on Friday. A second Hungarian platoon followed late Sunday."
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in features] == ["2026-11-27", "2026-11-29"]
    assert len({(o, d) for o, d, _s in _ends(features)}) == 1


def test_more_of_the_force_followed_but_not_an_event(gazetteer):
    more = "Hungarian troops left Zvecan for Leposavic on Friday. More Hungarian soldiers followed on Sunday."
    assert len(extract(more, published=PUBLISHED, gazetteer=gazetteer)) == 2
    for text in ("Hungarian troops left Zvecan for Leposavic on Friday. More questions followed on Sunday.",
                 "Hungarian troops left Zvecan for Leposavic on Friday. Another meeting followed on Sunday."):
        assert len(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == 1, text


# -- a nominal planned deployment (lexicon deployment_told; read.plan_dates)

def test_a_predicate_of_plans_after_the_noun():
    text = "The deployment of the brigade to X is expected in January."
    at = text.index("deployment") + len("deployment")
    assert noun_planned_ahead(text, at, len(text))
    told = "The deployment of the brigade to X began in January."
    assert not noun_planned_ahead(told, at, len(told))


def test_nominal_deployment_expected_is_planned(gazetteer):
    text = "Deployment of the battalion to Latvia is expected next month."
    assert extract(text, published=PUBLISHED, gazetteer=gazetteer) == []
    every = extract(text, published=PUBLISHED, gazetteer=gazetteer, include_all=True)
    assert _ends(every) == [(None, "Latvia", "planned")]
    assert every[0]["properties"]["start"] > PUBLISHED


# -- 'the village' after a name the index lacks (roles.unknown_town_between)

def test_unknown_name_after_the_town_found():
    text = "moved from Palma to Ntotwe on Monday. The troops withdrew from the village"
    palma_end = text.index("Palma") + len("Palma")
    assert unknown_town_between(text, palma_end, len(text), lambda a, b: [])
    # "said to Reuters" names no town
    said = "moved to Palma, a spokesman said to Reuters on Monday. The troops left the village"
    assert not unknown_town_between(said, said.index("Palma") + 5, len(said), lambda a, b: [])


def test_unknown_village_is_no_wrong_origin(gazetteer):
    text = "Nigerien soldiers moved from Ouallam to Kolmadey on Monday. The troops withdrew from the village on Tuesday."
    # the withdrawal from the unknown village is not read from Ouallam (before: a second
    # movement Ouallam -> nothing); the move there keeps its origin
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Ouallam", None, "reported")]


# -- a battery named by a demonym and its system (read.aircraft_force)

def test_battery_by_its_system_or_arm():
    for text in (" Patriot battery", " S-300 battery", " air defence battery", " NASAMS batteries", " artillery batteries"):
        tail = aircraft_after(text, 0) or single_craft_before_verb(text + " moved", 0, len(text) + 1)
        assert tail is not None and is_armour(tail), text
    # "battery" alone, or a cell's, is no force
    for text in (" lithium battery", " battery"):
        assert single_craft_before_verb(text + " arrived", 0, len(text) + 1) is None, text


def test_battery_actor(gazetteer):
    text = "A Greek Patriot battery arrived at Alexandroupolis on Monday."
    (f,) = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert f["properties"]["actor"] == "Greek Patriot battery"
    # no origin inferred from the demonym (a battery is armour, not a home)
    assert f["properties"]["origin"] is None


# -- weekday dates (dates; read.plan_dates)

def test_weekdays_past_and_future(gazetteer):
    past = extract("Soldiers moved from Gao to Tessit late Sunday.", published=PUBLISHED, gazetteer=gazetteer)
    assert past[0]["properties"]["start"] == "2026-11-29"
    future = extract("The army will send troops to Kidal on Saturday.", published=PUBLISHED, gazetteer=gazetteer,
                     include_all=True)
    assert [(f["properties"]["status"], f["properties"]["start"]) for f in future] == [("planned", "2026-12-05")]


def test_movement_noun_expected_on_a_weekday_is_planned_ahead(gazetteer):
    text = "The arrival of the Danish company in Adazi is expected on Sunday."
    every = extract(text, published=PUBLISHED, gazetteer=gazetteer, include_all=True)
    assert [(f["properties"]["status"], f["properties"]["start"]) for f in every] == [("planned", "2026-12-06")]
    # a past expectation keeps its reading: told, the Sunday past
    past = extract(text.replace(" is ", " was "), published=PUBLISHED, gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in past] == ["2026-11-29"]
