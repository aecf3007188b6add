"""s41 gaz67: places that reports name and the index did not know, or knew only as a namesake
far away. Each is a row of gazetteer/features.csv or areas.csv (or, for the Soviet Union, a
grouping computed by geomove/gazetteer/area_sources); SOURCES.md says where each point comes
from. Before these rows 'Nishtun', 'Cobanbey', 'Camp Butmir', 'Bariire', 'Mbau', 'Kamanyola',
'Leilek', 'Jebel Uweinat', 'Lake Titicaca', 'Jutland' and 'the Soviet Union' answered no place,
and a Malian 'Ber' the Greek town Véroia. The sentences were written for these tests.

A row without a cited point of its own sits at its anchor, a place of the index its note names
with the relation a source gives ('~45 km from al-Ghaydah'); its uncertainty covers that
relation, so the map shows the area the report allows and no more.
"""

import csv
from pathlib import Path

import pytest

from geomove.distance import haversine_km
from geomove.mentions import PLACE_ROLES, find_mentions
from geomove.movements import extract

DATA = Path(__file__).resolve().parent.parent / "gazetteer"


def _rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


# -- features.csv rows: a crossing, a base, a port, towns and a district

@pytest.mark.parametrize("text, surface, ident", [
    ("Turkish trucks loaded with flour crossed into Syria at Cobanbey on Monday.", "Cobanbey",
     "rai-cobanbey-crossing"),
    ("The Hungarian company returned to Camp Butmir after a month in the field.", "Camp Butmir", "camp-butmir"),
    ("Emirati and Saudi troops took over the port of Nishtun in al-Mahra.", "Nishtun", "nishtun-port"),
    ("Somali commandos drove al-Shabaab fighters out of Bariire in Lower Shabelle.", "Bariire", "bariire"),
    ("ADF rebels attacked Mbau, in Beni territory, during the night.", "Mbau", "mbau"),
    ("M23 fighters advanced on Kamanyola, on the road from Bukavu to Uvira.", "Kamanyola", "kamanyola"),
    ("Kyrgyz border guards reinforced their posts in Leilek after clashes with Tajik troops.", "Leilek",
     "leilek-district"),
    ("Jihadists stormed the Malian army camp at Ber, east of Timbuktu, on Sunday.", "Ber", "ber-mali"),
    ("Eritrean troops entered Tigray through Rama, north of Adwa.", "Rama", "rama-ethiopia"),
])
def test_a_feature_named_in_a_sentence_is_read_as_its_row(gazetteer, text, surface, ident):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["gazetteer_id"] == f"curated:{ident}", found[surface]


def test_an_anchored_row_sits_at_its_anchor_within_its_uncertainty(gazetteer):
    # the anchor of each row without a cited point is a place of the index, found at the
    # coordinates its note writes (so its point and its licence are the anchor's)
    rows = {r["id"]: r for r in _rows("features.csv")}
    for ident, name, anchor_name in [("nishtun-port", "Nishtun", "Al Ghaydah"), ("bariire", "Bariire", "Afgooye"),
                                     ("mbau", "Mbau", "Beni"), ("ber-mali", "Ber", "Timbuktu"),
                                     ("camp-butmir", "Camp Butmir", "Sarajevo International Airport")]:
        row = rows[ident]
        assert not row["lat"] and f"anchor: {anchor_name} (" in row["note"], ident
        (own,) = [c for c in gazetteer.candidates(name, limit=10) if c["gazetteer_id"] == f"curated:{ident}"]
        assert any(haversine_km(own["lat"], own["lon"], a["lat"], a["lon"]) < 0.1
                   for a in gazetteer.candidates(anchor_name, limit=10)), ident
        assert float(row["uncertainty_km"]) >= 2, ident


def test_the_crossing_is_at_al_rai_and_the_village_keeps_its_bare_name(gazetteer):
    row = {r["id"]: r for r in _rows("features.csv")}["rai-cobanbey-crossing"]
    # fr.wikipedia 'Al-Raï': 36° 36′ 47″ nord, 37° 26′ 57″ est
    assert haversine_km(float(row["lat"]), float(row["lon"]), 36 + 36 / 60 + 47 / 3600, 37 + 26 / 60 + 57 / 3600) < 0.1
    top = gazetteer.candidates("al-Rai", limit=1)[0]
    assert top["gazetteer_id"] != "curated:rai-cobanbey-crossing" and top["country"] == "SY"


# -- the near misses: namesakes keep their own readings

def test_a_bare_ber_outside_mali_stays_the_greek_town(gazetteer):
    # the Malian village's importance is below Véroia's: only a Malian text reads it
    assert gazetteer.candidates("Ber", limit=1)[0]["country"] == "GR"


def test_a_bare_butmir_is_read_in_sarajevo(gazetteer):
    # 'Butmir' is no alias of the camp, but the camp is the one place of the name the index holds
    # (the quarter of Ilidža it lies in has no row): its short form answers, in the right quarter
    top = gazetteer.candidates("Butmir", limit=1)[0]
    assert top["country"] == "BA" and haversine_km(top["lat"], top["lon"], 43.8246, 18.3315) < 1


@pytest.mark.parametrize("text, country", [
    ("Israeli police were deployed to Rama in the Galilee.", "IL"),
    ("Sandinista troops moved from Managua to Rama on the Escondido river.", "NI"),
])
def test_a_rama_of_another_country_stays_that_countrys_town(gazetteer, text, country):
    assert _found(text, gazetteer)["Rama"]["country"] == country


@pytest.mark.parametrize("text, country", [
    ("Armenian troops were moved from Martuni to the shore of Lake Sevan.", "AM"),
    ("Azerbaijani forces entered Martuni in Nagorno-Karabakh after the ceasefire.", "AZ"),
])
def test_martuni_is_the_town_of_the_texts_theatre(gazetteer, text, country):
    # GeoNames holds both: the Armenian town and the Karabakh one (Khojavend), no row needed
    assert _found(text, gazetteer)["Martuni"]["country"] == country


def test_the_libyan_awaynat_is_not_the_mountain(gazetteer):
    top = gazetteer.candidates("Al Awaynat", limit=1)[0]
    assert top["country"] == "LY" and top["kind"] != "region"


# -- areas.csv rows: a mountain on a tripoint, a lake, a peninsula, a former state

@pytest.mark.parametrize("text, surface, area", [
    ("Sudanese smugglers drove north past Jebel Uweinat toward the Libyan border.", "Jebel Uweinat",
     "Jebel Uweinat"),
    ("Egyptian border guards intercepted a convoy near Uweinat.", "Uweinat", "Jebel Uweinat"),
    ("Peruvian navy patrol boats crossed Lake Titicaca toward Puno.", "Lake Titicaca", "Lake Titicaca"),
    ("Danish tanks drove across Jutland to the port of Esbjerg.", "Jutland", "Jutland"),
    ("The division had been sent to the Soviet Union in 1944 and came back to Hungary a year later.",
     "Soviet Union", "Soviet Union"),
    ("Afghan families fled to the USSR before the withdrawal.", "USSR", "Soviet Union"),
    ("Soldiers of the three armies patrolled the Liptako-Gourma area on Tuesday.", "Liptako-Gourma area",
     "Liptako-Gourma"),
    ("A joint battalion was sent to Liptako-Gourma in March.", "Liptako-Gourma", "Liptako-Gourma"),
])
def test_an_area_named_in_a_sentence_is_read_as_its_row(gazetteer, text, surface, area):
    found = _found(text, gazetteer)
    assert surface in found, (surface, sorted(found))
    assert found[surface]["name"] == area, found[surface]


def test_the_soviet_union_is_its_successors_whole_not_their_home_parts(computed):
    # its members count whole: Asian Russia was Soviet land, so the centre lies in Siberia and the
    # radius reaches from the Baltic to the Pacific
    p = computed["Soviet Union"]
    assert 50 < p.lat < 62 and 70 < p.lon < 100
    vladivostok, tallinn = (43.12, 131.9), (59.44, 24.75)
    for lat, lon in (vladivostok, tallinn):
        assert haversine_km(p.lat, p.lon, lat, lon) < p.radius_km
    # a grouping of home parts (Eastern Europe) still leaves Siberia out
    assert computed["Eastern Europe"].lon < 45


def test_a_movement_into_the_soviet_union_is_placed_on_it(gazetteer):
    # a report of its own time (one that tells of it in a past year is background)
    text = "Cuba sent two battalions from Havana to the Soviet Union on Monday."
    moves = extract(text, gazetteer=gazetteer, published="1985-03-06")
    assert [m["properties"]["destination"]["name"] for m in moves] == ["Soviet Union"]
    assert moves[0]["properties"]["destination"]["uncertainty_km"] >= 5000


def test_liptako_gourma_is_the_three_border_point_with_the_zones_radius(computed):
    # the zone has no boundary of its own: its point is where Mali, Burkina Faso and Niger meet,
    # and its radius that of a disc of its 370,000 km², so it reaches Dori, Gao and Tillaberi
    p = computed["Liptako-Gourma"]
    assert 14.5 < p.lat < 15.3 and -0.2 < p.lon < 0.6
    assert p.radius_km == 350
    for town in ((14.035, -0.035), (16.27, -0.04), (14.21, 1.45)):  # Dori, Gao, Tillaberi
        assert haversine_km(p.lat, p.lon, *town) < p.radius_km


def test_three_countries_that_do_not_meet_are_refused(monkeypatch):
    from geomove.gazetteer.area_sources import NotComputable, groupings

    monkeypatch.setattr(groupings, "TRIPOINT_ZONES", {("BF", "ML", "SN"): ("Nowhere", (), 1000, "", "")})
    with pytest.raises(NotComputable):
        groupings.tripoint_points()
