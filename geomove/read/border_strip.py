"""Where a nation's own side of its border with a neighbour lies: "Poland is sending soldiers to
its border with Belarus" ends on Poland's strip along Belarus, not anywhere in Poland.

assemble.own_side_of_border and own_side_of_named_border read such an end as the moving nation
(its country code, so an area is scored by its country, GUIDELINES) with a border relation; the
point they gave it was the nation's own centre, hundreds of km from any border (Poland's lies
near Lodz, ~300 km from Belarus), so a map drew the troops in the middle of the country. The
point is instead the middle of the stretch the two countries share, and the uncertainty reaches
that stretch's ends: the border area, as the text tells it (GUIDELINES: a relative place, "the
border area").

The stretch is read from the Natural Earth outlines (geomove.borders.country_parts): the home's
outline where it runs within SHARED_TOLERANCE_DEG of the neighbour's. Answers are kept per pair
for the process (two outlines cost 10-400 ms to intersect, once). Without the outlines, or for
countries that share no stretch, there is no answer and the end keeps the nation's centre.
"""

from __future__ import annotations

import functools

from ..distance import haversine_km
from ..errors import NO_BORDERS

# how far two outlines may lie apart and still be one border (degrees, ~2 km): the two
# countries' polygons are drawn separately and do not meet exactly
SHARED_TOLERANCE_DEG = 0.02
# no strip is narrower than this (km): the end stays an area, as other border ends are
LEAST_STRIP_KM = 50.0


def _facing(parts: tuple, others: tuple, tol: float) -> list:
    """The parts whose box comes within ``tol`` of the box of one of ``others`` (islands far
    from the other country are left out before the costly union)."""
    boxes = [o.bounds for o in others]

    def meets(b: tuple) -> bool:
        return any(b[0] <= o[2] + tol and b[2] >= o[0] - tol and b[1] <= o[3] + tol and b[3] >= o[1] - tol
                   for o in boxes)
    return [p for p in parts if meets(p.bounds)]


@functools.lru_cache(maxsize=128)
def border_middle(home: str, other: str) -> tuple[float, float, float] | None:
    """(lat, lon, km) of the middle of the longest stretch of ``home``'s outline that runs along
    ``other``'s (ISO2 codes), and how far the shared border reaches from it; None when the two
    share none or no outlines are at hand."""
    if not home or not other or home == other:
        return None
    try:
        import shapely
        from ..borders import country_parts
        tol = SHARED_TOLERANCE_DEG
        ours = _facing(country_parts(home), country_parts(other), tol)
        theirs = _facing(country_parts(other), tuple(ours), tol)
    except NO_BORDERS:  # no outlines at hand: no strip, as book.near_border answers
        return None
    if not ours or not theirs:
        return None
    try:
        edge = shapely.union_all([p.boundary for p in ours]).simplify(tol / 4)
        near = shapely.union_all([q.simplify(tol / 4) for q in theirs]).buffer(tol, quad_segs=2)
        shared = edge.intersection(near)
        lines = [] if shared.is_empty else [
            g for g in shapely.get_parts(shapely.line_merge(shapely.union_all([shared])))
            if g.geom_type == "LineString"]
    except (ValueError, shapely.errors.ShapelyError):  # (an outline GEOS cannot take: no strip)
        return None
    if not lines:
        return None
    middle = max(lines, key=lambda g: g.length).interpolate(0.5, normalized=True)
    x0, y0, x1, y1 = shared.bounds
    reach = max(haversine_km(middle.y, middle.x, y, x) for x in (x0, x1) for y in (y0, y1))
    return round(middle.y, 5), round(middle.x, 5), round(max(reach, LEAST_STRIP_KM), 1)


@functools.lru_cache(maxsize=64)
def border_meeting(codes: tuple[str, ...]) -> tuple[float, float] | None:
    """(lat, lon) where the outlines of the three countries ``codes`` (ISO2) meet, their tripoint:
    the middle of where every one's outline runs within SHARED_TOLERANCE_DEG of the others'; None
    when they meet nowhere (no common point) or no outlines are at hand. Kept per triple for the
    process (3-80 ms each)."""
    if len(codes) != 3 or len(set(codes)) != 3 or not all(codes):
        return None
    try:
        import shapely
        from ..borders import country_parts
        tol = SHARED_TOLERANCE_DEG
        parts = [country_parts(c) for c in codes]
        zones = []
        for i, own in enumerate(parts):
            others = tuple(q for j, ps in enumerate(parts) if j != i for q in ps)
            facing = _facing(own, others, tol)
            if not facing:
                return None
            zones.append(shapely.union_all([p.boundary for p in facing]).simplify(tol / 4).buffer(tol, quad_segs=2))
        meeting = shapely.intersection_all(zones)
    except NO_BORDERS:
        return None
    except (ValueError, shapely.errors.ShapelyError):  # (an outline GEOS cannot take: no point)
        return None
    if meeting.is_empty:
        return None
    point = meeting.centroid
    return round(point.y, 5), round(point.x, 5)


def on_own_side(place: dict, home_cc: str | None, other_cc: str | None) -> dict:
    """``place`` (the home nation read as the end of "its border with X") placed at the middle of
    its border with ``other_cc``, with the uncertainty of that stretch (never more than the
    nation's own); unchanged when the border is not known."""
    found = border_middle(home_cc, other_cc) if home_cc and other_cc else None
    if found is None:
        return place
    lat, lon, reach = found
    own = place.get("uncertainty_km")
    return {**place, "lat": lat, "lon": lon,
            "uncertainty_km": min(reach, own) if own else reach}
