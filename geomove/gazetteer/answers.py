"""What a look-up of one name answers: the gazetteer's ranked candidates, the built-in areas
(gazetteer/areas.csv: regions, seas, mountains, lakes ...) and three decisions taken over the
whole list, each a named function that says what it did in the candidates' ``why``:

- :func:`area_answers`: a name of the areas table answers the area, with its radius and kind,
  traceable to its areas.csv row and that row's source (a hint binds it as it binds places);
- :func:`loose_far_from_readings`: with no hint, a loosely spelt place far from every reading
  spelled as asked (or, when nothing is spelled as asked, a loose spelling alone) falls below
  the "no place" bar: a confident wrong place on a map is worse than none; with a hint, a
  loose variant sharing no name key and spelled unlike the name does too;
- :func:`prefer_kind_written`: "X corridor", "X bridge", "X dam": a candidate of that kind
  comes first; when there is none, every candidate says it is not one.

Used by ``geomove geocode``, the geopy wrapper (:mod:`geomove.geocoder`) and
:meth:`Gazetteer.resolve`; extraction ranks a report's names in :mod:`geomove.mentions`.
Nothing here changes the index (its fingerprint does not cover this module).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import Iterable

from ..distance import haversine_km
from ..errors import NO_BORDERS
from ..names import light_key, plain
from .kinds import KIND_FAMILY, kind_hint, split_kind
from .ranking import NO_PLACE
from ..wordlists import COUNTRY_ABBREVIATIONS
from ..regex_cache import CompiledPatterns

# -- weights and thresholds of this module, in one place
AREA_SCORE = 0.9             # the area's own name or one of its aliases ('Sinai', 'Golan')
AREA_SHORT_SCORE = 0.66      # the name without its generic word ('Bekaa' of 'Bekaa Valley')
AREA_NEEDS_THE_SCORE = 0.6   # a bare one-word name the table reads as the area only after "the"
REGION_SPANS_KM = 700.0      # a region this wide spans countries (the Balkans); a smaller one lies in one
AREA_HINT_SCORE = 0.15       # in the hinted country (as ranking's in_hinted_country)
LOOSE_FAR_KM = 500.0         # with no hint, a loose spelling this far from every reading spelled as asked ...
LOOSE_ALONE_SIMILARITY = 0.9   # ... or, with none spelled as asked, spelled less alike than this ...
LOOSE_HINTED_SIMILARITY = 0.8  # ... and, with a hint, a key-less loose variant spelled less alike than this ...
LOOSE_CAP = NO_PLACE - 0.1   # ... scores at most this: no place
# ... and, with nothing spelled as asked, a place less known than this found only by a loose
# spelling of another of its names (its own spelled unlike the name asked) is no answer either
LOOSE_OTHER_NAME_IMPORTANCE = 0.75
VOWELS_ONLY_SIMILARITY = 0.9  # two spellings apart only in a vowel or two ('Edlib', 'Idlib'): as alike as this

CANDIDATES_JUDGED = 20       # candidates looked at, whatever the number of answers asked

_PATTERNS = CompiledPatterns("gazetteer-answers")  # (kept code: ~1 M instructions a pattern otherwise)
# generic words an area's name ends with: the name without it still names the area
_GENERIC_TAIL = _PATTERNS.compile(r"\s+(?:valley|mountains|hills|region|peninsula|gorge|plateau|desert|heights)$", re.I)

# kind words that say what the place is, whatever a family of kinds would allow (a province is
# a region, but not a corridor): word -> kinds that are one
KIND_WRITTEN = {
    "corridor": {"corridor"}, "crossing": {"crossing", "checkpoint"}, "bridge": {"bridge"},
    "dam": {"dam"}, "base": {"base", "airfield"}, "airbase": {"base", "airfield"},
    "airport": {"airfield"}, "airfield": {"airfield", "base"}, "port": {"port"}, "camp": {"camp"},
    "checkpoint": {"checkpoint", "crossing"},
}


# ---------------------------------------------------------------- the areas table

@lru_cache(maxsize=1)
def area_rows() -> tuple[dict, ...]:
    """The rows of areas.csv as dicts with their line number (for the answer's ``raw``)."""
    from ..areas import _areas_path
    path = _areas_path()
    with open(path, encoding="utf-8", newline="") as f:
        return tuple(dict(row, _line=line, _file=path.name) for line, row in enumerate(csv.DictReader(f), start=2))


@lru_cache(maxsize=1)
def _area_index() -> dict[str, list[tuple[dict, str, str]]]:
    """plain name -> [(row, spelling, how)]; how: 'name' (its name or an alias) or 'short'."""
    index: dict[str, list] = {}
    for row in area_rows():
        spellings = [row["name"], *(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())]
        for s in spellings:
            index.setdefault(plain(s), []).append((row, s, "name"))
        for s in spellings:
            short = _GENERIC_TAIL.sub("", s)
            if short != s and plain(short) not in index:
                index.setdefault(plain(short), []).append((row, s, "short"))
    return index


def area_countries_ok(row: dict, lat: float, lon: float, unc: float, codes: Iterable[str]) -> tuple[bool, str | None]:
    """Does the area lie in (or reach into) one of ``codes``? (ok, the country it lies in)."""
    from ..areas import area_country
    codes = set(codes)
    country = area_country(row["name"], row["kind"], lat, lon, unc)
    if not codes:
        return True, country
    if country is not None:
        return country in codes, country
    if row["kind"] == "region" and unc < REGION_SPANS_KM:
        # a region the size of a province or two (Darfur): in the country of its point, not in
        # every neighbour its rough radius reaches into
        try:
            from . import country_at
            home = country_at(lat, lon)
        except NO_BORDERS:
            home = None
        if home is not None:
            return home in codes, home
    return any(_reaches(lat, lon, unc, cc) for cc in codes), None


def _borders_tree():
    """The country polygons country_at loads (shared with it: loaded once a process)."""
    from .. import gazetteer as gz
    if gz._BORDERS is None:
        gz._BORDERS = gz._load_borders()
    return gz._BORDERS


def _reaches(lat: float, lon: float, unc: float, cc: str) -> bool:
    """Does a country's polygon come within the area's radius of its point (the Sahel and
    Mali)? Unknown borders: no (a hint binds; an area that cannot be shown inside is no answer)."""
    from shapely import Point
    from shapely.ops import nearest_points
    try:
        tree, codes = _borders_tree()
    except NO_BORDERS:
        return False
    if tree is None:
        return False
    here = Point(lon, lat)
    for i, code in enumerate(codes):
        if code == cc:
            edge = nearest_points(tree.geometries[i], here)[0]
            if haversine_km(lat, lon, edge.y, edge.x) <= unc:
                return True
    return False


def area_answers(name: str, *, countries: Iterable[str] = (), near: tuple[float, float] | None = None,
                 kind: str | None = None) -> list[dict]:
    """Areas of the table that ``name`` names, as scored PLACE dicts (none outside ``countries``,
    none of another kind than ``kind``), each traceable to its areas.csv row."""
    from ..model import make_place
    codes = [c.upper() for c in countries if c]
    full = name.strip()
    core, kind_in_text = split_kind(full)
    hits = list(_area_index().get(plain(full), ()))
    if not hits and core != full:
        hits = list(_area_index().get(plain(core), ()))
    else:
        kind_in_text = None  # the kind word is part of the area's name ('Lachin corridor')
    want = kind_hint(kind) or kind_in_text
    out, seen = [], set()
    for row, spelling, how in hits:
        if row["name"] in seen:
            continue
        seen.add(row["name"])
        if want and row["kind"] not in KIND_FAMILY.get(want, {want}) and row["kind"] != want:
            continue
        lat, lon, unc = float(row["lat"]), float(row["lon"]), float(row["uncertainty_km"])
        ok, country = area_countries_ok(row, lat, lon, unc, codes)
        if not ok:
            continue
        bare_needs_the = (row.get("needs_the") or "").strip().lower() == "yes" and " " not in full \
            and not plain(full).startswith("the ")
        score = AREA_SHORT_SCORE if how == "short" else AREA_NEEDS_THE_SCORE if bare_needs_the else AREA_SCORE
        why = [f"area {spelling!r} ({row['kind']}, radius {unc:.0f} km; areas.csv line {row['_line']}, "
               f"source: {row['source']})"]
        if how == "short":
            why.append(f"short form of {spelling!r}")
        if bare_needs_the:
            why.append("a bare name the table reads as the area only after 'the'")
        if codes:
            score += AREA_HINT_SCORE
            why.append(f"reaches into {'/'.join(codes)}" if country is None else f"in {country}")
        place = make_place(name=row["name"], lat=lat, lon=lon, country=country, admin1=None, kind=row["kind"],
                           precision="region", uncertainty_km=unc,
                           gazetteer_id="geomove-area:" + row["name"].lower().replace(" ", "-"),
                           source=row["source"], licence=row["licence"], importance=1.0,
                           score=round(min(1.0, score), 3), matched_name=spelling, why="; ".join(why),
                           raw={k: v for k, v in row.items() if not k.startswith("_")} | {
                               "file": row["_file"], "line": row["_line"]})
        if near is not None:
            place["distance_km"] = round(max(0.0, haversine_km(lat, lon, near[0], near[1]) - unc), 1)
        out.append(place)
    return out


# ---------------------------------------------------------------- decisions over the list

def _letters(s: str) -> str:
    """The letters and digits of a name, lower-cased, without diacritics: what 'spelled as
    asked' compares (the article counts: 'al-Arima' is not 'Arima'; 'Kobanê' is 'Kobane')."""
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.casefold()) if ch.isalnum())


def _spelling(asked: str, place: dict) -> tuple[bool, float]:
    """(spelled as asked, light-key similarity): 'as asked' is the same letters bar diacritics,
    case and punctuation ('Sinnai' is not 'Sinai', though their light keys agree).

    Two spellings whose light keys differ only in their first letter, a vowel in both ('Edlib'
    and 'Idlib', 'Efrin' and 'Afrin', 'Erbil' and 'Irbil': the initial short vowel Arabic script
    does not write) are as alike as :data:`VOWELS_ONLY_SIMILARITY`, however short the name. (A
    vowel inside the name is not enough: 'Bakhdida' is not Bouhdida in Mauritania.)"""
    from rapidfuzz import fuzz
    if place.get("gazetteer_id", "").startswith("geomove-area:"):
        return True, 1.0  # found by its name or alias (or their short form)
    spelled = place.get("matched_name") or place.get("name") or ""
    if _letters(asked) in (_letters(spelled), _letters(split_kind(spelled)[0])):
        return True, 1.0
    a, b = light_key(asked), light_key(spelled)
    if a == b:
        return False, 1.0
    ratio = fuzz.ratio(a, b) / 100.0
    if ratio < VOWELS_ONLY_SIMILARITY and _initial_vowel_only_differs(a, b):
        ratio = VOWELS_ONLY_SIMILARITY
    return False, ratio


_VOWEL_LETTERS = frozenset("aei")


def _initial_vowel_only_differs(a: str, b: str) -> bool:
    """'edlib'/'idlib', 'efrin'/'afrin': the same letters but the first, which is a, e or i in
    both (four letters or more)."""
    return len(a) == len(b) >= 4 and a[1:] == b[1:] and a[0] in _VOWEL_LETTERS and b[0] in _VOWEL_LETTERS


def _edge_km(a: dict, b: dict) -> float:
    d = haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])
    return max(0.0, d - float(a.get("uncertainty_km") or 0.0) - float(b.get("uncertainty_km") or 0.0))


def loose_far_from_readings(name: str, ranked: list[dict], *, hinted: bool) -> list[dict]:
    """With no hint (no country, no point, no context), a loose spelling of the name does not
    stand against "no place" when it lies more than :data:`LOOSE_FAR_KM` from every reading
    spelled as asked ('Masnaa' is the Lebanese crossing, not Masina in Congo), or, when no
    reading is spelled as asked, when it is spelled less alike than
    :data:`LOOSE_ALONE_SIMILARITY`. With a hint, see :func:`_loose_in_hinted_country`. Such a
    candidate's score is capped at :data:`LOOSE_CAP` and its ``why`` says so. Changes ``ranked``
    in place and returns it re-sorted."""
    if not ranked:
        return ranked
    core = split_kind(name)[0]
    spellings = [_spelling(core, p) for p in ranked]
    if hinted:
        return _loose_in_hinted_country(ranked, spellings)
    exact = [p for p, (as_asked, _) in zip(ranked, spellings) if as_asked and p.get("lat") is not None]
    # with nothing spelled as asked, the readings whose light key is the name's ('Kutum' for
    # 'Kuttum') judge the loose ones instead: Quito, known also as 'Quitum', is no answer
    same_key = not exact
    if same_key:
        exact = [p for p, (_, s) in zip(ranked, spellings) if s >= 1.0 and p.get("lat") is not None]
    for p, (as_asked, s) in zip(ranked, spellings):
        if as_asked or (same_key and s >= 1.0) or p["score"] <= LOOSE_CAP:
            continue
        if exact and not same_key:
            if p.get("lat") is None:
                continue
            d = min(_edge_km(p, e) for e in exact)
            if d <= LOOSE_FAR_KM:
                continue
            say = f"loose spelling, {d:.0f} km from every reading spelled as asked; no hint"
        elif exact and p.get("lat") is not None and (d := min(_edge_km(p, e) for e in exact)) > LOOSE_FAR_KM:
            say = f"loose spelling, {d:.0f} km from every reading of the name's own light key; no hint"
        elif s < LOOSE_ALONE_SIMILARITY:
            say = f"loose spelling ({s:.2f}) and nothing spelled as asked; no hint"
        elif same_key and _by_a_loose_other_name(core, p):
            say = (f"a loose spelling of {p.get('matched_name')!r}, another of its names; "
                   "nothing spelled as asked; no hint")
        else:
            continue
        p["score"] = LOOSE_CAP
        p["why"] = "; ".join(x for x in (p.get("why"), say) if x)
    ranked.sort(key=lambda p: -p["score"])
    return ranked


def _by_a_loose_other_name(asked: str, place: dict) -> bool:
    """'Ganthier' alone (a Haitian town the index lacks) found Hunter, Ohio, whose other names
    include 'Ganter': a place found only by a loose spelling of another of its names, its own
    spelled unlike the name asked (below LOOSE_ALONE_SIMILARITY), and less known than
    LOOSE_OTHER_NAME_IMPORTANCE, is two steps from the name: nothing says it is meant. (Its own
    name loosely spelled, 'Kuttum' for Kutum, is one step and stays; so do famous cities.)"""
    other = place.get("matched_name")
    own = place.get("name") or ""
    # (a facility's own name without its kind word: 'Chkalovskiy' of Chkalovskiy Airport is its own)
    owns = {own, split_kind(own)[0]}
    if not other or _letters(other) in {_letters(o) for o in owns} \
            or (place.get("importance") or 0.0) >= LOOSE_OTHER_NAME_IMPORTANCE:
        return False
    # (the own name compared as a spelling is: 'Efrin' and 'Afrin' differ only in the initial vowel)
    return all(not as_asked and alike < LOOSE_ALONE_SIMILARITY for as_asked, alike in (
        _spelling(asked, {"matched_name": o, "gazetteer_id": ""}) for o in owns))


def _loose_in_hinted_country(ranked: list[dict], spellings: list[tuple[bool, float]]) -> list[dict]:
    """With a hint, a name that matched no spelling's key (the ranker's loose variants and fuzzy
    guesses) and is spelled less alike than :data:`LOOSE_HINTED_SIMILARITY` is no answer either:
    the hint says where, not that any name there will do. (A transliteration key shared with a
    place of the hinted country stays an answer, however differently spelled.)"""
    for p, (as_asked, s) in zip(ranked, spellings):
        loose = (p.get("why") or "").startswith(("loose variant", "fuzzy match"))
        if as_asked or not loose or s >= LOOSE_HINTED_SIMILARITY or p["score"] <= LOOSE_CAP:
            continue
        p["score"] = LOOSE_CAP
        p["why"] = f"{p['why']}; loose spelling ({s:.2f}), even in the hinted country"
    ranked.sort(key=lambda p: -p["score"])
    return ranked


def _written_kind(name: str) -> str | None:
    words = name.strip().split()
    if len(words) < 2:
        return None
    last = words[-1].lower()
    return last if last in KIND_WRITTEN else None


def is_of_written_kind(place: dict, word: str) -> bool:
    """A candidate is a <word> by its kind or by its own name ('Crimean Bridge')."""
    if place.get("kind") in KIND_WRITTEN[word]:
        return True
    return any(word in plain(n).split() for n in (place.get("name"), place.get("matched_name")) if n)


def prefer_kind_written(name: str, ranked: list[dict]) -> list[dict]:
    """"X corridor", "X bridge", "X dam" ...: the name is followed by a kind word. Candidates of
    that kind (by kind or by name) come first; when there is none, each candidate's ``why``
    says it is not one (the answer stands, the analyst is told)."""
    word = _written_kind(name)
    if word is None or not ranked:
        return ranked
    of_kind = [p for p in ranked if is_of_written_kind(p, word)]
    if of_kind:
        rest = [p for p in ranked if not is_of_written_kind(p, word)]
        for p in rest:
            p["why"] = "; ".join(x for x in (p.get("why"), f"the name asked is a {word}; this is not one") if x)
        return of_kind + rest
    for p in ranked:
        p["why"] = "; ".join(x for x in (p.get("why"), f"no {word} of this name known; this is a {p.get('kind')}") if x)
    return ranked


# ---------------------------------------------------------------- one look-up

def country_abbreviation_answer(gazetteer, name: str) -> dict | None:
    """The country a capitalised abbreviation names ('UK', 'U.S.A.', 'UAE', 'DRC'), as the running
    text reads it (mentions/scan.py): the gazetteer's own rows for those letters are villages
    ('Uk' in Russia) or towns ('Usa' in Japan) that no one means when writing the capitals.
    With country hints that leave the country out, the answer is empty (the caller's filter),
    not a loose spelling inside them ('UK' in the US is not Ukiah)."""
    cc = COUNTRY_ABBREVIATIONS.get(name.strip())
    place = gazetteer.country(cc) if cc else None
    if place is None:
        return None
    return dict(place, score=0.9, why=f"country abbreviation {name.strip()!r}", name_similarity=1.0)


def answers(gazetteer, name: str, *, countries: Iterable[str] = (), near: tuple[float, float] | None = None,
            kind: str | None = None, context: Iterable[tuple[float, float]] | None = None,
            limit: int = 10) -> list[dict]:
    """The ranked answers for ``name`` (areas and places, hints binding), scores as they come:
    the caller drops those below :data:`~geomove.gazetteer.ranking.NO_PLACE`."""
    if not name or not name.strip():
        return []
    codes = [c.strip().upper() for c in countries if c and c.strip()]
    context = [tuple(p) for p in (context or ()) if p and p[0] is not None and p[1] is not None]

    def look_up(text: str) -> list[dict]:
        out: list[dict] = []
        for cc in codes or [None]:
            # (more than asked: the readings spelled as asked judge the loose ones)
            out += gazetteer.candidates(text, country=cc, near=near, kind=kind, context=context or None,
                                        limit=max(limit, CANDIDATES_JUDGED))
        return [c for c in out if c.get("country") in codes] if codes else out

    abbreviated = country_abbreviation_answer(gazetteer, name)
    if abbreviated is not None:
        return [abbreviated] if not codes or abbreviated["country"] in codes else []
    asked = name
    found = look_up(name)
    word = _written_kind(name)
    if word and split_kind(name)[1] is None and not any(c["score"] >= NO_PLACE for c in found):
        # a kind word the gazetteer does not strip ('Mosul dam'): the name without it, and
        # prefer_kind_written says that what is found is not one
        asked = name.strip()[: -len(word)].strip()
        found = look_up(asked)
    found += area_answers(name, countries=codes, near=near, kind=kind)
    found = loose_far_from_readings(asked, found, hinted=bool(codes or near or context))
    if near is not None:
        for p in found:
            if "distance_km" not in p and p.get("lat") is not None:
                p["distance_km"] = round(haversine_km(p["lat"], p["lon"], near[0], near[1]), 1)
        found.sort(key=lambda p: (p.get("distance_km", float("inf")), -p["score"]))
    else:
        found.sort(key=lambda p: -p["score"])
    found = prefer_kind_written(name, found)
    return found[:limit]


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
