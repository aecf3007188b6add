"""Session 56 read158: constructions session 55 left misread, each read by a rule of its own.
Sentences of my own; the golden lines are tests/golden/movements.jsonl s56-read158-*."""

import re

import pytest

from geomove.read.subject_relative_time import year_of_the_clause

_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)[0-9][0-9])\b", re.I)


def _year(text: str, verb: str):
    return year_of_the_clause(text, 0, text, text.index(verb), _YEAR)


@pytest.mark.parametrize("text, verb", [
    ("The fighters who seized Kidal in 2012 returned to Gao on Monday.", "returned"),
    ("Nepali soldiers who served in Naqoura in 2019 were flown to Kathmandu.", "flown"),
    ("The Estonian company that fought near Kandahar in 2010 arrived in Tallinn.", "arrived"),
])
def test_year_of_the_relative_is_not_the_clause_s(text, verb):
    assert _year(text, verb) is None


@pytest.mark.parametrize("text, verb, year", [
    ("The fighters who seized Kidal returned to Gao in 2012.", "returned", "2012"),      # after the verb
    ("In 2012, the fighters who seized Kidal returned to Gao.", "returned", "2012"),     # opening the sentence
    ("Officials said that in 2014 Iraqi troops moved to Erbil.", "moved", "2014"),        # 'that' of speech
    ("The fighters, who seized Kidal in 2012, returned to Gao.", "returned", "2012"),    # a comma: status blanks such asides itself
    ("The fighters who seized Kidal in 2012 returned to Gao in 2013.", "returned", "2013"),  # the clause's own, after the relative's
])
def test_year_of_the_clause_kept(text, verb, year):
    found = _year(text, verb)
    assert found is not None and found.group(1) == year
