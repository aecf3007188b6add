"""The two ends of one route read as places that lie together.

"Soldiers left Kita for Kati": each name has rivals in several countries (Kita: an old name of
Quito, a Japanese ward, the Malian town; Kati: the Malian town, an Indian one), and ranking by
fame read Quito, 8,000 km from Kati. A route's two ends are places a column travels between;
when a rival reading of each lies within ROUTE_ENDS_TOGETHER_KM of the other's while the first
readings lie farther apart than REGION_KM, the pair that lies together is meant (Kita, Mali,
170 km from Kati).

Not for a world city read by its own name (FAR_NAMESAKE_IMPORTANCE: Paris is meant from afar),
nor where the nearest pair lies farther than ROUTE_ENDS_TOGETHER_KM ("Marines were sent from
Cartagena to Marseille": the Spanish port lies 840 km from Marseille, no closer than a country
apart; tests/test_s33_gaz52 keeps the Colombian city), nor for names only listed together.
"""

from __future__ import annotations

import re

from ..distance import haversine_km
from ..gazetteer.ranking import FAR_NAMESAKE_IMPORTANCE, REGION_KM, ROUTE_ENDS_TOGETHER_KM
from ..names import plain
from .no_place import _another_name

# the words before a route's first end ("from A", "left A") and between its two ends
# ("A to B", "A for B", "A toward B"); a slice of the text is searched, never the whole
_BEFORE_FIRST_END = re.compile(r"\b(?:from|left|leaving|departed|departing|quit|quitting)\s+$", re.I)
_BETWEEN_ENDS = re.compile(r"^\s+(?:to|for|towards?|into)\s+$", re.I)
_LOOK_BACK = 16  # characters before the first end: "departing " and its spaces
# readings of no single point to pair (whatever lies inside an area is near it)
_NO_POINT_KINDS = frozenset(("country", "continent", "admin1", "region"))
# the rivals of a name asked at most (its first readings, by score)
_RIVALS_ASKED = 6


def _rivals(m: dict, margin: float) -> list[dict]:
    """The readings of ``m`` scoring (by name, before context) within ``margin`` of its best,
    with a point, each by its own name (spelled as the text writes it or near it: a village
    once called 'Novorossiysk' is no rival of the port, see _by_another_name); [] unless they
    lie in more than one country (a name unclear between countries)."""
    cands = [c for c in (m.get("cands") or []) if c.get("lat") is not None and c.get("kind") not in _NO_POINT_KINDS]
    if len(cands) < 2:
        return []
    top = max(c.get("score", 0.0) for c in cands)
    out = sorted((c for c in cands if top - c.get("score", 0.0) < margin and not _by_another_name(m, c)),
                 key=lambda c: -c.get("score", 0.0))[:_RIVALS_ASKED]
    # (the first reading's country counts even where it is read by another name: Quito for 'Kita')
    return out if out and len({c.get("country") for c in out} | {m["cands"][0].get("country")}) > 1 else []


def _by_another_name(m: dict, c: dict) -> bool:
    """Is ``c`` read by another of its names, not its own ('Kita' of Quito, 'Novorossiysk' of
    Siabry, a village of Kherson oblast that once bore it)? No pair is made of such a reading."""
    return _another_name(plain(m.get("surface") or ""), plain(c.get("name") or ""))


def _world_city_by_its_own_name(m: dict, best: dict) -> bool:
    """Is ``best`` a city famous enough to be named from afar, read by the name the text writes?"""
    return (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE \
        and plain(best.get("name") or "") == plain(m.get("surface") or "")


def route_ends(text: str, mentions: list[dict]) -> list[tuple[dict, dict]]:
    """(first end, second end) of each route the text writes as "from A to B" / "left A for B"
    with two place names side by side."""
    ordered = sorted((m for m in mentions if m.get("cands") and m["role"] == "place" and not m.get("drop")),
                     key=lambda m: m["start"])
    out = []
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] - a["end"] > 12 or not _BETWEEN_ENDS.match(text[a["end"]:b["start"]]):
            continue
        if _BEFORE_FIRST_END.search(text[max(0, a["start"] - _LOOK_BACK):a["start"]]):
            out.append((a, b))
    return out


def route_ends_read_together(text: str, mentions: list[dict], margin: float) -> None:
    """Move the pair of readings of a route's two ends that lie together first (see the module
    doc), each with why it was taken."""
    for a, b in route_ends(text, mentions):
        first_a, first_b = a["cands"][0], b["cands"][0]
        if first_a.get("lat") is None or first_b.get("lat") is None:
            continue
        if _world_city_by_its_own_name(a, first_a) or _world_city_by_its_own_name(b, first_b):
            continue
        if haversine_km(first_a["lat"], first_a["lon"], first_b["lat"], first_b["lon"]) <= REGION_KM:
            continue
        # an end with one clear reading stands as it is; the other's rivals are asked beside it
        rivals_a = _rivals(a, margin) or [first_a]
        rivals_b = _rivals(b, margin) or [first_b]
        if len(rivals_a) == 1 and len(rivals_b) == 1:
            continue
        best = min(((haversine_km(x["lat"], x["lon"], y["lat"], y["lon"]), i, j)
                    for i, x in enumerate(rivals_a) for j, y in enumerate(rivals_b)), default=None)
        if best is None or best[0] > ROUTE_ENDS_TOGETHER_KM:
            continue
        km, i, j = best
        _first(a, rivals_a[i], b, km)
        _first(b, rivals_b[j], a, km)


def _first(m: dict, pick: dict, other: dict, km: float) -> None:
    """``pick`` becomes ``m``'s first reading, saying why (when it was not first already)."""
    cands = m["cands"]
    if cands[0] is pick:
        return
    cands.remove(pick)
    pick["why"] = pick.get("why", "") + (f"; {km:.0f} km from {other['surface']!r}, the other end of the "
                                         f"route the text writes, read there")
    cands.insert(0, pick)
