"""s38 lead: islands and archipelagos that military reports name and the index knew only by an
airfield, a town on them or not at all (Lemnos fell to the Limnos airport, Kunashir to Kasur in
Pakistan, Wrangel Island and Tuzla Island to nothing). Curated rows cite the Wikipedia article of
each island. The namesakes keep their own place: a bare 'Tuzla' is the Bosnian city, a bare
'Hormuz' beside Iranian boats stays what it read before (no bare 'Hormuz' on the island row), and
'Wrangell' is not the Arctic island."""

import pytest
from placing import best_answer, places_by_surface

# (sentence of our own, surface, gazetteer id)
IN_TEXT = [
    ("Greek marines landed on Lemnos on Sunday for the annual drill.", "Lemnos", "curated:lemnos"),
    ("Two Hellenic Navy landing ships sailed from Limnos to Alexandroupoli.", "Limnos", "curated:lemnos"),
    ("Russian troops were moved to Kunashir and Iturup in the Kuril chain.", "Kunashir", "curated:kunashir"),
    ("Russian troops were moved to Kunashir and Iturup in the Kuril chain.", "Iturup", "curated:iturup"),
    ("Tokyo protested after Russian jets were based on Etorofu.", "Etorofu", "curated:iturup"),
    ("Russia deployed coastal missile launchers to Wrangel Island in the autumn.", "Wrangel Island",
     "curated:wrangel-island"),
    ("Long-range bombers flew from Novaya Zemlya to Franz Josef Land.", "Novaya Zemlya", "curated:novaya-zemlya"),
    ("Long-range bombers flew from Novaya Zemlya to Franz Josef Land.", "Franz Josef Land",
     "curated:franz-josef-land"),
    ("Iranian speedboats left Hormuz Island at dawn.", "Hormuz Island", "curated:hormuz-island"),
    ("Ukrainian border guards were withdrawn from Tuzla Island after the standoff.", "Tuzla Island",
     "curated:tuzla-island"),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_island_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("text,surface,not_gid", [
    ("Bosnian troops drove from Tuzla to Sarajevo.", "Tuzla", "curated:tuzla-island"),
    ("The ferry from Wrangell reached Petersburg in Alaska.", "Wrangell", "curated:wrangel-island"),
    ("Tankers queued off Hormuz as Iranian boats sailed from Bandar Abbas.", "Hormuz", "curated:hormuz-island"),
])
def test_namesakes_keep_their_place(gazetteer, text, surface, not_gid):
    found = places_by_surface(text, gazetteer).get(surface)
    assert found is None or found["gazetteer_id"] != not_gid


@pytest.mark.parametrize("name,gid", [
    ("Lemnos", "curated:lemnos"), ("Kunashir Island", "curated:kunashir"), ("Iturup", "curated:iturup"),
    ("Novaya Zemlya", "curated:novaya-zemlya"), ("Tuzla Island", "curated:tuzla-island"),
])
def test_geocode_answers_the_island(gazetteer, name, gid):
    answer = best_answer(gazetteer, name)
    assert answer is not None and answer["gazetteer_id"] == gid
