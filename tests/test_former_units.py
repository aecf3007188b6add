"""Former first-level units that event sheets and older reports still name (issue 11, areas7):
Natal, the Transvaal, FATA, Maguindanao, Orissa, Kordofan, South Africa's homelands ... Each
reads as its own area (a row of gazetteer/areas.csv computed by geomove/gazetteer/area_sources),
not as the whole country 400-1000 km away. The sentences and descriptions are made up for the
test; the units are real."""

import shapely
import pytest

from geomove.distance import haversine_km
from geomove.gazetteer import area_sources
from geomove.locate import locate
from geomove.mentions import places

PRETORIA = (-25.745, 28.188)
PIETERMARITZBURG = (-29.617, 30.393)
PARACHINAR = (33.90, 70.10)  # in the former Kurram agency
ISLAMABAD = (33.69, 73.06)


def _area(found, surface):
    hit = [m for m in found if m["surface"] == surface]
    assert hit, (surface, [m["surface"] for m in found])
    return hit[0]


@pytest.mark.parametrize("text, surface, name", [
    ("Gunmen burned a village in Natal province before dawn.", "Natal", "Natal Province"),
    ("Troops were sent to the Transvaal after the strike.", "Transvaal", "Transvaal"),
    ("Militants fled from the Federally Administered Tribal Areas into Afghanistan.",
     "Federally Administered Tribal Areas", "Federally Administered Tribal Areas"),
    ("The army shelled positions in Maguindanao province on Monday.", "Maguindanao", "Maguindanao"),
    ("Maoist rebels attacked a police post in Orissa.", "Orissa", "Orissa"),
    ("Herders moved their cattle south across Kordofan.", "Kordofan", "Kordofan"),
    ("Police of the Transkei homeland crossed into the Ciskei.", "Ciskei", "Ciskei"),
    ("Mercenaries entered Shaba province from Angola.", "Shaba", "Katanga"),
    ("The rebels held much of Kivu by the end of the year.", "Kivu", "Kivu"),
    ("The Orange Free State police made no arrests.", "Orange Free State", "Orange Free State"),
])
def test_a_former_unit_reads_as_its_area(gazetteer, text, surface, name):
    m = _area(places(text, gazetteer=gazetteer), surface)
    assert m["name"] == name and m["gazetteer_id"].startswith("geomove-area:"), m
    assert m["kind"] == "region"


def test_an_acronym_the_text_defines_reads_as_the_former_unit(gazetteer):
    # a bare all-caps word is no place to the scanner (ISIS, NATO); defined, "FATA" is the area
    found = places("The Federally Administered Tribal Areas (FATA) were merged that year. "
                   "Drones struck a compound in FATA on Sunday.", gazetteer=gazetteer)
    fata = [m for m in found if m["surface"] == "FATA"]
    assert fata and all(m["name"] == "Federally Administered Tribal Areas" for m in fata)


def test_the_brazilian_city_keeps_the_bare_name_natal(gazetteer):
    m = _area(places("Clashes erupted in Natal, Brazil.", gazetteer=gazetteer), "Natal")
    assert m["country"] == "BR" and not m["gazetteer_id"].startswith("geomove-area:")


@pytest.mark.parametrize("admin1, country, near, far", [
    ("Natal province", "South Africa", PIETERMARITZBURG, PRETORIA),
    ("Transvaal province", "South Africa", PRETORIA, PIETERMARITZBURG),
    ("Federally Administered Tribal Areas", "Pakistan", PARACHINAR, ISLAMABAD),
])
def test_a_sheets_former_province_answers_the_province_not_the_country(gazetteer, admin1, country, near, far):
    # a made-up hamlet the index cannot know: the sheet's first-level unit is the answer
    got = locate("near the hamlet of Zorbakwe", admin1=admin1, country=country, gazetteer=gazetteer)
    assert got is not None and got["name"] in (admin1, admin1.replace(" province", " Province"),
                                               admin1.replace(" province", "")), got
    assert haversine_km(got["lat"], got["lon"], *near) < haversine_km(got["lat"], got["lon"], *far), got
    assert haversine_km(got["lat"], got["lon"], *near) < 200, got


def test_fata_is_the_face_natural_earth_still_draws(computed):
    from geomove.gazetteer.area_sources.rule import area_km2

    iso2, coords, today, _, _ = area_sources.FORMER_BY_POINT["Federally Administered Tribal Areas"]
    lat, lon = area_sources.parse_dms(coords)
    face = area_sources.former_at(iso2, lat, lon, today, "FATA")
    # 27,220 km² in en.wikipedia 'Federally Administered Tribal Areas' (read from a copy)
    assert abs(area_km2(face) - 27_220) < 0.05 * 27_220
    assert face.contains(shapely.Point(PARACHINAR[1], PARACHINAR[0]))
    nwfp = area_sources.former_by_seat("PK", "Peshawar", "Khyber Pakhtunkhwa")[0]
    assert face.intersection(nwfp).area < 0.01 * face.area  # two units, not one
    # a point in Punjab is refused: its face holds another of today's units
    with pytest.raises(area_sources.NotComputable, match="also holds"):
        area_sources.former_at("PK", 31.55, 74.34, "Khyber Pakhtunkhwa", "Lahore")


def test_a_union_takes_a_face_that_holds_several_successors(computed):
    # Natural Earth draws South and West Kordofan as one face: Kordofan is still computable,
    # but South Kordofan alone is refused rather than given West Kordofan's land
    union = area_sources.union_of_faces("SD", ("North Kordofan", "South Kordofan", "West Kordofan"))
    assert union.contains(shapely.Point(30.22, 13.18))  # El Obeid, the old capital
    with pytest.raises(area_sources.NotComputable, match="also holds"):
        area_sources.union_of_faces("SD", ("South Kordofan",))


@pytest.mark.parametrize("name", sorted(area_sources.FORMER_AT_SEAT))
def test_a_unit_placed_at_its_capital_is_covered_by_its_radius(computed, name):
    iso2, seat, units, _, _ = area_sources.FORMER_AT_SEAT[name]
    p = computed[name]
    union = area_sources.union_of_faces(iso2, units)
    assert union.contains(shapely.Point(p.lon, p.lat)), name  # the capital lies in the units it went into
    for x, y in shapely.get_coordinates(union.boundary)[::25]:
        assert haversine_km(p.lat, p.lon, y, x) <= p.radius_km, name


def test_a_wide_region_of_one_country_keeps_its_country(gazetteer):
    # the Transvaal (radius 560 km) and Orissa (440 km) are computed from one country's units:
    # they lie in it however wide; the Sahel, as wide, spans several countries and has none
    found = places("Troops moved from the Transvaal to Orissa, then crossed the Sahel.", gazetteer=gazetteer)
    assert _area(found, "Transvaal")["country"] == "ZA"
    assert _area(found, "Orissa")["country"] == "IN"
    assert _area(found, "Sahel")["country"] is None
