"""Relative places: "the outskirts of X", "10 km north of Y", "close to Z", "the X-Y border".

Reports locate events against a named place more often than at it. The words around an
anchor name say how far the event may be from the anchor's point; :func:`relation_around`
reads them, :func:`apply_relation` turns them into the point, precision and uncertainty of
the mention (ACLED's geo_precision 2 for near/countryside, 3 for a region or a border).
"""

from __future__ import annotations

import math
import re

from .regex_cache import CompiledPatterns

DIRECTIONS = {
    "north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135,
    "south-east": 135, "south": 180, "southwest": 225, "south-west": 225, "west": 270,
    "northwest": 315, "north-west": 315,
}
_DIR_ADJ = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "northeastern": "northeast", "north-eastern": "northeast", "southeastern": "southeast",
    "south-eastern": "southeast", "northwestern": "northwest", "north-western": "northwest",
    "southwestern": "southwest", "south-western": "southwest", "central": "centre",
}
_DIR_WORD = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
_DIR_ADJ_WORD = "|".join(sorted(_DIR_ADJ, key=len, reverse=True))

# Words for the area around a town and how far it reaches (km).
AREA_WORDS = {
    "countryside": 25.0, "rural": 25.0, "rif": 25.0, "outskirts": 8.0, "suburbs": 8.0,
    "suburb": 8.0, "vicinity": 10.0, "environs": 10.0, "surroundings": 10.0, "periphery": 10.0,
    "area": 15.0, "areas": 15.0, "region": 30.0, "desert": 50.0, "district": 25.0,
    "villages": 20.0, "hinterland": 30.0, "countryside areas": 25.0,
    # a front line named after a town ("the Pokrovsk direction", "the Zaporizhzhia front")
    "front": 40.0, "direction": 40.0, "axis": 40.0, "sector": 30.0, "frontline": 40.0,
}
# how far a city's metropolitan area ("Greater Khartoum", "Grand Abidjan") reaches from its point
METRO_AREA_KM = 25.0
_AREA_WORD = "|".join(sorted(map(re.escape, AREA_WORDS), key=len, reverse=True))

_UNITS = {"km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0,
          "kilometre": 1.0, "miles": 1.609, "mile": 1.609, "mi": 1.609, "m": 0.001,
          "meters": 0.001, "metres": 0.001,
          # (at sea and in the air distances are told in nautical miles: "sailed within 12
          # nautical miles of X")
          "nautical miles": 1.852, "nautical mile": 1.852}
_UNIT_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUM = r"(?P<num>\d+(?:[.,]\d+)?|a few|few|several|some|about|\w+)"

# The patterns below are compiled from code an earlier run kept (geomove.regex_cache); the
# patterns are the same.
_PATTERNS = CompiledPatterns("relative")
_recompile = _PATTERNS.compile  # (re.compile's, from the kept code)

# the words of a border line ("the border", "the administrative boundary line", "the line of
# contact"; not "line" alone: "in line with Moscow"), shared by the readers of an end told by a
# border (read.assemble's own side of a named border)
BORDER_LINE_WORDS = (r"(?:border|frontier|boundary|(?:administrative\s+(?:boundary\s+)?|boundary\s+)line"
                     r"|line\s+of\s+contact|contact\s+line)")

# Patterns on the text before the anchor (anchored at its end).

_BEFORE = [
    ("distance", _recompile(
        r"(?P<num>\d+(?:[.,]\d+)?)(?:\s*-\s*\d+(?:[.,]\d+)?)?\s*(?P<unit>" + _UNIT_WORD + r")\.?"
        r"(?:\s*\([^)]{1,30}\))?\s+(?:to\s+the\s+)?(?P<dir>" + _DIR_WORD + r")\s+of\s+(?:the\s+)?"
        r"(?:(?:city|town|village|province|governorate|area)\s+of\s+)?$", re.I)),
    ("distance", _recompile(
        r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>" + _UNIT_WORD + r")\.?(?:\s*\([^)]{1,30}\))?\s+"
        r"(?:from|away\s+from|outside(?:\s+of)?)\s+(?:the\s+)?"
        r"(?:(?:city|town|village)\s+of\s+)?$", re.I)),
    ("area", _recompile(
        r"(?:the\s+)?(?:(?P<adj>" + _DIR_ADJ_WORD + r")\s+)?(?P<area>" + _AREA_WORD + r")\s+"
        r"(?:of|around|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)),
    ("direction", _recompile(
        r"(?:to\s+the\s+)?(?P<dir>" + _DIR_WORD + r")\s+of\s+(?:the\s+)?"
        r"(?:(?:city|town|village)\s+of\s+)?$", re.I)),
    ("near", _recompile(
        r"(?:\bnear|\bnearby|\bclose\s+to|\bnext\s+to|\bin\s+the\s+vicinity\s+of|\baround|"
        r"\boutside(?:\s+of)?|\bnot\s+far\s+from|\bon\s+the\s+edge\s+of|\bapproaching|\bat\s+the\s+gates\s+of)"
        r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)),
    ("part", _recompile(r"\b(?P<adj>" + _DIR_ADJ_WORD + r")\s+$")),  # lower case: "Northern Ireland" is a name
    # ("frontier" as "border": "along the frontier with Myanmar", "the Polish frontier")
    # (and the words of a line that is not called a border: "the boundary with Kosovo", "the
    # administrative (boundary) line with Kosovo" -- not "line" alone: "in line with Moscow"; nor
    # a front line between forces, "the line of contact with X", X a nation: the line between
    # its forces and the subject's, which the subject holds on its own side, as a border)
    ("border", _recompile(r"\b" + BORDER_LINE_WORDS + r"(?:\s+(?:area|region|strip|zone))?\s+with\s+(?:the\s+)?$", re.I)),
    # "within 10 km of X", "came within 12 nautical miles of Y": how close something got to X,
    # a relative place near X as "10 km from X" is ("N km of X" without "within" is no
    # relation: "200 km of road", "the last 30 km of the route")
    ("distance", _recompile(
        r"\bwithin\s+(?:about\s+|some\s+|around\s+|roughly\s+|just\s+|less\s+than\s+)?"
        r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>" + _UNIT_WORD + r")\.?\s+of\s+(?:the\s+)?"
        r"(?:(?:city|town|village)\s+of\s+)?$", re.I)),
]

# Patterns on the text after the anchor (anchored at its start).
_AFTER = [
    ("area", _recompile(r"^(?:['’]s)?\s+(?:(?P<adj>" + _DIR_ADJ_WORD + r")\s+)?"
                        r"(?P<area>countryside|outskirts|suburbs|environs|desert|rural\s+areas|countryside\s+areas|"
                        r"front(?:line)?|direction|axis|sector)\b",
                        re.I)),
    ("border", _recompile(r"^(?:['’]s)?\s+(?:border|frontier)(?!\s+(?:guard|guards|police|crossing|post|gate))\b", re.I)),
]

_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def _number(s: str) -> float | None:
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


# Every _BEFORE pattern ends in one of these words and whitespace, every _AFTER pattern starts
# (after "'s" and whitespace) with one of those: a cheap look at the neighbouring words rules
# out most mentions before any pattern runs (a list of 2,000 names ran 16,000 searches).
_BEFORE_LAST_WORDS = frozenset({"of", "the", "from", "outside", "around", "near", "nearby", "to",
                                "approaching", "with"} | set(_DIR_ADJ))
_AFTER_FIRST_WORDS = frozenset({"countryside", "outskirts", "suburbs", "environs", "desert", "rural",
                                "front", "frontline", "direction", "axis", "sector", "border", "frontier"} | set(_DIR_ADJ))


# The patterns of _BEFORE that can match before an anchor whose last word (relation_around's
# ``last``: after an article "the" is left out, as every pattern writes "the" only right after
# its last word) is this one, as indexes in _BEFORE, in their order. Every pattern ends with a
# literal word and white space (then "$"), that word preceded by white space or, in the "near"
# and "part" patterns, ``\b``; so a match's last word is the text's last word read by
# _word_before, which is a word the pattern ends with:
#   0 distance "N km north of" (of)            1 distance "N km from/outside (of)" (from, outside, of)
#   2 area "the countryside of/around/near"    3 direction "north of" (of)
#   4 near "near, nearby, close to, next to, in the vicinity of, around, outside (of), not far
#     from, on the edge of, approaching, at the gates of" (and "the city of" after any of them)
#   5 part "northern" (a direction's adjective)  6 border "border with" (with)
#   7 distance "within N km of" (of)
# (The patterns 0-4 may also end in "the city/town/village of": "of".) A word not listed here
# (none of _BEFORE_LAST_WORDS but "the", as in "the the"; or a hyphenated word, whose tail
# may be the pattern's word after a ``\b``) runs every pattern, as before. Each search skipped
# is one that finds nothing: "to" runs one pattern of seven, "from" two (~0.015 CPU s a pass
# of the 380 dev texts; test_relative's property test compares with every pattern run).
_BEFORE_ENDING_IN: dict[str, tuple[int, ...]] = {
    "of": (0, 1, 2, 3, 4, 7), "from": (1, 4), "outside": (1, 4), "around": (2, 4), "near": (2, 4),
    "nearby": (4,), "to": (4,), "approaching": (4,), "with": (6,), **{adj: (5,) for adj in _DIR_ADJ},
}


def _word_before(before: str) -> str | None:
    """The word (letters and hyphens) that ends ``before`` ahead of its trailing whitespace."""
    body = before.rstrip()
    if len(body) == len(before):
        return None
    # (most often the last white-space-separated piece is all letters, and it is the word: the
    # run of letters and hyphens ends at white space at the latest; else walked back letter by
    # letter)
    last = body.rsplit(None, 1)[-1] if body else body
    if last.isalpha():
        return last.lower()
    i = len(body)
    while i > 0 and (body[i - 1].isalpha() or body[i - 1] == "-"):
        i -= 1
    return body[i:].lower()


def _may_end_a_phrase(word: str | None) -> bool:
    """Is ``word``, or its tail after a hyphen (where a pattern's ``\\b`` may also start), a last word?"""
    if not word:
        return False
    if "-" not in word:
        return word in _BEFORE_LAST_WORDS  # (most words: the one tail is the word itself)
    parts = word.split("-")
    return any("-".join(parts[i:]) in _BEFORE_LAST_WORDS for i in range(len(parts)))


def _may_start_a_phrase(word: str | None) -> bool:
    """Is ``word``, or its head before a hyphen (where a pattern's ``\\b`` may also end), a first word?"""
    if not word:
        return False
    if "-" not in word:
        return word in _AFTER_FIRST_WORDS  # (most words: the one head is the word itself)
    parts = word.split("-")
    return any("-".join(parts[:i]) in _AFTER_FIRST_WORDS for i in range(1, len(parts) + 1))


def _word_after(after: str) -> str | None:
    """The word after ``after``'s leading "'s" and whitespace."""
    if after[:2].lower() in ("'s", "’s"):
        after = after[2:]
    body = after.lstrip()
    if len(body) == len(after):
        return None
    first = body.split(None, 1)[0] if body else body  # (as in _word_before)
    if first.isalpha():
        return first.lower()
    i = 0
    while i < len(body) and (body[i].isalpha() or body[i] == "-"):
        i += 1
    return body[:i].lower()


def relation_around(text: str, start: int, end: int, *, window: int = 80) -> dict | None:
    """The relation the words around ``text[start:end]`` put on that place, or None.

    Returns a dict with ``type`` (countryside|near|direction|border|part), optional
    ``direction`` and ``distance_km``, and ``phrase_start``/``phrase_end``: the span of the
    whole phrase ("the eastern countryside of Deir ez-Zor").
    """
    before = text[max(0, start - window):start]
    after = text[end:end + window]
    last = _word_before(before)
    body = before.rstrip()  # (the text up to the end of that word)
    if last == "the":
        # "the" ends a pattern only as its optional article, after white space and one of the
        # last words ("near the", "north of the"); "in the", "and the", ", the" end none
        # (half the mentions the first word let through came after such a "the")
        body = body[:-3]
        last = _word_before(body)
        body = body.rstrip()
    if last == "of" and not _may_go_before_of(_word_before(body[:-2])):
        last = None  # "the people of", "the capital of": no pattern ends so
    ends, starts = _may_end_a_phrase(last), _may_start_a_phrase(_word_after(after))
    if not ends and not starts:
        return None
    return _relation_around(text, start, end, before, after, before_too=ends, after_too=starts,
                            before_which=_BEFORE_ENDING_IN.get(last) if ends else None)


# Every pattern writes "of" after white space and a word that ends in one of these: a direction
# ("north of"), a kind of place ("the city of"), an area word ("the countryside of", "the rural
# areas of") or a word of "outside of", "in the vicinity of", "on the edge of", "at the gates of".
_BEFORE_OF = tuple(sorted(set(DIRECTIONS) | {w.split()[-1] for w in AREA_WORDS} | {
    "city", "town", "village", "province", "governorate", "area", "outside", "vicinity", "edge", "gates"}
    | set(_UNITS)))  # (a unit: "within 10 km of")


def _may_go_before_of(word: str | None) -> bool:
    """Can ``word`` (the word before a last "of", or None: no white space before it) be the end of
    what a pattern writes before "of"? (A word with a non-ASCII letter may be: re.IGNORECASE
    matches a few of those to ASCII letters, "outſide".)"""
    return word is not None and (word.endswith(_BEFORE_OF) or not word.isascii())


def _relation_around(text: str, start: int, end: int, before: str, after: str, *,
                     before_too: bool = True, after_too: bool = True,
                     before_which: tuple[int, ...] | None = None) -> dict | None:
    """The relation of the patterns that match (those before the anchor first); ``before_too`` /
    ``after_too`` False: the patterns on that side are known to match nothing (see
    relation_around's look at the words around the anchor) and are not run; ``before_which``:
    the indexes in _BEFORE of the only patterns before the anchor that can match (see
    _BEFORE_ENDING_IN), None for all of them."""
    offset = start - len(before)
    before_patterns = () if not before_too else _BEFORE if before_which is None \
        else map(_BEFORE.__getitem__, before_which)
    for kind, rx in before_patterns:
        m = rx.search(before)
        if not m:
            continue
        g = m.groupdict()
        if kind == "distance":
            n = _number(g["num"])
            if n is None:
                continue
            km = n * _UNITS[g["unit"].lower()]
            rel = {"type": "direction" if g.get("dir") else "near", "distance_km": round(km, 3)}
            if g.get("dir"):
                rel["direction"] = g["dir"].lower().replace("-", "")
        elif kind == "area":
            area = g["area"].lower()
            rel = {"type": "countryside" if area in ("countryside", "rural", "rif", "countryside areas") else
                   "near" if area in ("outskirts", "suburbs", "suburb", "vicinity", "environs", "surroundings",
                                      "periphery") else "area", "area": area}
            if g.get("adj"):
                rel["direction"] = _DIR_ADJ[g["adj"].lower()]
        elif kind == "direction":
            rel = {"type": "direction", "direction": g["dir"].lower().replace("-", "")}
        elif kind == "part":
            rel = {"type": "part", "direction": _DIR_ADJ[g["adj"].lower()]}
        else:
            rel = {"type": kind}
        rel["phrase_start"] = offset + m.start()
        rel["phrase_end"] = end
        return rel
    for kind, rx in _AFTER if after_too else ():
        m = rx.search(after)
        if not m:
            continue
        g = m.groupdict()
        if kind == "area":
            area = g["area"].lower()
            rel = {"type": "countryside" if "countryside" in area or "rural" in area else
                   "near" if area in ("outskirts", "suburbs", "environs") else "area", "area": area}
            if g.get("adj"):
                rel["direction"] = _DIR_ADJ[g["adj"].lower()]
        else:
            rel = {"type": "border"}
        rel["phrase_start"] = start
        rel["phrase_end"] = end + m.end()
        return rel
    return None


def offset_point(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing_deg`` (great circle)."""
    r = 6371.0
    d = km / r
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 6), round((math.degrees(l2) + 540) % 360 - 180, 6)


_ANCHOR_KEYS = ("name", "lat", "lon", "country", "admin1", "kind", "precision", "uncertainty_km", "gazetteer_id", "source")


def seen_through(place: dict, rel: dict, text: str, start: int, end: int) -> dict:
    """The fields a resolved place takes when seen through ``rel``: its point, precision and
    uncertainty (:func:`apply_relation`), the relation itself, the phrase that tells it (from
    ``rel``'s span, else [start, end)) and the place it is anchored on. (A mention's, and a place
    "the town" refers to: read.relative_anaphor.)"""
    ps, pe = rel.get("phrase_start", start), rel.get("phrase_end", end)
    return {**apply_relation(place, rel),
            "relation": {k: v for k, v in rel.items() if k not in ("phrase_start", "phrase_end")},
            "phrase": {"start": ps, "end": pe, "text": text[ps:pe]},
            "anchor": {k: place.get(k) for k in _ANCHOR_KEYS}}


def apply_relation(place: dict, rel: dict) -> dict:
    """Point, precision and uncertainty for a place seen through ``rel`` (a new dict).

    The anchor keeps its own point except for "N km <direction> of": then the point moves
    N km that way. Countries and provinces stay at "region"/"country" precision.
    """
    out = dict(place)
    base_unc = place.get("uncertainty_km") or 0.0
    kind = rel["type"]
    lat, lon = place.get("lat"), place.get("lon")
    big = place.get("kind") in ("country", "admin1", "region")
    if kind == "direction" and rel.get("distance_km") is not None:
        n = rel["distance_km"]
        if lat is not None and rel.get("direction") in DIRECTIONS:
            out["lat"], out["lon"] = offset_point(lat, lon, DIRECTIONS[rel["direction"]], n)
        unc = max(n * 0.3, 5.0) + (base_unc if big else 0.0)
        precision = "near"
    elif kind == "near" and rel.get("distance_km") is not None:
        unc = max(rel["distance_km"], 5.0)
        precision = "near"
    elif kind == "direction":
        unc = max(30.0, base_unc)
        precision = "region" if big else "near"
    elif kind == "countryside":
        unc = max(25.0, base_unc)
        precision = "region" if big else "near"
    elif kind == "near":
        unc = max(AREA_WORDS.get(rel.get("area", ""), 15.0), base_unc)
        precision = "region" if big else "near"
    elif kind == "area":
        unc = max(AREA_WORDS.get(rel.get("area", ""), 20.0), base_unc)
        precision = "region"
    elif kind == "metro":
        # "Greater Khartoum", "Grand Tunis": the city with the towns around it (mentions.metro_areas)
        unc = max(METRO_AREA_KM, base_unc)
        precision = "region" if big else "near"
    elif kind == "part":
        unc = max(base_unc * 0.6, 25.0)
        precision = "region" if big else "near"
    else:  # border
        unc = max(base_unc, 50.0)
        precision = "region"
    out["precision"] = precision
    out["uncertainty_km"] = round(unc, 1)
    return out
