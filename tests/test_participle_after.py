"""read.participle_after: who moved, for a participle of moving after a word of time. The
sentences are our own."""

import re

import pytest

from geomove.read.participle_after import subject_of_participle


def _main(text: str, verb: str) -> re.Match:
    return re.compile(rf"(?P<verb>{verb})(?P<noun>(?!))?").search(text)


@pytest.mark.parametrize("text, verb, subject", [
    ("Ecuadorian troops took control of the prison after being flown in from Quito.", "flown", "Ecuadorian troops"),
    ("Two companies of marines secured the airport before flying on to Kismayo.", "flying", "Two companies of marines"),
    ("The brigade has held the bridge since arriving from Lviv.", "arriving", "The brigade"),
])
def test_the_subject_is_the_main_clauses(text, verb, subject):
    assert subject_of_participle(text, 0, _main(text, verb)) == subject


@pytest.mark.parametrize("text, verb", [
    ("Troops were flown from Quito to Guayaquil.", "flown"),                       # no word of time
    ("After being flown from Quito, the troops took the prison.", "flown"),       # the clause opens with it
    ("and had both been infected after traveling to the capital.", "traveling"),  # no subject of its own
])
def test_no_subject_without_the_construction(text, verb):
    assert subject_of_participle(text, 0, _main(text, verb)) is None


def _verbs(text, *words):
    return [_main(text, w) for w in words]


@pytest.mark.parametrize("text, first, then", [
    ("After leaving Mogadishu on Monday, Ethiopian troops reached Baidoa.", "leaving", "reached"),
    ("Two days after leaving Mogadishu, the convoy reached Baidoa.", "leaving", "reached"),
    ("Having left Goma at dawn, the rebel convoy entered Sake.", "left", "entered"),
])
def test_the_verb_after_an_opening_participle_is_the_main_one(text, first, then):
    from geomove.read.participle_after import verb_after_opening_participle
    assert verb_after_opening_participle(text, 0, _verbs(text, first, then)).group("verb") == then


@pytest.mark.parametrize("text, first, then", [
    ("The troops left Mogadishu and reached Baidoa.", "left", "reached"),            # no opening word of time
    ("After the rebels left Sake, army units moved to Goma.", "left", "moved"),      # a subject of its own (opening_contrast)
    ("After leaving Mogadishu the convoy reached Baidoa.", "leaving", "reached"),    # no comma to tell the clauses apart
])
def test_no_main_verb_without_the_construction(text, first, then):
    from geomove.read.participle_after import verb_after_opening_participle
    assert verb_after_opening_participle(text, 0, _verbs(text, first, then)) is None
