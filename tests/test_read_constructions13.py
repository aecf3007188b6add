"""What looks like a movement and is not (task read13): things that move in the news but are
no force, what a subject that names no force moves, trips told by their purpose, "moved to
act", and movements that have ceased -- each shown on sentences of our own, beside sentences
of the same shape where a force does move (which must still be read). The golden lines are in
tests/golden/movements.jsonl."""

import pytest

from geomove.read.assemble import extract as read
from reading import ends as _ends, found


def _found(gazetteer, text):
    return found(gazetteer, text, published="2025-06-10")


# --- a thing that is no force as the subject of a verb of movement -------------------------

@pytest.mark.parametrize("text, thing", [
    ("The draft law moved to the senate in Dodoma on Thursday.", "law"),
    ("The trial of the former governor was transferred to a court in Bukavu.", "trial"),
    ("The summit moved from Niamey to Lome at the last minute.", "summit"),
    ("Fuel prices in Juba went up after the road from Nimule was cut.", "prices"),
    ("Typhoon Rai swept across Mindanao and reached Palawan on Friday.", "Typhoon"),
    ("The cholera epidemic reached Kadugli in August, doctors said.", "cholera"),
    ("The national rugby team flew to Harare on Monday.", "rugby team"),
    ("The telecoms company relocated its data centre from Goma to Kigali.", "telecoms company"),
])
def test_thing_as_subject_is_no_movement(gazetteer, text, thing):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)
    assert any("its subject is no force" in w and thing.lower() in w.lower() for w in why), why


@pytest.mark.parametrize("text, ends", [
    # the thing is governed by a preposition: the subject is the force after it
    ("After the talks, Sudanese troops withdrew from Wad Madani on Monday.", [("Wad Madani", None)]),
    ("In response to the outbreak the army deployed 300 soldiers to Beni.", [(None, "Beni")]),
    # the thing has a verb of its own: another clause's subject ("as talks began the rebels ...")
    ("After the talks collapsed they withdrew to Juba on Monday.", [(None, "Juba")]),
    # a team that is a unit of a force is no sports team
    ("A Ukrainian sabotage team crossed into Bryansk on Monday.", [(None, "Bryansk")]),
    # a thing made a modifier is no subject ("storm-hit", "war-torn")
    ("A storm-damaged Indian frigate sailed from Mumbai to Kochi on Monday.", [("Mumbai", "Kochi")]),
    # the subject of "receive" is where they went
    ("Summit host Kigali received 200 Rwandan police officers on Monday.", [(None, "Kigali")]),
    # 'war' before planes or ships is a force
    ("Two war planes flew from Hmeimim to Latakia on Sunday.", [("Hmeimim", "Latakia")]),
])
def test_a_force_beside_a_thing_still_moves(gazetteer, text, ends):
    props, why = _found(gazetteer, text)
    assert _ends(props) == ends, (props, why)


def test_a_verb_that_shares_a_thing_subject_is_no_movement(gazetteer):
    # "... and later moved into Y": the second verb phrase has the storm for its subject too
    props, why = _found(gazetteer, "The storm reached Beira on Friday and later moved into Malawi.")
    assert props == [], (_ends(props), why)
    assert any("shares" in w or "goes on from a subject that is no force" in w for w in why), why


# --- what a subject that names no force moves -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya recalled its envoy and withdrew its ambassador from Kinshasa on Friday.",
    "The Red Cross sent emergency medical supplies to Mekelle on Tuesday.",
    "Samples from the patients were flown to Johannesburg for testing.",
    "Uganda sent a high-level delegation to Juba for consultations.",
])
def test_no_force_moved_by_a_subject_that_names_none(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)


@pytest.mark.parametrize("text, ends", [
    ("Kenya sent 400 police officers to Port-au-Prince on Tuesday.", [(None, "Port-au-Prince")]),
    # a force or arms named in the object, even beside civilians
    ("Iran sent experts and drones to Russia on Monday.", [(None, "Russia")]),
    ("Rwanda sent military doctors and 300 troops to Pemba on Friday.", [(None, "Pemba")]),
    # a subject that is a force: what it moved is its own (a headquarters)
    ("The army moved its headquarters from Gao to Sevare on Friday.", None),
])
def test_a_force_moved_is_still_read(gazetteer, text, ends):
    props, why = _found(gazetteer, text)
    if ends is None:  # (Sevare is unknown to the gazetteer: only that a movement is read)
        assert len(props) == 1 and props[0]["origin"]["surface"] == "Gao", (props, why)
    else:
        assert _ends(props) == ends, (props, why)


# --- a trip told by its purpose ------------------------------------------------------------

def test_a_trip_for_talks_or_a_match_is_no_movement(gazetteer):
    props, why = _found(gazetteer, "TP Mazembe arrived in Kigali on Friday for the return leg.")
    assert props == [] and any("a trip for the return leg" in w for w in why), (_ends(props), why)
    props, _ = _found(gazetteer, "Rebel commanders arrived in Doha on Friday for talks with mediators.")
    assert props == [], _ends(props)


def test_a_force_on_a_trip_with_a_purpose_still_moves(gazetteer):
    props, why = _found(gazetteer, "Russian troops arrived in Brest on Friday for a joint exercise.")
    assert _ends(props) == [(None, "Brest")], (props, why)
    props, why = _found(gazetteer, "Peacekeepers flew to Bangui on Monday for the ceremony.")
    assert _ends(props) == [(None, "Bangui")], (props, why)


# --- "moved to act" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The junta moved quickly to crush the protests in Niamey.",
    "Police moved to end the sit-in at Khartoum on Monday.",
])
def test_moved_to_act_is_no_movement(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)
    assert any("took steps" in w for w in why), why


def test_moved_from_a_place_to_act_is_still_a_movement(gazetteer):
    # the verb has its own place before the infinitive: a movement with a purpose; (read14,
    # on the coordinator's decision, GUIDELINES "anything inside a purpose clause") after a
    # verb of the force's own motion the purpose's locus is where they mean to act, no end
    props, why = _found(gazetteer, "Troops moved from Gao to secure the vote in Kidal.")
    assert _ends(props) == [("Gao", None)], (props, why)
    # and a deployment with a purpose's locus keeps it as where they went
    props, why = _found(gazetteer, "The army deployed units to keep order in Goma on Monday.")
    assert _ends(props) == [(None, "Goma")], (props, why)


# --- a movement that has ceased --------------------------------------------------------------

def test_stopped_crossing_is_no_movement(gazetteer):
    props, why = _found(gazetteer, "Army trucks from Chad stopped crossing at Adre after the clashes.")
    assert props == [], (_ends(props), why)
    every = read("Army trucks from Chad stopped crossing at Adre after the clashes.", gazetteer=gazetteer,
                 published="2025-06-10", include_all=True)
    assert [f["properties"]["status"] for f in every] == ["negated"]


def test_stopped_to_rest_is_still_a_movement(gazetteer):
    # "stopped" before no -ing form of the verb: a halt on the way, not the end of moving
    props, why = _found(gazetteer, "The convoy left Gao on Monday and stopped in Bourem.")
    assert len(props) == 1 and props[0]["origin"]["surface"] == "Gao", (props, why)


# --- a vehicle told by the goods it carries; an aid agency's convoy --------------------------

@pytest.mark.parametrize("text", [
    "Three barges loaded with maize and cement reached Kisangani on Thursday.",
    "A Red Cross convoy of 12 trucks entered Mekelle on Friday.",
])
def test_cargo_and_aid_convoys_are_no_force(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)


@pytest.mark.parametrize("text, ends", [
    # a force's own convoy, whatever it carries
    ("An army convoy carrying food and ammunition reached Djibo on Monday.", [(None, "Djibo")]),
    # a warship is no cargo ship
    ("A Russian warship carrying grain docked in Tartus on Friday.", [(None, "Tartus")]),
    # a relief column is a force that relieves a siege
    ("The relief column reached Sennar on Monday.", [(None, "Sennar")]),
])
def test_a_force_carrying_goods_still_moves(gazetteer, text, ends):
    props, why = _found(gazetteer, text)
    assert _ends(props) == ends, (props, why)


# --- a year inside a participle of presence dates the presence -------------------------------

def test_stationed_since_a_year_in_an_aside_is_no_past_movement(gazetteer):
    text = "Kenyan police officers, stationed in Nairobi since 2019, moved to Garissa on Monday."
    props, why = _found(gazetteer, text)
    assert _ends(props) == [("Nairobi", "Garissa")], (props, why)
    # without the commas the year is the clause's own: a past movement, background
    props, why = _found(gazetteer, "Kenyan police officers moved to Garissa in 2019.")
    assert props == [], (_ends(props), why)


# --- more things that are no force: matches, front lines -------------------------------------

@pytest.mark.parametrize("text", [
    "The semi-final was moved from Bamako to Kayes after the attack.",
    "The frontline moved closer to Kramatorsk this week, analysts said.",
])
def test_more_things_as_subjects(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)


def test_an_armed_front_is_a_force(gazetteer):
    # "front" alone names armed groups ("the Polisario Front"): only "front line" is a thing
    props, why = _found(gazetteer, "The Polisario Front moved into Tifariti on Monday.")
    assert _ends(props) == [(None, "Tifariti")], (props, why)


# --- a coordinated clause with a force of its own after a clause of no force -----------------

def test_and_another_force_is_its_own_clause(gazetteer):
    # the first clause is an official trip; ", and federal troops withdrew" is read on its own
    props, why = _found(gazetteer, "An Ethiopian delegation flew to Nairobi for talks on Monday, "
                                   "and federal troops withdrew from Adigrat the same day.")
    assert _ends(props) == [("Adigrat", None)], (props, why)


def test_and_another_force_keeps_both_movements(gazetteer):
    props, why = _found(gazetteer, "Rebel fighters left Bunia on Monday, and government troops entered Mahagi.")
    assert sorted(_ends(props), key=str) == sorted([("Bunia", None), (None, "Mahagi")], key=str), (props, why)


# --- civilians carried, diplomats' posts, missions of inquiry ---------------------------------

@pytest.mark.parametrize("text", [
    "Buses carrying evacuees left Sumy for Poltava on Tuesday.",
    "Russia moved its embassy from Kabul to Tashkent for the winter.",
    "The African Union sent an assessment mission to Bangui on Friday.",
    "Opposition leaders returned to Bamako from Dakar on Friday.",
])
def test_civilians_and_missions_are_no_force(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)


def test_a_peacekeeping_mission_or_a_convoy_of_soldiers_still_moves(gazetteer):
    props, why = _found(gazetteer, "A convoy of 40 soldiers left Sumy for Poltava on Tuesday.")
    assert _ends(props) == [("Sumy", "Poltava")], (props, why)
    props, why = _found(gazetteer, "The UN mission sent 300 peacekeepers to Bangui on Friday.")
    assert _ends(props) == [(None, "Bangui")], (props, why)


# --- who is held or freed; currencies; a trip told by any purpose phrase ----------------------

@pytest.mark.parametrize("text", [
    "Twelve detainees were transferred from Goma to Kinshasa on Monday.",
    "The rouble moved to a new low in Moscow on Friday.",
    "Tshisekedi flew to Luanda on Thursday for a tripartite summit on the crisis.",
])
def test_held_people_currencies_and_trips_are_no_force(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (_ends(props), why)


def test_a_purpose_noun_must_end_its_phrase(gazetteer):
    # "for the talks venue" is no trip for talks; prison guards are a force
    props, why = _found(gazetteer, "Soldiers drove to Kigali for the talks venue security on Monday.")
    assert _ends(props) == [(None, "Kigali")], (props, why)
    props, why = _found(gazetteer, "Prison guards were transferred from Goma to Kinshasa on Monday.")
    assert _ends(props) == [("Goma", "Kinshasa")], (props, why)
