"""gaz23: rivers conflict reports place movements by, found in sentences written for these tests
and answered by `geomove geocode`; a river named like a state or a country leaves the bare name
to that namesake and is the river only when a river word says so."""

import pytest
from placing import area_id, best_answer, places_by_surface

RIVER_IN_TEXT = [
    ("Israeli troops pushed north of the Litani River on Tuesday.", "Litani River", "Litani"),
    ("Hezbollah fighters withdrew south of the Litani overnight.", "Litani", "Litani"),
    ("Rebels crossed the Orontes near Jisr al-Shughur.", "Orontes", "Orontes"),
    ("Ukrainian marines crossed the Dniester in small boats.", "Dniester", "Dniester"),
    ("Russian units dug in along the Siverskyi Donets near Bilohorivka.", "Siverskyi Donets", "Siverskyi Donets"),
    ("Troops waded across the Seversky Donets river at dawn.", "Seversky Donets", "Siverskyi Donets"),
    ("Militants attacked a boat on the Niger River near Gao.", "Niger River", "Niger River"),
    ("A convoy moved along the River Niger towards Niamey.", "River Niger", "Niger River"),
    ("Al-Shabaab fighters crossed the Shabelle River near Jowhar.", "Shabelle River", "Shebelle River"),
    ("Floods along the Shabelle displaced thousands of farmers.", "Shabelle", "Shebelle River"),
    ("Smugglers crossed the Amu Darya into Tajikistan.", "Amu Darya", "Amu Darya"),
    ("Junta troops moved down the Irrawaddy River towards Mandalay.", "Irrawaddy River", "Irrawaddy"),
    ("Navy gunboats patrolled the Irrawaddy near Bhamo.", "Irrawaddy", "Irrawaddy"),
    ("M23 rebels seized barges on the Congo River near Mbandaka.", "Congo River", "Congo River"),
    ("Thai patrol boats intercepted smugglers on the Mekong near Chiang Saen.", "Mekong", "Mekong"),
    ("North Korean guards fired at smugglers crossing the Yalu near Sinuiju.", "Yalu", "Yalu"),
    ("Taliban fighters crossed the Helmand River near Lashkar Gah.", "Helmand River", "Helmand River"),
    ("Karen fighters crossed the Salween near Hpa-An.", "Salween", "Salween"),
    ("Al-Shabaab moved fighters across the Jubba River near Bardera.", "Jubba River", "Jubba River"),
    ("Troops advanced along the Juba River towards Jilib.", "Juba River", "Jubba River"),
    ("Azerbaijani forces took villages on the Aras near Jabrayil.", "Aras", "Aras"),
]


@pytest.mark.parametrize("text,surface,area", RIVER_IN_TEXT)
def test_the_river_is_read_in_text(gazetteer, text, surface, area):
    found = places_by_surface(text, gazetteer)[surface]
    assert found["gazetteer_id"] == area_id(area)
    assert found["kind"] == "river"


@pytest.mark.parametrize("name,area", [
    ("Litani", "Litani"), ("Orontes", "Orontes"), ("Dniester", "Dniester"), ("Dnister", "Dniester"),
    ("Nistru", "Dniester"), ("Seversky Donets", "Siverskyi Donets"), ("Siverskyi Donets", "Siverskyi Donets"),
    ("Niger River", "Niger River"), ("River Niger", "Niger River"),
    ("Shabelle", "Shebelle River"), ("Shebelle River", "Shebelle River"), ("Amu Darya", "Amu Darya"),
    ("Oxus", "Amu Darya"), ("Irrawaddy River", "Irrawaddy"), ("Ayeyarwady River", "Irrawaddy"),
    ("Congo River", "Congo River"), ("Zaire River", "Congo River"), ("Mekong", "Mekong"), ("Yalu", "Yalu"),
    ("Amnok River", "Yalu"), ("Helmand River", "Helmand River"), ("Salween", "Salween"), ("Thanlwin", "Salween"),
    ("Juba River", "Jubba River"), ("Jubba", "Jubba River"), ("Aras", "Aras"), ("Araz", "Aras"),
])
def test_geocode_answers_the_river(gazetteer, name, area):
    assert best_answer(gazetteer, name)["gazetteer_id"] == area_id(area)


def test_the_river_lies_where_its_cities_are(gazetteer):
    """The computed point lies within the row's radius of towns the river passes (a wrong trace
    through another river's lines would put it elsewhere)."""
    from geomove.distance import haversine_km

    for river, town in [("Litani", (33.35, 35.27)), ("Orontes", (34.72, 36.73)), ("Dniester", (46.84, 29.48)),
                        ("Siverskyi Donets", (48.91, 38.42)), ("Niger River", (16.27, -0.04)),
                        ("Shebelle River", (2.78, 45.50)),
                        ("Amu Darya", (37.22, 67.28)), ("Irrawaddy", (21.97, 96.08)),
                        ("Congo River", (-4.33, 15.31)), ("Mekong", (17.97, 102.60)), ("Yalu", (40.10, 124.40)),
                        ("Helmand River", (31.59, 64.37)), ("Salween", (16.89, 97.63)),
                        ("Jubba River", (0.49, 42.79)), ("Aras", (39.15, 45.55))]:
        a = best_answer(gazetteer, river)
        assert haversine_km(a["lat"], a["lon"], *town) <= a["uncertainty_km"], river


def test_namesakes_keep_the_bare_name(gazetteer):
    """'Niger' and 'Congo' (the countries) and 'Helmand' (the Afghan province) keep their meaning;
    only '... River' names the river. 'Blue Nile' stays the Sudanese state (no river row: traced
    without cited cities, its course took the Dinder and Rahad, see SOURCES.md)."""
    assert best_answer(gazetteer, "Blue Nile")["kind"] == "admin1"
    assert best_answer(gazetteer, "Niger")["kind"] == "country"
    state = places_by_surface("The army retook Damazin in Blue Nile state.", gazetteer)["Blue Nile"]
    assert state["kind"] == "admin1" and state["country"] == "SD"
    country = places_by_surface("Troops crossed into Niger from Mali on Sunday.", gazetteer)["Niger"]
    assert country["kind"] == "country"
    assert best_answer(gazetteer, "Congo")["kind"] == "country"
    assert best_answer(gazetteer, "Helmand")["kind"] == "admin1"
    province = places_by_surface("Heavy fighting continued in Helmand on Monday.", gazetteer)["Helmand"]
    assert province["kind"] == "admin1" and province["country"] == "AF"
    # 'Juba' is the South Sudanese capital, 'Lower Juba' the Somali region; only 'Juba River' is the river
    assert best_answer(gazetteer, "Juba")["kind"] == "city"
    assert places_by_surface("The army flew reinforcements to Juba on Monday.", gazetteer)["Juba"]["country"] == "SS"
    assert places_by_surface("Fighting in Lower Juba displaced families.", gazetteer)["Lower Juba"]["kind"] == "admin1"


# Towns on each river that its trace is NOT routed through: the course must pass them, so it
# follows the real river and not a neighbour (as tests/test_areas_sources.py checks the others).
ON_THE_RIVER = {
    "Orontes": [("Ar Rastan", "SY"), ("Jisr ash Shughur", "SY")],
    "Dniester": [("Mohyliv-Podilskyi", "UA"), ("Soroca", "MD"), ("Dubăsari", "MD")],
    "Siverskyi Donets": [("Chuhuiv", "UA"), ("Izium", "UA"), ("Kamensk-Shakhtinsky", "RU")],
    "Niger River": [("Ségou", "ML"), ("Gao", "ML"), ("Jebba", "NG")],
    "Shebelle River": [("Gode", "ET")],
    "Amu Darya": [("Atamyrat", "TM"), ("Nukus", "UZ")],
    "Irrawaddy": [("Magway", "MM"), ("Pyay", "MM")],
    "Congo River": [("Bumba", "CD"), ("Brazzaville", "CG"), ("Boma", "CD")],
    "Mekong": [("Jinghong", "CN"), ("Savannakhet", "LA"), ("Pakse", "LA"), ("Kratié", "KH")],
    "Yalu": [("Sinuiju", "KP"), ("Dandong", "CN")],
    "Helmand River": [("Gereshk", "AF")],
    "Salween": [("Mawlamyine", "MM")],
    "Jubba River": [("Luuq", "SO"), ("Jilib", "SO")],
    "Litani": [("Nabatîyé et Tahta", "LB")],
}


@pytest.mark.parametrize("river", sorted(ON_THE_RIVER))
def test_the_traced_course_follows_the_river(river):
    from geomove.gazetteer import area_sources

    course = area_sources.river_course(river)
    for name, cc in ON_THE_RIVER[river]:
        city = area_sources.geonames_city(name, cc)
        assert course.distance_km((city["latitude"], city["longitude"])) < 10, (river, name)
    row = area_sources.RIVERS[river]
    src, mouth = area_sources.parse_dms(row.source[1]), area_sources.parse_dms(row.mouth[1])
    assert area_sources.km(course.coords[0], src) < 30 and area_sources.km(course.coords[-1], mouth) < 10
    assert course.bridged_km < 0.1 * course.km, river  # the lines give almost all of it
