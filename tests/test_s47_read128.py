"""Session 47, read128: movements by air and by sea (airlifts, flight tracking, helicopters and
drones moved between bases, evacuation flights, naval transits, landing ships, AIS notes, port
calls, a coast guard's interdiction), one construction each, on sentences written for these
tests (see tests/golden/movements.jsonl, s47-read128-*); the hand-counted reports are
tests/fixtures/read72."""

import datetime as dt

from geomove.movements import extract
from geomove.read.carried_people import CRAFT
from geomove.read.named_ship_apart import two_ships_named_apart
from geomove.read.no_force import _no_force_moves
from geomove.read.state import Fragment, _Draft
from handcounts import check_counts, check_no_worse, check_report, load

PUBLISHED = dt.date(2026, 12, 6)


def _props(text: str, **kw) -> list[dict]:
    return [f["properties"] for f in extract(text, published=PUBLISHED, **kw)]


def _route(p: dict) -> tuple:
    return tuple(p[k]["surface"] if p[k] else None for k in ("origin", "destination"))


# -- 2. a military craft carrying evacuees is military equipment that moved
def test_a_military_craft_with_evacuees_is_no_civilian_trip():
    assert not _no_force_moves("A second A400M with 90 evacuees")
    assert not _no_force_moves("An Italian KC-767 with 40 citizens on board")
    assert CRAFT.search("a KC-767") and not CRAFT.search("a bus")
    assert _no_force_moves("A bus with 40 evacuees")
    props = _props("A second A400M with 85 evacuees flew from Khartoum to Djibouti on Wednesday.")
    assert [_route(p) for p in props] == [("Khartoum", "Djibouti")]


# -- 3. a ferry is a vehicle of travel, no force, unless it carries one
def test_a_ferry_moves_no_force_unless_it_carries_troops():
    assert _no_force_moves("The ferry Blue Horizon")
    assert _no_force_moves("A passenger ferry")
    assert not _no_force_moves("A ferry carrying 300 troops")
    assert _props("The ferry Blue Horizon sailed from Piraeus to Heraklion on Sunday as scheduled.") == []
    assert [p["count"] for p in _props("A ferry carrying 300 troops sailed from Dar es Salaam to Zanzibar on Friday.")] == [300]


# -- 4. "the ferry Nissos Chios": a ship's name, so "Chios" elsewhere is no person's surname
def test_a_ferry_named_after_an_island_leaves_the_island_a_place():
    import geomove
    text = "A patrol boat was sent from Chios to Psara on Sunday. The ferry Nissos Chios left Piraeus later that day."
    surfaces = [(m["surface"], m["start"]) for m in geomove.places(text)]
    assert ("Chios", text.index("Chios")) in surfaces
    assert not any(start > text.index("Nissos") and s == "Chios" for s, start in surfaces)  # (the ferry's name is none)
    assert [_route(p) for p in _props(text)] == [("Chios", "Psara")]


# -- 5. "a third flight could be organised": a movement noun with a modal after it is to come
def test_a_flight_or_convoy_with_a_modal_is_not_reported():
    assert _props("The crews of the squadron, based at Ramstein, said a third flight could be organised next week.") == []
    assert _props("Soldiers of the unit based at Gao said a second convoy would follow.") == []
    assert [_route(p) for p in _props("A third flight from Ramstein landed at Rzeszow on Monday.")] == [("Ramstein", "Rzeszow")]


# -- 6. "X, which left A, kept its radar on and arrived in B": one route, the aside's subject's
def test_the_aside_subject_carries_over_a_verb_phrase_and_and():
    props = _props("The frigate, which left Toulon with the carrier, kept its radar on and arrived in Souda Bay on Friday.")
    assert [_route(p) for p in props] == [("Toulon", "Souda Bay")]
    assert props[0]["what"] == "The frigate"
    props = _props("The frigate, which left Toulon, was damaged and the crew was flown to Paris on Friday.")
    assert sorted(map(_route, props), key=str) == sorted([("Toulon", None), (None, "Paris")], key=str)


# -- 7. "loaded N vehicles at A and sailed for B": where the load was taken on is the origin
def test_loading_place_is_the_origin():
    props = _props("The landing ship loaded 15 armoured vehicles at Sevastopol on Monday and sailed for Tartus.")
    assert [_route(p) for p in props] == [("Sevastopol", "Tartus")]
    props = _props("The landing ship unloaded 15 armoured vehicles at Tartus on Wednesday after sailing from Novorossiysk.")
    assert [_route(p) for p in props] == [("Novorossiysk", "Tartus")]


# -- 8. "refuelled at <site> in X before landing in Y": X is a stop on the way
def test_a_stop_at_a_site_in_a_town_is_a_via():
    props = _props("The helicopters refuelled at Mactan Air Base in Cebu before landing in Zamboanga on Tuesday.")
    assert [(_route(p), [v["surface"] for v in p["via"]]) for p in props] == [((None, "Zamboanga"), ["Cebu"])]
    props = _props("The marines were staged at the base in Kano before moving to Maiduguri on Monday.")
    assert [_route(p) for p in props] == [("Kano", "Maiduguri")]


# -- 9. two ships each told by its own name are two movements
def _draft(*whats, quote=""):
    frags = [Fragment(sentence=0, trigger="left", trigger_start=0, what=w, quote=quote or w) for w in whats]
    return _Draft(origin=None, via=[], destination=None, frags=frags, status="reported")


def test_two_named_ships_are_told_apart():
    a = _draft("The Iranian naval support ship Behshad")
    b = _draft("the Jamaran", quote="An Iranian navy frigate, the Jamaran, which left A with it, arrived in B.")
    assert two_ships_named_apart(a, b)
    assert not two_ships_named_apart(a, _draft("The support ship Behshad"))
    # ("the Jamaran" with no ship's kind before it in its sentence names no ship)
    assert not two_ships_named_apart(a, _draft("the Jamaran", quote="Officials said the Jamaran left."))
    props = _props("The destroyer Kolkata left Mumbai on Monday and reached Salalah on Thursday. "
                   "The frigate Talwar left Mumbai with it and arrived in Muscat on Friday.")
    assert sorted(map(_route, props)) == [("Mumbai", "Muscat"), ("Mumbai", "Salalah")]


# -- 10. "after drone strikes on the road to B": the road's end is no end of the move
def test_an_event_on_a_road_gives_no_end():
    assert [_route(p) for p in _props("Rebels withdrew from Kalehe on Sunday after drone strikes on the road to Minova.")] \
        == [("Kalehe", None)]
    assert [_route(p) for p in _props("The convoy drove through the fighting on the road to Ansongo on Sunday.")] \
        == [(None, "Ansongo")]


# -- the hand-counted reports

def test_read72_reports_read_as_counted(gazetteer):
    here, gold, reports = load("read72")
    assert len(reports) == 10
    check_counts(here, gold, reports)
    check_no_worse(gold, reports)
    for name in reports:
        check_report(here, gold, name, gazetteer)


# -- 11. "arrived at B on D1, having sailed from A on D0": from the departure's day to the arrival's
def test_the_day_told_with_the_origin_after_the_arrival_starts_the_move():
    props = _props("The destroyer docked at Cam Ranh on 3 December, having sailed from Yokosuka on 24 November.")
    assert [(p["start"], p["end"]) for p in props] == [("2026-11-24", "2026-12-03")]
    props = _props("The brigade reached Kidal on Friday, having left Gao, and will stay until 30 December.")
    assert [(p["start"], p["end"]) for p in props] == [("2026-12-04", "2026-12-04")]
