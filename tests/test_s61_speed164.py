"""Session 61 (speed164): persons._no_subject_by_its_neighbours asked once a name, not again by
_subject_of_a_finite_verb after _may_be_the_subject (sentences written for these tests). The
context ranking's why joined where it is read was built, counted and reverted (HISTORY.md)."""

import pytest

from geomove.mentions import persons
from geomove.mentions.finder import _Finder


# -- the questions asked once

def _run_of(finder, name: str) -> list[int]:
    start = finder.text.index(name)
    return [i for i, t in enumerate(finder.toks) if start <= t.start and t.end <= start + len(name)]


@pytest.mark.parametrize("text, name, person", [
    ("Reporters heard that Jomo Kenyatta rebuilt the party after the vote.", "Jomo Kenyatta", True),
    ("Reporters heard that Rafic Hariri founded the company in the eighties.", "Rafic Hariri", True),
    ("Reporters heard that Jomo Kenyatta reopened after the storm.", "Jomo Kenyatta", False),
])
def test_the_neighbours_are_asked_once_a_name(gazetteer, monkeypatch, text, name, person):
    asked = []
    plain = persons.PersonsAndOrganisations._no_subject_by_its_neighbours
    monkeypatch.setattr(persons.PersonsAndOrganisations, "_no_subject_by_its_neighbours",
                        lambda self, run: asked.append(tuple(run)) or plain(self, run))
    finder = _Finder(text, gazetteer)
    run = _run_of(finder, name)
    asked.clear()
    assert finder._facility_short_form_as_a_person(run, [finder.toks[i] for i in run]) is person
    assert asked == [tuple(run)]
    # (asked alone, the verb's test still asks the neighbours itself)
    asked.clear()
    finder._subject_of_a_finite_verb(run)
    assert asked == [tuple(run)]

