"""A ship leaves or reaches a port: among a name's namesakes, the one on the coast.

"The frigate left Brest on Monday": Brest, Belarus (a river city 1,000 km from any sea, a little
better known) is no place a frigate leaves; Brest, France is a naval port. A vessel noun
(VESSEL_NOUNS) earlier in the name's sentence, with a verb of sailing, leaving or arriving
(SHIP_VERBS) between it and the name, makes the name a place on the sea: a reading within
COASTAL_KM of a coastline (Natural Earth's 10 m coastline, shipped with the basemap data) ranks
above the readings inland. A famous inland reading keeps its rank (the weight is small: ships
reach river ports too, Portland, Oregon); where every reading is on the coast nothing changes.

Named feature (gazetteer.ranking.WEIGHTS):
- text_ship_s_port (+): the reading lies on the coast and the name's sentence tells a ship
  leaving or reaching it.
Without the coastline file (the basemap data not installed) the feature is idle.
"""

from __future__ import annotations

import math
import struct
from functools import lru_cache

from ..distance import KM_PER_DEGREE_LATITUDE
from ..wordlists import WARSHIP_KINDS
from .sentence_words import sentence_words

# the nouns of a vessel: the subject of the sentence's sailing ("The frigate left Brest", "Two
# landing ships arrived in ...", "a patrol boat"); a verb of SHIP_VERBS must follow it, so 'carrier'
# (of WARSHIP_KINDS) sails, it does not deliver
VESSEL_NOUNS = WARSHIP_KINDS | frozenset(k + "s" for k in WARSHIP_KINDS) | frozenset("""
ship ships vessel vessels boat boats tanker tankers freighter freighters ferry ferries
""".split())

# the verbs that move a ship from or to a place (any tense the news writes)
SHIP_VERBS = frozenset("""
sail sails sailed sailing left leave leaves leaving depart departs departed departing arrive arrives
arrived arriving reach reaches reached reaching dock docks docked docking return returns returned
returning call calls called steam steamed steaming put entered enter enters
""".split())

# how far from a coastline a reading counts as on the coast (a port town's point is its centre,
# some kilometres from its quays)
COASTAL_KM = 20.0

# the grid of the coastline's points, in cells this many degrees wide
_CELL_DEG = 0.5


def told_of_a_ship(finder, m: dict) -> bool:
    """Does the name's sentence tell a ship (VESSEL_NOUNS) leaving or reaching it: a vessel noun
    before the name, and a verb of SHIP_VERBS between them?"""
    tok = m.get("tok")
    if tok is None or VESSEL_NOUNS.isdisjoint(sentence_words(finder, tok)):
        return False  # (no vessel in the name's sentence: most names, passed by one set test)
    toks = finder.toks
    sentence = toks[tok].sentence
    verb = False
    j = tok - 1
    while j >= 0 and toks[j].sentence == sentence and tok - j <= 25:
        low = toks[j].lower
        if low in VESSEL_NOUNS and verb:
            return True
        if low in SHIP_VERBS:
            verb = True
        j -= 1
    return False


def _coastline_file():
    from ..maps.basemap import natural_earth_dir  # (the basemap's packaged data, asked only here)
    folder = natural_earth_dir()
    path = folder / "ne_10m_coastline.shp" if folder else None
    return path if path is not None and path.is_file() else None


@lru_cache(maxsize=1)
def _coast_points():
    """The coastline's vertices as (sorted cell keys, latitudes, longitudes), read once a process
    from the shapefile (polyline records, read with numpy, no GIS library: ~0.15 s), or None
    without the file."""
    import numpy as np

    path = _coastline_file()
    if path is None:
        return None
    data = path.read_bytes()
    chunks = []
    pos = 100  # (the file header)
    n = len(data)
    while pos + 8 <= n:
        length = int.from_bytes(data[pos + 4:pos + 8], "big") * 2
        rec = pos + 8
        pos = rec + length
        if struct.unpack_from("<i", data, rec)[0] != 3:  # (polylines only; a null shape has none)
            continue
        parts, points = struct.unpack_from("<2i", data, rec + 36)
        chunks.append(np.frombuffer(data, "<f8", count=2 * points, offset=rec + 44 + 4 * parts))
    if not chunks:
        return None
    xy = np.concatenate(chunks).reshape(-1, 2)
    lon, lat = xy[:, 0], xy[:, 1]
    keys = _cell_key(np.floor(lat / _CELL_DEG), np.floor(lon / _CELL_DEG))
    order = np.argsort(keys, kind="stable")
    return keys[order], lat[order], lon[order]


def _cell_key(i, j):
    return (i.astype("int64") + 1000) * 10000 + (j.astype("int64") + 1000)


def on_the_coast(lat: float, lon: float) -> bool | None:
    """Is (lat, lon) within COASTAL_KM of a coastline vertex? None when the coastline is unknown."""
    import numpy as np

    known = _coast_points()
    if known is None:
        return None
    keys, lats, lons = known
    ci, cj = math.floor(lat / _CELL_DEG), math.floor(lon / _CELL_DEG)
    coslat = max(math.cos(math.radians(lat)), 0.01)
    limit = (COASTAL_KM / KM_PER_DEGREE_LATITUDE) ** 2
    for di in (-1, 0, 1):
        row = _cell_key(np.array([ci + di]), np.array([cj - 1]))[0]
        lo, hi = np.searchsorted(keys, [row, row + 2], side="left")[0], np.searchsorted(keys, row + 2, side="right")
        if lo < hi:
            dlat = lats[lo:hi] - lat
            dlon = (lons[lo:hi] - lon) * coslat
            if bool(np.any(dlat * dlat + dlon * dlon <= limit)):
                return True
    return False
