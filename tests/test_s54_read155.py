"""Session 54 read155: a relative whose verb carried a load to a place, then the main clause's
verb of moving (read.relative_carried); "overnight" told before a day (dates.
_overnight_before_day_told); drivers counted. Sentences of my own; the constructions' golden
lines are tests/golden/movements.jsonl s54-read155-*."""

import datetime as dt
import re

import pytest

from geomove.dates import find_dates
from geomove.read import relative_carried
from geomove.read.lexicon import _COUNT_RE


@pytest.mark.parametrize("part, expected", [
    ("took the fuel tankers to Tamale ", True),
    ("had brought the guns ", True),
    ("took part in the parade ", True),
    ("troops took the town ", False),        # a clause after "said that" opens with its subject
    ("armed men entered the town ", False),
    ("were flown to Gao ", False),           # an auxiliary's relative: clauses._AUX_OPENS reads it
])
def test_relative_after_that(part, expected):
    assert relative_after_that_is(part) is expected


def relative_after_that_is(part):
    return relative_carried.relative_after_that(part)


@pytest.mark.parametrize("words, verb", [
    ("The drivers that took the fuel tankers ", "took"),
    ("Soldiers who had hauled the two generators ", "hauled"),
    ("The crews which carried the bladders ", "carried"),
])
def test_carried_to_end(words, verb):
    m = relative_carried._CARRIED_TO_END.search(words)
    assert m is not None and m.group("verb") == verb


@pytest.mark.parametrize("words", [
    "The drivers took the fuel tankers ",            # no relative word
    "The drivers that flew the jets ",               # a verb of moving of the reader's (read.relative_leg_end)
    "The drivers that took the fuel tankers and the water tankers and the ",  # more than object_words words
])
def test_carried_to_end_not(words):
    assert relative_carried._CARRIED_TO_END.search(words) is None


@pytest.mark.parametrize("text, value", [
    ("About forty Rwandan drivers drove the trucks", "forty"),
    ("some 30 Kenyan army drivers", "30"),
    ("Around forty drivers drove the fuel trucks", "forty"),
])
def test_drivers_counted(text, value):
    m = _COUNT_RE.search(text)
    assert m is not None and m.group("num") == value and re.sub(r"\s+", " ", m.group("unit").lower()) == "drivers"


@pytest.mark.parametrize("text, published, expected", [
    # the night before the day told next in its sentence
    ("Troops were flown into Goma overnight and driven to Sake on Friday.", "2026-11-24", "2026-11-19"),
    ("Marines were flown into Darwin overnight and bussed to Robertson Barracks on 3 December.", "2026-12-06", "2026-12-02"),
    # a departure overnight, or a sentence opened by it: as before
    ("Moving from Gao overnight, troops reached Kidal on Monday.", "2026-11-24", "2026-11-23"),
    ("Overnight, the army withdrew the troops that had been brought there on Monday.", "2026-11-24", "2026-11-23"),
    # alone, or the day in the next sentence: the night before publication, as before
    ("Troops moved to Gao overnight.", "2026-11-24", "2026-11-23"),
    ("Troops moved to Gao overnight. On Friday they reached Kidal.", "2026-11-24", "2026-11-23"),
    # the day told before the night: left to read.overnight_told_day and read.speech_day
    ("On Friday troops moved to Gao overnight.", "2026-11-24", "2026-11-23"),
])
def test_overnight_before_day_told(text, published, expected):
    found = find_dates(text, dt.date.fromisoformat(published))
    night = next(d for d in found if d.text.lower() == "overnight")
    assert night.date_start.isoformat() == expected == night.date_end.isoformat()
