"""gaz36: places the finder misread in roundups, ship names and conflict reports.

- A world city's small namesake backed only by paragraphs far from the name ("a port call in
  Manila" three paragraphs after "Hill AFB, Utah"): the world city (mentions.context,
  FAR_PARAGRAPHS).

The sentences are written for these tests; the twins must keep their places."""

import pytest
from placing import places_by_surface

MANILA_PH = "geonames:1701668"
MANILA_UT = "geonames:5777855"

# --- a small namesake backed only by far paragraphs ----------------------------------------

_UTAH = "Crews from Hill AFB, Utah, flew out on Monday."


@pytest.mark.parametrize("text", [
    # before: Manila, Utah (0 km from Utah's places, in a province the text names)
    _UTAH + "\n\nJapan said two Chinese frigates passed Okinawa.\n\nGerman troops reached Lithuania.\n\n"
            "The USS America made a port call in Manila before exercises in the South China Sea.",
    _UTAH + "\n\nJapan said Chinese ships passed Okinawa.\n\nGerman troops reached Lithuania.\n\n"
            "Later, a fire broke out in Manila, officials said.",
])
def test_world_city_against_a_namesake_backed_far(gazetteer, text):
    assert places_by_surface(text, gazetteer)["Manila"]["gazetteer_id"] == MANILA_PH


@pytest.mark.parametrize("text", [
    # the namesake's backing is in its own paragraph, or the next
    _UTAH + " Later, a fire broke out in Manila, officials said.",
    _UTAH + "\n\nLater, a fire broke out in Manila, officials said.",
    # a text about Utah: places of Utah in the paragraphs between
    _UTAH + "\n\nSnow closed roads near Provo and Orem on Tuesday.\n\nPolice in Salt Lake City said the "
            "storm eased.\n\nLater, a fire broke out in Manila, officials said.",
])
def test_namesake_backed_near_kept(gazetteer, text):
    assert places_by_surface(text, gazetteer)["Manila"]["gazetteer_id"] == MANILA_UT
