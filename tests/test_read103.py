"""Session 38, read103: the new readers' patterns on their own, and their cost on long runs of
the words they read (each reads a window or a span, never the whole text)."""

import gc
import re
import time

from geomove.read.command_name_rest import past_the_name_rest
from geomove.read.distance_apposition import bearing_locates_the_place_before
from geomove.read.partitive_count import counted_part
from geomove.read.replaced_with import force_replacing
from geomove.read.vehicles_owner import nation_in_vehicles

_VERB = re.compile(r"(?P<verb>replaced)")


def _timed(fn) -> float:
    fn()  # (warm: the patterns are built on first use)
    gc.disable()
    try:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t
    finally:
        gc.enable()


def test_nation_in_vehicles_needs_the_finders_demonym():
    text = "A column of Ethiopian trucks entered Moyale."
    verb_at = text.index("entered")
    demonym = {"role": "demonym", "start": text.index("Ethiopian"), "end": text.index("Ethiopian") + 9}
    assert nation_in_vehicles(text, 0, verb_at, [demonym]) == "Ethiopian trucks"
    assert nation_in_vehicles(text, 0, verb_at, []) is None
    toyota = "A column of Toyota trucks left Gao."
    assert nation_in_vehicles(toyota, 0, toyota.index("left"), [{"role": "demonym", "start": 0, "end": 1}]) is None


def test_command_name_rest_ends_past_its_closing_nouns():
    text = "The 2nd Army Area Command said the troops reached X."
    end = text.index(" Area")
    assert text[:past_the_name_rest(text, end, text.index("reached"))].endswith("Area Command")
    plain = "The 2nd Army soon said the troops reached X."
    assert past_the_name_rest(plain, plain.index(" soon"), len(plain)) == plain.index(" soon")


def test_bearing_apposition_keeps_a_district_not_a_country():
    west = {"relation": {"type": "direction", "direction": "west"}}
    district = {"kind": "admin2", "lat": 15.4, "lon": 45.0}
    assert bearing_locates_the_place_before(", west of ", district, west)
    assert bearing_locates_the_place_before(", some 30 km west of ", district, west)
    assert not bearing_locates_the_place_before(", 20 km west of ", {"kind": "country", "lat": 15.0, "lon": 48.0}, west)
    assert not bearing_locates_the_place_before(" and ", district, west)


def test_counted_part_of_a_held_group_in_the_sentence_before():
    text = "Kenya has 4,000 soldiers in Somalia. On Friday 600 of them moved to Kismayo."
    at = text.index("moved")
    part = counted_part(text, text.index("On Friday"), at)
    assert part is not None and part.value == 600 and part.group == "4,000 soldiers"
    moved = "About 2,000 fighters withdrew from A. 500 of them moved on to B."
    assert counted_part(moved, moved.index("500"), moved.index("moved on")) is None


def test_force_replacing_reads_the_force_after_with():
    text = "Burundi replaced the battalion in Jowhar with 800 fresh troops."
    verb = _VERB.search(text)
    assert force_replacing(text, verb, len(text)) == ("800 fresh troops", [{"value": 800, "unit": "troops"}])
    person = "Kenya replaced the commander in Lamu with a general from Nairobi."
    assert force_replacing(person, _VERB.search(person), len(person)) is None


def test_long_runs_take_milliseconds():
    run = "Ab-" * 300 + "Ab"
    caps = " ".join(["Ethiopian"] * 300)
    text = f"{caps} trucks {run} entered X. " + "of them " * 300 + "moved"
    verb_at = text.index("entered")
    demonyms = [{"role": "demonym", "start": 0, "end": 9}]
    assert _timed(lambda: nation_in_vehicles(text, 0, verb_at, demonyms)) < 0.05
    assert _timed(lambda: counted_part(text, 0, len(text) - 5)) < 0.05
    gap = ", " + "some " * 300 + "west of "
    assert _timed(lambda: bearing_locates_the_place_before(gap, {"kind": "town", "lat": 1.0},
                                                           {"relation": {"type": "direction"}})) < 0.05
    long = "replaced " + "with " * 300 + run
    assert _timed(lambda: force_replacing(long, _VERB.search(long), len(long))) < 0.05
    rest = "X" + " Area" * 300 + " said"
    assert _timed(lambda: past_the_name_rest(rest, 1, len(rest))) < 0.05
