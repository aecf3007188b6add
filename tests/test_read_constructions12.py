"""Constructions of movement found missing by new golden lines (task read12), each shown on
sentences of our own from theatres the dev reports do not cover; the golden lines themselves
are in tests/golden/movements.jsonl."""

import pytest

from reading import ends as _ends, found as _found


# --- "arrived from A in B": the origin told first, then where they arrived ------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Fresh federal troops arrived from Addis Ababa in Mekelle on Wednesday.", "Addis Ababa", "Mekelle"),
    ("The soldiers arrived by road from Bamako at Mopti on Friday.", "Bamako", "Mopti"),
    # an area that does not hold the origin is where they arrived, too
    ("Police reinforcements arrived from Kinshasa in North Kivu on Monday.", "Kinshasa", "North Kivu"),
])
def test_arrived_from_then_in(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)


def test_in_an_area_holding_the_origin_locates_it(gazetteer):
    # "came from X in Y" with Y holding X: Y says where X is, it is no destination
    props, _ = _found(gazetteer, "Reinforcements arrived from Uvira in South Kivu on Monday.")
    assert _ends(props) == [("Uvira", None)], props


# --- "between the towns of A and B": the kind word before the pair --------------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Ethiopian federal troops moved between the towns of Gondar and Bahir Dar on Sunday.", "Gondar", "Bahir Dar"),
    ("Troops were moved between the towns of Kharkiv and Izium on Tuesday.", "Kharkiv", "Izium"),
])
def test_between_the_towns_of_is_a_route(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)
    assert any("direction not stated" in w for w in why), why


@pytest.mark.parametrize("text", [
    "Fighting raged between the towns of Gondar and Bahir Dar on Sunday.",
    "Soldiers crossed the river between the towns of Gondar and Bahir Dar on Sunday.",
    "The army deployed troops between the towns of Gondar and Bahir Dar on Sunday.",
])
def test_between_the_towns_of_sides_are_no_route(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert not any("direction not stated" in w for w in why), why
    assert ("Gondar", "Bahir Dar") not in _ends(props), props


# --- apposition after a place: "left X, their main base in the north, for Y" ----------------

@pytest.mark.parametrize("text, origin, destination", [
    ("The Chadian soldiers left Faya-Largeau, their main base in the north, for Abeche on Thursday.",
     "Faya-Largeau", "Abeche"),
    ("Ethiopian troops left Baidoa, the regional capital, for Dinsoor on Tuesday.", "Baidoa", "Dinsoor"),
    # a base the gazetteer knows is the end itself, the most specific place (GUIDELINES) ...
    ("KFOR troops drove from Camp Bondsteel, their base near Ferizaj, to Leposavic on Friday.",
     "Camp Bondsteel", "Leposavic"),
    # ... a site it does not know is located by the place after it: that place is the end
    ("KFOR troops drove from Camp Tarnwick, their base near Ferizaj, to Leposavic on Friday.",
     "Ferizaj", "Leposavic"),
])
def test_apposition_does_not_part_the_cue(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)


def test_apposition_without_a_cue_after_it_adds_no_end(gazetteer):
    # "in the north" inside the apposition is no arrival
    props, _ = _found(gazetteer, "The Chadian soldiers left Faya-Largeau, their main base in the north, on Thursday.")
    assert _ends(props) == [("Faya-Largeau", None)], props


# --- counts: "two dozen" is a number --------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("Some two dozen pickup trucks carrying fighters drove from Menaka to Gao on Friday.", 24),
    ("Three dozen soldiers were flown from Lima to Cusco on Monday.", 36),
    ("A dozen armoured vehicles left Agadez for Arlit on Tuesday.", 12),
])
def test_dozen_counts(gazetteer, text, count):
    props, _ = _found(gazetteer, text)
    assert [p["count"] for p in props] == [count], props


def test_dozens_of_stays_no_number(gazetteer):
    props, _ = _found(gazetteer, "Dozens of pickup trucks drove from Menaka to Gao on Friday.")
    assert [p["count"] for p in props] == [None], props


# --- "X-based troops": where a force was based is where it came from ------------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Niamey-based special forces were sent to Tillaberi on Friday.", "Niamey", "Tillaberi"),
    ("The army sent Goma-based commandos to Sake on Monday.", "Goma", "Sake"),
])
def test_based_force_comes_from_its_base(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)


@pytest.mark.parametrize("text", [
    "A Nairobi-based analyst said Kenyan troops moved to Mandera on Monday.",
    "A Dakar-based expert on armed forces said Malian troops moved to Mopti on Monday.",
])
def test_based_person_is_no_origin(gazetteer, text):
    props, _ = _found(gazetteer, text)
    assert all(p["origin"] is None for p in props), props


# --- a relative aside then the main clause: one group, one movement -------------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("The Ugandan troops, who had been flown in from Entebbe, arrived in Mogadishu on Monday.", "Entebbe", "Mogadishu"),
    ("The soldiers, who left Kismayo on Monday, reached Baidoa on Wednesday.", "Kismayo", "Baidoa"),
])
def test_aside_origin_main_destination_is_one_movement(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)


def test_aside_of_arrival_stays_a_leg(gazetteer):
    # an arrival in the aside, a departure in the main clause: two legs, as before
    props, _ = _found(gazetteer, "The soldiers, who had arrived in Goma on Monday, left for Sake on Friday.")
    assert _ends(props) == [(None, "Goma"), ("Goma", "Sake")], props


# --- "X-bound" before a body's name: X is a place of direction, whatever the finder said ----

def test_bound_place_before_an_organisation_name(gazetteer):
    props, _ = _found(gazetteer, "A Mogadishu-bound African Union convoy left Baidoa on Tuesday.")
    assert _ends(props) == [("Baidoa", "Mogadishu")], props


# --- "made their way": a movement only when a force makes it --------------------------------

def test_made_their_way_by_a_force(gazetteer):
    props, _ = _found(gazetteer, "Military police units made their way from Tegucigalpa to San Pedro Sula overnight.")
    assert _ends(props) == [("Tegucigalpa", "San Pedro Sula")], props


@pytest.mark.parametrize("text", [
    "A surge of immigrants from Chad have been making their way to Kosti.",
    "The bill made its way to parliament in Kigali.",
])
def test_made_their_way_without_a_force(gazetteer, text):
    props, _ = _found(gazetteer, text)
    assert props == [], props


# --- trade and travel are no movement of forces ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Most of the coffee is trucked from Coban to Puerto Barrios along the same highway.",
    "About 300 commercial trucks crossed from Birgunj into India on Monday.",
    "A civilian passenger plane flew from Kigali to Goma on Friday.",
])
def test_trade_and_travel_are_no_movement(gazetteer, text):
    props, _ = _found(gazetteer, text)
    assert props == [], props


@pytest.mark.parametrize("text", [
    "Army trucks carrying food drove from Goma to Sake on Monday.",
    "Aid trucks and their army escort drove from Goma to Sake on Monday.",
])
def test_a_force_beside_goods_still_moves(gazetteer, text):
    props, _ = _found(gazetteer, text)
    assert _ends(props) == [("Goma", "Sake")], props


# --- counts of formations are no counts of people -------------------------------------------

@pytest.mark.parametrize("text", [
    "Two companies of soldiers were shipped from Trincomalee to Jaffna by sea on Sunday.",
    "Three battalions of marines were flown from Lima to Cusco on Monday.",
])
def test_formations_of_people_give_no_count(gazetteer, text):
    props, _ = _found(gazetteer, text)
    assert [p["count"] for p in props] == [None], props


def test_people_counted_inside_formations(gazetteer):
    props, _ = _found(gazetteer, "Two battalions of 300 soldiers each moved to Goma on Monday.")
    assert [p["count"] for p in props] == [300], props


# --- "turned back before reaching X": X is no end -------------------------------------------

@pytest.mark.parametrize("text, ends", [
    ("The convoy left Kaya on Monday but turned back before reaching Dori.", [("Kaya", None)]),
    ("The convoy was forced to turn back before arriving in Dori.", []),
    # passing on the way before reaching: Y was reached
    ("The column drove through Kaya before reaching Dori.", [(None, "Dori")]),
])
def test_turned_back_before_reaching(gazetteer, text, ends):
    props, why = _found(gazetteer, text)
    assert _ends(props) == ends, (props, why)


# --- fleeing forces, repatriation, people of a service, the dead ----------------------------

def test_soldiers_sought_refuge_in(gazetteer):
    props, _ = _found(gazetteer, "Dozens of Malian soldiers sought refuge in Mauritania after the attack on Lere.")
    assert _ends(props) == [(None, "Mauritania")], props


def test_refugees_seeking_refuge_are_no_force(gazetteer):
    props, _ = _found(gazetteer, "Thousands of refugees sought refuge in Chad last week.")
    assert props == [], props


def test_repatriated_from(gazetteer):
    # (home, the force's country, is its end: 'repatriate' is a verb of going home, lexicon.json
    # home_verbs, s26r; it was None)
    props, _ = _found(gazetteer, "The last Kenyan police officers were repatriated from Haiti on Friday.")
    assert _ends(props) == [("Haiti", "Kenyan")], props


def test_the_dead_are_no_force_and_no_count(gazetteer):
    assert _found(gazetteer, "The remains of two soldiers were repatriated from Mali on Friday.")[0] == []
    props, _ = _found(gazetteer, "A convoy of 12 trucks carrying the bodies of 30 soldiers drove from Kaya to Ouagadougou.")
    assert [(p["count"],) + _ends([p])[0] for p in props] == [(12, "Kaya", "Ouagadougou")], props


@pytest.mark.parametrize("text, count", [
    ("The move of 300 border guards from Goris to Kapan was completed on Monday.", 300),
    ("About 50 gendarmes were sent to Kaya on Monday.", 50),
])
def test_people_named_by_their_service_are_counted(gazetteer, text, count):
    props, _ = _found(gazetteer, text)
    assert [p["count"] for p in props] == [count], props


# --- "several towns in X, including A and B": the listed places are the ends ----------------

@pytest.mark.parametrize("text, ends", [
    ("Ethiopian troops have begun pulling out of several towns in Somalia's Gedo region, including "
     "Garbahaarey and Bardera, residents said.", [("Garbahaarey", None), ("Bardera", None)]),
    ("Troops were deployed to several towns in North Kivu, including Beni and Butembo.",
     [(None, "Beni"), (None, "Butembo")]),
])
def test_including_lists_the_ends(gazetteer, text, ends):
    props, why = _found(gazetteer, text)
    assert sorted(_ends(props), key=str) == sorted(ends, key=str), (props, why)


def test_including_a_coarser_place_keeps_the_finer_end(gazetteer):
    # the list names no finer place than the end before it: nothing is replaced
    props, _ = _found(gazetteer, "Troops were deployed to Beni, including North Kivu, on Monday.")
    assert (None, "Beni") in _ends(props), props


# --- "X was reinforced with N troops"; an officer's trip ------------------------------------

def test_place_reinforced_is_where_they_went(gazetteer):
    props, _ = _found(gazetteer, "Uvira was reinforced with 500 Burundian troops on Saturday.")
    assert [(p["count"],) + _ends([p])[0] for p in props] == [(500, None, "Uvira")], props


def test_officers_trip_is_no_movement(gazetteer):
    assert _found(gazetteer, "The chief of staff flew from Aden to Mukalla on Monday to inspect troops.")[0] == []
    # beside a force, the officer moves with it
    props, _ = _found(gazetteer, "The commander of the brigade and 300 soldiers moved from Aden to Mukalla.")
    assert _ends(props) == [("Aden", "Mukalla")], props


# --- "... and the next day moved on to Y": two legs; "and then pressed on to Y" passes X ----

@pytest.mark.parametrize("text, ends", [
    ("Federal troops moved into Dessie on Monday and the next day moved on to Kombolcha.",
     [(None, "Dessie"), ("Dessie", "Kombolcha")]),
    ("The column drove from Gao to Ansongo and two days later moved on to Menaka.",
     [("Gao", "Ansongo"), ("Ansongo", "Menaka")]),
    # no time between: the first place is passed on the way, one movement
    ("The column drove from Gao to Ansongo and then pressed on to Menaka.", [("Gao", "Menaka")]),
])
def test_moved_on_after_a_time_is_a_next_leg(gazetteer, text, ends):
    props, why = _found(gazetteer, text)
    assert _ends(props) == ends, (props, why)
