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
from typing import Any, Iterable, Iterator

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
    "count", "counts", "mode", "confidence", "status", "review", "sources",
    *(f"origin_{f}" for f in PLACE_FIELDS), "origin_extra",
    "via",
    *(f"destination_{f}" for f in PLACE_FIELDS), "destination_extra",
    "extra",
)
# Properties that travel in their own columns; anything else rides in "extra" (JSON).
# "review" (the analyst's decision) has its own column so a GIS can filter accepted movements;
# its history stays in "extra".
_OWN_COLUMN = set(MOVEMENT_FIELDS) | {"sources", "review"}


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
    return list(iter_selected(features, include_all))


def iter_selected(features: Iterable[dict], include_all: bool = False) -> Iterator[dict]:
    """``select`` one feature at a time: a whole log goes through in constant memory."""
    return (prepare(f) for f in features if include_all or is_reported(f))


# ---------------------------------------------------------------- GeoJSON

def to_geojson(features: Iterable[dict]) -> str:
    """A FeatureCollection, one feature per line (diff- and grep-friendly), no ``crs`` member."""
    out = io.StringIO()
    write_geojson(features, out)
    return out.getvalue()


def write_geojson(features: Iterable[dict], out) -> int:
    """``to_geojson`` written to a text stream one feature at a time; returns the count."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for feature in features:
        if count:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False, default=_json_default))
        count += 1
    out.write(("\n" if count else "") + "]}\n")
    return count


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
        "review": props.get("review"),
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


def to_kml(features: Iterable[dict]) -> str:
    """KML 2.2 for Google Earth: one Placemark per movement with <TimeSpan>, and the places."""
    out = io.StringIO()
    write_kml(features, out)
    return out.getvalue()


def _movement_placemark(feature: dict) -> ET.Element:
    props = feature["properties"]
    mark = ET.Element(f"{{{KML_NS}}}Placemark")
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
    return mark


def _place_placemark(place: dict) -> ET.Element:
    mark = ET.Element(f"{{{KML_NS}}}Placemark")
    _sub(mark, "name", place["name"] or place["surface"] or "place")
    data = _sub(mark, "ExtendedData")
    for key in ("kind", "country", "precision", "uncertainty_km", "gazetteer_id", "movements"):
        if place.get(key) is not None:
            node = _sub(data, "Data")
            node.set("name", key)
            _sub(node, "value", place[key])
    point = _sub(mark, "Point")
    _sub(point, "coordinates", f"{place['lon']!r},{place['lat']!r}")
    return mark


def _kml_element(mark: ET.Element, depth: int) -> str:
    ET.indent(mark, space="  ", level=depth)
    # the document's root declares the KML namespace; drop the copy tostring adds here
    text = ET.tostring(mark, encoding="unicode").replace(f' xmlns="{KML_NS}"', "", 1)
    return "  " * depth + text.rstrip() + "\n"


def write_kml(features: Iterable[dict], out) -> int:
    """``to_kml`` written one Placemark at a time (places gathered on the way, written last)."""
    ET.register_namespace("", KML_NS)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<kml xmlns="{KML_NS}">\n  <Document>\n    <name>geomove movements</name>\n'
              "    <Folder>\n      <name>Movements</name>\n")
    from .styles import KmlStyles

    places = _PlaceIndex()
    styles = KmlStyles(KML_NS)  # the map's actor colours and status styles
    count = 0
    for feature in features:
        mark = _movement_placemark(feature)
        styles.style_placemark(feature, mark)
        out.write(_kml_element(mark, 3))
        places.add(feature)
        count += 1
    out.write("    </Folder>\n    <Folder>\n      <name>Places</name>\n")
    for place in places.rows():
        out.write(_kml_element(_place_placemark(place), 3))
    out.write("    </Folder>\n")
    for style in styles.elements():  # after the Placemarks: styleUrl references resolve by id
        out.write(_kml_element(style, 2))
    out.write("  </Document>\n</kml>\n")
    return count


def _places(features: Iterable[dict]) -> list[dict]:
    """Every place with coordinates, once, with the ids of the movements through it."""
    index = _PlaceIndex()
    for feature in features:
        index.add(feature)
    return index.rows()


class _PlaceIndex:
    """The distinct places of the movements seen so far (memory grows with places, not movements)."""

    def __init__(self):
        self.seen: dict[tuple, dict] = {}

    def add(self, feature: dict) -> None:
        props = feature["properties"]
        route = [("origin", props.get("origin"))] + [("via", p) for p in props.get("via") or []]
        route.append(("destination", props.get("destination")))
        for role, place in route:
            if not place or place.get("lat") is None or place.get("lon") is None:
                continue
            key = (place.get("gazetteer_id") or place.get("name") or place.get("surface"),
                   place["lat"], place["lon"])
            row = self.seen.get(key)
            if row is None:
                row = self.seen[key] = {f: place.get(f) for f in PLACE_FIELDS}
                # ids as UTF-8 bytes: a million movements' ids take 20 MB, not 200 MB of str
                row["roles"], row["ids"], row["last"] = [], bytearray(), None
            if role not in row["roles"]:
                row["roles"].append(role)
            movement = props.get("id")
            if movement and movement != row["last"]:  # a route passing a place twice: once
                row["ids"] += (b" " if row["ids"] else b"") + movement.encode("utf-8")
                row["last"] = movement

    def rows(self) -> list[dict]:
        out = []
        for row in self.seen.values():
            row = dict(row)
            row.pop("last")
            row["movements"] = row.pop("ids").decode("utf-8")
            row["roles"] = " ".join(row["roles"])
            out.append(row)
        return out


# ---------------------------------------------------------------- GeoPackage

def to_geodataframe(features: list[dict]):
    """A GeoDataFrame (EPSG:4326) with one flat row per movement, as in the CSV."""
    import geopandas as gpd
    from shapely.geometry import shape

    rows = [flatten(f) for f in features]
    geoms = [shape(f["geometry"]) if f.get("geometry") else None for f in features]
    return gpd.GeoDataFrame(rows, columns=list(CSV_COLUMNS), geometry=geoms, crs="EPSG:4326")


GPKG_CHUNK = 5_000  # movements per GeoDataFrame written: memory stays flat for any log


def _movement_frame(features: list[dict]):
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
    return movements


def write_gpkg(features: Iterable[dict], path: Path) -> int:
    """Both layers, the movements written in chunks of GPKG_CHUNK (constant memory)."""
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import Point

    from collections import Counter

    from .styles import add_layer_styles

    places = _PlaceIndex()
    looks: Counter = Counter()  # (actor, status) of the movements: all the layer style needs
    count = 0
    chunk: list[dict] = []

    def flush(first: bool) -> None:
        pyogrio.write_dataframe(_movement_frame(chunk), path, layer="movements", driver="GPKG",
                                geometry_type="LineString", promote_to_multi=False, append=not first)

    for feature in features:
        chunk.append(feature)
        places.add(feature)
        props = feature.get("properties") or {}
        looks[(props.get("actor"), props.get("status"))] += 1
        count += 1
        if len(chunk) == GPKG_CHUNK:
            flush(count == GPKG_CHUNK)
            chunk = []
    if chunk or count == 0:
        flush(count <= GPKG_CHUNK)
    rows = places.rows()
    place_frame = gpd.GeoDataFrame(
        rows, columns=[*PLACE_FIELDS, "roles", "movements"],
        geometry=[Point(p["lon"], p["lat"]) for p in rows], crs="EPSG:4326")
    pyogrio.write_dataframe(place_frame, path, layer="places", driver="GPKG", geometry_type="Point",
                            append=False)
    # QGIS opens both layers styled as on the HTML map (one stand-in movement per actor and status)
    add_layer_styles(path, [{"properties": {"actor": a, "status": st}} for (a, st), _ in looks.most_common()])
    return count


# ---------------------------------------------------------------- entry point

WRITERS = {"geojson": write_geojson, "kml": write_kml, "csv": write_csv}


def export(features: Iterable[dict], fmt: str, path: str | Path | None = None, *,
           include_all: bool = False, out=None) -> str | None:
    """Write ``features`` as ``fmt`` to ``path``; with no path, return the text (not for gpkg),
    or, given a text stream ``out`` (standard output), write to it as the rows come.

    Features are read one at a time (an iterator or a log's ``Movements.stream()`` is fine):
    a file of any size is written in constant memory.
    """
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    chosen = iter_selected(features, include_all)
    if fmt == "gpkg":
        if path is None:
            raise UsageError("the gpkg format needs an output file (-o PATH)")
        _atomic(Path(path), lambda tmp: write_gpkg(chosen, tmp))
        return None
    if path is None:
        if out is not None:
            WRITERS[fmt](chosen, out)
            return None
        text = io.StringIO()
        WRITERS[fmt](chosen, text)
        return text.getvalue()
    # utf-8-sig for CSV: spreadsheets then read Arabic and accented names correctly.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding=encoding, newline="") as f:
            WRITERS[fmt](chosen, f)
    _atomic(Path(path), write)
    return None


def _atomic(path: Path, write) -> None:
    """Every export goes through the one output boundary: temp file, rename, OutputError."""
    write_atomic(path, write)
