"""Kind words: what a name's neighbours say about the kind of place ('X crossing', 'Y governorate').

Shared by the index builder (which indexes short forms of names without their kind word) and
the reader (which ranks by kind): a change here changes the index, so the index fingerprint
covers this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("gazetteer-kinds")

# Words in a query that say what kind of place is meant; removed before matching.
KIND_WORDS = {
    "border crossing": "crossing", "crossing point": "crossing", "crossing": "crossing",
    "border post": "crossing", "border gate": "crossing", "gate": "crossing",
    "air base": "base", "airbase": "base", "military base": "base", "base": "base",
    "garrison": "base", "outpost": "base",
    "airport": "airfield", "airfield": "airfield", "air field": "airfield", "airstrip": "airfield",
    "governorate": "admin1", "province": "admin1", "region": "admin1", "state": "admin1",
    "oblast": "admin1", "krai": "admin1", "kray": "admin1", "voivodeship": "admin1", "prefecture": "admin1",
    "department": "admin1", "departamento": "admin1",
    "raion": "admin2", "rayon": "admin2", "municipality": "admin2", "commune": "admin2", "parish": "admin2",
    "district": "admin2", "county": "admin2",
    # the territories of the DR Congo ("Walikale territory", GeoNames' "Masisi Territory"): a
    # district-level unit named after its chief town (see NAME_LEFT_KIND_WORDS)
    "territory": "admin2",
    "city": "city", "town": "town", "village": "village", "camp": "camp",
    "checkpoint": "checkpoint", "oil field": "oilfield", "oilfield": "oilfield", "field": "oilfield",
    "bridge": "crossing", "tunnel": "crossing", "corridor": "region",
}
# Kind words that say a kind only after a name that is a name on its own ("Walikale
# territory", "Yukon Territory"): after words that are no name alone the word belongs to a
# proper name ("Northern Territory", "Capital Territory", "Australian Capital Territory",
# "Federal Capital Territory"), which is read whole; nor are they a kind word before the name.
NAME_LEFT_KIND_WORDS = frozenset({"territory"})
# Kinds that satisfy a hinted kind.
KIND_FAMILY = {
    "crossing": {"crossing", "checkpoint"},
    "base": {"base", "airfield", "camp"},
    "airfield": {"airfield", "base"},
    "admin1": {"admin1", "region"},
    "admin2": {"admin2", "admin1", "region"},
    "city": {"city", "town", "village"}, "town": {"city", "town", "village"},
    "village": {"town", "village"}, "camp": {"camp", "base"},
    "checkpoint": {"checkpoint", "crossing"}, "oilfield": {"oilfield"},
    "country": {"country"}, "region": {"region", "admin1", "admin2"},
}
# An admin2 kind word ('territory', 'district', 'county', ...) lets an admin1 of the name agree
# only for want of an admin2: where a reading of the name is an admin2, an admin1 that bears the
# name only by another form of it is not what the word says ('Beni territory': the Congolese
# territory, not Bolivia's department El Beni, found by the name without its article). An
# admin1 whose own name is the name asked still agrees: "in Texas county" is a county of Texas
# as often as Texas County, Missouri. (see family_met)
EXACT_FIRST = frozenset({"admin2"})
# ... nor where the word names the country's first-level units, which the index holds as admin1
# ('Faro district', Portugal's district, against a Brazilian municipality Faro; Kenya's
# counties, Israel's districts, Canada's territories): an admin1 there still agrees. Countries
# whose first-level units (GeoNames ADM1) are called so in English.
FIRST_LEVEL_WORDS = {
    "district": frozenset({"PT", "IL", "BW", "CY", "BT"}),
    "county": frozenset({"KE", "LR", "HU", "HR", "EE", "SE", "NO", "RO", "AL"}),
    "territory": frozenset({"CA", "AU"}),
    "parish": frozenset({"JM", "BB", "AG", "DM", "GD", "VC", "KN", "AD"}),
    "raion": frozenset({"AZ", "MD"}), "rayon": frozenset({"AZ", "MD"}),
    "municipality": frozenset({"ME", "MK", "SI", "TL", "LV"}),
}

_FIRST_LEVEL_ANY = frozenset().union(*FIRST_LEVEL_WORDS.values())


def family_met(kind: str | None, word: str | None, readings) -> frozenset | None:
    """The kinds that agree with ``kind`` (written as ``word``) among ``readings`` ((kind,
    country, bears the name asked as its own) of the readings of the name found): only ``kind``
    itself when it is in EXACT_FIRST, some reading is of it and every admin1 reading bears the
    name only by another form, in a country where ``word`` names no first-level unit; None
    (KIND_FAMILY's family) otherwise."""
    if kind not in EXACT_FIRST:
        return None
    # (a caller that gives the kind without its word, the reader's 'Beni' of admin2: the
    # countries of every such word)
    first_level = FIRST_LEVEL_WORDS.get(word.lower(), ()) if word else _FIRST_LEVEL_ANY
    met = False
    for k, country, own in readings:
        if k == kind:
            met = True
        elif k == "admin1" and (own or country in first_level):
            return None
    return frozenset((kind,)) if met else None


# Service designators: what armed forces write before or after a base's own name ("RAAF Base
# Tindal", "NAS Sigonella", "MCAS Iwakuni", "Andersen AFB", "JB Pearl Harbor-Hickam"). Each says
# the place is a base (kind "base"); what is left is the name the base is indexed by (airportsdata
# writes "Tindal Airport", "Sigonella Airport", "Andersen Afb Airport"), and an abbreviation is
# also asked spelled out ("JB X" as GeoNames' "Joint Base X"). (designator, where it stands,
# what it is written out; None where reports write the abbreviation only). Abbreviations are
# matched in capitals only: 'Nas' or 'Jb' in a name are no designators; a designator is never
# the whole name ("Camp", "Joint Base" alone are no base). Left out as too often something else:
# NSA (the agency), AAF (the Afghan Air Force), AB (Swedish companies, "Saab AB").
SERVICE_FORMS = [
    # before the name
    ("RAAF Base", "pre", None),              # Royal Australian Air Force Base Tindal, Darwin, Amberley
    ("RAF", "pre", None),                    # Royal Air Force station: RAF Akrotiri, RAF Lakenheath
    ("RNAS", "pre", "Royal Naval Air Station"),
    ("Royal Naval Air Station", "pre", None),
    ("NAS", "pre", "Naval Air Station"),
    ("Naval Air Station", "pre", None),
    ("NAF", "pre", "Naval Air Facility"),
    ("Naval Air Facility", "pre", None),
    ("Naval Support Activity", "pre", None),
    ("Naval Station", "pre", None),
    ("Naval Base", "pre", None),
    ("MCAS", "pre", "Marine Corps Air Station"),
    ("Marine Corps Air Station", "pre", None),
    ("MCB", "pre", "Marine Corps Base"),
    ("Marine Corps Base", "pre", None),
    ("JB", "pre", "Joint Base"),
    ("Joint Base", "pre", None),
    ("CFB", "pre", "Canadian Forces Base"),
    ("Canadian Forces Base", "pre", None),
    # after the name
    ("AFB", "post", "Air Force Base"),
    ("Air Force Base", "post", None),
    ("ANGB", "post", "Air National Guard Base"),
    ("Air National Guard Base", "post", None),
    ("Army Airfield", "post", None),
    ("Marine Corps Air Station", "post", None),  # airportsdata: "Iwakuni Marine Corps Air Station"
    ("Naval Air Station", "post", None),
]
_SERVICE_PRE = sorted((d for d, at, _ in SERVICE_FORMS if at == "pre"), key=len, reverse=True)
_SERVICE_POST = sorted((d for d, at, _ in SERVICE_FORMS if at == "post"), key=len, reverse=True)
_SPELLED = {(d, at): spelled for d, at, spelled in SERVICE_FORMS}
# the words a designator puts at the edge of a name, folded: the first word of one written
# before the name, the last of one written after it (the quick tests of a name for a designator)
SERVICE_TOKENS = frozenset([d.split()[0].lower() for d in _SERVICE_PRE] + [d.split()[-1].lower() for d in _SERVICE_POST])


def _same(word: str, designator: str) -> bool:
    # an abbreviation in capitals only, a written-out designator in any case
    return word == designator if designator.isupper() else word.lower() == designator.lower()


@lru_cache(maxsize=1 << 14)
def split_service(name: str) -> tuple[str, str, str] | None:
    """'NAS Sigonella' -> ('Sigonella', 'NAS', 'pre'); 'Andersen Air Force Base' -> ('Andersen',
    'Air Force Base', 'post'); None for a name without a designator or one that is nothing else."""
    name = name.strip()
    words = name.split()
    if len(words) < 2 or (words[0].lower() not in SERVICE_TOKENS and words[-1].lower() not in SERVICE_TOKENS):
        return None  # (most names: no word a designator opens or closes with)
    for d in _SERVICE_PRE:
        if len(name) > len(d) + 1 and name[len(d)] == " " and _same(name[:len(d)], d):
            core = name[len(d) + 1:].strip()
            if core[:1].isalnum():
                return core, d, "pre"
    for d in _SERVICE_POST:
        if len(name) > len(d) + 1 and name[-len(d) - 1] == " " and _same(name[-len(d):], d):
            core = name[:-len(d) - 1].strip()
            if core[-1:].isalnum():
                return core, d, "post"
    return None


def spelled_service(name: str) -> str:
    """The name with an abbreviated designator written out ('JB Pearl Harbor-Hickam' -> 'Joint
    Base Pearl Harbor-Hickam', 'Andersen AFB' -> 'Andersen Air Force Base'); any other name as it is."""
    found = split_service(name)
    spelled = found and _SPELLED[found[1:]]
    if not spelled:
        return name
    core, _, at = found
    return f"{spelled} {core}" if at == "pre" else f"{core} {spelled}"


_KIND_RE = _PATTERNS.compile(
    r"^(?:(?P<pre>" + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True)) + r")\s+(?:of\s+)?)?"
    r"(?P<core>.+?)"
    r"(?:\s+(?P<post>" + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True)) + r"))?$",
    re.I)



@lru_cache(maxsize=1 << 16)  # (a report repeats its names; the regex is the cost)
def split_kind(name: str) -> tuple[str, str | None]:
    """'al-Waleed crossing' -> ('al-Waleed', 'crossing'); names without kind words unchanged.
    A service designator (SERVICE_FORMS) says a base: 'RAAF Base Tindal' -> ('Tindal', 'base')."""
    service = split_service(name)
    if service:
        return service[0], "base"
    m = _KIND_RE.match(name.strip())
    if not m or not m.group("core"):
        return name.strip(), None
    word = m.group("post") or m.group("pre")
    if not word:
        return name.strip(), None
    # IGNORECASE matches letters that lower() leaves alone ('ſtate', the Kelvin sign 'K'):
    # casefold maps them as the regex did; a word still unknown is no kind word, never a crash
    kind = KIND_WORDS.get(word.lower()) or KIND_WORDS.get(word.casefold())
    if kind is None:
        return name.strip(), None
    if word.lower() in NAME_LEFT_KIND_WORDS:
        from .admin_names import still_a_name  # (admin_names reads KIND_WORDS from here)
        if m.group("pre") or not still_a_name(m.group("core")):
            return name.strip(), None  # "Northern Territory": a proper name, not a territory called "Northern"
    return m.group("core").strip(), kind


def kind_hint(kind: str | None) -> str | None:
    """Normalise a kind given by a caller ('airport' -> 'airfield', 'governorate' -> 'admin1')."""
    if not kind:
        return None
    k = kind.strip().lower()
    return KIND_WORDS.get(k, k)
_PATTERNS.save()
