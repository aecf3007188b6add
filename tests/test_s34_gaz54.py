"""Places readings helper gaz54 fixed in session 34, each on sentences written for these tests."""

import pytest

from placing import km_apart, place_role_by_surface as _read


# --- the demonym of the force that moves names the country it sets out from -----------------

@pytest.mark.parametrize("text, name, country", [
    ("A German tank battalion set off from Munster, crossed Poland by rail and unloaded at Rukla "
     "near Kaunas.", "Munster", "DE"),
    ("British troops travelled from Richmond via Germany to Tapa and Tallinn.", "Richmond", "GB"),
    ("A French artillery battery left Orange by road, crossed Germany and reached Constanta and Cincu.",
     "Orange", "FR"),
])
def test_a_common_name_in_the_country_of_the_force_that_moves(gazetteer, text, name, country):
    # many places bear the name, and the one of the force's country lies 1,000 km and more from
    # the places it went to: it was left with no point, as a namesake the index lacks
    got = _read(text, gazetteer)[name]
    assert got.get("country") == country and got.get("lat") is not None


@pytest.mark.parametrize("text, name", [
    # the twins: a force of another country says nothing of where a British town lies
    ("German troops travelled from Richmond via France to Tapa and Tallinn.", "Richmond"),
    ("Estonian soldiers left Orange by road, crossed Germany and reached Constanta and Cincu.", "Orange"),
])
def test_a_force_of_another_country_backs_no_far_namesake(gazetteer, text, name):
    assert _read(text, gazetteer)[name].get("lat") is None


# --- the two ends of one route ('from A to B', 'left A for B') read as places that lie together

@pytest.mark.parametrize("text, first, second, country", [
    # Kita read Quito (an old name of it, 0.82) and Kati Mali's: 8,000 km apart; Kita, Mali,
    # lies 170 km from Kati
    ("Soldiers left Kita for Kati at dawn.", "Kita", "Kati", "ML"),
    # Gaya read the Indian city, Dosso the Niger town: the Niger Gaya lies 140 km from it
    ("Troops left Gaya for Dosso on Tuesday.", "Gaya", "Dosso", "NE"),
    ("A patrol drove from Kayes to Kita overnight.", "Kayes", "Kita", "ML"),
])
def test_the_ends_of_a_route_read_together(gazetteer, text, first, second, country):
    got = _read(text, gazetteer)
    a, b = got[first], got[second]
    assert a.get("country") == country and b.get("country") == country
    assert km_apart(a, b) < 400


@pytest.mark.parametrize("text, name, country", [
    # the twins: a clear end and a rival of the other 840 km from it is no pair lying together
    # (tests/test_s33_gaz52: no theatre); a list is no route; a world city stays
    ("Marines were sent from Cartagena to Marseille.", "Cartagena", "CO"),
    ("Paris sent troops to Gao and Kita.", "Paris", "FR"),
    ("Tourists flew from Cancún to Mérida.", "Mérida", "MX"),
    # a village of Kherson oblast once called Novorossiysk, 250 km from Astrakhanka, is no rival
    # of the port: a reading by another of its names makes no pair
    ("Boats sailed from Novorossiysk toward Astrakhanka.", "Novorossiysk", "RU"),
])
def test_no_route_pair_where_nothing_lies_together(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


# --- of two minor namesakes, the one in the region of the text's places -----------------------

@pytest.mark.parametrize("text, name, country", [
    # the Niger post (0.40), 530 km from Sebha, against a West Bank village (0.42), 2,100 km off:
    # nearness at 150 km's scale tells 530 km from 2,100 no more, and the Niger the text does
    # not name made no theatre
    ("Smugglers drove from Sebha toward Madama.", "Madama", "NE"),
    ("Smugglers drove from Tamanrasset toward Madama.", "Madama", "NE"),
    # a Turkish village 280 km from Kirkuk against a Kyrgyz town 2,300 km off
    ("A convoy drove from Kirkuk toward Katran.", "Katran", "TR"),
])
def test_a_minor_namesake_in_the_region_beats_one_on_another_continent(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


# --- a list of cities: each name its best-known place, unless the list is local ---------------

@pytest.mark.parametrize("text, name, country", [
    # Donetsk, Ukraine (0.70), 115 km from Luhansk, lost to the Russian town of Rostov oblast
    # (0.57), 46 km from it and 39 km from Luhansk's airport (a namesake pair)
    ("Ukrainian drones struck Donetsk, Luhansk and Belgorod overnight.", "Donetsk", "UA"),
    ("Shelling was reported in Luhansk, Donetsk and Rostov on Monday.", "Donetsk", "UA"),
    ("Air raid sirens sounded in Donetsk and Luhansk.", "Donetsk", "UA"),
])
def test_a_listed_city_keeps_its_best_known_place(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


@pytest.mark.parametrize("text, name, country", [
    # the twins: the best-known Alexandria (Egypt) lies beyond REGION_KM of Bucharest and Craiova;
    # a list of a front's villages is local, its nearness stands
    ("Protesters gathered in Bucharest, Craiova and Alexandria.", "Alexandria", "RO"),
    ("Fighting was reported in Kharkiv, Izium and Balakliia.", "Izium", "UA"),
])
def test_a_listed_name_keeps_its_namesake_where_the_famous_one_is_far(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country
