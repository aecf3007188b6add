"""Kind words: what a name's neighbours say about the kind of place ('X crossing', 'Y governorate').

Shared by the index builder (which indexes short forms of names without their kind word) and
the reader (which ranks by kind): a change here changes the index, so the index fingerprint
covers this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
_KIND_RE = re.compile(
    r"^(?:(?P<pre>" + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True)) + r")\s+(?:of\s+)?)?"
    r"(?P<core>.+?)"
    r"(?:\s+(?P<post>" + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True)) + r"))?$",
    re.I)



@lru_cache(maxsize=1 << 16)  # (a report repeats its names; the regex is the cost)
def split_kind(name: str) -> tuple[str, str | None]:
    """'al-Waleed crossing' -> ('al-Waleed', 'crossing'); names without kind words unchanged."""
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
