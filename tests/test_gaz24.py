"""gaz24: regions, towns and a river that reports name and the gazetteer lacked, found in
sentences written for these tests and answered by `geomove geocode`; namesakes keep their
meaning on both sides (a loose spelling no longer beats a region's exact name: 'Maghreb' was
read as Ma'rib in Yemen)."""

import pytest
from placing import area_id, best_answer, places_by_surface

from geomove.distance import haversine_km

# (sentence, surface, gazetteer id)
IN_TEXT = [
    ("Ethiopian troops crossed into Somaliland near Wajaale on Tuesday.", "Somaliland", area_id("Somaliland")),
    ("Puntland forces pushed into the Cal Miskaad mountains against Islamic State fighters.", "Puntland",
     area_id("Puntland")),
    ("Russian border guards moved the fence deeper into Georgia along the South Ossetia line.", "South Ossetia",
     area_id("South Ossetia")),
    ("Turkish drones struck fuel depots across Rojava overnight.", "Rojava",
     area_id("Autonomous Administration of North and East Syria")),
    ("Croat militias shelled villages in western Herzegovina.", "Herzegovina", area_id("Herzegovina")),
    ("Indian and Pakistani troops exchanged fire along the Line of Control near Uri.", "Line of Control",
     area_id("Line of Control")),
    ("A Russian frigate sailed through the Ionian Sea towards Tartus.", "Ionian Sea", area_id("Ionian Sea")),
    ("Haftar's forces sent a convoy south into the Fezzan to retake Sabha.", "Fezzan", area_id("Fezzan")),
    ("Migrants crossing the Maghreb are detained in Libya.", "Maghreb", area_id("Maghreb")),
    ("Al-Shabaab fighters overran a base in Jubaland near Kismayo.", "Jubaland", area_id("Jubaland")),
    ("Clan militias in Hirshabelle joined the offensive north of Jowhar.", "Hirshabelle", area_id("Hirshabelle")),
    ("Venezuelan troops gathered near the Essequibo River border.", "Essequibo River", area_id("Essequibo River")),
    ("Displaced families crossed the bridge from Rubkona to Bentiu.", "Rubkona", "curated:rubkona"),
    ("Refugees fleeing Sudan streamed into Renk on foot.", "Renk", "curated:renk"),
    ("White Army fighters overran the army garrison in Nasir on the Sobat.", "Nasir", "curated:nasir-south-sudan"),
    ("Ethiopian troops shot down an aid plane near Bardale in Bay region.", "Bardale", "curated:berdale"),
    ("Al-Shabaab attacked Bardera on the Jubba River.", "Bardera", "geonames:65170"),
    # the second batch
    ("Chinese coast guard ships sailed near the Senkaku Islands again on Monday.", "Senkaku Islands",
     area_id("Senkaku Islands")),
    ("Vietnamese fishermen were detained near the Paracel Islands.", "Paracel Islands", area_id("Paracel Islands")),
    ("ADF rebels crossed Lake Albert by boat into Uganda.", "Lake Albert", "curated:lake-albert"),
    ("Troops deployed along the shore of Lake Edward near Vitshumbi.", "Lake Edward", area_id("Lake Edward")),
    ("Emirati forces flew troops to Socotra.", "Socotra", "curated:socotra"),
    ("The Karen National Liberation Army seized a base in Karen State.", "Karen State", "geonames:1320233"),
    ("Hungarian officials visited Transcarpathia.", "Transcarpathia", "geonames:687869"),
    ("Fighting broke out between the army and STC forces in Shabwa.", "Shabwa", "geonames:70935"),
    ("Al-Shabaab fighters attacked a base in Galmudug near Dhusamareb.", "Galmudug", area_id("Galmudug")),
    ("Italian warships exercised in the Tyrrhenian Sea.", "Tyrrhenian Sea", area_id("Tyrrhenian Sea")),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


def test_the_long_name_of_north_and_east_syria(gazetteer):
    """The administration's full name reaches the area (the finder keeps 'North and East Syria')."""
    text = "The SDF withdrew from areas of the Autonomous Administration of North and East Syria west of the river."
    found = [m for s, m in places_by_surface(text, gazetteer).items() if "Syria" in s]
    assert found and all(m["gazetteer_id"] == area_id("Autonomous Administration of North and East Syria")
                         for m in found)


@pytest.mark.parametrize("name,gid", [
    ("Somaliland", area_id("Somaliland")), ("Republic of Somaliland", area_id("Somaliland")),
    ("Puntland", area_id("Puntland")), ("South Ossetia", area_id("South Ossetia")),
    ("Tskhinvali Region", area_id("South Ossetia")),
    ("Rojava", area_id("Autonomous Administration of North and East Syria")),
    ("AANES", area_id("Autonomous Administration of North and East Syria")),
    ("Autonomous Administration of North and East Syria", area_id("Autonomous Administration of North and East Syria")),
    ("Herzegovina", area_id("Herzegovina")), ("Line of Control", area_id("Line of Control")),
    ("Ionian Sea", area_id("Ionian Sea")), ("Fezzan", area_id("Fezzan")), ("Fazzan", area_id("Fezzan")),
    ("Maghreb", area_id("Maghreb")), ("Maghrib", area_id("Maghreb")), ("Jubaland", area_id("Jubaland")),
    ("Hirshabelle", area_id("Hirshabelle")), ("Essequibo River", area_id("Essequibo River")),
    ("Rubkona", "curated:rubkona"), ("Rub Kona", "curated:rubkona"), ("Renk", "curated:renk"),
    ("Nasir", "curated:nasir-south-sudan"), ("Bardale", "curated:berdale"),
    ("Berdale", "curated:berdale"), ("Bardera", "geonames:65170"),
    ("Galmudug", area_id("Galmudug")), ("Tyrrhenian Sea", area_id("Tyrrhenian Sea")),
    ("Lake Albert", "curated:lake-albert"), ("Albert Nyanza", "curated:lake-albert"),
    ("Lake Edward", area_id("Lake Edward")), ("Paracel Islands", area_id("Paracel Islands")),
    ("Paracels", area_id("Paracel Islands")), ("Senkaku Islands", area_id("Senkaku Islands")),
    ("Diaoyu Islands", area_id("Senkaku Islands")), ("Socotra", "curated:socotra"),
    ("Karen State", "geonames:1320233"), ("Transcarpathia", "geonames:687869"),
])
def test_geocode_answers(gazetteer, name, gid):
    assert best_answer(gazetteer, name)["gazetteer_id"] == gid


def test_namesakes_keep_their_meaning(gazetteer):
    """Both sides: the older places keep their names, and a person or another unit is not the new row."""
    # the Yemeni town keeps its own spellings; only the region's exact name is the region
    for name in ("Ma'rib", "Marib"):
        assert best_answer(gazetteer, name)["gazetteer_id"] == "geonames:72968"
    assert places_by_surface("Houthi fighters massed outside Marib on Sunday.", gazetteer)["Marib"]["country"] == "YE"
    # the country keeps 'Bosnia and Herzegovina' and 'Bosnia'
    assert best_answer(gazetteer, "Bosnia and Herzegovina")["kind"] == "country"
    assert best_answer(gazetteer, "Bosnia")["kind"] == "country"
    text = "Peacekeepers were deployed across Bosnia and Herzegovina in 1996."
    assert places_by_surface(text, gazetteer)["Bosnia and Herzegovina"]["kind"] == "country"
    # the Greek region keeps 'Ionian Islands'; Baardheere is not Berdale, Berdale not Baardheere
    assert best_answer(gazetteer, "Ionian Islands")["country"] == "GR"
    assert best_answer(gazetteer, "Baardheere")["gazetteer_id"] == "geonames:65170"
    # the airport keeps its name; the capitals stay towns, not the regions they stand for
    assert best_answer(gazetteer, "Renk Airport")["kind"] == "airfield"
    assert places_by_surface("Officials said Renk Airport was closed.", gazetteer)["Renk Airport"]["kind"] == "airfield"
    for town, country in (("Tskhinvali", "GE"), ("Hargeisa", "SO"), ("Garowe", "SO"), ("Mostar", "BA")):
        found = best_answer(gazetteer, town)
        assert found["kind"] in ("town", "city") and found["country"] == country, town
    # a man named Nasir is no place
    assert "Nasir" not in places_by_surface("Nasir al-Wuhayshi said the group would fight on.", gazetteer)
    # the bare 'LoC' stays no alias of the line, and Abkhazia keeps its own record
    assert (best_answer(gazetteer, "LoC") or {}).get("gazetteer_id") != area_id("Line of Control")
    assert best_answer(gazetteer, "Abkhazia")["kind"] == "admin1"
    # the Yemeni province keeps 'Shabwah'; a bare 'Albert' or 'Edward' is no lake, and men so named no place
    assert best_answer(gazetteer, "Shabwah")["gazetteer_id"] == "geonames:70935"
    for name in ("Albert", "Edward"):
        assert (best_answer(gazetteer, name) or {}).get("kind") != "region", name
    assert places_by_surface("Prince Albert and Edward Kennedy met in Kampala.", gazetteer).keys() == {"Kampala"}
    # the lake beside Bunia, the suburb of Wagga Wagga where the text names New South Wales
    assert places_by_surface("Ugandan troops crossed Lake Albert from Bunia.", gazetteer)["Lake Albert"]["gazetteer_id"] \
        == "curated:lake-albert"
    assert places_by_surface("Police in Lake Albert, New South Wales, closed roads.", gazetteer)["Lake Albert"]["country"] == "AU"
    lake = best_answer(gazetteer, "Lake Albert")
    for shore in ((1.82, 31.33), (1.05, 30.53)):  # Butiaba on the eastern shore, Ntoroko at the southern end
        assert haversine_km(lake["lat"], lake["lon"], *shore) <= lake["uncertainty_km"]
    # the towns keep their own records beside the regions around them
    for town, gid in (("Dhusamareb", "geonames:60928"), ("Galkayo", "geonames:59611"), ("Hadibu", "geonames:75427")):
        assert best_answer(gazetteer, town)["gazetteer_id"] == gid, town


@pytest.mark.parametrize("area,town", [
    ("Somaliland", (9.56, 44.06)),        # Hargeisa
    ("Somaliland", (8.48, 47.36)),        # Las Anod (claimed; Puntland claims it too)
    ("Puntland", (11.28, 49.18)),         # Bosaso
    ("Puntland", (6.77, 47.43)),          # Galkayo
    ("South Ossetia", (42.23, 43.97)),    # Tskhinvali
    ("Autonomous Administration of North and East Syria", (37.05, 41.22)),  # Qamishli
    ("Autonomous Administration of North and East Syria", (35.95, 39.01)),  # Raqqa
    ("Herzegovina", (43.34, 17.81)),      # Mostar
    ("Herzegovina", (42.71, 18.34)),      # Trebinje
    ("Line of Control", (34.09, 74.04)),  # Uri
    ("Ionian Sea", (39.62, 19.92)),       # Corfu
    ("Fezzan", (27.04, 14.43)),           # Sabha
    ("Maghreb", (33.59, -7.62)),          # Casablanca
    ("Maghreb", (36.81, 10.18)),          # Tunis
    ("Jubaland", (-0.36, 42.55)),         # Kismayo
    ("Hirshabelle", (2.78, 45.50)),       # Jowhar
    ("Galmudug", (6.77, 47.43)),          # Galkayo
    ("Lake Edward", (-0.61, 29.37)),      # Vitshumbi
    ("Paracel Islands", (16.83, 112.33)), # Woody Island
    ("Tyrrhenian Sea", (38.12, 13.36)),   # Palermo
])
def test_the_area_covers_its_towns(gazetteer, area, town):
    a = best_answer(gazetteer, area)
    assert haversine_km(a["lat"], a["lon"], *town) <= a["uncertainty_km"], area


def test_the_essequibo_is_traced_between_its_cited_ends():
    from geomove.gazetteer import area_sources

    course = area_sources.river_course("Essequibo River")
    row = area_sources.RIVERS["Essequibo River"]
    src, mouth = area_sources.parse_dms(row.source[1]), area_sources.parse_dms(row.mouth[1])
    assert area_sources.km(course.coords[0], src) < 30 and area_sources.km(course.coords[-1], mouth) < 10
    assert course.bridged_km < course.km / 10
    assert 700 < course.km < 1100  # the article: 1,000 km


# rivers of the third batch: the Russian articles give both ends where the English ones give one
RIVER_TEXT = [
    ("Russian troops tried to cross the Oskil near Kupiansk.", "Oskil", area_id("Oskil")),
    ("Ukrainian forces held the west bank of the Oskil River.", "Oskil River", area_id("Oskil")),
    ("Herders crossed the Benue River near Makurdi.", "Benue River", area_id("Benue River")),
    ("Refugees crossed the Drina into Serbia.", "Drina", area_id("Drina")),
    ("Bosnian Serb forces shelled Gorazde on the Drina River.", "Drina River", area_id("Drina")),
]


@pytest.mark.parametrize("text,surface,gid", RIVER_TEXT)
def test_the_river_is_read_in_text(gazetteer, text, surface, gid):
    found = places_by_surface(text, gazetteer)[surface]
    assert found["gazetteer_id"] == gid and found["kind"] == "river"


@pytest.mark.parametrize("name,area", [("Oskil River", "Oskil"), ("Oskol River", "Oskil"),
                                       ("Benue River", "Benue River"), ("River Benue", "Benue River"),
                                       ("Drina", "Drina"), ("Drina River", "Drina")])
def test_geocode_answers_the_river(gazetteer, name, area):
    assert best_answer(gazetteer, name)["gazetteer_id"] == area_id(area)


def test_rivers_named_like_a_place_leave_it_the_bare_name(gazetteer):
    """'Oskil' alone is the Ukrainian village (only 'the Oskil' or 'Oskil River' is the river),
    'Benue' the Nigerian state, 'Panj' the Tajik town (the river's row, session 48, is 'Panj River': a
    bare 'Panj' is no alias of it)."""
    assert best_answer(gazetteer, "Oskil")["gazetteer_id"] == "geonames:710514"
    village = places_by_surface("Shelling hit the village of Oskil in Izium district.", gazetteer)["Oskil"]
    assert village["kind"] != "river" and village["country"] == "UA"
    assert best_answer(gazetteer, "Benue")["kind"] == "admin1"
    state = places_by_surface("Gunmen attacked farmers in Benue on Sunday.", gazetteer)["Benue"]
    assert state["kind"] == "admin1" and state["country"] == "NG"
    assert best_answer(gazetteer, "Panj")["kind"] == "town"
    assert best_answer(gazetteer, "Stary Oskol")["kind"] == "city"


@pytest.mark.parametrize("river,towns", [
    ("Oskil", [("Novy Oskol", "RU"), ("Valuyki", "RU")]),
    ("Benue River", [("Lokoja", "NG")]),
    ("Drina", [("Loznica", "RS")]),
])
def test_the_traced_course_follows_the_river(river, towns):
    from geomove.gazetteer import area_sources

    course = area_sources.river_course(river)
    for name, cc in towns:
        city = area_sources.geonames_city(name, cc)
        assert course.distance_km((city["latitude"], city["longitude"])) < 10, (river, name)
    row = area_sources.RIVERS[river]
    src, mouth = area_sources.parse_dms(row.source[1]), area_sources.parse_dms(row.mouth[1])
    assert area_sources.km(course.coords[0], src) < 30 and area_sources.km(course.coords[-1], mouth) < 10
    assert course.bridged_km < course.km / 10
