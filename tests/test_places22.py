"""places22: a ship's prefix read as a place, namesakes on another continent. The sentences are
written for these tests.

- a navy's ship prefix ("HMS", "USS", "HMAS") and the ship's name after it are no place and no
  dateline ('HMS' was read as Homs by one of its other names, 'HMAS Canberra' as the city);
"""

import pytest

from geomove.mentions import find_mentions


def _found(text, gazetteer):
    """Every mention that locates something, datelines too, by its surface."""
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] in ("place", "demonym_place", "dateline")}


# -- ship prefixes

@pytest.mark.parametrize("text, gone, kept", [
    ("HMS Diamond sailed from Portsmouth to Gibraltar on Friday.", "HMS", ["Portsmouth", "Gibraltar"]),
    ("HMAS Canberra arrived in Darwin after a week at sea.", "Canberra", ["Darwin"]),
    ("The cruiser USS Philadelphia docked in Naples.", "Philadelphia", ["Naples"]),
    ("Sailors waved. INS Kolkata left Mumbai at dawn.", "Kolkata", ["Mumbai"]),
    ("The carrier HMS Prince of Wales left Portsmouth.", "Wales", ["Portsmouth"]),
])
def test_a_ship_is_no_place(gazetteer, text, gone, kept):
    found = _found(text, gazetteer)
    assert gone not in found, found[gone]
    for surface in kept:
        assert surface in found and found[surface]["lat"] is not None, found


@pytest.mark.parametrize("text, surface, country", [
    # the same names where no prefix stands before them: places, and a dateline stays a dateline
    ("Crowds gathered in Canberra as the ship arrived in Darwin.", "Canberra", "AU"),
    ("Trains left Kolkata on Sunday.", "Kolkata", "IN"),
    ("HOMS — Troops moved into the old city on Friday.", "HOMS", "SY"),
    ("Ministers met in Wales, then travelled to London.", "Wales", "GB"),
])
def test_the_same_names_without_a_prefix_stay_places(gazetteer, text, surface, country):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["country"] == country, _found(text, gazetteer)


def test_a_headline_in_title_case_keeps_the_sea_after_the_ship(gazetteer):
    # the ship's name in a title-case headline is one word: "Red Sea" is where it goes
    found = _found("USS Carney Enters Red Sea", gazetteer)
    assert "Carney" not in found
    assert found.get("Red Sea") is not None and found["Red Sea"]["kind"] == "sea", found
