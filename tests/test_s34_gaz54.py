"""Places readings helper gaz54 fixed in session 34, each on sentences written for these tests."""

import pytest

from geomove.mentions import find_mentions


def _read(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"}


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
