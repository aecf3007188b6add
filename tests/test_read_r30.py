"""read30: counts of joined vehicles (clauses._joined_vehicles, _one_vehicle_after,
_one_vehicle_before). Sentences written for these tests."""

from geomove.read.counts import _joined_vehicles, _one_vehicle_after, _one_vehicle_before


def test_two_vehicle_counts_joined_by_and():
    text = "Four jets and two helicopters"
    assert _joined_vehicles(text, 9, 13, {"value": 4, "unit": "jets"}, {"value": 2, "unit": "helicopters"})


def test_people_escort_and_convoys_are_not_joined_as_vehicles():
    text = "Four jets and two helicopters"
    assert not _joined_vehicles(text, 9, 13, {"value": 4, "unit": "soldiers"}, {"value": 2, "unit": "tanks"})
    assert not _joined_vehicles(text, 9, 13, {"value": 4, "unit": "trucks"},
                                {"value": 2, "unit": "helicopters", "escort": True})
    assert not _joined_vehicles(text, 9, 13, {"value": 2, "unit": "convoys"}, {"value": 40, "unit": "trucks"})


def test_a_single_ship_after_a_count_of_ships():
    text = "Two destroyers and a supply ship sailed"
    item = {"value": 2, "unit": "destroyers"}
    assert _one_vehicle_after(text, len("Two destroyers"), len(text), item) == len("Two destroyers and a supply ship")
    assert item["value"] == 3 and item["parts"] == [2, 1]


def test_no_single_vehicle_after_people_or_a_non_vehicle():
    text = "Two soldiers and a tank sailed"
    assert _one_vehicle_after(text, len("Two soldiers"), len(text), {"value": 2, "unit": "soldiers"}) == -1
    text = "Two destroyers and a journalist sailed"
    assert _one_vehicle_after(text, len("Two destroyers"), len(text), {"value": 2, "unit": "destroyers"}) == -1


def test_a_single_ship_before_a_count_of_ships():
    text = "A destroyer and two frigates"
    item = {"value": 2, "unit": "frigates"}
    assert _one_vehicle_before(text, 0, text.index("two"), item) and item["value"] == 3
    item = {"value": 2, "unit": "frigates"}
    assert not _one_vehicle_before("A reporter and two frigates", 0, len("A reporter and "), item)
    assert item["value"] == 2


def test_for_a_mission_in_a_place():
    from geomove.read.roles import _for_a_mission_in
    text = "left Y for a two-week patrol in the Z"
    at = text.index("for")
    assert _for_a_mission_in(text, at, text.index("Z"))
    text = "left Y for a mission to retake Z"
    assert not _for_a_mission_in(text, text.index("for"), text.index("Z"))
    text = "left Y for talks in Z"
    assert not _for_a_mission_in(text, text.index("for"), text.index("Z"))


def test_group_before_its_vehicles_is_the_actor():
    from geomove.read.forces import _group_vehicles_subject
    text = "Two Houthi boats sailed"
    assert _group_vehicles_subject(text, 0, text.index("sailed")) == "Houthi boats"
    text = "WFP trucks drove"
    assert _group_vehicles_subject(text, 0, text.index("drove")) is None
    text = "Houthi drones flew"
    assert _group_vehicles_subject(text, 0, text.index("flew")) is None


def test_comma_list_of_vehicle_counts_and_its_words():
    from geomove.read.counts import _whole_list
    text = "Four jets, two helicopters and a plane"
    assert _joined_vehicles(text, len("Four jets"), len("Four jets"), {"value": 4, "unit": "jets"},
                            {"value": 2, "unit": "helicopters"}) is False  # (nothing between: no list)
    assert _joined_vehicles(text, len("Four jets"), len("Four jets, "), {"value": 4, "unit": "jets"},
                            {"value": 2, "unit": "helicopters"})
    assert _whole_list(text, 0, len(text), "two helicopters and a plane") == text
    assert _whole_list(text, 0, len(text), "the convoy") == "the convoy"
