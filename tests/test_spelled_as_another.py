"""A place found by a spelling close to the name asked loses against a place that bears the very
name asked (ranking.spelled_as_another): a writer who meant Damascus would have written it so.
Sentences are our own."""

import pytest

from geomove.gazetteer import ranking
from geomove.mentions import find_mentions


def _read(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m.get("role") == "place"}


@pytest.mark.parametrize("name, country, kind", [
    ("Damasak", "NG", "town"),     # not Damascus, known also as 'Damask'
    ("Palawan", "PH", "admin2"),   # not Palayan City, known also as 'Pallayan'
])
def test_the_very_name_beats_a_close_spelling_of_another_place(gazetteer, name, country, kind):
    best = gazetteer.candidates(name)[0]
    assert (best["country"], best["kind"]) == (country, kind)


def test_in_text_context_does_not_lift_a_close_spelling_over_the_very_name(gazetteer):
    # Manila lies 93 km from Palayan City and ~500 km from Palawan's point: distance alone
    # picked the close spelling before
    found = _read("Marines were flown from Manila to Palawan on Friday.", gazetteer)
    assert (found["Palawan"]["country"], found["Palawan"]["kind"]) == ("PH", "admin2")
    found = _read("Nigerian soldiers pulled out of Malam Fatori and fell back to Damasak.", gazetteer)
    assert found["Damasak"]["country"] == "NG"


@pytest.mark.parametrize("name, country", [
    ("Mogadisho", "SO"),   # a misspelling with no place of that very name: still the city meant
    ("Timbuktou", "ML"),
    ("Port Sudaan", "SD"),
])
def test_a_close_spelling_still_answers_when_no_place_bears_the_name(gazetteer, name, country):
    assert gazetteer.candidates(name)[0]["country"] == country


def test_the_feature_says_why_and_is_idle_without_an_exact_namesake():
    place = {"name": "Damascus", "matched_name": "Damask"}
    close = ranking.Query(how="exact", similarity=0.92, exact_elsewhere=True)
    assert ranking.spelled_as_another(place, close) == (1.0, "another place bears the very name asked")
    assert ranking.spelled_as_another(place, ranking.Query(how="exact", similarity=0.92))[0] == 0.0
    assert ranking.spelled_as_another(place, ranking.Query(how="exact", similarity=1.0, exact_elsewhere=True))[0] == 0.0
    assert ranking.WEIGHTS["spelled_as_another"] < 0
