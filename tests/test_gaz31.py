"""gaz31: a frontier town at the foot of Pakistan's Kurram valley, Lithuania's training area by the Belarusian border
where the German brigade is based, a district of Mozambique's Cabo Delgado, and the Indian Air Force station at
Ghaziabad by the names reports give it; each answered no place or a namesake far away before (Thall read At Tall in
Syria, bare Thal read Tiel in the Netherlands, Hindon an English village). Each is found in a sentence written for
these tests and answered by `geomove geocode`. The rows' points are checked against their cited coordinates by
tests/test_cited_rows.py once merged (COMMON.md, session 20)."""

import pytest
from placing import best_answer, places_by_surface

# (sentence, surface, gazetteer id)
IN_TEXT = [
    ("Frontier Corps trucks rolled out of Thall toward Parachinar once the road reopened.", "Thall", "curated:thall"),
    ("A German panzer company moved from Rukla to Rudninkai for a week of live firing.", "Rudninkai",
     "curated:rudninkai-training-area"),
    ("Lithuanian engineers cleared two more firing lanes at Rūdninkai before the brigade arrived.", "Rūdninkai",
     "curated:rudninkai-training-area"),
    ("Rwandan troops drove the insurgents out of Muidumbe and pressed north toward Mueda.", "Muidumbe",
     "curated:muidumbe"),
    # (the full 'Hindon Air Force Station' in running text is dropped by the finder, as 'Car Nicobar Air Force
    # Station' is: a reading matter left in the note; geocode answers it, below)
    ("The air force moved two transport squadrons from Hindon to Srinagar overnight.", "Hindon", "airport:VIDX"),
    ("The paratroopers were flown out of Hindan before dawn.", "Hindan", "airport:VIDX"),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    # features.csv, en.wikipedia 'Thall'; before: At Tall (SY) by its alternate name 'al-Tell'
    ("Thall", "curated:thall"), ("Thal, Hangu", "curated:thall"),
    # the article's other spelling; before: Tiel (NL) by its alternate name 'Til'
    ("Thal", "curated:thall"),
    # features.csv, en.wikipedia 'Rūdninkai Training Area'; before: no place
    ("Rūdninkai", "curated:rudninkai-training-area"), ("Rudninkai", "curated:rudninkai-training-area"),
    ("Rudninkai training area", "curated:rudninkai-training-area"),
    # features.csv, en.wikipedia 'Muidumbe District'; before: no place
    ("Muidumbe", "curated:muidumbe"), ("Muidumbe district", "curated:muidumbe"),
    # aliases.csv -> airportsdata VIDX (en.wikipedia 'Hindan Air Force Station'); before: no place,
    # and bare 'Hindon' read the Wiltshire village
    ("Hindon Air Force Station", "airport:VIDX"), ("Hindan Air Force Station", "airport:VIDX"),
    ("Air Force Station Hindan", "airport:VIDX"), ("Hindon AFS", "airport:VIDX"),
    ("Hindan", "airport:VIDX"), ("Hindon", "airport:VIDX"),
])
def test_geocode_answers(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Rukla", "curated:rukla"),              # the Lithuanian garrison keeps its own row
    ("Mueda", "geonames:1036263"),           # Muidumbe's neighbour keeps its town
    ("Tiel", "geonames:2746331"),            # the Dutch town keeps its own name
    ("At Tall", "geonames:172349"),          # and the Syrian one
    ("al-Tell", "geonames:172349"),
    ("Hindon Airport", "airport:VIDX"),
])
def test_namesakes_keep_their_place(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid
