"""places23: 'Sheikh X' places and far readings left over. The sentences are written for these tests.

- a 'Sheikh X' (Shaykh, Sheik) the gazetteer knows whole is a place (Arabic quarters and towns are
  named after the holy man buried there), unless the sentence treats it as a person: a verb of
  speech or a person's act after it, a patronymic going on ('bin ...').
"""

import pytest

from placing import places_by_surface as _found


@pytest.mark.parametrize("text, surface, country", [
    ("Israeli aircraft struck a building in Sheikh Radwan before dawn.", "Sheikh Radwan", "PS"),
    ("Tanks moved toward Sheikh Radwan from the north.", "Sheikh Radwan", "PS"),
    ("Gunmen attacked a police post near Sheikh Zuweid on Monday.", "Sheikh Zuweid", "EG"),
    ("Rebel fighters withdrew from Sheikh Miskin to the south.", "Sheikh Miskin", "SY"),
    ("Sheikh Radwan was struck again after a week of calm.", "Sheikh Radwan", "PS"),
])
def test_a_sheikh_name_the_gazetteer_knows_is_a_place(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found, found
    assert found[surface]["country"] == country, found[surface]


@pytest.mark.parametrize("text, surface", [
    # a verb of speech or a person's act after the name: a person
    ("Sheikh Miskin said the convoy had left for Damascus.", "Sheikh Miskin"),
    ("Sheikh Radwan met the envoy in Doha on Tuesday.", "Sheikh Radwan"),
    ("Sheikh Radwan, who chairs the council, flew to Doha.", "Sheikh Radwan"),
    # a patronymic goes on after it: a person's full name
    ("Sheikh Radwan bin Khalid arrived in Doha.", "Sheikh Radwan"),
    # a noun for a person before it: a person's name
    ("Police detained the cleric Sheikh Radwan in Doha.", "Sheikh Radwan"),
    ("The ruler Sheikh Radwan flew to Doha.", "Sheikh Radwan"),
    # a person the gazetteer does not know stays no place
    ("Sheikh Hasina said troops moved to Dhaka.", "Sheikh Hasina"),
])
def test_a_sheikh_name_read_as_a_person_is_no_place(gazetteer, text, surface):
    found = _found(text, gazetteer)
    assert not any(surface in s or s in surface.split() for s in found), found


# "In <country>," opens a sentence: a lesser town read on another continent is no point there

def _reading(text, surface, gazetteer):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None, _found(text, gazetteer)
    return hit


# (the town named where the verb puts it: "In Ethiopia, Fano militia entered ..." no longer reads
# Fano as a place at all, a name before a noun of armed men after a comma being the subject's,
# s30m; the guard is asked of a town the sentence does name)
@pytest.mark.parametrize("text, surface", [
    ("Russian drones struck Kharkiv overnight. In Ethiopia, militia fighters entered Fano on Tuesday.", "Fano"),
    ("Ukrainian troops held Zaporizhzhia. In Ethiopia, militiamen advanced from Fano toward Gondar.", "Fano"),
    ("Russian drones struck Kharkiv overnight. In northern Ethiopia, militia fighters entered Fano.", "Fano"),
])
def test_a_town_on_another_continent_than_the_sentence_country_keeps_no_point(gazetteer, text, surface):
    hit = _reading(text, surface, gazetteer)
    assert hit["lat"] is None and hit["country"] is None, hit
    assert "the country the sentence opens with" in hit["why"], hit["why"]


@pytest.mark.parametrize("text, surface, country", [
    # the sentence's own country: the town keeps its point
    ("Russian drones struck Kharkiv overnight. In Italy, police moved from Fano to Ancona.", "Fano", "IT"),
    # no "In <country>," opener: the text-wide guards alone judge (a two-theatre text)
    ("Russian drones struck Kharkiv overnight. Police moved from Fano to Ancona.", "Fano", "IT"),
    ("Russian drones struck Kharkiv overnight. In northern Italy, police moved from Fano to Ancona.", "Fano", "IT"),
    # the country named later in the sentence, not opening it: the text-wide guards alone judge
    ("Russian drones struck Kharkiv overnight. Police moved from Fano to Ancona, not far from Ethiopia's embassy.",
     "Fano", "IT"),
    # the same continent as the sentence's country: forces cross borders
    ("Russian drones struck Kharkiv overnight. In Croatia, police moved from Fano to Ancona.", "Fano", "IT"),
])
def test_a_town_in_the_sentence_country_or_its_continent_keeps_its_point(gazetteer, text, surface, country):
    hit = _reading(text, surface, gazetteer)
    assert hit["country"] == country and hit["lat"] is not None, hit
