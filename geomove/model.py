"""The shapes that flow between modules: PLACE, MENTION and MOVEMENT (see CONTRACT.md).

geomove passes movements around as GeoJSON Feature dicts (RFC 7946) so that the log, the
exporters and the renderer share one plain, JSON-serialisable shape with scripts and
evaluation harnesses. The helpers here build and check those dicts in one place.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

PLACE_FIELDS = (
    "name", "surface", "lat", "lon", "country", "admin1", "kind", "precision",
    "uncertainty_km", "gazetteer_id", "source",
)

MOVEMENT_FIELDS = (
    "id", "actor", "what", "count", "counts", "mode", "origin", "via", "destination",
    "start", "end", "time_precision", "date_text", "published", "source", "url", "quote",
    "confidence", "status",
)

# Statuses other than "reported" are kept for the analyst but left out of maps and
# exports unless asked for: a denial or a plan is not a movement that happened.
STATUSES = ("reported", "denied", "planned", "hypothetical", "negated", "static", "background")
# The analyst's decision on a movement, beside the report's status (what the report says).
REVIEWS = ("proposed", "accepted", "rejected")
PRECISIONS = ("exact", "near", "region", "country")
TIME_PRECISIONS = ("day", "week", "month", "year")


def make_place(**fields: Any) -> dict:
    """A PLACE dict with every contract field present (missing ones None)."""
    place = {key: fields.pop(key, None) for key in PLACE_FIELDS}
    place.update(fields)  # extensions (score, why, raw, anchor...) ride along
    return place


def route_points(props: dict) -> list[dict]:
    """origin, each via, destination — the places a movement passes, in order, skipping None."""
    points = [props.get("origin"), *(props.get("via") or []), props.get("destination")]
    return [p for p in points if p]


def route_geometry(props: dict) -> dict | None:
    """LineString through the route places that have coordinates; None under two points."""
    coords = []
    for place in route_points(props):
        if place.get("lat") is None or place.get("lon") is None:
            continue
        point = [round(float(place["lon"]), 7), round(float(place["lat"]), 7)]
        if not coords or coords[-1] != point:
            coords.append(point)
    if len(coords) < 2:
        return None
    return {"type": "LineString", "coordinates": coords}


def movement_id(props: dict) -> str:
    """A stable id from what identifies one reported movement: report, quote, route and days.

    The same report extracted twice yields the same ids, which is what makes ingest
    idempotent; one sentence telling of the same route on two days yields two ids.
    """
    route = [(p.get("gazetteer_id") or p.get("name") or "") for p in route_points(props)]
    parts = [props.get("url") or props.get("source") or "", props.get("published") or "",
             props.get("quote") or "", route, props.get("actor") or ""]
    if props.get("start") or props.get("end"):
        parts.append([props.get("start"), props.get("end")])  # (undated ids stay as they were)
    basis = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    return "mv-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def make_movement(**props: Any) -> dict:
    """A MOVEMENT Feature: fills every contract property, the geometry and the id."""
    full = {key: props.pop(key, None) for key in MOVEMENT_FIELDS}
    full.update(props)
    full["via"] = list(full.get("via") or [])
    full["counts"] = list(full.get("counts") or [])
    full["status"] = full.get("status") or "reported"
    if not full.get("id"):
        full["id"] = movement_id(full)
    return {"type": "Feature", "geometry": route_geometry(full), "properties": full}


def feature_collection(features: Iterable[dict], **extra: Any) -> dict:
    return {"type": "FeatureCollection", "features": list(features), **extra}


def is_reported(feature: dict) -> bool:
    return (feature.get("properties") or {}).get("status", "reported") == "reported"
