"""What the tests of places share: the places the finder reads in a sentence, the readings as
ranking leaves them, what `geomove geocode` puts first, the rows of gazetteer/features.csv, the
point a row's source cites, the distance between two points (or two places) and an area's id. (A module beside the tests: pytest puts this folder on sys.path.)"""

import csv
import re
from pathlib import Path

from geomove.distance import haversine_km
from geomove.gazetteer.answers import answers
from geomove.gazetteer.ranking import NO_PLACE
from geomove.mentions import PLACE_ROLES, find_mentions
from geomove.mentions.context import ContextRanking
from geomove.mentions.finder import _Finder

FEATURES = Path(__file__).resolve().parent.parent / "gazetteer" / "features.csv"
AREAS = FEATURES.with_name("areas.csv")

# the hemisphere as the articles write it: English letters, French words, German O (Ost, east),
# Russian с. ш. / в. д. (northern latitude / eastern longitude) and their southern/western pairs
_HEMI = {"N": 1, "S": -1, "E": 1, "W": -1, "O": 1, "nord": 1, "sud": -1, "est": 1, "ouest": -1,
         "с. ш.": 1, "ю. ш.": -1, "в. д.": 1, "з. д.": -1}
_DMS = re.compile(r"(\d+(?:\.\d+)?)\s*°\s*(?:(\d+(?:\.\d+)?)\s*′)?\s*(?:(\d+(?:\.\d+)?)\s*″)?\s*"
                  r"(nord|sud|est|ouest|[сю]\. ш\.|[вз]\. д\.|[NSEWO](?![a-z]))")


def mention_of(text: str, surface: str, gazetteer):
    """The first mention the finder reads in ``text`` written ``surface``, or None."""
    return next((m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface), None)


def ranked_in_context(text: str, gazetteer) -> list:
    """Every reading's order, score and reason after each ranking in context of ``text`` (both
    rounds), and the mentions found."""
    out = []
    rank = ContextRanking._rank_in_context

    def recorded(self, mentions, *args, **kw):
        rank(self, mentions, *args, **kw)
        out.append([(m["surface"], [(c.get("gazetteer_id"), c.get("context_score"), c.get("why"))
                                    for c in m.get("cands") or ()]) for m in mentions])

    ContextRanking._rank_in_context = recorded
    try:
        found = find_mentions(text, gazetteer=gazetteer)
    finally:
        ContextRanking._rank_in_context = rank
    return out + [[(m["surface"], m.get("gazetteer_id"), m.get("score"), m.get("why")) for m in found]]


def readings_at_acceptance(text: str, gazetteer) -> list:
    """Every mention's readings as ranking in context leaves them (surface, start, and each
    reading's id, score and reason, in order), read where the finder's acceptance starts: what a
    shortcut of the ranking must leave as the plain way does."""
    finder = _Finder(text, gazetteer)
    got = []
    original = finder._accept

    def keep(mentions, *args):
        got.append([(m["surface"], m["start"], [(c.get("gazetteer_id"), c.get("context_score"), c.get("why"))
                                                for c in m.get("cands") or []]) for m in mentions])
        return original(mentions, *args)

    finder._accept = keep
    finder.run()
    return got[0]


def feature_rows() -> dict:
    """id -> the row of features.csv."""
    with open(FEATURES, encoding="utf-8", newline="") as f:
        return {r["id"]: r for r in csv.DictReader(f)}

_DECIMAL = re.compile(r"(-?\d+\.\d+)\s*([NS])?\s*[;,]\s*(-?\d+\.\d+)\s*([EW])?")


def area_rows() -> dict:
    """name -> the row of areas.csv."""
    with open(AREAS, encoding="utf-8", newline="") as f:
        return {r["name"]: r for r in csv.DictReader(f)}


def cited_point(source: str) -> tuple:
    """(lat, lon) as written after the article's address in a row's source: degrees, minutes,
    seconds and the hemisphere (see _HEMI), in the article's language, or two decimals
    ("37.089323; 42.349890", "36.89778 N, 41.99750 E"); the first pair where the article gives
    both forms."""
    tail = source.split("):", 1)[1]
    decimal = _DECIMAL.match(tail.strip())
    if decimal:
        lat, ns, lon, ew = decimal.groups()
        return (-1 if ns == "S" else 1) * float(lat), (-1 if ew == "W" else 1) * float(lon)
    hits = _DMS.findall(tail)[:2]
    assert len(hits) == 2, source
    # "O" is Ost (east) in a German article but oeste (west) in a Spanish or Portuguese one
    west_o = source[:2] in ("es", "pt")
    return tuple((-1 if h == "O" and west_o else _HEMI[h]) * (float(d) + float(m or 0) / 60 + float(s or 0) / 3600)
                 for d, m, s, h in hits)


def km(a, b) -> float:
    """Kilometres between the points ``a`` and ``b``, each (lat, lon)."""
    return haversine_km(a[0], a[1], b[0], b[1])


def km_apart(a: dict, b: dict) -> float:
    """Kilometres between two places read or looked up, each a dict with "lat" and "lon"."""
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def first_mention(text: str, surface: str, gazetteer) -> dict:
    """The first mention of ``surface`` that the finder reads in ``text``."""
    return next(m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface)


def places_by_surface(text: str, gazetteer, roles=PLACE_ROLES) -> dict:
    """surface -> the place mention the finder reads for it in ``text`` (the last one of a
    surface), of the ``roles`` asked (those that locate something, as `geomove.mentions.places`)."""
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in roles}


def reads_as(mention, want) -> bool:
    """Does ``mention`` (the place mention of a surface, None when the finder reads none) meet
    ``want``? ``want`` None: no place; else a dict of what the reading holds: a field of the
    mention and its value (a tuple: one of these values), "why" words its reason holds; a key
    written "!field" a value the field must not have ("!why": words its reason lacks); and
    "or_none": True when no place is right as well. An empty dict: some place is read. (One
    shape for the tests that read one surface of a sentence and judge its place.)"""
    if mention is None:
        return want is None or bool(want.get("or_none"))
    if want is None:
        return False
    for key, value in want.items():
        if key == "or_none":
            continue
        field = key.lstrip("!")
        held = mention.get(field)
        if field == "why":
            met = value in (held or "")
        else:
            met = held in value if isinstance(value, tuple) else held == value
        if met is key.startswith("!"):
            return False
    return True


def place_role_by_surface(text: str, gazetteer) -> dict:
    """surface -> the mention read with the role "place" alone (no demonym's place) in ``text``."""
    return places_by_surface(text, gazetteer, roles=("place",))


def best_answer(gazetteer, name: str):
    """What `geomove geocode NAME` puts first, or None below the calibrated bar."""
    found = [c for c in answers(gazetteer, name) if c["score"] >= NO_PLACE]
    return max(found, key=lambda c: c["score"]) if found else None


def area_id(name: str) -> str:
    """The gazetteer id of a built-in area (areas.csv) by its name."""
    return "geomove-area:" + name.lower().replace(" ", "-")
