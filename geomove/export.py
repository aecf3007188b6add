"""Write movements as files GIS tools open: GeoJSON (RFC 7946), GeoPackage, KML and CSV.

``export(features, fmt, path)`` leaves out movements whose status is not "reported" (a denial
or a plan is not a movement) unless ``include_all=True``. Text formats come back as a string
when ``path`` is None. Files are written to a temporary name and renamed, so a crash never
leaves half a file where the last good one was.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from .errors import UsageError
from .io.output import write_atomic
from .model import MOVEMENT_FIELDS, PLACE_FIELDS, is_reported

FORMATS = ("geojson", "gpkg", "kml", "csv")
SUFFIXES = {"geojson": ".geojson", "gpkg": ".gpkg", "kml": ".kml", "csv": ".csv"}
KML_NS = "http://www.opengis.net/kml/2.2"

# ACLED codes time_precision 1 day, 2 week, 3 month (anything coarser is 3 too);
# geo_precision 1 the named place, 2 near it, 3 only a region or larger area.
TIME_PRECISION_CODES = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION_CODES = {"exact": 1, "near": 2, "region": 3, "country": 3}

ACLED_COLUMNS = ("event_date", "time_precision", "geo_precision", "actor1", "location", "latitude",
                 "longitude", "source", "notes")
PLACE_COLUMN_FIELDS = PLACE_FIELDS
CSV_COLUMNS = (
    *ACLED_COLUMNS,
    "id", "start", "end", "time_precision_name", "date_text", "published", "url", "quote",
    "count", "counts", "mode", "confidence", "status", "sources",
    *(f"origin_{f}" for f in PLACE_FIELDS), "origin_extra",
    "via",
    *(f"destination_{f}" for f in PLACE_FIELDS), "destination_extra",
    "extra",
)
# Properties that travel in their own columns; anything else rides in "extra" (JSON).
_OWN_COLUMN = set(MOVEMENT_FIELDS) | {"sources"}


def utc_iso(moment: datetime) -> str:
    """A datetime as ISO 8601 UTC with Z (naive datetimes are taken to be UTC already)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    text = moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds")
    return text + "Z"


def _when(value: Any) -> Any:
    if isinstance(value, datetime):
        return utc_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and ("T" in value or " " in value):
        try:
            return utc_iso(datetime.fromisoformat(value.strip()))
        except ValueError:
            return value
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return _when(value)
    if hasattr(value, "item"):  # numpy scalars from a DataFrame
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _round_place(place: dict | None) -> dict | None:
    if not place:
        return place
    place = dict(place)
    for key in ("lat", "lon"):
        if isinstance(place.get(key), (int, float)) and not isinstance(place.get(key), bool):
            place[key] = round(float(place[key]), 7)
    return place


def prepare(feature: dict) -> dict:
    """A feature as RFC 7946 wants it: lon/lat rounded to 7 decimals, ISO 8601 UTC times."""
    props = dict(feature.get("properties") or {})
    for key in ("start", "end", "published"):
        props[key] = _when(props.get(key))
    props["origin"] = _round_place(props.get("origin"))
    props["destination"] = _round_place(props.get("destination"))
    props["via"] = [_round_place(p) for p in props.get("via") or []]
    geometry = feature.get("geometry")
    if geometry and geometry.get("type") == "LineString":
        geometry = {"type": "LineString",
                    "coordinates": [[round(float(x), 7), round(float(y), 7)]
                                    for x, y, *_ in geometry["coordinates"]]}
    return {"type": "Feature", "geometry": geometry, "properties": props}


def select(features: Iterable[dict], include_all: bool = False) -> list[dict]:
    return [prepare(f) for f in features if include_all or is_reported(f)]


# ---------------------------------------------------------------- GeoJSON

def to_geojson(features: list[dict]) -> str:
    """A FeatureCollection, one feature per line (diff- and grep-friendly), no ``crs`` member."""
    lines = [json.dumps(f, ensure_ascii=False, default=_json_default) for f in features]
    body = ",\n".join(lines)
    return '{"type": "FeatureCollection", "features": [\n' + body + ("\n" if lines else "") + "]}\n"


# ---------------------------------------------------------------- flat rows (CSV, GeoPackage, pandas)

def _location(props: dict) -> dict:
    for key in ("destination", "origin"):
        place = props.get(key)
        if place and place.get("lat") is not None:
            return place
    return props.get("destination") or props.get("origin") or {}


def _json_cell(value: Any) -> str | None:
    if value in (None, [], {}):
        return None
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def flatten(feature: dict) -> dict:
    """One feature → one flat row with the CSV_COLUMNS (nested lists/extras as JSON text)."""
    props = feature.get("properties") or {}
    where = _location(props)
    start = props.get("start")
    event_date = (start or props.get("published") or "")[:10] or None
    row: dict[str, Any] = {
        "event_date": event_date,
        "time_precision": TIME_PRECISION_CODES.get(props.get("time_precision")),
        "geo_precision": GEO_PRECISION_CODES.get(where.get("precision")),
        "actor1": props.get("actor"),
        "location": where.get("name") or where.get("surface"),
        "latitude": where.get("lat"),
        "longitude": where.get("lon"),
        "source": props.get("source"),
        "notes": props.get("what"),
        "id": props.get("id"),
        "start": start,
        "end": props.get("end"),
        "time_precision_name": props.get("time_precision"),
        "date_text": props.get("date_text"),
        "published": props.get("published"),
        "url": props.get("url"),
        "quote": props.get("quote"),
        "count": props.get("count"),
        "counts": _json_cell(props.get("counts")),
        "mode": props.get("mode"),
        "confidence": props.get("confidence"),
        "status": props.get("status"),
        "sources": _json_cell(props.get("sources")),
        "via": _json_cell(props.get("via")),
        "extra": _json_cell({k: v for k, v in props.items() if k not in _OWN_COLUMN}),
    }
    for role in ("origin", "destination"):
        place = props.get(role) or {}
        for field in PLACE_FIELDS:
            row[f"{role}_{field}"] = place.get(field)
        row[f"{role}_extra"] = _json_cell({k: v for k, v in place.items() if k not in PLACE_FIELDS})
    return row


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: a leading ``'`` before a formula trigger.

    Text that already starts with quotes before a trigger ("'=x") gets one more, so that
    :func:`unguard_cell` gives back exactly what was written, whatever it was.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


def unguard_cell(text: str) -> str:
    """The inverse of :func:`guard_cell`, for reading our own CSV back."""
    if text.startswith("'") and text[1:].lstrip("'").startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def to_csv(features: Iterable[dict]) -> str:
    out = io.StringIO(newline="")
    write_csv(features, out)
    return out.getvalue()


def write_csv(features: Iterable[dict], out) -> int:
    """CSV rows to a text stream, one feature at a time; text cells guarded against formulas.

    Numbers stay numbers ("-33.5" is a latitude, not a formula); every text cell (names,
    actors, quotes, JSON cells) goes through :func:`guard_cell`.
    """
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for feature in features:
        writer.writerow({k: _csv_text(v) for k, v in flatten(feature).items()})
        count += 1
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return guard_cell(value)
    return _csv_cell(value)


def _csv_cell(value: Any) -> str:
    if isinstance(value, float):
        return repr(value)  # shortest text that reads back as the same float
    return str(value)


# ---------------------------------------------------------------- KML

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: Any) -> str:
    return _XML_BAD.sub("", str(value))


def _sub(parent: ET.Element, tag: str, text: Any = None) -> ET.Element:
    node = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
    if text is not None:
        node.text = _xml_text(text)
    return node


def to_kml(features: list[dict]) -> str:
    """KML 2.2 for Google Earth: one Placemark per movement with <TimeSpan>, and the places."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = _sub(root, "Document")
    _sub(doc, "name", "geomove movements")
    movements = _sub(doc, "Folder")
    _sub(movements, "name", "Movements")
    for feature in features:
        props = feature["properties"]
        mark = _sub(movements, "Placemark", None)
        if props.get("id"):
            mark.set("id", _xml_text(props["id"]))
        _sub(mark, "name", " — ".join(str(x) for x in (props.get("actor"), props.get("what")) if x)
             or props.get("id") or "movement")
        description = props.get("quote") or props.get("what")
        if description:
            # Google Earth renders a description as HTML after the XML is read: escape it
            # once more so markup planted in a report shows as text.
            _sub(mark, "description", html.escape(str(description), quote=False))
        if props.get("start") or props.get("end"):
            span = _sub(mark, "TimeSpan")
            _sub(span, "begin", props.get("start") or props.get("end"))
            _sub(span, "end", props.get("end") or props.get("start"))
        data = _sub(mark, "ExtendedData")
        for key, value in flatten(feature).items():
            if value is None or key in ACLED_COLUMNS[:3]:
                continue
            node = _sub(data, "Data")
            node.set("name", key)
            _sub(node, "value", _csv_cell(value))
        geometry = feature.get("geometry")
        if geometry:
            line = _sub(mark, "LineString")
            _sub(line, "tessellate", "1")
            _sub(line, "coordinates", " ".join(f"{x!r},{y!r}" for x, y in geometry["coordinates"]))
    places = _sub(doc, "Folder")
    _sub(places, "name", "Places")
    for place in _places(features):
        mark = _sub(places, "Placemark")
        _sub(mark, "name", place["name"] or place["surface"] or "place")
        data = _sub(mark, "ExtendedData")
        for key in ("kind", "country", "precision", "gazetteer_id", "movements"):
            if place.get(key) is not None:
                node = _sub(data, "Data")
                node.set("name", key)
                _sub(node, "value", place[key])
        point = _sub(mark, "Point")
        _sub(point, "coordinates", f"{place['lon']!r},{place['lat']!r}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _places(features: list[dict]) -> list[dict]:
    """Every place with coordinates, once, with the ids of the movements through it."""
    seen: dict[tuple, dict] = {}
    for feature in features:
        props = feature["properties"]
        route = [("origin", props.get("origin"))] + [("via", p) for p in props.get("via") or []]
        route.append(("destination", props.get("destination")))
        for role, place in route:
            if not place or place.get("lat") is None or place.get("lon") is None:
                continue
            key = (place.get("gazetteer_id") or place.get("name") or place.get("surface"),
                   place["lat"], place["lon"])
            row = seen.get(key)
            if row is None:
                row = seen[key] = {f: place.get(f) for f in PLACE_FIELDS}
                row["roles"], row["ids"] = [], []
            if role not in row["roles"]:
                row["roles"].append(role)
            if props.get("id") and props["id"] not in row["ids"]:
                row["ids"].append(props["id"])
    for row in seen.values():
        row["movements"] = " ".join(row.pop("ids"))
        row["roles"] = " ".join(row["roles"])
    return list(seen.values())


# ---------------------------------------------------------------- GeoPackage

def to_geodataframe(features: list[dict]):
    """A GeoDataFrame (EPSG:4326) with one flat row per movement, as in the CSV."""
    import geopandas as gpd
    from shapely.geometry import shape

    rows = [flatten(f) for f in features]
    geoms = [shape(f["geometry"]) if f.get("geometry") else None for f in features]
    return gpd.GeoDataFrame(rows, columns=list(CSV_COLUMNS), geometry=geoms, crs="EPSG:4326")


def write_gpkg(features: list[dict], path: Path) -> None:
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import Point

    import pandas as pd

    movements = to_geodataframe(features)
    # QGIS's Temporal Controller wants date-time fields: start/end are typed (UTC) here, and
    # start_iso/end_iso keep the exact text ("2024-06", a date) for the way back.
    for key in ("start", "end"):
        movements.insert(movements.columns.get_loc(key) + 1, f"{key}_iso", movements[key])
        movements[key] = pd.to_datetime(movements[key], utc=True, format="ISO8601", errors="coerce")
    # Numbers stay numbers; everything else is text so that empty columns get a type.
    for column in movements.columns:
        if column in ("geometry", "start", "end"):
            continue
        if column in ("time_precision", "geo_precision"):
            movements[column] = movements[column].astype("Int64")
        elif column in ("latitude", "longitude", "count", "confidence", "origin_lat", "origin_lon",
                        "destination_lat", "destination_lon", "origin_uncertainty_km",
                        "destination_uncertainty_km"):
            movements[column] = movements[column].astype("float64")
        else:
            movements[column] = movements[column].astype("object").where(movements[column].notna(), None)
    places = _places(features)
    place_frame = gpd.GeoDataFrame(
        places, columns=[*PLACE_FIELDS, "roles", "movements"],
        geometry=[Point(p["lon"], p["lat"]) for p in places], crs="EPSG:4326")
    pyogrio.write_dataframe(movements, path, layer="movements", driver="GPKG",
                            geometry_type="LineString", promote_to_multi=False)
    pyogrio.write_dataframe(place_frame, path, layer="places", driver="GPKG", geometry_type="Point",
                            append=False)


# ---------------------------------------------------------------- entry point

def export(features: Iterable[dict], fmt: str, path: str | Path | None = None, *,
           include_all: bool = False) -> str | None:
    """Write ``features`` as ``fmt`` to ``path``; with no path, return the text (not for gpkg)."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    chosen = select(features, include_all)
    if fmt == "gpkg":
        if path is None:
            raise UsageError("the gpkg format needs an output file (-o PATH)")
        _atomic(Path(path), lambda tmp: write_gpkg(chosen, tmp))
        return None
    text = {"geojson": to_geojson, "kml": to_kml, "csv": to_csv}[fmt](chosen)
    if path is None:
        return text
    # utf-8-sig for CSV: spreadsheets then read Arabic and accented names correctly.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    _atomic(Path(path), lambda tmp: tmp.write_text(text, encoding=encoding, newline=""))
    return None


def _atomic(path: Path, write) -> None:
    """Every export goes through the one output boundary: temp file, rename, OutputError."""
    write_atomic(path, write)
