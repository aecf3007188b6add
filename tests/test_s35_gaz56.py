"""Places readings helper gaz56 fixed in session 35, each on sentences written for these tests."""

import pytest

from placing import place_role_by_surface as _read


# --- the force that leaves, named by its country's demonym in the name's clause ----------------

@pytest.mark.parametrize("text, name, country", [
    # Portsmouth, Virginia lies 255 km from Camp Lejeune; the task group is British
    ("About 400 US Marines flew from Camp Lejeune to Helsinki. A British amphibious task group "
     "sailed from Portsmouth last week.", "Portsmouth", "GB"),
    ("Dutch marines trained at Camp Lejeune in March. A British frigate left Portsmouth for the "
     "Baltic on Friday.", "Portsmouth", "GB"),
    # Plymouth, Massachusetts lies 35 km from Norfolk (England's county) and in the US, named too
    ("American sailors came from Norfolk to Oslo. A British destroyer sailed from Plymouth at dawn.",
     "Plymouth", "GB"),
])
def test_the_leaving_force_s_country_ranks_its_namesake(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


@pytest.mark.parametrize("text, name, country", [
    # the twins: a demonym in another sentence, or one of those who stay at home, is no force leaving
    ("A British minister praised the crews. The US destroyer left Portsmouth, bound for Norfolk.",
     "Portsmouth", "US"),
    # where a force goes is as often abroad: a destination keeps its reading
    ("US tanks rolled out of Fort Hood toward Houston. French legionnaires drove from Orange to "
     "Marseille.", "Orange", "FR"),
])
def test_no_leaving_force_of_the_country_no_pull(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


# --- a ship's departure or arrival is at a port ------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    # Brest, Belarus (a river city 1,000 km from any sea, 0.65) against the naval port (0.62)
    ("The frigate left Brest on Monday and is expected in Dakar.", "Brest", "FR"),
    # Augusta, Georgia (inland) against the Sicilian naval port
    ("The destroyer sailed from Augusta on Thursday.", "Augusta", "IT"),
    ("Two landing ships arrived in Brest after a week in the Bay of Biscay.", "Brest", "FR"),
])
def test_a_ship_leaves_or_reaches_a_port(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


@pytest.mark.parametrize("text, name, country", [
    # the twins: troops leave an inland city; a ship named in another sentence sails from nothing here
    ("Troops left Brest on Monday and are expected in Minsk.", "Brest", "BY"),
    ("The frigate was repainted. The battalion left Augusta on Thursday.", "Augusta", "US"),
])
def test_no_ship_no_port(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


# --- Zhurihe, the PLA's training base in Inner Mongolia (gazetteer/features.csv) ---------------

@pytest.mark.parametrize("text, surface", [
    ("Chinese troops trained at Zhurihe last month.", "Zhurihe"),
    ("A PLA armoured brigade moved by rail from Shenyang to Zhurihe for the exercise.", "Zhurihe"),
    ("Russian paratroopers flew to the Zhurihe Training Base for joint drills.", "Zhurihe Training Base"),
])
def test_zhurihe_is_the_training_base(gazetteer, text, surface):
    # before: Jurh, a village 750 km to the east (44.2 N 121.67 E), by a loose spelling
    got = _read(text, gazetteer)
    m = next(v for k, v in got.items() if surface in k)
    assert m.get("country") == "CN" and abs(m["lat"] - 42.26) < 0.2 and abs(m["lon"] - 112.76) < 0.2


def test_jurh_itself_stays_the_village(gazetteer):
    got = _read("Herders drove their flocks from Jurh to Hure on Sunday.", gazetteer)
    assert got["Jurh"].get("country") == "CN" and abs(got["Jurh"]["lon"] - 121.67) < 0.3
