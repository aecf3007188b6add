"""Session 61 (gaz112): the person-or-place constructions session 60 (gaz111) left, in sentences
written for these tests (the places and airports are real; the people and events are made up).

- A person's small field is backed by a place the text reads within a short distance of it,
  across a provincial line or not; a town of the same province far from it backs it no more.
  A province the text names still backs every field in it.
- A place role told with a time or manner phrase between the verb and its preposition ("docked
  on Monday in Palma", "sailed without incident to Palma") is a place role still.
- An airport's traffic that only qualifies the object's head, where the head measures it ("the
  highest passenger numbers", "weaker freight figures"), says the airport is the subject.
- "A. B. Won Pat": the index holds no name of the Guam airport with these words, so they read
  no place (the person's, as after any initials).
"""

import pytest

from placing import places_by_surface as _by_surface
from placing import reads_as

# South Beloit's "Miller Airport" (Illinois) lies ~6 km from Beloit (Wisconsin), ~25 km from
# Rockford and ~140 km from Chicago; Manhattan's "Smith Airport" (Kansas) ~175 km from Wichita
_SOUTH_BELOIT_FIELD = {"gazetteer_id": "airport:3LL0"}
_PALMA = {"gazetteer_id": "geonames:2512989"}
_NAIROBI_AIRPORT = {"gazetteer_id": "airport:HKJK"}


@pytest.mark.parametrize("text, surface, want", [
    # 1. a person's small field by a town the text names, across the state line: the field
    ("John Miller said the convoy would wait in Beloit; the plane landed at Miller airport on Monday.",
     "Miller", _SOUTH_BELOIT_FIELD),
    # ... and a town of the field's own state far from it backs it no more: the person's word
    ("John Miller said the convoy would wait in Chicago; the plane landed at Miller airport on Monday.",
     "Miller", None),
    ("John Smith said the convoy would wait in Wichita; the plane landed at Smith airport on Monday.",
     "Smith", None),
    # (near misses: a town near it in its own state; the state named; no person of the word)
    ("John Miller said the convoy would wait in Rockford; the plane landed at Miller airport on Monday.",
     "Miller", _SOUTH_BELOIT_FIELD),
    ("John Smith said the troops were in Kansas; the plane landed at Smith airport on Monday.", "Smith",
     {"gazetteer_id": "airport:43KS"}),
    ("The convoy waited in Chicago; the plane landed at Miller airport on Monday.", "Miller",
     {"kind": "airfield"}),
    # 3. a time or manner phrase between a role verb and its preposition: the place
    ("Maria Palma spoke to reporters; the ship docked on Monday in Palma.", "Palma", _PALMA),
    ("Maria Palma thanked the crew; the frigate arrived at dawn in Palma.", "Palma", _PALMA),
    ("Maria Palma said the convoy would wait; the jets landed late on Friday at Palma.", "Palma", _PALMA),
    ("Maria Palma said the ship would sail; the frigate sailed without incident to Palma.", "Palma", _PALMA),
    ("Maria Palma said the convoy would wait; the transport flew overnight to Palma.", "Palma", _PALMA),
    ("Maria Palma said the convoy would wait; the ferry docked, on 4 May, at Palma.", "Palma", _PALMA),
    # (near misses: no role verb before the phrase, a person's preposition after it, or other
    # words than a time's or a manner's between)
    ("Maria Palma said the ship would sail; the captain talked on Monday to Palma.", "Palma", None),
    ("Maria Palma said the ship would sail; the sailors flew on Monday with Palma to Madrid.", "Palma", None),
    ("Maria Palma said the ship would sail; the ship docked and on Monday the crew wrote to Palma.",
     "Palma", None),
    ("Maria Palma said the ship would sail; the crew landed on Monday a contract with Palma.", "Palma", None),
    ("Maria Palma said the ship would sail; the crew flew home with gifts for Palma.", "Palma", None),
    # 4. the traffic word qualifies the object's head, a measure of it: the airport
    ("Jomo Kenyatta recorded the highest passenger numbers while troops guarded Nairobi.", "Jomo Kenyatta",
     _NAIROBI_AIRPORT),
    ("Jomo Kenyatta posted weaker freight figures while troops guarded Nairobi.", "Jomo Kenyatta",
     _NAIROBI_AIRPORT),
    # (near misses: a measure of no traffic; a traffic word qualifying a person's noun; a verb of speech)
    ("Jomo Kenyatta recorded the highest approval numbers, and troops later guarded Nairobi.",
     "Jomo Kenyatta", None),
    ("Jomo Kenyatta met airline chiefs, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    ("Jomo Kenyatta met the passenger figures' authors, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    ("Jomo Kenyatta said passenger numbers would rise, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    # 2. initials before a two-word surname of a facility the index names otherwise: no place
    ("A. B. Won Pat spoke to reporters, and troops later landed in Guam.", "Won Pat", None),
    ("A. B. Won Pat spoke to reporters, and troops later landed in Guam.", "Guam", {"country": "GU"}),
])
def test_reads_as(gazetteer, text, surface, want):
    found = _by_surface(text, gazetteer)
    assert reads_as(found.get(surface), want), found
