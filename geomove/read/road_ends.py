"""A road named by its two ends, told as the way a movement took: "drove from Orzysz to Suwalki
along the Elk-Suwalki road", "headed east along the Gao-Ansongo road", "moved down the
Damascus-Aleppo highway to Hama". An end of the road that is not the movement's own origin or
destination is a place passed (via); an end that is, stays the end it is.

GUIDELINES: places passed on the way are via. The task of read57 names the construction ("along
the X-Y highway": the endpoints of a road named as the road); the ends got no role at all, as
no cue governs a name inside a road's name.

Only a road told right after a cue of going along it ("along", "down", "up", "via", "using",
"taking") in a clause that names an end of the movement: "checkpoints along the X-Y road" (a
site on the road), "the X-Y road remains open" (geography) and a road with no end told name no
place passed. Words in this module are few and grammatical; the road nouns are roles' own."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .places import _km, _place_of, on_the_way, same_place
from .weights import ROAD_CUE_CHARS, ROAD_SITE_CHARS

# the cue and the road's first half, up to the first end: "along the (main) "
_ALONG = _recompile(r"\b(?:along|down|up|via|using|taking|took|takes|by\s+way\s+of)\s+the\s+(?:(?:main|old|new|strategic|"
                    r"busy|paved|coastal|northern|southern|eastern|western)\s+)?$", re.I)
# a site on the road before the cue: "checkpoints along the X-Y road" (no way taken)
_SITE_BEFORE = _recompile(r"\b(?:checkpoints?|roadblocks?|positions|posts|outposts|barriers|villages|towns|bridges|"
                          r"junctions|ambush(?:es)?|attacks?|clashes|fighting|mines?|IEDs?)\s+$", re.I)
# between the two ends: a hyphen or dash; after the second: the road's noun
_DASH = _recompile(r"\s?[-\u2013\u2014]\s?")
_ROAD_AFTER = _recompile(r"\s+(?:road|highway|motorway|expressway|route|axis|corridor|railway|rail\s+line|"
                         r"supply\s+route|trunk\s+road)\b", re.I)


def road_ends(text: str, mentions: list[dict], s: int) -> list[tuple[dict, dict]]:
    """The pairs of mentions (first end, second end) that name a road taken, in clause order."""
    pairs = []
    for a, b in zip(mentions, mentions[1:]):
        if a["start"] < s or not _DASH.fullmatch(text, a["end"], b["start"]) or not _ROAD_AFTER.match(text, b["end"]):
            continue
        cue = _ALONG.search(text, max(s, a["start"] - ROAD_CUE_CHARS), a["start"])
        if cue is None or _SITE_BEFORE.search(text, max(s, cue.start() - ROAD_SITE_CHARS), cue.start()):
            continue
        pairs.append((a, b))
    return pairs


def _passed(place: dict, origin: dict | None, destination: dict | None, pair_places: list[dict]) -> bool:
    """Is the road's end ``place`` passed by a movement from ``origin`` to ``destination``? With
    both ends told, when it lies on the way and between them, nearer each than they are to each
    other ("from Tarlac to Aparri along the Manila-Aparri road": Manila, within the detour the
    way allows, lies behind Tarlac, the road's far end); with one, when the road's other end is
    that end ("along the Goma-Sake road towards Sake": Goma is behind); never else ("down the
    Damascus-Aleppo highway to Hama": Hama lies between, Aleppo beyond)."""
    if origin is not None and destination is not None:
        straight = _km(origin, destination)
        return on_the_way(origin, place, destination) \
            and _km(origin, place) < straight and _km(place, destination) < straight
    known = origin or destination
    return known is not None and any(same_place(p, known) for p in pair_places if p is not place)


def road_ends_passed(text: str, mentions: list[dict], s: int, slots: list[tuple[str, list, int]],
                     why: list[str]) -> list[tuple[str, list, int]]:
    """``slots`` with the ends of a road taken that are not the clause's own origin or
    destination added as places passed (each at its own offset), when they lie on the way. An
    end read as the noun phrase of the place before going on ("to Suwalki on Tuesday along the
    Elk-Suwalki road": Elk joined Suwalki's phrase) leaves that phrase."""
    pairs = road_ends(text, mentions, s)
    if not pairs or not any(r in ("origin", "destination") for r, _g, _a in slots):
        return slots
    on_road = {id(m) for pair in pairs for m in pair}
    # (a road's end that only went on the phrase of another place is taken out of it)
    slots = [(r, [m for k, m in enumerate(grp) if k == 0 or id(m) not in on_road], at) for r, grp, at in slots]
    taken = {id(m) for _r, grp, _a in slots for m in grp}
    firsts = {r: _place_of(grp[0]) for r, grp, _a in reversed(slots) if r in ("origin", "destination")}
    origin, destination = firsts.get("origin"), firsts.get("destination")
    ends = [_place_of(m) for r, grp, _a in slots if r in ("origin", "destination") for m in grp]
    added = list(slots)
    for pair in pairs:
        places = [_place_of(m) for m in pair]
        for m, place in zip(pair, places):
            if id(m) in taken or any(same_place(place, p) for p in ends) or not _passed(place, origin, destination, places):
                continue
            added.append(("via", [m], m["start"]))
            why.append(f"{m['surface']}: via, an end of the road taken ('{' '.join(text[pair[0]['start']:pair[1]['end']].split())}')")
    return added
