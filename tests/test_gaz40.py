"""gaz40: gaps of the places wing found in reports of our own writing (probes of my own, s27).

- A small town as the object of a verb of handing over ('handing X over to the rebels', 'handed
  over X', 'gave X back') or of ceding ('ceded X', 'surrendered X') had no cue and was dropped
  as unsupported: the object position is a cue as 'captured X' is
  (mentions.acceptance._handed_over; wordlists.HANDING_VERBS, LOCATIVE_PREPS).
- A couple named with one surname ('Lynn and Bob Fodge said'): the word before "and" is the
  other given name, listed or not, no town (mentions.persons._partner_before).
- A country found only by a loose spelling of another language's name for it ('Karrada' and
  Montenegro's Turkish name 'Karadağ' share a key): ranking country_by_a_loose_other_name.

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import places_by_surface


# --- the object of a verb of handing over or ceding ------------------------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: no mention (a town with a namesake province, or a village, with no cue)
    ("The garrison pulled out overnight, handing Kidal over to the separatists.", "Kidal", "ML"),
    ("The soldiers left on Friday and handed over Ansongo to a local militia.", "Ansongo", "ML"),
    ("The battalion handed Tessalit to the armed groups before dawn.", "Tessalit", "ML"),
    ("Under the deal the government ceded Kidal to the movement.", "Kidal", "ML"),
    ("The Malian unit gave Ansongo back to the insurgents within a week.", "Ansongo", "ML"),
])
def test_object_of_handing_over(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


@pytest.mark.parametrize("text,surface", [
    # twins: a person or a thing handed, no place (as before)
    ("The police handed Ahmed over to the prosecutors on Monday.", "Ahmed"),
    ("The colonel handed Diallo a letter from the ministry.", "Diallo"),
])
def test_person_handed_over_no_place(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


def test_place_handed_over_read_as_before(gazetteer):
    # twin: a town read on its own already, after the same verb
    assert places_by_surface("The army withdrew, handing Manbij over to the rebels.", gazetteer)["Manbij"]["country"] == "SY"


# --- a couple sharing one surname -------------------------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Lynn, Massachusetts (near the text's Boston)
    ("Guardsmen reached Boston, Massachusetts, on Monday. Lynn and Bob Fodge said the trucks woke them.", "Lynn"),
    # (after a lower-case noun of persons: no place before either, kept so)
    ("Guardsmen reached Boston, Massachusetts, on Monday. Residents Lynn and Dan Whitcomb watched them.", "Lynn"),
])
def test_couple_sharing_a_surname(gazetteer, text, surface):
    assert surface not in places_by_surface(text, gazetteer)


@pytest.mark.parametrize("text,surface,country", [
    # twins: the town joined by "and" to another place, or after a word of movement
    ("Guardsmen left Salem, Massachusetts, for Lynn and Boston.", "Lynn", "US"),
    ("Guardsmen left Salem, Massachusetts. Lynn and Boston were quiet, Bob Fodge said.", "Lynn", "US"),
])
def test_town_joined_to_a_place_kept(gazetteer, text, surface, country):
    assert places_by_surface(text, gazetteer)[surface]["country"] == country


# --- a country by a loose spelling of a foreign other name -------------------------------------------

def test_country_not_by_a_loose_foreign_name(gazetteer):
    # before: Montenegro, 0.85 (its Turkish name 'Karadağ' shares the key of 'Karrada')
    from geomove.gazetteer.ranking import NO_PLACE
    cands = gazetteer.candidates("Karrada")
    assert cands[0]["kind"] != "country"
    assert all(c["score"] < NO_PLACE for c in cands if c["kind"] == "country")


@pytest.mark.parametrize("name,country", [
    # twins: other names of a country written as listed keep it
    ("Burma", "MM"), ("Cote d'Ivoire", "CI"), ("Türkiye", "TR"), ("Turkiye", "TR"), ("Karadağ", "ME"),
    ("Saudi Arabian", "SA"),  # (found by "Saudi-Arabien": the adjective of its own name)
])
def test_country_by_a_listed_other_name_kept(gazetteer, name, country):
    best = gazetteer.candidates(name)[0]
    assert (best["kind"], best["country"]) == ("country", country)
