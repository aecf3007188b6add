"""Places readings the lead fixed in session 32, each on sentences written for these tests."""

from placing import place_role_by_surface as _read


def test_a_weak_namesake_near_it_backs_a_loose_reading(gazetteer):
    # 'Murzuq' is read loosely (the town's own name is Murzuk); the only other place, Madama, reads
    # a Palestinian village, but has a reading in Niger 450 km from Murzuk: no ground against it
    got = _read("A convoy of pick-ups left Murzuq in the direction of Madama on Sunday.", gazetteer)
    assert got["Murzuq"].get("country") == "LY"
    assert got["Murzuq"].get("lat") is not None


def test_a_loose_reading_with_no_namesake_near_stays_doubted(gazetteer):
    # the same guard still drops a minor place read loosely on another continent when nothing of
    # the text lies near it (gaz48's case: Kolbio is no Colby, Kansas)
    got = _read("Kenyan soldiers pulled out of their base in Kolbio on Tuesday, residents in Kismayo said.",
                gazetteer)
    assert "Kolbio" not in got or got["Kolbio"].get("country") != "US"


def test_the_city_named_with_g_for_qaf_is_the_city(gazetteer):
    got = _read("Two convoys reached Kassala, one from Port Sudan and the other from Gedaref.", gazetteer)
    assert got["Gedaref"].get("kind") == "city"
    # ... and the island county keeps its own name's reading (a city once called so is not meant)
    got = _read("Coast guard ships sailed from Keelung to Kinmen on Friday.", gazetteer)
    assert got["Kinmen"].get("kind") != "city" or got["Kinmen"].get("name") != "Jincheng"


def test_a_group_named_before_its_fighters_beside_a_place_of_one_country(gazetteer):
    # no country named as such; Bakhmut's every reading lies in Ukraine, so 'Wagner' before
    # 'fighters', every reading of which lies in the Americas, is the group (no town in Brazil)
    got = _read("The regiment left Wagner fighters behind in Bakhmut on Sunday.", gazetteer)
    assert "Wagner" not in got and got["Bakhmut"].get("country") == "UA"
    # ... and a place on the same continent before its militants stays a place
    got = _read("Gaza militants fired rockets at Ashkelon on Sunday.", gazetteer)
    assert got["Gaza"].get("country") == "PS"
