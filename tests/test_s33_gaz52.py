"""Places readings helper gaz52 fixed in session 33, each on sentences written for these tests."""

import pytest

from geomove.mentions.name_tails import landform_tail
from placing import place_role_by_surface as _read


# --- a landform named with a town's name, its kind in lower case -------------------------------

@pytest.mark.parametrize("text, whole, town", [
    ("Russian bombers flew from the Kola peninsula toward Murmansk.", "Kola peninsula", "Kola"),
    ("Columns crossed the Jaffna peninsula toward Point Pedro.", "Jaffna peninsula", "Jaffna"),
])
def test_a_landform_the_index_lacks_is_not_the_town_of_its_name(gazetteer, text, whole, town):
    got = _read(text, gazetteer)
    assert town not in got  # the town is not the landform
    assert whole in got and got[whole].get("lat") is None and "not the landform" in got[whole]["why"]
    # ... and the other place of the sentence keeps its reading
    assert any(m.get("lat") is not None for s, m in got.items() if s != whole)


@pytest.mark.parametrize("text, name, country", [
    # the head read as an area, not a town: the area stays ("the Sichuan basin" in Sichuan)
    ("Drills were held in the Sichuan basin near Chengdu.", "Sichuan", "CN"),
    # the town named alone stays the town
    ("The navy moved ships from Kola to Severomorsk.", "Kola", "RU"),
    # "valley" is the land around the town, read at it (features: FEATURE_HEADS_AROUND_TOWN)
    ("Militants crossed the Kabul valley on their way to Jalalabad.", "Kabul valley", "AF"),
])
def test_a_landform_word_leaves_areas_towns_and_valleys_alone(gazetteer, text, name, country):
    got = _read(text, gazetteer)
    assert name in got and got[name].get("country") == country and got[name].get("lat") is not None


def test_the_landform_tail_is_its_kind_word_alone():
    text = "the Kola peninsula, the Kola plateau Command, the Kola peninsular roads"
    first = text.index("Kola") + len("Kola")
    assert text[first:landform_tail(text, first)] == " peninsula"
    second = text.index("Kola", first) + len("Kola")
    assert landform_tail(text, second) is None  # a longer name runs on
    third = text.rindex("Kola") + len("Kola")
    assert landform_tail(text, third) is None  # another word


# --- a namesake in the text's theatre against one on another continent ------------------------

@pytest.mark.parametrize("text, name, country", [
    # Ørland, 670 km from Andøya, against Orland, California, 7,400 km off: the nearness of
    # 150 km told the two apart no more, and the better-known won
    ("Two fighter jets were moved from Orland to Andoya on Friday.", "Orland", "NO"),
    # the Spanish naval port, 640 km from Bilbao, not the Colombian city
    ("Marines were sent from Cartagena to Bilbao.", "Cartagena", "ES"),
])
def test_a_namesake_in_the_theatre_beats_one_on_another_continent(gazetteer, text, name, country):
    got = _read(text, gazetteer)
    assert got[name].get("country") == country


def test_a_world_city_far_from_the_text_s_other_place_keeps_its_reading(gazetteer):
    # (FAR_NAMESAKE_IMPORTANCE: a world city is meant from afar, whatever namesake lies near)
    got = _read("Paris sent troops to Gao.", gazetteer)
    assert got["Paris"].get("country") == "FR"


@pytest.mark.parametrize("text, name, country", [
    # the namesake near the one other place lies in no country the text names: no theatre
    ("Marines were sent from Cartagena to Marseille.", "Cartagena", "CO"),
    ("Guard troops head to Portland as Paris flies gendarmes to Noumea.", "Portland", "US"),
])
def test_a_namesake_near_the_text_s_places_abroad_makes_no_theatre(gazetteer, text, name, country):
    got = _read(text, gazetteer)
    assert got[name].get("country") == country


def test_a_small_namesake_in_the_theatre_does_not_outweigh_a_far_city(gazetteer):
    # 'Merida' read by fame alone as Yucatán's puts a Mexican village called El Vigía 990 km from
    # it; the Venezuelan city (0.62 against the village's 0.39) keeps its rank (THEATRE_FAME_MARGIN)
    got = _read("Troops moved from El Vigia to Merida on Sunday.", gazetteer)
    assert got["El Vigia"].get("country") == "VE"
