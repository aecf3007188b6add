"""Running-text gaps left by places12 and areas7 (issue 11, places13). Every sentence is made up
for the test; the places are real."""

import pytest

from geomove.mentions import places


def _one(found, surface):
    hit = [m for m in found if m["surface"] == surface]
    assert hit, (surface, [m["surface"] for m in found])
    return hit[0]


# 1. A capitalised kind word behaves like the lower-case one: an admin unit of the name in
#    another country (Natal, a Brazilian municipality) does not hide the built-in area.
@pytest.mark.parametrize("text, surface", [
    ("Gunmen burned a village in Natal Province before dawn.", "Natal Province"),
    ("Gunmen burned a village in Natal province before dawn.", "Natal"),
    ("Gunmen burned a village in the Province of Natal before dawn.", "Province of Natal"),
    ("Troops were sent into the Natal Province and the Transvaal.", "Natal Province"),
])
def test_a_capitalised_kind_word_keeps_the_former_province(gazetteer, text, surface):
    m = _one(places(text, gazetteer=gazetteer), surface)
    assert m["name"] == "Natal Province" and m["country"] == "ZA", m


def test_the_index_unit_still_wins_in_its_own_country(gazetteer):
    # the built-in area gives way where the index holds the unit itself in the area's country
    m = _one(places("Rebels crossed into Nyanza Province overnight.", gazetteer=gazetteer), "Nyanza Province")
    assert m["country"] == "KE", m
    m = _one(places("Clashes erupted in Natal, Brazil.", gazetteer=gazetteer), "Natal")
    assert m["country"] == "BR", m
