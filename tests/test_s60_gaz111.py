"""Session 60 (gaz111): persons and places that share a name, in sentences written for these tests
(the places and airports are real; the people and events are made up).

- Initials before a surname of two words ("M. A. Van Buren", "A. De Soto"): the whole run is the
  person's, as one word after initials was (session 59).
- A place role before a word the text gave a person ("Maria Palma spoke ...; the ship docked in
  Palma"): the verb of movement and its preposition say a place is meant, whoever bears the name.
- "John Smith said ...; landed at Smith airport": a facility named like a person of the text is
  read only where it is an airport of scheduled flights or lies by the text's other places; a small
  field of the surname far from everything the text names is the person's word.
- "Jomo Kenyatta recorded delays": what follows the verb (flights, passengers, delays) says the
  subject is the airport, whatever the verb.
"""

import pytest

from geomove.mentions import find_mentions
from placing import places_by_surface as _by_surface
from placing import reads_as


@pytest.mark.parametrize("text, surface, want", [
    # 1. initials before a surname of two words: the person, no town of the surname
    ("M. A. Van Buren led the delegation, and the troops later landed in Ohio.", "Van Buren", None),
    ("A. De Soto was killed in an ambush, and troops later landed in Florida.", "De Soto", None),
    ("P. L. Santa Cruz spoke to reporters, and the troops later landed in Manila.", "Santa Cruz", None),
    # (near misses: the same names with no initials, or a compass letter, or a facility word)
    ("The convoy reached Van Buren on Monday.", "Van Buren", {"country": "US"}),
    ("Troops camped near Del Rio on Monday.", "Del Rio", {"country": "US"}),
    ("Aid reached S. Sudan by road on Monday.", "Sudan", {}),
    ("Troops from N. Ireland landed in Scotland on Monday.", "Ireland", {}),
    ("The envoy flew to Washington, D. C. Van Buren police met him on Monday.", "Van Buren", {"country": "US"}),
    # 2. a place role before a person's word: the place
    ("Maria Palma spoke to reporters; the ship docked in Palma on Monday.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    ("Maria Palma said the plane would leave; it flew to Palma on Monday.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    ("Maria Palma said the convoy would wait; it arrived at Palma by noon.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    ("Maria Palma thanked the crew; the frigate sailed back to Palma on Friday.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    ("Maria Palma said the convoy would wait; the rebels entered Palma at dawn.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    # (near misses: the person's word after a verb no place role is, or alone: no place)
    ("Maria Palma said the ship would sail; Palma then thanked the crew.", "Palma", None),
    ("Maria Palma said the ship would sail; the captain talked to Palma at noon.", "Palma", None),
    ("Maria Palma said the ship would sail; the crew gave the flag to Palma at noon.", "Palma", None),
    ("Maria Palma said the ship would sail; reporters waited for Palma in the rain.", "Palma", None),
    ("Maria Palma said the ship would sail; the first prize went to Palma on Monday.", "Palma", None),
    ("Maria Palma said the ship would sail; the sailors flew with Palma to Madrid.", "Palma", None),
    # 3. a small field named like a person of the text, far from the text's places: the person's word
    ("John Smith said the convoy would wait; the plane landed at Smith airport on Monday.", "Smith", None),
    ("Officer Dan Brown spoke first; the medics later waited at Brown airport.", "Brown", None),
    # (near misses: the field by a place the text names; no person of the word; an airport of
    # scheduled flights named for the person)
    ("John Smith said the troops were in Kansas; the plane landed at Smith airport on Monday.", "Smith",
     {"gazetteer_id": "airport:43KS"}),
    ("John Smith said the convoy would wait; the plane landed at Smith airport in Texas.", "Smith",
     {"kind": "airfield", "admin1": "Texas"}),
    ("The plane landed at Smith airport on Monday.", "Smith", {"kind": "airfield"}),
    ("President Uhuru Kenyatta waved to the crowd, then flew out of Kenyatta airport at noon.", "Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    # 4. what follows the verb says the airport is the subject
    ("Jomo Kenyatta recorded delays on Monday while troops guarded Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    ("Jomo Kenyatta cancelled twelve flights while troops guarded Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    ("Jomo Kenyatta welcomed fewer passengers after troops sealed Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    # (near misses: a person's object after the same verbs)
    ("Jomo Kenyatta recorded a speech in 1963, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    ("Jomo Kenyatta cancelled the elections, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    ("Jomo Kenyatta led the country to independence, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    # (a traffic noun that only qualifies the object, or after a verb of speech: the person)
    ("Jomo Kenyatta met airline chiefs, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
    ("Jomo Kenyatta said flights would resume, and troops later guarded Nairobi.", "Jomo Kenyatta", None),
])
def test_reads_as(gazetteer, text, surface, want):
    found = _by_surface(text, gazetteer)
    assert reads_as(found.get(surface), want), found


def test_a_surname_of_two_words_after_initials_is_the_person_s_later(gazetteer):
    # the surname alone later is the person's too, as for one word after initials
    found = _by_surface("M. A. Van Buren spoke in Columbus. Later Van Buren flew to Boston.", gazetteer)
    assert "Van Buren" not in found, found
    assert found["Boston"]["country"] == "US", found


def test_a_surname_after_initials_is_no_actor_either(gazetteer):
    # "Del Rio" after initials named no place, but "Rio" alone was read as Rio de Janeiro acting
    found = find_mentions("J. C. Del Rio said the army would stay in Chihuahua.", gazetteer=gazetteer)
    assert [m["surface"] for m in found] == ["Chihuahua"], found
