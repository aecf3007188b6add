"""Session 48, read136: dates and corrections the session's reading helpers left (movements).
Sentences of my own.

1. "A convoy was filmed at a depot in A on Monday. It moved to B on Wednesday": dated Wednesday,
   the day of the move, not of the sighting (assemble._without_sighting_left)
2. "An earlier version ... said police had left A for B. The unit went to C, not B": A -> C
   (read.corrected_origin; and no next leg from a retracted end)
3. "The column that left A on Monday arrived in B overnight" after a sighting at B: one
   movement A -> B (read.relative_departure)
4. "The column was spotted refuelling in X": a sighting at a stop, no arrival (read.seen_stopping)
"""

from geomove.movements import extract
from geomove.read.seen_stopping import seen_stopping

PUBLISHED = "2026-12-04"  # a Friday


def _read(text, gazetteer, published=PUBLISHED):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["start"])
            for f in extract(text, published=published, gazetteer=gazetteer)]


# -- 1. the move's own day

def test_a_move_from_where_it_was_seen_keeps_its_own_day(gazetteer):
    assert _read("A truck convoy was filmed at a depot in Kherson on Monday. It moved to Mykolaiv on Wednesday.",
                 gazetteer) == [("Kherson", "Mykolaiv", "2026-12-02")]


def test_the_sighting_s_day_stays_when_the_move_has_none(gazetteer):
    assert _read("A convoy was filmed at a depot in Tobruk on Tuesday. It moved to Derna.", gazetteer) \
        == [("Tobruk", "Derna", "2026-12-01")]


# -- 2. a correction keeps the retracted origin

def test_a_correction_of_the_end_keeps_the_retracted_origin(gazetteer):
    assert _read("An earlier version of this report said police had left Mombasa for Malindi. "
                 "The unit went to Lamu, not Malindi.", gazetteer) == [("Mombasa", "Lamu", None)]


def test_no_next_leg_from_a_retracted_end(gazetteer):
    # (before: the retracted end Gao was where the withdrawal to Tessalit began)
    assert _read("A previous version of this story said troops had withdrawn from Kidal to Gao. "
                 "They withdrew to Tessalit, not Gao.", gazetteer) == [("Kidal", "Tessalit", None)]
    assert _read("A previous version of this story said troops had withdrawn from Kidal to Gao. "
                 "They later withdrew to Tessalit.", gazetteer) == [(None, "Tessalit", None)]


def test_not_against_a_reported_end_lends_no_origin(gazetteer):
    assert _read("Soldiers left Bouake for Korhogo on Monday. Gendarmes went to Man on Tuesday, not Korhogo.",
                 gazetteer) == [("Bouake", "Korhogo", "2026-11-30"), (None, "Man", "2026-12-01")]


# -- 3. a departure told in the subject's relative clause

def test_relative_departure_after_a_sighting_at_the_end(gazetteer):
    text = ("Syria live\n\nFriday 4 December\n\n15:30 - A clip shared by residents appears to show the same "
            "column parked in Homs.\n\n06:40 - The column that left Tartus on Thursday arrived in Homs overnight, "
            "the governor says.\n\nThursday 3 December\n\n22:10 - A column of army trucks left Tartus this "
            "evening heading east to Homs.")
    read = _read(text, gazetteer)
    assert len(read) == 1 and read[0][:2] == ("Tartus", "Homs") and read[0][2] == "2026-12-03"


# -- 4. seen at a stop

def test_seen_at_a_stop_is_no_arrival(gazetteer):
    assert _read("The column was spotted refuelling in Gao on Tuesday.", gazetteer) == []
    assert _read("Two armoured trains were filmed halting at Kupiansk on Friday.", gazetteer) == []


def test_a_stop_without_a_sighting_is_still_where_it_got_to(gazetteer):
    assert _read("The column halted at Kupiansk on Friday.", gazetteer) == [(None, "Kupiansk", "2026-12-04")]


def test_seen_stopping_wants_the_passive_of_seeing_right_before_the_stop():
    text = "The column was spotted refuelling in Gao."
    at = text.index("Gao")
    slots = [("via_stop", [{"start": at}], at)]
    assert seen_stopping(text, 0, slots)
    other = "The column, spotted by drones, was refuelling in Gao."
    assert not seen_stopping(other, 0, [("via_stop", [{"start": other.index("Gao")}], other.index("Gao"))])
