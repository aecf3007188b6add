"""Constructions that decide between namesakes (issue 11, places12): a name listed beside
provinces is a province; a province the text pins once keeps its sense where the name is repeated.
The sentences are written for these tests."""

import pytest

from geomove.mentions import find_mentions, places


def _all(found, surface):
    hits = [m for m in found if m["surface"] == surface]
    assert hits, (surface, [(m["surface"], m.get("name")) for m in found])
    return hits


@pytest.mark.parametrize("text", [
    "Road crews from New Jersey and New York cleared the interstate overnight.",
    "Apple growers in Washington and New Jersey lost part of the harvest.",
    "Inspectors visited dairies in Pennsylvania or New York before the recall.",
])
def test_a_name_listed_beside_provinces_is_the_province(gazetteer, text):
    found = places(text, gazetteer=gazetteer)
    name = "New York" if "New York" in text else "Washington"
    m = _all(found, name)[0]
    assert m["kind"] == "admin1" and m["country"] == "US", m
    assert "listed beside the province" in m["why"]


@pytest.mark.parametrize("text, name", [
    # the city stays the city when nothing in the text says province
    ("The delegation flew from Washington to Moscow on Monday.", "Washington"),
    ("The band played in New York before touring Europe.", "New York"),
    # a neighbour that is also a city's name ('Idlib') does not make the other a province
    ("Shelling hit Idlib and Aleppo again on Friday.", "Aleppo"),
])
def test_no_province_without_a_province_beside_it(gazetteer, text, name):
    m = _all(places(text, gazetteer=gazetteer), name)[0]
    assert m["kind"] in ("city", "town"), m


def test_a_province_pinned_once_keeps_its_sense_where_repeated(gazetteer):
    text = ("The governor declared an emergency throughout New York state on Tuesday. "
            "Forty people have been treated in New York since the first case in March.")
    found = places(text, gazetteer=gazetteer)
    ms = _all(found, "New York")
    assert ms[-1]["kind"] == "admin1", ms[-1]
    assert "names so elsewhere" in ms[-1]["why"]


def test_a_city_whose_own_name_it_is_stays_the_city_after_its_province(gazetteer):
    # 'Aleppo province' pins the province, but a bare 'Aleppo' is the city, whose own name it is
    text = ("Fighting spread across Aleppo province in the spring. "
            "By the summer government forces were shelling Aleppo every night.")
    ms = _all(places(text, gazetteer=gazetteer), "Aleppo")
    assert ms[-1]["kind"] in ("city", "town"), ms[-1]


@pytest.mark.parametrize("text, qualifier, name", [
    ("Prices fell across Eastern and Southern Europe last winter.", "Eastern", "Eastern Europe"),
    ("Envoys from North and South Korea met at the border village.", "North", "North Korea"),
    ("Locusts moved between East and West Africa in the spring.", "East", "East Africa"),
    ("Storms hit North and South Carolina overnight.", "North", "North Carolina"),
])
def test_a_qualifier_sharing_the_head_word_of_the_next_name_is_an_area_of_its_own(gazetteer, text, qualifier, name):
    found = places(text, gazetteer=gazetteer)
    m = _all(found, qualifier)[0]
    assert m["name"] == name, m
    assert "shares the head word" in m["why"]
    # the mention is the qualifier alone; the head word stays with the name written in full
    assert text[m["start"]:m["end"]] == qualifier


@pytest.mark.parametrize("text", [
    "The North and the South Korea team drew.",       # no area: 'North' is not joined to 'South Korea'
    "Farmers in the north and South Sudan traders met.",  # a lower-case word is no qualifier of a name
    "Talks between Russia and South Korea resumed.",   # 'Russia' is no qualifier
])
def test_no_shared_head_without_a_capitalised_qualifier_joined_to_it(gazetteer, text):
    found = places(text, gazetteer=gazetteer)
    assert not any("shares the head word" in (m.get("why") or "") for m in found), found


def test_a_province_after_in_and_a_compass_word_binds_the_name_before_it(gazetteer):
    # several provinces named: the text's provinces alone do not say which Linn County
    text = ("Buyers came from Kansas, Iowa and Oklahoma. "
            "The sale was held in Linn County in north central Missouri on Friday.")
    m = _all(places(text, gazetteer=gazetteer), "Linn County")[0]
    assert m["admin1"] == "Missouri", m
    assert "in Missouri (written after the name)" in m["why"]


def test_a_country_after_a_compass_word_keeps_the_name_out_of_other_countries(gazetteer):
    # the index knows no Kalam in Pakistan: no point in India (Kallam) instead
    for text in ("Tourists returned to Kalam in north-west Pakistan after the floods.",
                 "Floods cut the road to Kalam, north-west Pakistan, on Monday."):
        found = places(text, gazetteer=gazetteer)
        assert not any(m.get("country") == "IN" for m in found), found


@pytest.mark.parametrize("text, surface, area", [
    ("Shipments to Asian markets fell by a third.", "Asian", "Asia"),
    ("The startup was called a European copy of the American original.", "European", "Europe"),
    ("Growth in South East Asian ports picked up.", "South East Asian", "Southeast Asia"),
    ("West African traders crossed the border at dawn.", "West African", "West Africa"),
])
def test_the_adjective_of_a_continent_or_its_part_mentions_that_area(gazetteer, text, surface, area):
    found = find_mentions(text, gazetteer=gazetteer)
    m = _all(found, surface)[0]
    assert m["name"] == area and m["country"] is None, m
    assert m["role"] in ("demonym", "demonym_place", "actor")
    assert f"demonym {surface!r}" in m["why"]


def test_a_country_demonym_is_not_read_as_a_continent(gazetteer):
    found = find_mentions("South African police and Central African troops met.", gazetteer=gazetteer)
    assert _all(found, "South African")[0]["country"] == "ZA"
    # ("Central African" is the Central African Republic's: its "African" is not the continent)
    assert not any(m.get("name") == "Africa" for m in found), found


def test_a_continent_adjective_pulls_no_namesake_towards_it(gazetteer):
    # "European" mentions Europe, but the continent's point is no context for the other names
    text = "European buyers stayed away. Farmers in Georgia and Alabama sold the crop at home."
    found = places(text, gazetteer=gazetteer)
    assert _all(found, "Georgia")[0]["country"] == "US"


def test_a_place_accepted_once_is_that_place_where_it_opens_a_sentence(gazetteer):
    text = ("Thousands of dead birds were found near Esperance on the south coast of Western Australia. "
            "Esperance recorded little rain that winter.")
    ms = _all(places(text, gazetteer=gazetteer), "Esperance")
    assert len(ms) == 2 and {m["country"] for m in ms} == {"AU"}, ms
    assert ms[1]["why"].endswith("the place the text names so elsewhere with support")


def test_a_loose_reading_accepted_once_does_not_take_back_its_repeats(gazetteer):
    # "Ambert" (FR) is another spelling: an everyday word opening a sentence stays no place
    text = "The fire started near Amber on Friday. Amber alerts were issued across the county."
    found = places(text, gazetteer=gazetteer)
    assert not any(m["surface"] == "Amber" and "names so elsewhere" in (m.get("why") or "") for m in found), found


@pytest.mark.parametrize("text, surface, cc", [
    ("The UK Secretary of Health Alan Johnson opened the ward.", "UK", "GB"),
    ("Reporters waited for US Secretary of Defense James Mattis at the gate.", "US", "US"),
])
def test_a_country_before_a_title_of_a_department_and_a_person_is_the_country(gazetteer, text, surface, cc):
    m = _all(find_mentions(text, gazetteer=gazetteer), surface)[0]
    assert m["country"] == cc and m["kind"] == "country", m


def test_a_place_after_a_title_and_of_stays_a_place(gazetteer):
    found = find_mentions("Governor of Texas Greg Abbott toured the flooded towns.", gazetteer=gazetteer)
    assert _all(found, "Texas")[0]["kind"] == "admin1"
    assert not any(m["surface"] in ("Greg", "Abbott", "Greg Abbott") for m in found), found


def test_a_name_overturned_by_its_context_gives_its_new_reading_as_context(gazetteer):
    # "Victoria" alone is Hong Kong's (fame); beside Sydney and New South Wales it is the state,
    # and the state, not Hong Kong, is where "Spotswood" is looked for
    text = ("Horse flu reached Australia this week. Stables near Sydney were closed, and imported horses "
            "are held at Eastern Creek in New South Wales or at the Spotswood quarantine station in Victoria.")
    found = {m["surface"]: m for m in places(text, gazetteer=gazetteer)}
    assert found["Victoria"]["country"] == "AU" and found["Victoria"]["kind"] == "admin1"
    assert found["Spotswood"]["country"] == "AU", found.get("Spotswood")


def _overturned(gazetteer, country_mentions):
    """(points, countries) after the context is brought up to date with "Victoria" read alone as
    Hong Kong's and ranked in context as the Australian state."""
    from geomove.gazetteer import name_key
    from geomove.mentions import _Finder
    f = _Finder("x", gazetteer)
    key = name_key("Victoria")
    hk = {"gazetteer_id": "hk", "lat": 22.3, "lon": 114.2, "country": "HK", "kind": "city", "context_score": 1.0}
    au = {"gazetteer_id": "au", "lat": -36.6, "lon": 144.7, "country": "AU", "kind": "admin1", "context_score": 1.2}
    m = {"surface": "Victoria", "role": "place", "cands": [au, hk], "clear": True, "context_reading": "hk"}
    points = [(22.3, 114.2, key, 19.0), (-33.9, 151.2, "sdna", 16.8)]
    text_countries = {"HK": {key}, "AU": {"sdna"}}
    f._more_context([m] + country_mentions, text_countries, points, {})
    return points, text_countries


def test_an_overturned_reading_leaves_the_context_and_its_new_one_enters_it_only_in_a_named_country(gazetteer):
    points, countries = _overturned(gazetteer, [])
    assert [p[2] for p in points] == ["sdna"] and "HK" not in countries  # no country named: removal only
    australia = {"surface": "Australia", "role": "place", "cc": "AU", "cands": [{"kind": "country", "country": "AU"}]}
    points, countries = _overturned(gazetteer, [australia])
    assert (-36.6, 144.7) in [(p[0], p[1]) for p in points] and "HK" not in countries
