"""The filters ``render`` shares with ``list``: dates, actor, bbox, status, applied to features."""

from __future__ import annotations

from typing import Iterable

from ..errors import UsageError
from ..actors import ActorQuery, actor_key
from ..timespan import movement_span, query_window
from .styles import STATUS_STYLES


def parse_statuses(text: str | None) -> list[str] | None:
    """'reported,planned' -> ['reported', 'planned']; None when not given; unknown ones are a usage error."""
    if not text:
        return None
    wanted = [s.strip().lower() for s in text.split(",") if s.strip()]
    bad = [s for s in wanted if s not in STATUS_STYLES]
    if bad or not wanted:
        raise UsageError(f"--status: unknown status {', '.join(bad) or text!r} (choose from {', '.join(STATUS_STYLES)})")
    return wanted


def _in_bbox(props: dict, bbox) -> bool:
    w, s, e, n = bbox
    for p in [props.get("origin"), *(props.get("via") or []), props.get("destination")]:
        if isinstance(p, dict) and p.get("lat") is not None and p.get("lon") is not None:
            lat, lon = float(p["lat"]), float(p["lon"])
            inside_lon = w <= lon <= e if w <= e else (lon >= w or lon <= e)  # across the antimeridian
            if s <= lat <= n and inside_lon:
                return True
    return False


def select(features: Iterable[dict], *, since: str | None = None, until: str | None = None,
           actor: str | None = None, bbox=None) -> list[dict]:
    """Features whose time span overlaps [since, until] as the log's do (timespan.movement_span:
    a month overlaps each of its days; undated ones only without dates), of ``actor``
    (the log's actor query: 'US' finds 'US forces', 'RSF' finds 'Rapid Support Forces'),
    touching ``bbox`` (W, S, E, N)."""
    query = None
    if actor:
        features = list(features)
        query = ActorQuery.parse(actor, lambda: {actor_key((f.get("properties") or {}).get("actor"))
                                                 for f in features} - {None})
    window = query_window(since or None, until or None)  # the log's window (timespan)
    out = []
    for feature in features:
        props = feature.get("properties") or {}
        if window is not None and not movement_span(props).overlaps(window):
            continue
        if query is not None and not query.matches(props.get("actor")):
            continue
        if bbox is not None and not _in_bbox(props, bbox):
            continue
        out.append(feature)
    return out
