"""gaz39: names of ordinary English and of groups read as small towns, and namesakes won by the
wrong row (probes of my own, s27).

- A name right after a verb whose object is as often a force as a place ('reinforced Wagner',
  'joined Fano'), every reading of which lies on another continent than the text's countries:
  the group's name (mentions.org_names.groups_named_after_a_verb_of_joining).

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import places_by_surface


# --- a group's name after a verb of joining or reinforcing ---------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Wagner, Bahia (Brazil)
    ("Russia reinforced Wagner with 200 men sent to Mali.", "Wagner"),
    # ('the' between the verb and the name: no place before too, kept so)
    ("Hundreds of volunteers from Russia joined the Wagner in Mali.", "Wagner"),
])
def test_group_after_a_verb_of_joining(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,country", [
    # twins: a place of the text's country (or of its continent) after the same verb
    ("Lithuania reinforced Pabrade with a new battalion on Monday.", "Pabrade", "LT"),
    ("Malian troops reinforced Menaka after the attack.", "Menaka", "ML"),
    ("Guardsmen reinforced Wagner, South Dakota, after the floods in the United States.", "Wagner", "US"),
])
def test_place_after_a_verb_of_joining_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- a person's possessive read as a lesser place --------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Johnson County, Texas
    ("National Guard troops were sent to El Paso, Texas, on Tuesday. Johnson's battalion left Austin for Laredo.",
     "Johnson"),
    # before: Taylor, Michigan
    ("Guardsmen arrived in Columbus, Ohio, on Monday. Taylor's company would follow from Dayton.", "Taylor"),
    # before: Smith's, a parish of Bermuda, read whole
    ("Media reports said the army moved two battalions to Goma on Monday.\n"
     "Homeland Security officials said National Guard troops were sent to El Paso on Tuesday.\n"
     "Smith's unit was moved to Kabul, the ministry said.", "Smith's"),
])
def test_possessor_named_like_a_lesser_place(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,country", [
    # twins: a town's possessive (no English word), and a name the text writes bare too
    ("Soldiers from Goma's garrison were sent to Bukavu on Monday.", "Goma", "CD"),
    ("Ukrainian troops left Bakhmut on Monday. Bakhmut's defenders moved to Chasiv Yar.", "Bakhmut", "UA"),
    ("Troops were sent to Taylor, Michigan. Taylor's mayor thanked them.", "Taylor", "US"),
])
def test_place_in_the_possessive_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country
