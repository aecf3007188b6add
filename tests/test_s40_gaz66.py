"""s40 gaz66: which words become place mentions, taken as kinds. Every sentence is written for
these tests.

- A run of names cut at a preposition ("Researchers at the University of Utah") leaves pieces
  that open and end with a name word, as every run does (mentions.tokens._trimmed_to_names): the
  piece's leading "the" hid that it opens an organisation's name, and Utah was read as a place.
- Names listed as a product's labels or brands, or written before a noun of a product's kind,
  are no places (mentions.brands).
- A name made only of compass words right before another place's name qualifies that place
  ("Far North Queensland"): not the region of Cameroon the index holds as "Far North"
  (mentions.compass_heads).
- A given name before a surname's particle ("Patrick de Villiers") is a person's, and so is one
  joined by "and" to a couple's names after a date's comma ("In 2004, Georgia and Tom Wheeler")
  (mentions.persons._particle_of_a_surname, _clause_opening_comma).
- A lesser place dropped as the first word of a given name and a surname ("Amber
  Whitcombe-Hale") is remembered as a person's word, so that "Amber" alone later is no town
  (mentions.scan.RunScanner._given_name_before_a_surname).
"""

import gc
import time

import pytest

from geomove.mentions import PLACE_ROLES, find_mentions
from geomove.mentions.brands import brand_list_spans, may_name_brands
from geomove.mentions.compass_heads import is_compass_name
from geomove.textutil import tokenize


def _roles(text, gazetteer):
    return {m["surface"]: m["role"] for m in find_mentions(text, gazetteer=gazetteer)}


def _places(text, gazetteer):
    return {m["surface"] for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


# -- an organisation's name after a capitalised word and "at"

@pytest.mark.parametrize("text, org_place", [
    ("Researchers at the University of Utah found a new enzyme in desert soil.", "Utah"),
    ("Doctors at the University of Manitoba, Winnipeg reported fewer cases this winter.", "Manitoba"),
    ("Economists at the Bank of England said that rates would stay high.", "England"),
    ("Scientists at the University of Queensland have mapped the reef again.", "Queensland"),
])
def test_organisation_named_after_a_place_behind_at_the(gazetteer, text, org_place):
    assert _roles(text, gazetteer).get(org_place) == "organisation"


@pytest.mark.parametrize("text, place", [
    # the near miss: a place after "at the" that opens no organisation's name stays a place
    ("Fighters at the Kherson bridgehead dug in overnight.", "Kherson"),
    ("Shelling hit a school at Bakhmut on Tuesday.", "Bakhmut"),
])
def test_a_place_behind_at_stays_a_place(gazetteer, text, place):
    assert place in _places(text, gazetteer)


# -- product names

@pytest.mark.parametrize("text, brands", [
    ("The recalled cheese was sold under the labels Sunshine, Ashford, Clifton, Golden Meadow and "
     "Rio Grande in nine states.", {"Ashford", "Clifton", "Golden Meadow", "Rio Grande"}),
    ("Grocers in Lagos stocked brands such as Lombardy, Kenmare and Green Valley until the recall.",
     {"Lombardy", "Kenmare", "Green Valley"}),
    ("The syrup is sold under trade names of maple syrup including Clifton, Ralph's and Windsor "
     "across Ontario.", {"Clifton", "Windsor"}),
    ("Exporters near Nelspruit will start packing the Rio Grande variety next week.", {"Rio Grande"}),
    ("Farmers outside Mendoza began picking the Santa Rosa variety on Monday.", {"Santa Rosa"}),
])
def test_names_of_products_are_no_places(gazetteer, text, brands):
    places = _places(text, gazetteer)
    assert not places & brands


@pytest.mark.parametrize("text, place", [
    # the list's own place after it, and places in a sentence where "labels" is a verb
    ("The syrup is sold under trade names of maple syrup including Clifton, Ralph's and Windsor "
     "across Ontario.", "Ontario"),
    ("Grocers in Lagos stocked brands such as Lombardy, Kenmare and Green Valley until the recall.", "Lagos"),
    ("The ministry labels Kherson a frontline city.", "Kherson"),
    ("Troops moved to Kherson under the cover of darkness.", "Kherson"),
])
def test_places_beside_a_list_of_brands_stay(gazetteer, text, place):
    assert place in _places(text, gazetteer)


def test_brand_lists_are_spanned_from_the_first_to_the_last_name():
    text = "Eggs sold under the brands Hillcrest, Maple Farm and Sun Ridge were pulled."
    spans = brand_list_spans(tokenize(text))
    assert [text[s:e] for s, e in spans] == ["Hillcrest, Maple Farm and Sun Ridge"]


def test_a_text_without_brand_nouns_is_not_walked():
    assert not may_name_brands("Troops left Gao for Kidal on Monday.")
    assert may_name_brands("Brands such as Dole were recalled.")


def test_a_long_list_of_brands_costs_little(gazetteer):
    text = "Sold under the labels " + ", ".join(["Ab-Ab Cd"] * 300) + " and Sun Ridge in Ohio."
    toks = tokenize(text)
    brand_list_spans(toks)  # (warm)
    automatic = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        spans = brand_list_spans(toks)
        secs = time.perf_counter() - t0
    finally:
        if automatic:
            gc.enable()
    assert len(spans) == 1 and secs < 0.05


# -- a compass name before another place's name

@pytest.mark.parametrize("text, place, compass", [
    ("Youth crime has risen in Far North Queensland, police say. Officers in Cairns arrested "
     "forty children in Far North Queensland last month.", "Queensland", "Far North"),
    ("Flash floods cut roads across Far West Texas on Monday.", "Texas", "Far West"),
    ("Dry weeks hurt dairy farmers in North West Tasmania near Burnie.", "Tasmania", "North West"),
])
def test_a_compass_name_before_a_place_qualifies_it(gazetteer, text, place, compass):
    places = _places(text, gazetteer)
    assert place in places and compass not in places


@pytest.mark.parametrize("text, place", [
    # the near misses: the compass name with its kind word, or the whole name the index knows
    ("Refugees crossed into the Far North region of Cameroon from Borno.", "Far North"),
    ("Troops moved into Upper Nile from Khartoum.", "Upper Nile"),
    ("Shelling was reported in North Kivu on Sunday.", "North Kivu"),
])
def test_a_compass_name_of_its_own_stays(gazetteer, text, place):
    assert place in _places(text, gazetteer)


def test_compass_names_are_told():
    assert is_compass_name("Far North") and is_compass_name("South-East") and is_compass_name("North West")
    assert not is_compass_name("Far") and not is_compass_name("North Kivu") and not is_compass_name("Farr West")


# -- persons read as places

@pytest.mark.parametrize("text, given", [
    # a given name before a surname's particle and the surname
    ("The museum asked Patrick de Villiers to value the drawings.", "Patrick"),
    ("Auditors in Geneva hired Patrick van Dyck, an expert, to check the accounts.", "Patrick"),
    # a couple sharing a surname, after a date's comma or an opening adverb's
    ("In 2004, Georgia and Tom Wheeler bought a farm near Lyon.", "Georgia"),
    ("Last spring, Lynn and Carl Ostrander moved their herd to Wisconsin.", "Lynn"),
])
def test_a_person_s_given_name_is_no_place(gazetteer, text, given):
    assert given not in _places(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    # the near misses: a place the index knows whole with its particle, and a list of towns
    ("Pilgrims walked from Santiago de Compostela to Porto.", "Santiago de Compostela"),
    ("Floods reached Salem, Lynn and Peabody overnight.", "Lynn"),
    ("Troops entered Victoria de Durango at dawn.", "Victoria de Durango"),
])
def test_places_with_particles_or_in_lists_stay(gazetteer, text, place):
    assert place in _places(text, gazetteer)


# -- a given name the text writes alone after the full name

def test_a_given_name_written_alone_after_the_full_name_is_the_person(gazetteer):
    text = ("Amber Whitcombe-Hale spent a year teaching in Lyon and Clermont-Ferrand. As a trainee "
            "Amber will attend meetings in Shanghai. “It will be hard,” explained Amber, who starts in June.")
    places = _places(text, gazetteer)
    assert "Amber" not in places and {"Lyon", "Clermont-Ferrand", "Shanghai"} <= places


def test_a_venue_named_after_a_lesser_place_leaves_the_place(gazetteer):
    # the near miss: "Randwick Racecourse" is a venue, so "at Randwick" later is still the suburb
    text = ("Four horses at Randwick Racecourse in Sydney were tested. If the flu reached Randwick, "
            "hundreds of horses in New South Wales could fall ill.")
    assert "Randwick" in _places(text, gazetteer)


def test_a_thing_named_after_a_lesser_place_leaves_the_place(gazetteer):
    # the near miss: after "the", "Tenterden Games" names a thing, not a given name and a surname
    text = "Crowds filled the Tenterden Games on Saturday. Buses later left Tenterden for Canterbury."
    assert "Tenterden" in _places(text, gazetteer)
