"""A service named alone ('Army units') takes the country of the report's lede only while the
report stays in the lede's theatre (read.services._another_theatre): a roundup's next item, its
places far from the lede's and in none of their countries, is not the lede country's."""

import pytest

from geomove import extract


def _actors(text: str) -> list[str]:
    return [f["properties"]["actor"] for f in extract(text, published="2026-03-04")]


def test_a_roundups_next_item_does_not_take_the_ledes_country():
    actors = _actors("Turkish troops moved from Kilis to Azaz on Monday.\n\n"
                     "Army units were sent from Austin to El Paso on Tuesday.")
    assert actors[0] == "Turkish troops"
    assert actors[1] == "Army units"


@pytest.mark.parametrize("text, country", [
    ("Lebanon's army deployed troops to the south on Monday. Army units moved from Tyre to Naqoura on Tuesday.",
     "Lebanon"),
    # (abroad, near the lede's places: the lede's country stands)
    ("Turkey sent reinforcements to the border on Monday. Army units moved from Kilis to Azaz on Tuesday.",
     "Turkey"),
])
def test_the_ledes_theatre_keeps_the_ledes_country(text, country):
    assert any(a and a.startswith("Army units") and country in a for a in _actors(text))
