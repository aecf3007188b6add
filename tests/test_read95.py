"""Helper read95 (session 35): constructions found on reports of theatres the reader was not
tuned on (tests/fixtures/unseen47): the small functions each rule is made of."""

from geomove.read.places import _beyond_region, contains

_BEKAA = {"name": "Bekaa Valley", "kind": "region", "precision": "region", "lat": 34.00889, "lon": 36.14528,
          "uncertainty_km": 60.0, "country": "LB"}
_KFAR_KILA = {"name": "Kfar Kila", "kind": "village", "lat": 33.2833, "lon": 35.5603, "country": "LB"}
_BAALBEK = {"name": "Baalbek", "kind": "city", "lat": 34.0058, "lon": 36.2181, "country": "LB"}


def test_a_region_holds_no_place_beyond_its_own_radius():
    # (Kfar Kila lies ~95 km from the valley's point, inside AREA_HOLDS_KM but not the valley)
    assert _beyond_region(_BEKAA, _KFAR_KILA)
    assert not contains(_BEKAA, _KFAR_KILA)


def test_a_region_holds_a_town_inside_it():
    assert not _beyond_region(_BEKAA, _BAALBEK)
    assert contains(_BEKAA, _BAALBEK)


def test_a_province_keeps_its_reach():
    # (a province's radius is not the region rule's: _of_another_province decides for it)
    province = dict(_BEKAA, kind="admin1", name="Nabatieh", uncertainty_km=20.0)
    assert not _beyond_region(province, _KFAR_KILA)


def test_the_clause_before_a_participle_ends_its_subject_at_its_own_verb():
    from geomove.read.clauses import _own_verb_at
    part = "the frigate Tromp joined the mission"
    assert part[:_own_verb_at(part)].strip() == "the frigate Tromp"
    part = "Kenyan police officers completed their training"  # (tagged VBN before 'their')
    assert part[:_own_verb_at(part)].strip() == "Kenyan police officers"


def test_an_apposition_or_a_relative_clause_has_no_verb_of_its_own():
    from geomove.read.clauses import _own_verb_at
    assert _own_verb_at("the army's best unit in the north") is None
    assert _own_verb_at("a unit that fought in Bakhmut") is None
    assert _own_verb_at("a contingent which had guarded the airport") is None


def test_an_after_clause_set_between_commas_is_an_aside():
    from geomove.read.subordinate import subject_after_conjunction
    assert subject_after_conjunction("A combined arms brigade, after a long march, was ") \
        == "A combined arms brigade, after a long march, was "
    # (no comma closing it: the clause after 'after' has the verb's own subject)
    assert subject_after_conjunction("The army said it had retaken Sake, after rebel fighters ") == "rebel fighters "
    assert subject_after_conjunction("A bag was found near Kidal after troops ") == "troops "


def test_a_named_ship_is_apart_from_a_group_of_ships_that_does_not_name_it():
    from geomove.read.named_ship_apart import ship_named_after_group
    from geomove.read.state import Fragment, _Draft
    group = _Draft(None, [], None, [Fragment(sentence=1, trigger="sailed", trigger_start=0, what="The ships",
                                             quote="The ships then sailed into the Sea of Japan.")], "reported")
    ship = Fragment(sentence=2, trigger="sailed", trigger_start=0, what="The cruiser Varyag")
    before = "Three Russian Navy warships were seen off Hokkaido on Monday. The ships then sailed into the Sea of Japan. "
    assert ship_named_after_group(ship, group, (before, len(before))) == "Varyag"
    # (the group told as led by the ship holds it; a group with an actor of its own is events.different_actors')
    led = "Three warships led by the cruiser Varyag were seen off Hokkaido. "
    assert ship_named_after_group(ship, group, (led, len(led))) is None
    assert ship_named_after_group(Fragment(sentence=2, trigger="sailed", trigger_start=0, what="Two frigates"),
                                  group, (before, len(before))) is None
