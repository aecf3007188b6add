"""Everyday words, facility kinds and demonym spellings the finder's rules share."""

from __future__ import annotations

from functools import lru_cache

from ..io.language import english_zipf
from ..names import plain
from ..wordlists import STOPWORDS


FACILITY_KINDS = ("base", "airfield", "crossing", "camp", "checkpoint", "oilfield")

_DEMONYM_SPELLINGS: dict[int, frozenset | None] = {}


def _demonym_spellings(gaz) -> frozenset | None:
    """Plain spellings of the gazetteer's demonyms, when its table can be read."""
    key = id(gaz)
    if key not in _DEMONYM_SPELLINGS:
        words: set[str] = set()
        import csv
        import sqlite3
        from ..gazetteer_build import curated_path
        path = curated_path("demonyms.csv")  # the curated list (the index loses some words)
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
