"""Well-known names the finder dropped (issue 11, round 9): a famous name read as a lesser
namesake, written inside an organisation's name or alone. The sentences are written for these
tests."""

import pytest

from geomove.mentions import find_mentions


def _found(text, gazetteer, surface):
    return [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]


@pytest.mark.parametrize("text, surface, country", [
    # the Ontario city, heading a local body's name: still the place the body belongs to
    ("Members from across Ontario gathered as the London Tenants Network opened an office.", "London", "CA"),
    # a town in Texas named like the French capital, in a hospital's name
    ("A nurse who grew up near Lamar County, Texas, now works at Paris Regional Medical Office.", "Paris", "US"),
])
def test_a_famous_name_heading_an_organisation_is_the_place_of_the_namesake_meant(gazetteer, text, surface, country):
    hits = _found(text, gazetteer, surface)
    assert hits, [(m["surface"], m["role"]) for m in find_mentions(text, gazetteer=gazetteer)]
    assert hits[0]["country"] == country, hits[0]


@pytest.mark.parametrize("text, surface", [
    ("Shares of the Drug Administration Fund slipped on Monday.", "Drug"),
    ("The Metro Tenants Network opened its office on Monday.", "Metro"),
    # a famous name that is the second word of a longer name, or a first name, or a firm's
    # name read as an airport: no place
    ("A porter at Little Mandeville Hospital in England was praised.", "Mandeville"),
    ("Attorney Brent Colby said the ruling stood.", "Brent"),
    ("The grocer Metz Harvest Ltd recalled its lettuce in California.", "Metz"),
])
def test_an_everyday_word_heading_an_organisation_is_still_no_place(gazetteer, text, surface):
    assert not _found(text, gazetteer, surface)


@pytest.mark.parametrize("text, surface", [
    ("A barn burned down last night in Glasgow. The Glasgow Fire Department said nobody was hurt.", "Glasgow"),
    ("Floodwater closed two roads in Red Deer on Sunday, and the Red Deer Rowing Club cancelled practice.",
     "Red Deer"),
])
def test_a_body_named_after_a_town_named_alone_elsewhere_names_that_town(gazetteer, text, surface):
    hits = _found(text, gazetteer, surface)
    assert len(hits) == 2, hits
    assert hits[0]["gazetteer_id"] == hits[1]["gazetteer_id"]
    assert hits[1]["role"] == "organisation" and hits[1]["lat"] is not None


@pytest.mark.parametrize("text, surface", [
    ("A barn burned down last night near the farm. The Glasgow Fire Department said nobody was hurt.", "Glasgow"),
    ("The Red Deer Rowing Club cancelled practice on Sunday.", "Red Deer"),
])
def test_a_body_named_after_a_lesser_place_the_text_does_not_name_is_no_place(gazetteer, text, surface):
    assert not _found(text, gazetteer, surface)


@pytest.mark.parametrize("text, surface, kind", [
    ("Funds went to the Michigan Center for Lake Studies.", "Michigan", "admin1"),
    ("Researchers at the Ohio Center for Soil Studies spoke.", "Ohio", "admin1"),
])
def test_a_state_before_an_organisation_word_is_not_a_village_named_with_that_word(gazetteer, text, surface, kind):
    found = find_mentions(text, gazetteer=gazetteer)
    hits = [m for m in found if m["surface"] == surface]
    assert hits and hits[0]["kind"] == kind, [(m["surface"], m.get("name"), m.get("kind")) for m in found]
    assert not [m for m in found if m["surface"].endswith("Center")]


@pytest.mark.parametrize("text, surface, country", [
    ("Is US farm debt too high?", "US", "US"),
    ("Are UK ports ready for the winter rush?", "UK", "GB"),
    ("Is the US grain harvest late this year?", "US", "US"),
])
def test_a_country_abbreviation_after_a_question_verb_is_the_country(gazetteer, text, surface, country):
    hits = _found(text, gazetteer, surface)
    assert hits and hits[0]["country"] == country, find_mentions(text, gazetteer=gazetteer)


def test_a_question_verb_is_no_town_of_its_name(gazetteer):
    assert not find_mentions("Is it over? Nobody in the office knew.", gazetteer=gazetteer)


@pytest.mark.parametrize("text, surface, country", [
    ("She won a place on the Summer US fellowship scheme.", "US", "US"),
    ("Volunteers ran the Community UK litter drive in spring.", "UK", "GB"),
    ("Tickets for Fashion UK week sold out.", "UK", "GB"),
])
def test_a_country_abbreviation_beside_an_everyday_word_is_the_country(gazetteer, text, surface, country):
    hits = _found(text, gazetteer, surface)
    assert hits and hits[0]["country"] == country, find_mentions(text, gazetteer=gazetteer)


@pytest.mark.parametrize("text, surface", [
    ("Listeners tuned in to the Voice of America broadcast.", "America"),
    ("JOIN US for the Summer Fair.", "US"),
])
def test_an_organisation_joined_by_of_or_a_shouted_pronoun_is_no_country(gazetteer, text, surface):
    assert not _found(text, gazetteer, surface)


@pytest.mark.parametrize("text, surface, country", [
    ("Shoppers prefer made-in-Italy shoes.", "Italy", "IT"),
    ("A born-in-Ohio chef opened a bistro.", "Ohio", "US"),
])
def test_a_place_at_the_end_of_a_hyphenated_phrase_is_that_place(gazetteer, text, surface, country):
    hits = _found(text, gazetteer, surface)
    assert hits and hits[0]["country"] == country and (hits[0]["start"], hits[0]["end"]) == (
        text.index(surface), text.index(surface) + len(surface)), find_mentions(text, gazetteer=gazetteer)


@pytest.mark.parametrize("text", [
    "The pro-Western party won the vote.",
    "Critics called the plan un-American.",
    "The talks ran to mid-July.",
])
def test_other_hyphenated_words_with_a_capital_name_no_place(gazetteer, text):
    assert not [m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"]


def test_a_county_joined_by_a_hyphen_to_its_town_is_the_county(gazetteer):
    text = "Paramedics in Ontario said Middlesex-London EMS crews now carry masks."
    county = _found(text, gazetteer, "Middlesex")
    town = _found(text, gazetteer, "London")
    assert county and county[0]["kind"] == "admin2" and county[0]["country"] == "CA", county
    assert town and town[0]["country"] == "CA", town


def test_a_double_barrelled_surname_is_no_pair_of_places(gazetteer):
    assert not find_mentions("The Lloyd-Jones report came out.", gazetteer=gazetteer)


def test_a_body_named_after_the_dateline_town_names_that_town(gazetteer):
    text = "WOLCOTT — A roofer was sentenced on Friday, the Wolcott Fire Department said."
    body = _found(text, gazetteer, "Wolcott")
    dateline = _found(text, gazetteer, "WOLCOTT")
    assert body and dateline and body[0]["gazetteer_id"] == dateline[0]["gazetteer_id"], (body, dateline)
    assert not _found("A roofer was sentenced on Friday, the Wolcott Fire Department said.", gazetteer, "Wolcott")


def test_a_province_whose_name_ends_in_an_organisation_word_heading_a_body_is_the_province(gazetteer):
    text = "Officials of the West Bank Water Authority met donors."
    hits = _found(text, gazetteer, "West Bank")
    assert hits and hits[0]["country"] == "PS" and hits[0]["kind"] == "admin1", find_mentions(text, gazetteer=gazetteer)


def test_a_town_before_its_mayor_and_a_name_is_that_town(gazetteer):
    found = [m for m in find_mentions("Reporters met Wolcott Mayor Ann Lee on Monday.", gazetteer=gazetteer)
             if m["role"] == "place"]
    hits = [m for m in found if m["surface"] == "Wolcott"]
    assert hits and hits[0]["country"] == "US", found


def test_a_title_alone_before_a_name_is_no_place(gazetteer):
    assert not find_mentions("The Mayor John Smith told the crowd to go home.", gazetteer=gazetteer)


@pytest.mark.parametrize("text", [
    "Flooding was reported by Wolcott residents at dawn.",
    "A petition signed by Wolcott resident Ann Lee circulated.",
])
def test_a_town_before_its_residents_is_that_town_even_after_by(gazetteer, text):
    hits = _found(text, gazetteer, "Wolcott")
    assert hits and hits[0]["role"] == "place" and hits[0]["country"] == "US", find_mentions(text, gazetteer=gazetteer)
