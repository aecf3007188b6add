"""gaz49: English names of places whose own names English cannot spell (probes of my own, s32).

- An English exonym ('Rhodes', 'Canea', 'Patras') of a town whose own name in the index has
  letters English lacks (Ródos, Chaniá, Pátra) is its name in an English text, no other
  language's name: gazetteer.ranking.own_name_unwritten_in_english keeps by_another_name from
  holding it back against a lesser namesake that bears the word as its own (Rhodes, a Sydney
  suburb); mentions.context._named_in_english gives it text_own_name as that namesake has it;
  Acceptance._everyday_alias no longer takes it for an everyday word or a surname
  (similarity.town_by_its_english_spelling: spelled alike, EXONYM_SPELLING).
- Twins: a name spelled unlike the own name ('Candia' also listed for Chaniá) stays with the
  famous town; a person's name ('Ezra') stays no place.

The sentences are written for these tests."""

import pytest
from placing import mention_of



@pytest.mark.parametrize("text,surface,country", [
    # before: Rhodes, New South Wales
    ("Two patrol boats were sent to Rhodes on Tuesday.", "Rhodes", "GR"),
    # before: nothing (the word taken for a surname, an everyday alias)
    ("The ferry left Piraeus for Rhodes on Monday with two companies of marines.", "Rhodes", "GR"),
    ("Greek officials said the frigate sailed from Rhodes, Greece, toward Crete.", "Rhodes", "GR"),
    ("A landing ship carried the battalion from Patras to Canea overnight.", "Canea", "GR"),
    ("A landing ship carried the battalion from Patras to Canea overnight.", "Patras", "GR"),
])
def test_english_name_of_a_town_spelled_otherwise(gazetteer, text, surface, country):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["role"] == "place" and m["country"] == country


def test_old_name_listed_for_two_towns_stays_with_the_famous_one(gazetteer):
    m = mention_of("Two patrol boats were sent to Candia on Tuesday.", "Candia", gazetteer)
    assert m is not None and m["name"] == "Irákleion"


def test_a_person_spelled_unlike_a_town_stays_no_place(gazetteer):
    text = "The rally in Calgary was organised by Ezra Stone's group and drew hundreds."
    assert mention_of(text, "Ezra", gazetteer) is None


# --- the adjective after a Spanish, Portuguese or French body's head is its name ---------------

@pytest.mark.parametrize("text", [
    # before: 'Nacional' read Distrito Nacional (Dominican Republic) as a place
    "Troops of the Guardia Nacional were deployed from Tapachula to Ciudad Hidalgo on Friday.",
    "Members of the Guardia Nacional Bolivariana moved toward the border near San Antonio del Tachira.",
    "The Policia Nacional sent 200 officers to Santo Domingo Este.",
])
def test_adjective_of_a_body_s_name_is_no_place(gazetteer, text):
    m = mention_of(text, "Nacional", gazetteer)
    assert m is None or m["role"] != "place"


def test_country_after_de_in_a_body_s_name_stays(gazetteer):
    m = mention_of("Officers of the Policia Nacional de Colombia moved from Cucuta to Tibu.", "Colombia", gazetteer)
    assert m is not None and m["country"] == "CO"
