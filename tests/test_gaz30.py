"""gaz30: a Georgian army base, Norway's main naval base, three places on India's northern lines (Chushul by the
Pangong lake, the Gurez valley, Dras on the Kargil road), a village of Azad Kashmir's Leepa valley, a town of Syria's Idlib border strip, and two names
reports give places the gazetteer already held (the Guyanese airport by its former name, Kurram district by its short
name); each answered no place or a namesake far away before (Vaziani read Russia, Drass read Durrës, Leepa read Lipa
City). Each is found in a sentence written for these tests and answered by `geomove geocode`; the namesakes keep their
own place."""

import pytest
from placing import best_answer, places_by_surface


# (sentence, surface, gazetteer id)
IN_TEXT = [
    ("A Georgian mechanized battalion moved out of Vaziani toward the firing ranges at dawn.", "Vaziani",
     "curated:vaziani-base"),
    ("The frigate sailed from Haakonsvern for the North Sea exercise on Tuesday.", "Haakonsvern",
     "curated:haakonsvern"),
    ("Indian tanks were airlifted to Chushul as the standoff on the lake dragged on.", "Chushul", "curated:chushul"),
    ("An infantry battalion was inducted into Gurez before the Razdan pass closed for winter.", "Gurez",
     "curated:gurez"),
    ("Army convoys rolled through Drass toward Kargil once the Zoji La reopened.", "Drass", "curated:dras"),
    ("Pakistani troops shelled Indian posts from the heights above Leepa overnight.", "Leepa", "curated:leepa"),
    ("Rebel fighters pulled back from Sarmada toward the Turkish border crossing at dusk.", "Sarmada",
     "curated:sarmada"),
    ("The relief flight landed at Timehri International Airport before dawn.", "Timehri International Airport",
     "airport:SYCJ"),
    ("Frontier Corps reinforcements were sent into Kurram after the convoy ambush.", "Kurram",
     "geonames:1172574"),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Vaziani", "curated:vaziani-base"), ("Vaziani Military Base", "curated:vaziani-base"),
    ("Haakonsvern", "curated:haakonsvern"), ("Chushul", "curated:chushul"),
    ("Gurez", "curated:gurez"), ("Gurais", "curated:gurez"),
    ("Drass", "curated:dras"), ("Dras", "curated:dras"), ("Leepa", "curated:leepa"),
    # aliases.csv: the airport's former name (en.wikipedia 'Cheddi Jagan International Airport'); before: no place
    ("Sarmada", "curated:sarmada"),
    ("Timehri International Airport", "airport:SYCJ"),
    # aliases.csv: the district's short name; before: no place (the district scored 0.54, below the bar)
    ("Kurram", "geonames:1172574"),
])
def test_geocode_answers(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Durrës", "geonames:3185728"),          # the Albanian port keeps its own name
    ("Lipa", "geonames:1706090"),            # the Philippine city keeps the bare 'Lipa'
    ("Lipa City", "geonames:1706090"),
    ("Timehri", "curated:timehri"),          # the village keeps the bare name (gaz29)
    ("Kurram District", "geonames:1172574"),
])
def test_namesakes_keep_their_place(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


def test_namesakes_in_text(gazetteer):
    """The Albanian port and the Philippine city keep their readings in running text."""
    alb = places_by_surface("Two Italian patrol boats docked at Durrës on Friday.", gazetteer)
    assert alb["Durrës"]["gazetteer_id"] == "geonames:3185728"
    ph = places_by_surface("Typhoon relief trucks left Lipa for Batangas City.", gazetteer)
    assert ph["Lipa"]["gazetteer_id"] == "geonames:1706090"

