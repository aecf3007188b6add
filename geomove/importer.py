"""Read movements back from GeoJSON and CSV files, checking every row before anything is used.

``read_movements(path)`` returns validated, normalised MOVEMENT Features or raises one
:class:`~geomove.errors.InputError` whose message names the file and the row, so that
``MovementLog.import_file`` can refuse a bad file without writing a single row.
``validate_feature`` is the same check for features handed over in Python (``log.add``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .errors import CoordinateError, DateError, InputError, check_latlon
from .export import (
    ACLED_COLUMNS, CSV_COLUMNS, PLACE_COLUMN_FIELDS, TIME_PRECISION_CODES, unguard_cell, utc_iso,
)
from .model import (
    MOVEMENT_FIELDS, PRECISIONS, REVIEWS, STATUSES, TIME_PRECISIONS, make_movement, make_place,
    route_geometry,
)
from .timespan import parse_when  # (importer.parse_when: the name callers have used)

TEXT_FIELDS = ("actor", "what", "mode", "date_text", "source", "url", "quote")
PLACE_TEXT_FIELDS = ("name", "surface", "country", "admin1", "kind", "gazetteer_id", "source")


# ---------------------------------------------------------------- validation

def _number(value: Any, name: str, where: str, *, lo: float | None = None,
            hi: float | None = None) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"{name} {value!r} is not a number", source=where)
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"{name} {value!r} is not a finite number", source=where)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise InputError(f"{name} {value!r} is outside {lo:g}..{hi:g}", source=where)
    return value


_UNREADABLE = re.compile("[\x00\ud800-\udfff]")


def _text(value: Any, name: str, where: str) -> str | None:
    if value is None:
        return value
    if isinstance(value, str):
        bad = _UNREADABLE.search(value)
        if bad:
            what = "a NUL character" if bad.group() == "\x00" else "a lone surrogate"
            raise InputError(f"{name} holds {what}", source=where)
        return value
    raise InputError(f"{name} {_short(value)} is not text", source=where)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def validate_place(place: Any, role: str, where: str) -> dict | None:
    """A PLACE dict checked and completed (coordinates rounded to 7 decimals, ~1 cm)."""
    if place is None:
        return None
    if not isinstance(place, dict):
        raise InputError(f"{role} must be a place object, not {type(place).__name__}", source=where)
    place = make_place(**place)
    for key in PLACE_TEXT_FIELDS:
        place[key] = _text(place[key], f"{role} {key}", where)
    lat, lon = place["lat"], place["lon"]
    if (lat is None) != (lon is None):
        raise CoordinateError(f"{role} has only one of lat/lon", source=where)
    if lat is not None:
        for value in (lat, lon):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise CoordinateError(f"{role} coordinates {lat!r}, {lon!r} are not numbers", source=where)
        lat, lon = check_latlon(lat, lon, source=f"{where}: {role}")
        place["lat"], place["lon"] = round(lat, 7), round(lon, 7)
    if place["precision"] is not None and place["precision"] not in PRECISIONS:
        raise InputError(f"{role} precision {place['precision']!r} is not one of "
                         f"{', '.join(PRECISIONS)}", source=where)
    place["uncertainty_km"] = _number(place["uncertainty_km"], f"{role} uncertainty_km", where, lo=0,
                                      hi=40_000)
    return place


def _validate_geometry(geometry: Any, where: str) -> dict | None:
    if geometry is None:
        return None
    if not isinstance(geometry, dict) or "type" not in geometry:
        raise InputError("geometry is not a GeoJSON geometry object", source=where)
    if geometry["type"] != "LineString":
        raise InputError(f"geometry type {geometry['type']!r} is not a LineString "
                         "(a movement is a line from origin to destination)", source=where)
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) < 2:
        raise InputError("LineString needs at least two positions", source=where)
    clean = []
    for n, position in enumerate(coords, 1):
        if not isinstance(position, list) or len(position) < 2:
            raise CoordinateError(f"position {n} is not [lon, lat]", source=where)
        lon, lat = position[0], position[1]
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in (lon, lat)):
            raise CoordinateError(f"position {n} {position!r} is not numbers", source=where)
        lat, lon = check_latlon(lat, lon, source=f"{where}: position {n}")
        clean.append([round(lon, 7), round(lat, 7)])
    return {"type": "LineString", "coordinates": clean}


def _validate_sources(sources: Any, where: str) -> list[dict] | None:
    if sources is None:
        return None
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        raise InputError("sources must be a list of {source, url, published} objects", source=where)
    out = []
    for entry in sources:
        item = {key: _text(entry.get(key), f"sources {key}", where) for key in ("source", "url", "published")}
        if item["published"] is not None:
            item["published"] = parse_when(item["published"], where=where)[0]
        out.append(item)
    return out


def validate_feature(feature: Any, *, where: str) -> dict:
    """Check one MOVEMENT Feature and return it normalised; raise InputError naming ``where``."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise InputError("is not a GeoJSON Feature", source=where)
    props = feature.get("properties")
    if props is None:
        props = {}
    if not isinstance(props, dict):
        raise InputError("properties is not an object", source=where)
    geometry = _validate_geometry(feature.get("geometry"), where)
    props = dict(props)
    if props.get("id") is None and isinstance(feature.get("id"), str) and feature["id"]:
        props["id"] = feature["id"]  # RFC 7946 keeps a feature's identifier beside its properties
    for key in TEXT_FIELDS:
        props[key] = _text(props.get(key), key, where)
    if props.get("id") is not None and (not isinstance(props["id"], str) or not props["id"]):
        raise InputError(f"id {props['id']!r} is not a non-empty string", source=where)
    props["origin"] = validate_place(props.get("origin"), "origin", where)
    props["destination"] = validate_place(props.get("destination"), "destination", where)
    via = props.get("via") or []
    if not isinstance(via, list):
        raise InputError("via must be a list of places", source=where)
    props["via"] = [validate_place(p, f"via {n}", where) for n, p in enumerate(via, 1)]
    if geometry and not any(props[k] for k in ("origin", "destination")) and not props["via"]:
        # A line drawn by hand in a GIS with no named places: its ends are the route.
        (lon0, lat0), (lon1, lat1) = geometry["coordinates"][0], geometry["coordinates"][-1]
        props["origin"] = make_place(lat=lat0, lon=lon0)
        props["destination"] = make_place(lat=lat1, lon=lon1)
    props["count"] = _number(props.get("count"), "count", where, lo=0, hi=1e12)
    props["confidence"] = _number(props.get("confidence"), "confidence", where, lo=0, hi=1)
    counts = props.get("counts") or []
    if not isinstance(counts, list) or not all(isinstance(c, dict) for c in counts):
        raise InputError("counts must be a list of {value, unit} objects", source=where)
    for c in counts:
        _number(c.get("value"), "counts value", where)
    start = end = None
    for key in ("start", "end", "published"):
        if props.get(key) is not None:
            text, lo, hi = parse_when(props[key], where=f"{where}: {key}")
            props[key] = text
            if key == "start":
                start = lo
            elif key == "end":
                end = hi
    if start is not None and end is not None and end < start:
        raise DateError(f"end {props['end']} is before start {props['start']}", source=where)
    if props.get("time_precision") is not None and props["time_precision"] not in TIME_PRECISIONS:
        raise InputError(f"time_precision {props['time_precision']!r} is not one of "
                         f"{', '.join(TIME_PRECISIONS)}", source=where)
    status = props.get("status") or "reported"
    if status not in STATUSES:
        raise InputError(f"status {status!r} is not one of {', '.join(STATUSES)}", source=where)
    props["status"] = status
    props["sources"] = _validate_sources(props.get("sources"), where) or []
    if not props.get("id"):
        props["id"] = content_id(props)
    out = make_movement(**props)
    if geometry and geometry != route_geometry(out["properties"]):
        out["geometry"] = geometry  # a hand-drawn line is kept as drawn
    return out


def content_id(props: dict) -> str:
    """An id for a hand-coded row from everything in it: rows that differ in any field (a date,
    a count) stay distinct, and the same file imported twice gives the same ids."""
    basis = json.dumps({k: v for k, v in props.items() if k != "id"}, ensure_ascii=False,
                       sort_keys=True, default=str)
    return "mv-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- files

SQLITE_MAGIC = b"SQLite format 3\x00"


def movement_file_kind(head: bytes) -> str | None:
    """"gpkg", "kml", "geojson" or "csv" when the first bytes of a file look like a movement
    file geomove reads, else None (a report, a page, something else). By content, not name."""
    if head.startswith(SQLITE_MAGIC):
        return "gpkg"
    text = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("<?xml") or text.startswith("<kml"):
        return "kml" if "<kml" in text[:2000] else None
    if text.startswith("{") and re.match(r'\{\s*"(type|features|crs|name|bbox)"\s*:', text):
        return "geojson"
    first = text.split("\n", 1)[0].strip("\r")
    if first:
        columns = {c.strip().strip('"') for c in first.split(",")}
        if set(ACLED_COLUMNS) <= columns:
            return "csv"
    return None


def read_movements(path: str | Path) -> list[dict]:
    """Validated MOVEMENT Features from a GeoJSON, CSV, KML or GeoPackage file (ours or
    hand-coded); the kind is read from the content, the name only breaks ties."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory, not a movement file", source=str(path))
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}", source=str(path)) from err
    if not raw.strip():
        raise InputError("file is empty", source=str(path))
    kind = movement_file_kind(raw[:4096])
    if kind == "gpkg":
        return _read_gpkg(path)
    if raw.startswith(SQLITE_MAGIC[:6]):
        raise InputError("is an SQLite file but not a GeoPackage of movements", source=str(path))
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise InputError(f"line {line}: a NUL byte; this is a binary file, not GeoJSON, CSV, KML or "
                         "a GeoPackage", source=str(path))
    suffix = path.suffix.lower()
    text = _decode(raw, path, "row" if suffix == ".csv" or kind == "csv" else "line")
    if not text.strip():
        raise InputError("file is empty", source=str(path))
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise InputError(f"{'row' if kind == 'csv' else 'line'} {line}: holds a NUL character",
                         source=str(path))
    if kind == "kml" or (kind is None and suffix == ".kml"):
        return _read_kml(text, path)
    if kind == "geojson" or suffix in (".geojson", ".json") or (
            kind is None and suffix != ".csv" and text.lstrip().startswith(("{", "["))):
        return _read_geojson(text, path)
    if kind == "csv" or suffix in (".csv", ".txt", ".tsv", ""):
        return _read_csv(text, path)
    raise InputError(f"unknown file type {suffix!r} (expected GeoJSON, CSV, KML or GeoPackage)",
                     source=str(path))


def _read_gpkg(path: Path) -> list[dict]:
    """Our own GeoPackage export (its "movements" layer) back to features."""
    import pyogrio
    from pyogrio.errors import DataSourceError

    try:
        layers = [name for name, _ in pyogrio.list_layers(path)]
    except DataSourceError as err:
        raise InputError(f"cannot be read as a GeoPackage ({err})", source=str(path)) from err
    if "movements" not in layers:
        raise InputError(f"GeoPackage has no 'movements' layer (layers: {', '.join(layers) or 'none'})",
                         source=str(path))
    frame = pyogrio.read_dataframe(path, layer="movements")
    known = set(CSV_COLUMNS) | {"start_iso", "end_iso", "geometry"}
    unknown = [c for c in frame.columns if c not in known]
    if unknown:
        raise InputError(f"layer movements: unknown column {unknown[0]!r}", source=str(path))
    features = []
    for n, row in enumerate(frame.to_dict("records"), 1):
        where = f"{path}: feature {n}"
        row.pop("geometry", None)
        features.append(validate_feature(row_to_feature(row, where=where), where=where))
    return features


def _read_kml(text: str, path: Path) -> list[dict]:
    """Our own KML export back to features: each movement Placemark's ExtendedData holds the
    CSV columns. A DTD is refused outright, so no entity is ever expanded."""
    import xml.etree.ElementTree as ET

    if re.search(r"<!DOCTYPE|<!ENTITY", text[:65536], re.I):
        raise InputError("KML with a DOCTYPE or ENTITY declaration is refused (entity expansion)",
                         source=str(path))
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as err:
        raise InputError(f"line {err.position[0]}: not well-formed XML", source=str(path)) from err
    ns = "{http://www.opengis.net/kml/2.2}"
    features = []
    for n, mark in enumerate(root.iter(f"{ns}Placemark"), 1):
        data = {d.get("name"): (d.findtext(f"{ns}value") or "")
                for d in mark.iter(f"{ns}Data") if d.get("name")}
        if mark.find(f"{ns}LineString") is None and "status" not in data:
            continue  # a place marker of the Places folder
        where = f"{path}: placemark {n}"
        unknown = [k for k in data if k not in CSV_COLUMNS]
        if unknown:
            raise InputError(f"unknown data field {unknown[0]!r}", source=where)
        row = {k: v for k, v in data.items()}
        features.append(validate_feature(row_to_feature(row, where=where), where=where))
    if not features:
        raise InputError("holds no geomove movement placemarks (ExtendedData with the CSV columns)",
                         source=str(path))
    return features


def _decode(raw: bytes, path: Path, unit: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError("is not valid UTF-16 text", source=str(path)) from err
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise InputError(
            f"{unit} {line}: not UTF-8 text (byte 0x{raw[err.start]:02x}); re-save the file as UTF-8",
            source=str(path)) from err


def _read_geojson(text: str, path: Path) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"line {err.lineno} column {err.colno}: invalid JSON: {err.msg}",
                         source=str(path)) from err
    except RecursionError as err:
        raise InputError("JSON nested too deeply", source=str(path)) from err
    except ValueError as err:  # an integer of more than 4,300 digits
        raise InputError(f"invalid JSON: {err}", source=str(path)) from err
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError("is not a GeoJSON FeatureCollection", source=str(path))
    crs = data.get("crs")
    crs = crs.get("properties") if isinstance(crs, dict) else crs
    crs = crs.get("name") if isinstance(crs, dict) else crs
    if crs is not None and not isinstance(crs, str):
        raise InputError("crs member is not a named CRS object", source=str(path))
    crs = (crs or "").upper()
    if crs and not crs.endswith(("CRS84", "4326")):
        raise InputError(f"coordinates are in {crs}; geomove reads WGS 84 lon/lat (RFC 7946) only",
                         source=str(path))
    features = data.get("features")
    if not isinstance(features, list):
        raise InputError("FeatureCollection has no features list", source=str(path))
    return [validate_feature(f, where=f"{path}: feature {n}") for n, f in enumerate(features, 1)]


def _read_csv(text: str, path: Path) -> list[dict]:
    # Quotes and JSON cells can outgrow the csv module's 128 KiB default.
    csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows)
    except (StopIteration, csv.Error) as err:
        raise InputError(f"row 1: cannot read the CSV header: {err}", source=str(path)) from err
    header = [h.strip() for h in header]
    known = set(CSV_COLUMNS)
    unknown = [h for h in header if h not in known]
    if unknown and len(unknown) == len(header):
        raise InputError("is not a movement file (GeoJSON, KML, GeoPackage or a CSV with the export's "
                         "columns); a report is recorded with `geomove add`", source=str(path))
    if unknown:
        raise InputError(f"row 1: unknown column {unknown[0]!r} (known columns: {', '.join(CSV_COLUMNS)})",
                         source=str(path))
    duplicate = next((h for h in header if header.count(h) > 1), None)
    if duplicate:
        raise InputError(f"row 1: column {duplicate!r} appears twice", source=str(path))
    missing = [c for c in ACLED_COLUMNS if c not in header]
    if missing:
        raise InputError(f"row 1: missing column {missing[0]!r} (required: {', '.join(ACLED_COLUMNS)})",
                         source=str(path))
    features = []
    row_no = 1  # rows as a spreadsheet numbers them: the header is row 1
    try:
        for cells in rows:
            row_no += 1
            if not any(c.strip() for c in cells):
                continue
            where = f"{path}: row {row_no}"
            if len(cells) != len(header):
                raise InputError(f"has {len(cells)} cells, the header has {len(header)}", source=where)
            # text cells written as "'=..." by our export (formula guard) read back as "=..."
            row = dict(zip(header, (unguard_cell(c) for c in cells)))
            features.append(validate_feature(row_to_feature(row, where=where), where=where))
    except csv.Error as err:
        raise InputError(f"row {row_no + 1}: malformed CSV: {err}", source=str(path)) from err
    return features


# ---------------------------------------------------------------- flat rows → features

def _cell_number(value: Any, name: str, where: str) -> int | float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return int(text) if re.fullmatch(r"[+-]?\d+", text) else float(text)
    except ValueError as err:
        raise InputError(f"{name} {text!r} is not a number", source=where) from err


def _cell_text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime):
        return utc_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if text != "" else None


def _cell_json(value: Any, name: str, where: str) -> Any:
    if isinstance(value, (list, dict)):
        return value
    text = _cell_text(value)
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"column {name} is not valid JSON: {err.msg}", source=where) from err
    except (ValueError, RecursionError) as err:  # a 5,000-digit integer; nesting too deep
        raise InputError(f"column {name} is not usable JSON ({str(err)[:60]})", source=where) from err


def _row_place(row: dict, prefix: str, where: str) -> dict | None:
    columns = {field: f"{prefix}_{field}" for field in PLACE_COLUMN_FIELDS}
    if not any(c in row for c in columns.values()):
        return None
    place = {}
    for field, column in columns.items():
        value = row.get(column)
        if field in ("lat", "lon", "uncertainty_km"):
            place[field] = _cell_number(value, column, where)
        else:
            place[field] = _cell_text(value)
    extra = _cell_json(row.get(f"{prefix}_extra"), f"{prefix}_extra", where)
    if extra is not None and not isinstance(extra, dict):
        raise InputError(f"column {prefix}_extra must hold a JSON object", source=where)
    if all(v is None for v in place.values()) and not extra:
        return None
    return make_place(**place, **(extra or {}))


def row_to_feature(row: dict, *, where: str) -> dict:
    """One flat row (CSV, GeoPackage, GeoDataFrame; see export.CSV_COLUMNS) → a Feature dict."""
    props: dict[str, Any] = {}
    for key in ("id", "mode", "date_text", "published", "url", "quote", "status", "start", "end"):
        props[key] = _cell_text(row.get(key))
    for key in ("start", "end"):  # a GeoPackage export types start/end and keeps the text here
        if f"{key}_iso" in row:
            props[key] = _cell_text(row[f"{key}_iso"])
    props["actor"] = _cell_text(row.get("actor1"))
    props["what"] = _cell_text(row.get("notes"))
    props["source"] = _cell_text(row.get("source"))
    props["count"] = _cell_number(row.get("count"), "count", where)
    props["confidence"] = _cell_number(row.get("confidence"), "confidence", where)
    for key in ("counts", "via", "sources"):
        props[key] = _cell_json(row.get(key), key, where)
    word = _cell_text(row.get("time_precision_name"))
    if word is None and "time_precision_name" not in row:
        code = _cell_number(row.get("time_precision"), "time_precision", where)
        word = {v: k for k, v in TIME_PRECISION_CODES.items() if k != "year"}.get(code)
        if code is not None and word is None:
            raise InputError(f"time_precision {code!r} is not 1, 2 or 3 (day, week, month)", source=where)
    props["time_precision"] = word
    if props["start"] is None and "start" not in row:
        props["start"] = _cell_text(row.get("event_date"))
    props["origin"] = _row_place(row, "origin", where)
    props["destination"] = _row_place(row, "destination", where)
    if props["destination"] is None and not any(k.startswith("destination_") for k in row):
        # A hand-coded ACLED-style sheet: the event location is where the movement went.
        lat = _cell_number(row.get("latitude"), "latitude", where)
        lon = _cell_number(row.get("longitude"), "longitude", where)
        code = _cell_number(row.get("geo_precision"), "geo_precision", where)
        precision = {1: "exact", 2: "near", 3: "region"}.get(code)
        if code is not None and precision is None:
            raise InputError(f"geo_precision {code!r} is not 1, 2 or 3", source=where)
        name = _cell_text(row.get("location"))
        if name or lat is not None or lon is not None:
            props["destination"] = make_place(name=name, lat=lat, lon=lon, precision=precision)
    extra = _cell_json(row.get("extra"), "extra", where)
    if extra is not None:
        if not isinstance(extra, dict):
            raise InputError("column extra must hold a JSON object", source=where)
        props.update({k: v for k, v in extra.items() if k not in MOVEMENT_FIELDS})
    review = _cell_text(row.get("review"))  # its own column since export added one; older files: in extra
    if review is not None:
        if review not in REVIEWS:
            raise InputError(f"column review: {review!r} is not one of {', '.join(REVIEWS)}", source=where)
        props["review"] = review
    return {"type": "Feature", "geometry": None, "properties": props}


__all__ = ["read_movements", "validate_feature", "validate_place", "parse_when", "row_to_feature"]
