"""s39 gaz64: which words become place mentions, taken as kinds. Every sentence is written for
these tests.

- A sports club named after its town ("Real Madrid", "Maccabi Tel Aviv", "Wydad Casablanca",
  "West Bromwich Albion"): the town is the club's, an organisation's place, not where anything
  happens (persons._club_named_after_its_town, wordlists.CLUB_HEADS / CLUB_TAILS).
- A person named by two lesser places side by side ("Jenny Palma", "Esther Kitui"): the
  surname told alone later is the person too (scan._a_given_name_and_surname).
- A street named after a town, written "Road", "Highway" or short ("St.", "Rd.", "Ave.",
  "Blvd."): the street, with no point, not the town (wordlists.FEATURE_HEADS_AFTER,
  STREET_ABBREVIATIONS, features._street_written_short), as "Aleppo Street" already was.
- A disease named after a place ("Marburg virus", "the Kent strain"): no place
  (scan._names_a_disease, wordlists.DISEASE_HEADS).
- A name right after a lower-case noun of kin ("his son Gao", "her husband, Leonard,"): a
  person's (persons._kin_before, wordlists.KIN_NOUNS), and so is the word told alone later.
"""

import pytest

from geomove.mentions import find_mentions
from placing import places_by_surface as _found


def _roles(text, gazetteer):
    return {m["surface"]: m["role"] for m in find_mentions(text, gazetteer=gazetteer)}


# -- a club named after its town

@pytest.mark.parametrize("text, club_town, venue", [
    ("Real Madrid beat Getafe on Sunday before the squad flew to Riyadh.", "Madrid", "Riyadh"),
    ("Fans of Maccabi Tel Aviv were attacked in Amsterdam after the match.", "Tel Aviv", "Amsterdam"),
    ("Wydad Casablanca will face Al Ahly in Cairo on Friday.", "Casablanca", "Cairo"),
    ("Dynamo Kyiv lost to Inter Milan in Rome.", "Kyiv", "Rome"),
    ("Dynamo Kyiv lost to Inter Milan in Rome.", "Milan", "Rome"),
    ("AC Milan signed a defender from SS Lazio, who trained in Formello.", "Lazio", "Formello"),
    ("Olympique de Marseille beat the league leaders in Lille.", "Marseille", "Lille"),
    ("Racing Victoria moved the meeting to Geelong.", "Victoria", "Geelong"),
])
def test_a_club_s_town_is_no_place(gazetteer, text, club_town, venue):
    roles = _roles(text, gazetteer)
    assert roles.get(club_town) != "place", roles
    assert roles.get(venue) == "place", roles


def test_a_club_s_last_word_ends_its_name(gazetteer):
    """'West Bromwich Albion': the town before a club's last word is the club's."""
    found = _found("West Bromwich Albion drew with Burnley in London.", gazetteer)
    assert "West Bromwich" not in found
    assert found["London"]["country"] == "GB"


@pytest.mark.parametrize("text, place", [
    ("Residents of Bnei Brak protested on Monday.", "Bnei Brak"),  # a town named with a club's word
    ("The United States has delayed lifting a ban on beef imports.", "United States"),
    ("Real wages in Madrid fell last year.", "Madrid"),  # 'Real' before a lower-case word
    ("The Inter Services Intelligence agency in Islamabad said nothing.", "Islamabad"),
])
def test_near_misses_of_a_club_stay_places(gazetteer, text, place):
    assert _roles(text, gazetteer).get(place) == "place"


# -- a person named by two lesser places

@pytest.mark.parametrize("text, surname", [
    ("Jenny Palma, a salon owner in Toronto, spoke to reporters. Now, Palma and other relatives "
     "are grieving.", "Palma"),
    ("Esther Kitui spoke to reporters in Nairobi. Later, Kitui said the county had sent no help.", "Kitui"),
    ("Jenny Toledo spoke to reporters in Toronto. Later, Toledo and her relatives left.", "Toledo"),
])
def test_a_surname_told_alone_after_the_full_name_is_no_place(gazetteer, text, surname):
    found = _found(text, gazetteer)
    assert surname not in found, found
    assert set(found) & {"Toronto", "Nairobi"}


def test_two_lesser_places_written_apart_stay_places(gazetteer):
    found = _found("Troops from Toledo moved to Palma on Monday.", gazetteer)
    assert {"Toledo", "Palma"} <= set(found)



# -- a street named after a town

@pytest.mark.parametrize("text, street, town", [
    ("John Mwangi, 34, of 12 Nakuru St., appeared in court in Nairobi.", "Nakuru St", "Nairobi"),
    ("The fire started at 15 Durban Rd. in Pietermaritzburg.", "Durban Rd", "Pietermaritzburg"),
    ("The blast hit a cafe on Lahore Road in Karachi.", "Lahore Road", "Karachi"),
    ("Trucks queued on Puebla Highway outside Tlaxcala for hours.", "Puebla Highway", "Tlaxcala"),
])
def test_a_street_named_after_a_town_is_no_town(gazetteer, text, street, town):
    found = _found(text, gazetteer)
    assert street in found and found[street].get("lat") is None, found
    assert street.split()[0] not in found
    assert found[town].get("lat") is not None


@pytest.mark.parametrize("text, place", [
    ("Troops flew from Fort St. John to Whitehorse.", "Fort St. John"),  # a saint's "St.", inside a name
    ("The convoy took the Kandahar road from Kabul on Friday.", "Kandahar"),  # a road in lower case
    ("Police in Toledo St. Paul's parish said nothing.", "Toledo"),  # "St." before a capitalised word
])
def test_near_misses_of_a_street_keep_the_place(gazetteer, text, place):
    found = _found(text, gazetteer)
    assert place in found and found[place].get("lat") is not None, found


# -- a disease named after a place

@pytest.mark.parametrize("text, named_after, place", [
    ("Doctors in London traced the Kent strain to a care home in Dover.", "Kent", "Dover"),
    ("Clinics in Sierra Leone reported Lassa fever cases near Kenema.", "Lassa", "Kenema"),
    ("Scientists in Nairobi mapped Rift Valley fever across Garissa and Wajir.", "Rift Valley", "Garissa"),
    ("Nurses in Bamako treated patients with Omsk haemorrhagic fever.", "Omsk", "Bamako"),
])
def test_a_disease_named_after_a_place_is_no_place(gazetteer, text, named_after, place):
    found = _found(text, gazetteer)
    assert named_after not in found, found
    assert place in found


@pytest.mark.parametrize("text, place", [
    ("The Texas flu season was severe in Houston.", "Texas"),  # a season's place
    ("Vaccines exist for the Zaire and Sudan strains of the virus.", "Sudan"),  # a plural's list
])
def test_near_misses_of_a_disease_keep_the_place(gazetteer, text, place):
    assert place in _found(text, gazetteer)


# -- a name after a noun of kin

@pytest.mark.parametrize("text, name, place", [
    ("Her son, Gao, 12, was treated in Bamako.", "Gao", "Bamako"),
    ("Mourners in Tulsa included her husband, Leonard, and a son, Jerome, of Norman.", "Jerome", "Tulsa"),
    ("His son Gao was hurt on Monday. Gao is recovering in Bamako, doctors said.", "Gao", "Bamako"),
    # (a family name given by "surnamed", as Chinese news names a suspect)
    ("Police in Guangzhou detained a man surnamed Jiang; Jiang had fled from Shenzhen.", "Jiang", "Shenzhen"),
])
def test_a_name_after_a_noun_of_kin_is_a_person(gazetteer, text, name, place):
    found = _found(text, gazetteer)
    assert name not in found, found
    assert place in found


@pytest.mark.parametrize("text, place", [
    # (after a comma, a name that goes on with a noun is the kin's town)
    ("The victim's father, Kabul shopkeeper Ahmad Wali, spoke in Herat.", "Kabul"),
    ("The widow moved from Gao to Bamako with her sons.", "Gao"),
    ("A village named Gao lies near Timbuktu.", "Gao"),  # "named" names places too
])
def test_near_misses_of_kin_keep_the_place(gazetteer, text, place):
    assert place in _found(text, gazetteer)
