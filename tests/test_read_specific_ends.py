"""The reader's place-side slips: an origin told as a whole country while the report names the
site the force was seen off at, and a geographic feature read as an actor. Sentences of our own."""

import pytest

from geomove.movements import extract


def _one(text):
    found = extract(text)
    assert found, text
    return found[0]["properties"]


SEEN_OFF = [
    ("NAIROBI, Kenya, March 3 – The 300 police officers left the country on Monday for Port Moresby. "
     "Interior Minister John Doe saw the officers off at Nairobi Wilson Airport.", "KE"),
    ("ABUJA, Nigeria – Nigerian troops left the country on Friday for Bamako. "
     "The defence chief flagged off the contingent at Kaduna Airport.", "NG"),
    ("KAMPALA, Uganda – A battalion of 600 soldiers left the country for Mogadishu on Tuesday. "
     "The army chief saw them off at Entebbe International Airport, where families gathered.", "UG"),
]


@pytest.mark.parametrize("text,cc", SEEN_OFF)
def test_origin_is_the_site_the_force_was_seen_off_at(gazetteer, text, cc):
    p = _one(text)
    assert p["origin"]["kind"] in ("airfield", "base") and p["origin"]["country"] == cc
    assert p["origin"]["refines"]  # the country it refines stays told
    assert " off " in p["quote"] and p["origin"]["name"].split()[0] in p["quote"]  # its sentence joins the quote


def test_no_farewell_no_refinement(gazetteer):
    p = _one("NAIROBI, Kenya – The 300 police officers left the country on Monday for Port Moresby. "
             "Relatives gathered at Nairobi Wilson Airport.")
    assert p["origin"]["kind"] == "country"


def test_a_site_in_another_country_is_not_where_it_left(gazetteer):
    p = _one("KAMPALA, Uganda – A battalion of 600 soldiers left the country for Mogadishu on Tuesday. "
             "Officials will see the soldiers off at Nairobi Wilson Airport next month.")
    assert p["origin"]["country"] == "UG" and p["origin"]["kind"] == "country"


def test_why_says_the_origin_was_refined(gazetteer):
    from geomove.read.assemble import extract as read
    why = []
    read(SEEN_OFF[0][0], gazetteer=gazetteer, why=why)
    assert any("seen off at" in w for w in why)


@pytest.mark.parametrize("text", [
    "Lake Chad reported troops moving from Baga to Monguno on Monday.",
    "The Red Sea saw two warships sail from Port Sudan to Jeddah.",
])
def test_a_geographic_feature_is_no_actor(gazetteer, text):
    for f in extract(text):
        actor = f["properties"]["actor"] or ""
        assert "Lake" not in actor and "Sea" not in actor


@pytest.mark.parametrize("text,cc", [
    ("The first 200 officers arrived in Haiti at Toussaint Louverture International Airport from Kenya.", "HT"),
    ("Two hundred soldiers landed in Somalia at Aden Adde International Airport on Monday.", "SO"),
])
def test_a_country_arrived_in_is_where_not_who(gazetteer, text, cc):
    p = _one(text)
    assert p["destination"] is not None and p["destination"]["country"] == cc
    assert p["actor"] is None or cc not in (p["actor"] or "")


@pytest.mark.parametrize("text,count", [
    ("Two hundred soldiers moved from Kursk to Belgorod on Monday.", 200),
    ("Three thousand troops moved from Kursk to Belgorod on Monday.", 3000),
    ("Several hundred soldiers moved from Kursk to Belgorod on Monday.", None),
    ("Two helicopters flew from Kursk to Belgorod on Monday.", 2),
])
def test_a_number_word_and_its_multiplier(gazetteer, text, count):
    assert _one(text)["count"] == count


@pytest.mark.parametrize("text,end,area", [
    ("Armenian troops withdrew through the Lachin corridor to Goris on Monday.", "via", "Lachin corridor"),
    ("Hezbollah fighters moved from the Bekaa valley to Qusayr on Monday.", "origin", "Bekaa Valley"),
])
def test_a_lower_case_area_word_widens_the_name_to_the_area(gazetteer, text, end, area):
    p = _one(text)
    place = p["via"][0] if end == "via" else p[end]
    assert place["name"] == area and place["kind"] == "region" and place["uncertainty_km"] >= 30


def test_destination_is_the_site_the_force_was_welcomed_at(gazetteer):
    p = _one("KAMPALA, Uganda – A battalion of 600 soldiers left the country for Somalia on Tuesday. "
             "Somali officials welcomed the soldiers at Aden Adde International Airport.")
    assert p["destination"]["kind"] == "airfield" and p["destination"]["country"] == "SO"
    assert p["destination"]["refines"] and p["origin"]["country"] == "UG"


def test_a_welcome_elsewhere_does_not_move_the_destination(gazetteer):
    p = _one("KAMPALA, Uganda – A battalion of 600 soldiers left the country for Somalia on Tuesday. "
             "Families welcomed the news at Entebbe International Airport.")
    assert p["destination"]["kind"] == "country" and p["destination"]["country"] == "SO"


@pytest.mark.parametrize("text,actor", [
    ("Ukraine reported troops moving from Kursk to Belgorod on Monday.", None),
    ("Sudan armed forces moved from Kosti to El Obeid on Monday.", "Sudan armed forces"),
    ("Kenya police officers flew from Nairobi to Juba on Monday.", "Kenya police"),
])
def test_a_verb_between_a_name_and_a_force_noun_ends_the_name(gazetteer, text, actor):
    assert _one(text)["actor"] == actor
