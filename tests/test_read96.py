"""Cases of session 35's read96 that the golden file cannot state: the kind of place an end is
(a river's bank), and the named decisions of the new readers on their own."""

import datetime as dt

import pytest

from geomove.dates import find_dates, paragraph_heading_date
from geomove.movements import extract
from geomove.read.short_of_aim import end_only_aimed
from geomove.read.still_clause_and import still_clause_before


@pytest.mark.parametrize("text", [
    "Russian forces were withdrawn from Kherson city to the left bank of the Dnipro on Friday.",
    "The battalion was withdrawn to the right bank of the Dnipro.",
    "Ukrainian units pulled back to the west bank of the Oskil.",
])
def test_a_rivers_bank_is_the_river_not_a_town_of_its_name(text, gazetteer):
    (feature,) = extract(text, published="2025-03-07", gazetteer=gazetteer)
    assert feature["properties"]["destination"]["kind"] == "river"


def test_a_clause_of_its_own_before_comma_and():
    text = "The first column had 40 tanks, and a second column moved."
    assert still_clause_before(text, 0, text.index(","))
    # a noun phrase with a participle and no finite verb is no clause
    text = "Trucks carrying troops, and a second column moved."
    assert not still_clause_before(text, 0, text.index(","))


def test_an_end_told_only_as_an_aim():
    text = "A column set out from Goma for Bukavu."
    at = text.index("Bukavu")
    assert end_only_aimed(text, {"offsets": [at, at + 6]})
    text = "A column moved from Goma to Bukavu."
    at = text.index("Bukavu")
    assert not end_only_aimed(text, {"offsets": [at, at + 6]})


def test_a_paragraph_heading_with_a_colon_reaches_its_paragraph_only():
    text = "Sightings, 5 March:\nA convoy entered Kherson.\n\nA column left Tokmak."
    dates = find_dates(text, dt.date(2025, 3, 7))
    first = text.index("A convoy")
    second = text.index("A column")
    assert paragraph_heading_date(text, dates, first) is not None
    assert paragraph_heading_date(text, dates, second) is None
