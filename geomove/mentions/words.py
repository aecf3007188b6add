"""Everyday words, facility kinds and demonym spellings the finder's rules share."""

from __future__ import annotations

from functools import lru_cache

from ..io.language import english_zipf
from ..names import plain
from ..wordlists import STOPWORDS


FACILITY_KINDS = ("base", "airfield", "crossing", "camp", "checkpoint", "oilfield")
# the kinds of a settlement (a reading a town's name may have; the finder's rules each wrote it out)
SETTLEMENT_KINDS = ("city", "town", "village")

# Words that open the proper name of a military installation ("Fort Liberty", "Camp Humphreys",
# "Naval Station Norfolk", "Joint Base Lewis-McChord"): written capitalised before a name, they
# and the name are one proper name, not everyday words ("fort", "liberty") nor a person's name
INSTALLATION_HEADS = (
    ("fort",), ("ft",), ("ft.",), ("camp",),
    ("naval", "station"), ("naval", "air", "station"), ("naval", "base"), ("naval", "support", "activity"),
    ("joint", "base"), ("marine", "corps", "base"), ("marine", "corps", "air", "station"),
    ("air", "base"), ("air", "station"),
)
# Words between a name and "camp" that say what the camp holds ("the Jenin refugee camp", "the
# Dadaab refugee camp", "the X displacement camp"): the camp is named after the place, and the
# word "camp" after them is a kind word as it is right after the name ("the Jenin camp")
CAMP_QUALIFIERS = frozenset({"refugee", "refugees", "displacement", "displaced", "idp", "transit", "military",
                             "army", "detention", "internment", "resettlement"})
_INSTALLATION_HEADS_LONGEST = sorted(INSTALLATION_HEADS, key=len, reverse=True)

_DEMONYM_SPELLINGS: dict[int, frozenset | None] = {}


def _demonym_spellings(gaz) -> frozenset | None:
    """Plain spellings of the gazetteer's demonyms, when its table can be read."""
    key = id(gaz)
    if key not in _DEMONYM_SPELLINGS:
        words: set[str] = set()
        import csv
        import sqlite3
        from ..io.installed import curated_file
        path = curated_file("demonyms.csv")  # the curated list (the index loses some words)
        if path:
            with open(path, encoding="utf-8", newline="") as f:
                words.update(r["demonym"] for r in csv.DictReader(f) if r.get("demonym"))
        db = getattr(gaz, "db", None)  # another gazetteer implementation: no table to read
        if db is not None:
            try:
                words.update(w for (w,) in db.execute("SELECT word FROM demonyms") if w)
            except sqlite3.OperationalError:  # an index built before the demonyms table
                pass
        # unknown gazetteer implementation: trust its demonym()
        _DEMONYM_SPELLINGS[key] = frozenset(plain(w) for w in words) if words else None
    return _DEMONYM_SPELLINGS[key]


@lru_cache(maxsize=1 << 14)
def is_common_word(word: str, importance: float = 0.0) -> bool:
    """Is ``word`` an everyday English word ("Summer", "Plans", "Church")? Needs wordfreq.

    A city of half a million is written often because it is a city ("Vancouver", "Denver"
    are as frequent as "Summer"): for a place that important only a far more frequent word
    ("Reading", "Mobile", "Split") counts as common."""
    w = word.lower()
    if w in STOPWORDS:
        return True
    return english_zipf(w) >= (4.5 if importance >= 0.65 else 4.0)


def is_everyday_word(word: str) -> bool:
    """A word English prose writes as often as "valley", "grand" or "council" (a kind or a
    common noun), not merely as often as a surname ("Stewart", "Franklin")."""
    w = word.lower()
    return w in STOPWORDS or english_zipf(w) >= 4.5


def installation_name(surface: str) -> bool:
    """Is ``surface`` an installation's proper name: capitalised head words ("Fort", "Camp",
    "Naval Station") then a capitalised name ("Fort Liberty", "Naval Station Norfolk")? A lower-case
    head ("a fort of Liberty") or a head alone ("Camp") is not."""
    words = surface.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    lower = [w.lower() for w in words]
    for head in _INSTALLATION_HEADS_LONGEST:
        if len(lower) > len(head) and tuple(lower[:len(head)]) == head:
            return lower[len(head)] not in {h[0] for h in INSTALLATION_HEADS}
    return False


def installation_own_name(name: str) -> str | None:
    """The proper name of an installation's name without its head words ("Guantanamo Bay" of
    "Naval Station Guantanamo Bay", "Lejeune" of "Camp Lejeune"), or None for a name that is no
    installation's (:func:`installation_name`)."""
    if not installation_name(name):
        return None
    words = name.split()
    lower = [w.lower() for w in words]
    head = next(h for h in _INSTALLATION_HEADS_LONGEST if len(lower) > len(h) and tuple(lower[:len(h)]) == h)
    return " ".join(words[len(head):])


def opens_an_installation_name(words: list[str], following: list[str]) -> bool:
    """Do ``words`` (a mention, "Naval") begin an installation's head that ``following`` (the
    capitalised words after it, "Station", "Norfolk") completes and a name then follows? The
    words are then part of "Naval Station Norfolk", not a place called "Naval"."""
    lower = [w.lower() for w in words]
    for head in _INSTALLATION_HEADS_LONGEST:
        if len(head) > len(lower) and tuple(lower) == head[:len(lower)]:
            rest = head[len(lower):]
            tail = following[:len(rest) + 1]
            if len(tail) == len(rest) + 1 and all(w[:1].isupper() for w in tail) \
                    and tuple(w.lower() for w in tail[:len(rest)]) == rest:
                return True
    return False
