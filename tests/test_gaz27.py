"""gaz27: an Iranian military complex, a Burmese border town, a Royal Navy base, an Ecuadorian border
village, a Nuba Mountains town, a Haitian settlement, an Indian Ocean island and a South Sudanese county that reports name and the
gazetteer lacked or read as a far namesake; each is found in a sentence written for these tests and
answered by `geomove geocode`. The namesakes keep their own place (Paraćin in Serbia, the Tasmanian
Devonport in an Australian text), and two places of the brief needed no row: Palma (Cabo Delgado) and
Bara (North Kordofan) are read in a sentence naming their region."""

import pytest
from placing import best_answer, places_by_surface


# (sentence, surface, gazetteer id)
IN_TEXT = [
    ("Satellite images showed new earthworks at Parchin after the blast.", "Parchin", "curated:parchin"),
    ("Burmese army trucks left Lashio for Muse on the road to Ruili.", "Muse", "curated:muse-myanmar"),
    ("The destroyer returned to Devonport in Plymouth after a long patrol.", "Devonport", "curated:hmnb-devonport"),
    ("The British frigate sailed from Devonport to join the task group.", "Devonport", "curated:hmnb-devonport"),
    ("Two submarines were towed into HMNB Devonport for repairs.", "HMNB Devonport", "curated:hmnb-devonport"),
    # 'General Farfán' is answered by geocode but not read in running text: the mention finder takes
    # 'General <Name>' for an officer (left alone; see the gaz27 note)
    ("Government aircraft bombed Kauda in the Nuba Mountains.", "Kauda", "curated:kauda"),
    ("Gangs attacked Canaan and Croix-des-Bouquets, north of Port-au-Prince, Haiti.", "Canaan",
     "curated:canaan-haiti"),
    ("Indian Air Force transports flew relief stores to Car Nicobar after the cyclone.", "Car Nicobar",
     "curated:car-nicobar"),
    ("New arrivals from Blue Nile were taken by truck from the border to the camps of Maban.", "Maban",
     "curated:maban-county"),
    ("Ugandan troops crossed into Congo at Bwera after the attack on the school.", "Bwera", "geonames:229006"),
    # needed no row: the curated Palma of Cabo Delgado (de.wikipedia) is read in a sentence naming the province
    ("Insurgents overran Palma in Cabo Delgado and the gas workers fled by boat.", "Palma",
     "curated:palma-mozambique"),
    # needed no row: GeoNames 377724 (Bārah, North Kordofan) is read in a sentence naming its state
    ("Paramilitary fighters entered Bara in North Kordofan at dawn.", "Bara", "geonames:377724"),
]


@pytest.mark.parametrize("text,surface,gid", IN_TEXT)
def test_found_in_text(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Parchin", "curated:parchin"), ("Parchin military complex", "curated:parchin"),
    ("Muse", "curated:muse-myanmar"), ("Mu Se", "curated:muse-myanmar"),
    ("HMNB Devonport", "curated:hmnb-devonport"), ("Devonport naval base", "curated:hmnb-devonport"),
    ("General Farfán", "curated:general-farfan"), ("General Farfan", "curated:general-farfan"),
    ("Kauda", "curated:kauda"), ("Canaan", "curated:canaan-haiti"), ("Car Nicobar", "curated:car-nicobar"),
    ("Bwera", "geonames:229006"), ("Maban", "curated:maban-county"), ("Maban County", "curated:maban-county"),
])
def test_geocode_answers(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


@pytest.mark.parametrize("name,gid", [
    ("Paraćin", "geonames:787215"),                       # the Serbian town that was read for 'Parchin'
    ("Mpondwe", "geonames:229006"),                       # the town whose council takes in Bwera
    ("Bhera", "geonames:1182665"),                        # the Pakistani town that was read for 'Bwera'
    ("Car Nicobar Air Force Station", "airport:VOCX"),    # the base on the island keeps its record
    ("Mauban", "geonames:1700179"),                       # the Philippine town that was read for 'Maban'
])
def test_namesakes_keep_their_place(gazetteer, name, gid):
    best = best_answer(gazetteer, name)
    assert best is not None and best["gazetteer_id"] == gid


def test_devonport_by_its_country(gazetteer):
    """The bare 'Devonport' is the naval base in a British text and the Tasmanian town in an Australian one."""
    north = places_by_surface("The British frigate sailed from Devonport to join the task group.", gazetteer)
    south = places_by_surface("Australian police in Devonport, Tasmania, arrested two men.", gazetteer)
    assert north["Devonport"]["gazetteer_id"] == "curated:hmnb-devonport"
    assert south["Devonport"]["gazetteer_id"] == "geonames:2168943"

