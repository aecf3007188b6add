"""gaz29: a Malian town of the Office du Niger, the Guyanese village of the country's main airport, a Guyanese river
port near the Venezuelan border, the strait between Okinawa and Miyako Island, and a Libyan air base by the spelling
reports give it, which reports name and the gazetteer lacked (each answered no place); each is found in a sentence
written for these tests and answered by `geomove geocode`. The namesakes keep their own place (the Iwate city Miyako,
Cheddi Jagan International Airport at Timehri)."""

import pytest
from placing import best_answer, places_by_surface


# (sentence, surface, gazetteer id)
IN_TEXT = [
    ("Malian army reinforcements drove from Niono to Diabaly after the overnight raid.", "Diabaly",
     "curated:diabaly"),
    ("A company of Guyanese soldiers was flown from Timehri to Lethem on Monday.", "Timehri", "curated:timehri"),
    ("Coast guard boats carried a platoon of marines up the river to Port Kaituma.", "Port Kaituma",
     "curated:port-kaituma"),
    ("Two Chinese destroyers sailed through the Miyako Strait into the Pacific on Sunday.", "Miyako Strait",
     "curated:miyako-strait"),
    ("Chadian columns raided Maaten al-Sarra in the Libyan desert and withdrew south.", "Maaten al-Sarra",
     "airport:HL56"),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Diabaly", "curated:diabaly"), ("Diabali", "curated:diabaly"),
    ("Timehri", "curated:timehri"), ("Port Kaituma", "curated:port-kaituma"),
    ("Miyako Strait", "curated:miyako-strait"), ("Kerama Gap", "curated:miyako-strait"),
    # aliases.csv: the Libyan air base by the spelling of en.wikipedia 'Battle of Maaten al-Sarra' (airportsdata
    # spells it 'Matan'); before: no place (the base scored 0.53, below the bar)
    ("Maaten al-Sarra", "airport:HL56"), ("Maaten al-Sarra Air Base", "airport:HL56"),
])
def test_geocode_answers(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Miyako", "geonames:2111884"),                                 # the Iwate city keeps the bare name
    ("Cheddi Jagan International Airport", "airport:SYCJ"),         # the airport at Timehri keeps its own row
])
def test_namesakes_keep_their_place(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


def test_namesakes_in_text(gazetteer):
    """The Iwate fishing port Miyako keeps its reading in running text."""
    iwate = places_by_surface("Fishing boats returned to Miyako in Iwate after the storm.", gazetteer)
    assert iwate["Miyako"]["gazetteer_id"] == "geonames:2111884"

