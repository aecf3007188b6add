"""The judge the golden lines and the hand-counted reports share (tests/movement_match.py): a
reading it should turn down fails it, so a judge that said yes to everything would fail here."""

from movement_match import each_fits_its_own, fits, matches, show


def _place(name, surface=None):
    return {"name": name, "surface": surface or name}


def _feature(origin, destination, via=(), **props):
    return {"properties": {"origin": origin and _place(*origin), "destination": destination and _place(*destination),
                           "via": [_place(*v) for v in via], "status": "reported", "actor": None, "count": None,
                           **props}}


ROAD = _feature(("Lowtown",), ("Hilltop", "the Hilltop camp"), via=[("Midford",)], count=12, actor="the rangers")
FERRY = _feature(None, ("Eastport",), what="A ferry")


def test_an_end_matches_by_name_or_surface_folded_and_the_keys_left_out_are_not_asked():
    assert fits(ROAD["properties"], {"origin": "LOWTOWN", "destination": "the hilltop camp"})
    assert fits(ROAD["properties"], {"destination": "Hilltop"})
    assert fits(FERRY["properties"], {"origin": None, "what": "a ferry"})


def test_a_reading_that_differs_in_any_key_asked_fails():
    props = ROAD["properties"]
    assert not fits(props, {"origin": "Midford"})
    assert not fits(props, {"origin": None})
    assert not fits(FERRY["properties"], {"origin": "Eastport"})
    assert not fits(props, {"via": []}) and not fits(props, {"via": ["Lowtown"]})
    assert fits(props, {"via": ["Midford"]})
    assert not fits(props, {"count": 11}) and fits(props, {"count": 12})
    assert not fits(props, {"actor": None}) and not fits(props, {"actor": "police"}) and fits(props, {"actor": "Rangers"})
    assert not fits(FERRY["properties"], {"what": "ferry"})
    assert not fits(props, {"start": "2026-01-02"}) and not fits(props, {"status": "planned"})


def test_every_expected_movement_needs_a_reading_of_its_own():
    want_road, want_ferry = {"origin": "Lowtown"}, {"destination": "Eastport"}
    assert matches([FERRY, ROAD], [want_road, want_ferry])  # (in any order)
    assert not matches([ROAD, ROAD], [want_road, want_ferry])
    assert not matches([ROAD], [want_road, want_road])  # (one reading cannot serve twice)
    assert not matches([ROAD, FERRY], [want_road])  # (nothing else may be read) ...
    assert each_fits_its_own([ROAD["properties"], FERRY["properties"]], [want_road])  # ... the hand counts allow more
    assert not each_fits_its_own([ROAD["properties"]], [want_road, want_road])
    assert matches([], []) and not matches([FERRY], [])


def test_the_readings_are_shown_in_one_line():
    assert show([]) == "nothing"
    assert show([ROAD, FERRY]) == ("Lowtown -> ['Midford'] -> the Hilltop camp [reported, the rangers, 12]; "
                                   "None -> [] -> Eastport [reported, None, None]")
