"""'DR Congo' is the country, not a doctor called Congo: a title word written in capitals before
a word that is not (mentions/persons.py). Sentences are our own."""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.persons import _capitals_before_a_name


@pytest.mark.parametrize("text", ["The convoy reached Goma, DR Congo, at dawn.",
                                  "Peacekeepers left DR Congo in June.",
                                  "Uganda and DR Congo closed the crossing."])
def test_dr_congo_is_the_country(gazetteer, text):
    found = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "DR Congo"]
    assert found and found[0]["country"] == "CD"


def test_a_title_case_doctor_is_still_a_title(gazetteer):
    found = find_mentions("Dr Congo spoke to reporters in Nairobi.", gazetteer=gazetteer)
    assert [m["surface"] for m in found] == ["Nairobi"]


def test_capitals_rule():
    assert _capitals_before_a_name("DR", "Congo")
    assert not _capitals_before_a_name("Dr", "Congo")
    assert not _capitals_before_a_name("DR.", "JOHN")
