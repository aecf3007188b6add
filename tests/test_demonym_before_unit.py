"""'the Somali region of Gedo': a country's demonym that is also a province's name elsewhere,
written before a unit's kind word, 'of' and a unit of that country, is the demonym
(mentions.features._demonyms_before_a_unit_of_their_country)."""

from geomove import default_gazetteer
from geomove.mentions import find_mentions


def _by_surface(text: str) -> dict[str, dict]:
    return {m["surface"]: m for m in find_mentions(text, gazetteer=default_gazetteer())}


def test_the_demonym_before_a_unit_of_its_country():
    got = _by_surface("Kenyan troops crossed into the Somali region of Gedo on Tuesday from Mandera.")
    assert got["Somali"]["role"] == "demonym" and got["Somali"]["country"] == "SO"
    assert got["Gedo"]["role"] == "place" and got["Gedo"]["country"] == "SO"


def test_the_province_where_the_name_after_of_is_a_country_or_there_is_none():
    got = _by_surface("Ethiopian troops moved into the Somali region of Ethiopia from Dire Dawa.")
    assert got["Somali"]["role"] == "place" and got["Somali"]["country"] == "ET"
    got = _by_surface("Federal police were deployed to the Somali region on Monday from Addis Ababa.")
    assert got["Somali"]["role"] == "place" and got["Somali"]["country"] == "ET"
