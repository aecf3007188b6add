"""read.speaker_of_force: a force's name that says whose a speaker is, not who moved. Sentences
written for these tests."""

import pytest

from geomove.movements import extract
from geomove.read.speaker_of_force import force_of_speaker_words, names_a_speaker


@pytest.mark.parametrize("text, name, said", [
    ("A Russian military blogger said troops moved", "Russian military", True),
    ("a Ukrainian military observer reported that units", "Ukrainian military", True),
    ("Ukrainian army analysts wrote that units", "Ukrainian army", True),
    ("an Israeli military spokesperson says troops", "Israeli military", False),  # speaks for the force
    ("Russian military columns moved", "Russian military", False),
    ("the Ethiopian army officer corps moved", "Ethiopian army", False),  # no verb of saying
])
def test_names_a_speaker(text, name, said):
    end = text.index(name) + len(name)
    assert names_a_speaker(text, end, len(text)) is said


@pytest.mark.parametrize("speaker, force", [
    ("Ethiopian army officer", "Ethiopian army"),
    ("Malian army spokesman", "Malian army"),
    ("Lebanese army", "Lebanese army"),
])
def test_force_of_speaker_words(speaker, force):
    assert force_of_speaker_words(speaker) == force


def test_the_speakers_own_troops_are_the_force_not_the_officer(gazetteer):
    [f] = extract("An Ethiopian army officer said its troops had moved from Adigrat to Zalambessa.",
                  gazetteer=gazetteer, published="2026-12-02")
    assert f["properties"]["actor"] == "Ethiopian army"
