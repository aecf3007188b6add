"""Session 54 read155: a relative whose verb carried a load to a place, then the main clause's
verb of moving (read.relative_carried). Sentences of my own; the constructions' golden lines are
tests/golden/movements.jsonl s54-read155-*."""

import re

import pytest

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
