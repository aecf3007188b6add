"""gaz44: place resolution leftovers in conflict reports (probes of my own, s29).

- 'the Sinaloa cartel', 'the Medellin cartel': a place's name right before a lower-case
  "cartel" names the criminal group after its home; the name is the organisation's, as in
  'the Sinaloa Cartel' written with a capital (mentions.scan.LOWER_CASE_ORG_HEADS).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import find_mentions


def _mention(text, surface, gazetteer):
    return next((m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface), None)


# --- a group named after its home: '<Place> cartel' ------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: role 'place' (Sinaloa, MX; Medellín, CO)
    ("Gunmen of the Sinaloa cartel moved to Culiacan from Mazatlan.", "Sinaloa"),
    ("The Medellin cartel sent men to Bogota on Friday.", "Medellin"),
])
def test_place_before_lower_case_cartel_is_the_organisation(gazetteer, text, surface):
    m = _mention(text, surface, gazetteer)
    assert m is not None and m["role"] == "organisation"


@pytest.mark.parametrize("text,surface", [
    ("The Sinaloa Cartel moved fighters to Culiacan.", "Culiacan"),
    ("Soldiers reached Sinaloa from Durango on Friday.", "Sinaloa"),
    ("The Sinaloa police moved to Culiacan on Friday.", "Culiacan"),
    ("Gunmen of the Sinaloa cartel moved to Culiacan from Mazatlan.", "Mazatlan"),
])
def test_places_near_a_cartel_stay_places(gazetteer, text, surface):
    m = _mention(text, surface, gazetteer)
    assert m is not None and m["role"] == "place" and m["country"] == "MX"
