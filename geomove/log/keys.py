"""Keys and columns derived from a movement: actor and merge keys, time span, route bbox,
search text, and the hash that recognises a report seen before."""

from __future__ import annotations

import hashlib
import unicodedata

from ..actors import actor_key  # noqa: F401  (re-exported: the log's key is the one actor key)
from ..model import route_points
from ..timespan import movement_span as time_span  # noqa: F401  (re-exported: the log's t0/t1 are the one span)


def place_key(place: dict | None) -> str:
    if not place:
        return ""
    if place.get("gazetteer_id"):
        return str(place["gazetteer_id"])
    if place.get("lat") is not None and place.get("lon") is not None:
        return f"{float(place['lat']):.2f},{float(place['lon']):.2f}"  # ~1 km
    return actor_key(place.get("name") or place.get("surface")) or ""


def merge_key(props: dict) -> str | None:
    """Same actor, origin, destination and status; None when too little is known to merge."""
    actor = actor_key(props.get("actor"))
    origin, destination = place_key(props.get("origin")), place_key(props.get("destination"))
    if not actor or not (origin or destination):
        return None
    return "\x1f".join((actor, origin, destination, props.get("status") or "reported"))


def route_bbox(feature: dict) -> tuple[float, float, float, float] | None:
    points = [(c[0], c[1]) for c in (feature.get("geometry") or {}).get("coordinates") or []]
    if not points:
        props = feature["properties"]
        points = [(p["lon"], p["lat"]) for p in route_points(props)
                  if p.get("lat") is not None and p.get("lon") is not None]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def search_text(props: dict) -> str:
    parts = [props.get(k) for k in ("actor", "what", "quote", "date_text", "mode", "source", "url")]
    for place in route_points(props):
        parts += [place.get("name"), place.get("surface")]
    parts += [s.get("source") for s in props.get("sources") or []]
    return "\n".join(p for p in parts if isinstance(p, str)).casefold()


def report_hash(text: str) -> str:
    """The same report with different line wrapping or spacing hashes the same."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
