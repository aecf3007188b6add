"""s42 gaz70: places in genres and regions the places fixtures lacked (tests/fixtures/places37:
a Burkinabe aid bulletin, a Tajik border shooting, a Vanuatu cyclone, a Bihar poll roundup, a
Peruvian mining blockade, the Preševo valley, a Nigerian security roundup, a Bali Strait ferry,
an Alberta wildfire, a Somaliland drought, a Bicol typhoon, a Caucasus pipeline). Every sentence
here is written for these tests, with places of other theatres than the texts that showed the
construction.

- A way named after the places it joins, the names joined by hyphens before a way's head noun
  ("the Kati-Kolokani road", "the Baku-Tbilisi-Ceyhan pipeline"): each name is a place however
  little known, and the head noun is its support (mentions.hyphens._ROUTE_HEADS, acceptance's
  "an end of the road named after it"). Not a combining form or an everyday word ("the
  Trans-Sahara highway", "the East-West highway", whose words had read Cameroon's East and West
  regions), nor a person's double name.
- "the Bakori LGA": Nigeria's local government area written as its acronym after the name is a
  kind word (wordlists.KIND_AFTER "lga"); the capitals had made the name a word of an unknown
  longer name, and the place was dropped.
- A wide region wholly in one country has that country though its radius reaches others' land
  (areas._WIDE_REGIONS_OF_ONE_COUNTRY: Sumatra, Puntland, Anatolia ...); Borneo keeps none.
- "the Caspian" is the sea (an alias that needs "the": "Caspian states" is no sea).
- Rows the index lacked: the islands of Vanuatu (Efate, Tanna, Erromango, Malakula, Aneityum),
  Nusa Penida, the Bali Strait, Mayon, the ports of Merak, Bakauheni and Matarani; the Albanian
  name Bujanoc of Bujanovac. A road's end behind the movement's origin is no via
  (read.road_ends._passed; golden line gaz70-road-far-end-behind-origin).
"""

import pytest

from geomove.mentions import PLACE_ROLES, find_mentions


def _read(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


def _places(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


# -- a way named after the places it joins

@pytest.mark.parametrize("text,ends", [
    ("Gunmen stopped buses on the Kati-Kolokani road in Mali on Sunday.", {"Kati": "ML", "Kolokani": "ML"}),
    ("Floods cut the Kassala-Gedaref highway, Sudanese officials said.", {"Kassala": "SD", "Gedaref": "SD"}),
    ("The Baku-Tbilisi-Ceyhan pipeline was shut for repairs.", {"Baku": "AZ", "Tbilisi": "GE", "Ceyhan": "TR"}),
    ("Police reopened the Bukavu-Uvira road after the clashes.", {"Bukavu": "CD", "Uvira": "CD"}),
])
def test_ends_of_a_way_named_after_them_are_places(gazetteer, text, ends):
    read = _places(text, gazetteer)
    for name, cc in ends.items():
        assert name in read, (name, sorted(read))
        assert read[name]["country"] == cc, (name, read[name]["country"])
        assert "named after it" in read[name]["why"], read[name]["why"]


@pytest.mark.parametrize("text,not_places", [
    # everyday words joined by a hyphen: a way's direction, no two regions of Cameroon
    ("Traffic on the East-West highway stopped after a landslide near Bamenda.", {"East", "West"}),
    ("Lorries queued on the North-South corridor for three days.", {"North", "South"}),
    # a combining form: no place called Trans
    ("Smugglers use the Trans-Sahara highway north of Agadez.", {"Trans"}),
    ("Trucks were stuck on the Pan-American Highway south of Quito.", {"Pan"}),
    # a person's double name: no places however a way's noun follows
    ("Residents of the Lloyd-Jones road in Cardiff complained about the noise.", {"Lloyd", "Jones"}),
])
def test_words_of_a_way_s_name_that_are_no_places(gazetteer, text, not_places):
    read = _places(text, gazetteer)
    assert not not_places & set(read), sorted(read)


def test_a_way_joining_two_countries_keeps_them(gazetteer):
    read = _places("The Kenya-Uganda railway carried fuel to Kampala.", gazetteer)
    assert read["Kenya"]["country"] == "KE" and read["Uganda"]["country"] == "UG"


# -- a local government area written as its acronym

@pytest.mark.parametrize("text,name", [
    ("Troops were sent to the Bakori LGA of Katsina State on Tuesday.", "Bakori"),
    ("Bandits raided villages in Shiroro LGA, Niger State, residents said.", "Shiroro"),
])
def test_name_before_lga_is_a_place(gazetteer, text, name):
    read = _places(text, gazetteer)
    assert name in read, sorted(read)
    assert read[name]["country"] == "NG", read[name]
    assert read[name]["kind"] == "admin2", read[name]["kind"]


def test_lga_alone_is_no_place(gazetteer):
    # the New York airport's code, no unit: nothing is read
    read = _read("Flights from Boston to LGA were delayed by snow.", gazetteer)
    assert "LGA" not in read


# -- a wide region in one country

@pytest.mark.parametrize("text,name,cc", [
    ("Floods hit northern Sumatra on Friday.", "Sumatra", "ID"),
    ("Aid reached Puntland by sea.", "Puntland", "SO"),
    ("Wildfires spread across Anatolia this week.", "Anatolia", "TR"),
])
def test_wide_region_of_one_country_has_it(gazetteer, text, name, cc):
    read = _places(text, gazetteer)
    assert read[name]["country"] == cc, read[name]


def test_region_of_three_countries_has_none(gazetteer):
    read = _places("Smoke from fires on Borneo drifted north.", gazetteer)
    assert read["Borneo"]["country"] is None


# -- the Caspian

def test_the_caspian_is_the_sea(gazetteer):
    read = _places("Tankers crossed the Caspian to Aktau.", gazetteer)
    assert read["Caspian"]["name"] == "Caspian Sea"


def test_caspian_before_a_noun_is_no_sea(gazetteer):
    read = _places("Caspian states met in Ashgabat on Monday.", gazetteer)
    assert "Caspian" not in read and read["Ashgabat"]["country"] == "TM"


# -- rows the index lacked

@pytest.mark.parametrize("text,name,cc", [
    ("A patrol boat carried water to Erromango and Aneityum.", "Erromango", "VU"),
    ("A patrol boat carried water to Erromango and Aneityum.", "Aneityum", "VU"),
    ("Flights from Efate to Malekula resumed.", "Efate", "VU"),
    ("Flights from Efate to Malekula resumed.", "Malekula", "VU"),
    ("Divers left Sanur for Nusa Penida at dawn.", "Nusa Penida", "ID"),
    ("A tanker ran aground in the Bali Strait.", "Bali Strait", None),
    ("Ash fell on towns below the Mayon volcano.", "Mayon volcano", "PH"),
    ("Police were sent to Bujanoc, as Albanians call Bujanovac.", "Bujanoc", "RS"),
    ("Ferries on the Merak-Bakauheni crossing were halted by high waves.", "Merak", "ID"),
    ("Ferries on the Merak-Bakauheni crossing were halted by high waves.", "Bakauheni", "ID"),
    ("Copper concentrate is shipped from Matarani to China.", "Matarani", "PE"),
])
def test_rows_added_for_places37(gazetteer, text, name, cc):
    read = _places(text, gazetteer)
    assert name in read, sorted(read)
    assert read[name]["lat"] is not None and read[name]["country"] == cc, read[name]
