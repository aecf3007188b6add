"""Session 59 (gaz110): persons and the places named for them, and airports named for towns, in
sentences written for these tests (the places and airports are real; the events are made up).

- A name the index knows only as an airport's short form ("Jomo Kenyatta") followed by a finite
  verb it is the subject of ("led", "rebuilt") is the person; an airport does few things as a
  subject ("reopened", "remained shut": wordlists.FACILITY_SUBJECT_VERBS), and the place named for
  the person is read where a facility word or a place role says so ("flew into Jomo Kenyatta").
- The same test for three words ("Jose Maria Cordova") and a surname after initials ("J. F.
  Kennedy": a person, never a town of the surname).
- "Acuña airport": a facility word after a town's short form reads the airport of the town's
  full name (Ciudad Acuña's), where the index knows no airport by the short form that serves it.
- "Palma port" after a person named Palma: a port is named for its town, so the town is read
  (on the coast); an airport word after a person's word reads only an airport of the words.
"""

import pytest

from placing import places_by_surface as _by_surface
from placing import reads_as


@pytest.mark.parametrize("text, surface, want", [
    # 1. a short form of an airport as the subject of a finite verb: the person
    ("Jomo Kenyatta led the country to independence, and troops later guarded Nairobi airport.",
     "Jomo Kenyatta", None),
    ("Rafic Hariri rebuilt the city centre; troops patrolled Beirut.", "Rafic Hariri", None),
    ("After Jomo Kenyatta founded the party, police watched Nairobi closely.", "Jomo Kenyatta", None),
    # (a facility word or a place role: the airport, as before)
    ("The troops flew into Jomo Kenyatta on Monday.", "Jomo Kenyatta", {"gazetteer_id": "airport:HKJK"}),
    ("Kenyan troops guarded Jomo Kenyatta and Nairobi on Monday.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    ("The troops flew out of Jomo Kenyatta airport on Monday.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    # (what an airport itself does: the airport)
    ("Jomo Kenyatta reopened on Monday after troops cleared Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    ("Jomo Kenyatta remained shut while soldiers patrolled Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    # (an article before the name: the thing, not the person)
    ("The Jomo Kenyatta built in the sixties stood empty while troops guarded Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    ("Soldiers said the Jomo Kenyatta managed few flights, and troops guarded Nairobi.", "Jomo Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    # 2. three words and initials
    ("Jose Maria Cordova led the army, and the troops later landed in Medellin.", "Jose Maria Cordova", None),
    ("Jose Maria Cordova said the army would stay in Medellin.", "Cordova", None),
    ("Jose Maria Cordova said the army would stay in Medellin.", "Jose Maria Cordova", None),
    ("Alfonso Bonilla Aragon was killed in an ambush, and troops later landed in Cali.",
     "Alfonso Bonilla Aragon", None),
    ("Alfonso Bonilla Aragon said the army would stay in Cali.", "Aragon", None),
    ("The troops landed at Jose Maria Cordova on Monday.", "Jose Maria Cordova",
     {"gazetteer_id": "airport:SKRG"}),
    ("J. F. Kennedy was killed in Dallas, and the troops landed in New York.", "Kennedy", None),
    ("J. F. Kennedy led the country, and the troops landed in New York.", "Kennedy", None),
    ("A. Lincoln led the Union army, and troops camped near Washington.", "Lincoln", None),
    # (a compass letter before a country is no initial)
    ("Troops from N. Ireland landed in Scotland on Monday.", "Ireland", {}),
    ("Aid reached S. Sudan by road on Monday.", "Sudan", {}),
    # (letters closing an address, and an item's letter after a word, are no initials)
    ("The envoy flew to Washington, D. C. Boston police met him on Monday.", "Boston", {"country": "US"}),
    ("Tanks waited in sector B. Hebron stayed quiet all day.", "Hebron", {"country": "PS"}),
    ("Dallas police said the convoy left Kennedy airport for the city.", "Kennedy",
     {"gazetteer_id": "airport:KJFK"}),
    # 3. a facility word after a town's short form: the airport of the town's full name
    ("Mexican police met the lorries at Acuña airport.", "Acuña", {"gazetteer_id": "airport:MMCC"}),
    ("The plane from Texas landed at Acuna airport before dawn.", "Acuna", {"gazetteer_id": "airport:MMCC"}),
    ("Police met the lorries at Obregon airport.", "Obregon", {"gazetteer_id": "airport:MMCN"}),
    # (the town without the word stays the town; a town named for a person stays the town)
    ("Mexican police patrolled Acuña on Monday.", "Acuña", {"kind": "city", "country": "MX"}),
    ("Police met the lorries at Juarez airport.", "Juarez", {"!kind": "airfield"}),
    ("The convoy left Hesperides airport on Monday.", "Hesperides", {"!kind": "airfield", "or_none": True}),
    ("Troops landed at Copenhagen airport.", "Copenhagen", {"gazetteer_id": "airport:EKCH"}),
    # 4. a port word after a person's word: the town of the port
    ("Maria Palma said the ship would sail; it docked at Palma port on Monday.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    ("Maria Palma said the ship would sail; the ferry reached Palma harbour at noon.", "Palma",
     {"gazetteer_id": "geonames:2512989"}),
    # (the person's word alone, or before an airport word the index knows no airport by: no place)
    ("Maria Palma said the ship would sail; Palma then thanked the crew.", "Palma", None),
    ("Maria Palma said the plane would leave; it landed at Palma airport on Monday.", "Palma", None),
])
def test_reads_as(gazetteer, text, surface, want):
    found = _by_surface(text, gazetteer)
    assert reads_as(found.get(surface), want), found


def test_initials_make_the_surname_a_person_s_word(gazetteer):
    # the surname alone later is the person's, as for a given name and a middle initial
    found = _by_surface("J. F. Kennedy spoke in Dallas. Later Kennedy flew to Boston.", gazetteer)
    assert "Kennedy" not in found, found
    assert found["Boston"]["country"] == "US", found
