"""gaz43: places in reports of theatres the finder was not tuned on (probes of my own, s29).

- 'Island officials said ...': a country's other name in another language that spells an
  everyday English word (Iceland's 'Island') is no reading of English prose
  (mentions.candidates.COUNTRY_NAMES_THAT_ARE_ENGLISH_WORDS).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import find_mentions, places_by_surface


def _mention(text, surface, gazetteer):
    return next((m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface), None)


# --- a country's foreign name that is an English word -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Island officials said the ferry to the mainland was suspended after the attack.",
    "Officials on the Island said the ferry to the mainland was suspended.",
    "Island residents fled to the mainland by boat on Sunday.",
])
def test_island_is_no_country(gazetteer, text):
    # before: Iceland (IS), by its own and German name 'Island'
    m = _mention(text, "Island", gazetteer)
    assert m is None or m.get("country") != "IS"


@pytest.mark.parametrize("text,surface", [
    ("Icelandic coast guard vessels sailed from Iceland towards the fishing grounds.", "Iceland"),
    ("Troops from Britain landed at the port on Monday.", "Britain"),
])
def test_country_names_in_english_stay(gazetteer, text, surface):
    found = places_by_surface(text, gazetteer).get(surface) or _mention(text, surface, gazetteer)
    assert found is not None and found["country"] in ("IS", "GB")
