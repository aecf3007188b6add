""""Here" in the words of a speaker whose place the report gives: a force sent to an area
arrived where the speaker was, when that place lies in the area. Sentences of our own."""

import pytest

from geomove.movements import extract


def _destination(text):
    found = extract(text, published="2024-03-20")
    assert len(found) == 1, found
    return found[0]["properties"]["destination"]


@pytest.mark.parametrize("text", [
    'Kenyan police officers arrived in Haiti on Friday. Speaking in the town of Gonaives, the mayor said '
    '"They came this morning. They are already here."',
    'Kenyan police officers arrived in Haiti on Friday. The mayor, speaking at a press conference in Gonaives, '
    'said "they landed here this morning".',
    'Kenyan police officers arrived in Haiti on Friday. "They are here now," the mayor told reporters in Gonaives.',
])
def test_here_is_where_the_speaker_was(gazetteer, text):
    d = _destination(text)
    assert d["name"].startswith("Gona") and d["refines"] == "Haiti"


@pytest.mark.parametrize("text", [
    # "here" that says nothing of the force
    'Kenyan police officers arrived in Haiti on Friday. Speaking in the town of Gonaives, the mayor said the '
    'weather was fine here.',
    # the speaker is somewhere else than the area the force went to
    'Kenyan police officers arrived in Haiti on Friday. Speaking in Nairobi, the minister said "they are already here".',
    # no place for the speaker
    'Kenyan police officers arrived in Haiti on Friday. The mayor said "they are already here".',
])
def test_no_refinement(gazetteer, text):
    assert _destination(text)["name"] == "Haiti"
