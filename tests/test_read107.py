"""Helper read107's fixes to the reading wing (styles the reader was not tuned on: spotting
notes, panel reports, radio scripts, briefings), at the level of the functions that decide (the
golden lines s39-read107-* show them on whole sentences), and the cost of their patterns on
long adversarial runs."""

import gc
import re
import time

from geomove.read.exercise_place import exercise_near_a_foreign_border
from geomove.read.received_at import receives_evidence
from geomove.read.spoken_correction import has_spoken_correction, taken_back_after
from geomove.read.tracked_between import tracked_between


def _verb(text: str, word: str) -> re.Match:
    return re.compile(r"\b(?P<verb>" + word + r")\b").search(text)


def test_evidence_received_with_a_clause_after_it_is_no_receipt():
    for text in ("The Panel received satellite imagery showing that six helicopters were moved.",
                 "The commission received reports that 80 soldiers left Monywa.",
                 "Investigators received footage indicating that a column drove to Gao."):
        assert receives_evidence(text, _verb(text, "received")), text


def test_a_force_or_a_count_received_stays_a_receipt():
    for text in ("The garrison received 300 soldiers that had flown in from Kinshasa.",
                 "Government forces received reinforcements from Shabwa.",
                 "The army received 20 armoured vehicles that were built in Turkey."):
        assert not receives_evidence(text, _verb(text, "received")), text


def test_tracked_is_a_trigger_only_in_the_passive_with_both_ends():
    assert [m.group("verb") for m in tracked_between("A C-17 was tracked from Ramstein to Incirlik.")] == ["tracked"]
    assert [m.group("verb") for m in tracked_between("Two ships were later shadowed from A into the B.")] == ["shadowed"]
    for text in ("Radar tracked the aircraft from Minsk to Brest.",   # active: who watched
                 "The drones were tracked from Kherson by radar.",     # no far end
                 "The rockets were tracked from Gaza to Ashkelon.",    # a munition in flight
                 "The convoy was tracked. It left Gao for Kidal."):    # no 'from' after it
        assert tracked_between(text) == [], text


def test_an_exercise_near_a_foreign_border_is_no_destination():
    russia = {"kind": "country", "role": "demonym_place", "relation": {"type": "near"}}
    assert exercise_near_a_foreign_border("for", " an exercise close to the ", russia)
    assert exercise_near_a_foreign_border("for", " joint drills near the ", russia)
    assert not exercise_near_a_foreign_border("for", " ", dict(russia, relation=None))      # "left A for Russia"
    assert not exercise_near_a_foreign_border("for", " an exercise near ", {"kind": "town", "relation": {"type": "near"}})
    assert not exercise_near_a_foreign_border("to", " an exercise near the ", russia)


def test_a_spoken_correction_takes_back_what_it_says_again():
    text = "Two corvettes sailed from Baltiysk toward Kaliningrad's coast... correction, from Kronstadt toward the Estonian coast."
    assert has_spoken_correction(text)
    at = lambda name: (text.index(name), text.index(name) + len(name))  # noqa: E731
    assert taken_back_after(text, *at("Baltiysk"))      # its cue 'from' is said again
    assert taken_back_after(text, *at("Kaliningrad"))   # the last place before the correction
    assert not taken_back_after(text, *at("Kronstadt"))
    other = "Two companies flew from Kabul to Doha -- sorry, to Dubai -- on Friday."
    assert not taken_back_after(other, other.index("Kabul"), other.index("Kabul") + 5)  # 'from' not said again
    assert taken_back_after(other, other.index("Doha"), other.index("Doha") + 4)
    plain = "The brigade moved from Sumy to Kharkiv on Tuesday, sorry to say."
    assert not taken_back_after(plain, plain.index("Kharkiv"), plain.index("Kharkiv") + 7)


def _timed(fn, text: str) -> float:
    fn(text)  # (warm: the patterns compiled, through the kept-pattern cache)
    gc.disable()
    try:
        t = time.perf_counter()
        fn(text)
        return time.perf_counter() - t
    finally:
        gc.enable()


def test_the_patterns_stay_fast_on_long_adversarial_runs():
    runs = ["was tracked from " + "Ab-" * 300 + "Ab",
            "were shadowed from " * 300,
            "was tracked from Ab, " * 300 + "to Cd",
            "the Panel received " + "imagery showing " * 300]
    for text in runs:
        assert _timed(tracked_between, text) < 0.05, text[:40]
    long = "Troops moved from Ab" + "... correction, from Ab" * 300
    assert _timed(lambda t: [taken_back_after(t, k, k + 2) for k in range(0, len(t), 23)], long) < 0.2
    text = "The Panel received " + "imagery showing " * 300
    assert _timed(lambda t: receives_evidence(t, _verb(t, "received")), text) < 0.05
