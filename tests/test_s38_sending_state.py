"""s38 lead: a country named as the subject of sending or deploying is a force's country, as a
demonym is ("Uruguayan troops"): its point says who sends, not where the text is about. Before,
"Uruguay will send 200 peacekeepers to Goma, replacing a contingent that returned to Montevideo"
lost Goma: the far-namesake guard saw two places in Uruguay (the state and its capital) and
dropped the Congolese city as a stray namesake. Sentences of my own; the near misses name a
country that sends nobody, where the guard still judges."""

import pytest
from placing import places_by_surface

from geomove.mentions.guards import sends_forces


@pytest.mark.parametrize("text,surface,country", [
    ("Uruguay will send 200 peacekeepers to Goma, replacing a contingent that returned to Montevideo.",
     "Goma", "CD"),
    ("Nepal deployed a battalion to Bunia after its earlier unit flew back to Kathmandu via Delhi.", "Bunia", "CD"),
    ("Fiji is to dispatch 150 soldiers to Goma, officials in Suva said.", "Goma", "CD"),
])
def test_destination_abroad_of_a_sending_state_is_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


def test_a_state_that_sends_nobody_leaves_the_guard_as_it_was(gazetteer):
    # (a sports story: Uruguay beats Ghana, and 'Goma' far from both is no place read with confidence)
    found = places_by_surface("Uruguay beat Ghana; fans in Montevideo celebrated and a parade went to Goma.",
                              gazetteer).get("Goma")
    assert found is None or found.get("country") != "CD"


@pytest.mark.parametrize("text,sends", [
    ("Uruguay will send troops", True), ("Ghana has deployed a battalion", True), ("Kenya sent police", True),
    ("Fiji is to dispatch soldiers", True), ("Chad plans to send more", True), ("Nepal also deployed", True),
    ("Uruguay beat Ghana", False), ("Kenya said it sent police", False), ("Chad's sending of troops", False),
])
def test_sends_forces_reads_the_verb_right_after_the_country(text, sends):
    name = text.split()[0].rstrip("'s")
    assert sends_forces(text, {"end": len(name)}) is sends
