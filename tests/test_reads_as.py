"""placing.reads_as, the one shape of the sentence tables of the gaz tests: a wrong reading
must fail them (a judge that said yes to everything would pass every table)."""

import pytest

from placing import reads_as

JFK = {"gazetteer_id": "airport:KJFK", "kind": "airfield", "country": "US",
       "why": "the one airline airport named for Kennedy"}


@pytest.mark.parametrize("mention, want, expected", [
    (None, None, True),
    (JFK, None, False),                                   # a place where none is right
    (None, {}, False),                                    # no place where one is
    (JFK, {}, True),
    (None, {"kind": "airfield", "or_none": True}, True),
    (None, {"kind": "airfield"}, False),
    (JFK, {"gazetteer_id": "airport:KJFK", "why": "named for Kennedy"}, True),
    (JFK, {"gazetteer_id": "airport:KJFK", "why": "named for Bolivar"}, False),
    (JFK, {"gazetteer_id": "airport:SEGU"}, False),
    (JFK, {"!kind": "airfield", "or_none": True}, False),  # or_none never excuses a wrong place
    (JFK, {"!why": "named for"}, False),
    (JFK, {"!why": "a town the text names"}, True),
    (JFK, {"country": ("KE", "US")}, True),
    (JFK, {"country": ("KE", "CO")}, False),
])
def test_reads_as(mention, want, expected):
    assert reads_as(mention, want) is expected
